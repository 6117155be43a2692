-- The forecast's money per holder, currency, stage and month, kept with every save of an
-- opportunity: open deals with an amount and a close date in their close month, won deals in the
-- month they were won (in the business's zone). The forecast adds up these rows with the stages'
-- probabilities and commit marks as they are now, instead of every deal of its range (a team's
-- year read ~146 000 deals, ~160 ms; docs/benchmarks.md, "Deals").
CREATE TABLE forecast_month (
    team      varchar(100)  NOT NULL,
    month     date          NOT NULL,
    owner_id  varchar(255)  NOT NULL,
    currency  varchar(3)    NOT NULL,
    status    varchar(4)    NOT NULL CHECK (status IN ('OPEN', 'WON')),
    stage_id  uuid          NOT NULL REFERENCES pipeline_stage (id),
    amount    numeric(19,4) NOT NULL,
    deals     bigint        NOT NULL,
    PRIMARY KEY (team, month, owner_id, currency, status, stage_id)
);
CREATE INDEX forecast_month_owner_idx ON forecast_month (owner_id, month);
CREATE INDEX forecast_month_month_idx ON forecast_month (month);

-- Opportunities stored before this migration, won ones read in the default business zone.
INSERT INTO forecast_month (team, month, owner_id, currency, status, stage_id, amount, deals)
SELECT COALESCE(team, ''),
       CAST(date_trunc('month', CASE WHEN status = 'OPEN' THEN CAST(expected_close_date AS timestamp)
            ELSE closed_at AT TIME ZONE 'Asia/Shanghai' END) AS date),
       owner_id, currency, status, stage_id, sum(amount), count(*)
FROM opportunity
WHERE amount IS NOT NULL
  AND ((status = 'OPEN' AND expected_close_date IS NOT NULL) OR status = 'WON')
GROUP BY 1, 2, 3, 4, 5, 6;

-- The forecast no longer reads the deals themselves.
DROP INDEX opportunity_team_open_close_idx;
DROP INDEX opportunity_team_won_idx;
