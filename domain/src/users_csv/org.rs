//! The org-aware rules of a users import (issue 4, item 2): unknown users
//! to delete, extensions and numbers in use, numbers not in the org's
//! inventory or at another location, and licenses that would run out.
//!
//! The rows are *simulated* in file order against the org's data, exactly
//! as the server applies them: a row frees its user's old extension,
//! number and licenses before it takes new ones, so a later row may take
//! what an earlier one freed, and a refused row changes nothing. The same
//! simulation gives the preview's counts. The browser runs it over the
//! data the server sends for the file ([`OrgContext`], [`OrgFacts`]); the
//! server runs it over the database before it applies anything.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{Finding, ImportMode, RowAction, RowPlan, Upsert, UserColumn};
use crate::hash::CheckHashState;
use crate::webex_go::{CALLING_PROFESSIONAL_LICENSE, eligibility};
use crate::{Code, Country};

/// The simulation's maps: keyed by text the plans and facts own, hashed
/// with the check's own keys.
type Map<'a, V> = HashMap<&'a str, V, CheckHashState>;

/// A location of the org.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContextLocation {
    pub id: String,
    pub name: String,
    pub country: Country,
}

/// A license of the catalog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContextLicense {
    pub id: String,
    pub key: String,
    /// The name the org sees (its partner's catalog name); for people.
    #[serde(default)]
    pub name: String,
}

/// A package of the catalog and the licenses it grants (indexes into
/// [`OrgContext::licenses`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContextPackage {
    pub key: String,
    pub licenses: Vec<u16>,
}

/// One license pool of one subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContextPool {
    pub subscription_id: String,
    /// Index into [`OrgContext::licenses`].
    pub license: u16,
    pub quantity: u64,
    pub used: u64,
}

/// What every import of an org needs, whatever the file: its locations,
/// the catalog and its license pools. Small; sent to the browser first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgContext {
    pub locations: Vec<ContextLocation>,
    pub licenses: Vec<ContextLicense>,
    pub packages: Vec<ContextPackage>,
    /// The licenses every user gets in the default mode (PH-5).
    pub defaults: Vec<u16>,
    /// The pools, in the order licenses are taken from them.
    pub pools: Vec<ContextPool>,
}

impl OrgContext {
    /// The location with this name, whatever its case.
    pub fn location_by_name(&self, name: &str) -> Option<(u32, &ContextLocation)> {
        let index = LocationNames::new(self).find(name)?;
        let location = self.locations.get(index)?;
        Some((u32::try_from(index).unwrap_or(u32::MAX), location))
    }

    fn license_index(&self, key: &str) -> Option<u16> {
        self.licenses
            .iter()
            .position(|l| l.key == key)
            .and_then(|i| u16::try_from(i).ok())
    }

    fn package_licenses(&self, key: &str) -> &[u16] {
        self.packages
            .iter()
            .find(|p| p.key == key)
            .map_or(&[], |p| &p.licenses)
    }
}

/// The org's location names, lower-cased once, for the rows of a file to
/// be looked up in without lower-casing every name again for every row.
#[derive(Debug, Clone, Default)]
pub(crate) struct LocationNames {
    lowered: Vec<String>,
}

impl LocationNames {
    pub(crate) fn new(context: &OrgContext) -> Self {
        Self {
            lowered: context
                .locations
                .iter()
                .map(|l| l.name.to_lowercase())
                .collect(),
        }
    }

    /// The index of the location with this name, whatever its case.
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        if name.is_ascii() {
            // A lower-cased name holds no upper-case ASCII letter, so it
            // equals `name.to_lowercase()` exactly when it equals `name`
            // but for ASCII case: no copy of `name` is needed.
            self.lowered
                .iter()
                .position(|lowered| lowered.eq_ignore_ascii_case(name))
        } else {
            let wanted = name.to_lowercase();
            self.lowered.iter().position(|lowered| *lowered == wanted)
        }
    }
}

/// The values of a file that its org-aware rules look up: its emails,
/// extensions and numbers. The browser sends them to learn the [`OrgFacts`]
/// about them, so what it loads grows with the file, not with the org.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileKeys {
    pub emails: Vec<String>,
    pub extensions: Vec<String>,
    pub numbers: Vec<String>,
}

impl FileKeys {
    pub fn of(plans: &[RowPlan]) -> Self {
        let mut keys = Self::default();
        for plan in plans {
            keys.emails.push(plan.email.as_str().to_owned());
            if let RowAction::Upsert(upsert) = &plan.action
                && let Some(calling) = &upsert.calling
            {
                if let Some(extension) = &calling.extension {
                    keys.extensions.push(extension.as_str().to_owned());
                }
                if let Some(number) = &calling.phone_number {
                    keys.numbers.push(number.as_e164().to_owned());
                }
            }
        }
        keys.extensions.sort();
        keys.extensions.dedup();
        keys.numbers.sort();
        keys.numbers.dedup();
        keys
    }
}

/// An existing user the file names, or who holds an extension or number
/// the file names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactUser {
    pub email: String,
    pub extension: Option<String>,
    pub number: Option<String>,
    /// The pools (indexes into [`OrgContext::pools`]) its licenses are from.
    pub holdings: Vec<u32>,
    /// The user has a Webex Go line, so a row must leave it eligible (GO-1):
    /// Calling Professional, and a US or UK location.
    #[serde(default, skip_serializing_if = "core::ops::Not::not")]
    pub webex_go: bool,
}

/// A number of the org's inventory that the file names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FactNumber {
    pub e164: String,
    /// Index into [`OrgContext::locations`].
    pub location: u32,
}

/// What the org's data says about one file's [`FileKeys`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgFacts {
    pub users: Vec<FactUser>,
    pub numbers: Vec<FactNumber>,
    /// Extensions the file names that a workspace holds (PMD-8): never
    /// free for a user, whatever the rows do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workspace_extensions: Vec<String>,
    /// Numbers the file names that a workspace holds, likewise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workspace_numbers: Vec<String>,
}

/// The holder recorded for an extension or number a workspace holds: no
/// row's email is empty, so no row ever holds it.
const WORKSPACE_HOLDER: &str = "";

/// What applying a row does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    Add,
    Modify,
    Delete,
}

impl RowKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Add => "add",
            Self::Modify => "modify",
            Self::Delete => "delete",
        }
    }
}

/// A row that would apply, and what it does to the license pools.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowOutcome {
    /// Index into the plans.
    pub plan: usize,
    pub kind: RowKind,
    /// Licenses (indexes into [`OrgContext::licenses`]) the row takes.
    pub take: Vec<u16>,
    /// The pools (indexes into [`OrgContext::pools`]) `take` is drawn
    /// from, one for each: where the server records the assignments.
    pub take_pools: Vec<u32>,
    /// Licenses the row gives back.
    pub release: Vec<u16>,
}

/// One pool before and after the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PoolChange {
    pub subscription_id: String,
    pub license_key: String,
    #[serde(default)]
    pub license_name: String,
    pub quantity: u64,
    pub used_before: u64,
    pub consumed: u64,
    pub freed: u64,
}

/// The dry run's figures (issue 4, item 4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub add: u32,
    pub modify: u32,
    pub delete: u32,
    /// Pools the import changes, in the context's order.
    pub pools: Vec<PoolChange>,
}

/// The result of simulating the rows against the org.
#[derive(Debug, Clone, Default)]
pub struct Simulation {
    pub findings: Vec<Finding>,
    pub outcomes: Vec<RowOutcome>,
    pub preview: Preview,
}

/// A user of the simulated org: its extension and number, and where its
/// pools are in the simulation's one list of holdings.
#[derive(Clone, Copy)]
struct SimUser<'a> {
    extension: Option<&'a str>,
    number: Option<&'a str>,
    holdings: Holdings,
    webex_go: bool,
}

/// A user's pools (indexes into [`OrgContext::pools`]): a range of the
/// simulation's list of holdings, so no user needs a list of its own. A
/// user whose holdings change gets a new range at the list's end.
#[derive(Clone, Copy, Default)]
struct Holdings {
    start: usize,
    end: usize,
}

impl Holdings {
    fn of(self, all: &[u32]) -> &[u32] {
        all.get(self.start..self.end).unwrap_or_default()
    }
}

/// The licenses one row ends up with and those it holds already: small
/// sorted lists, cleared for each row and reused, instead of sets built
/// and dropped for every row.
#[derive(Default)]
struct LicenseSet(Vec<u16>);

impl LicenseSet {
    fn clear(&mut self) {
        self.0.clear();
    }

    fn extend(&mut self, licenses: impl IntoIterator<Item = u16>) {
        self.0.extend(licenses);
    }

    /// Sorts and drops repeats; call after adding, before asking.
    fn settle(&mut self) {
        self.0.sort_unstable();
        self.0.dedup();
    }

    fn contains(&self, license: u16) -> bool {
        self.0.binary_search(&license).is_ok()
    }

    /// The licenses in `self` and not in `other`, in ascending order.
    fn difference<'s>(&'s self, other: &'s Self) -> impl Iterator<Item = u16> + 's {
        self.0.iter().copied().filter(|&l| !other.contains(l))
    }
}

/// Simulates the plans in order. With `org = None` only the file's own
/// repeats are found (an extension or number two rows want); the rules
/// that need the org's data are skipped.
pub fn simulate(
    plans: &[RowPlan],
    org: Option<(&OrgContext, &OrgFacts)>,
    mode: ImportMode,
) -> Simulation {
    // Every map is keyed by text the plans and facts own, and sized up
    // front: for every user, and for an extension on every row (numbers
    // in files are rarer; that map grows when it must).
    let fact_users = org.map_or(0, |(_, facts)| facts.users.len());
    // `None`: no such user (any more); kept rather than removed, so a
    // row looks its user up once.
    let hashing = CheckHashState::new();
    let mut users: Map<Option<SimUser<'_>>> =
        HashMap::with_capacity_and_hasher(fact_users + plans.len(), hashing);
    let mut extensions: Map<&str> =
        HashMap::with_capacity_and_hasher(fact_users + plans.len(), hashing);
    let mut numbers: Map<&str> = HashMap::with_capacity_and_hasher(fact_users, hashing);
    let mut inventory: Map<u32> = HashMap::with_hasher(hashing);
    let mut holdings_list: Vec<u32> = Vec::new();
    let mut used: Vec<u64> = Vec::new();
    let mut consumed: Vec<u64> = Vec::new();
    let mut freed: Vec<u64> = Vec::new();
    // `managed[license]`: import decides whether users hold it.
    let mut managed: Vec<bool> = Vec::new();
    let mut services = [None; 3];
    if let Some((context, facts)) = org {
        holdings_list.reserve(
            facts.users.iter().map(|u| u.holdings.len()).sum::<usize>()
                + plans.len() * (context.defaults.len() + 2),
        );
        for user in &facts.users {
            if let Some(extension) = &user.extension {
                extensions.insert(extension, &user.email);
            }
            if let Some(number) = &user.number {
                numbers.insert(number, &user.email);
            }
            let start = holdings_list.len();
            holdings_list.extend_from_slice(&user.holdings);
            users.insert(
                &user.email,
                Some(SimUser {
                    extension: user.extension.as_deref(),
                    number: user.number.as_deref(),
                    holdings: Holdings {
                        start,
                        end: holdings_list.len(),
                    },
                    webex_go: user.webex_go,
                }),
            );
        }
        for extension in &facts.workspace_extensions {
            extensions.insert(extension, WORKSPACE_HOLDER);
        }
        for number in &facts.workspace_numbers {
            numbers.insert(number, WORKSPACE_HOLDER);
        }
        inventory.extend(facts.numbers.iter().map(|n| (n.e164.as_str(), n.location)));
        used = context.pools.iter().map(|p| p.used).collect();
        consumed = vec![0; used.len()];
        freed = vec![0; used.len()];
        services =
            UserColumn::SERVICES.map(|c| c.service_key().and_then(|k| context.license_index(k)));
        let all_managed = context
            .defaults
            .iter()
            .chain(context.packages.iter().flat_map(|p| &p.licenses))
            .chain(services.iter().flatten());
        for &license in all_managed {
            let license = usize::from(license);
            if managed.len() <= license {
                managed.resize(license + 1, false);
            }
            managed[license] = true;
        }
    }
    let is_managed = |license: u16| managed.get(usize::from(license)) == Some(&true);
    // The licenses of each package column, looked up by key once rather
    // than for every row.
    let package_licenses: [&[u16]; UserColumn::ALL.len()] =
        UserColumn::ALL.map(|column| match (org, column.package_key()) {
            (Some((context, _)), Some(key)) => context.package_licenses(key),
            _ => &[],
        });
    let mut simulation = Simulation {
        outcomes: Vec::with_capacity(plans.len()),
        ..Simulation::default()
    };
    // Reused by every row.
    let mut wanted = LicenseSet::default();
    let mut held = LicenseSet::default();
    let mut take: Vec<(u16, usize)> = Vec::new();
    let mut release_pools: Vec<u32> = Vec::new();
    for (index, plan) in plans.iter().enumerate() {
        let email = plan.email.as_str();
        let finding = |column: UserColumn, code| {
            Finding::error(plan.row, Some(column.header().to_owned()), code)
        };
        let slot = users.entry(email).or_insert(None);
        let existing = *slot;
        let upsert = match &plan.action {
            RowAction::Delete => {
                match existing {
                    Some(user) => {
                        free_calling(&mut extensions, &mut numbers, email, &user);
                        let holdings = user.holdings.of(&holdings_list);
                        for &pool in holdings {
                            if let Some(slot) = used.get_mut(pool as usize) {
                                *slot = slot.saturating_sub(1);
                                freed[pool as usize] += 1;
                            }
                        }
                        let release = holdings_licenses(org, holdings);
                        *slot = None;
                        simulation.preview.delete += 1;
                        simulation.outcomes.push(RowOutcome {
                            plan: index,
                            kind: RowKind::Delete,
                            take: Vec::new(),
                            take_pools: Vec::new(),
                            release,
                        });
                    }
                    None if org.is_some() => simulation
                        .findings
                        .push(finding(UserColumn::Email, Code::UserUnknownForDelete)),
                    None => {}
                }
                continue;
            }
            RowAction::Upsert(upsert) => upsert,
        };
        // The row's errors go straight to the findings; it applies only
        // if it added none.
        let findings_before = simulation.findings.len();
        let errors = &mut simulation.findings;
        let calling = upsert.calling.as_ref();
        let extension = calling
            .and_then(|c| c.extension.as_ref())
            .map(|e| e.as_str());
        let number = calling
            .and_then(|c| c.phone_number.as_ref())
            .map(|n| n.as_e164());
        if let Some(extension) = extension
            && extensions
                .get(extension)
                .is_some_and(|&holder| holder != email)
        {
            errors.push(finding(UserColumn::Extension, Code::ExtensionInUse));
        }
        if let Some(number) = number {
            if org.is_some() {
                match inventory.get(number) {
                    None => errors.push(finding(UserColumn::PhoneNumber, Code::NumberUnknown)),
                    Some(&location) if Some(location) != calling.and_then(|c| c.location_index) => {
                        errors.push(finding(UserColumn::PhoneNumber, Code::NumberOtherLocation))
                    }
                    Some(_) => {}
                }
            }
            if numbers.get(number).is_some_and(|&holder| holder != email) {
                errors.push(finding(UserColumn::PhoneNumber, Code::NumberInUse));
            }
        }
        // Licenses: what the user should hold after the row, against what
        // it holds; the difference is released first, then taken.
        take.clear();
        release_pools.clear();
        let holdings = existing.map_or(&[][..], |u| u.holdings.of(&holdings_list));
        if let Some((context, _)) = org {
            wanted.clear();
            wanted.extend(package_licenses[upsert.package as usize].iter().copied());
            match mode {
                ImportMode::Default => wanted.extend(context.defaults.iter().copied()),
                ImportMode::AddAndRemoveServices => {
                    for (license, cell) in services.iter().zip(upsert.services) {
                        if let (Some(license), Some(true)) = (license, cell) {
                            wanted.extend([*license]);
                        }
                    }
                }
            }
            wanted.settle();
            held.clear();
            for &pool in holdings {
                let Some(license) = context.pools.get(pool as usize).map(|p| p.license) else {
                    continue;
                };
                held.extend([license]);
                if is_managed(license) && !wanted.contains(license) {
                    release_pools.push(pool);
                }
            }
            held.settle();
            // A pool's use during this row: what the row releases from it
            // is free again, what the row took already is not.
            let in_use = |pool: usize, taken: &[(u16, usize)]| {
                let released = release_pools
                    .iter()
                    .filter(|&&r| r as usize == pool)
                    .count();
                let took = taken.iter().filter(|&&(_, t)| t == pool).count();
                (used[pool] + took as u64).saturating_sub(released as u64)
            };
            for license in wanted.difference(&held) {
                let pool = context
                    .pools
                    .iter()
                    .enumerate()
                    .position(|(i, p)| p.license == license && in_use(i, &take) < p.quantity);
                match pool {
                    Some(pool) => take.push((license, pool)),
                    None => {
                        let mut exhausted = finding(upsert.package, Code::LicenseExhausted);
                        exhausted.detail = context
                            .licenses
                            .get(license as usize)
                            .map(|l| l.key.clone());
                        errors.push(exhausted);
                    }
                }
            }
            if existing.is_some_and(|u| u.webex_go) {
                // The user ends up with what the row wants, and keeps what
                // the import does not manage.
                let professional = context.license_index(CALLING_PROFESSIONAL_LICENSE);
                let keeps_professional = professional.is_some_and(|license| {
                    wanted.contains(license) || (!is_managed(license) && held.contains(license))
                });
                keep_webex_go_eligible(context, keeps_professional, upsert, &finding, errors);
            }
        }
        if simulation.findings.len() > findings_before {
            continue;
        }
        // The row applies: commit its changes to the simulated org. Its
        // holdings: those it keeps, then those it takes.
        let start = holdings_list.len();
        for position in existing.map_or(0..0, |u| u.holdings.start..u.holdings.end) {
            let pool = holdings_list[position];
            if !release_pools.contains(&pool) {
                holdings_list.push(pool);
            }
        }
        for &pool in &release_pools {
            used[pool as usize] = used[pool as usize].saturating_sub(1);
            freed[pool as usize] += 1;
        }
        for &(_, pool) in &take {
            used[pool] += 1;
            consumed[pool] += 1;
            holdings_list.push(u32::try_from(pool).unwrap_or(u32::MAX));
        }
        if let Some(user) = &existing {
            free_calling(&mut extensions, &mut numbers, email, user);
        }
        if let Some(extension) = extension {
            extensions.insert(extension, email);
        }
        if let Some(number) = number {
            numbers.insert(number, email);
        }
        let kind = if existing.is_some() {
            simulation.preview.modify += 1;
            RowKind::Modify
        } else {
            simulation.preview.add += 1;
            RowKind::Add
        };
        let release = holdings_licenses(org, &release_pools);
        *slot = Some(SimUser {
            extension,
            number,
            holdings: Holdings {
                start,
                end: holdings_list.len(),
            },
            webex_go: existing.is_some_and(|u| u.webex_go),
        });
        simulation.outcomes.push(RowOutcome {
            plan: index,
            kind,
            take: take.iter().map(|&(license, _)| license).collect(),
            take_pools: take
                .iter()
                .map(|&(_, pool)| u32::try_from(pool).unwrap_or(u32::MAX))
                .collect(),
            release,
        });
    }
    if let Some((context, _)) = org {
        simulation.preview.pools = context
            .pools
            .iter()
            .enumerate()
            .filter(|(i, _)| consumed[*i] > 0 || freed[*i] > 0)
            .map(|(i, pool)| PoolChange {
                subscription_id: pool.subscription_id.clone(),
                license_key: context
                    .licenses
                    .get(pool.license as usize)
                    .map(|l| l.key.clone())
                    .unwrap_or_default(),
                license_name: context
                    .licenses
                    .get(pool.license as usize)
                    .map(|l| l.name.clone())
                    .unwrap_or_default(),
                quantity: pool.quantity,
                used_before: pool.used,
                consumed: consumed[i],
                freed: freed[i],
            })
            .collect();
    }
    simulation.findings.sort_by_key(|f| f.row);
    simulation
}

/// GO-1 holds for as long as a user has a Webex Go line: a row may not
/// take Calling Professional away from such a user, nor move them out of
/// the US and the UK (the admin deletes the line first). A row that drops
/// calling altogether loses Calling Professional with it.
fn keep_webex_go_eligible(
    context: &OrgContext,
    keeps_professional: bool,
    upsert: &Upsert,
    finding: &impl Fn(UserColumn, Code) -> Finding,
    errors: &mut Vec<Finding>,
) {
    if !keeps_professional {
        errors.push(finding(upsert.package, Code::NotCallingProfessional));
        return;
    }
    let country = upsert
        .calling
        .as_ref()
        .and_then(|c| c.location_index)
        .and_then(|index| context.locations.get(index as usize))
        .map(|location| location.country);
    if let Some(country) = country
        && eligibility([CALLING_PROFESSIONAL_LICENSE], Some(country)).is_err()
    {
        errors.push(finding(UserColumn::Location, Code::LocationNotEligible));
    }
}

/// Frees the extension and number a user held, if it still holds them.
fn free_calling(
    extensions: &mut Map<'_, &str>,
    numbers: &mut Map<'_, &str>,
    email: &str,
    user: &SimUser<'_>,
) {
    if let Some(extension) = user.extension
        && extensions
            .get(extension)
            .is_some_and(|&holder| holder == email)
    {
        extensions.remove(extension);
    }
    if let Some(number) = user.number
        && numbers.get(number).is_some_and(|&holder| holder == email)
    {
        numbers.remove(number);
    }
}

fn holdings_licenses(org: Option<(&OrgContext, &OrgFacts)>, pools: &[u32]) -> Vec<u16> {
    let Some((context, _)) = org else {
        return Vec::new();
    };
    pools
        .iter()
        .filter_map(|&pool| context.pools.get(pool as usize).map(|p| p.license))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context(names: &[&str]) -> OrgContext {
        OrgContext {
            locations: names
                .iter()
                .map(|name| ContextLocation {
                    id: String::new(),
                    name: (*name).to_owned(),
                    country: Country::NO,
                })
                .collect(),
            ..OrgContext::default()
        }
    }

    #[test]
    fn a_location_is_found_by_its_name_in_any_case_and_script() {
        let names = LocationNames::new(&context(&["Oslo", "TROMSØ", "Москва"]));
        assert_eq!(names.find("oslo"), Some(0));
        assert_eq!(names.find(" OSLO "), Some(0));
        assert_eq!(names.find("Tromsø"), Some(1));
        assert_eq!(names.find("МОСКВА"), Some(2));
        assert_eq!(names.find("Bergen"), None);
    }

    #[test]
    fn an_ascii_name_still_finds_a_location_whose_name_lower_cases_to_it() {
        // The Kelvin sign lower-cases to an ASCII `k`.
        let names = LocationNames::new(&context(&["\u{212a}ista"]));
        assert_eq!(names.find("KISTA"), Some(0));
        assert_eq!(
            context(&["\u{212a}ista"])
                .location_by_name("kista")
                .map(|(i, _)| i),
            Some(0)
        );
    }

    #[test]
    fn a_license_set_is_sorted_without_repeats_and_differs_in_order() {
        let (mut wanted, mut held) = (LicenseSet::default(), LicenseSet::default());
        wanted.extend([6, 0, 3, 0, 2]);
        wanted.settle();
        held.extend([2, 9]);
        held.settle();
        assert!(wanted.contains(3) && !wanted.contains(9));
        assert_eq!(wanted.difference(&held).collect::<Vec<_>>(), [0, 3, 6]);
        wanted.clear();
        assert_eq!(wanted.difference(&held).count(), 0);
    }

    #[test]
    fn holdings_are_a_range_of_the_shared_list() {
        let all = [4, 5, 6, 7];
        assert_eq!(Holdings { start: 1, end: 3 }.of(&all), [5, 6]);
        assert!(Holdings::default().of(&all).is_empty());
        assert!(Holdings { start: 3, end: 9 }.of(&all).is_empty());
    }
}
