-- What a name that matches a query at all (trigram word similarity at least the threshold) holds:
-- the similarity is at most the share of the query's trigrams the name holds, so a match holds at
-- least ceil(threshold × n) of the query's n trigrams. At most the trigrams of one character (the
-- start of each word) can be among them without two characters of the query in a row, so when the
-- threshold asks for more, every match holds one of the query's parts of two or three characters.
-- A search in name or date order walks the scope testing these with LIKE before it computes the
-- similarity (3 to 7 µs a name). When nothing is implied, '%' (every name) is returned.
CREATE FUNCTION crm_search_match_probes(query text, threshold real) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    WITH words AS (
        SELECT word FROM regexp_split_to_table(crm_search_text(query), '[^[:alnum:]]+') AS word
        WHERE word <> ''),
    trigrams AS (
        SELECT DISTINCT substr('  ' || word || ' ', i, 3) AS trigram
        FROM words, generate_series(1, length(word) + 1) AS i)
    SELECT CASE
        -- less a hair: the threshold is a real, 0.6 is a little more than 0.6 as a double
        WHEN ceil(threshold * count(*) - 0.0001) > count(*) FILTER (WHERE length(btrim(trigram)) = 1)
        THEN array_agg(DISTINCT '%' || btrim(trigram) || '%') FILTER (WHERE length(btrim(trigram)) >= 2)
        ELSE ARRAY['%'] END
    FROM trigrams
$$;
