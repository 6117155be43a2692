-- Revenue per holder, currency and day, kept with every save of a contract: contracted (a contract
-- that came into force, on the day it was signed, or came into force in the business's zone) and
-- collected (payments that count, on the day they were received). Revenue reports sum these rows
-- instead of every contract and payment of their range (docs/benchmarks.md, "Deals").
CREATE TABLE revenue_day (
    owner_id    varchar(255)  NOT NULL,
    team        varchar(100)  NOT NULL,
    currency    varchar(3)    NOT NULL,
    day         date          NOT NULL,
    contracted  numeric(19,4) NOT NULL,
    collected   numeric(19,4) NOT NULL,
    PRIMARY KEY (owner_id, team, currency, day)
);
CREATE INDEX revenue_day_team_day_idx ON revenue_day (team, day);
CREATE INDEX revenue_day_day_idx ON revenue_day (day);

-- Contracts stored before this migration, their activation day read in the default business zone.
INSERT INTO revenue_day (owner_id, team, currency, day, contracted, collected)
SELECT owner_id, team, currency, day, sum(contracted), sum(collected)
FROM (
  SELECT c.owner_id, COALESCE(c.team, '') AS team, c.currency,
         COALESCE(c.signed_on, CAST(c.activated_at AT TIME ZONE 'Asia/Shanghai' AS date)) AS day,
         c.amount AS contracted, 0 AS collected
  FROM contract c WHERE c.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')
  UNION ALL
  SELECT c.owner_id, COALESCE(c.team, ''), c.currency, p.received_on, 0, p.amount
  FROM contract_payment p JOIN contract c ON c.id = p.contract_id
  WHERE p.reversal_reason IS NULL
) revenue
GROUP BY 1, 2, 3, 4;
