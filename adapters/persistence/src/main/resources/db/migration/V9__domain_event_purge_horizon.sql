-- Where the purge of old events has reached in feed order: a cursor before it would skip purged
-- events, so the feed answers 410 instead of reading on. One row, only ever moved forward.
CREATE TABLE domain_event_purge (
    single      boolean PRIMARY KEY DEFAULT true CHECK (single),
    feed_order  bigint NOT NULL,
    position    bigint NOT NULL
);
INSERT INTO domain_event_purge (feed_order, position) VALUES (0, 0);
