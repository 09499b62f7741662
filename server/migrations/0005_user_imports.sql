-- Bulk users by CSV (issue 4). The columns of SPEC 5.2 that users did not
-- have yet, and import jobs: the uploaded file, its progress and the
-- outcome of every row, so a job survives a restart and resumes on any
-- replica exactly where its last committed batch ended.

ALTER TABLE users ADD COLUMN jabber_calling BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN jabber_teams BIGINT NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN preferred_site TEXT;

CREATE TABLE imports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    admin_id TEXT NOT NULL,
    admin_email TEXT NOT NULL,
    -- Chosen by the client for one upload: the same upload sent twice is
    -- one import, and applying it twice applies it once.
    idempotency_key TEXT NOT NULL,
    file_name TEXT NOT NULL,
    -- The file as uploaded (checked to be UTF-8): the job re-reads it.
    file_body TEXT NOT NULL,
    -- domain::users_csv::ImportMode.
    mode TEXT NOT NULL,
    all_or_nothing BIGINT NOT NULL DEFAULT 0,
    -- draft (checked, not applied) | queued | running | done | failed,
    -- then after an undo request: undo_queued | undoing | undone
    status TEXT NOT NULL,
    total_rows BIGINT NOT NULL,
    done_rows BIGINT NOT NULL DEFAULT 0,
    applied_rows BIGINT NOT NULL DEFAULT 0,
    refused_rows BIGINT NOT NULL DEFAULT 0,
    -- Undo: rows restored, and rows left alone because a later change
    -- touched the same user.
    undone_rows BIGINT NOT NULL DEFAULT 0,
    undo_conflicts BIGINT NOT NULL DEFAULT 0,
    -- The first failure of an all-or-nothing import, or an internal error.
    failure TEXT,
    claimed_by TEXT,
    claimed_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT,
    UNIQUE (org_id, idempotency_key)
);
CREATE INDEX imports_by_org ON imports (org_id, created_at);
CREATE INDEX imports_pending ON imports (status, claimed_until);

CREATE TABLE import_rows (
    import_id TEXT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
    row_number BIGINT NOT NULL,
    email TEXT NOT NULL,
    -- add | modify | delete; NULL for a row refused before it had a kind.
    kind TEXT,
    -- applied | refused | skipped (all-or-nothing: not applied because
    -- another row was refused)
    outcome TEXT NOT NULL,
    code TEXT,
    column_name TEXT,
    detail TEXT,
    user_id TEXT,
    -- The user as it was before the row (JSON), for undo.
    before_state TEXT,
    -- When the row was applied: the user's updated_at it left. A user
    -- whose updated_at differs later was changed since (undo leaves it).
    applied_at BIGINT,
    -- undone | conflict, with the reason's code.
    undo_outcome TEXT,
    undo_code TEXT,
    PRIMARY KEY (import_id, row_number)
);
