-- The parts of a query's search form that every exact match contains: an exact match (trigram word
-- similarity 1) holds every trigram of the query, so every word of the query of up to two
-- characters and every three characters in a row of a longer word appear in its search form. A
-- search by relevance walks the scope testing these with LIKE (cheap) before it computes the
-- similarity (about 3 µs a name) on the few names that hold them all.
CREATE FUNCTION crm_search_probes(query text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT coalesce(array_agg(DISTINCT '%' || substr(word, i, 3) || '%'), '{}')
    FROM regexp_split_to_table(crm_search_text(query), '[^[:alnum:]]+') AS word,
         generate_series(1, greatest(length(word) - 2, 1)) AS i
    WHERE word <> ''
$$;
