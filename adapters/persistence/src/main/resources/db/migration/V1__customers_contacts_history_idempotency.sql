-- Foundation schema: customers with contacts, the shared change history, idempotency keys.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Text as the fuzzy name search compares it: lower-cased, legal-form suffixes dropped (they are in
-- nearly every name and only dilute the match), and every pair of adjacent CJK characters a word of
-- its own (杭州西湖 -> " 杭州  州西  西湖 "). Chinese names have no spaces, so trigrams of the whole
-- name would neither forgive one wrong character (西湖科枝 must still find 杭州西湖科技有限公司) nor
-- stay selective; character pairs give trigrams that are both.
CREATE FUNCTION crm_search_text(value text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT AS $$
DECLARE
    v        text    := regexp_replace(lower(value),
                            '股份有限公司|有限责任公司|有限公司|\m(co\.?,?\s*ltd|ltd|inc|corporation|corp|llc|gmbh)\M\.?',
                            ' ', 'g');
    n        int     := length(v);
    result   text    := '';
    ch       text;
    cjk      boolean;
    prev_cjk boolean := false;
BEGIN
    FOR i IN 1..n LOOP
        ch := substr(v, i, 1);
        cjk := ch ~ '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]';
        IF cjk THEN
            IF i < n AND substr(v, i + 1, 1) ~ '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]' THEN
                result := result || ' ' || ch || substr(v, i + 1, 1) || ' ';
            ELSIF NOT prev_cjk THEN
                result := result || ' ' || ch || ' ';
            END IF;
        ELSE
            result := result || ch;
        END IF;
        prev_cjk := cjk;
    END LOOP;
    RETURN result;
END
$$;

CREATE TABLE customer (
    id             uuid         PRIMARY KEY,
    name           varchar(200) NOT NULL,
    search_name    text         GENERATED ALWAYS AS (crm_search_text(name)) STORED,
    kind           varchar(20)  NOT NULL,
    industry       varchar(100),
    size_band      varchar(20),
    province       varchar(50),
    city           varchar(50),
    source_channel varchar(20)  NOT NULL,
    tags           text[]       NOT NULL DEFAULT '{}',
    importance     varchar(10)  NOT NULL,
    demand_status  varchar(10)  NOT NULL,
    notes          text,
    credit_code    varchar(18),
    owner_id       varchar(255) NOT NULL,
    team           varchar(100),
    created_at     timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    archived_at    timestamptz,
    version        bigint       NOT NULL
);

-- 统一社会信用代码 is unique among customers, archived ones included.
CREATE UNIQUE INDEX customer_credit_code_uq ON customer (credit_code) WHERE credit_code IS NOT NULL;

-- Keyset pages of active customers, per data scope and sort order (name, created, updated).
CREATE INDEX customer_active_name_idx    ON customer (name, id)              WHERE archived_at IS NULL;
CREATE INDEX customer_owner_name_idx     ON customer (owner_id, name, id)    WHERE archived_at IS NULL;
CREATE INDEX customer_team_name_idx      ON customer (team, name, id)        WHERE archived_at IS NULL;
CREATE INDEX customer_active_created_idx ON customer (created_at, id)        WHERE archived_at IS NULL;
CREATE INDEX customer_active_updated_idx ON customer (updated_at, id)        WHERE archived_at IS NULL;
-- "Recently changed" is the list a rep or manager opens most: serve it per scope too.
CREATE INDEX customer_owner_updated_idx  ON customer (owner_id, updated_at, id) WHERE archived_at IS NULL;
CREATE INDEX customer_team_updated_idx   ON customer (team, updated_at, id)  WHERE archived_at IS NULL;
-- Filters.
CREATE INDEX customer_industry_idx       ON customer (industry, name, id)    WHERE archived_at IS NULL;
CREATE INDEX customer_region_idx         ON customer (province, city, name, id) WHERE archived_at IS NULL;
CREATE INDEX customer_segment_idx        ON customer (importance, demand_status, name, id) WHERE archived_at IS NULL;
CREATE INDEX customer_tags_idx           ON customer USING gin (tags)        WHERE archived_at IS NULL;
-- Typo-tolerant name search (q).
CREATE INDEX customer_name_trgm_idx      ON customer USING gin (search_name gin_trgm_ops) WHERE archived_at IS NULL;

CREATE TABLE contact (
    id                uuid         PRIMARY KEY,
    customer_id       uuid         NOT NULL REFERENCES customer (id),
    name              varchar(100) NOT NULL,
    title             varchar(100),
    phones            text[]       NOT NULL DEFAULT '{}',
    email             varchar(254),
    is_primary        boolean      NOT NULL,
    marketing_consent boolean      NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    version           bigint       NOT NULL
);

CREATE INDEX contact_customer_idx ON contact (customer_id);
-- Duplicate checks by phone and e-mail (查重).
CREATE INDEX contact_phones_idx ON contact USING gin (phones);
CREATE INDEX contact_email_idx  ON contact (email) WHERE email IS NOT NULL;
-- At most one primary contact per customer; deferred because a change of primary contact
-- demotes one row and promotes another within one flush, in no guaranteed order.
ALTER TABLE contact ADD CONSTRAINT contact_one_primary
    EXCLUDE USING btree (customer_id WITH =) WHERE (is_primary) DEFERRABLE INITIALLY DEFERRED;

-- Append-only history of every aggregate type: its created time is occurred_at, and it never
-- changes, so it carries no updated_at or version.
CREATE TABLE change_history (
    id             uuid         PRIMARY KEY,
    aggregate_type varchar(50)  NOT NULL,
    aggregate_id   uuid         NOT NULL,
    action         varchar(50)  NOT NULL,
    actor_id       varchar(255) NOT NULL,
    actor_name     varchar(255) NOT NULL,
    actor_kind     varchar(20)  NOT NULL,
    occurred_at    timestamptz  NOT NULL,
    reason         text,
    changes        jsonb        NOT NULL
);

CREATE INDEX change_history_aggregate_idx
    ON change_history (aggregate_type, aggregate_id, occurred_at DESC, id DESC);

CREATE TABLE idempotency_key (
    caller_id       varchar(255) NOT NULL,
    idempotency_key varchar(200) NOT NULL,
    fingerprint     varchar(128) NOT NULL,
    status          integer      NOT NULL,
    body            text,
    headers         jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL,
    expires_at      timestamptz  NOT NULL,
    PRIMARY KEY (caller_id, idempotency_key)
);

CREATE INDEX idempotency_key_expiry_idx ON idempotency_key (expires_at);
