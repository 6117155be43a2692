-- The outbox: every domain event, written in the transaction of the change it describes, read by
-- the event feed (and later by webhook deliveries) in feed order.
--
-- Feed order is (feed_order, position). feed_order is the writing transaction's id, or, when the
-- subject's previous event has a larger one, that one: so a subject's events keep the order they
-- happened in even when an older transaction changes it after a newer one committed. The feed
-- only shows events whose feed_order is below the oldest transaction still running
-- (pg_snapshot_xmin), so an event committed late never lands before a position already read.
CREATE TABLE domain_event (
    position        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed_order      bigint      NOT NULL,
    id              uuid        NOT NULL UNIQUE,
    type            text        NOT NULL,
    subject_type    text        NOT NULL,
    subject_id      uuid        NOT NULL,
    subject_version bigint      NOT NULL,
    occurred_at     timestamptz NOT NULL,
    actor_kind      text        NOT NULL,
    actor_id        text        NOT NULL,
    reason          text,
    changes         jsonb       NOT NULL,
    refs            jsonb       NOT NULL
);

CREATE INDEX domain_event_feed ON domain_event (feed_order, position);
CREATE INDEX domain_event_type_feed ON domain_event (type, feed_order, position);
CREATE INDEX domain_event_subject ON domain_event (subject_id, feed_order DESC);
CREATE INDEX domain_event_occurred ON domain_event (occurred_at);

CREATE FUNCTION domain_event_feed_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.feed_order := greatest(
        pg_current_xact_id()::text::bigint,
        coalesce((SELECT max(e.feed_order) FROM domain_event e WHERE e.subject_id = NEW.subject_id), 0));
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_feed_order BEFORE INSERT ON domain_event
    FOR EACH ROW EXECUTE FUNCTION domain_event_feed_order();
