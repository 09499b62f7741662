-- Subscription orders and their setup wizard (issue 7, SUB-1 … SUB-10).
-- Same rules as 0001: TEXT and BIGINT only, one text for both engines.

-- SUB-1: an order from the ordering system. `subscription_id` is the
-- ordering system's id and UNIQUE, so of two deliveries of one order that
-- race, one inserts and the other finds it (a redelivery or a conflict,
-- told apart by `fingerprint`, domain's SubscriptionOrder::fingerprint).
CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    subscription_id TEXT NOT NULL UNIQUE,
    fingerprint TEXT NOT NULL,
    -- The partner org the ordering system named, if any (not checked: the
    -- ordering system's knowledge may be stale; the wizard maps the org).
    ordering_partner_org_id TEXT,
    -- Lower-cased by domain::Email, like admins.email.
    contact_email TEXT NOT NULL,
    -- Who the current *Set up service* link was sent to (SUB-2 changes it).
    assignee_email TEXT NOT NULL,
    -- Part of every link's signed payload: bumping it makes every earlier
    -- link `setup_link_superseded` without storing the links themselves.
    link_version BIGINT NOT NULL DEFAULT 1,
    -- The admin who opened the current link signed in (SUB-7: their next
    -- sign-in resumes it).
    setup_admin_id TEXT REFERENCES admins (id) ON DELETE SET NULL,
    -- app::api::OrderState: new | in_progress | handed_to_customer |
    -- provisioned.
    state TEXT NOT NULL,
    -- domain's WizardState as JSON, saved after every step in the same
    -- transaction as the state change it causes (SUB-7: leaving is saving).
    wizard TEXT NOT NULL,
    -- The orgs the order was mapped to when the review was left (SUB-5).
    partner_org_id TEXT REFERENCES orgs (id) ON DELETE SET NULL,
    customer_org_id TEXT REFERENCES orgs (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX orders_by_partner ON orders (partner_org_id, created_at);
CREATE INDEX orders_by_ordering_partner ON orders (ordering_partner_org_id, created_at);
CREATE INDEX orders_by_customer ON orders (customer_org_id, created_at);
CREATE INDEX orders_by_assignee ON orders (assignee_email, created_at);
CREATE INDEX orders_by_setup_admin ON orders (setup_admin_id, created_at);

-- The order's lines, kept as rows (not only in the fingerprint) so lists
-- and the summary read them without parsing.
CREATE TABLE order_services (
    order_id TEXT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    -- domain::subscription::ServiceKind: meetings | calling | suite.
    service TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    PRIMARY KEY (order_id, service)
);

-- SUB-8: Meetings sites. `url_name` (lower-cased by domain::SiteName) is
-- UNIQUE across the deployment: of two setups racing for one name, one
-- gets `site_name_taken`.
CREATE TABLE meeting_sites (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    order_id TEXT REFERENCES orders (id) ON DELETE SET NULL,
    url_name TEXT NOT NULL UNIQUE,
    -- IANA name, domain::subscription::TimeZone.
    time_zone TEXT NOT NULL,
    early_adopter BIGINT NOT NULL DEFAULT 0,
    licenses BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX meeting_sites_by_org ON meeting_sites (org_id, created_at);

-- SUB-3, SUB-4: the domains an org has shown it owns (`verified`) or said
-- it owns (`claimed`); a provisioning contact's email domain finds the
-- candidate orgs. One org may own a domain: another org may only claim it.
CREATE TABLE org_domains (
    org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    -- Lower-case, as the domain part of domain::Email.
    domain TEXT NOT NULL,
    -- verified | claimed
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, domain)
);
CREATE INDEX org_domains_by_domain ON org_domains (domain, org_id);

-- SUB-3: the new-org form's business vertical (domain BusinessVertical);
-- NULL for orgs made before the wizard or by `init`.
ALTER TABLE orgs ADD COLUMN business_vertical TEXT;
