-- The feed order is now computed by the outbox's insert itself (one statement per save, with the
-- same rule as before: the writing transaction's id, raised to the subject's last feed order), so
-- the per-row trigger goes: it cost a PL/pgSQL call and a lookup per event.
DROP TRIGGER domain_event_feed_order ON domain_event;
DROP FUNCTION domain_event_feed_order();
