## Switchboard — English (the reference locale: every other locale has
## exactly these keys).

app-name = Switchboard
loading = Loading…
skip-to-content = Skip to main content
language-label = Language
signed-in-as = Signed in as { $email }
sign-out = Sign out

## Navigation
nav-main = Main navigation
nav-partner-hub = Partner Hub
nav-control-hub = Control Hub
nav-customers = Customers
nav-overview = Overview
nav-audit = Audit log

## Sign-in
sign-in-title = Sign in to Switchboard
sign-in-email = Email address
sign-in-password = Password
sign-in-submit = Sign in
sign-in-pending = Signing in…

## Partner Hub: customers (PH-1)
customers-title = Customers
customers-search = Search customers
customers-count =
    { $count ->
        [one] { $count } customer
       *[other] { $count } customers
    }
customers-empty = No customers match your search.
customers-col-name = Customer
customers-col-country = Country
customers-col-admins = Admins
customers-col-created = Created
customers-col-actions = Actions
customers-launch = Launch Control Hub
customers-launch-label = Launch Control Hub for { $name }

## Control Hub: overview
overview-title = Overview
overview-details = Organization details
overview-partner = Managed by partner
overview-no-partner = Not managed by a partner
overview-country = Country
overview-created = Created
overview-admins = Administrators
overview-col-name = Name
overview-col-email = Email
overview-col-role = Role
overview-read-only = You have read-only access to this organization.
overview-acting-as = You are working in { $org } as an administrator of { $partner }. Every change is recorded with both names.

## Roles (T-2)
role-partner_full_admin = Partner full administrator
role-partner_read_only = Partner read-only administrator
role-customer_full_admin = Full administrator
role-provisioning_admin = Provisioning administrator

## Audit log
audit-title = Audit log
audit-col-when = When
audit-col-who = Who
audit-col-action = Action
audit-col-detail = Detail
audit-empty = Nothing has been recorded yet.
audit-more = Show older entries
audit-acting-from = from { $org }
action-sign_in = Signed in
action-sign_out = Signed out
action-language_changed = Changed language
action-org_created = Created organization
action-admin_created = Added administrator
action-api_token_created = Created API token

## Other pages
not-found-title = Page not found
not-found-back = Go to the start page
