-- Learners' marks (/learn): user, item, kind and time, nothing else; /learn forget deletes a
-- user's rows. item is "p.<paper id>" or "r.<resource id>"; kind is READ, DONE or SAVED.
-- present is 0 only inside the transaction of a press that clears the mark, which deletes the row
-- before it commits: it lets a press be one upsert that locks the row, so presses at once
-- serialize on both databases.
CREATE TABLE mark (
    user_id   BIGINT      NOT NULL,
    item      VARCHAR(80) NOT NULL,
    kind      VARCHAR(8)  NOT NULL,
    marked_at BIGINT      NOT NULL, -- epoch milliseconds
    present   INTEGER     NOT NULL DEFAULT 1,
    PRIMARY KEY (user_id, item, kind)
);
