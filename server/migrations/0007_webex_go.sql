-- Webex Go (issue 5): devices of users, their activation codes, users'
-- languages for the mail they get, and
-- machine credentials for the systems that call Switchboard (the carrier's
-- activation API now; call-record ingest and order intake later).

-- The language of the mail a user receives (GO-5); NULL: English.
ALTER TABLE users ADD COLUMN language TEXT;

CREATE TABLE devices (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    -- 'webex_go' (partner-managed SIP devices come with issue 6).
    kind TEXT NOT NULL,
    -- The owner. Deleting a user deletes their devices; the store frees
    -- the devices' licenses in the same transaction.
    user_id TEXT REFERENCES users (id) ON DELETE CASCADE,
    -- domain::webex_go::LineStatus.
    status TEXT NOT NULL,
    -- The pool the device's license came from (GO-4).
    subscription_id TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX devices_by_org ON devices (org_id, created_at, id);
-- One Webex Go line per user.
CREATE UNIQUE INDEX devices_one_webex_go_per_user ON devices (user_id, kind);

-- GO-5, GO-10: codes are stored only as SHA-256 hashes of their canonical
-- form. A code stops working when used, superseded or 90 days old.
CREATE TABLE activation_codes (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT,
    superseded_at BIGINT
);
CREATE INDEX activation_codes_by_device ON activation_codes (device_id, created_at);

-- Credentials of machines (GO-15: a carrier), stored as SHA-256 only and
-- shown once. `kind` says which API the credential opens.
CREATE TABLE machine_credentials (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT,
    revoked_at BIGINT
);
