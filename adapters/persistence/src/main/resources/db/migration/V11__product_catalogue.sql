-- The product catalogue (产品目录) that opportunities and contracts sell in line items. Money is exact:
-- numeric amounts with their ISO 4217 currency; codes are held in upper case and unique.
CREATE TABLE product (
    id          uuid PRIMARY KEY,
    code        varchar(40)   NOT NULL,
    name        varchar(200)  NOT NULL,
    unit        varchar(20)   NOT NULL,
    list_price  numeric(19,4) NOT NULL CHECK (list_price >= 0),
    currency    varchar(3)    NOT NULL,
    tax_rate    numeric(5,2)  NOT NULL CHECK (tax_rate BETWEEN 0 AND 100),
    category    varchar(100),
    active      boolean       NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL,
    CONSTRAINT product_code_uq UNIQUE (code)
);

-- The list pages by code (the unique index), within a category when filtered.
CREATE INDEX product_category_code_idx ON product (category, code);
