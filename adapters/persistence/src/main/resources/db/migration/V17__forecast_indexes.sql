-- A team's forecast reads its open deals by close date and its won deals by win time, from these
-- covering indexes alone (measured with bench/deals.sh: a team's yearly forecast scanned the whole
-- opportunity table, docs/benchmarks.md, "Deals").
CREATE INDEX opportunity_team_open_close_idx ON opportunity (team, expected_close_date)
    INCLUDE (owner_id, stage_id, amount, currency) WHERE status = 'OPEN';
CREATE INDEX opportunity_team_won_idx ON opportunity (team, closed_at)
    INCLUDE (owner_id, stage_id, amount, currency) WHERE status = 'WON';
