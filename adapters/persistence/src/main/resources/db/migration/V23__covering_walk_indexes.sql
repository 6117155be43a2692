-- A filtered list or a name search walks its scope in its order through one of these nine indexes,
-- testing the other filters (and the name match) on each row. With those columns in the index the
-- walk reads index pages only (an index-only scan; ~0.15 µs a row instead of ~3 µs when every row
-- was read from the table), so a walk can go five times as far for the same cost before the list
-- looks for its rows otherwise (docs/benchmarks.md, "Every query fast").
DROP INDEX customer_active_created_idx;
DROP INDEX customer_active_updated_idx;
DROP INDEX customer_active_name_idx;
DROP INDEX customer_team_created_idx;
DROP INDEX customer_team_updated_idx;
DROP INDEX customer_team_name_idx;
DROP INDEX customer_owner_created_idx;
DROP INDEX customer_owner_updated_idx;
DROP INDEX customer_owner_name_idx;

CREATE INDEX customer_active_created_idx ON customer (created_at, id)
    INCLUDE (industry, province, city, importance, demand_status, deal_status, tags, search_name)
    WHERE archived_at IS NULL;
CREATE INDEX customer_active_updated_idx ON customer (updated_at, id)
    INCLUDE (industry, province, city, importance, demand_status, deal_status, tags, search_name)
    WHERE archived_at IS NULL;
CREATE INDEX customer_active_name_idx ON customer (name, id)
    INCLUDE (industry, province, city, importance, demand_status, deal_status, tags, search_name)
    WHERE archived_at IS NULL;
CREATE INDEX customer_team_created_idx ON customer (team, created_at, id)
    INCLUDE (industry, province, city, importance, demand_status, deal_status, tags, search_name)
    WHERE archived_at IS NULL;
CREATE INDEX customer_team_updated_idx ON customer (team, updated_at, id)
    INCLUDE (industry, province, city, importance, demand_status, deal_status, tags, search_name)
    WHERE archived_at IS NULL;
CREATE INDEX customer_team_name_idx ON customer (team, name, id)
    INCLUDE (industry, province, city, importance, demand_status, deal_status, tags, search_name)
    WHERE archived_at IS NULL;
CREATE INDEX customer_owner_created_idx ON customer (owner_id, created_at, id)
    INCLUDE (industry, province, city, importance, demand_status, deal_status, tags, search_name)
    WHERE archived_at IS NULL;
CREATE INDEX customer_owner_updated_idx ON customer (owner_id, updated_at, id)
    INCLUDE (industry, province, city, importance, demand_status, deal_status, tags, search_name)
    WHERE archived_at IS NULL;
CREATE INDEX customer_owner_name_idx ON customer (owner_id, name, id)
    INCLUDE (industry, province, city, importance, demand_status, deal_status, tags, search_name)
    WHERE archived_at IS NULL;
