-- A filtered customer list first walks its scope in its order, testing the filters on each row, up
-- to a budget; when that does not fill the page, it gathers its matches by their filters' index and
-- sorts them if there are few, else leaves the plan to PostgreSQL (CustomerReadModel;
-- docs/benchmarks.md, "Every query fast").
--
-- Walking: the scope (a rep's, a team's, everyone's) in every order the list offers. The team's
-- and the rep's creation orders were missing (a team's list by creation date walked the whole
-- company's creation index and dropped the other teams' rows).
CREATE INDEX customer_team_created_idx  ON customer (team, created_at, id)     WHERE archived_at IS NULL;
CREATE INDEX customer_owner_created_idx ON customer (owner_id, created_at, id) WHERE archived_at IS NULL;

-- Names begin with their city, so a province's or a city's customers lie far apart in name order:
-- walking it to them read most of the company (杭州 by name, descending: 0.55 s). A region's list
-- in name order reads its own index instead. A city lies in one province, so the city's index also
-- serves both filters together.
DROP INDEX customer_region_idx;
CREATE INDEX customer_province_name_idx ON customer (province, name, id) WHERE archived_at IS NULL;
CREATE INDEX customer_city_name_idx     ON customer (city, name, id)     WHERE archived_at IS NULL;

-- Gathering: one GIN index over the equality filters, whose posting lists PostgreSQL intersects
-- for any combination, skipping through the long lists of common values (team east, importance
-- normal) by the short list of a rare one: a team's customers of one province and importance
-- (485 of 1.5 million) in ~3 ms of index, where the province's btree alone gave 24 000 rows to
-- fetch and test. btree_gin gives GIN the plain equality of text columns.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX customer_filters_idx ON customer
    USING gin (team, owner_id, industry, province, city, importance, demand_status)
    WITH (fastupdate = off) WHERE archived_at IS NULL;

-- When many rows match, PostgreSQL chooses the plan by how many it expects a combination of filters
-- to match; the columns are correlated (a team works some provinces, cities lie in one province),
-- which per-column statistics cannot know.
CREATE STATISTICS customer_region_stats (dependencies, mcv) ON team, province, city FROM customer;
CREATE STATISTICS customer_segment_stats (dependencies, mcv)
    ON team, industry, importance, demand_status FROM customer;
ANALYZE customer;
