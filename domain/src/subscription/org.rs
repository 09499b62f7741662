//! Finding or creating the partner and customer orgs of an order (SUB-3,
//! SUB-4): org ids, the new-org form (company name, business vertical,
//! country) and how candidate orgs found by email domain are ordered.
//!
//! The matching itself (the contact's account, then the domain of
//! [`Email::domain`](crate::Email::domain) against the orgs' verified or
//! claimed domains) is a database query and the server's.

use core::cmp::Reverse;

use serde::{Deserialize, Serialize};

use super::{Finding, display_as_str, id_type, parse_id, parsed_from_draft};
use crate::{Code, Country, OrgName};

id_type!(
    /// The id of an existing org, as the server issues them (UUIDs).
    /// Whether the org exists and the admin may use it is the server's to
    /// check (T-4).
    OrgId,
    Code::OrgIdInvalid
);

/// The business vertical of a new org (SUB-3): what industry the company
/// is in. Reported on, never branched on; `Other` covers the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BusinessVertical {
    Education,
    Government,
    Healthcare,
    FinancialServices,
    Manufacturing,
    Retail,
    Technology,
    ProfessionalServices,
    Hospitality,
    NonProfit,
    Media,
    Transportation,
    EnergyUtilities,
    Telecommunications,
    Other,
}

impl BusinessVertical {
    /// Every vertical, in the order the form lists them (`Other` last).
    pub const ALL: [BusinessVertical; 15] = [
        Self::Education,
        Self::Government,
        Self::Healthcare,
        Self::FinancialServices,
        Self::Manufacturing,
        Self::Retail,
        Self::Technology,
        Self::ProfessionalServices,
        Self::Hospitality,
        Self::NonProfit,
        Self::Media,
        Self::Transportation,
        Self::EnergyUtilities,
        Self::Telecommunications,
        Self::Other,
    ];

    /// The stable key, stored and sent on the wire; the UI translates it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Education => "education",
            Self::Government => "government",
            Self::Healthcare => "healthcare",
            Self::FinancialServices => "financial_services",
            Self::Manufacturing => "manufacturing",
            Self::Retail => "retail",
            Self::Technology => "technology",
            Self::ProfessionalServices => "professional_services",
            Self::Hospitality => "hospitality",
            Self::NonProfit => "non_profit",
            Self::Media => "media",
            Self::Transportation => "transportation",
            Self::EnergyUtilities => "energy_utilities",
            Self::Telecommunications => "telecommunications",
            Self::Other => "other",
        }
    }

    /// A key, trimmed; anything else (blank too) is
    /// `business_vertical_unknown`.
    pub fn parse(input: &str) -> Result<Self, Code> {
        let key = input.trim();
        Self::ALL
            .into_iter()
            .find(|v| v.as_str() == key)
            .ok_or(Code::BusinessVerticalUnknown)
    }
}

display_as_str!(BusinessVertical);

/// The create-a-new-org form as typed (SUB-3, SUB-4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOrgDraft {
    #[serde(default)]
    pub name: String,
    /// A [`BusinessVertical`] key.
    #[serde(default)]
    pub vertical: String,
    /// ISO 3166-1 alpha-2.
    #[serde(default)]
    pub country: String,
}

/// A valid new org, to be created when the wizard's review is confirmed
/// (SUB-5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "NewOrgDraft", into = "NewOrgDraft")]
pub struct NewOrg {
    name: OrgName,
    vertical: BusinessVertical,
    country: Country,
}

impl NewOrg {
    /// Checks every field: `name` (`org_name_*`), `vertical`
    /// (`business_vertical_unknown`), `country` (`country_unknown`).
    pub fn parse(draft: &NewOrgDraft) -> Result<Self, Vec<Finding>> {
        let mut findings = Vec::new();
        let name = OrgName::parse(&draft.name)
            .map_err(|e| findings.push(Finding::new("name", e.code())))
            .ok();
        let vertical = BusinessVertical::parse(&draft.vertical)
            .map_err(|code| findings.push(Finding::new("vertical", code)))
            .ok();
        let country = Country::parse(&draft.country)
            .map_err(|e| findings.push(Finding::new("country", e.code())))
            .ok();
        match (name, vertical, country) {
            (Some(name), Some(vertical), Some(country)) => Ok(Self {
                name,
                vertical,
                country,
            }),
            _ => Err(findings),
        }
    }

    pub fn name(&self) -> &OrgName {
        &self.name
    }

    pub fn vertical(&self) -> BusinessVertical {
        self.vertical
    }

    pub fn country(&self) -> Country {
        self.country
    }
}

parsed_from_draft!(NewOrg => NewOrgDraft);

impl From<NewOrg> for NewOrgDraft {
    fn from(org: NewOrg) -> Self {
        Self {
            name: org.name.into(),
            vertical: org.vertical.as_str().to_owned(),
            country: org.country.code().to_owned(),
        }
    }
}

/// How long without user activity makes an org without a verified domain
/// look abandoned: the seed article's "no user activity in the last year".
pub const STALE_AFTER_MS: i64 = 365 * 24 * 60 * 60 * 1000;

/// An org that matched the contact's email domain (SUB-3, SUB-4), with
/// what the admin needs to pick the right one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgCandidate {
    pub org_id: OrgId,
    pub name: String,
    /// The org's verified or claimed domains.
    pub verified_domains: Vec<String>,
    pub active_users: u32,
    /// When a user of the org was last active, in ms since the epoch;
    /// `None` when no user ever was.
    pub last_activity_ms: Option<i64>,
}

impl OrgCandidate {
    /// SUB-3: an org with no verified domain and no user activity within
    /// the last year is probably not the right one. The UI says so beside
    /// it; the admin may still pick it.
    pub fn looks_stale(&self, now_ms: i64) -> bool {
        self.verified_domains.is_empty()
            && self
                .last_activity_ms
                .is_none_or(|at| now_ms.saturating_sub(at) > STALE_AFTER_MS)
    }

    /// Orders candidates most likely first: not stale, then with a
    /// verified domain, then most recently active, then most active users,
    /// then by name and id (so the order is total and the same on every
    /// call).
    pub fn rank(candidates: &mut [OrgCandidate], now_ms: i64) {
        let key = |c: &OrgCandidate| {
            (
                c.looks_stale(now_ms),
                c.verified_domains.is_empty(),
                Reverse(c.last_activity_ms),
                Reverse(c.active_users),
            )
        };
        candidates.sort_by(|a, b| {
            key(a)
                .cmp(&key(b))
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.org_id.cmp(&b.org_id))
        });
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::subscription::test_support::{field_codes, round_trips};

    fn draft(name: &str, vertical: &str, country: &str) -> NewOrgDraft {
        NewOrgDraft {
            name: name.into(),
            vertical: vertical.into(),
            country: country.into(),
        }
    }

    fn codes(d: &NewOrgDraft) -> Vec<(String, Code)> {
        field_codes(NewOrg::parse(d))
    }

    #[test]
    fn sub_3_a_new_org_with_name_vertical_and_country_is_accepted() {
        let org = NewOrg::parse(&draft(" Fermele Bucovinei SRL ", "manufacturing", "ro")).unwrap();
        assert_eq!(org.name().as_str(), "Fermele Bucovinei SRL");
        assert_eq!(org.vertical(), BusinessVertical::Manufacturing);
        assert_eq!(org.country(), Country::RO);
    }

    #[test]
    fn sub_3_every_missing_field_of_a_new_org_is_reported() {
        assert_eq!(
            codes(&draft("", "", "")),
            vec![
                ("name".into(), Code::OrgNameEmpty),
                ("vertical".into(), Code::BusinessVerticalUnknown),
                ("country".into(), Code::CountryUnknown),
            ]
        );
    }

    #[test]
    fn an_unknown_vertical_is_rejected() {
        assert_eq!(
            codes(&draft("Farms", "farming", "US")),
            vec![("vertical".into(), Code::BusinessVerticalUnknown)]
        );
    }

    #[test]
    fn every_vertical_key_round_trips_and_keys_are_unique() {
        for v in BusinessVertical::ALL {
            assert_eq!(BusinessVertical::parse(v.as_str()), Ok(v));
            assert_eq!(
                serde_json::to_string(&v).ok(),
                Some(format!("\"{}\"", v.as_str()))
            );
        }
        let mut keys: Vec<_> = BusinessVertical::ALL.iter().map(|v| v.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), BusinessVertical::ALL.len());
    }

    #[test]
    fn a_new_org_round_trips_through_json_and_is_checked_when_read() {
        let org = NewOrg::parse(&draft("Gårdene AS", "retail", "NO")).unwrap();
        assert_eq!(
            serde_json::to_string(&org).ok(),
            Some(r#"{"name":"Gårdene AS","vertical":"retail","country":"NO"}"#.into())
        );
        assert!(round_trips(&org));
        assert!(serde_json::from_str::<NewOrg>(r#"{"name":"x"}"#).is_err());
    }

    #[test]
    fn an_org_id_is_a_uuid_like_token() {
        assert!(OrgId::parse("0195f3c2-7a1b-7c3d-9e8f-001122334455").is_ok());
        assert_eq!(OrgId::parse("../etc"), Err(Code::OrgIdInvalid));
        assert_eq!(OrgId::parse(""), Err(Code::OrgIdInvalid));
    }

    const NOW: i64 = 1_780_000_000_000;
    const DAY: i64 = 24 * 60 * 60 * 1000;

    fn candidate(id: &str, verified: bool, users: u32, days_ago: Option<i64>) -> OrgCandidate {
        OrgCandidate {
            org_id: OrgId::parse(id).unwrap(),
            name: format!("Farms {id}"),
            verified_domains: if verified {
                vec!["farms.com".into()]
            } else {
                vec![]
            },
            active_users: users,
            last_activity_ms: days_ago.map(|d| NOW - d * DAY),
        }
    }

    #[test]
    fn sub_3_an_org_without_verified_domains_or_activity_for_a_year_looks_stale() {
        assert!(candidate("a", false, 0, None).looks_stale(NOW));
        assert!(candidate("a", false, 3, Some(366)).looks_stale(NOW));
        assert!(!candidate("a", false, 3, Some(364)).looks_stale(NOW));
        assert!(!candidate("a", true, 0, None).looks_stale(NOW));
    }

    #[test]
    fn sub_3_candidates_are_ranked_likely_ones_first() {
        let mut list = vec![
            candidate("stale", false, 40, Some(800)),
            candidate("unverified", false, 5, Some(2)),
            candidate("quiet", true, 90, Some(30)),
            candidate("busy", true, 10, Some(1)),
        ];
        OrgCandidate::rank(&mut list, NOW);
        let order: Vec<&str> = list.iter().map(|c| c.org_id.as_str()).collect();
        assert_eq!(order, ["busy", "quiet", "unverified", "stale"]);
    }

    proptest! {
        #[test]
        fn new_org_parsing_never_panics(
            name in any::<String>(), vertical in any::<String>(), country in any::<String>(),
        ) {
            let _ = NewOrg::parse(&NewOrgDraft { name, vertical, country });
        }
    }
}
