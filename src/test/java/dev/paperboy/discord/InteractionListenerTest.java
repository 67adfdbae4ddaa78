package dev.paperboy.discord;

import static dev.paperboy.discord.Interactions.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

/** The router tells its listener about every interaction once, with the outcome it already tells apart. */
class InteractionListenerTest {

    private static final long ALICE = 111L;
    private static final long BOB = 222L;

    record Handled(String type, String command, String outcome, long nanos) {
    }

    private final List<Handled> heard = new ArrayList<>();
    private final InteractionListener listener = (type, command, outcome, nanos) ->
            heard.add(new Handled(type, command, outcome, nanos));

    private InteractionRouter router(int perUser) {
        return CommandRegistry.of(CommandRegistry.catalogueCommands(SEED), perUser, Duration.ofMinutes(1), listener)
                .router();
    }

    private List<String> outcomes() {
        return heard.stream().map(h -> h.type() + " " + h.command() + " " + h.outcome()).toList();
    }

    @Test
    void eachSlashAutocompleteAndButtonIsReportedOnceWithItsOutcome() {
        InteractionRouter router = router(0);
        Interactions.Answer first = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "paper", Map.of());
        String next = CatalogueCommandsTest.buttons(first.data().getComponents()).get(2).getCustomId();

        Interactions.button(router, BOB, DiscordLocale.ENGLISH_US, next);
        Interactions.button(router, ALICE, DiscordLocale.ENGLISH_US, next);
        Interactions.button(router, ALICE, DiscordLocale.ENGLISH_US, "pg:paper:notanumber:1:");
        Interactions.button(router, ALICE, DiscordLocale.ENGLISH_US, "someone-elses:button");
        Interactions.autocomplete(router, "paper", "query", "deep", Map.of());
        Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "gone", Map.of());

        assertThat(outcomes()).containsExactly(
                "slash paper ok",
                "button paper not_owner",
                "button paper ok",
                "button paper expired",
                "button unknown unknown",
                "autocomplete paper ok",
                "slash unknown unknown");
        assertThat(heard).allSatisfy(h -> assertThat(h.nanos()).isPositive());
    }

    @Test
    void aCommandRefusedByTheCooldownIsReportedAsCooldown() {
        InteractionRouter router = router(1);

        Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "resource", Map.of());
        Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "resource", Map.of());

        assertThat(outcomes()).containsExactly("slash resource ok", "slash resource cooldown");
    }

    @Test
    void aFailingHandlerIsReportedAsAnError() {
        InteractionRouter router = new InteractionRouter(List.of(broken()), Cooldown.disabled(), listener);

        Interactions.Answer a = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "boom", Map.of());

        assertThat(a.data().getContent()).startsWith("Sorry");
        assertThat(outcomes()).containsExactly("slash boom error");
    }

    @Test
    void aListenerThatThrowsChangesNothingForTheUser() {
        InteractionRouter router = CommandRegistry.of(CommandRegistry.catalogueCommands(SEED), 0, Duration.ofMinutes(1),
                (type, command, outcome, nanos) -> {
                    throw new IllegalStateException("metrics bug");
                }).router();

        Interactions.Answer a = Interactions.slash(router, ALICE, DiscordLocale.ENGLISH_US, "paper", Map.of());

        assertThat(a.ephemeral()).isFalse();
        assertThat(a.data().getEmbeds()).isNotEmpty();
    }

    private static BotCommand broken() {
        return new BotCommand() {
            public String name() {
                return "boom";
            }

            public SlashCommandData definition() {
                return Commands.slash("boom", "fails");
            }

            public Reply answer(CommandRequest r, int page) {
                throw new IllegalStateException("bug");
            }
        };
    }
}
