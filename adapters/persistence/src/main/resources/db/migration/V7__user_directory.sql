-- The user directory: who exists, their team and roles, whether they are active. Entries come
-- from verified tokens (first sign-in) or from an admin who registers someone in advance.
CREATE TABLE app_user (
    id                text PRIMARY KEY,
    display_name      text        NOT NULL,
    team              text,
    roles             text[]      NOT NULL DEFAULT '{}',
    active            boolean     NOT NULL DEFAULT true,
    last_signed_in_at timestamptz,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0
);

-- A manager's view of their team, and the team list's counts.
CREATE INDEX app_user_team_idx ON app_user (team, id);
