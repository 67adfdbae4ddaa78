-- The papers each server got (/daily history). One row per channel and local day: a post found
-- again after a crash is recorded again and keeps the first row.
CREATE TABLE post_history (
    channel_id BIGINT      NOT NULL,
    day        VARCHAR(10) NOT NULL, -- ISO yyyy-mm-dd, the subscription's local day
    guild_id   BIGINT      NOT NULL,
    paper_id   VARCHAR(64) NOT NULL,
    message_id VARCHAR(20),          -- null when the poster could not tell it
    posted_at  BIGINT      NOT NULL, -- epoch milliseconds, when the post was confirmed
    PRIMARY KEY (channel_id, day)
);

CREATE INDEX post_history_by_guild ON post_history (guild_id, posted_at);
