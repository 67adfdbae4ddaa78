# Build: the jar, with Maven, from the sources (tests run in CI, not here).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
RUN mvn -B -q package -DskipTests

# Run: a JRE, the jar, the shipped catalogue, and a user that is not root.
FROM eclipse-temurin:17-jre
# A CJK font (WenQuanYi Micro Hei, about 5 MB) so that the zh-TW progress picture is drawn in
# Chinese; the image has DejaVu only, and without this the picture falls back to English words
# (dev.paperboy.learn.ProgressPicture#drawable). Java finds it through fontconfig.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --home-dir /app paperboy
WORKDIR /app
COPY --from=build /src/target/paperboy.jar /app/paperboy.jar
COPY data/catalogue.json data/LICENSE-catalogue.md /app/data/
COPY config/paperboy.example.json /app/config/paperboy.example.json
RUN mkdir -p /app/data/state /app/config && chown -R paperboy /app/data/state /app/config
# Class data sharing (AppCDS): one training run of the jar records the classes it loads into
# /app/paperboy.jsa, which every start then maps instead of loading and verifying them again (see
# docs/benchmarks.md, "Start-up against a floor"). It runs here, with the JRE that runs the bot
# (an archive only fits the JVM that wrote it), against an address where nothing listens: it reads
# the config and catalogue, opens and migrates SQLite, builds JDA and the metrics registry (the
# port is set for that alone: it exits before any server listens) and exits at login (status 1,
# expected). Classes of the gateway session and of the commands are not in it; they load as before.
# Should the archive not fit (another JVM), the JVM says so and starts without it.
RUN DISCORD_TOKEN=training DISCORD_API_URL=http://127.0.0.1:9/api/v10/ PAPERBOY_STATE_DIR=/tmp/training \
      PAPERBOY_HTTP_PORT=8080 \
      java -XX:ArchiveClassesAtExit=/app/paperboy.jsa -jar /app/paperboy.jar; \
    test -s /app/paperboy.jsa && rm -rf /tmp/training
USER paperboy
# config/paperboy.json is optional; state must outlive the container.
VOLUME ["/app/config", "/app/data/state"]
ENV PAPERBOY_STATE_DIR=/app/data/state
# The bot rewrites data/state/heartbeat every 10 s while every shard is connected to Discord;
# an older file means it is stuck or disconnected. No JVM starts for the check.
HEALTHCHECK --interval=60s --timeout=5s --start-period=120s --retries=3 \
  CMD find /app/data/state/heartbeat -mmin -2 | grep -q . || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/paperboy.jsa", "-jar", "/app/paperboy.jar"]
