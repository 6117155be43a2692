-- The opportunity list of a rep or a team in close-date and amount order (the same expressions as
-- the list's sort keys): measured with bench/deals.sh, a team's list walked the company-wide
-- indexes and dropped the other teams' rows (docs/benchmarks.md, "Deals").
CREATE INDEX opportunity_team_close_date_idx  ON opportunity (team, (COALESCE(expected_close_date, DATE 'infinity')), id);
CREATE INDEX opportunity_owner_close_date_idx ON opportunity (owner_id, (COALESCE(expected_close_date, DATE 'infinity')), id);
CREATE INDEX opportunity_team_amount_idx      ON opportunity (team, (COALESCE(amount, -1)), id);
CREATE INDEX opportunity_owner_amount_idx     ON opportunity (owner_id, (COALESCE(amount, -1)), id);
