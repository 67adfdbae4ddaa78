package dev.paperboy.daily;

/** @param messageId the posted message's id, or null when the poster does not know it */
public record PostResult(String messageId) {
}
