-- What is left to pay of each installment, kept with every save of its contract (the payments
-- allocated oldest due first, as the domain does), and its sum per holder, currency and due day
-- over the contracts in force or fulfilled: the aging report reads these sums instead of
-- allocating every payment of the company at read time (docs/benchmarks.md, "Deals").
ALTER TABLE contract_installment ADD COLUMN outstanding numeric(19,4);
UPDATE contract_installment i SET outstanding = a.left_to_pay
FROM (SELECT i.contract_id, i.seq,
             i.amount - LEAST(i.amount, GREATEST(
               COALESCE((SELECT sum(p.amount) FROM contract_payment p
                         WHERE p.contract_id = i.contract_id AND p.reversal_reason IS NULL), 0)
               - (sum(i.amount) OVER (PARTITION BY i.contract_id ORDER BY i.seq) - i.amount), 0)) AS left_to_pay
      FROM contract_installment i) a
WHERE a.contract_id = i.contract_id AND a.seq = i.seq;
ALTER TABLE contract_installment ALTER COLUMN outstanding SET NOT NULL;
CREATE INDEX contract_installment_open_due_idx ON contract_installment (due_on) WHERE outstanding > 0;

-- A team of '' stands for records without a team (a key has no nulls).
CREATE TABLE receivable_due (
    owner_id     varchar(255)  NOT NULL,
    team         varchar(100)  NOT NULL,
    currency     varchar(3)    NOT NULL,
    due_on       date          NOT NULL,
    outstanding  numeric(19,4) NOT NULL,
    PRIMARY KEY (owner_id, team, currency, due_on)
);
CREATE INDEX receivable_due_team_idx ON receivable_due (team);
INSERT INTO receivable_due (owner_id, team, currency, due_on, outstanding)
SELECT c.owner_id, COALESCE(c.team, ''), c.currency, i.due_on, sum(i.outstanding)
FROM contract_installment i JOIN contract c ON c.id = i.contract_id
WHERE c.status IN ('ACTIVE', 'COMPLETED') AND i.outstanding > 0
GROUP BY 1, 2, 3, 4;
