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
