-- Benchmark data for deals, set-based: :opportunities opportunities in the standard pipeline (with
-- their stage visits) for random customers, and :contracts contracts with 10 monthly installments
-- each and a payment for each installment paid so far. Opportunities and contracts are held by
-- their customer's owner and team. Usage:
--   psql -v opportunities=1000000 -v contracts=300000 -f bench/generate-deals.sql
\set ON_ERROR_STOP on
SELECT setseed(0.17);

-- Opportunities: stage 1-4 open (70 %), won (15 %), lost (15 %); early stages may lack an amount
-- and a close date, later ones have both (as the stages require).
CREATE TEMP TABLE deal AS
SELECT gen_random_uuid() AS id, c.id AS customer_id, c.owner_id, c.team, d.position, d.created_at,
       CASE WHEN d.position <= 2 AND random() < 0.3 THEN NULL
            ELSE round((10000 + random() * 990000)::numeric, 2) END AS amount,
       (d.created_at + (30 + floor(random() * 150)) * interval '1 day')::date AS close_date,
       CASE WHEN d.position <= 2 THEN d.position ELSE 1 + floor(random() * 4)::int END AS reached
FROM (SELECT id, owner_id, team FROM customer WHERE archived_at IS NULL ORDER BY random()
      LIMIT :opportunities) c
CROSS JOIN LATERAL (
  SELECT CASE WHEN r < 0.25 THEN 1 WHEN r < 0.45 THEN 2 WHEN r < 0.58 THEN 3 WHEN r < 0.70 THEN 4
              WHEN r < 0.85 THEN 5 ELSE 6 END AS position,
         now() - random() * interval '730 days' AS created_at
  FROM (SELECT random() AS r, c.id) x) d;
UPDATE deal SET amount = round((10000 + random() * 990000)::numeric, 2) WHERE amount IS NULL AND position >= 3;
-- The stages visited: up to the current open one, or up to the one reached before winning/losing.
CREATE TEMP TABLE visit AS
SELECT d.id AS opportunity_id, s.seq,
       CASE WHEN d.position <= 4 OR s.seq <= d.reached THEN s.seq ELSE d.position END AS position,
       d.created_at + (s.seq - 1) * interval '10 days' AS entered_at,
       CASE WHEN s.seq < s.last THEN d.created_at + s.seq * interval '10 days' END AS left_at
FROM deal d
CROSS JOIN LATERAL (
  SELECT g AS seq, CASE WHEN d.position <= 4 THEN d.position ELSE d.reached + 1 END AS last
  FROM generate_series(1, CASE WHEN d.position <= 4 THEN d.position ELSE d.reached + 1 END) g) s;

INSERT INTO opportunity (id, customer_id, pipeline_id, stage_id, status, name, amount, currency,
                         expected_close_date, source, owner_id, team, closed_at, created_at,
                         updated_at, version)
SELECT d.id, d.customer_id, '7e1f0000-0000-4000-8000-000000000000',
       ('7e1f0000-0000-4000-8000-00000000000' || d.position)::uuid,
       CASE d.position WHEN 5 THEN 'WON' WHEN 6 THEN 'LOST' ELSE 'OPEN' END,
       'Deal ' || left(d.id::text, 8), d.amount, CASE WHEN d.amount IS NOT NULL THEN 'CNY' END,
       d.close_date, 'trade fair', d.owner_id, d.team,
       CASE WHEN d.position >= 5 THEN d.created_at + d.reached * interval '10 days' END,
       d.created_at, d.created_at + (CASE WHEN d.position <= 4 THEN d.position ELSE d.reached + 1 END - 1) * interval '10 days', 0
FROM deal d;
UPDATE opportunity SET lost_reason = 'Price' WHERE status = 'LOST';
-- The forecast's monthly sums, as the service keeps them with every save.
INSERT INTO forecast_month (team, month, owner_id, currency, status, stage_id, amount, deals)
SELECT COALESCE(o.team, ''),
       CAST(date_trunc('month', CASE WHEN o.status = 'OPEN' THEN CAST(o.expected_close_date AS timestamp)
            ELSE o.closed_at AT TIME ZONE 'Asia/Shanghai' END) AS date),
       o.owner_id, o.currency, o.status, o.stage_id, sum(o.amount), count(*)
FROM opportunity o JOIN deal d ON d.id = o.id
WHERE o.amount IS NOT NULL AND o.status IN ('OPEN', 'WON')
GROUP BY 1, 2, 3, 4, 5, 6
ON CONFLICT (team, month, owner_id, currency, status, stage_id) DO UPDATE
SET amount = forecast_month.amount + EXCLUDED.amount, deals = forecast_month.deals + EXCLUDED.deals;
INSERT INTO opportunity_stage_visit (opportunity_id, seq, stage_id, entered_at, left_at)
SELECT opportunity_id, seq - 1, ('7e1f0000-0000-4000-8000-00000000000' || position)::uuid,
       entered_at, left_at
FROM visit;

-- Contracts: 85 % active, 8 % completed, 4 % drafts, 3 % waiting for a manager's approval.
CREATE TEMP TABLE deal_contract AS
SELECT gen_random_uuid() AS id, row_number() OVER () AS n, c.id AS customer_id, c.owner_id, c.team,
       round((1000 + random() * 50000)::numeric, 2) AS installment,
       ('2024-12-01'::date + floor(random() * 730)::int) AS signed_on,
       CASE WHEN r < 0.85 THEN 'ACTIVE' WHEN r < 0.93 THEN 'COMPLETED'
            WHEN r < 0.97 THEN 'DRAFT' ELSE 'PENDING_APPROVAL' END AS status
FROM (SELECT id, owner_id, team, random() AS r FROM customer WHERE archived_at IS NULL
      ORDER BY random() LIMIT :contracts) c;
INSERT INTO contract (id, number, customer_id, title, amount, currency, signed_on, starts_on,
                      ends_on, status, approval, pending_level, owner_id, team, activated_at,
                      created_at, updated_at, version)
SELECT id, 'BENCH-' || lpad(n::text, 7, '0'), customer_id, 'Contract ' || n, installment * 10,
       'CNY', signed_on, signed_on + 7, signed_on + 372, status,
       CASE WHEN status = 'PENDING_APPROVAL' THEN '{"levels":["TEAM_MANAGER"],"decisions":[]}'::jsonb END,
       CASE WHEN status = 'PENDING_APPROVAL' THEN 'TEAM_MANAGER' END,
       owner_id, team,
       CASE WHEN status IN ('ACTIVE', 'COMPLETED') THEN signed_on::timestamptz END,
       signed_on::timestamptz, signed_on::timestamptz, 0
FROM deal_contract;
INSERT INTO contract_installment (contract_id, seq, due_on, amount, outstanding)
SELECT id, g, (signed_on + 7 + g * interval '1 month')::date, installment, installment
FROM deal_contract, generate_series(0, 9) g
WHERE status IN ('ACTIVE', 'COMPLETED');
-- Each installment due before today is paid with a chance of 80 %, in order (a contract's payments
-- stop at its first unpaid installment), some days after it fell due.
INSERT INTO contract_payment (id, contract_id, seq, received_on, amount, method)
SELECT gen_random_uuid(), contract_id, seq, due_on + floor(random() * 20)::int, amount, 'bank transfer'
FROM (SELECT i.*, bool_and(i.due_on < current_date AND random() < 0.8)
             OVER (PARTITION BY i.contract_id ORDER BY i.seq) AS paid
      FROM contract_installment i JOIN deal_contract d ON d.id = i.contract_id) p
WHERE paid;

-- Each payment pays one installment in full; what is left is kept per installment and summed per
-- holder and due day, as the service keeps it with every save.
UPDATE contract_installment i SET outstanding = 0
FROM contract_payment p JOIN deal_contract d ON d.id = p.contract_id
WHERE i.contract_id = p.contract_id AND i.seq = p.seq;
INSERT INTO receivable_due (owner_id, team, currency, due_on, outstanding)
SELECT c.owner_id, COALESCE(c.team, ''), c.currency, i.due_on, sum(i.outstanding)
FROM contract_installment i JOIN deal_contract d ON d.id = i.contract_id JOIN contract c ON c.id = d.id
WHERE c.status IN ('ACTIVE', 'COMPLETED') AND i.outstanding > 0
GROUP BY 1, 2, 3, 4
ON CONFLICT (owner_id, team, currency, due_on)
DO UPDATE SET outstanding = receivable_due.outstanding + EXCLUDED.outstanding;

-- Revenue per holder and day, as the service keeps it with every save.
INSERT INTO revenue_day (owner_id, team, currency, day, contracted, collected)
SELECT owner_id, team, currency, day, sum(contracted), sum(collected)
FROM (
  SELECT c.owner_id, COALESCE(c.team, '') AS team, c.currency, c.signed_on AS day,
         c.amount AS contracted, 0 AS collected
  FROM contract c JOIN deal_contract d ON d.id = c.id WHERE c.status IN ('ACTIVE', 'COMPLETED')
  UNION ALL
  SELECT c.owner_id, COALESCE(c.team, ''), c.currency, p.received_on, 0, p.amount
  FROM contract_payment p JOIN deal_contract d ON d.id = p.contract_id JOIN contract c ON c.id = d.id
) revenue
GROUP BY 1, 2, 3, 4
ON CONFLICT (owner_id, team, currency, day) DO UPDATE
SET contracted = revenue_day.contracted + EXCLUDED.contracted,
    collected = revenue_day.collected + EXCLUDED.collected;

ANALYZE opportunity;
ANALYZE opportunity_stage_visit;
ANALYZE contract;
ANALYZE contract_installment;
ANALYZE contract_payment;
ANALYZE receivable_due;
ANALYZE revenue_day;
ANALYZE forecast_month;
