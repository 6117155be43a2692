-- Leads (线索) with the shared pool (公海), duplicate checks (查重), follow-ups, pool policy, reminders.

-- A company name as duplicate checks compare it: full-width folded to half-width (NFKC), lower-cased,
-- parenthesised parts dropped ("西湖科技（杭州）有限公司"), legal forms dropped (有限公司, Co., Ltd., ...),
-- a leading province and then city dropped (浙江省杭州市西湖科技 -> 西湖科技), punctuation and spaces
-- dropped. Null when nothing is left. Defined once, here, so that stored keys and probes always agree.
CREATE FUNCTION crm_company_key(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
SELECT NULLIF(
  regexp_replace(
    regexp_replace(
      regexp_replace(
        regexp_replace(
          regexp_replace(lower(normalize(value, NFKC)), '\([^)]*\)', '', 'g'),
          '股份有限公司|有限责任公司|有限公司|集团|公司|\m(co\.?,?\s*ltd|ltd|limited|inc|incorporated|corporation|corp|company|llc|gmbh|group)\M\.?',
          '', 'g'),
        '^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?',
        ''),
      '^(杭州|宁波|温州|嘉兴|湖州|绍兴|金华|南京|苏州|无锡|常州|南通|扬州|徐州|广州|深圳|珠海|佛山|东莞|中山|惠州|汕头|成都|绵阳|武汉|长沙|郑州|洛阳|济南|青岛|烟台|潍坊|合肥|福州|厦门|泉州|南昌|石家庄|唐山|太原|沈阳|大连|长春|哈尔滨|西安|兰州|昆明|贵阳|南宁|海口|呼和浩特|乌鲁木齐|拉萨|银川|西宁)(市)?',
      ''),
    '[[:space:]\.,;:!?''"&/\\_·、。，；：！？“”‘’「」《》【】\-]', '', 'g'),
  '')
$$;

CREATE TABLE lead (
    id                uuid         PRIMARY KEY,
    person_name       varchar(100),
    company           varchar(200),
    company_key       text         GENERATED ALWAYS AS (crm_company_key(company)) STORED,
    title             varchar(100),
    phones            text[]       NOT NULL DEFAULT '{}',
    email             varchar(254),
    credit_code       varchar(18),
    source            varchar(20)  NOT NULL,
    industry          varchar(100),
    size_band         varchar(20),
    province          varchar(50),
    city              varchar(50),
    notes             text,
    tags              text[]       NOT NULL DEFAULT '{}',
    status            varchar(20)  NOT NULL,
    owner_id          varchar(255),
    team              varchar(100),
    held_since        timestamptz,
    last_follow_up_at timestamptz,
    close_reason      text,
    customer_id       uuid         REFERENCES customer (id),
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL,
    CONSTRAINT lead_pooled_has_no_owner CHECK (status <> 'POOL' OR owner_id IS NULL),
    CONSTRAINT lead_held_has_owner CHECK (status <> 'OWNED' OR (owner_id IS NOT NULL AND held_since IS NOT NULL))
);

-- Lists: newest first, per data scope; the pool; filters.
CREATE INDEX lead_created_idx       ON lead (created_at DESC, id DESC);
CREATE INDEX lead_owner_created_idx ON lead (owner_id, created_at DESC, id DESC);
CREATE INDEX lead_team_created_idx  ON lead (team, created_at DESC, id DESC);
CREATE INDEX lead_pool_idx          ON lead (created_at DESC, id DESC) WHERE status = 'POOL';
CREATE INDEX lead_owner_status_idx  ON lead (owner_id, status);
-- Auto-return: the follow-up deadline runs from the later of taking the lead and its last
-- follow-up (GREATEST ignores nulls), the conversion deadline from taking it.
CREATE INDEX lead_last_activity_idx ON lead ((GREATEST(held_since, last_follow_up_at))) WHERE status = 'OWNED';
CREATE INDEX lead_held_since_idx    ON lead (held_since) WHERE status = 'OWNED';
-- 查重 over open leads: exact phone, e-mail, credit code; similar company names.
CREATE INDEX lead_phones_idx        ON lead USING gin (phones) WHERE status IN ('POOL', 'OWNED');
CREATE INDEX lead_email_idx         ON lead (email) WHERE email IS NOT NULL AND status IN ('POOL', 'OWNED');
CREATE INDEX lead_credit_code_idx   ON lead (credit_code) WHERE credit_code IS NOT NULL AND status IN ('POOL', 'OWNED');
-- Trigrams of the whole key (not CJK pairs as in the name search): fewer and rarer trigrams, so
-- the index answers a check in well under a millisecond at a million rows.
CREATE INDEX lead_company_key_trgm_idx ON lead USING gin (company_key gin_trgm_ops) WHERE status IN ('POOL', 'OWNED');

-- Company customers take part in the similar-name check with the same key.
ALTER TABLE customer ADD COLUMN company_key text
    GENERATED ALWAYS AS (CASE WHEN kind = 'COMPANY' THEN crm_company_key(name) END) STORED;
CREATE INDEX customer_company_key_trgm_idx ON customer USING gin (company_key gin_trgm_ops) WHERE archived_at IS NULL;

-- When a lead came to or left a rep: the daily claim limit counts claims, the re-claim cooldown
-- looks for the lead's last exit from the rep. Append-only.
CREATE TABLE lead_ownership (
    lead_id     uuid         NOT NULL REFERENCES lead (id),
    rep_id      varchar(255) NOT NULL,
    change      varchar(20)  NOT NULL,
    occurred_at timestamptz  NOT NULL
);
CREATE INDEX lead_ownership_rep_idx  ON lead_ownership (rep_id, change, occurred_at);
CREATE INDEX lead_ownership_lead_idx ON lead_ownership (lead_id, rep_id, occurred_at);

-- The one pool policy in force (no row: the built-in default, version 0). Null = no such rule.
CREATE TABLE pool_policy (
    id                       smallint     PRIMARY KEY CHECK (id = 1),
    max_held_leads           integer,
    max_claims_per_day       integer,
    follow_up_deadline_days  integer,
    conversion_deadline_days integer,
    reclaim_cooldown_days    integer,
    created_at               timestamptz  NOT NULL,
    updated_at               timestamptz  NOT NULL,
    updated_by               varchar(255) NOT NULL,
    version                  bigint       NOT NULL
);

-- The follow-up log of leads and customers. Append-only (corrections are new entries), so no
-- updated_at or version. A converted lead's entries also carry the customer.
CREATE TABLE follow_up (
    id                uuid         PRIMARY KEY,
    lead_id           uuid         REFERENCES lead (id),
    customer_id       uuid         REFERENCES customer (id),
    type              varchar(20)  NOT NULL,
    occurred_at       timestamptz  NOT NULL,
    content           text         NOT NULL,
    outcome           text,
    next_follow_up_on date,
    author_id         varchar(255) NOT NULL,
    author_name       varchar(255) NOT NULL,
    created_at        timestamptz  NOT NULL,
    CONSTRAINT follow_up_has_subject CHECK (lead_id IS NOT NULL OR customer_id IS NOT NULL)
);
CREATE INDEX follow_up_lead_idx     ON follow_up (lead_id, occurred_at DESC, id DESC) WHERE lead_id IS NOT NULL;
CREATE INDEX follow_up_customer_idx ON follow_up (customer_id, occurred_at DESC, id DESC) WHERE customer_id IS NOT NULL;
CREATE INDEX follow_up_next_idx     ON follow_up (author_id, next_follow_up_on) WHERE next_follow_up_on IS NOT NULL;

-- Reminders for people (the reminders feature shows them); one per kind, subject and due instant.
CREATE TABLE reminder (
    id           uuid         PRIMARY KEY,
    recipient_id varchar(255) NOT NULL,
    kind         varchar(40)  NOT NULL,
    subject_type varchar(50)  NOT NULL,
    subject_id   uuid         NOT NULL,
    due_at       timestamptz  NOT NULL,
    message      text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    done_at      timestamptz,
    version      bigint       NOT NULL,
    CONSTRAINT reminder_once UNIQUE (kind, subject_id, due_at)
);
CREATE INDEX reminder_recipient_idx ON reminder (recipient_id, due_at) WHERE done_at IS NULL;
