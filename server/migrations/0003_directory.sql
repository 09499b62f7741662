-- The directory (issue 3): locations with addresses, the number inventory,
-- users with their package and calling data, and the search terms that
-- keep the users list fast at 100,000 users per org.
--
-- BYTEWISE marks columns that are range-scanned for prefix search and
-- keyset paging: the migration runner writes `COLLATE "C"` on PostgreSQL
-- and `COLLATE BINARY` on SQLite, so both compare bytes and a prefix range
-- `term >= 'ab' AND term < 'ab' || U+10FFFF` means the same everywhere.

-- PH-5: licenses every user gets on top of the package unless an import
-- says otherwise (Basic Messaging, Basic Space Meetings, Call on Webex).
ALTER TABLE licenses ADD COLUMN default_grant BIGINT NOT NULL DEFAULT 0;
UPDATE licenses SET default_grant = 1
    WHERE key IN ('basic_messaging', 'basic_space_meetings', 'call_on_webex');

-- Users per org, kept in the same transaction as every add and delete, so
-- the users list shows its total without counting 100,000 rows.
ALTER TABLE orgs ADD COLUMN user_count BIGINT NOT NULL DEFAULT 0;

CREATE TABLE locations (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- Lower-cased name: location names are unique per org, whatever the case.
    name_key TEXT NOT NULL,
    line1 TEXT NOT NULL,
    line2 TEXT,
    city TEXT NOT NULL,
    state TEXT,
    postal_code TEXT,
    country TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (org_id, name_key)
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    -- Lower-cased by domain::Email; unique per org.
    email TEXT BYTEWISE NOT NULL,
    first_name TEXT,
    last_name TEXT,
    display_name TEXT NOT NULL,
    -- Lower-cased display name: the users list's default order.
    sort_name TEXT BYTEWISE NOT NULL,
    package_id TEXT NOT NULL REFERENCES packages (id),
    location_id TEXT REFERENCES locations (id),
    extension TEXT,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (org_id, email),
    -- Extensions are unique within an org; NULLs do not collide.
    UNIQUE (org_id, extension)
);
-- Keyset paging in each sort order, and filtered paging without a scan.
CREATE INDEX users_by_name ON users (org_id, sort_name, id);
CREATE INDEX users_by_package ON users (org_id, package_id, sort_name, id);
CREATE INDEX users_by_location ON users (org_id, location_id, sort_name, id);
CREATE INDEX users_by_status ON users (org_id, status, sort_name, id);

-- Prefix search: one row per lower-cased word of a user's names and email.
CREATE TABLE user_terms (
    org_id TEXT NOT NULL,
    term TEXT BYTEWISE NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (org_id, term, user_id)
);
-- Probes "does this user have a term with this prefix" and deletes.
CREATE INDEX user_terms_user ON user_terms (user_id, term);

-- The number inventory. A number is free while `user_id` is NULL; it is
-- taken by a conditional UPDATE, so two admins can never get the same one.
CREATE TABLE numbers (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    location_id TEXT NOT NULL REFERENCES locations (id),
    e164 TEXT BYTEWISE NOT NULL UNIQUE,
    user_id TEXT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
-- A user has at most one primary number.
CREATE UNIQUE INDEX numbers_user ON numbers (user_id);
CREATE INDEX numbers_location ON numbers (org_id, location_id, e164);

CREATE INDEX license_assignments_holder ON license_assignments (holder_id);
