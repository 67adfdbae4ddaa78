package dev.paperboy.discord;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.daily.StoreException;
import dev.paperboy.learn.Learner;
import dev.paperboy.learn.MarkStore;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /learn next | progress | saved | forget}: each person's way through the list, from their
 * own marks. Personal answers (next, saved, forget) only the asker sees; a progress picture is
 * for the channel. {@code forget} asks first, with a button only the asker may press
 * ({@code lf:<user>}), and erases every mark of theirs.
 */
final class LearnCommand implements BotCommand, ButtonHandler {

    private static final Logger log = LoggerFactory.getLogger(LearnCommand.class);

    static final String NAME = "learn";
    static final String NEXT = "next";
    static final String PROGRESS = "progress";
    static final String SAVED = "saved";
    static final String FORGET = "forget";
    static final String AREA = "area";
    static final String USER = "user";
    /** The page buttons of {@code saved} carry the view they turn. */
    static final String VIEW = "view";
    static final String FORGET_PREFIX = "lf:";

    private final Catalogue catalogue;
    private final MarkStore marks;
    private final LearnReplies replies;

    LearnCommand(Catalogue catalogue, MarkStore marks) {
        this.catalogue = catalogue;
        this.marks = marks;
        this.replies = new LearnReplies(catalogue);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SlashCommandData definition() {
        OptionData area = new OptionData(OptionType.STRING, AREA, CommandTexts.english("learn.next.options.area.description"))
                .addChoices(CommandTexts.choice("learn.next.options.area", "all"));
        for (String a : catalogue.areas()) {
            area.addChoices(CommandTexts.choice("learn.next.options.area", a));
        }
        return Commands.slash(NAME, CommandTexts.english("learn.description"))
                .addSubcommands(
                        new SubcommandData(NEXT, CommandTexts.english("learn.next.description")).addOptions(area),
                        new SubcommandData(PROGRESS, CommandTexts.english("learn.progress.description")).addOptions(
                                new OptionData(OptionType.USER, USER,
                                        CommandTexts.english("learn.progress.options.user.description"))),
                        new SubcommandData(SAVED, CommandTexts.english("learn.saved.description")),
                        new SubcommandData(FORGET, CommandTexts.english("learn.forget.description")))
                .setLocalizationFunction(CommandTexts.LOCALIZATION);
    }

    @Override
    public List<String> pagedOptions() {
        return List.of(VIEW);
    }

    /** The option {@code user} is a user id here, as Discord sends it; absent means the asker. */
    @Override
    public Reply answer(CommandRequest r, int page) {
        Messages m = r.messages();
        String sub = r.subcommand() != null ? r.subcommand() : r.option(VIEW);
        try {
            return switch (String.valueOf(sub)) {
                case NEXT -> {
                    String area = r.option(AREA);
                    yield replies.next(learner(r.userId()), area == null || area.equals("all") ? null : area, m);
                }
                case PROGRESS -> {
                    long who = r.option(USER) == null ? r.userId() : Long.parseUnsignedLong(r.option(USER));
                    yield replies.progress(who, learner(who), m);
                }
                case SAVED -> replies.saved(r.userId(), learner(r.userId()), page, m);
                case FORGET -> forgetAsk(r.userId(), m);
                default -> Reply.error(m.get("error.unknown.command"));
            };
        } catch (StoreException e) {
            log.error("/learn {} for user {}: {}", sub, r.userId(), e.getMessage());
            return Reply.error(m.get("learn.store.failed"));
        }
    }

    @Override
    public void onSlash(SlashCommandInteractionEvent event, CommandRequest request) {
        OptionMapping user = event.getOption(USER);
        if (user != null && user.getAsUser().isBot()) {
            event.reply(Reply.error(request.messages().get("learn.user.bot")).toCreateData()).setEphemeral(true).queue();
            return;
        }
        // reading the marks and drawing the picture may take longer than Discord's 3 seconds on a busy host
        boolean ephemeral = !PROGRESS.equals(event.getSubcommandName());
        event.deferReply(ephemeral).queue(hook -> {
            Reply reply;
            try {
                reply = answer(request, 1);
            } catch (RuntimeException e) {
                log.error("/learn {} failed (interaction {}, user {})", event.getSubcommandName(), event.getId(),
                        request.userId(), e);
                reply = Reply.error(request.messages().get("error.internal"));
            }
            hook.editOriginal(reply.toEditData()).setFiles(reply.uploads()).queue();
        });
    }

    private Learner learner(long userId) {
        return Learner.of(marks.marksOf(userId));
    }

    private Reply forgetAsk(long userId, Messages m) {
        int count = marks.marksOf(userId).size();
        if (count == 0) {
            return Reply.notice(m.get("learn.forget.none"));
        }
        return new Reply(Optional.of(m.get("learn.forget.ask", count)), List.of(),
                List.of(Button.danger(FORGET_PREFIX + Long.toUnsignedString(userId), m.get("learn.forget.button"))), true);
    }

    // --- the confirmation button ------------------------------------------------------------------

    @Override
    public String prefix() {
        return FORGET_PREFIX;
    }

    @Override
    public Reply press(long userId, String id, Messages m) {
        if (!id.equals(FORGET_PREFIX + Long.toUnsignedString(userId))) {
            return Reply.error(m.get("learn.forget.not.yours"));
        }
        try {
            int erased = marks.forget(userId);
            log.info("Marks of user {} erased at their request: {}", userId, erased);
            return Reply.notice(m.get("learn.forget.done", erased));
        } catch (StoreException e) {
            log.error("/learn forget for user {}: {}", userId, e.getMessage());
            return Reply.error(m.get("learn.store.failed"));
        }
    }
}
