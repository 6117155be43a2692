-- Sales pipelines (销售流程) and their stages. A stage keeps its id through renames and reorders;
-- a stage taken out of a pipeline keeps its row (position NULL) so that the moves recorded through
-- it still name it.
CREATE TABLE pipeline (
    id          uuid PRIMARY KEY,
    name        varchar(100) NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     bigint       NOT NULL
);
CREATE UNIQUE INDEX pipeline_name_uq ON pipeline (lower(name));

CREATE TABLE pipeline_stage (
    id                uuid PRIMARY KEY,
    pipeline_id       uuid         NOT NULL REFERENCES pipeline (id),
    position          smallint,
    name              varchar(50)  NOT NULL,
    probability       numeric(5,2) NOT NULL CHECK (probability BETWEEN 0 AND 100),
    outcome           varchar(4)   NOT NULL CHECK (outcome IN ('OPEN', 'WON', 'LOST')),
    required_to_enter text[]       NOT NULL DEFAULT '{}',
    is_commit         boolean      NOT NULL DEFAULT false,
    -- Checked at commit: a reorder moves several stages through each other's positions.
    CONSTRAINT pipeline_stage_position_uq UNIQUE (pipeline_id, position) DEFERRABLE INITIALLY DEFERRED
);

-- The standard pipeline of every installation (the same ids as Pipeline.standard).
INSERT INTO pipeline (id, name, created_at, updated_at, version)
VALUES ('7e1f0000-0000-4000-8000-000000000000', 'Standard', now(), now(), 0);
INSERT INTO pipeline_stage (id, pipeline_id, position, name, probability, outcome, required_to_enter, is_commit)
VALUES
    ('7e1f0000-0000-4000-8000-000000000001', '7e1f0000-0000-4000-8000-000000000000', 0, 'Qualification',  10, 'OPEN', '{}', false),
    ('7e1f0000-0000-4000-8000-000000000002', '7e1f0000-0000-4000-8000-000000000000', 1, 'Needs analysis', 30, 'OPEN', '{}', false),
    ('7e1f0000-0000-4000-8000-000000000003', '7e1f0000-0000-4000-8000-000000000000', 2, 'Proposal',       50, 'OPEN', '{AMOUNT,EXPECTED_CLOSE_DATE}', false),
    ('7e1f0000-0000-4000-8000-000000000004', '7e1f0000-0000-4000-8000-000000000000', 3, 'Negotiation',    70, 'OPEN', '{AMOUNT,EXPECTED_CLOSE_DATE}', true),
    ('7e1f0000-0000-4000-8000-000000000005', '7e1f0000-0000-4000-8000-000000000000', 4, 'Won',           100, 'WON',  '{}', false),
    ('7e1f0000-0000-4000-8000-000000000006', '7e1f0000-0000-4000-8000-000000000000', 5, 'Lost',            0, 'LOST', '{}', false);

-- The reasons an opportunity may be lost for: one row once an admin has set them (the built-in
-- list until then).
CREATE TABLE lost_reasons (
    id          smallint     PRIMARY KEY CHECK (id = 1),
    reasons     text[]       NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(255) NOT NULL,
    version     bigint       NOT NULL
);

-- Opportunities (商机). Money is exact: the amount (the sum of the line totals when there are
-- lines) in its currency. Lines and contacts belong to the opportunity alone and are read with it.
CREATE TABLE opportunity (
    id                  uuid PRIMARY KEY,
    customer_id         uuid          NOT NULL REFERENCES customer (id),
    pipeline_id         uuid          NOT NULL REFERENCES pipeline (id),
    stage_id            uuid          NOT NULL REFERENCES pipeline_stage (id),
    status              varchar(4)    NOT NULL CHECK (status IN ('OPEN', 'WON', 'LOST')),
    name                varchar(200)  NOT NULL,
    amount              numeric(19,4) CHECK (amount >= 0),
    currency            varchar(3),
    line_items          jsonb         NOT NULL DEFAULT '[]',
    expected_close_date date,
    source              varchar(50),
    next_step           varchar(500),
    competitor          varchar(200),
    contacts            jsonb         NOT NULL DEFAULT '[]',
    lost_reason         varchar(200),
    closed_at           timestamptz,
    owner_id            varchar(255)  NOT NULL,
    team                varchar(100),
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL,
    version             bigint        NOT NULL,
    CONSTRAINT opportunity_amount_has_currency CHECK ((amount IS NULL) = (currency IS NULL)),
    CONSTRAINT opportunity_closed_when_won_or_lost CHECK ((status = 'OPEN') = (closed_at IS NULL))
);

-- Keyset pages per data scope and order (updated, close date, amount: without a close date a deal
-- sorts as the latest, without an amount as the smallest); a customer's deals; how many
-- opportunities a stage holds.
CREATE INDEX opportunity_updated_idx       ON opportunity (updated_at, id);
CREATE INDEX opportunity_owner_updated_idx ON opportunity (owner_id, updated_at, id);
CREATE INDEX opportunity_team_updated_idx  ON opportunity (team, updated_at, id);
CREATE INDEX opportunity_close_date_idx    ON opportunity ((COALESCE(expected_close_date, DATE 'infinity')), id);
CREATE INDEX opportunity_amount_idx        ON opportunity ((COALESCE(amount, -1)), id);
CREATE INDEX opportunity_customer_idx      ON opportunity (customer_id, status);
CREATE INDEX opportunity_stage_idx         ON opportunity (stage_id);

-- Every stage an opportunity was in, with entry and exit times: time in stage, stage conversion.
CREATE TABLE opportunity_stage_visit (
    opportunity_id uuid        NOT NULL REFERENCES opportunity (id),
    seq            smallint    NOT NULL,
    stage_id       uuid        NOT NULL REFERENCES pipeline_stage (id),
    entered_at     timestamptz NOT NULL,
    left_at        timestamptz,
    PRIMARY KEY (opportunity_id, seq)
);
CREATE INDEX opportunity_stage_visit_stage_idx ON opportunity_stage_visit (stage_id, entered_at);

-- Follow-ups logged on an opportunity: on its customer's log as well, and listed per opportunity.
ALTER TABLE follow_up ADD COLUMN opportunity_id uuid REFERENCES opportunity (id);
CREATE INDEX follow_up_opportunity_idx ON follow_up (opportunity_id, occurred_at DESC, id DESC) WHERE opportunity_id IS NOT NULL;
