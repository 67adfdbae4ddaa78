package dev.paperboy.daily;

/**
 * A write was refused because the stored subscription changed since it was read (another process
 * wrote it). The store has re-read it; the change is applied again to what is there now.
 */
public class StoreConflict extends StoreException {

    public StoreConflict(String message) {
        super(message, null);
    }
}
