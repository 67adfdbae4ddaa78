package dev.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.learn.Item;
import dev.paperboy.learn.Mark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What {@code /learn} needs of every database, run on SQLite and on PostgreSQL. */
abstract class MarkStoreContract {

    static final Instant T = Instant.parse("2026-12-02T06:00:00Z");
    static final Item LENET = Item.paper("lenet-5");
    static final Item PLAYGROUND = Item.resource("deep-playground");
    private final List<Database> opened = new ArrayList<>();

    abstract Database openDatabase();

    JdbcMarkStore marks() {
        Database db = openDatabase();
        opened.add(db);
        return new JdbcMarkStore(db);
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    @Test
    void aPressSetsTheMarkAndTheNextPressClearsItAndMarksOutliveAReopen() {
        JdbcMarkStore m = marks();
        assertThat(m.toggle(7, LENET, Mark.Kind.READ, T)).isTrue();
        assertThat(m.toggle(7, PLAYGROUND, Mark.Kind.DONE, T.plusSeconds(1))).isTrue();
        assertThat(m.toggle(7, LENET, Mark.Kind.SAVED, T.plusSeconds(2))).isTrue();

        assertThat(marks().marksOf(7)).containsExactly(new Mark(7, LENET, Mark.Kind.READ, T),
                new Mark(7, PLAYGROUND, Mark.Kind.DONE, T.plusSeconds(1)),
                new Mark(7, LENET, Mark.Kind.SAVED, T.plusSeconds(2)));

        assertThat(m.toggle(7, LENET, Mark.Kind.READ, T.plusSeconds(3))).isFalse();
        assertThat(m.marksOf(7)).extracting(Mark::kind).containsExactly(Mark.Kind.DONE, Mark.Kind.SAVED);
    }

    @Test
    void onePersonsMarksAreTheirsAlone() {
        JdbcMarkStore m = marks();
        m.toggle(7, LENET, Mark.Kind.READ, T);
        m.toggle(8, LENET, Mark.Kind.READ, T);
        m.toggle(8, LENET, Mark.Kind.READ, T); // 8 changes their mind

        assertThat(m.marksOf(7)).hasSize(1);
        assertThat(m.marksOf(8)).isEmpty();
    }

    @Test
    void forgetErasesEveryMarkOfThatUserAndNoOneElses() {
        JdbcMarkStore m = marks();
        m.toggle(7, LENET, Mark.Kind.READ, T);
        m.toggle(7, PLAYGROUND, Mark.Kind.SAVED, T);
        m.toggle(8, LENET, Mark.Kind.SAVED, T);

        assertThat(m.forget(7)).isEqualTo(2);
        assertThat(m.marksOf(7)).isEmpty();
        assertThat(m.marksOf(8)).hasSize(1);
        assertThat(m.forget(7)).isZero();
    }

    @Test
    void manyPressesOfOneButtonAtOnceLeaveTheMarkAsAnEvenOrOddCountSays() {
        JdbcMarkStore m = marks();
        List<CompletableFuture<Boolean>> presses = IntStream.range(0, 9)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> m.toggle(7, LENET, Mark.Kind.READ, T)))
                .toList();
        presses.forEach(CompletableFuture::join);

        assertThat(m.marksOf(7)).as("9 presses: set").hasSize(1);
        assertThat(presses.stream().filter(CompletableFuture::join).count()).as("5 set, 4 cleared").isEqualTo(5);
    }
}
