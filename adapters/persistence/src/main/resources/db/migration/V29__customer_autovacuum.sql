-- The customer lists walk index-only scans (V23), which read a row from the table too when its page
-- is not marked all-visible, i.e. changed since the last vacuum. With PostgreSQL's defaults a table
-- of a million customers is vacuumed after 200 000 changed or inserted rows: after 40 000 customer
-- updates (and before any vacuum) the benchmark's lists ran at 70 req/s, p50 8 ms; vacuumed, 249
-- req/s, p50 2.3 ms. So the customer table is vacuumed after 1 % of it changed or was inserted
-- (at least 1 000 rows), which keeps the newest customers, the first rows of a list by creation or
-- update, visible to the walks.
ALTER TABLE customer SET (
    autovacuum_vacuum_scale_factor = 0.01,
    autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_insert_scale_factor = 0.01,
    autovacuum_vacuum_insert_threshold = 1000,
    autovacuum_analyze_scale_factor = 0.02);
