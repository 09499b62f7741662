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

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::{Finding, ImportMode, RowAction, RowPlan, UserColumn};
use crate::{Code, Country};

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
        let wanted = name.trim().to_lowercase();
        self.locations
            .iter()
            .enumerate()
            .find(|(_, l)| l.name.to_lowercase() == wanted)
            .map(|(i, l)| (u32::try_from(i).unwrap_or(u32::MAX), l))
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
}

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

#[derive(Clone)]
struct SimUser {
    extension: Option<String>,
    number: Option<String>,
    holdings: Vec<u32>,
}

/// Simulates the plans in order. With `org = None` only the file's own
/// repeats are found (an extension or number two rows want); the rules
/// that need the org's data are skipped.
pub fn simulate(
    plans: &[RowPlan],
    org: Option<(&OrgContext, &OrgFacts)>,
    mode: ImportMode,
) -> Simulation {
    let mut users: HashMap<String, SimUser> = HashMap::new();
    let mut extensions: HashMap<String, String> = HashMap::new();
    let mut numbers: HashMap<String, String> = HashMap::new();
    let mut inventory: HashMap<&str, u32> = HashMap::new();
    let mut used: Vec<u64> = Vec::new();
    let mut consumed: Vec<u64> = Vec::new();
    let mut freed: Vec<u64> = Vec::new();
    let mut managed = BTreeSet::new();
    let mut services = [None; 3];
    if let Some((context, facts)) = org {
        for user in &facts.users {
            if let Some(extension) = &user.extension {
                extensions.insert(extension.clone(), user.email.clone());
            }
            if let Some(number) = &user.number {
                numbers.insert(number.clone(), user.email.clone());
            }
            users.insert(
                user.email.clone(),
                SimUser {
                    extension: user.extension.clone(),
                    number: user.number.clone(),
                    holdings: user.holdings.clone(),
                },
            );
        }
        inventory = facts
            .numbers
            .iter()
            .map(|n| (n.e164.as_str(), n.location))
            .collect();
        used = context.pools.iter().map(|p| p.used).collect();
        consumed = vec![0; used.len()];
        freed = vec![0; used.len()];
        managed.extend(context.defaults.iter().copied());
        for package in &context.packages {
            managed.extend(package.licenses.iter().copied());
        }
        services =
            UserColumn::SERVICES.map(|c| c.service_key().and_then(|k| context.license_index(k)));
        managed.extend(services.iter().flatten().copied());
    }
    let mut simulation = Simulation::default();
    for (index, plan) in plans.iter().enumerate() {
        let email = plan.email.as_str();
        let finding = |column: UserColumn, code| {
            Finding::error(plan.row, Some(column.header().to_owned()), code)
        };
        let existing = users.get(email).cloned();
        let upsert = match &plan.action {
            RowAction::Delete => {
                match existing {
                    Some(user) => {
                        free_calling(&mut extensions, &mut numbers, email, &user);
                        for &pool in &user.holdings {
                            if let Some(slot) = used.get_mut(pool as usize) {
                                *slot = slot.saturating_sub(1);
                                freed[pool as usize] += 1;
                            }
                        }
                        let release = holdings_licenses(org, &user.holdings);
                        users.remove(email);
                        simulation.preview.delete += 1;
                        simulation.outcomes.push(RowOutcome {
                            plan: index,
                            kind: RowKind::Delete,
                            take: Vec::new(),
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
        let mut errors = Vec::new();
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
                .is_some_and(|holder| holder != email)
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
            if numbers.get(number).is_some_and(|holder| holder != email) {
                errors.push(finding(UserColumn::PhoneNumber, Code::NumberInUse));
            }
        }
        // Licenses: what the user should hold after the row, against what
        // it holds; the difference is released first, then taken.
        let mut take = Vec::new();
        let mut release_pools = Vec::new();
        if let Some((context, _)) = org {
            let mut wanted: BTreeSet<u16> = context
                .package_licenses(upsert.package.package_key().unwrap_or_default())
                .iter()
                .copied()
                .collect();
            match mode {
                ImportMode::Default => wanted.extend(context.defaults.iter().copied()),
                ImportMode::AddAndRemoveServices => {
                    for (license, cell) in services.iter().zip(upsert.services) {
                        if let (Some(license), Some(true)) = (license, cell) {
                            wanted.insert(*license);
                        }
                    }
                }
            }
            let holdings = existing.as_ref().map_or(&[][..], |u| &u.holdings);
            let mut held = BTreeSet::new();
            for &pool in holdings {
                let Some(license) = context.pools.get(pool as usize).map(|p| p.license) else {
                    continue;
                };
                held.insert(license);
                if managed.contains(&license) && !wanted.contains(&license) {
                    release_pools.push(pool);
                }
            }
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
                    .position(|(i, p)| p.license == *license && in_use(i, &take) < p.quantity);
                match pool {
                    Some(pool) => take.push((*license, pool)),
                    None => {
                        let mut exhausted = finding(upsert.package, Code::LicenseExhausted);
                        exhausted.detail = context
                            .licenses
                            .get(*license as usize)
                            .map(|l| l.key.clone());
                        errors.push(exhausted);
                    }
                }
            }
        }
        if !errors.is_empty() {
            simulation.findings.extend(errors);
            continue;
        }
        // The row applies: commit its changes to the simulated org.
        let mut holdings = existing
            .as_ref()
            .map(|u| u.holdings.clone())
            .unwrap_or_default();
        holdings.retain(|pool| !release_pools.contains(pool));
        for &pool in &release_pools {
            used[pool as usize] = used[pool as usize].saturating_sub(1);
            freed[pool as usize] += 1;
        }
        for &(_, pool) in &take {
            used[pool] += 1;
            consumed[pool] += 1;
            holdings.push(u32::try_from(pool).unwrap_or(u32::MAX));
        }
        if let Some(user) = &existing {
            free_calling(&mut extensions, &mut numbers, email, user);
        }
        if let Some(extension) = extension {
            extensions.insert(extension.to_owned(), email.to_owned());
        }
        if let Some(number) = number {
            numbers.insert(number.to_owned(), email.to_owned());
        }
        let kind = if existing.is_some() {
            simulation.preview.modify += 1;
            RowKind::Modify
        } else {
            simulation.preview.add += 1;
            RowKind::Add
        };
        let release = holdings_licenses(org, &release_pools);
        users.insert(
            email.to_owned(),
            SimUser {
                extension: extension.map(str::to_owned),
                number: number.map(str::to_owned),
                holdings,
            },
        );
        simulation.outcomes.push(RowOutcome {
            plan: index,
            kind,
            take: take.into_iter().map(|(license, _)| license).collect(),
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

/// Frees the extension and number a user held, if it still holds them.
fn free_calling(
    extensions: &mut HashMap<String, String>,
    numbers: &mut HashMap<String, String>,
    email: &str,
    user: &SimUser,
) {
    if let Some(extension) = &user.extension
        && extensions
            .get(extension)
            .is_some_and(|holder| holder == email)
    {
        extensions.remove(extension);
    }
    if let Some(number) = &user.number
        && numbers.get(number).is_some_and(|holder| holder == email)
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
