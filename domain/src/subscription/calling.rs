//! SUB-9: Calling setup. All the wizard asks is the headquarters location:
//! its name, the country or region where most users are, and the address.
//! More locations are added later in Control Hub.

use serde::{Deserialize, Serialize};

use super::{Finding, parsed_from_draft};
use crate::{Address, AddressDraft, AddressField, Code, Country, LocationName};

/// The Calling step of the wizard as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadquartersDraft {
    #[serde(default)]
    pub name: String,
    /// ISO 3166-1 alpha-2: where most of the users are. It is the
    /// location's country, which decides how its numbers are read.
    #[serde(default)]
    pub country: String,
    /// The address's own `country` may be left blank (it is then the
    /// headquarters' country) or repeat it; another country is refused.
    #[serde(default)]
    pub address: AddressDraft,
}

/// A valid headquarters location, to be created as the org's first
/// location when the wizard closes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "HeadquartersDraft", into = "HeadquartersDraft")]
pub struct Headquarters {
    name: LocationName,
    address: Address,
}

impl Headquarters {
    /// Checks every field and reports every problem: `name`
    /// (`location_name_*`), `country` (`country_unknown`), and
    /// `address.<field>` as [`Address::parse`] finds them, plus
    /// `address.country`: `address_country_mismatch` when the address is
    /// in another country than the headquarters.
    pub fn parse(draft: &HeadquartersDraft) -> Result<Self, Vec<Finding>> {
        let mut findings = Vec::new();
        let name = LocationName::parse(&draft.name)
            .map_err(|code| findings.push(Finding::new("name", code)))
            .ok();
        let country = Country::parse(&draft.country)
            .map_err(|e| findings.push(Finding::new("country", e.code())))
            .ok();
        let mut address = draft.address.clone();
        let inherits_country = address.country.trim().is_empty();
        if inherits_country {
            address.country = country.map(Country::code).unwrap_or_default().to_owned();
        }
        let address = match Address::parse(&address) {
            Ok(address) if country.is_some_and(|c| c != address.country) => {
                findings.push(Finding::new(
                    "address.country",
                    Code::AddressCountryMismatch,
                ));
                None
            }
            Ok(address) => Some(address),
            Err(found) => {
                // An inherited country that is unknown is reported once,
                // on `country`.
                let found = found
                    .into_iter()
                    .filter(|(field, _)| !(inherits_country && *field == AddressField::Country));
                findings.extend(found.map(|(field, code)| {
                    Finding::new(format!("address.{}", field.as_str()), code)
                }));
                None
            }
        };
        match (name, country, address) {
            (Some(name), Some(_), Some(address)) if findings.is_empty() => {
                Ok(Self { name, address })
            }
            _ => Err(findings),
        }
    }

    pub fn name(&self) -> &LocationName {
        &self.name
    }

    pub fn address(&self) -> &Address {
        &self.address
    }

    /// The headquarters' country (the address's).
    pub fn country(&self) -> Country {
        self.address.country
    }
}

parsed_from_draft!(Headquarters => HeadquartersDraft);

impl From<Headquarters> for HeadquartersDraft {
    fn from(hq: Headquarters) -> Self {
        Self {
            name: hq.name.into(),
            country: hq.address.country.code().to_owned(),
            address: hq.address.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::subscription::test_support::{field_codes, round_trips};

    fn draft() -> HeadquartersDraft {
        HeadquartersDraft {
            name: "Sediul central".into(),
            country: "RO".into(),
            address: AddressDraft {
                line1: "Strada Fermelor 12".into(),
                line2: String::new(),
                city: "Suceava".into(),
                state: String::new(),
                postal_code: "720001".into(),
                country: String::new(),
            },
        }
    }

    fn codes(d: &HeadquartersDraft) -> Vec<(String, Code)> {
        field_codes(Headquarters::parse(d))
    }

    #[test]
    fn sub_9_a_headquarters_takes_its_country_into_a_blank_address_country() {
        let hq = Headquarters::parse(&draft()).unwrap();
        assert_eq!(hq.name().as_str(), "Sediul central");
        assert_eq!(hq.country(), Country::RO);
        assert_eq!(hq.address().city, "Suceava");
    }

    #[test]
    fn an_address_repeating_the_headquarters_country_is_accepted() {
        let mut d = draft();
        d.address.country = "ro".into();
        assert!(Headquarters::parse(&d).is_ok());
    }

    #[test]
    fn sub_9_an_address_in_another_country_than_the_headquarters_is_rejected() {
        let mut d = draft();
        d.address.country = "IT".into();
        assert_eq!(
            codes(&d),
            vec![("address.country".into(), Code::AddressCountryMismatch)]
        );
    }

    #[test]
    fn sub_9_every_missing_field_of_the_headquarters_is_reported_by_its_path() {
        let d = HeadquartersDraft {
            name: " ".into(),
            country: "Romania".into(),
            address: AddressDraft::default(),
        };
        assert_eq!(
            codes(&d),
            vec![
                ("name".into(), Code::LocationNameEmpty),
                ("country".into(), Code::CountryUnknown),
                ("address.line1".into(), Code::AddressLineMissing),
                ("address.city".into(), Code::CityMissing),
            ]
        );
    }

    #[test]
    fn a_headquarters_round_trips_through_json_and_is_checked_when_read() {
        assert!(round_trips(&Headquarters::parse(&draft()).unwrap()));
        assert!(serde_json::from_str::<Headquarters>(r#"{"name":"HQ"}"#).is_err());
    }

    proptest! {
        #[test]
        fn headquarters_parsing_never_panics(
            name in any::<String>(),
            country in any::<String>(),
            fields in prop::array::uniform6(any::<String>()),
        ) {
            let [line1, line2, city, state, postal_code, address_country] = fields;
            let draft = HeadquartersDraft {
                name,
                country,
                address: AddressDraft { line1, line2, city, state, postal_code, country: address_country },
            };
            let _ = Headquarters::parse(&draft);
        }
    }
}
