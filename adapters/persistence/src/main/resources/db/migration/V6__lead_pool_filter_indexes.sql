-- The pool listing filters by source or industry, newest or best first. Without these indexes a
-- filter walked the pool's order and skipped every pooled lead of other values: after a burst of
-- 30 000 web-form captures, the newest REFERRAL leads took 62 ms to find, and a value with few or
-- no pooled leads scanned the whole lead table (1 million leads: 127 ms with parallel workers,
-- which the service's connections do not use). Not built CONCURRENTLY: Flyway keeps a transaction
-- open on its lock connection, which a concurrent build would wait for forever; on 750 000 pooled
-- leads the four builds hold writes to leads for about 4 s.
CREATE INDEX lead_pool_source_created_idx
    ON lead (source, created_at DESC, id DESC) WHERE status = 'POOL';
CREATE INDEX lead_pool_source_score_idx
    ON lead (source, score DESC, id DESC) WHERE status = 'POOL';
CREATE INDEX lead_pool_industry_created_idx
    ON lead (industry, created_at DESC, id DESC) WHERE status = 'POOL';
CREATE INDEX lead_pool_industry_score_idx
    ON lead (industry, score DESC, id DESC) WHERE status = 'POOL';
