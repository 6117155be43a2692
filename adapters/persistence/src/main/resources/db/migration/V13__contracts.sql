-- Contracts (合同) with their approval, payment plan (回款计划), payments (回款) and invoices (开票).
-- Money is exact: numeric amounts in the contract's one currency.

-- What admins set: how numbers are made, when approval is needed (the built-in ones until then).
CREATE TABLE contract_settings (
    id                        smallint      PRIMARY KEY CHECK (id = 1),
    number_pattern            varchar(60)   NOT NULL,
    manager_above             numeric(19,4),
    admin_above               numeric(19,4),
    threshold_currency        varchar(3),
    manager_discount_above    numeric(5,2),
    created_at                timestamptz   NOT NULL,
    updated_at                timestamptz   NOT NULL,
    updated_by                varchar(255)  NOT NULL,
    version                   bigint        NOT NULL
);

-- The last sequence handed out per period ('2026-12', '2026' or '*'). Drawing one locks the
-- period's row until the drawing transaction ends, so numbers come without gaps and never twice.
CREATE TABLE contract_number_counter (
    period      varchar(7) PRIMARY KEY,
    last_value  bigint     NOT NULL
);

CREATE TABLE contract (
    id                  uuid PRIMARY KEY,
    number              varchar(60)   NOT NULL,
    customer_id         uuid          NOT NULL REFERENCES customer (id),
    opportunity_id      uuid          REFERENCES opportunity (id),
    title               varchar(200)  NOT NULL,
    amount              numeric(19,4) NOT NULL CHECK (amount >= 0),
    currency            varchar(3)    NOT NULL,
    line_items          jsonb         NOT NULL DEFAULT '[]',
    signed_on           date,
    starts_on           date,
    ends_on             date,
    attachments         jsonb         NOT NULL DEFAULT '[]',
    status              varchar(16)   NOT NULL
        CHECK (status IN ('DRAFT', 'PENDING_APPROVAL', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
    approval            jsonb,
    pending_level       varchar(12)   CHECK (pending_level IN ('TEAM_MANAGER', 'ADMIN')),
    rejection           varchar(1000),
    termination_reason  varchar(500),
    owner_id            varchar(255)  NOT NULL,
    team                varchar(100),
    activated_at        timestamptz,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL,
    CONSTRAINT contract_number_uq UNIQUE (number),
    CONSTRAINT contract_pending_has_level CHECK ((status = 'PENDING_APPROVAL') = (pending_level IS NOT NULL))
);

-- Keyset pages, newest first, per data scope; a customer's contracts (and 撞单: same customer,
-- amount and signing day); the approval queue.
CREATE INDEX contract_created_idx       ON contract (created_at DESC, id DESC);
CREATE INDEX contract_owner_created_idx ON contract (owner_id, created_at DESC, id DESC);
CREATE INDEX contract_team_created_idx  ON contract (team, created_at DESC, id DESC);
CREATE INDEX contract_customer_idx      ON contract (customer_id, signed_on, amount);
CREATE INDEX contract_pending_idx       ON contract (pending_level, team, updated_at, id) WHERE pending_level IS NOT NULL;

CREATE TABLE contract_installment (
    contract_id  uuid          NOT NULL REFERENCES contract (id),
    seq          smallint      NOT NULL,
    due_on       date          NOT NULL,
    amount       numeric(19,4) NOT NULL CHECK (amount > 0),
    PRIMARY KEY (contract_id, seq)
);
CREATE INDEX contract_installment_due_idx ON contract_installment (due_on);

CREATE TABLE contract_payment (
    id               uuid PRIMARY KEY,
    contract_id      uuid          NOT NULL REFERENCES contract (id),
    seq              integer       NOT NULL,
    received_on      date          NOT NULL,
    amount           numeric(19,4) NOT NULL CHECK (amount > 0),
    method           varchar(30)   NOT NULL,
    reference        varchar(100),
    reversal_reason  varchar(500),
    CONSTRAINT contract_payment_seq_uq UNIQUE (contract_id, seq)
);
CREATE INDEX contract_payment_received_idx ON contract_payment (received_on) WHERE reversal_reason IS NULL;

CREATE TABLE contract_invoice (
    id           uuid PRIMARY KEY,
    contract_id  uuid          NOT NULL REFERENCES contract (id),
    seq          integer       NOT NULL,
    number       varchar(50)   NOT NULL,
    issued_on    date          NOT NULL,
    amount       numeric(19,4) NOT NULL CHECK (amount > 0),
    type         varchar(12)   NOT NULL,
    CONSTRAINT contract_invoice_number_uq UNIQUE (number),
    CONSTRAINT contract_invoice_seq_uq UNIQUE (contract_id, seq)
);
