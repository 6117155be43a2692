-- A lead list that its walk does not fill (a rare combination of filters) gathers its matches
-- through one GIN index over the equality filters (btree_gin, V19): GIN intersects the posting
-- lists of any combination. The score stays out of it: every rescoring would rewrite its entries,
-- and a least score is tested on the rows gathered (or ends the walk by score).
CREATE INDEX lead_filters_idx ON lead
    USING gin (status, owner_id, team, source, industry, grade)
    WITH (fastupdate = off);

-- The caller's lists hold no pooled lead, and the pool is most of the leads: their walks by
-- creation or by score read indexes of the held leads only, so that their budget is spent on rows
-- that can match (the pool has its own indexes; nothing else reads leads in these orders).
DROP INDEX lead_created_idx;
DROP INDEX lead_score_idx;
CREATE INDEX lead_held_created_idx ON lead (created_at DESC, id DESC) WHERE status <> 'POOL';
CREATE INDEX lead_held_score_idx ON lead (score DESC, id DESC) WHERE status <> 'POOL';
-- The grade follows from the score (hot leads score above warm ones), so a held list of one grade
-- by score walked all the leads of the other grades first (0.2 s); this index walks the grade.
CREATE INDEX lead_held_grade_score_idx ON lead (grade, score DESC, id DESC) WHERE status <> 'POOL';

-- The filters are correlated (the grade with the score, the source and the grade with the status):
-- multivariate statistics let the planner see that a combination is rare, or empty, instead of
-- multiplying the columns' frequencies (a pooled warm lead scoring 60 or more: estimated 91 000,
-- none; it read the whole table, 0.5 s).
CREATE STATISTICS lead_grade_score_stats (mcv) ON status, grade, score FROM lead;
ALTER STATISTICS lead_grade_score_stats SET STATISTICS 2000;
CREATE STATISTICS lead_filters_stats (mcv, dependencies) ON status, source, grade, team FROM lead;
ALTER STATISTICS lead_filters_stats SET STATISTICS 1000;
ANALYZE lead;
-- Likewise by source and by industry, which the scoring model scores from (the pool has the same).
CREATE INDEX lead_held_source_score_idx ON lead (source, score DESC, id DESC) WHERE status <> 'POOL';
CREATE INDEX lead_held_industry_score_idx ON lead (industry, score DESC, id DESC) WHERE status <> 'POOL';
