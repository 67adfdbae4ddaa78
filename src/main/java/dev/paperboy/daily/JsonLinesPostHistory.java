package dev.paperboy.daily;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The post history as one append-only JSON-lines file per guild,
 * {@code <stateDir>/history/<guildId>.jsonl}, until the database store keeps it. Each post is one
 * line, forced to disk before {@link #record} returns. A line that does not parse (the last one,
 * torn by a kill mid-append) is skipped on reading, and the next append starts on a new line.
 * A guild's file is read once, on first use, and kept in memory.
 */
public final class JsonLinesPostHistory implements PostHistory {

    private static final Logger log = LoggerFactory.getLogger(JsonLinesPostHistory.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Comparator<PostedPaper> NEWEST_FIRST = Comparator.comparing(PostedPaper::postedAt)
            .thenComparing(PostedPaper::day).thenComparingLong(PostedPaper::channelId).reversed();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(String guild, String channel, String day, String paper, String message, String at) {
    }

    private final Path dir;
    private final Map<Long, List<PostedPaper>> byGuild = new ConcurrentHashMap<>();
    private final Object[] stripes = new Object[64];

    /** @param dir the directory of the files, {@code <stateDir>/history} */
    public JsonLinesPostHistory(Path dir) {
        this.dir = dir;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    @Override
    public void record(PostedPaper p) {
        synchronized (stripe(p.guildId())) {
            List<PostedPaper> posts = loaded(p.guildId());
            if (posts.stream().anyMatch(x -> x.channelId() == p.channelId() && x.day().equals(p.day()))) {
                return;
            }
            try {
                append(file(p.guildId()), JSON.writeValueAsBytes(new Line(Long.toUnsignedString(p.guildId()),
                        Long.toUnsignedString(p.channelId()), p.day().toString(), p.paperId(), p.messageId(),
                        p.postedAt().toString())));
            } catch (IOException e) {
                throw new StoreException("could not record the post of channel " + p.channelId() + " in "
                        + file(p.guildId()) + ": " + e.getMessage(), e);
            }
            posts.add(p);
        }
    }

    @Override
    public List<PostedPaper> ofGuild(long guildId, int offset, int limit) {
        synchronized (stripe(guildId)) {
            return loaded(guildId).stream().sorted(NEWEST_FIRST).skip(Math.max(offset, 0))
                    .limit(Math.max(limit, 0)).toList();
        }
    }

    @Override
    public int countOfGuild(long guildId) {
        synchronized (stripe(guildId)) {
            return loaded(guildId).size();
        }
    }

    private Object stripe(long guildId) {
        return stripes[(int) Long.remainderUnsigned(guildId, stripes.length)];
    }

    private Path file(long guildId) {
        return dir.resolve(Long.toUnsignedString(guildId) + ".jsonl");
    }

    private List<PostedPaper> loaded(long guildId) {
        return byGuild.computeIfAbsent(guildId, this::read);
    }

    private List<PostedPaper> read(long guildId) {
        Path f = file(guildId);
        List<PostedPaper> posts = new ArrayList<>();
        if (!Files.exists(f)) {
            return posts;
        }
        try {
            int n = 0;
            for (String text : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                n++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    Line l = JSON.readValue(text, Line.class);
                    posts.add(new PostedPaper(guildId, Long.parseUnsignedLong(l.channel()), LocalDate.parse(l.day()),
                            l.paper(), l.message(), Instant.parse(l.at())));
                } catch (IOException | RuntimeException e) {
                    log.warn("Post history {} line {} cannot be read and is skipped (a write cut short?)", f, n);
                }
            }
        } catch (IOException e) {
            throw new StoreException("could not read the post history " + f + ": " + e.getMessage(), e);
        }
        return posts;
    }

    /** Appends one line and forces it to disk; after a torn last line the new one starts on its own line. */
    private void append(Path f, byte[] line) throws IOException {
        Files.createDirectories(dir);
        try (FileChannel out = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ)) {
            long size = out.size();
            boolean newLineFirst = false;
            if (size > 0) {
                ByteBuffer last = ByteBuffer.allocate(1);
                out.read(last, size - 1);
                newLineFirst = last.get(0) != '\n';
            }
            ByteBuffer buffer = ByteBuffer.allocate(line.length + 2);
            if (newLineFirst) {
                buffer.put((byte) '\n');
            }
            buffer.put(line).put((byte) '\n').flip();
            long at = size;
            while (buffer.hasRemaining()) {
                at += out.write(buffer, at);
            }
            out.force(true);
            if (size == 0) {
                forceDirectory(); // the new file's name survives a power cut too
            }
        }
    }

    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort: not every system lets a directory be forced
        }
    }
}
