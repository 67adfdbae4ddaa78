package dev.paperboy.daily;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paperboy.catalogue.Paper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * A subscription as a JSON document. Times are ISO-8601 strings and ids strings (snowflakes do
 * not fit a JavaScript number), so the files read well with {@code jq}. Version 3 adds the study
 * group's options ({@code days}, {@code role}, {@code thread}; absent: every day, no ping, the
 * config file's thread). Version 2 records the last post as an instant; version 1 files (a
 * zone-less {@code lastPostedDay}, a boolean {@code paused}) are read as well, their day turned
 * into that day's due instant in the file's zone.
 *
 * <p>This is the one serialization of a subscription: the file store writes it, and a database
 * store keeps the same document, so a new field needs no schema change.
 */
public final class SubscriptionJson {

    static final int VERSION = 3;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SubscriptionJson() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Doc(Integer version, String guildId, String channelId, String time, String zone, String area,
               Integer position, String lastPostedPaperId, String lastPostedAt, String lastPostedDay,
               PendingDoc pending, Integer failedDays, FailureDoc lastFailure, Object paused, Boolean stopped,
               String createdBy, String days, String role, Boolean thread) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PendingDoc(String day, String due, String attempted, String area, Paper paper, Integer position,
                      Integer total, String nonce, Boolean advances) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FailureDoc(String at, String day, String cause, String reason) {
    }

    record PauseDoc(String why, String at) {
    }

    /** The subscription as a JSON document (UTF-8). */
    public static byte[] write(Subscription s) {
        PendingPost p = s.pending();
        PostOptions o = s.options();
        Failure f = s.lastFailure();
        Pause pause = s.pause();
        Doc doc = new Doc(VERSION, Long.toUnsignedString(s.guildId()), Long.toUnsignedString(s.channelId()),
                s.time().toString(), s.zone().getId(), s.area(), s.position(), s.lastPostedPaperId(),
                s.lastPostedAt() == null ? null : s.lastPostedAt().toString(), null,
                p == null ? null : new PendingDoc(p.day().toString(), p.due().toString(), p.attempted().toString(),
                        p.area(), p.paper(), p.position(), p.total(), p.nonce(), p.advances()),
                s.failedDays(),
                f == null ? null : new FailureDoc(f.at().toString(), f.day().toString(), f.cause().name(), f.detail()),
                pause == null ? null : new PauseDoc(pause.why().name(), pause.at().toString()),
                s.stopped(), s.createdBy() == null ? null : Long.toUnsignedString(s.createdBy()),
                o.days().key(), o.roleId() == null ? null : Long.toUnsignedString(o.roleId()), o.thread());
        try {
            return JSON.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a subscription as JSON", e);
        }
    }

    /**
     * A subscription from a document of any version.
     *
     * @throws IOException              for bytes that are not JSON of this shape
     * @throws IllegalArgumentException for a document that is not a subscription, with the reason
     */
    public static Subscription read(byte[] bytes) throws IOException {
        Doc d = JSON.readValue(bytes, Doc.class);
        if (d == null) {
            throw new IllegalArgumentException("the file is empty");
        }
        try {
            LocalTime time = LocalTime.parse(required(d.time(), "time"));
            ZoneId zone = ZoneId.of(required(d.zone(), "zone"));
            Failure failure = failure(d.lastFailure());
            return new Subscription(
                    Long.parseUnsignedLong(required(d.guildId(), "guildId")),
                    Long.parseUnsignedLong(required(d.channelId(), "channelId")),
                    time, zone, required(d.area(), "area"),
                    d.position() == null ? 0 : d.position(),
                    d.lastPostedPaperId(),
                    lastPostedAt(d, time, zone),
                    pending(d.pending()),
                    d.failedDays() == null ? 0 : d.failedDays(),
                    failure,
                    pause(d.paused(), failure),
                    Boolean.TRUE.equals(d.stopped()),
                    d.createdBy() == null ? null : Long.parseUnsignedLong(d.createdBy()),
                    new PostOptions(Days.parse(d.days()),
                            d.role() == null ? null : Long.parseUnsignedLong(d.role()), d.thread()));
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Instant lastPostedAt(Doc d, LocalTime time, ZoneId zone) {
        if (d.lastPostedAt() != null) {
            return Instant.parse(d.lastPostedAt());
        }
        return d.lastPostedDay() == null ? null
                : ZonedDateTime.of(LocalDate.parse(d.lastPostedDay()), time, zone).toInstant();
    }

    private static PendingPost pending(PendingDoc pj) {
        if (pj == null) {
            return null;
        }
        Instant due = Instant.parse(required(pj.due(), "pending.due"));
        return new PendingPost(
                LocalDate.parse(required(pj.day(), "pending.day")), due,
                pj.attempted() == null ? due : Instant.parse(pj.attempted()),
                required(pj.area(), "pending.area"),
                required(pj.paper(), "pending.paper"),
                required(pj.position(), "pending.position"),
                required(pj.total(), "pending.total"),
                required(pj.nonce(), "pending.nonce"),
                pj.advances() == null || pj.advances());
    }

    private static Failure failure(FailureDoc fj) {
        if (fj == null) {
            return null;
        }
        String reason = fj.reason();
        Failure.Cause cause = fj.cause() != null ? Failure.Cause.valueOf(fj.cause())
                : reason != null && reason.toLowerCase(Locale.ROOT).contains("permission") ? Failure.Cause.NO_PERMISSION
                : Failure.Cause.DISCORD_ERROR;
        return new Failure(Instant.parse(required(fj.at(), "lastFailure.at")),
                LocalDate.parse(required(fj.day(), "lastFailure.day")), cause, reason);
    }

    /** Version 2: {@code {"why", "at"}}; version 1: {@code true} after failed days. */
    private static Pause pause(Object paused, Failure failure) {
        if (paused == null || Boolean.FALSE.equals(paused)) {
            return null;
        }
        if (Boolean.TRUE.equals(paused)) {
            return new Pause(Pause.Why.FAILED_DAYS, failure == null ? Instant.EPOCH : failure.at());
        }
        if (paused instanceof java.util.Map<?, ?> m) {
            return new Pause(Pause.Why.valueOf(String.valueOf(required(m.get("why"), "paused.why"))),
                    Instant.parse(String.valueOf(required(m.get("at"), "paused.at"))));
        }
        throw new IllegalArgumentException("\"paused\" is neither true nor {why, at}");
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return value;
    }
}
