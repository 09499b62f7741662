-- Partner-managed third-party SIP devices and workspaces (issue 6,
-- PMD-1 … PMD-10). Same rules as 0001: TEXT and BIGINT only, one text for
-- both engines.

-- PMD-2: the approved device catalog. Data, not code: seeded with the
-- default catalog by the store, edited by partner full admins. `key` is
-- the stable name API clients and imports use; a type that is no longer
-- approved stays (devices refer to it) but cannot be added again.
CREATE TABLE device_models (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    vendor TEXT NOT NULL,
    model TEXT NOT NULL,
    -- domain::partner_devices::DeviceType.
    device_type TEXT NOT NULL,
    min_firmware TEXT NOT NULL,
    line_count BIGINT NOT NULL,
    approved BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- PMD-3: the Device Management integration entitlement of an org.
ALTER TABLE orgs ADD COLUMN device_management BIGINT NOT NULL DEFAULT 0;

-- PMD-6: rooms with their own number and workspace license. The license
-- is a license_assignments row whose holder is the workspace.
CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    -- domain::RoomType.
    room_type TEXT NOT NULL,
    capacity BIGINT NOT NULL,
    -- domain::WorkspaceLicense.
    license_kind TEXT NOT NULL,
    subscription_id TEXT NOT NULL,
    location_id TEXT NOT NULL REFERENCES locations (id),
    extension TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- Like users' extensions: NULLs do not collide. The store also checks
    -- users' extensions, inside the same transaction.
    UNIQUE (org_id, extension)
);
CREATE INDEX workspaces_by_org ON workspaces (org_id, created_at, id);

-- A number is free while neither a user nor a workspace holds it.
ALTER TABLE numbers ADD COLUMN workspace_id TEXT REFERENCES workspaces (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX numbers_workspace ON numbers (workspace_id);

-- Partner-managed devices are `devices` rows of kind 'partner_managed'
-- with a catalog type and a MAC address; `user_id` stays NULL for them
-- (PMD-5: their users are in device_users).
ALTER TABLE devices ADD COLUMN model_id TEXT REFERENCES device_models (id);
-- domain::MacAddress (12 upper-case hex digits). PMD-4: unique across the
-- whole system, by this index, so of two concurrent adds one fails.
ALTER TABLE devices ADD COLUMN mac TEXT;
CREATE UNIQUE INDEX devices_mac ON devices (mac);
ALTER TABLE devices ADD COLUMN workspace_id TEXT REFERENCES workspaces (id) ON DELETE CASCADE;
CREATE INDEX devices_by_workspace ON devices (workspace_id);
-- PMD-1: who acknowledged the SIP-credential disclaimer, and when.
ALTER TABLE devices ADD COLUMN disclaimer_admin_id TEXT;
ALTER TABLE devices ADD COLUMN disclaimer_email TEXT;
ALTER TABLE devices ADD COLUMN disclaimer_at BIGINT;

-- PMD-5: the users of a partner-managed device.
CREATE TABLE device_users (
    device_id TEXT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at BIGINT NOT NULL,
    PRIMARY KEY (device_id, user_id)
);
CREATE INDEX device_users_by_user ON device_users (user_id, device_id);

-- PMD-1, PMD-9: a device's SIP credentials. The password itself is never
-- stored: only the HA1 digests a registrar needs (MD5 and SHA-256 of
-- `user:realm:password`), sealed with AES-256-GCM under the server's key
-- (`key_id` names which key, `nonce` is the record's own 96-bit nonce;
-- both base64 or hex text).
CREATE TABLE sip_credentials (
    device_id TEXT PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
    user_name TEXT NOT NULL UNIQUE,
    realm TEXT NOT NULL,
    key_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    sealed_ha1 TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
