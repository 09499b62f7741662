//! SUB-8: Meetings setup. Each site has a URL name (`<name>.webex.com`), a
//! time zone and an early-adopter (early release) choice; *I need
//! additional URLs* adds sites, and with several sites the admin
//! distributes the ordered Meetings licenses among them. With one site,
//! the site simply gets them all.
//!
//! Whether a URL name is free in the deployment is the server's to check
//! (`site_name_taken`); this module checks the form against the order.

use serde::{Deserialize, Serialize};

use super::{Finding, Rejected, TimeZone, first_occurrence};
use crate::{Code, SiteName};

/// The most sites one order's setup makes. Each site is a separate
/// Meetings deployment with its own URL and administration; an order
/// spread over more is a rollout project to plan with the customer, not
/// a form to fill in, and a bound keeps the findings of one request
/// bounded too.
pub const MAX_SITES: usize = 10;

/// One site as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteDraft {
    /// The `acme` of `acme.webex.com`.
    #[serde(default)]
    pub url_name: String,
    /// An IANA zone name, e.g. `Europe/Bucharest`.
    #[serde(default)]
    pub time_zone: String,
    /// Whether the site joins the early-adopter program: features before
    /// the normal rollout cycle.
    #[serde(default)]
    pub early_adopter: bool,
    /// The site's share of the ordered licenses; ignored with one site.
    #[serde(default)]
    pub licenses: u32,
}

/// The Meetings step of the wizard as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingsSetupDraft {
    #[serde(default)]
    pub sites: Vec<SiteDraft>,
}

/// A valid site of a [`MeetingsSetup`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingSite {
    url_name: SiteName,
    time_zone: TimeZone,
    early_adopter: bool,
    licenses: u32,
}

impl MeetingSite {
    pub fn url_name(&self) -> &SiteName {
        &self.url_name
    }

    pub fn time_zone(&self) -> TimeZone {
        self.time_zone
    }

    pub fn early_adopter(&self) -> bool {
        self.early_adopter
    }

    /// At least 1; the sites' licenses add up to the quantity ordered.
    pub fn licenses(&self) -> u32 {
        self.licenses
    }
}

/// A valid Meetings setup: 1 to [`MAX_SITES`] sites with distinct URL
/// names whose licenses add up to the Meetings quantity ordered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "MeetingsSetupDraft", into = "MeetingsSetupDraft")]
pub struct MeetingsSetup {
    sites: Vec<MeetingSite>,
}

impl MeetingsSetup {
    /// Checks the form against the Meetings licenses ordered
    /// ([`super::SubscriptionOrder::meetings_quantity`]) and reports every
    /// problem:
    ///
    /// - `sites`: `sites_empty`; `sites_too_many` (alone: the sites are
    ///   then not looked at); `license_split_mismatch` with the quantity
    ///   ordered as `expected` and the sum as `actual`;
    /// - `sites[i].url_name`: `site_name_*`, `site_name_duplicate` (on the
    ///   later site; names compare lower-cased);
    /// - `sites[i].time_zone`: `time_zone_unknown`;
    /// - `sites[i].licenses`: `site_licenses_invalid` (0 with several
    ///   sites).
    pub fn parse(draft: &MeetingsSetupDraft, ordered: u32) -> Result<Self, Vec<Finding>> {
        let drafts = &draft.sites;
        if drafts.is_empty() {
            return Err(vec![Finding::new("sites", Code::SitesEmpty)]);
        }
        if drafts.len() > MAX_SITES {
            return Err(vec![Finding::new("sites", Code::SitesTooMany)]);
        }
        let several = drafts.len() > 1;
        let mut findings = Vec::new();
        let mut sites = Vec::with_capacity(drafts.len());
        let mut names: Vec<SiteName> = Vec::with_capacity(drafts.len());
        for (i, site) in drafts.iter().enumerate() {
            let url_name = first_occurrence(
                SiteName::parse(&site.url_name).map_err(|e| e.code()),
                &mut names,
                format!("sites[{i}].url_name"),
                Code::SiteNameDuplicate,
                &mut findings,
            );
            let time_zone = TimeZone::parse(&site.time_zone)
                .map_err(|code| findings.push(Finding::new(format!("sites[{i}].time_zone"), code)))
                .ok();
            if several && site.licenses == 0 {
                findings.push(Finding::new(
                    format!("sites[{i}].licenses"),
                    Code::SiteLicensesInvalid,
                ));
            }
            if let (Some(url_name), Some(time_zone)) = (url_name, time_zone) {
                sites.push(MeetingSite {
                    url_name,
                    time_zone,
                    early_adopter: site.early_adopter,
                    licenses: if several { site.licenses } else { ordered },
                });
            }
        }
        if several {
            let sum: u64 = drafts.iter().map(|s| u64::from(s.licenses)).sum();
            if sum != u64::from(ordered) {
                findings.push(Finding {
                    expected: Some(u64::from(ordered)),
                    actual: Some(sum),
                    ..Finding::new("sites", Code::LicenseSplitMismatch)
                });
            }
        }
        if findings.is_empty() {
            Ok(Self { sites })
        } else {
            Err(findings)
        }
    }

    /// The sites, in the order the admin added them.
    pub fn sites(&self) -> &[MeetingSite] {
        &self.sites
    }
}

impl TryFrom<MeetingsSetupDraft> for MeetingsSetup {
    type Error = Rejected;

    /// A stored setup is checked as a form would be, against its own
    /// licenses: whether they still match an order is the wizard's to say
    /// when the step is answered.
    fn try_from(draft: MeetingsSetupDraft) -> Result<Self, Self::Error> {
        let total: u64 = draft.sites.iter().map(|s| u64::from(s.licenses)).sum();
        let total = u32::try_from(total).unwrap_or(u32::MAX);
        Self::parse(&draft, total).map_err(Rejected)
    }
}

impl From<MeetingsSetup> for MeetingsSetupDraft {
    fn from(setup: MeetingsSetup) -> Self {
        Self {
            sites: setup
                .sites
                .into_iter()
                .map(|site| SiteDraft {
                    url_name: site.url_name.into(),
                    time_zone: site.time_zone.into(),
                    early_adopter: site.early_adopter,
                    licenses: site.licenses,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::subscription::test_support::{field_codes, round_trips};

    fn site(url_name: &str, licenses: u32) -> SiteDraft {
        SiteDraft {
            url_name: url_name.into(),
            time_zone: "Europe/Bucharest".into(),
            early_adopter: false,
            licenses,
        }
    }

    fn setup(sites: Vec<SiteDraft>) -> MeetingsSetupDraft {
        MeetingsSetupDraft { sites }
    }

    fn findings(draft: &MeetingsSetupDraft, ordered: u32) -> Vec<Finding> {
        MeetingsSetup::parse(draft, ordered)
            .err()
            .unwrap_or_default()
    }

    fn codes(draft: &MeetingsSetupDraft, ordered: u32) -> Vec<(String, Code)> {
        field_codes(MeetingsSetup::parse(draft, ordered))
    }

    #[test]
    fn sub_8_a_single_site_gets_every_license_ordered() {
        let mut only = site(" Ferme-Bucuresti ", 0);
        only.early_adopter = true;
        let setup = MeetingsSetup::parse(&setup(vec![only]), 250).unwrap();
        let [site] = setup.sites() else {
            panic!("one site expected");
        };
        assert_eq!(site.url_name().as_str(), "ferme-bucuresti");
        assert_eq!(site.time_zone().as_str(), "Europe/Bucharest");
        assert!(site.early_adopter());
        assert_eq!(site.licenses(), 250);
    }

    #[test]
    fn sub_8_two_sites_whose_licenses_sum_to_the_order_are_accepted() {
        let setup =
            MeetingsSetup::parse(&setup(vec![site("ferme", 60), site("ferme-cluj", 40)]), 100)
                .unwrap();
        let split: Vec<u32> = setup.sites().iter().map(MeetingSite::licenses).collect();
        assert_eq!(split, [60, 40]);
    }

    #[test]
    fn two_sites_whose_licenses_sum_to_less_than_the_order_are_rejected() {
        let found = findings(&setup(vec![site("ferme", 60), site("ferme-cluj", 30)]), 100);
        assert_eq!(
            found,
            vec![Finding {
                expected: Some(100),
                actual: Some(90),
                ..Finding::new("sites", Code::LicenseSplitMismatch)
            }]
        );
    }

    #[test]
    fn two_sites_whose_licenses_sum_to_more_than_the_order_are_rejected() {
        assert_eq!(
            codes(&setup(vec![site("ferme", 60), site("ferme-cluj", 41)]), 100),
            vec![("sites".into(), Code::LicenseSplitMismatch)]
        );
    }

    #[test]
    fn sub_8_with_several_sites_each_needs_at_least_one_license() {
        assert_eq!(
            codes(&setup(vec![site("ferme", 100), site("ferme-cluj", 0)]), 100),
            vec![("sites[1].licenses".into(), Code::SiteLicensesInvalid)]
        );
    }

    #[test]
    fn a_setup_without_sites_is_rejected() {
        assert_eq!(
            codes(&setup(vec![]), 10),
            vec![("sites".into(), Code::SitesEmpty)]
        );
    }

    #[test]
    fn eleven_sites_are_too_many() {
        let ten: Vec<SiteDraft> = (0..10).map(|i| site(&format!("site-{i}"), 1)).collect();
        assert!(MeetingsSetup::parse(&setup(ten.clone()), 10).is_ok());
        let mut eleven = ten;
        eleven.push(site("site-10", 1));
        assert_eq!(
            codes(&setup(eleven), 11),
            vec![("sites".into(), Code::SitesTooMany)]
        );
    }

    #[test]
    fn sub_8_two_sites_with_the_same_url_name_in_any_case_are_rejected() {
        assert_eq!(
            codes(&setup(vec![site("ferme", 5), site("FERME", 5)]), 10),
            vec![("sites[1].url_name".into(), Code::SiteNameDuplicate)]
        );
    }

    #[test]
    fn every_bad_field_of_every_site_is_reported() {
        let mut bad = site("x", 0);
        bad.time_zone = "Europe/Atlantis".into();
        assert_eq!(
            codes(&setup(vec![site("", 5), bad]), 5),
            vec![
                ("sites[0].url_name".into(), Code::SiteNameEmpty),
                ("sites[1].url_name".into(), Code::SiteNameInvalid),
                ("sites[1].time_zone".into(), Code::TimeZoneUnknown),
                ("sites[1].licenses".into(), Code::SiteLicensesInvalid),
            ]
        );
    }

    #[test]
    fn a_setup_round_trips_through_json_and_is_checked_when_read() {
        let two_sites = setup(vec![site("ferme", 7), site("ferme-iasi", 3)]);
        assert!(round_trips(&MeetingsSetup::parse(&two_sites, 10).unwrap()));
        assert!(
            serde_json::from_str::<MeetingsSetup>(r#"{"sites":[{"url_name":"ok-name"}]}"#).is_err()
        );
    }

    proptest! {
        #[test]
        fn meetings_parsing_never_panics(
            sites in prop::collection::vec(
                (any::<String>(), any::<String>(), any::<bool>(), any::<u32>()),
                0..14,
            ),
            ordered in any::<u32>(),
        ) {
            let draft = MeetingsSetupDraft {
                sites: sites
                    .into_iter()
                    .map(|(url_name, time_zone, early_adopter, licenses)| SiteDraft {
                        url_name, time_zone, early_adopter, licenses,
                    })
                    .collect(),
            };
            let _ = MeetingsSetup::parse(&draft, ordered);
        }

        /// SUB-8: a split of several sites is accepted exactly when every
        /// site has a license and the sum is the quantity ordered.
        #[test]
        fn a_license_split_is_accepted_exactly_when_it_sums_to_the_order(
            licenses in prop::collection::vec(0..400u32, 2..=MAX_SITES),
            ordered in 1..2_000u32,
        ) {
            let draft = setup(
                licenses.iter().enumerate().map(|(i, &n)| site(&format!("site-{i}"), n)).collect(),
            );
            let sum: u32 = licenses.iter().sum();
            let valid = sum == ordered && licenses.iter().all(|&n| n >= 1);
            prop_assert_eq!(MeetingsSetup::parse(&draft, ordered).is_ok(), valid);
        }

        #[test]
        fn any_split_of_the_order_over_several_sites_is_accepted(
            ordered in 2..5_000u32,
            cuts in prop::collection::btree_set(1..5_000u32, 1..MAX_SITES),
        ) {
            // Distinct cut points inside 1..ordered make a split with no
            // empty site.
            let mut points: Vec<u32> = cuts.into_iter().filter(|&c| c < ordered).collect();
            prop_assume!(!points.is_empty());
            points.insert(0, 0);
            points.push(ordered);
            let shares: Vec<u32> = points.windows(2).map(|w| w[1] - w[0]).collect();
            let draft = setup(
                shares.iter().enumerate().map(|(i, &n)| site(&format!("site-{i}"), n)).collect(),
            );
            prop_assert!(MeetingsSetup::parse(&draft, ordered).is_ok());
        }
    }
}
