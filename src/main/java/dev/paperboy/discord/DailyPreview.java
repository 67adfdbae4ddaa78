package dev.paperboy.discord;

import dev.paperboy.daily.DailyPost;
import dev.paperboy.daily.DailyScheduler;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** {@code /daily preview}: the next post, built by the poster's own code, shown to the one who asked. */
final class DailyPreview {

    private DailyPreview() {
    }

    /**
     * The next post as the channel will see it, only for the one who asked: the ping line and the
     * card exactly as sent (the card in the server's language, as the post), the thread's name,
     * and when it goes out. Nobody is pinged by the preview: its allowed mentions are empty.
     */
    static Reply of(DailyScheduler scheduler, Cards cards, Guild guild, Messages m) {
        Optional<DailyPost> next = scheduler.preview(guild.getIdLong());
        if (next.isEmpty()) {
            return Reply.error(m.get(scheduler.status(guild.getIdLong()).isEmpty() ? "daily.none" : "daily.preview.none"));
        }
        DailyPost post = next.get();
        Role role = post.roleId() == null ? null : guild.getRoleById(post.roleId());
        MessageCreateData sent = DiscordPoster.message(cards, post, role == null ? null : role.getIdLong(),
                Messages.of(guild.getLocale()));
        StringBuilder text = new StringBuilder(m.get("daily.preview.header", "<#" + post.channelId() + ">",
                DailyStatusCard.when(post.due())));
        if (!sent.getContent().isEmpty()) {
            text.append('\n').append(sent.getContent());
        } else if (post.roleId() != null) {
            text.append('\n').append(m.get("daily.status.role.gone"));
        }
        text.append('\n').append(post.thread() ? m.get("daily.preview.thread", UserText.escape(post.threadName()))
                : m.get("daily.preview.no.thread"));
        return new Reply(Optional.of(text.toString()), sent.getEmbeds(), List.of(), true);
    }

}
