-- Learners' marks (/learn): user, item, kind and time, nothing else; /learn forget deletes a
-- user's rows. item is "p.<paper id>" or "r.<resource id>"; kind is READ, DONE or SAVED.
CREATE TABLE mark (
    user_id   BIGINT      NOT NULL,
    item      VARCHAR(80) NOT NULL,
    kind      VARCHAR(8)  NOT NULL,
    marked_at BIGINT      NOT NULL, -- epoch milliseconds
    PRIMARY KEY (user_id, item, kind)
);
