-- A customer's deal status, kept with every save of an opportunity or contract that changes it
-- (CustomerDealStatus): lists filtered by it tested two EXISTS probes on every row and could not
-- find their rows by index (docs/benchmarks.md, "Every query fast"). Closed: a contract in force or
-- fulfilled; negotiating: otherwise an open opportunity; potential: neither.
ALTER TABLE customer ADD COLUMN deal_status varchar(12) NOT NULL DEFAULT 'POTENTIAL'
    CHECK (deal_status IN ('POTENTIAL', 'NEGOTIATING', 'CLOSED'));

UPDATE customer c SET deal_status = 'CLOSED'
WHERE EXISTS (SELECT 1 FROM contract k WHERE k.customer_id = c.id AND k.status IN ('ACTIVE', 'COMPLETED'));
UPDATE customer c SET deal_status = 'NEGOTIATING'
WHERE c.deal_status = 'POTENTIAL'
  AND EXISTS (SELECT 1 FROM opportunity o WHERE o.customer_id = c.id AND o.status = 'OPEN');

-- The filters' index takes the deal status too.
DROP INDEX customer_filters_idx;
CREATE INDEX customer_filters_idx ON customer
    USING gin (team, owner_id, industry, province, city, importance, demand_status, deal_status)
    WITH (fastupdate = off) WHERE archived_at IS NULL;
ANALYZE customer;
