-- The pool by creation walks the index of the grade it is filtered by, as it walks those of its
-- sources and industries: the newest pooled leads are often of one kind (a campaign's, an
-- import's), so a walk of the whole pool could read thousands of them before the first hot lead.
CREATE INDEX lead_pool_grade_created_idx ON lead (grade, created_at DESC, id DESC)
    WHERE status = 'POOL';
