-- SUB-5 / T-2: a Provisioning admin asks the customer's full admins for
-- full admin. The request is part of the role it would change: pending
-- while set, cleared when a customer full admin grants (the role becomes
-- customer_full_admin) or declines it. Same rules as 0001: BIGINT ms.
ALTER TABLE admin_roles ADD COLUMN full_admin_requested_at BIGINT;
