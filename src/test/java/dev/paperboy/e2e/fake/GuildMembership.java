package dev.paperboy.e2e.fake;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which guilds the bot is in, and which are down. Guarded by the fake's lock.
 *
 * <ul>
 *   <li>Removed (kicked, or the guild deleted): Discord sends GUILD_DELETE without
 *       {@code unavailable} ("If the unavailable field is not set, the user was removed from the
 *       guild", https://discord.com/developers/docs/events/gateway-events#guild-delete), leaves the
 *       guild out of later READYs, and answers REST on its channels and members 403 50001 Missing
 *       Access (Discord staff on discord/discord-api-docs#1716: 50001 "would seem your bot is not a
 *       member of the guild").
 *   <li>Outage: GUILD_DELETE with {@code unavailable: true}; an IDENTIFY meanwhile lists it in
 *       READY and sends GUILD_DELETE unavailable instead of its GUILD_CREATE ("Guilds that are
 *       unavailable due to an outage will send a Guild Delete event",
 *       https://discord.com/developers/docs/events/gateway-events#guild-create). When it is back, a
 *       full GUILD_CREATE. REST keeps working during an outage in the fake (Discord does not say).
 * </ul>
 */
final class GuildMembership {
    private final Set<String> removed = new HashSet<>();
    private final Set<String> down = new HashSet<>();

    boolean isMember(String guildId) {
        return !removed.contains(guildId);
    }

    /** A member and not in an outage: its events reach the bot. */
    boolean isAvailable(String guildId) {
        return isMember(guildId) && !down.contains(guildId);
    }

    void remove(String guildId) {
        removed.add(guildId);
        down.remove(guildId);
    }

    void add(String guildId) {
        removed.remove(guildId);
    }

    void outage(String guildId) {
        down.add(guildId);
    }

    void back(String guildId) {
        down.remove(guildId);
    }

    /** 403 50001 for REST on a guild (or its channels) the bot is not in. */
    Optional<FakeRest.Reply> access(String guildId) {
        return isMember(guildId) ? Optional.empty() : Optional.of(FakeRest.Reply.error(403, 50001, "Missing Access"));
    }
}
