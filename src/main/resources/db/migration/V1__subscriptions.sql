-- Plain SQL that SQLite and PostgreSQL both read the same way.

-- One row per channel. The subscription itself is its JSON document (the same one the JSON-file
-- era wrote, so every field the domain adds needs no migration); guild and revision are columns
-- because the store looks rows up by them.
CREATE TABLE subscription (
    channel_id  BIGINT       NOT NULL PRIMARY KEY,
    guild_id    BIGINT       NOT NULL,
    -- from revision_counter: every write takes the next number, so a process reads what others
    -- changed with "revision > the last it saw", and a write names the revision it changed
    revision    BIGINT       NOT NULL,
    -- null once removed, so the removal reaches the other processes too
    document    TEXT,
    -- the process posting to the channel now, and until when (epoch milliseconds)
    lease_owner VARCHAR(200),
    lease_until BIGINT
);

CREATE INDEX subscription_by_guild ON subscription (guild_id);
CREATE INDEX subscription_by_revision ON subscription (revision);

-- One row. Taking the next revision locks it until commit, so revisions commit in order and a
-- reader never skips one that commits late.
CREATE TABLE revision_counter (
    id    INTEGER NOT NULL PRIMARY KEY,
    value BIGINT  NOT NULL
);

INSERT INTO revision_counter (id, value) VALUES (1, 0);
