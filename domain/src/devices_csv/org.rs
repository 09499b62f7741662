//! The org-aware rules of a devices import (GO-1, GO-3, GO-4, GO-9), run
//! over the facts the server sends about the file's usernames and numbers.
//!
//! The rows are simulated in file order, as the server applies them: a
//! row that applies takes a Webex Go license from the subscription it
//! chose and, when its user has no primary number, the number it gives
//! (GO-3), so a later row finds both taken; a refused row takes nothing.
//!
//! The facts may be partial (the browser fetches only those about the
//! file's [`DeviceFileKeys`]): a username absent from them is unknown, a
//! number absent from them is not in the org's inventory.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{DeviceColumn, DeviceRow, NumberCell, webex_go_header};
use crate::hash::CheckHashState;
use crate::text::trim;
use crate::users_csv::{Caseless, Finding};
use crate::webex_go::{ELIGIBLE_COUNTRIES, eligibility};
use crate::{Code, Country, Email, PhoneNumber};

/// The values of a file its org-aware rules look up. `numbers` holds the
/// E.164 form of every number the file writes; a number in national form
/// is listed as it reads in each country a Webex Go user may be in (GO-1),
/// since only those users' numbers are looked up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceFileKeys {
    /// The rows' usernames, lower-cased, in file order.
    pub usernames: Vec<String>,
    /// Sorted, without repeats.
    pub numbers: Vec<String>,
}

impl DeviceFileKeys {
    pub fn of(rows: &[DeviceRow]) -> Self {
        let mut keys = Self {
            usernames: Vec::with_capacity(rows.len()),
            numbers: Vec::new(),
        };
        for row in rows {
            keys.usernames.push(row.email.as_str().to_owned());
            match &row.phone_number {
                NumberCell::Blank => {}
                NumberCell::Number(number) => keys.numbers.push(number.as_e164().to_owned()),
                NumberCell::National(text) => keys.numbers.extend(
                    ELIGIBLE_COUNTRIES
                        .iter()
                        .filter_map(|&country| PhoneNumber::parse(text, Some(country)).ok())
                        .map(String::from),
                ),
            }
        }
        keys.numbers.sort();
        keys.numbers.dedup();
        keys
    }
}

/// A subscription of the org with Webex Go licenses, and how many are
/// left in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoSubscription {
    pub id: String,
    /// Webex Go licenses not in use (at most 0 means none).
    pub available: i64,
}

/// A user of the org that the file names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserFacts {
    pub email: String,
    /// The catalog keys of the licenses the user holds.
    #[serde(default)]
    pub license_keys: Vec<String>,
    #[serde(default)]
    pub location_name: Option<String>,
    #[serde(default)]
    pub location_country: Option<Country>,
    #[serde(default)]
    pub extension: Option<String>,
    /// The user's number, in E.164.
    #[serde(default)]
    pub primary_number: Option<String>,
    /// The user has a Webex Go line already.
    #[serde(default)]
    pub has_webex_go: bool,
}

/// A number of the org's inventory that the file names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NumberFacts {
    pub e164: String,
    /// The name of the location the number belongs to.
    pub location_name: String,
    /// The email of the user the number is assigned to, if any.
    #[serde(default)]
    pub taken_by: Option<String>,
}

/// What the org's data says about one devices file: its Webex Go
/// subscriptions, and the users and numbers of the file's
/// [`DeviceFileKeys`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceImportFacts {
    pub subscriptions: Vec<GoSubscription>,
    pub users: Vec<UserFacts>,
    pub numbers: Vec<NumberFacts>,
}

/// What the server does for a row that applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DevicePlan {
    /// The data row, counted from 1.
    pub row: u32,
    /// The user who gets the Webex Go line.
    pub email: Email,
    /// The subscription the line's license is taken from (GO-4), as the
    /// org's facts write its id.
    pub subscription_id: String,
    /// GO-3: the number to make the user's primary number, when the user
    /// has none; `None` when the user keeps the one it has.
    pub assign_number: Option<PhoneNumber>,
}

/// The rows of a file against the org's facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeviceSimulation {
    /// In row order; file-level findings (row 0) first.
    pub findings: Vec<Finding>,
    /// One plan per row that would apply, in file order.
    pub plans: Vec<DevicePlan>,
}

/// Whether two location names are the same, whatever their case.
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.eq_ignore_ascii_case(b)
        || (!(a.is_ascii() && b.is_ascii()) && a.to_lowercase() == b.to_lowercase())
}

type Numbers<'f> = HashMap<&'f str, &'f NumberFacts, CheckHashState>;

/// Simulates the rows a file's own rules accepted, in file order, against
/// the org's facts. `webex_go_columns` are the subscription ids of the
/// file's Webex Go columns, which the rows' `webex_go_column` index.
pub fn simulate(
    rows: &[DeviceRow],
    webex_go_columns: &[String],
    facts: &DeviceImportFacts,
) -> DeviceSimulation {
    let hashing = CheckHashState::new();
    let mut users: HashMap<Caseless<'_>, &UserFacts, CheckHashState> =
        HashMap::with_capacity_and_hasher(facts.users.len(), hashing);
    for user in &facts.users {
        users.entry(Caseless(trim(&user.email))).or_insert(user);
    }
    let mut numbers: Numbers<'_> = HashMap::with_capacity_and_hasher(facts.numbers.len(), hashing);
    for number in &facts.numbers {
        numbers.entry(trim(&number.e164)).or_insert(number);
    }
    // Numbers earlier rows of the file take (GO-3).
    let mut claimed: HashSet<&str, CheckHashState> = HashSet::with_hasher(hashing);
    // The org's subscription of each Webex Go column, and the licenses
    // left in each subscription.
    let subscription_of: Vec<Option<usize>> = webex_go_columns
        .iter()
        .map(|id| {
            facts
                .subscriptions
                .iter()
                .position(|s| trim(&s.id).eq_ignore_ascii_case(trim(id)))
        })
        .collect();
    let mut left: Vec<i64> = facts
        .subscriptions
        .iter()
        .map(|s| s.available.max(0))
        .collect();

    let mut simulation = DeviceSimulation {
        findings: Vec::new(),
        plans: Vec::with_capacity(rows.len()),
    };
    for (id, subscription) in webex_go_columns.iter().zip(&subscription_of) {
        if subscription.is_none() {
            simulation.findings.push(Finding::error(
                0,
                Some(webex_go_header(id)),
                Code::WebexGoSubscriptionUnknown,
            ));
        }
    }
    for row in rows {
        let findings_before = simulation.findings.len();
        let findings = &mut simulation.findings;
        let go_header = || {
            webex_go_columns
                .get(row.webex_go_column)
                .map(|id| webex_go_header(id))
        };
        let subscription = subscription_of.get(row.webex_go_column).copied().flatten();
        if subscription.is_none() {
            findings.push(Finding::error(
                row.row,
                go_header(),
                Code::WebexGoSubscriptionUnknown,
            ));
        }
        let Some(&user) = users.get(&Caseless(row.email.as_str())) else {
            findings.push(Finding::error(
                row.row,
                Some(DeviceColumn::Username.header().to_owned()),
                Code::UsernameUnknown,
            ));
            continue;
        };
        let number = check_user(row, user, &numbers, &claimed, findings);
        if findings.len() > findings_before {
            continue;
        }
        let Some((subscription, remaining)) =
            subscription.and_then(|s| Some((facts.subscriptions.get(s)?, left.get_mut(s)?)))
        else {
            continue;
        };
        // GO-4: a license of the chosen subscription, while any are left.
        if *remaining <= 0 {
            let mut exhausted = Finding::error(row.row, go_header(), Code::WebexGoLicenseExhausted);
            exhausted.detail = Some(subscription.id.clone());
            findings.push(exhausted);
            continue;
        }
        *remaining -= 1;
        let assign_number = number.map(|(number, fact)| {
            claimed.insert(trim(&fact.e164));
            number.into_owned()
        });
        simulation.plans.push(DevicePlan {
            row: row.row,
            email: row.email.clone(),
            subscription_id: subscription.id.clone(),
            assign_number,
        });
    }
    simulation.findings.sort_by_key(|f| f.row);
    simulation
}

/// The rules between a row and its user: GO-1, a line the user has, the
/// location, the extension and the number. Gives the number the row
/// assigns to the user (GO-3), with its inventory entry.
fn check_user<'r, 'f>(
    row: &'r DeviceRow,
    user: &UserFacts,
    numbers: &Numbers<'f>,
    claimed: &HashSet<&str, CheckHashState>,
    findings: &mut Vec<Finding>,
) -> Option<(Cow<'r, PhoneNumber>, &'f NumberFacts)> {
    let mut error = |column: DeviceColumn, code| {
        findings.push(Finding::error(
            row.row,
            Some(column.header().to_owned()),
            code,
        ));
    };
    if let Err(ineligible) = eligibility(
        user.license_keys.iter().map(String::as_str),
        user.location_country,
    ) {
        for code in ineligible.codes() {
            match code {
                Code::NotCallingProfessional => error(DeviceColumn::Username, code),
                _ => error(DeviceColumn::Location, code),
            }
        }
    }
    if user.has_webex_go {
        error(DeviceColumn::Username, Code::WebexGoLineExists);
    }
    if let Some(location) = &row.location
        && !user
            .location_name
            .as_deref()
            .is_some_and(|name| same_name(name, location))
    {
        error(DeviceColumn::Location, Code::LocationMismatch);
    }
    if let Some(extension) = &row.extension
        && user.extension.as_deref().map(trim) != Some(extension.as_str())
    {
        error(DeviceColumn::Extension, Code::ExtensionMismatch);
    }

    let number = match &row.phone_number {
        NumberCell::Blank => None,
        NumberCell::Number(number) => Some(Cow::Borrowed(number)),
        // Read in the country of the user's location; a user without one
        // is refused already (GO-1), and its number is not read twice.
        NumberCell::National(text) => {
            let country = user.location_country?;
            match PhoneNumber::parse(text, Some(country)) {
                Ok(number) => Some(Cow::Owned(number)),
                Err(invalid) => {
                    error(DeviceColumn::PhoneNumber, invalid.code());
                    return None;
                }
            }
        }
    };
    let primary = user
        .primary_number
        .as_deref()
        .map(trim)
        .filter(|p| !p.is_empty());
    let number = match (primary, number) {
        // The user keeps its primary number; the cell may repeat it.
        (Some(primary), Some(number)) => {
            if number.as_e164() != primary {
                error(DeviceColumn::PhoneNumber, Code::NumberMismatch);
            }
            return None;
        }
        (Some(_), None) => return None,
        // GO-3: a user without a number gets the row's.
        (None, None) => {
            error(DeviceColumn::PhoneNumber, Code::PhoneNumberMissing);
            return None;
        }
        (None, Some(number)) => number,
    };
    // Only the numbers a Webex Go user may have are in the facts; any
    // other user is refused already (GO-1).
    if !user
        .location_country
        .is_some_and(|c| ELIGIBLE_COUNTRIES.contains(&c))
    {
        return None;
    }
    let Some(&fact) = numbers.get(number.as_e164()) else {
        error(DeviceColumn::PhoneNumber, Code::NumberUnknown);
        return None;
    };
    if !user
        .location_name
        .as_deref()
        .is_some_and(|name| same_name(name, &fact.location_name))
    {
        error(DeviceColumn::PhoneNumber, Code::NumberOtherLocation);
    }
    let held_by_other = fact
        .taken_by
        .as_deref()
        .is_some_and(|holder| !trim(holder).eq_ignore_ascii_case(row.email.as_str()));
    if held_by_other || claimed.contains(number.as_e164()) {
        error(DeviceColumn::PhoneNumber, Code::NumberInUse);
    }
    Some((number, fact))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_names_compare_in_any_case_and_script() {
        assert!(same_name("Dallas", " DALLAS "));
        assert!(same_name("Tromsø", "TROMSØ"));
        assert!(!same_name("Dallas", "Austin"));
    }
}
