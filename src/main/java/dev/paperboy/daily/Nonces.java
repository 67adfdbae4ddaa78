package dev.paperboy.daily;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The nonce of a daily post, derived from the channel and the local day: every attempt for that
 * day, from this process or another, or after state was lost, carries the same nonce, so Discord
 * (enforce_nonce) drops a repeat within its nonce window instead of making a second message.
 */
public final class Nonces {

    /** Discord takes at most 25 characters. */
    static final int MAX_LENGTH = 25;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Nonces() {
    }

    /** {@code d<channel in base 36>-<yyyyMMdd>}: at most 1 + 13 + 1 + 8 = 23 characters. */
    public static String of(long channelId, LocalDate day) {
        return "d" + Long.toUnsignedString(channelId, 36) + "-" + DAY.format(day);
    }
}
