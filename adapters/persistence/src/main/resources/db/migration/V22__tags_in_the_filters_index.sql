-- The tags join the other equality filters in one GIN index: a tag and a city, an industry or an
-- importance are gathered together by intersecting their posting lists, where two separate GIN
-- indexes were each read whole before their bitmaps were combined (a tag with a dense filter took
-- 60-100 ms; docs/benchmarks.md, "Every query fast").
DROP INDEX customer_filters_idx;
CREATE INDEX customer_filters_idx ON customer
    USING gin (team, owner_id, industry, province, city, importance, demand_status, deal_status, tags)
    WITH (fastupdate = off) WHERE archived_at IS NULL;
DROP INDEX customer_tags_idx;
