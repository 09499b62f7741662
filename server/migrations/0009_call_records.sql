-- Detailed call history (GO-16): call records sent by the calling platform
-- through the ingest API (machine credentials of kind `call_records`),
-- filtered and exported by admins.
--
-- A record is history: it outlives its user and device. So `user_id` and
-- `device_id` are plain ids, not foreign keys, and the user's name and
-- email are kept as they were when the record came in.

CREATE TABLE call_records (
    id TEXT BYTEWISE PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    -- The platform's id of the record: sending a record again is a no-op.
    external_id TEXT NOT NULL,
    -- Milliseconds since the epoch (UTC).
    start_ms BIGINT NOT NULL,
    duration_seconds BIGINT NOT NULL,
    -- ORIGINATING | TERMINATING (domain::call_history::Direction).
    direction TEXT NOT NULL,
    calling_number TEXT,
    called_number TEXT,
    user_id TEXT,
    user_name TEXT,
    user_email TEXT,
    device_id TEXT,
    -- domain::call_history::SubClientType: Mobile_Network for a call on a
    -- Webex Go line.
    sub_client_type TEXT NOT NULL,
    ingested_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX call_records_external_id ON call_records (org_id, external_id);
-- The report: an org's calls in a date range, newest first, page by page.
CREATE INDEX call_records_by_start ON call_records (org_id, start_ms, id);
-- The report filtered to one user.
CREATE INDEX call_records_by_user ON call_records (org_id, user_id, start_ms);
