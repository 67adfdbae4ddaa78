package dev.paperboy.daily;

/** State could not be read or written; the message says which file and why. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
