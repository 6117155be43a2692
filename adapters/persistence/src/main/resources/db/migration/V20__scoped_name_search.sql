-- A name search that cannot walk to its page scores every match; with the team and the owner in
-- the trigram index, a team's or a rep's search scores only the matches in its scope, where the
-- name-only index gave every match in the company to fetch and drop (a manager's search for a
-- city: 25 000 matches, 0.3 s; now the team's, 3 ms; docs/benchmarks.md, "Every query fast").
-- GIN serves any subset of its columns, so searches across the company use it too.
CREATE INDEX customer_scoped_name_trgm_idx ON customer
    USING gin (team, owner_id, search_name gin_trgm_ops)
    WITH (fastupdate = off) WHERE archived_at IS NULL;
DROP INDEX customer_name_trgm_idx;
