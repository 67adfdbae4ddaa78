package dev.paperboy.daily;

import java.util.Objects;

/** {@code /daily set} asked for something that cannot be; the command says why in the user's language. */
public final class Rejected extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** the catalogue has no such area; {@link #value()} is the area asked for */
        UNKNOWN_AREA,
        /** the channel belongs to another server */
        OTHER_SERVER
    }

    private final Reason reason;
    private final String value;

    Rejected(Reason reason, String value) {
        super(reason + ": " + value);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.value = value;
    }

    public Reason reason() {
        return reason;
    }

    public String value() {
        return value;
    }
}
