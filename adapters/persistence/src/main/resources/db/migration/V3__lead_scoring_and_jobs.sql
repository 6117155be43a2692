-- Lead scoring (线索评分): each lead's score and grade under the model in force, the model itself,
-- and background jobs (rescoring all leads when the model changes; later segments and imports).

ALTER TABLE lead ADD COLUMN score integer NOT NULL DEFAULT 0;
ALTER TABLE lead ADD COLUMN grade varchar(20);

-- Best leads first, per data scope and in the pool; the grade filter.
CREATE INDEX lead_score_idx       ON lead (score DESC, id DESC);
CREATE INDEX lead_owner_score_idx ON lead (owner_id, score DESC, id DESC);
CREATE INDEX lead_team_score_idx  ON lead (team, score DESC, id DESC);
CREATE INDEX lead_pool_score_idx  ON lead (score DESC, id DESC) WHERE status = 'POOL';
CREATE INDEX lead_grade_idx       ON lead (grade, score DESC, id DESC);

-- The one scoring model in force (no row: the built-in default, version 0). Rules and grades are
-- lists whose shape the model owns, kept as JSON.
CREATE TABLE scoring_model (
    id         smallint     PRIMARY KEY CHECK (id = 1),
    rules      jsonb        NOT NULL,
    grades     jsonb        NOT NULL,
    created_at timestamptz  NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(255) NOT NULL,
    version    bigint       NOT NULL
);

CREATE TABLE background_job (
    id          uuid         PRIMARY KEY,
    kind        varchar(50)  NOT NULL,
    state       varchar(20)  NOT NULL,
    total       bigint       NOT NULL,
    processed   bigint       NOT NULL,
    cursor      text,
    parameter   text,
    created_by  varchar(255) NOT NULL,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    finished_at timestamptz,
    version     bigint       NOT NULL
);
CREATE INDEX background_job_pending_idx ON background_job (kind, created_at) WHERE state IN ('QUEUED', 'RUNNING');
