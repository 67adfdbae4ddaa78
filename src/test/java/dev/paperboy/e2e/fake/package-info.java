/**
 * A fake Discord for end-to-end tests: the real bot, with real JDA, talks to it on 127.0.0.1.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *     // start the bot with DISCORD_API_URL=discord.apiBase() and the token discord.token()
 *     discord.awaitReady(Duration.ofSeconds(20));
 *     discord.awaitGlobalCommands(Duration.ofSeconds(10));
 *     Interaction cmd = discord.slash(FakeDiscord.ADMIN_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW",
 *             "paper", Option.string("section", "courses"));
 *     RecordedRequest callback = cmd.awaitCallback(Duration.ofSeconds(5));   // body: callback.json()
 *     RecordedMessage shown = cmd.awaitMessage(Duration.ofSeconds(5));       // what the user sees
 *     Interaction next = discord.button(FakeDiscord.ADMIN_USER_ID, FakeDiscord.PAPERS_CHANNEL_ID, "zh-TW",
 *             shown.customIds().get(0), shown);
 *     discord.failNext("POST", "channels/\\d+/messages", 503, 1);
 *     discord.dropGatewayConnection();
 *     discord.awaitReady(Duration.ofSeconds(10));
 *     // exactly once: a busy channel, a lost answer, a slow one, permissions and guilds changing
 *     discord.chatter(FakeDiscord.PAPERS_CHANNEL_ID, 500);                  // a member's messages, now
 *     discord.plantMessage(FakeDiscord.PAPERS_CHANNEL_ID, FakeDiscord.BOT_USER_ID,
 *             Instant.now().minus(Duration.ofHours(3)), body);                // an earlier post
 *     discord.createThenFailNext("POST", "channels/\\d+/messages", 500, 1); // stored, answered 500
 *     discord.delayNext("POST", "channels/\\d+/messages", Duration.ofSeconds(12), 1); // past OkHttp's 10 s
 *     discord.channelHistory(FakeDiscord.PAPERS_CHANNEL_ID);                // what GET .../messages pages
 *     discord.channelPostCounts();                                          // messages POST created
 *     discord.denyBotPermission(FakeDiscord.PAPERS_CHANNEL_ID, Permissions.SEND_MESSAGES); // + CHANNEL_UPDATE
 *     discord.removeBotFromGuild(FakeDiscord.GUILD_ID);                     // GUILD_DELETE; REST 403 50001
 *     discord.addBotToGuild(FakeDiscord.GUILD_ID);                          // GUILD_CREATE again
 *     discord.threads();                        // threads created (a message's thread has its id)
 *     discord.deleteRole(FakeDiscord.STUDY_ROLE_ID);                        // GUILD_ROLE_DELETE
 * } // stop the bot before this closes
 * }</pre>
 *
 * <h2>What JDA 6.5.0 needs, learned from its sources and checked by {@code FakeDiscordIT}</h2>
 *
 * <ul>
 *   <li>The shard manager calls {@code GET gateway/bot} twice at login (once for the shard total,
 *       once through the session controller for the URL), then {@code GET users/@me}.
 *   <li>Every interaction response is {@code POST interactions/{id}/{token}/callback?with_response=true}.
 *       JDA accepts 204, but when the answer is JSON it reads {@code resource.message} into the hook's
 *       callback response; the fake answers 200 with Discord's callback object
 *       ({@code interaction{id,type,response_message_id,...}}, {@code resource{type, message}}) and
 *       204 without the query parameter.
 *   <li>Channel, user and role options are looked up in {@code data.resolved}; a channel option
 *       without {@code resolved.channels} makes {@code OptionMapping#getAsChannel()} fail. The fake
 *       adds it (with the invoking member's {@code permissions} in that channel).
 *   <li>RESUME: JDA resumes at once (no back-off) when it has a session id. The fake accepts it and
 *       answers RESUMED (default, {@link dev.paperboy.e2e.fake.FakeDiscord.ResumeMode#RESUME}); it
 *       does not replay events missed while disconnected (it sends none then: {@code slash()} fails
 *       with "call awaitReady first"). With {@code ResumeMode.INVALIDATE} it answers op 9 false:
 *       JDA drops its cache and re-IDENTIFYs through its session queue, which costs about 7 s
 *       (2 s back-off plus the 5 s IDENTIFY spacing), so prefer RESUME unless that path is the test.
 *   <li>Rate limits: JDA reads {@code Retry-After} as whole seconds and takes the larger of it and the
 *       body's {@code retry_after} rounded up, so any 429 costs at least a second. A 429 without a
 *       {@code Via} header is taken for a Cloudflare ban of every route; the fake sends
 *       {@code Via: 1.1 google} on every answer, as Discord does. JDA ignores a global limit on
 *       interaction routes (as Discord exempts them), so the fake's global mode skips
 *       {@code interactions/} and {@code webhooks/}.
 *   <li>JDA retries 502, 503, 504 and 52x itself (4 attempts, 0.5 s then 1 s ...), never 500: a 500
 *       fails the RestAction with {@code ErrorResponseException} (isServerError()).
 *   <li>JDA checks permissions from its cache before sending: a post to {@code announcements} fails
 *       with {@code InsufficientPermissionException} and never reaches the fake. To test a refusal by
 *       the server, use {@code denyChannel} (403 50013) or {@code deleteChannel} (404 10003).
 *   <li>With {@code createLight} (MemberCachePolicy.NONE) only the bot's own member is cached; other
 *       members exist for JDA only inside interactions, built from the interaction's {@code member}.
 * </ul>
 *
 * <h2>What Discord does in the hard cases of posting exactly once, and where that is written</h2>
 *
 * <ul>
 *   <li>History ({@code History}): Get Channel Messages
 *       (https://discord.com/developers/docs/resources/message#get-channel-messages) answers newest
 *       first; {@code before}/{@code after}/{@code around} are mutually exclusive (the fake answers
 *       400 when several come); {@code limit} 1-100, default 50 (400 50035 outside). JDA reads
 *       {@code after} pages newest first too (MessageHistory#retrieveFuture, and
 *       MessagePaginationActionImpl reverses FORWARD pages). Without READ_MESSAGE_HISTORY "no messages
 *       will be returned": 200 and {@code []}; without VIEW_CHANNEL 403 50001. Public interaction
 *       replies are channel messages by the bot user with type 20, {@code interaction_metadata} and
 *       the deprecated {@code interaction}; ephemeral ones are not in the history.
 *   <li>Nonces ({@code NonceWindow}): Create Message's {@code enforce_nonce}
 *       "checked for uniqueness in the past few minutes. If another message was created by the same
 *       author with the same nonce, that message will be returned and no new message will be
 *       created"; nonce up to 25 characters. JDA 6.5 sends {@code enforce_nonce: true} on every
 *       send, with a random nonce unless {@code setNonce} gave one.
 *   <li>JDA's {@code RestAction#timeout} only fails a request not yet sent; one in flight ends by
 *       OkHttp's read timeout (10 s by default) and JDA sends it once more with the same body
 *       (Requester, retry on SocketTimeoutException). {@code delayNext} makes that happen.
 *   <li>Guilds ({@code GuildMembership}): GUILD_DELETE without
 *       {@code unavailable} means the bot was removed (gateway events docs, Guild Delete); REST then
 *       answers 403 50001 (Discord staff, discord/discord-api-docs#1716); an outage guild gets
 *       GUILD_DELETE unavailable, also instead of its GUILD_CREATE after an IDENTIFY (Guild Create).
 *   <li>CHANNEL_UPDATE carries the full channel with {@code permission_overwrites}; JDA's
 *       ChannelUpdateHandler applies them to its permission cache.
 *   <li>Shards: {@code shard_id = (guild_id >> 22) % num_shards} (gateway docs, Sharding); events
 *       without a guild go to shard 0.
 *   <li>Threads (Start Thread from Message): one per message, with the message's id; a second
 *       answers 400 160004. Roles: "Study Group" is mentionable, "Quiet Readers" is not; a message's
 *       {@code mention_roles} are the {@code <@&id>} of its content that {@code allowed_mentions} lets through.
 * </ul>
 *
 * <h2>Strictness</h2>
 *
 * The fake refuses, as Discord or its client would: option values that do not fit the registered
 * command (names, types, required, choices, ranges); clicks on a custom_id the message does not have,
 * on a disabled button or on someone else's ephemeral message; a second acknowledgement (400 40060);
 * webhook calls before the callback (404 10015); and payloads over Discord's limits (400 50035:
 * embed sizes, 25 fields, 10 embeds, 6000 characters, 5 action rows, custom_id 100, 25
 * autocomplete choices of 100 characters, command names lower case 1-32, descriptions 1-100).
 */
package dev.paperboy.e2e.fake;
