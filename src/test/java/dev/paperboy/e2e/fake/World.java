package dev.paperboy.e2e.fake;

import static dev.paperboy.e2e.fake.Permissions.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one guild the fake serves: roles, channels, members, and Discord's permission arithmetic.
 * Guarded by the fake's lock; every JSON it renders is a fresh copy.
 */
final class World {
    record User(String id, String username, String globalName, boolean bot) {}

    record Role(String id, String name, int position, long permissions, boolean managed, String botId,
                boolean mentionable) {
        Role(String id, String name, int position, long permissions, boolean managed, String botId) {
            this(id, name, position, permissions, managed, botId, false);
        }
    }

    /** type 0 = role, 1 = member. */
    record Overwrite(String id, int type, long allow, long deny) {}

    static final class Channel {
        final String id;
        final String guildId;
        final int type;
        final String name;
        final int position;
        final String topic;
        final String parentId;
        final List<Overwrite> overwrites;
        final String ownerId;
        final int autoArchiveDuration;
        final Instant createdAt;

        Channel(String id, int type, String name, int position, String topic, String parentId,
                List<Overwrite> overwrites, String ownerId, int autoArchiveDuration) {
            this(id, FakeDiscord.GUILD_ID, type, name, position, topic, parentId, overwrites, ownerId,
                    autoArchiveDuration);
        }

        Channel(String id, String guildId, int type, String name, int position, String topic, String parentId,
                List<Overwrite> overwrites, String ownerId, int autoArchiveDuration) {
            this(id, guildId, type, name, position, topic, parentId, overwrites, ownerId, autoArchiveDuration,
                    Instant.now());
        }

        private Channel(String id, String guildId, int type, String name, int position, String topic,
                String parentId, List<Overwrite> overwrites, String ownerId, int autoArchiveDuration,
                Instant createdAt) {
            this.createdAt = createdAt;
            this.id = id;
            this.guildId = guildId;
            this.type = type;
            this.name = name;
            this.position = position;
            this.topic = topic;
            this.parentId = parentId;
            this.overwrites = List.copyOf(overwrites);
            this.ownerId = ownerId;
            this.autoArchiveDuration = autoArchiveDuration;
        }

        boolean isThread() {
            return type == 10 || type == 11 || type == 12;
        }

        Channel withOverwrites(List<Overwrite> replaced) {
            return new Channel(id, guildId, type, name, position, topic, parentId, replaced, ownerId,
                    autoArchiveDuration, createdAt);
        }
    }

    /**
     * A generated guild for load runs: the bot (with its managed role) and the owner are its
     * members; @everyone and the bot's role have the main guild's permissions, and no channel has
     * overwrites, so the bot may post in every one of its text channels.
     */
    record GeneratedGuild(String id, String name, String botRoleId, List<String> channelIds) {}

    static final String JOINED_AT = "2024-09-01T08:00:00.000000+00:00";
    static final long GENERATED_GUILD_BASE = 1_200_000_000_000_000_000L;
    static final long GENERATED_CHANNEL_BASE = 1_300_000_000_000_000_000L;
    static final long GENERATED_MEMBER_BASE = 1_400_000_000_000_000_000L;

    final Map<String, User> users = new LinkedHashMap<>();
    final Map<String, List<String>> memberRoles = new LinkedHashMap<>();
    final Map<String, Role> roles = new LinkedHashMap<>();
    final Map<String, Channel> channels = new LinkedHashMap<>();
    /** Guilds besides the main one, in the order READY lists them. */
    final List<GeneratedGuild> generatedGuilds = new ArrayList<>();
    final List<String> generatedMembers = new ArrayList<>();

    World() {
        users.put(FakeDiscord.OWNER_USER_ID, new User(FakeDiscord.OWNER_USER_ID, "olivia_owner", "Olivia", false));
        users.put(FakeDiscord.ADMIN_USER_ID, new User(FakeDiscord.ADMIN_USER_ID, "alice_admin", "Alice", false));
        users.put(FakeDiscord.MEMBER_USER_ID, new User(FakeDiscord.MEMBER_USER_ID, "bob_member", "Bob", false));
        users.put(FakeDiscord.BOT_USER_ID, new User(FakeDiscord.BOT_USER_ID, "paperboy", "Paperboy", true));

        long everyone = VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | ADD_REACTIONS
                | USE_EXTERNAL_EMOJIS | USE_APPLICATION_COMMANDS | CREATE_PUBLIC_THREADS | SEND_MESSAGES_IN_THREADS;
        roles.put(FakeDiscord.EVERYONE_ROLE_ID,
                new Role(FakeDiscord.EVERYONE_ROLE_ID, "@everyone", 0, everyone, false, null));
        roles.put(FakeDiscord.BOT_ROLE_ID, new Role(FakeDiscord.BOT_ROLE_ID, "Paperboy", 1,
                VIEW_CHANNEL | SEND_MESSAGES | EMBED_LINKS | READ_MESSAGE_HISTORY | CREATE_PUBLIC_THREADS
                        | SEND_MESSAGES_IN_THREADS,
                true, FakeDiscord.BOT_USER_ID));
        roles.put(FakeDiscord.ADMIN_ROLE_ID,
                new Role(FakeDiscord.ADMIN_ROLE_ID, "Admin", 2, ADMINISTRATOR | MANAGE_GUILD, false, null));
        // roles for a study group's ping: one anyone may mention, one only members with MENTION_EVERYONE may
        roles.put(FakeDiscord.STUDY_ROLE_ID,
                new Role(FakeDiscord.STUDY_ROLE_ID, "Study Group", 3, 0, false, null, true));
        roles.put(FakeDiscord.QUIET_ROLE_ID,
                new Role(FakeDiscord.QUIET_ROLE_ID, "Quiet Readers", 4, 0, false, null, false));

        memberRoles.put(FakeDiscord.OWNER_USER_ID, List.of());
        memberRoles.put(FakeDiscord.ADMIN_USER_ID, List.of(FakeDiscord.ADMIN_ROLE_ID));
        memberRoles.put(FakeDiscord.MEMBER_USER_ID, List.of());
        memberRoles.put(FakeDiscord.BOT_USER_ID, List.of(FakeDiscord.BOT_ROLE_ID));

        addChannel(new Channel(FakeDiscord.GENERAL_CHANNEL_ID, 0, "general", 0, "Say hello", null, List.of(), null, 0));
        addChannel(new Channel(FakeDiscord.PAPERS_CHANNEL_ID, 0, "papers", 1, "One paper a day", null, List.of(), null, 0));
        // Read-only for everybody but admins: @everyone may not post, and the bot's role does not
        // win it back, so JDA's own permission check refuses to send here before any HTTP call.
        addChannel(new Channel(FakeDiscord.ANNOUNCEMENTS_CHANNEL_ID, 0, "announcements", 2, "Admins only", null,
                List.of(new Overwrite(FakeDiscord.EVERYONE_ROLE_ID, 0, 0,
                        SEND_MESSAGES | SEND_MESSAGES_IN_THREADS | CREATE_PUBLIC_THREADS)),
                null, 0));
        // The bot may view, post and embed, but its role is denied Read Message History: history
        // comes back empty (Discord's Get Channel Messages), so /daily set should refuse it.
        addChannel(new Channel(FakeDiscord.NO_HISTORY_CHANNEL_ID, 0, "no-history", 3, "The bot cannot read back",
                null, List.of(new Overwrite(FakeDiscord.BOT_ROLE_ID, 0, 0, READ_MESSAGE_HISTORY)), null, 0));
    }

    /**
     * Sets the channel's overwrite for a role (type 0) or member (type 1), replacing any it had for
     * that target; returns the channel as it is now.
     */
    Channel setOverwrite(String channelId, Overwrite overwrite) {
        Channel channel = overwritable(channelId);
        List<Overwrite> list = new ArrayList<>(channel.overwrites);
        list.removeIf(ow -> ow.id().equals(overwrite.id()));
        list.add(overwrite);
        Channel updated = channel.withOverwrites(list);
        channels.put(channelId, updated);
        return updated;
    }

    Channel removeOverwrite(String channelId, String targetId) {
        Channel channel = overwritable(channelId);
        List<Overwrite> list = new ArrayList<>(channel.overwrites);
        list.removeIf(ow -> ow.id().equals(targetId));
        Channel updated = channel.withOverwrites(list);
        channels.put(channelId, updated);
        return updated;
    }

    Overwrite overwrite(String channelId, String targetId) {
        return overwritable(channelId).overwrites.stream().filter(ow -> ow.id().equals(targetId)).findFirst()
                .orElse(null);
    }

    private Channel overwritable(String channelId) {
        Channel channel = channels.get(channelId);
        if (channel == null) {
            throw new IllegalArgumentException("no channel " + channelId);
        }
        if (channel.isThread()) {
            throw new IllegalArgumentException("channel " + channelId + " is a thread: threads take their parent's overwrites");
        }
        return channel;
    }

    void addChannel(Channel channel) {
        channels.put(channel.id, channel);
    }

    /** Adds {@code count} guilds of {@code textChannels} text channels each, with ids that never change between runs. */
    void addGeneratedGuilds(int count, int textChannels) {
        int channel = 0;
        for (int g = 0; g < count; g++) {
            // one guild per 2^22: consecutive guilds fall on consecutive shards ((id >> 22) % n)
            String id = Long.toString(GENERATED_GUILD_BASE + ((long) g << 22));
            List<String> ids = new ArrayList<>(textChannels);
            for (int c = 0; c < textChannels; c++) {
                String channelId = Long.toString(GENERATED_CHANNEL_BASE + channel++);
                ids.add(channelId);
                addChannel(new Channel(channelId, id, 0, c == 0 ? "general" : "channel-" + c, c, null, null, List.of(),
                        null, 0));
            }
            generatedGuilds.add(new GeneratedGuild(id, "Study Group " + (g + 1), Long.toString(GENERATED_GUILD_BASE + ((long) g << 22) + 1),
                    List.copyOf(ids)));
        }
    }

    /** Adds {@code count} plain members (no role) to the main guild: user ids for many users at once. */
    void addGeneratedMembers(int count) {
        for (int i = 0; i < count; i++) {
            String id = Long.toString(GENERATED_MEMBER_BASE + i);
            users.put(id, new User(id, "member" + i, "Member " + i, false));
            memberRoles.put(id, List.of());
            generatedMembers.add(id);
        }
    }

    boolean isMember(String userId) {
        return memberRoles.containsKey(userId);
    }

    /** Guild-wide permissions (no channel overwrites). */
    long basePermissions(String userId) {
        if (FakeDiscord.OWNER_USER_ID.equals(userId)) {
            return ALL;
        }
        long perms = roles.get(FakeDiscord.EVERYONE_ROLE_ID).permissions();
        for (String roleId : memberRoles.getOrDefault(userId, List.of())) {
            Role role = roles.get(roleId);
            if (role != null) {
                perms |= role.permissions();
            }
        }
        return (perms & ADMINISTRATOR) != 0 ? ALL : perms;
    }

    /** Discord's algorithm: base, then @everyone overwrite, then role overwrites together, then the member's. */
    long channelPermissions(String userId, String channelId) {
        long perms = basePermissions(userId);
        if (perms == ALL) {
            return ALL;
        }
        Channel channel = channels.get(channelId);
        if (channel == null) {
            return 0;
        }
        Channel source = channel.isThread() && channel.parentId != null ? channels.get(channel.parentId) : channel;
        if (source == null) {
            return 0;
        }
        List<String> myRoles = memberRoles.getOrDefault(userId, List.of());
        long roleAllow = 0;
        long roleDeny = 0;
        Overwrite mine = null;
        for (Overwrite ow : source.overwrites) {
            if (ow.type() == 0 && ow.id().equals(FakeDiscord.EVERYONE_ROLE_ID)) {
                perms = (perms & ~ow.deny()) | ow.allow();
            } else if (ow.type() == 0 && myRoles.contains(ow.id())) {
                roleAllow |= ow.allow();
                roleDeny |= ow.deny();
            } else if (ow.type() == 1 && ow.id().equals(userId)) {
                mine = ow;
            }
        }
        perms = (perms & ~roleDeny) | roleAllow;
        if (mine != null) {
            perms = (perms & ~mine.deny()) | mine.allow();
        }
        if ((perms & VIEW_CHANNEL) == 0) {
            return 0; // a channel you cannot see grants nothing
        }
        return perms;
    }

    // --- JSON -------------------------------------------------------------------------------

    ObjectNode userJson(String userId) {
        User user = users.get(userId);
        if (user == null) {
            user = new User(userId, "user" + userId.substring(Math.max(0, userId.length() - 4)), null, false);
        }
        ObjectNode json = Json.object()
                .put("id", user.id())
                .put("username", user.username())
                .put("discriminator", "0")
                .put("avatar", (String) null)
                .put("public_flags", 0)
                .put("flags", 0);
        json.put("global_name", user.globalName());
        if (user.bot()) {
            json.put("bot", true);
        }
        return json;
    }

    ObjectNode selfUserJson() {
        return userJson(FakeDiscord.BOT_USER_ID)
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("email", (String) null)
                .put("locale", "en-US");
    }

    ObjectNode memberJson(String userId, boolean withUser) {
        ObjectNode json = Json.object();
        if (withUser) {
            json.set("user", userJson(userId));
        }
        ArrayNode roleIds = json.putArray("roles");
        memberRoles.getOrDefault(userId, List.of()).forEach(roleIds::add);
        json.put("joined_at", JOINED_AT)
                .put("nick", (String) null)
                .put("avatar", (String) null)
                .put("premium_since", (String) null)
                .put("communication_disabled_until", (String) null)
                .put("deaf", false)
                .put("mute", false)
                .put("pending", false)
                .put("flags", 0);
        return json;
    }

    ObjectNode roleJson(Role role) {
        ObjectNode json = Json.object()
                .put("id", role.id())
                .put("name", role.name())
                .put("color", 0)
                .put("hoist", false)
                .put("icon", (String) null)
                .put("unicode_emoji", (String) null)
                .put("position", role.position())
                .put("permissions", Long.toString(role.permissions()))
                .put("managed", role.managed())
                .put("mentionable", role.mentionable())
                .put("flags", 0);
        json.putObject("colors").put("primary_color", 0);
        ObjectNode tags = json.putObject("tags");
        if (role.botId() != null) {
            tags.put("bot_id", role.botId());
        }
        return json;
    }

    ObjectNode channelJson(Channel channel, boolean withGuildId) {
        ObjectNode json = Json.object()
                .put("id", channel.id)
                .put("type", channel.type)
                .put("name", channel.name)
                .put("flags", 0)
                .put("rate_limit_per_user", 0)
                .put("last_message_id", (String) null);
        if (withGuildId) {
            json.put("guild_id", channel.guildId);
        }
        if (channel.isThread()) {
            json.put("parent_id", channel.parentId)
                    .put("owner_id", channel.ownerId)
                    .put("message_count", 0)
                    .put("member_count", 1)
                    .put("total_message_count", 0);
            json.putObject("thread_metadata")
                    .put("archived", false)
                    .put("auto_archive_duration", channel.autoArchiveDuration)
                    .put("archive_timestamp", channel.createdAt.toString())
                    .put("create_timestamp", channel.createdAt.toString())
                    .put("locked", false)
                    .put("invitable", true);
            return json;
        }
        json.put("position", channel.position)
                .put("topic", channel.topic)
                .put("nsfw", false)
                .put("parent_id", channel.parentId)
                .put("default_thread_rate_limit_per_user", 0);
        ArrayNode overwrites = json.putArray("permission_overwrites");
        for (Overwrite ow : channel.overwrites) {
            overwrites.addObject()
                    .put("id", ow.id())
                    .put("type", ow.type())
                    .put("allow", Long.toString(ow.allow()))
                    .put("deny", Long.toString(ow.deny()));
        }
        return json;
    }

    /** Every guild, in the order READY lists them: the main guild, then the generated ones. */
    List<String> guildIds() {
        List<String> ids = new ArrayList<>(1 + generatedGuilds.size());
        ids.add(FakeDiscord.GUILD_ID);
        generatedGuilds.forEach(g -> ids.add(g.id()));
        return ids;
    }

    /** The GUILD_CREATE of any guild, main or generated. */
    ObjectNode guildCreateJson(String guildId) {
        if (FakeDiscord.GUILD_ID.equals(guildId)) {
            return guildCreateJson();
        }
        return generatedGuilds.stream().filter(g -> g.id().equals(guildId)).findFirst()
                .map(this::guildCreateJson)
                .orElseThrow(() -> new IllegalArgumentException("no guild " + guildId));
    }

    /** The complete guild of a GUILD_CREATE. */
    ObjectNode guildCreateJson() {
        ObjectNode json = guildJson(FakeDiscord.GUILD_ID, FakeDiscord.GUILD_NAME, FakeDiscord.GENERAL_CHANNEL_ID,
                FakeDiscord.GUILD_LOCALE, memberRoles.size());
        ArrayNode roleArray = json.putArray("roles");
        roles.values().forEach(r -> roleArray.add(roleJson(r)));
        ArrayNode channelArray = json.putArray("channels");
        ArrayNode threadArray = json.putArray("threads");
        for (Channel channel : channels.values()) {
            if (channel.guildId.equals(FakeDiscord.GUILD_ID)) {
                (channel.isThread() ? threadArray : channelArray).add(channelJson(channel, channel.isThread()));
            }
        }
        ArrayNode members = json.putArray("members");
        memberRoles.keySet().forEach(id -> members.add(memberJson(id, true)));
        putEmptyLists(json);
        return json;
    }

    /** The GUILD_CREATE of a generated guild: what the main guild has, with its own ids. */
    ObjectNode guildCreateJson(GeneratedGuild guild) {
        ObjectNode json = guildJson(guild.id(), guild.name(),
                guild.channelIds().isEmpty() ? null : guild.channelIds().get(0), "en-US", 2);
        ArrayNode roleArray = json.putArray("roles");
        Role everyone = roles.get(FakeDiscord.EVERYONE_ROLE_ID);
        Role bot = roles.get(FakeDiscord.BOT_ROLE_ID);
        roleArray.add(roleJson(new Role(guild.id(), everyone.name(), 0, everyone.permissions(), false, null)));
        roleArray.add(roleJson(new Role(guild.botRoleId(), bot.name(), 1, bot.permissions(), true, FakeDiscord.BOT_USER_ID)));
        ArrayNode channelArray = json.putArray("channels");
        for (String channelId : guild.channelIds()) {
            Channel channel = channels.get(channelId);
            if (channel != null && !channel.isThread()) {
                channelArray.add(channelJson(channel, false));
            }
        }
        json.putArray("threads");
        ArrayNode members = json.putArray("members");
        ObjectNode self = memberJson(FakeDiscord.BOT_USER_ID, true);
        self.putArray("roles").add(guild.botRoleId());
        members.add(self);
        ObjectNode owner = memberJson(FakeDiscord.OWNER_USER_ID, true);
        owner.putArray("roles");
        members.add(owner);
        putEmptyLists(json);
        return json;
    }

    /**
     * The fields of a GUILD_CREATE before its roles, channels and members, in one place so that
     * the generated guilds cannot drift from the main one the tests check the bot against.
     */
    private static ObjectNode guildJson(String id, String name, String systemChannelId, String locale,
                                        int memberCount) {
        ObjectNode json = Json.object()
                .put("id", id)
                .put("name", name)
                .put("icon", (String) null)
                .put("splash", (String) null)
                .put("discovery_splash", (String) null)
                .put("banner", (String) null)
                .put("description", (String) null)
                .put("owner_id", FakeDiscord.OWNER_USER_ID)
                .put("afk_channel_id", (String) null)
                .put("afk_timeout", 300)
                .put("verification_level", 1)
                .put("default_message_notifications", 1)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("system_channel_id", systemChannelId)
                .put("system_channel_flags", 0)
                .put("rules_channel_id", (String) null)
                .put("public_updates_channel_id", (String) null)
                .put("safety_alerts_channel_id", (String) null)
                .put("preferred_locale", locale)
                .put("max_members", 500000)
                .put("vanity_url_code", (String) null)
                .put("application_id", (String) null)
                .put("large", false)
                .put("lazy", true)
                .put("unavailable", false)
                .put("joined_at", JOINED_AT)
                .put("member_count", memberCount);
        json.putArray("features");
        return json;
    }

    /** The rest of Discord's GUILD_CREATE lists, which the fake keeps empty. */
    private static void putEmptyLists(ObjectNode json) {
        for (String empty : List.of("voice_states", "presences", "emojis", "stickers", "guild_scheduled_events",
                "stage_instances", "soundboard_sounds", "embedded_activities")) {
            json.putArray(empty);
        }
    }

    /** The partial guild Discord puts in an interaction. */
    ObjectNode interactionGuildJson(String guildId) {
        String locale = FakeDiscord.GUILD_ID.equals(guildId) ? FakeDiscord.GUILD_LOCALE : "en-US";
        ObjectNode json = Json.object().put("id", guildId).put("locale", locale);
        json.putArray("features");
        return json;
    }

    List<String> channelIds() {
        return new ArrayList<>(channels.keySet());
    }
}
