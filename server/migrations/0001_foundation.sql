-- Foundation: the org tree (T-1), admins and roles (T-2), sessions, API
-- tokens, sign-in throttling, the audit log and the email outbox.
--
-- One text for SQLite and PostgreSQL: only TEXT and BIGINT columns (booleans
-- are 0/1), ids are UUID text (v7 where order matters), times are Unix
-- milliseconds. Migrations are forward-only.

CREATE TABLE orgs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    is_partner BIGINT NOT NULL DEFAULT 0,
    partner_id TEXT REFERENCES orgs (id),
    country TEXT,
    suppress_email BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);
CREATE INDEX orgs_partner ON orgs (partner_id, name);

CREATE TABLE admins (
    id TEXT PRIMARY KEY,
    -- Lower-cased by domain::Email, so equality is case-insensitive.
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    -- Argon2id PHC string; NULL until a password is set.
    password_hash TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    created_at BIGINT NOT NULL
);

CREATE TABLE admin_roles (
    admin_id TEXT NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (admin_id, org_id)
);
CREATE INDEX admin_roles_org ON admin_roles (org_id);

-- Only a SHA-256 of the session token is stored: a copy of this table
-- does not let anyone sign in.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    admin_id TEXT NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_admin ON sessions (admin_id);

CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    admin_id TEXT NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);

CREATE TABLE sign_in_failures (
    id TEXT PRIMARY KEY,
    throttle_key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_key ON sign_in_failures (throttle_key, at);

-- Ids are UUIDv7, so ordering by id is ordering by time (keyset pages).
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_admin_id TEXT REFERENCES admins (id) ON DELETE SET NULL,
    actor_email TEXT NOT NULL,
    -- The org the actor acted from (a partner acting in a customer org).
    actor_org_id TEXT REFERENCES orgs (id) ON DELETE SET NULL,
    -- The org acted in.
    org_id TEXT REFERENCES orgs (id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_org ON audit_log (org_id, id);

CREATE TABLE email_outbox (
    id TEXT PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    language TEXT NOT NULL,
    -- pending | sent | failed (failed: gave up after the last retry)
    status TEXT NOT NULL DEFAULT 'pending',
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_by TEXT,
    claimed_until BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    sent_at BIGINT
);
CREATE INDEX email_outbox_due ON email_outbox (status, next_attempt_at);
