-- Webex Go lines in bulk from a devices CSV (GO-7 … GO-9). A submitted
-- file is checked against the org before it is stored; the job keeps what
-- the check decided (one plan per row: the user, the subscription, the
-- number to assign) and applies the plans one row per transaction, each
-- row's result committed with the row, so a job survives a restart and
-- resumes on any replica after the last row it committed.

CREATE TABLE device_imports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    admin_id TEXT NOT NULL,
    admin_email TEXT NOT NULL,
    -- The partner org the admin acted from (T-3), for the audit log.
    actor_org_id TEXT,
    -- Chosen by the client for one submission: the same submission sent
    -- twice is one job, applied once.
    idempotency_key TEXT NOT NULL,
    file_name TEXT NOT NULL,
    -- GO-9: email each user their activation code (unless the org
    -- suppresses email, GO-6).
    email_codes BIGINT NOT NULL DEFAULT 0,
    -- JSON: the domain::devices_csv::DevicePlan of every row, in file order.
    plans TEXT NOT NULL,
    -- queued | running | done | failed
    status TEXT NOT NULL,
    total_rows BIGINT NOT NULL,
    done_rows BIGINT NOT NULL DEFAULT 0,
    applied_rows BIGINT NOT NULL DEFAULT 0,
    refused_rows BIGINT NOT NULL DEFAULT 0,
    failure TEXT,
    claimed_by TEXT,
    claimed_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    finished_at BIGINT,
    UNIQUE (org_id, idempotency_key)
);
CREATE INDEX device_imports_by_org ON device_imports (org_id, created_at);
CREATE INDEX device_imports_pending ON device_imports (status, claimed_until);

CREATE TABLE device_import_rows (
    import_id TEXT NOT NULL REFERENCES device_imports (id) ON DELETE CASCADE,
    row_number BIGINT NOT NULL,
    email TEXT NOT NULL,
    -- applied | refused
    outcome TEXT NOT NULL,
    -- The line added (no reference: deleting the line keeps the result).
    device_id TEXT,
    subscription_id TEXT,
    -- emailed | not_emailed (the line waits in Activation pending for a
    -- code the admin generates on the device page)
    activation TEXT,
    -- Why a row was refused when it was applied (a stable code).
    code TEXT,
    column_name TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (import_id, row_number)
);
