-- Name search, 查重 and tag filters read these GIN indexes on every call. With GIN's fast update,
-- rows inserted since the last vacuum wait in a pending list that every scan reads in full (up to
-- gin_pending_list_limit, 4 MB): on the benchmark data, 78 000 new customers left 400 pending pages
-- and cut search throughput by a third until a vacuum. Written straight into the index, an insert
-- costs a little more (customer creation about 13 % slower) and every search stays as fast as
-- after a vacuum.
ALTER INDEX customer_name_trgm_idx        SET (fastupdate = off);
ALTER INDEX customer_company_key_trgm_idx SET (fastupdate = off);
ALTER INDEX customer_tags_idx             SET (fastupdate = off);
ALTER INDEX contact_phones_idx            SET (fastupdate = off);
ALTER INDEX lead_phones_idx               SET (fastupdate = off);
ALTER INDEX lead_company_key_trgm_idx     SET (fastupdate = off);

-- What is pending now moves into the indexes (turning fast update off does not).
SELECT gin_clean_pending_list(index_name::regclass)
  FROM unnest(ARRAY['customer_name_trgm_idx', 'customer_company_key_trgm_idx', 'customer_tags_idx',
                    'contact_phones_idx', 'lead_phones_idx', 'lead_company_key_trgm_idx']) AS index_name;
