-- Partner full admins rename catalog entries for their own customers
-- (issue 3). The catalog itself stays one set of keys for every tenant; a
-- row here overrides the display name of one entry as one partner's
-- customers (and the partner itself) see it. No row: the default name.

CREATE TABLE catalog_names (
    partner_org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    -- 'package' or 'license' (domain::CatalogKind).
    kind TEXT NOT NULL,
    entry_key TEXT NOT NULL,
    name TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (partner_org_id, kind, entry_key)
);
