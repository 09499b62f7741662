## Switchboard — English (the reference locale: every other locale has
## exactly these keys).

app-name = Switchboard
loading = Loading…
skip-to-content = Skip to main content
language-label = Language
signed-in-as = Signed in as { $email }
sign-out = Sign out
shortcuts-open = Keyboard shortcuts
shortcuts-title = Keyboard shortcuts
shortcuts-help = Show this list
shortcuts-search = Go to the search field of the page
shortcuts-close = Close a dialog
dialog-close = Close

## Navigation
nav-main = Main navigation
nav-partner-hub = Partner Hub
nav-control-hub = Control Hub
nav-customers = Customers
nav-overview = Overview
nav-audit = Audit log
nav-users = Users
nav-locations = Locations

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
overview-subscriptions = Subscriptions and licenses
overview-no-subscriptions = This organization has no subscriptions yet.
overview-col-license = License
overview-col-subscription = Subscription ID
overview-col-used = Used
overview-col-available = Available
overview-col-total = Total
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
action-users_added = Added users
action-package_changed = Changed a user's package
action-user_renamed = Renamed a user
action-user_deleted = Deleted a user
action-location_added = Added a location
action-location_changed = Changed a location
action-location_deleted = Deleted a location
action-numbers_added = Added phone numbers
action-number_deleted = Deleted a phone number
action-catalog_renamed = Renamed a catalog entry
action-users_imported = Imported users from a CSV file
action-users_import_undone = Undid a CSV import of users

## Other pages
not-found-title = Page not found
not-found-back = Go to the start page

## Stable codes (SPEC 5.3): what each one tells the admin.
code-unauthenticated = Your session has ended. Sign in again.
code-invalid_credentials = The email address or password is not correct.
code-rate_limited = Too many failed sign-ins. Wait a minute, then try again.
code-forbidden = You do not have access to this organization or action.
code-not_found = This item does not exist (any more).
code-csrf_rejected = The request did not come from this portal and was refused.
code-payload_too_large = The request is too large.
code-bad_request = The request could not be understood.
code-internal = Something went wrong on the server. Try again; if it keeps happening, contact support.
code-org_name_empty = Enter the organization's name.
code-org_name_too_long = The organization name is too long (at most 128 characters).
code-org_name_invalid = The organization name contains characters that are not allowed.
code-site_name_empty = Enter a site URL name.
code-site_name_too_long = The site URL name is too long (at most 63 characters).
code-site_name_invalid = Use 3 to 63 letters, digits or hyphens, not starting or ending with a hyphen.
code-country_unknown = Choose a country or region from the list.
code-language_unknown = This language is not available.
code-password_too_short = The password must have at least 12 characters.
code-password_too_long = The password must have at most 256 characters.
code-file_empty = The file is empty.
code-header_missing_column = A required column is missing from the header row. Do not remove columns from the template.
code-header_unknown_column = The header row has a column this template does not know. Check its spelling.
code-header_duplicate_column = A column appears twice in the header row.
code-too_many_rows = The file has too many rows (at most 100,000).
code-row_width_mismatch = This row has a different number of cells than the header row.
code-not_utf8 = The file is not UTF-8 text. Save it as "CSV UTF-8".
code-file_too_large = The file is larger than 50 MB. Split it into smaller files.
code-email_missing = Enter an email address.
code-email_invalid = This is not a valid email address.
code-email_duplicate_in_file = This email address appears more than once (on an earlier row).
code-boolean_invalid = Use TRUE or FALSE.
code-package_multiple = Only one package can be TRUE in a row.
code-extension_or_number_missing = This package needs an extension or a phone number.
code-extension_invalid = An extension has 2 to 10 digits.
code-phone_number_invalid = This is not a valid phone number for the location.
code-location_missing = This package needs a location.
code-location_unknown = There is no location with this name in the organization.
code-jabber_calling_missing = Jabber Calling must be TRUE or FALSE.
code-jabber_teams_missing = Jabber with Webex Teams must be TRUE or FALSE.
code-preferred_site_missing = No preferred Webex site: meetings may not work for this user until one is set.
code-user_unknown_for_delete = There is no such user to delete.
code-extension_in_use = This extension is already in use in the organization.
code-number_in_use = This phone number is already assigned.
code-license_exhausted = No licenses of this kind are left in the subscription.
code-username_unknown = There is no user with this username.
code-type_invalid = The type must be USER.
code-device_type_invalid = The device type must be WEBEX_CALLING.
code-model_unknown = This device model is not in the approved catalog.
code-mac_invalid = This is not a valid device MAC address.
code-mac_duplicate = A device with this MAC address already exists.
code-mac_not_allowed = Webex Go devices have no MAC address: leave the cell empty.
code-webex_go_column_missing = The Webex Go subscription column is missing.
code-not_calling_professional = The user needs a Webex Calling Professional license.
code-location_not_eligible = Webex Go is available only for users located in the US or the UK.
code-webex_go_license_exhausted = No Webex Go licenses are left in the subscription.
code-webex_go_subscription_multiple = Only one Webex Go subscription column can be TRUE in a row.
code-webex_go_subscription_unknown = The organization has no Webex Go subscription with this ID. Download the template again.
code-webex_go_line_exists = This user already has a Webex Go line.
code-location_mismatch = This is not the user's location. Leave the cell empty or enter the user's location.
code-extension_mismatch = This is not the user's extension. Leave the cell empty or enter the user's extension.
code-number_mismatch = This is not the user's phone number. Leave the cell empty or enter the user's number.
code-phone_number_missing = The user has no phone number: enter a free number of the user's location.
code-workspace_name_empty = Enter the workspace's name.
code-workspace_name_too_long = A workspace name has at most 30 characters.
code-workspace_name_forbidden_character = A workspace name cannot contain % # < > , \ or ".
code-workspace_device_limit = This workspace holds no more devices.
code-activation_not_pending = A new activation code can be generated only while activation is pending.
code-activation_code_unknown = This activation code does not exist.
code-activation_code_expired = This activation code has expired. Generate a new one.
code-activation_code_used = This activation code has been used already.
code-activation_code_superseded = A newer activation code replaced this one.
code-line_not_active = This line has not been activated on a phone yet.
code-too_many_users = You can add at most 25 users at a time.
code-name_missing = Enter a name.
code-name_too_long = A name has at most 64 characters.
code-name_invalid = A name cannot contain line breaks or other control characters.
code-catalog_name_empty = Enter a name.
code-catalog_name_too_long = A package or license name has at most 60 characters.
code-catalog_name_invalid = A package or license name cannot contain line breaks or other control characters.
code-catalog_name_in_use = Another entry already has this name. Choose a name your customers can tell apart.
code-undo_expired = An import can be undone for 24 hours after it finished; this one is older.
code-undo_not_available = This import cannot be undone: only a finished import can be, once.
code-changed_since_import = Left as it is: this user was changed after the import.
code-package_missing = Choose a package.
code-package_unknown = There is no such package in the catalog.
code-email_in_use = The organization already has a user with this email address.
code-number_unknown = This phone number is not in the organization's number inventory.
code-number_other_location = This phone number belongs to another location.
code-location_name_empty = Enter the location's name.
code-location_name_too_long = A location name has at most 80 characters.
code-location_name_invalid = A location name cannot contain line breaks or other control characters.
code-location_name_in_use = The organization already has a location with this name.
code-location_in_use = This location still has users or phone numbers.
code-address_line_missing = Enter the street address.
code-city_missing = Enter the city.
code-address_field_too_long = This address field has at most 100 characters.
code-address_field_invalid = An address cannot contain line breaks or other control characters.
code-number_exists = This phone number is already in a number inventory.

## Users list (Control Hub)
users-title = Users
users-add = Add users
users-added =
    { $count ->
        [one] { $count } user added. An invitation email is on its way.
       *[other] { $count } users added. Invitation emails are on their way.
    }
users-search = Search by name or email
users-sort = Sort by
users-sort-name_asc = Name (A to Z)
users-sort-name_desc = Name (Z to A)
users-sort-email_asc = Email (A to Z)
users-sort-email_desc = Email (Z to A)
users-filter-all = All
users-filter-package = Package
users-filter-location = Location
users-filter-status = Status
users-count = { $total } users in this organization · page { $page }
users-empty = No users match.
users-col-name = Name
users-col-email = Email
users-col-package = Package
users-col-location = Location
users-col-extension = Extension
users-col-number = Phone number
users-col-status = Status
users-pages = Pages of users
pager-previous = Previous page
pager-next = Next page
user-status-invited = Invited
user-status-active = Active
user-status-inactive = Inactive

## Add users manually (PH-2)
add-users-title = Add users manually
add-users-intro = Add up to { $max } users at a time. Each gets an invitation email. Nothing is saved unless every row is valid.
add-users-row = User { $row }
add-users-email = Email address
add-users-first-name = First name
add-users-last-name = Last name
add-users-display-name = Display name
add-users-package = Package
add-users-package-choose = Choose a package
add-users-remove = Remove
add-users-remove-row = Remove user { $row }
add-users-add-row = Add another user
add-users-row-count = { $count } of { $max } users
add-users-submit =
    { $count ->
        [one] Add { $count } user
       *[other] Add { $count } users
    }
add-users-saving = Saving…
add-users-fix =
    { $count ->
        [one] Fix { $count } problem before saving.
       *[other] Fix { $count } problems before saving.
    }

## Calling data (PH-4, PH-8)
calling-location = Location
calling-location-none = No location
calling-extension = Extension
calling-number = Phone number
calling-hint = Calling packages need a location and an extension or a phone number. Phone numbers in national format are read in the location's country.

## One user
user-title = User
user-profile = Profile
user-created = Added
user-email-language = Email language
user-email-language-default = Default (English)
user-email-language-hint = Activation codes and other mail to this user are written in this language.
user-email-language-saved = Saved.
user-package = Package
user-licenses = Licenses
user-change-package = Change package
user-new-package = New package
user-calling-required = This package needs calling data: a location and an extension or a phone number.
user-calling-optional = This package needs no calling data.
user-change = Change
user-package-changed = Package changed to { $package }.
user-calling = Calling
user-devices = Devices
user-devices-empty = No devices yet.
cancel = Cancel

## Locations and numbers
locations-title = Locations
locations-add = Add location
locations-empty = No locations yet.
locations-col-name = Name
locations-col-address = Address
locations-col-country = Country
locations-col-users = Users
locations-col-numbers = Numbers
locations-col-free = Free numbers
locations-line1 = Street address
locations-line2 = Address line 2
locations-city = City
locations-state = State or region
locations-postal-code = Postal code
locations-edit = Edit location
locations-edit-label = Edit { $name }
locations-delete-label = Delete { $name }
locations-delete-title = Delete { $name }?
locations-delete-body = The location and its address are removed. This cannot be undone.
button-edit = Edit
button-delete = Delete
button-save = Save

numbers-title = Phone numbers
numbers-add = Add numbers
numbers-empty = No phone numbers.
numbers-pages = Pages of phone numbers
numbers-col-state = State
numbers-col-user = User
numbers-assigned = Assigned
numbers-free = Free
numbers-text = Phone numbers, one per line
numbers-hint = In international format (+1 231 456 9000) or in the location's national format. Nothing is added unless every line is valid.
numbers-line-problem = Line { $line }: { $problem }

## Users → Import CSV (PH-4 … PH-7)

users-import = Import CSV
users-export = Export CSV
import-title = Import users from a CSV file
import-lead = Add, change and delete users in bulk. The file is checked here, against this organization's data, before anything is sent; nothing changes until you apply it.
import-template = Download the template
import-step-file = 1. Choose the file
import-choose = CSV file
import-choose-hint = UTF-8 (with or without BOM), comma- or semicolon-separated, up to 100,000 rows and 50 MB. All-FALSE package columns delete the user.
import-reading = Reading the file…
import-checking = Checking the file…
import-checking-rows = Checking rows: { $done } of { $total }…
import-sending = Sending…
import-checked = { $rows } rows checked: { $errors } errors, { $warnings } warnings.
import-findings = 2. Findings
import-no-findings = No problems found.
import-error-report = Download the error report
import-filter-severity = Severity
import-filter-code = Problem
import-col-row = Row
import-col-column = Column
import-col-severity = Severity
import-col-problem = Problem
import-col-email = Email
import-col-action = Action
import-col-outcome = Outcome
import-header-row = Header
severity-error = Error
severity-warning = Warning
import-more-findings =
    { $count ->
        [one] { $count } more finding is in the error report.
       *[other] { $count } more findings are in the error report.
    }
import-row-cells = Row { $row } as written in the file
import-preview = 3. Preview
import-preview-add = Users to add
import-preview-modify = Users to change
import-preview-delete = Users to delete
import-preview-licenses = Licenses this import takes and frees
import-col-license = License
import-col-subscription = Subscription
import-col-consumed = Taken
import-col-freed = Freed
import-col-left = Left afterwards
import-mode = Services
import-mode-default = Also give every user Basic Messaging, Basic Space Meetings and Call on Webex
import-mode-authoritative = Add and remove services: the file's Basic Messaging, Basic Space Meetings and Call on Webex columns decide
import-all-or-nothing = All or nothing: if any row is refused, apply none
import-blocked-all-or-nothing = Fix the errors first, or clear “All or nothing” to apply the rows without errors.
import-rows-skipped =
    { $count ->
        [one] { $count } row has errors and will be left out.
       *[other] { $count } rows have errors and will be left out.
    }
import-apply =
    { $count ->
        [one] Apply { $count } row
       *[other] Apply { $count } rows
    }
import-recent = Recent imports
import-recent-empty = No imports yet.
import-job-title = CSV import
import-back-to-users = Back to users
import-another = Import another file
import-progress = { $done } of { $total } rows done
import-status-draft = Not applied
import-status-queued = Waiting to start
import-status-running = Running
import-status-done = Finished
import-status-failed = Not applied
import-status-undo_queued = Undo waiting to start
import-status-undoing = Undoing
import-status-undone = Undone
import-undo = Undo this import
import-undo-until = You can undo this import until { $time }.
import-undo-confirm = Undo restores every user, license and number this import changed. Users changed since the import are left as they are and listed.
import-undo-yes = Undo the import
import-undone-rows = Restored
import-undo-conflicts = Left as changed since
import-col-undo = Undo
import-undo-outcome-undone = Restored
import-undo-outcome-conflict = Left as it is
import-outcome-applied = Applied
import-outcome-refused = Refused
import-outcome-skipped = Left out
import-kind-add = Add
import-kind-modify = Change
import-kind-delete = Delete
import-results = Row results
import-more-rows = Show more rows
import-failure-rows_refused = Nothing was applied: the import was all or nothing and a row was refused.
import-failure-internal = The import stopped because of a server error. Nothing half-applied is left; applied rows are listed below.
import-failure-file_unreadable = The stored file could not be read again. Nothing was applied.

## Partner Hub → Catalog
nav-catalog = Catalog
catalog-title = Catalog
catalog-intro = The names your customers see for packages and licenses. Keys never change, so scripts and CSV files keep working after a rename.
catalog-packages = Packages
catalog-licenses = Licenses
catalog-col-name = Name
catalog-col-key = Key
catalog-col-grants = Licenses granted
catalog-col-everyone = Given to every user
catalog-everyone-yes = Yes
catalog-everyone-no = No
catalog-rename = Rename
catalog-reset = Reset
catalog-rename-label = Rename { $name }
catalog-reset-label = Reset { $name } to its default name
catalog-rename-title = Rename { $name }
catalog-default-name = Default name: { $name }
catalog-renamed = Renamed to { $name }.
catalog-reset-done = Back to { $name }.

## Emails
email-invitation-subject = { $admin } invited you to { $org }
email-invitation-body =
    Hello { $name },

    { $admin } added you to { $org } in Switchboard. Your calling and meeting services are being set up; you will hear from your administrator when they are ready.
email-webex-go-subject = Your Webex Go activation code
email-webex-go-body =
    Hello { $name },

    { $org } has given you a Webex Go business line on your own mobile phone.

    Your activation code: { $code }
    It works once and expires on { $expires }.

    iPhone: Settings → Mobile Service → Add eSIM → Use QR Code → Enter Details Manually. SM-DP+ address: { $smdp }, activation code: { $code }.
    Android: Settings → Network & internet → SIMs → Add eSIM → Need help? → Enter it manually. Network provider code: { $provider }, then the activation code.

    If the code expires or you change phones, ask your administrator for a new one.

## Devices and Webex Go (issue 5: GO-1 … GO-14)
nav-devices = Devices
line-status-activation_pending = Activation pending
line-status-online = Online
line-status-offline = Offline
users-col-webex-go = Webex Go
user-device-actions = Device actions for { $name }
user-add-webex-go = Add Webex Go device
devices-title = Devices
devices-add = Add device
devices-search = Search by user, email or model
devices-count = Devices: { $total } · page { $page }
devices-empty = No devices match.
devices-pages = Pages of devices
devices-deleted = Device deleted. Its Webex Go license is back in the available pool.
devices-col-device = Device
devices-col-owner = User
devices-col-status = Status
devices-col-number = Phone number
devices-col-added = Added
add-device-title = Add device
add-device-step-user = Step 1: the user
add-device-for = Add a device for
add-device-existing-user = Existing user
add-device-user-search = Search users by name or email
add-device-choose-user = Choose the user
add-device-no-users = No users match.
add-device-user-required = Choose a user first.
add-device-next = Next
add-device-back = Back
add-device-step-type = Step 2: a device for { $name }
add-device-type = Device type
add-device-webex-go = Webex Go device
add-device-webex-go-hint = A business line on the user's own mobile phone, through an eSIM.
add-device-type-required = Choose a device type.
webex-go-title = Add Webex Go device
webex-go-for = For { $name } ({ $email })
webex-go-details = Line details
webex-go-license-note = Adding the device uses one Webex Go license of the subscription.
webex-go-subscription = Subscription ID
webex-go-subscription-choose = Choose a subscription
webex-go-subscription-option = { $id } ({ $available } of { $quantity } licenses available)
webex-go-subscription-required = Choose the subscription whose Webex Go license the line uses.
webex-go-number = Phone number
webex-go-number-hint = The user has no phone number yet. Choose a free number of the user's location or type one.
webex-go-uses-number = The line uses the user's phone number { $number }.
webex-go-email-sent = The activation code and instructions are emailed to the user.
webex-go-email-suppressed = Email to users is suppressed in this organization: you copy, send or print the activation code yourself.
webex-go-add = Add
webex-go-adding = Adding…
webex-go-added = Webex Go device added for { $name }.
webex-go-ineligible = Webex Go cannot be added for this user:
webex-go-has-line = { $name } has a Webex Go line already.
webex-go-open-device = Open the device
webex-go-back-to-user = Back to the user
activation-title = Activation details
activation-once = The activation code is shown only now. Once you leave this page it cannot be shown again: hand it over now, or generate a new one later.
activation-qr-label = QR code to activate the Webex Go eSIM of { $name }
activation-apple = For Apple devices
activation-android = For Android devices
activation-smdp = SM-DP+ address
activation-code = Activation code
activation-provider = Network provider code
activation-expires-on = The code works once and expires on { $date }.
activation-emailed = Emailed to { $email }, with instructions.
activation-not-emailed = Email to users is suppressed in this organization: copy, send or print the code for the user.
activation-copy = Copy code
activation-copied = Code copied.
activation-copy-failed = The browser did not allow copying: select the code and copy it by hand.
activation-print = Print
activation-send-to = Send to an address
activation-send-address = Email address
activation-send = Send
activation-sent = Sent to { $email }.
device-title = Device
device-details = Details
device-model = Model
device-subscription = Subscription
device-code-expires = Activation code expires
device-no-code = No unused activation code
device-actions = Actions
device-regenerate = Generate new activation code
device-regenerate-hint = Every earlier code stops working.
device-regenerate-unavailable = Available only while activation is pending; this line is active on a phone now. When the user removes it from the phone, the line goes back to Activation pending.
device-lost-stolen = Lost/Stolen
device-lost-hint = Disables the line on the lost phone and generates activation details for a replacement phone.
device-lost-title = Report the phone lost or stolen?
device-lost-body = The business line on the lost phone is disabled now: it can no longer place or answer business calls. New activation details are generated for the replacement phone, and every earlier code stops working.
device-lost-confirm = Disable the line and generate new details
device-lost-done = The line on the lost phone is disabled. New activation details for the replacement phone:
device-new-code = New activation code generated. Every earlier code has stopped working.
device-delete-hint = Removes the device; its license returns to the available pool.
device-delete-title = Delete this Webex Go device?
device-delete-body = The line is deactivated: business calls can no longer be placed or answered from the phone's native dialer, and the Webex Go license returns to the available pool. The user removes the dead line from the phone by hand.
overview-email = Email to users
overview-suppress-email = Suppress email to users
overview-suppress-email-hint = When on, Switchboard does not email activation codes to users: admins copy, send or print them.
overview-suppress-email-on = On: admins hand activation codes over.
overview-suppress-email-off = Off: users get their activation codes by email.

## Detailed call history (GO-16)
code-call_record_invalid = This call record is not an object of the ingest API's shape.
code-call_record_id_invalid = A call record needs an id of 1 to 128 printable characters without spaces.
code-call_start_missing = A call record needs a start time.
code-call_start_invalid = The start time is not a date and time in RFC 3339 format (2026-03-04T10:15:30Z).
code-call_start_out_of_range = The start time is before 2000 or more than a day in the future.
code-call_duration_invalid = The duration must be between 0 seconds and 24 hours.
code-call_direction_invalid = The direction must be ORIGINATING or TERMINATING.
code-call_number_invalid = A calling or called number has at most 128 characters and no control characters.
code-sub_client_type_unknown = Unknown sub-client type. Use Mobile_Network, Desktop, Mobile_App, Desk_Phone, Browser or Other.
code-call_user_unknown = The organization has no such user.
code-call_device_unknown = The organization has no such device.
code-call_device_user_mismatch = This device belongs to another user than the one the call record names.
code-call_records_too_many = Send at most 1,000 call records per request.
code-date_range_invalid = Enter two dates, the second one not before the first.
code-date_range_too_long = Choose a range of at most 31 days.
code-export_too_large = The export would have more than 100,000 calls. Choose a shorter range or more filters.
code-device_management_not_entitled = This organization does not have the Device Management integration, so partner-managed devices cannot be managed here.
code-disclaimer_not_acknowledged = Confirm that you are responsible for keeping the SIP credentials secure before saving.
code-device_not_partner_managed = This action is only for partner-managed SIP devices.
code-device_needs_user = A personal device needs at least one user. Add another user before removing this one.
code-device_catalog_field_invalid = Enter 1 to 60 characters without tabs or line breaks.
code-line_count_invalid = Enter a line count from 1 to 16.
code-room_type_unknown = Choose one of the room types.
code-capacity_invalid = Enter a capacity from 1 to 999.
code-workspace_license_unknown = Choose Workspace Professional or Common Area.
code-devices_too_many = Send at most 500 devices per request.
code-order_subscription_id_invalid = The subscription ID must have 1 to 64 letters, digits, hyphens or underscores.
code-order_services_empty = The order must include at least one service.
code-order_service_unknown = Unknown service. Use meetings, calling or suite.
code-order_service_duplicate = The order lists this service twice. Put its whole quantity on one line.
code-order_quantity_invalid = Enter a quantity from 1 to 100,000.
code-order_conflict = An order with this subscription ID was already received with different content.
code-org_id_invalid = This is not a valid organization ID.
code-business_vertical_unknown = Choose a business vertical from the list.
code-wizard_step_mismatch = This setup step has changed in the meantime, for example in another tab. Reload the page to continue where the setup stands.
code-wizard_state_invalid = The saved setup progress could not be read. Start the setup again.
code-customer_setup_not_applicable = Only an order for a customer can be left to the customer to set up.
code-time_zone_unknown = Choose a time zone from the list.
code-sites_empty = Add at least one Webex site.
code-sites_too_many = Set up at most 10 sites.
code-site_name_duplicate = Two sites cannot have the same URL name.
code-site_name_taken = This site URL name is already taken. Choose another one.
code-site_licenses_invalid = With several sites, give every site at least one license.
code-license_split_mismatch = The licenses given to the sites must add up to the quantity ordered.
code-address_country_mismatch = The address must be in the country or region chosen for the headquarters.
code-setup_link_invalid = This setup link is not valid. Open the link from the email exactly as it was sent.
code-setup_link_expired = This setup link has expired. Ask the person who placed the order to send a new one.
code-setup_link_superseded = This setup link was replaced by a newer one, for example because the order was passed to someone else.
code-customer_has_no_admin = The customer organization has no administrator who could set up the services. Set them up yourself, or add an administrator first.
code-not_provisioning_admin = You do not hold the Provisioning admin label in this organization.

## Emails: subscription orders (issue 7)
email-order-welcome-subject = Provisioning information needed for order { $subscription }
email-order-welcome-body =
    Hello,

    Order { $subscription } is ready to be set up: { $services }.

    Setup has two parts: find the organization, then set up the services. Start here (Set up service):
    { $link }

    The link works until { $expires }. If you did not expect this email, contact the sales agent you placed the order with.
email-order-handover-subject = { $admin } asked you to complete order { $subscription }
email-order-handover-body =
    Hello,

    { $admin } asked you to complete the setup of order { $subscription }: { $services }.

    Setup has two parts: find the organization, then set up the services. Start here (Set up service):
    { $link }

    The link works until { $expires }.
email-order-customer-setup-subject = Set up the services of order { $subscription }
email-order-customer-setup-body =
    Hello,

    { $admin } mapped order { $subscription } ({ $services }) to { $org } and left the setup of the services to you. Your partner keeps access to help you.

    Continue here (Set up service):
    { $link }

    The link works until { $expires }.
email-full-admin-request-subject = { $admin } asks for full administrator rights in { $org }
email-full-admin-request-body =
    Hello,

    { $admin } ({ $email }) provisioned a subscription for { $org } and holds the Provisioning admin label there. They ask you to make them a full administrator of { $org }.

    Grant or decline it on the organization's overview: { $link }

    If you do not know this request, decline it or ignore this email.
nav-call-history = Call history
calls-title = Detailed call history
calls-intro = Calls reported by the calling platform. Calls on a Webex Go line show the sub-client type Mobile_Network. Times are in UTC.
calls-export = Export CSV
calls-filters = Call filters
calls-from = From
calls-to = To
calls-range-hint = Whole days in UTC, both included; at most 31 days.
calls-user = User
calls-sub-client = Sub-client type
calls-sub-all = All
calls-sub-mobile-network = Mobile network (Webex Go)
calls-sub-desktop = Desktop app
calls-sub-mobile-app = Mobile app
calls-sub-desk-phone = Desk phone
calls-sub-browser = Web app
calls-sub-other = Other
calls-count = Calls: { $total } · page { $page }
calls-empty = No calls match these filters.
calls-pages = Pages of calls
calls-col-time = Start time (UTC)
calls-col-user = User
calls-col-direction = Direction
calls-col-calling = Calling number
calls-col-called = Called number
calls-col-duration = Duration
calls-col-sub-client = Sub-client type
calls-direction-originating = Outgoing
calls-direction-terminating = Incoming
calls-no-user = No user

## Devices → Import CSV: Webex Go lines in bulk (GO-7 … GO-9)

device-import-link = Import CSV
device-import-title = Import Webex Go devices from a CSV file
device-import-lead = Add Webex Go lines for many users at once. Download the template (its last columns name this organization's Webex Go subscriptions), fill in one row per user and choose the file. It is checked here, against this organization's data, before anything is sent.
device-import-template = Download CSV template
device-import-back = Back to devices
device-import-step-file = 1. Choose the file
device-import-choose = CSV file
device-import-choose-hint = The template's columns, one row per user, TRUE in the Webex Go column of the subscription to take the license from. UTF-8, comma- or semicolon-separated, up to 100,000 rows.
device-import-checking = Checking the file…
device-import-sending = Sending…
device-import-checked = Rows: { $rows }. Errors: { $errors }.
device-import-findings = 2. Findings
device-import-no-findings = No problems found: every row can be added.
device-import-header-row = Header
device-import-col-row = Row
device-import-col-column = Column
device-import-col-severity = Severity
device-import-col-problem = Problem
device-import-more-findings =
    { $count ->
        [one] { $count } more finding is not shown.
       *[other] { $count } more findings are not shown.
    }
device-import-step-submit = 3. Add the lines
device-import-rows = Rows in the file
device-import-lines = Webex Go lines to add
device-import-errors = Errors
device-import-per-subscription = Licenses taken per subscription
device-import-col-subscription = Subscription
device-import-col-lines = Lines
device-import-blocked =
    { $count ->
        [one] The file has { $count } error. Fix it and choose the file again: nothing is added while the file has errors.
       *[other] The file has { $count } errors. Fix them and choose the file again: nothing is added while the file has errors.
    }
device-import-email = Email activation code
device-import-email-on = Each user gets an email with their activation code and the instructions, unless this organization suppresses email.
device-import-email-off = No email is sent: the lines wait in Activation pending until you generate a code on each device's page and hand it over.
device-import-submit =
    { $count ->
        [one] Submit: add { $count } Webex Go line
       *[other] Submit: add { $count } Webex Go lines
    }
device-import-job-title = Webex Go import
device-import-another = Import another file
device-import-progress = { $done } of { $total } rows done
device-import-applied = Lines added
device-import-refused = Rows refused
device-import-job-email-on = Activation codes are emailed to the users (unless this organization suppresses email).
device-import-job-email-off = Activation codes are not emailed: generate a code on each device's page.
device-import-failed = The import stopped because of a server error. The rows listed below were applied; the others were not.
device-import-results = Row results
device-import-col-username = Username
device-import-col-outcome = Outcome
device-import-col-activation = Activation
device-import-col-device = Device
device-import-outcome-applied = Added
device-import-outcome-refused = Refused
device-import-activation-emailed = Activation code emailed to the user
device-import-activation-pending = Activation pending: generate a code on the device's page
device-import-open-device = Open the device
device-import-more-rows = Show more rows
device-import-status-queued = Waiting to start
device-import-status-running = Running
device-import-status-done = Finished
device-import-status-failed = Stopped
action-webex_go_imported = Imported Webex Go lines from a CSV file
action-partner_device_added = Added a partner-managed device
action-partner_device_users_changed = Changed the users of a partner-managed device
action-sip_password_updated = Generated a new SIP password
action-device_management_set = Changed the Device Management integration
action-device_catalog_changed = Changed the approved device catalog
action-workspace_created = Created a workspace
action-workspace_deleted = Deleted a workspace
action-order_received = Received an order
action-order_link_opened = Opened an order's setup link
action-order_handed_over = Passed an order to someone else to set up
action-order_orgs_mapped = Mapped an order to its organizations
action-order_provisioned = Set up an order's services
action-full_admin_requested = Asked for full administrator rights
action-full_admin_granted = Granted full administrator rights
action-full_admin_declined = Declined a request for full administrator rights

## Partner-managed devices of users (PMD-1, PMD-4, PMD-9)
partner-device-title = Add partner-managed device
partner-device-for = For { $name }
partner-device-not-entitled = This organization does not have the Device Management integration, so partner-managed devices cannot be added or managed here. A partner administrator can turn it on in the organization's overview.
partner-device-management = Device management
partner-device-managed = Partner Managed Devices
partner-device-managed-hint = Third-party SIP devices that your solution partner provisions and manages. You own their SIP credentials.
partner-device-details = Device details
partner-device-mac = MAC address
partner-device-mac-reads = Reads as { $mac }.
partner-device-save = Save
partner-device-saving = Saving…
partner-device-save-hint = Confirm the disclaimer to save.
partner-device-added = Device added for { $name }.
partner-device-back-to-devices = Back to devices
add-device-partner = Cisco phone, ATA, or 3rd party device
add-device-partner-hint = A desk phone or adapter registered with SIP credentials, such as a partner-managed device.
sip-credentials-title = SIP credentials
sip-user-name = SIP user name
sip-realm = Realm
sip-password = Password
sip-copy-user-name = Copy user name
sip-copy-password = Copy password
partner-device-vendor = Vendor
partner-device-workspace = Workspace
partner-device-password-changed = Password last set
partner-device-disclaimer-by = Disclaimer acknowledged
partner-device-disclaimer-when = By { $admin } on { $date }
partner-device-update-password = Update password
partner-device-update-password-hint = Generates a new SIP password. The device cannot register until you enter it there.
partner-device-update-password-title = Update the SIP password?
partner-device-update-password-body = A new password is generated and shown once. The current password stops working at once, so the device cannot register until the new one is entered on it.
partner-device-update-password-confirm = Update password
partner-device-password-updated = New SIP password generated.
partner-device-delete-hint = Removes the device and its SIP credentials. The device stops registering.
partner-device-delete-title = Delete this device?
partner-device-delete-body = The device, its SIP credentials and its users' assignments are removed. It stops registering at once.
partner-device-users = Users
partner-device-remove = Remove
partner-device-remove-user = Remove { $name } from this device
partner-device-last-user = A device keeps at least one user.
partner-device-add-user = Add a user: search by name or email
partner-device-add = Add
partner-device-add-this-user = Add { $name } to this device
partner-device-user-added = { $name } can now use this device.
partner-device-user-removed = { $name } no longer uses this device.
devices-workspace = Workspace
## Partner-managed devices and workspaces (PMD-1 … PMD-9)
nav-device-types = Device types
nav-workspaces = Workspaces
steps-label = Steps
steps-position = Step { $step } of { $total }
sip-credentials-once = This is the last time you can view the password in full. Copy it now and keep it secure: you are responsible for fraud caused by credentials that were not kept secure.
sip-copy-realm = Copy realm
sip-copied = { $what } copied to the clipboard.
sip-copy-failed = The browser did not allow copying. Select the text and copy it yourself.
pmd-device-type = Device type
pmd-device-type-choose = Choose a device type
pmd-device-type-option = { $vendor } { $model } ({ $type }, firmware { $firmware } or later)
pmd-type-phone = Desk phone
pmd-type-ata = Analogue adapter (ATA)
pmd-mac = MAC address
pmd-mac-hint = 12 hexadecimal digits, as on the device's label, e.g. 00:1A:2B:3C:4D:5E.
pmd-disclaimer = I own the SIP credentials of this device and am responsible for any fraud caused by failing to keep them secure.
device-types-title = Device types
device-types-intro = The approved third-party SIP devices your customers' admins can add, each with the minimum firmware it needs. Devices of other types cannot be added.
device-types-add = Add device type
device-types-read-only = Only partner full administrators can change the device types.
device-types-empty = No device types yet.
device-types-list = Approved catalog
device-types-col-model = Model
device-types-col-vendor = Vendor
device-types-col-type = Type
device-types-col-firmware = Minimum firmware
device-types-col-lines = Lines
device-types-col-approved = Approved
device-types-approved-yes = Approved
device-types-approved-no = Withdrawn
device-types-approved-label = Approved: admins can add devices of this type
device-types-edit = Edit
device-types-edit-label = Edit { $name }
device-types-key = Key (for API clients)
device-types-saved = { $name } saved.
overview-device-management = Device Management integration
overview-device-management-switch = Device Management integration
overview-device-management-hint = Lets the organization's admins add and manage partner-managed SIP devices and workspaces. Only partner full administrators can change it.
overview-device-management-on = On: partner-managed devices can be added and managed.
overview-device-management-off = Off: partner-managed devices cannot be added or managed.
room-type-meeting_room = Meeting room
room-type-huddle_room = Huddle room
room-type-lobby = Lobby
room-type-open_space = Open space
room-type-office = Office
room-type-other = Other
workspace-license-professional = Workspace Professional
workspace-license-common_area = Common Area
workspace-device-count = { $count } of { $limit }
workspaces-title = Workspaces
workspaces-add = Add workspace
workspaces-empty = No workspaces yet.
workspace-deleted = The workspace was deleted. Its license and number are free again.
workspace-title = Workspace
workspace-details = Details
workspace-name = Workspace name
workspace-name-hint = The room's name: at most 30 characters, without % # < > , \ or ".
workspace-room-type = Room type
workspace-room-type-choose = Choose a room type
workspace-capacity = Capacity
workspace-license = License type
workspace-subscription = Subscription
workspace-location = Location
workspace-number = Phone number
workspace-extension = Extension (optional)
workspace-devices = Devices
workspace-no-devices = No devices yet.
workspace-add-device = Add device
workspace-limit = Device limit of this license: { $limit }.
workspace-device-added = Device added.
workspace-credentials-done = I have copied the credentials
workspace-delete = Delete workspace
workspace-delete-title = Delete this workspace?
workspace-delete-body = Its devices are removed, and its license and phone number return to the organization. This cannot be undone.
add-device-new-workspace = New workspace
add-workspace-title = Add workspace
add-workspace-step-workspace = Workspace
add-workspace-step-device = Device
add-workspace-step-calling = Calling
add-workspace-no-models = There are no approved device types yet. A partner full administrator adds them under Partner Hub → Device types.
add-workspace-license-option = { $license } (devices per workspace: up to { $limit }; licenses available: { $available })
add-workspace-subscription-required = Choose the subscription whose license the workspace uses.
add-workspace-location-choose = Choose a location
add-workspace-location-option = { $name } (free numbers: { $free })
add-workspace-location-required = Choose the workspace's location.
add-workspace-number-choose = Choose a free number
add-workspace-number-required = Choose one of the location's free numbers.
add-workspace-saving = Saving…
add-workspace-created = Workspace { $name } created.
add-workspace-open = Open the workspace
# Subscription orders and the setup wizard (issue 7, SUB-1 … SUB-10)
nav-orders = Orders
orders-title = Orders
orders-lead = Subscriptions from the ordering system and where their setup stands. An unfinished setup resumes at the step where it was left.
orders-state-all = All states
orders-empty = No orders yet.
orders-count =
    { $count ->
        [one] { $count } order
       *[other] { $count } orders
    }
orders-col-subscription = Subscription
orders-col-services = Services
orders-col-state = State
orders-col-assignee = Set up by
orders-col-customer = Customer
orders-col-updated = Updated
orders-col-actions = Actions
orders-resume = Resume
orders-resume-label = Resume the setup of { $id }
orders-open = Open
orders-open-label = Open order { $id }
order-state-new = New
order-state-in_progress = In progress
order-state-handed_to_customer = Left to the customer
order-state-provisioned = Set up
service-meetings = Webex Meetings
service-calling = Webex Calling
service-suite = Webex Suite
orders-unfinished =
    { $count ->
        [one] You have { $count } order to set up.
       *[other] You have { $count } orders to set up.
    }
orders-unfinished-resume = Continue setting up { $id }
orders-unfinished-all = All orders
landing-title = Welcome
landing-no-org = You do not administer an organization yet. It is created when you set up your order.
setup-link-title = Set up service
setup-link-lead = Your new subscription is ready. Setup has two parts: find the organization, then set up the services.
setup-link-sign-in = Sign in to continue
setup-link-sign-in-hint = Sign in as { $email } to set up this order.
setup-link-opening = Opening the setup…
setup-link-refused-hint = If you have already set up this order, sign in to find it under Orders.
setup-link-go-sign-in = Go to sign-in
setup-account-title = Create your account
setup-account-hint = There is no account for { $email } yet. Choose your name and a password to continue.
setup-account-name = Your name
setup-account-password = Password
setup-account-password-hint = At least { $min } characters. A passphrase of a few words is easy to remember.
setup-account-repeat = Repeat the password
setup-account-repeat-mismatch = The two passwords are not the same.
setup-account-submit = Create account and continue
setup-account-pending = Creating the account…
setup-title = Set up a subscription
setup-heading = Set up subscription { $id }
setup-saved = Saved.
setup-saving = Saving…
setup-next = Next
setup-back = Back
setup-later = Set up later
setup-finish = Finish setup
setup-close = Close
setup-step-order_for = Order for
setup-step-partner_org = Partner organization
setup-step-customer_org = Customer organization
setup-step-review = Review
setup-step-meetings = Webex Meetings
setup-step-calling = Webex Calling
setup-step-handed_over = Handed over
setup-step-done = Done
setup-order-for-legend = Who is this order for?
setup-order-for-customer = This order is for a customer
setup-order-for-customer-hint = Recommended: you set up the services on the customer's behalf and can support them afterwards.
setup-order-for-my-company = This order is for my company
setup-order-for-my-company-hint = You set up the services for your own organization.
setup-order-for-someone-else = I want someone else to complete this order
setup-order-for-someone-else-hint = They receive the Set up service link by email.
setup-order-for-required = Choose who the order is for.
setup-order-for-contact-hint = When you select Next, your email address (the provisioning contact) is matched against the existing organizations.
setup-someone-else-email = Their email address
setup-org-matched = Based on your email address, we matched your order to this organization. Check it, then select Next.
setup-org-candidates = We found organizations that match the domain of your email address. Check them carefully: verified domains, active users and recent activity tell the right one.
setup-org-none = No organization matches your email address. Create a new one.
setup-org-customers = No organization matches your email address. Choose one of your customers, or create a new organization.
setup-org-pick-partner = Choose the partner organization
setup-org-pick-customer = Choose the customer organization
setup-org-create = Create a new organization
setup-org-choose = Choose an organization, or create a new one.
setup-org-domains = Verified domains: { $domains }
setup-org-no-domains = No verified domains
setup-org-active-users =
    { $count ->
        [one] { $count } active user
       *[other] { $count } active users
    }
setup-org-last-activity = Last user activity: { $date }
setup-org-no-activity = No user activity
setup-org-stale = No verified domains and no user activity for a year: probably not the right organization.
setup-org-name = Company name
setup-org-vertical = Business vertical
setup-org-vertical-choose = Choose a business vertical
setup-org-country = Country or region
setup-org-country-choose = Choose a country or region
vertical-education = Education
vertical-government = Government
vertical-healthcare = Healthcare
vertical-financial_services = Financial services
vertical-manufacturing = Manufacturing
vertical-retail = Retail
vertical-technology = Technology
vertical-professional_services = Professional services
vertical-hospitality = Hospitality
vertical-non_profit = Non-profit
vertical-media = Media and entertainment
vertical-transportation = Transportation
vertical-energy_utilities = Energy and utilities
vertical-telecommunications = Telecommunications
vertical-other = Other
setup-review-lead = Check the organizations. When you select Next, they are saved: new ones are created and the order is linked to them.
setup-review-new-org = New organization · { $vertical } · { $country }
setup-review-provisioning-admin = You will hold the Provisioning admin label in { $customer }. If you need full administrator rights, finish the setup first, then request them from the customer's administrator.
setup-review-customer-sets-up = My customer will set up their own services
setup-review-customer-sets-up-hint = The customer's administrator is emailed to continue the setup. You keep your access to the customer's organization.
setup-review-commit-hint = After this step you cannot go back to the organizations.
setup-meetings-lead = Choose the Webex site URL, its time zone and whether it joins the early adopter program. Meetings licenses ordered: { $quantity }.
setup-meetings-site = Site { $n }
setup-meetings-url-name = Site URL name
setup-meetings-url-preview = Your site: { $url }
setup-meetings-time-zone = Time zone
setup-meetings-time-zone-choose = Choose a time zone
setup-meetings-early-adopter = Early adopter program
setup-meetings-early-adopter-hint = A site in the early adopter program gets features before the normal rollout cycle.
setup-meetings-additional = I need additional URLs
setup-meetings-add-site = Add another URL
setup-meetings-remove = Remove
setup-meetings-remove-site = Remove site { $n }
setup-meetings-licenses = Licenses for this site
setup-meetings-split-ok = { $sum } of { $total } licenses distributed.
setup-meetings-split-left = { $sum } of { $total } licenses distributed: { $difference } still to distribute.
setup-meetings-split-over = { $sum } of { $total } licenses distributed: { $difference } too many.
setup-calling-lead = Enter the headquarters location. Calling licenses ordered: { $quantity }.
setup-calling-name = Headquarters location name
setup-calling-country = Country or region where most users are
setup-calling-address = Address
setup-calling-more-later = You can change the location or add more locations later in Control Hub.
setup-handed-over-person = We emailed the Set up service link to { $email }. They continue the setup from there.
setup-handed-over-customer = We emailed the customer's administrator to set up the services. You keep your access to the customer's organization.
setup-done-text = Subscription { $id } is set up.
setup-summary-licenses =
    { $count ->
        [one] { $count } license
       *[other] { $count } licenses
    }
setup-download-summary = Download order summary (PDF)
setup-full-admin-hint = You hold the Provisioning admin label in { $customer }. Its administrators can grant you full administrator rights.
setup-request-full-admin = Request full admin
setup-full-admin-requested = Your request was emailed to the customer's administrators.
# The order summary PDF (SUB-10), written by the server.
pdf-order-title = Order summary
pdf-order-subscription-id = Subscription ID
pdf-order-date = Date
pdf-order-organizations = Organizations
pdf-order-partner = Partner
pdf-order-customer = Customer
pdf-order-services = Services
pdf-order-service = Service
pdf-order-quantity = Quantity
pdf-order-meetings-sites = Meetings sites
pdf-order-site-url = Site URL
pdf-order-time-zone = Time zone
pdf-order-early-adopter = Early adopter
pdf-order-licenses = Licenses
pdf-order-yes = Yes
pdf-order-no = No
pdf-order-calling-location = Calling headquarters location
pdf-order-location-name = Location name
pdf-order-country = Country/region
pdf-order-address = Address
# SUB-5: pending requests for full admin, on the org's overview.
full-admin-requests-title = Requests for full administrator rights
full-admin-requests-intro = These partner administrators set up a subscription for your organization and hold the Provisioning admin label. Granting makes them full administrators of your organization.
full-admin-request-line = { $name } ({ $email }), asked { $date }
full-admin-grant = Grant full admin
full-admin-decline = Decline
full-admin-granted = { $name } is now a full administrator.
full-admin-declined = The request of { $name } was declined.
