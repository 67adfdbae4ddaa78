package dev.paperboy.e2e.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.events.guild.GuildAvailableEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.GuildUnavailableEvent;
import net.dv8tion.jda.api.utils.TimeUtil;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.FileUpload;
import okhttp3.OkHttpClient;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Proves the fake against the real JDA 6.5.0: a plain shard manager, built here, logs in, caches
 * the guild, registers a command, answers slash commands, buttons and autocomplete, posts, survives
 * injected errors and 429s, and comes back after a dropped gateway connection. One JDA for the
 * class (start-up is the slow part); tests that break the world run last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeDiscordIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** What the test bot saw, in order. */
    record Seen(String kind, String name, Map<String, String> options, Object detail) {}

    /** A tiny bot: one slash command with paging buttons and autocomplete. */
    static final class TestBot extends ListenerAdapter {
        final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            Map<String, String> options = new java.util.TreeMap<>();
            for (OptionMapping o : event.getOptions()) {
                options.put(o.getName(), o.getAsString());
            }
            if (event.getName().equals("digest")) { // a public deferred reply, then its edit
                seen.add(new Seen("slash", event.getName(), options, null));
                event.deferReply().queue(hook -> hook.editOriginal("Today's digest").queue(null, failures::add),
                        failures::add);
                return;
            }
            if (event.getName().equals("daily")) {
                options.put("subcommand", event.getSubcommandName());
                seen.add(new Seen("slash", event.getName(), options, null));
                event.deferReply(true).queue(hook -> {
                    hook.editOriginal("Subscribed " + event.getOption("channel").getAsChannel().getAsMention())
                            .queue(null, failures::add);
                    hook.sendMessage("You can change it with /daily off").setEphemeral(true).queue(null, failures::add);
                }, failures::add);
                return;
            }
            OptionMapping channel = event.getOption("channel");
            String resolvedChannel = channel == null ? null
                    : channel.getAsChannel().getType() + ":" + channel.getAsChannel().getName();
            seen.add(new Seen("slash", event.getName(), options, List.of(
                    event.getCommandId(),
                    event.getUserLocale(),
                    event.getMember().hasPermission(Permission.MANAGE_SERVER),
                    String.valueOf(resolvedChannel),
                    event.getGuildLocale())));
            event.replyEmbeds(card("Attention Is All You Need", "https://arxiv.org/abs/1706.03762"))
                    .setComponents(ActionRow.of(Button.primary("paper:next:1", "Next"), Button.secondary("paper:defer:1", "Later")))
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                    .queue(null, failures::add);
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            String id = event.getComponentId();
            Message message = event.getMessage();
            seen.add(new Seen("button", id, Map.of(), message == null || message.getEmbeds().isEmpty()
                    ? "no message" : message.getEmbeds().get(0).getTitle()));
            if (id.startsWith("paper:next:")) {
                event.editMessageEmbeds(card("BERT", "https://arxiv.org/abs/1810.04805"))
                        .setComponents(ActionRow.of(Button.secondary("paper:defer:2", "Later")))
                        .queue(null, failures::add);
            } else {
                event.deferEdit().queue(hook -> hook.editOriginalEmbeds(card("GPT-3", "https://arxiv.org/abs/2005.14165"))
                        .setComponents()
                        .queue(null, failures::add), failures::add);
            }
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            seen.add(new Seen("autocomplete", event.getName(), Map.of(event.getFocusedOption().getName(),
                    event.getFocusedOption().getValue()), event.getUserLocale()));
            event.replyChoices(new Command.Choice("courses", "courses"), new Command.Choice("conferences", "conferences"))
                    .queue(null, failures::add);
        }

        Seen next(String kind) throws InterruptedException {
            Seen s = seen.poll(10, TimeUnit.SECONDS);
            assertThat(s).as("the test bot should have received a %s event", kind).isNotNull();
            assertThat(s.kind()).isEqualTo(kind);
            return s;
        }
    }

    /** Guild join, leave, unavailable and available events, as "kind:guildId". */
    static final class GuildEvents extends ListenerAdapter {
        final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

        @Override
        public void onGuildJoin(GuildJoinEvent event) {
            seen.add("join:" + event.getGuild().getId());
        }

        @Override
        public void onGuildLeave(GuildLeaveEvent event) {
            seen.add("leave:" + event.getGuild().getId());
        }

        @Override
        public void onGuildUnavailable(GuildUnavailableEvent event) {
            seen.add("unavailable:" + event.getGuild().getId());
        }

        @Override
        public void onGuildAvailable(GuildAvailableEvent event) {
            seen.add("available:" + event.getGuild().getId());
        }

        String next() throws InterruptedException {
            String s = seen.poll(10, TimeUnit.SECONDS);
            assertThat(s).as("a guild event").isNotNull();
            return s;
        }
    }

    /** Polls JDA's cache (which does not wake the fake's waits) every 10 ms for at most {@code WAIT}. */
    static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() < deadline).as("timed out waiting for " + what).isTrue();
            Thread.sleep(10);
        }
    }

    static MessageEmbed card(String title, String url) {
        return new EmbedBuilder().setTitle(title, url).setDescription("A paper worth reading.")
                .addField("Section", "papers", true).build();
    }

    static ShardManager connect(FakeDiscord fake, String token, Object listener) {
        return DefaultShardManagerBuilder.createLight(token)
                .setCompression(Compression.NONE)
                .setRestConfig(new RestConfig().setBaseUrl(fake.apiBase()))
                .addEventListeners(listener)
                .build();
    }

    static void shutdown(ShardManager shards) throws InterruptedException {
        if (shards == null) {
            return;
        }
        List<JDA> all = shards.getShards();
        shards.shutdown();
        for (JDA jda : all) {
            jda.awaitShutdown(5, TimeUnit.SECONDS);
        }
    }

    FakeDiscord fake;
    ShardManager shards;
    JDA jda;
    final TestBot bot = new TestBot();
    final GuildEvents guildEvents = new GuildEvents();
    RecordedMessage firstReply;
    Interaction firstSlash;

    @BeforeAll
    void start() throws InterruptedException {
        fake = FakeDiscord.start();
        shards = connect(fake, fake.token(), bot);
        shards.addEventListener(guildEvents);
        fake.awaitReady(WAIT);
        jda = shards.getShardById(0);
        jda.awaitReady();
    }

    @AfterAll
    void stop() throws InterruptedException {
        try {
            shutdown(shards);
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
        assertThat(bot.failures).as("replies the test bot could not send").isEmpty();
    }

    TextChannel papers() {
        return jda.getTextChannelById(FakeDiscord.PAPERS_CHANNEL_ID);
    }

    @Test
    @Order(1)
    void loginCachesTheGuildItsChannelsAndTheBotMember() {
        Guild guild = jda.getGuildById(FakeDiscord.GUILD_ID);
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo(FakeDiscord.GUILD_NAME);
        assertThat(guild.getLocale()).isEqualTo(DiscordLocale.CHINESE_TAIWAN);
        assertThat(guild.getTextChannels()).extracting(TextChannel::getName)
                .containsExactly("general", "papers", "announcements", "no-history");
        assertThat(guild.getMemberCount()).isEqualTo(4);
        assertThat(guild.getSelfMember().getId()).isEqualTo(FakeDiscord.BOT_USER_ID);
        assertThat(guild.getRoleById(FakeDiscord.ADMIN_ROLE_ID).hasPermission(Permission.MANAGE_SERVER)).isTrue();
        assertThat(papers().canTalk()).isTrue();
        assertThat(guild.getSelfMember().hasPermission(papers(), Permission.MESSAGE_EMBED_LINKS,
                Permission.CREATE_PUBLIC_THREADS, Permission.MESSAGE_SEND_IN_THREADS)).isTrue();
        assertThat(jda.getTextChannelById(FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID).canTalk()).isFalse();
        TextChannel noHistory = jda.getTextChannelById(FakeDiscord.NO_HISTORY_CHANNEL_ID);
        assertThat(guild.getSelfMember().hasPermission(noHistory, Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
                Permission.MESSAGE_EMBED_LINKS)).isTrue();
        assertThat(guild.getSelfMember().hasPermission(noHistory, Permission.MESSAGE_HISTORY)).isFalse();
        assertThat(jda.getSelfUser().getApplicationId()).isEqualTo(FakeDiscord.APPLICATION_ID);
        assertThat(fake.identifyCount()).isEqualTo(1);

        RecordedRequest self = fake.awaitRequest(RecordedRequest.matching("GET", "users/@me"), WAIT);
        assertThat(self.header("authorization")).isEqualTo("Bot " + fake.token());
        assertThat(self.toString()).doesNotContain(fake.token()).contains("<redacted>");
        // asked twice: once for the shard total, once by the session controller for the URL
        assertThat(fake.requests(RecordedRequest.matching("GET", "gateway/bot")))
                .isNotEmpty().allMatch(RecordedRequest::succeeded);
    }

    @Test
    @Order(2)
    void registersGlobalCommandsAndKeepsTheLastList() {
        List<Command> commands = jda.updateCommands()
                .addCommands(Commands.slash("paper", "Find a paper").addOptions(
                        new OptionData(OptionType.STRING, "section", "Catalogue section", true, true),
                        new OptionData(OptionType.INTEGER, "year", "Year").setRequiredRange(1950, 2100),
                        new OptionData(OptionType.CHANNEL, "channel", "Where to post").setChannelTypes(ChannelType.TEXT)),
                        Commands.slash("daily", "Paper of the day").addSubcommands(
                                new SubcommandData("set", "Post here every day").addOption(OptionType.CHANNEL, "channel",
                                        "Channel", true),
                                new SubcommandData("off", "Stop posting")))
                .complete();

        List<JsonNode> registered = fake.globalCommands();
        assertThat(registered).extracting(c -> c.path("name").asText()).containsExactly("paper", "daily");
        assertThat(registered.get(0).path("application_id").asText()).isEqualTo(FakeDiscord.APPLICATION_ID);
        assertThat(commands).extracting(Command::getId)
                .containsExactly(registered.get(0).path("id").asText(), registered.get(1).path("id").asText());
        assertThat(commands.get(1).getSubcommands()).extracting(Command.Subcommand::getName).containsExactly("set", "off");
        assertThat(commands.get(0).getOptions()).extracting(Command.Option::getName)
                .containsExactly("section", "year", "channel");
    }

    @Test
    @Order(3)
    void slashCommandReachesTheBotAndItsReplyIsRecorded() throws InterruptedException {
        firstSlash = fake.slash(FakeDiscord.ADMIN_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "en-US", "paper",
                Option.string("section", "courses"), Option.integer("year", 2018),
                Option.channel("channel", FakeDiscord.GENERAL_CHANNEL_ID));

        Seen seen = bot.next("slash");
        assertThat(seen.options()).containsEntry("section", "courses").containsEntry("year", "2018")
                .containsEntry("channel", FakeDiscord.GENERAL_CHANNEL_ID);
        assertThat(seen.detail()).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactly(fake.globalCommands().get(0).path("id").asText(),
                DiscordLocale.ENGLISH_US, true, "TEXT:general", DiscordLocale.CHINESE_TAIWAN);

        RecordedRequest callback = firstSlash.awaitCallback(WAIT);
        assertThat(callback.queryParam("with_response")).isEqualTo("true");
        JsonNode body = callback.json();
        assertThat(body.path("type").asInt()).isEqualTo(4);
        assertThat(body.path("data").path("embeds").get(0).path("title").asText()).isEqualTo("Attention Is All You Need");
        assertThat(body.path("data").path("allowed_mentions").path("parse")).isEmpty();
        assertThat(body.path("data").path("flags").asInt(0) & 64).as("not ephemeral").isZero();
        assertThat(firstSlash.callbackLatency(WAIT)).isLessThan(Duration.ofSeconds(3));

        firstReply = firstSlash.awaitMessage(WAIT);
        assertThat(firstReply.customIds()).containsExactly("paper:next:1", "paper:defer:1");
        assertThat(firstReply.embeds().get(0).path("type").asText()).isEqualTo("rich");
    }

    @Test
    @Order(4)
    void subcommandWithDeferredEphemeralReplyEditAndFollowup() throws InterruptedException {
        assertThatThrownBy(() -> fake.slash(FakeDiscord.ADMIN_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "en-US", "daily",
                Option.subcommand("set")))
                .as("the fake checks options against the registered schema")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requires option 'channel'");

        Interaction set = fake.slash(FakeDiscord.ADMIN_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "en-US", "daily",
                Option.subcommand("set", Option.channel("channel", FakeDiscord.PAPERS_CHANNEL_ID)));
        assertThat(bot.next("slash").options()).containsEntry("subcommand", "set")
                .containsEntry("channel", FakeDiscord.PAPERS_CHANNEL_ID);

        JsonNode deferred = set.awaitCallback(WAIT).json();
        assertThat(deferred.path("type").asInt()).isEqualTo(5);
        assertThat(deferred.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(set.awaitOriginalEdit(WAIT).json().path("content").asText())
                .isEqualTo("Subscribed <#" + FakeDiscord.PAPERS_CHANNEL_ID + ">");
        RecordedMessage shown = set.awaitMessage(WAIT);
        assertThat(shown.isEphemeral()).isTrue();
        assertThat(shown.content()).startsWith("Subscribed");
        assertThat(set.awaitFollowup(WAIT).queryParam("wait")).isEqualTo("true");
        assertThat(set.followups()).extracting(RecordedMessage::isEphemeral).containsExactly(true);
    }

    @Test
    @Order(5)
    void buttonClicksUpdateTheMessageByCallbackAndByOriginalEdit() throws InterruptedException {
        assertThatThrownBy(() -> fake.button(FakeDiscord.MEMBER_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW",
                "paper:nope", firstReply)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paper:next:1");

        Interaction next = fake.button(FakeDiscord.MEMBER_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW",
                "paper:next:1", firstReply);
        Seen click = bot.next("button");
        assertThat(click.detail()).as("JDA parsed the clicked message").isEqualTo("Attention Is All You Need");
        assertThat(next.awaitCallback(WAIT).json().path("type").asInt()).isEqualTo(7);
        RecordedMessage updated = next.awaitMessage(WAIT);
        assertThat(updated.id()).isEqualTo(firstReply.id());
        assertThat(updated.embeds().get(0).path("title").asText()).isEqualTo("BERT");
        assertThat(firstSlash.currentMessage()).get().extracting(RecordedMessage::customIds)
                .isEqualTo(List.of("paper:defer:2"));

        Interaction later = fake.button(FakeDiscord.MEMBER_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW",
                "paper:defer:2", updated);
        bot.next("button");
        assertThat(later.awaitCallback(WAIT).json().path("type").asInt()).isEqualTo(6);
        RecordedRequest edit = later.awaitOriginalEdit(WAIT);
        assertThat(edit.queryParam("wait")).isEqualTo("true");
        assertThat(edit.json().path("embeds").get(0).path("title").asText()).isEqualTo("GPT-3");
        RecordedMessage now = firstSlash.currentMessage().orElseThrow();
        assertThat(now.embeds().get(0).path("title").asText()).isEqualTo("GPT-3");
        assertThat(now.buttons()).isEmpty();
        assertThat(now.isEdited()).isTrue();
    }

    @Test
    @Order(6)
    void autocompleteAnswerReachesTheFake() throws InterruptedException {
        Interaction typing = fake.autocomplete(FakeDiscord.MEMBER_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW",
                "paper", "section", "co", Option.integer("year", 2020));
        Seen seen = bot.next("autocomplete");
        assertThat(seen.options()).containsEntry("section", "co");
        assertThat(seen.detail()).isEqualTo(DiscordLocale.CHINESE_TAIWAN);
        JsonNode choices = typing.awaitChoices(WAIT);
        assertThat(choices).hasSize(2);
        assertThat(choices.get(0).path("value").asText()).isEqualTo("courses");
        assertThat(typing.awaitCallback(WAIT).json().path("type").asInt()).isEqualTo(8);
    }

    @Test
    @Order(7)
    void channelPostsAndThreadsAreRecorded() {
        int before = fake.channelMessages(FakeDiscord.PAPERS_CHANNEL_ID).size();
        Message sent = papers().sendMessageEmbeds(card("ResNet", "https://arxiv.org/abs/1512.03385")).complete();

        List<RecordedMessage> posted = fake.channelMessages(FakeDiscord.PAPERS_CHANNEL_ID);
        assertThat(posted).hasSize(before + 1);
        assertThat(posted.get(posted.size() - 1).id()).isEqualTo(sent.getId());
        assertThat(sent.getEmbeds()).extracting(MessageEmbed::getTitle).containsExactly("ResNet");
        assertThat(sent.getAuthor().getId()).isEqualTo(FakeDiscord.BOT_USER_ID);

        ThreadChannel thread = sent.createThreadChannel("Discuss ResNet").complete();
        assertThat(thread.getId()).isEqualTo(sent.getId());
        assertThat(thread.getParentChannel().getId()).isEqualTo(FakeDiscord.PAPERS_CHANNEL_ID);
        thread.sendMessage("What do you think?").complete();
        assertThat(fake.threads()).hasSize(1);
        assertThat(fake.channelMessages(thread.getId())).extracting(RecordedMessage::content)
                .containsExactly("What do you think?");

        Message withFile = papers().sendMessage("notes attached")
                .addFiles(FileUpload.fromData("x".getBytes(java.nio.charset.StandardCharsets.UTF_8), "notes.txt"))
                .complete();
        assertThat(withFile.getAttachments()).extracting(Message.Attachment::getFileName).containsExactly("notes.txt");
        RecordedRequest multipart = fake.requests(RecordedRequest.matching("POST", "channels/\\d+/messages")).stream()
                .filter(r -> !r.attachedFiles().isEmpty()).findFirst().orElseThrow();
        assertThat(multipart.header("content-type")).startsWith("multipart/form-data");
        assertThat(multipart.attachedFiles()).containsExactly("notes.txt");
        assertThat(multipart.json().path("content").asText()).isEqualTo("notes attached");
    }

    @Test
    @Order(8)
    void retriedErrorsEndInExactlyOneSuccess() {
        String route = "channels/" + FakeDiscord.PAPERS_CHANNEL_ID + "/messages";
        long mark = fake.requests().size();
        int before = fake.channelMessages(FakeDiscord.PAPERS_CHANNEL_ID).size();

        fake.failNext("POST", route, 503, 1);
        papers().sendMessage("after a 503").complete();
        fake.rateLimitNext("POST", route, Duration.ofMillis(300), false, 1);
        papers().sendMessage("after a 429").complete();
        fake.rateLimitNext("POST", route, Duration.ofMillis(300), true, 1);
        papers().sendMessage("after a global 429").complete();

        assertThat(fake.requests(r -> r.sequence() > mark && RecordedRequest.matching("POST", route).test(r)))
                .extracting(RecordedRequest::status)
                .containsExactly(503, 200, 429, 200, 429, 200);
        assertThat(fake.channelMessages(FakeDiscord.PAPERS_CHANNEL_ID)).hasSize(before + 3);
        assertThat(fake.rateLimitedCount()).isEqualTo(2);
        assertThat(fake.globalRateLimitedCount()).isEqualTo(1);
    }

    @Test
    @Order(9)
    void jdaDoesNotRetryA500() {
        String route = "channels/" + FakeDiscord.PAPERS_CHANNEL_ID + "/messages";
        long mark = fake.requests().size();
        fake.failNext("POST", route, 500, 1);

        assertThatThrownBy(() -> papers().sendMessage("lost").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getResponse().code).isEqualTo(500);
                    assertThat(e.isServerError()).isTrue();
                });
        assertThat(fake.requests(r -> r.sequence() > mark && RecordedRequest.matching("POST", route).test(r)))
                .extracting(RecordedRequest::status).containsExactly(500);
        assertThat(fake.channelMessages(FakeDiscord.PAPERS_CHANNEL_ID)).extracting(RecordedMessage::content)
                .doesNotContain("lost");
    }

    @Test
    @Order(10)
    void globalRateLimitSlowsTheBotButLosesNothing() {
        int before = fake.channelMessages(FakeDiscord.PAPERS_CHANNEL_ID).size();
        int limitedBefore = fake.globalRateLimitedCount();
        fake.enforceGlobalRateLimit(3);
        try {
            List<java.util.concurrent.CompletableFuture<Message>> sends = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                sends.add(papers().sendMessage("burst " + i).submit());
            }
            sends.forEach(java.util.concurrent.CompletableFuture::join);
        } finally {
            fake.enforceGlobalRateLimit(0);
        }
        assertThat(fake.channelMessages(FakeDiscord.PAPERS_CHANNEL_ID)).hasSize(before + 6);
        assertThat(fake.globalRateLimitedCount()).isGreaterThan(limitedBefore);
    }

    private static final String PAPERS = FakeDiscord.PAPERS_CHANNEL_ID;

    private static List<String> newestFirst(List<RecordedMessage> oldestFirst) {
        List<String> ids = new ArrayList<>(oldestFirst.stream().map(RecordedMessage::id).toList());
        Collections.reverse(ids);
        return ids;
    }

    @Test
    @Order(11)
    void jdaReadsABusyChannelsHistoryInDiscordsOrder() {
        Message post = papers().sendMessage("paper of the day").complete();
        List<RecordedMessage> chatter = fake.chatter(PAPERS, 250);

        MessageHistory forward = papers().getHistoryAfter(post, 100).complete();
        assertThat(forward.getRetrievedHistory()).extracting(Message::getId)
                .as("the first 100 after the post, newest first").containsExactlyElementsOf(newestFirst(chatter.subList(0, 100)));
        forward.retrieveFuture(100).complete();
        assertThat(forward.getRetrievedHistory()).extracting(Message::getId)
                .containsExactlyElementsOf(newestFirst(chatter.subList(0, 200)));

        Message before = papers().getHistoryBefore(chatter.get(0).id(), 1).complete().getRetrievedHistory().get(0);
        assertThat(before.getId()).isEqualTo(post.getId());
        assertThat(before.getAuthor().getId()).isEqualTo(FakeDiscord.BOT_USER_ID);

        List<Message> walked = papers().getIterableHistory().stream().limit(251).toList();
        assertThat(walked.get(0).getId()).isEqualTo(chatter.get(249).id());
        assertThat(walked.get(0).getAuthor().getId()).isEqualTo(FakeDiscord.MEMBER_USER_ID);
        assertThat(walked.get(250).getId()).as("MessagePaginationAction reaches the post").isEqualTo(post.getId());

        long since = TimeUtil.getDiscordTimestamp(post.getTimeCreated().toInstant().toEpochMilli() - 1);
        assertThat(papers().getHistoryAfter(since, 100).complete().getRetrievedHistory())
                .as("the daily check: the oldest 100 since the post's time, the post last").last()
                .extracting(Message::getId).isEqualTo(post.getId());
    }

    @Test
    @Order(12)
    void publicInteractionRepliesAreChannelHistoryEphemeralOnesAreNot() throws InterruptedException {
        Interaction paper = fake.slash(FakeDiscord.MEMBER_USER_ID, PAPERS, "en-US", "paper",
                Option.string("section", "courses"));
        bot.next("slash");
        RecordedMessage reply = paper.awaitMessage(WAIT);
        Interaction digest = fake.slash(FakeDiscord.MEMBER_USER_ID, PAPERS, "en-US", "digest");
        bot.next("slash");
        RecordedMessage deferred = digest.awaitMessage(WAIT);
        Interaction daily = fake.slash(FakeDiscord.ADMIN_USER_ID, PAPERS, "en-US", "daily",
                Option.subcommand("set", Option.channel("channel", PAPERS)));
        bot.next("slash");
        RecordedMessage ephemeral = daily.awaitMessage(WAIT);
        daily.awaitFollowup(WAIT);

        Map<String, Message> seen = new HashMap<>();
        papers().getHistory().retrievePast(10).complete().forEach(m -> seen.put(m.getId(), m));
        Message shown = seen.get(reply.id());
        assertThat(shown).as("the public reply is a channel message").isNotNull();
        assertThat(shown.getType()).isEqualTo(MessageType.SLASH_COMMAND);
        assertThat(shown.getAuthor().getId()).isEqualTo(FakeDiscord.BOT_USER_ID);
        assertThat(shown.getInteractionMetadata().getUser().getId()).isEqualTo(FakeDiscord.MEMBER_USER_ID);
        assertThat(shown.getEmbeds()).extracting(MessageEmbed::getTitle).containsExactly("Attention Is All You Need");
        assertThat(seen.get(deferred.id())).as("a deferred public reply, edited").isNotNull()
                .extracting(Message::getContentRaw).isEqualTo("Today's digest");
        assertThat(seen).doesNotContainKeys(ephemeral.id(), daily.followups().get(0).id());
        assertThat(fake.channelHistory(PAPERS)).extracting(RecordedMessage::id)
                .contains(reply.id(), deferred.id()).doesNotContain(ephemeral.id());
    }

    @Test
    @Order(13)
    void aSendThatTookEffectButAnswered500IsInTheHistoryJdaReads() {
        fake.createThenFailNext("POST", "channels/\\d+/messages", 500, 1);
        int posts = fake.channelPostCounts().get(PAPERS);
        assertThatThrownBy(() -> papers().sendMessage("answer lost").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> assertThat(e.getErrorCode()).isZero());
        Message newest = papers().getHistory().retrievePast(1).complete().get(0);
        assertThat(newest.getContentRaw()).isEqualTo("answer lost");
        assertThat(newest.getAuthor().getId()).isEqualTo(FakeDiscord.BOT_USER_ID);
        assertThat(fake.channelPostCounts()).containsEntry(PAPERS, posts + 1);
    }

    /**
     * JDA's {@code RestAction#timeout} only fails a request that has not been sent yet; a send in
     * flight ends by OkHttp's read timeout (10 s by default), and JDA then sends it once more
     * (Requester: retry on SocketTimeoutException) with the same body, so the same nonce.
     */
    @Test
    @Order(14)
    void aHeldAnswerMakesJdaResendAfterItsReadTimeoutAndTheNonceKeepsItOneMessage() throws InterruptedException {
        try (FakeDiscord slow = FakeDiscord.start()) {
            ShardManager impatient = DefaultShardManagerBuilder.createLight(slow.token())
                    .setCompression(Compression.NONE)
                    .setRestConfig(new RestConfig().setBaseUrl(slow.apiBase()))
                    .setHttpClientBuilder(new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)))
                    .build();
            try {
                slow.awaitReady(WAIT);
                impatient.getShardById(0).awaitReady();
                TextChannel channel = impatient.getTextChannelById(PAPERS);
                String route = "channels/\\d+/messages";

                slow.delayNext("POST", route, Duration.ofSeconds(1), 1);
                Message sent = channel.sendMessage("once").complete();
                List<RecordedRequest> posts = slow.requests(RecordedRequest.matching("POST", route));
                assertThat(posts).as("the held one and JDA's resend").hasSize(2);
                assertThat(posts.get(1).json().path("nonce").asText()).isEqualTo(posts.get(0).json().path("nonce").asText());
                assertThat(slow.channelHistory(PAPERS)).extracting(RecordedMessage::id).containsExactly(sent.getId());

                slow.delayNext("POST", route, Duration.ofSeconds(1), 1, FakeDiscord.DelayMode.WAIT_THEN_EFFECT);
                Message second = channel.sendMessage("held before it counts").complete();
                slow.awaitRequests(RecordedRequest.matching("POST", route), 4, WAIT);
                assertThat(slow.channelHistory(PAPERS)).extracting(RecordedMessage::id)
                        .as("the resend created it; the held one, arriving later, found the nonce")
                        .containsExactly(sent.getId(), second.getId());
                assertThat(slow.nonceReplayCounts()).containsEntry(PAPERS, 2);
            } finally {
                shutdown(impatient);
            }
        }
    }

    @Test
    @Order(15)
    void sendingTheSameNonceTwiceGivesJdaTheFirstMessageAndCreatesOne() {
        String route = "channels/" + PAPERS + "/messages";
        long mark = fake.requests().size();
        int posts = fake.channelPostCounts().get(PAPERS);
        Message first = papers().sendMessage("paper 7 of 30").setNonce("daily-2024-06-01").complete();
        Message again = papers().sendMessage("paper 7 of 30").setNonce("daily-2024-06-01").complete();

        assertThat(again.getId()).isEqualTo(first.getId());
        List<RecordedRequest> sent = fake.requests(r -> r.sequence() > mark && RecordedRequest.matching("POST", route).test(r));
        assertThat(sent).hasSize(2).allSatisfy(r -> assertThat(r.json().path("enforce_nonce").asBoolean()).isTrue());
        assertThat(fake.channelPostCounts()).containsEntry(PAPERS, posts + 1);
        assertThat(fake.nonceReplayCounts()).containsEntry(PAPERS, 1);
    }

    @Test
    @Order(16)
    void overwritesChangedAtRuntimeReachJdasPermissionCache() throws InterruptedException {
        String general = FakeDiscord.GENERAL_CHANNEL_ID;
        assertThat(jda.getTextChannelById(general).canTalk()).isTrue();
        fake.denyBotPermission(general, Permissions.SEND_MESSAGES);
        eventually(() -> !jda.getTextChannelById(general).canTalk(), "JDA to see SEND_MESSAGES denied");
        assertThatThrownBy(() -> jda.getTextChannelById(general).sendMessage("x").complete())
                .isInstanceOf(InsufficientPermissionException.class);

        fake.removeChannelOverwrite(general, FakeDiscord.BOT_USER_ID);
        eventually(() -> jda.getTextChannelById(general).canTalk(), "JDA to see the overwrite gone");
        jda.getTextChannelById(general).sendMessage("allowed again").complete();
    }

    @Test
    @Order(17)
    void removingAndAddingTheBotIsGuildLeaveAndJoinForJda() throws InterruptedException {
        fake.removeBotFromGuild(FakeDiscord.GUILD_ID);
        assertThat(guildEvents.next()).isEqualTo("leave:" + FakeDiscord.GUILD_ID);
        assertThat(jda.getGuildById(FakeDiscord.GUILD_ID)).isNull();

        fake.addBotToGuild(FakeDiscord.GUILD_ID);
        assertThat(guildEvents.next()).isEqualTo("join:" + FakeDiscord.GUILD_ID);
        assertThat(jda.getGuildById(FakeDiscord.GUILD_ID).getTextChannels()).hasSize(4);
        assertThat(papers().sendMessage("back in the guild").complete().getAuthor().getId())
                .isEqualTo(FakeDiscord.BOT_USER_ID);
    }

    @Test
    @Order(18)
    void anOutageIsGuildUnavailableThenAvailableForJda() throws InterruptedException {
        fake.guildOutage(FakeDiscord.GUILD_ID);
        assertThat(guildEvents.next()).isEqualTo("unavailable:" + FakeDiscord.GUILD_ID);
        assertThat(jda.isUnavailable(Long.parseLong(FakeDiscord.GUILD_ID))).isTrue();

        fake.guildBack(FakeDiscord.GUILD_ID);
        assertThat(guildEvents.next()).isEqualTo("available:" + FakeDiscord.GUILD_ID);
        assertThat(jda.getGuildById(FakeDiscord.GUILD_ID)).isNotNull();
    }

    @Test
    @Order(31)
    void deniedAndDeletedChannelsAnswerDiscordsErrors() {
        assertThatThrownBy(() -> jda.getTextChannelById(FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID).sendMessage("x").complete())
                .as("JDA refuses locally from its cache")
                .isInstanceOf(InsufficientPermissionException.class);
        assertThat(fake.requests(r -> r.route().contains(FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID))).isEmpty();

        fake.denyChannel(FakeDiscord.GENERAL_CHANNEL_ID);
        TextChannel general = jda.getTextChannelById(FakeDiscord.GENERAL_CHANNEL_ID);
        assertThat(general.canTalk()).as("the cache still says yes").isTrue();
        assertThatThrownBy(() -> general.sendMessage("x").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.MISSING_PERMISSIONS));
        fake.allowChannel(FakeDiscord.GENERAL_CHANNEL_ID);

        fake.deleteChannel(FakeDiscord.GENERAL_CHANNEL_ID);
        assertThatThrownBy(() -> general.sendMessage("x").complete())
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_CHANNEL));
    }

    @Test
    @Order(32)
    void afterANetworkDropJdaResumesAndStillGetsCommands() throws InterruptedException {
        int identifies = fake.identifyCount();
        fake.dropGatewayConnection();
        assertThat(fake.isReady()).isFalse();
        fake.awaitReady(WAIT);
        assertThat(fake.resumeCount()).isEqualTo(1);
        assertThat(fake.identifyCount()).isEqualTo(identifies);

        Interaction again = fake.slash(FakeDiscord.MEMBER_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW", "paper",
                Option.string("section", "books"));
        Seen seen = bot.next("slash");
        assertThat(seen.options()).containsEntry("section", "books");
        assertThat(seen.detail()).asInstanceOf(InstanceOfAssertFactories.LIST).element(2).as("member lacks Manage Server").isEqualTo(false);
        assertThat(again.awaitCallback(WAIT).json().path("type").asInt()).isEqualTo(4);

        fake.requestReconnect(); // op 7: JDA closes and resumes
        fake.awaitReady(WAIT);
        fake.closeGatewayConnection(4000, "Unknown error"); // a close frame JDA treats as resumable
        fake.awaitReady(WAIT);
        assertThat(fake.resumeCount()).isEqualTo(3);
        assertThat(fake.identifyCount()).isEqualTo(identifies);
        Interaction third = fake.slash(FakeDiscord.MEMBER_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW", "paper",
                Option.string("section", "videos"));
        assertThat(bot.next("slash").options()).containsEntry("section", "videos");
        third.awaitCallback(WAIT);
    }

    @Test
    @Order(33)
    void aWrongTokenFailsLogin() {
        long mark = fake.requests().size();
        assertThatThrownBy(() -> connect(fake, "not-the-token", new Object()))
                .isInstanceOf(InvalidTokenException.class);
        assertThat(fake.requests(r -> r.sequence() > mark)).extracting(RecordedRequest::status).containsOnly(401);
    }

    @Test
    @Order(34)
    void whenResumeIsRefusedJdaIdentifiesAgain() throws InterruptedException {
        TestBot other = new TestBot();
        try (FakeDiscord strict = FakeDiscord.builder().resumeMode(FakeDiscord.ResumeMode.INVALIDATE).start()) {
            ShardManager second = connect(strict, strict.token(), other);
            try {
                strict.awaitReady(WAIT);
                second.getShardById(0).awaitReady();
                strict.dropGatewayConnection();
                strict.awaitReady(Duration.ofSeconds(20));
                assertThat(strict.identifyCount()).isEqualTo(2);
                assertThat(strict.invalidSessionCount()).isEqualTo(1);
                second.getShardById(0).awaitReady();

                Interaction slash = strict.slash(FakeDiscord.ADMIN_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "en-US", "paper");
                assertThat(other.next("slash").name()).isEqualTo("paper");
                assertThat(slash.awaitCallback(WAIT).json().path("type").asInt()).isEqualTo(4);
            } finally {
                shutdown(second);
            }
        }
    }

    @Test
    @Order(35)
    void twoShardsEachGetTheirGuildsAndTheInteractionsInThem() throws InterruptedException {
        BlockingQueue<String> answered = new LinkedBlockingQueue<>();
        ListenerAdapter shardBot = new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                int shard = event.getJDA().getShardInfo().getShardId();
                answered.add(shard + ":" + event.getGuild().getId());
                event.reply("from shard " + shard).queue(null, bot.failures::add);
            }
        };
        try (FakeDiscord sharded = FakeDiscord.builder().guilds(3, 1).shards(2, 2).start()) {
            ShardManager two = connect(sharded, sharded.token(), shardBot);
            try {
                sharded.awaitReady(WAIT);
                for (JDA shard : two.getShards()) {
                    shard.awaitReady();
                }
                assertThat(two.getShards()).hasSize(2);
                assertThat(sharded.identifyCount()).isEqualTo(2);
                List<String> guilds = new ArrayList<>(List.of(FakeDiscord.GUILD_ID));
                guilds.addAll(sharded.generatedGuildIds());
                for (JDA shard : two.getShards()) {
                    int id = shard.getShardInfo().getShardId();
                    assertThat(shard.getGuilds()).extracting(Guild::getId).containsExactlyInAnyOrderElementsOf(
                            guilds.stream().filter(g -> (Long.parseLong(g) >> 22) % 2 == id).toList());
                }
                for (String guild : guilds) {
                    boolean main = guild.equals(FakeDiscord.GUILD_ID);
                    Interaction slash = sharded.slash(main ? FakeDiscord.MEMBER_USER_ID : FakeDiscord.OWNER_USER_ID,
                            main ? PAPERS : sharded.generatedChannelIds(guild).get(0), "en-US", "paper");
                    assertThat(answered.poll(10, TimeUnit.SECONDS)).as("the shard that owns guild " + guild)
                            .isEqualTo((Long.parseLong(guild) >> 22) % 2 + ":" + guild);
                    assertThat(slash.awaitMessage(WAIT).content()).startsWith("from shard ");
                }
            } finally {
                shutdown(two);
            }
        }
    }
}
