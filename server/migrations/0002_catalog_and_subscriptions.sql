-- The catalog as data (packages, licenses, which licenses each package
-- grants) and subscriptions with license pools (issue 3).
--
-- Code refers to catalog entries by their stable `key`, never by the
-- display `name`, which partner full admins may edit.

CREATE TABLE licenses (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE packages (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- PH-4: needs extension or number, and a location.
    needs_calling BIGINT NOT NULL DEFAULT 0,
    -- PH-4: a missing preferred Webex site is a warning (all but Voice).
    needs_meeting_site BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE package_licenses (
    package_id TEXT NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
    license_id TEXT NOT NULL REFERENCES licenses (id) ON DELETE CASCADE,
    PRIMARY KEY (package_id, license_id)
);

CREATE TABLE subscriptions (
    -- The ordering system's subscription UUID.
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL
);
CREATE INDEX subscriptions_org ON subscriptions (org_id);

-- One pool per license per subscription. `used` moves only in the same
-- transaction as the assignment that uses it, by a conditional UPDATE, so
-- it can never pass `quantity` or go below zero; the CHECKs are the
-- database's own guarantee of the same.
CREATE TABLE subscription_licenses (
    subscription_id TEXT NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    license_id TEXT NOT NULL REFERENCES licenses (id),
    quantity BIGINT NOT NULL CHECK (quantity >= 0),
    used BIGINT NOT NULL DEFAULT 0 CHECK (used >= 0 AND used <= quantity),
    PRIMARY KEY (subscription_id, license_id)
);

-- Which pool each license holder draws from. The holder is a user (the
-- users table comes with the directory); kept generic so workspaces and
-- devices can hold licenses too.
CREATE TABLE license_assignments (
    id TEXT PRIMARY KEY,
    subscription_id TEXT NOT NULL,
    license_id TEXT NOT NULL,
    holder_id TEXT NOT NULL,
    assigned_at BIGINT NOT NULL,
    UNIQUE (holder_id, license_id),
    FOREIGN KEY (subscription_id, license_id)
        REFERENCES subscription_licenses (subscription_id, license_id)
);
CREATE INDEX license_assignments_pool ON license_assignments (subscription_id, license_id);
