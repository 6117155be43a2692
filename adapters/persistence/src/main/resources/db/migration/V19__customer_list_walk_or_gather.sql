-- A filtered customer list either walks its scope in its order, testing the filters on each row,
-- or, when the matches are too sparse to walk to, finds them by their filters and sorts them
-- (CustomerReadModel; docs/benchmarks.md, "Every query fast").
--
-- Walking: the scope (a rep's, a team's, everyone's) in every order the list offers. The team's
-- and the rep's creation orders were missing (a team's list by creation date walked the whole
-- company's creation index and dropped the other teams' rows).
CREATE INDEX customer_team_created_idx  ON customer (team, created_at, id)     WHERE archived_at IS NULL;
CREATE INDEX customer_owner_created_idx ON customer (owner_id, created_at, id) WHERE archived_at IS NULL;

-- Gathering: one GIN index over the equality filters, whose posting lists PostgreSQL intersects
-- for any combination, skipping through the long lists of common values (team east, importance
-- normal) by the short list of a rare one: a team's customers of one province and importance
-- (485 of 1.5 million) in ~3 ms of index, where the province's btree alone gave 24 000 rows to
-- fetch and test. btree_gin gives GIN the plain equality of text columns.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX customer_filters_idx ON customer
    USING gin (team, owner_id, industry, province, city, importance, demand_status)
    WITH (fastupdate = off) WHERE archived_at IS NULL;

-- The filter-then-name-order indexes served lists that now walk the scope's own order or gather
-- by the GIN index above; each was one more index for every customer write.
DROP INDEX customer_industry_idx;
DROP INDEX customer_region_idx;
DROP INDEX customer_segment_idx;
