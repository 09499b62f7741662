//! The demo directory: locations in the US, Canada, the UK, Norway and
//! Romania, number inventories with free and used numbers, and users in
//! every package (issue 3). Added through the same store calls and the same
//! `domain` validation as the portal uses, so demo data is valid data.
use domain::{
    Address, AddressDraft, Country, LocationName, UserStatus,
    user::{CallingDraft, OrgDirectory, PackageRules, UserDraft, validate_manual_add},
};

use super::demo_id;
use crate::store::{NewAuditEntry, Store, UserToAdd};

struct DemoLocation {
    key: &'static str,
    org: &'static str,
    name: &'static str,
    line1: &'static str,
    city: &'static str,
    state: &'static str,
    postal_code: &'static str,
    country: &'static str,
    /// The first number of the inventory (E.164) and how many follow it.
    first_number: u64,
    numbers: u64,
}

const LOCATIONS: &[DemoLocation] = &[
    DemoLocation {
        key: "archer-grand-rapids",
        org: "archer",
        name: "Grand Rapids HQ",
        line1: "231 Monroe Ave NW",
        city: "Grand Rapids",
        state: "MI",
        postal_code: "49503",
        country: "US",
        first_number: 12314569000,
        numbers: 40,
    },
    DemoLocation {
        key: "archer-toronto",
        org: "archer",
        name: "Toronto Office",
        line1: "100 King St W",
        city: "Toronto",
        state: "ON",
        postal_code: "M5X 1A9",
        country: "CA",
        first_number: 14169671100,
        numbers: 10,
    },
    DemoLocation {
        key: "contoso-london",
        org: "contoso",
        name: "London",
        line1: "1 Poultry",
        city: "London",
        state: "",
        postal_code: "EC2R 8EJ",
        country: "GB",
        first_number: 442079460000,
        numbers: 20,
    },
    DemoLocation {
        key: "bergen-havn",
        org: "bergen",
        name: "Bergen havnekontor",
        line1: "Strandkaien 2",
        city: "Bergen",
        state: "",
        postal_code: "5013",
        country: "NO",
        first_number: 4755550000,
        numbers: 10,
    },
    DemoLocation {
        key: "cluj-napoca",
        org: "cluj",
        name: "Cluj-Napoca",
        line1: "Strada Memorandumului 28",
        city: "Cluj-Napoca",
        state: "Cluj",
        postal_code: "400114",
        country: "RO",
        first_number: 40264405000,
        numbers: 10,
    },
];

/// Named demo users: `(org, first, last, package, location key, extension,
/// take a number)`.
type DemoUser = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    bool,
);

const USERS: &[DemoUser] = &[
    (
        "archer",
        "Avery",
        "Archer",
        "webex_calling",
        "archer-grand-rapids",
        "1001",
        true,
    ),
    (
        "archer",
        "Blake",
        "Morgan",
        "webex_calling",
        "archer-grand-rapids",
        "1002",
        true,
    ),
    (
        "archer",
        "Casey",
        "Nguyen",
        "webex_calling_standard",
        "archer-grand-rapids",
        "1003",
        false,
    ),
    (
        "archer",
        "Devon",
        "Patel",
        "webex_suite",
        "archer-grand-rapids",
        "1004",
        true,
    ),
    (
        "archer",
        "Emery",
        "Tremblay",
        "webex_suite",
        "archer-toronto",
        "2001",
        true,
    ),
    ("archer", "Finley", "Roy", "webex_voice", "", "", false),
    (
        "archer",
        "Gray",
        "Kowalski",
        "webex_meetings",
        "",
        "",
        false,
    ),
    (
        "contoso",
        "Harriet",
        "Clarke",
        "webex_calling",
        "contoso-london",
        "3001",
        true,
    ),
    // Eligible for Webex Go but without a number yet (GO-3).
    (
        "contoso",
        "Jordan",
        "Reyes",
        "webex_calling",
        "contoso-london",
        "3003",
        false,
    ),
    (
        "contoso",
        "Idris",
        "Shah",
        "webex_calling_standard",
        "contoso-london",
        "3002",
        false,
    ),
    (
        "bergen",
        "Kari",
        "Nordmann",
        "webex_calling",
        "bergen-havn",
        "4001",
        true,
    ),
    (
        "bergen",
        "Øyvind",
        "Berg-Hansen",
        "webex_suite",
        "bergen-havn",
        "4002",
        false,
    ),
    (
        "bergen",
        "Solveig",
        "Aasen",
        "webex_meetings",
        "",
        "",
        false,
    ),
    (
        "cluj",
        "Ștefan",
        "Popescu",
        "webex_calling",
        "cluj-napoca",
        "5001",
        true,
    ),
    (
        "cluj",
        "Ioana",
        "Mureșan",
        "webex_calling",
        "cluj-napoca",
        "5002",
        false,
    ),
];

/// Archer Farms also gets this many generated users, so the users list has
/// pages to turn.
const GENERATED_USERS: usize = 120;
const FIRST_NAMES: &[&str] = &[
    "Alex", "Bailey", "Cameron", "Dana", "Elliot", "Frankie", "Jordan", "Harper", "Jamie",
    "Kendall", "Logan", "Morgan",
];
const LAST_NAMES: &[&str] = &[
    "Adams", "Brooks", "Carter", "Diaz", "Evans", "Foster", "Garcia", "Hughes", "Ito", "Jensen",
];

/// The default catalog's calling rules and the demo's locations.
struct DemoDirectory;

impl OrgDirectory for DemoDirectory {
    fn package(&self, key: &str) -> Option<PackageRules> {
        let needs_calling = matches!(
            key,
            "webex_calling" | "webex_calling_standard" | "webex_suite"
        );
        Some(PackageRules { needs_calling })
    }

    fn location_country(&self, location_id: &str) -> Option<Country> {
        LOCATIONS
            .iter()
            .find(|l| demo_id(l.key) == location_id)
            .and_then(|l| Country::parse(l.country).ok())
    }
}

fn email_domain(org: &str) -> String {
    match org {
        "archer" => "archerfarms.example".into(),
        "bergen" => "bergenhavn.example".into(),
        other => format!("{other}.example"),
    }
}

/// Plain ASCII for the email's local part (`Øyvind` → `oyvind`).
fn ascii_local(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            'Ø' | 'ø' => Some('o'),
            'Ș' | 'ș' | 'Ş' | 'ş' => Some('s'),
            c if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase()),
            '-' => Some('-'),
            _ => None,
        })
        .collect()
}

pub async fn load(store: &Store) -> anyhow::Result<()> {
    for location in LOCATIONS {
        let org_id = demo_id(location.org);
        let id = demo_id(location.key);
        if store.location(&org_id, &id).await?.is_some() {
            continue;
        }
        let name = LocationName::parse(location.name).map_err(|c| anyhow::anyhow!("{c}"))?;
        let address = Address::parse(&AddressDraft {
            line1: location.line1.into(),
            line2: String::new(),
            city: location.city.into(),
            state: location.state.into(),
            postal_code: location.postal_code.into(),
            country: location.country.into(),
        })
        .map_err(|f| anyhow::anyhow!("demo address: {f:?}"))?;
        store
            .insert_location(&org_id, &id, &name, &address)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let numbers: Vec<String> = (0..location.numbers)
            .map(|i| format!("+{}", location.first_number + i))
            .collect();
        let numbers: Vec<&str> = numbers.iter().map(String::as_str).collect();
        store
            .insert_numbers(&org_id, &id, &numbers)
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    for org in ["archer", "contoso", "bergen", "cluj"] {
        let org_id = demo_id(org);
        if store.count_users(&org_id).await? > 0 {
            continue;
        }
        let mut drafts = Vec::new();
        let mut next_number = std::collections::HashMap::new();
        for (_, first, last, package, location, extension, number) in
            USERS.iter().filter(|u| u.0 == org)
        {
            let phone_number = if *number {
                let demo = LOCATIONS.iter().find(|l| l.key == *location);
                let taken = next_number.entry(*location).or_insert(0u64);
                *taken += 1;
                demo.map(|l| format!("+{}", l.first_number + *taken - 1))
                    .unwrap_or_default()
            } else {
                String::new()
            };
            drafts.push(UserDraft {
                email: format!(
                    "{}.{}@{}",
                    ascii_local(first),
                    ascii_local(last),
                    email_domain(org)
                ),
                first_name: (*first).into(),
                last_name: (*last).into(),
                display_name: String::new(),
                package: (*package).into(),
                calling: CallingDraft {
                    location_id: if location.is_empty() {
                        String::new()
                    } else {
                        demo_id(location)
                    },
                    extension: (*extension).into(),
                    phone_number,
                },
            });
        }
        let mut batches = vec![drafts];
        if org == "archer" {
            let generated: Vec<UserDraft> = (0..GENERATED_USERS)
                .map(|i| {
                    let first = FIRST_NAMES[i % FIRST_NAMES.len()];
                    let last = LAST_NAMES[(i / FIRST_NAMES.len()) % LAST_NAMES.len()];
                    UserDraft {
                        email: format!(
                            "{}.{}{i:03}@archerfarms.example",
                            ascii_local(first),
                            ascii_local(last)
                        ),
                        first_name: first.into(),
                        last_name: last.into(),
                        package: if i % 2 == 0 {
                            "webex_meetings".into()
                        } else {
                            "webex_voice".into()
                        },
                        ..UserDraft::default()
                    }
                })
                .collect();
            // Manual add takes 25 at a time; the store takes any batch.
            batches.push(generated);
        }
        for (batch_index, batch) in batches.iter().enumerate() {
            let users = match validate_manual_add(batch, &DemoDirectory) {
                Ok(users) => users,
                // The 25-user limit is the form's; check each row anyway.
                Err(findings)
                    if findings
                        .iter()
                        .all(|f| f.code == domain::Code::TooManyUsers) =>
                {
                    let mut all = Vec::new();
                    for chunk in batch.chunks(domain::user::MANUAL_ADD_MAX_USERS) {
                        all.extend(
                            validate_manual_add(chunk, &DemoDirectory)
                                .map_err(|f| anyhow::anyhow!("demo users: {f:?}"))?,
                        );
                    }
                    all
                }
                Err(findings) => anyhow::bail!("demo users of {org}: {findings:?}"),
            };
            let to_add: Vec<UserToAdd<'_>> = users
                .iter()
                .map(|user| UserToAdd {
                    user,
                    invitation: None,
                })
                .collect();
            let ids = store
                .insert_users(
                    &org_id,
                    &to_add,
                    &NewAuditEntry {
                        actor_admin_id: None,
                        actor_email: "switchboard demo",
                        actor_org_id: None,
                        org_id: Some(&org_id),
                        action: "users_added",
                        detail: "demo users",
                    },
                )
                .await
                .map_err(|e| anyhow::anyhow!("demo users of {org}: {e}"))?;
            // Most demo users have signed in; a few are still invited, and
            // one of the generated ones was deactivated.
            for (i, id) in ids.iter().enumerate() {
                let status = match (batch_index, i % 7) {
                    (_, 3) => UserStatus::Invited,
                    (1, 5) => UserStatus::Inactive,
                    _ => UserStatus::Active,
                };
                store.set_user_status(&org_id, id, status).await?;
            }
        }
    }
    Ok(())
}
