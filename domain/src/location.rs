//! Locations: a named site of an org with a postal address and a country.
//! The country decides how numbers typed in national format are read and,
//! later, where Webex Go may be used (GO-1).

use serde::{Deserialize, Serialize};

use crate::{Code, Country};

/// The longest location name: fits the users list and the device pages.
pub const LOCATION_NAME_MAX_CHARS: usize = 80;

/// The longest single address field (street line, city, state, postcode).
pub const ADDRESS_FIELD_MAX_CHARS: usize = 100;

/// A location's name: trimmed, 1 to 80 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LocationName(String);

impl LocationName {
    /// Validates a location name. Surrounding whitespace is trimmed.
    pub fn parse(input: &str) -> Result<Self, Code> {
        let s = input.trim();
        if s.is_empty() {
            return Err(Code::LocationNameEmpty);
        }
        if s.chars().count() > LOCATION_NAME_MAX_CHARS {
            return Err(Code::LocationNameTooLong);
        }
        if s.chars().any(char::is_control) {
            return Err(Code::LocationNameInvalid);
        }
        Ok(Self(s.to_owned()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for LocationName {
    type Error = Code;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<LocationName> for String {
    fn from(value: LocationName) -> Self {
        value.0
    }
}

/// An address as typed: every field raw text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressDraft {
    pub line1: String,
    #[serde(default)]
    pub line2: String,
    pub city: String,
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub postal_code: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// A valid postal address: street and city present, every field within
/// [`ADDRESS_FIELD_MAX_CHARS`] and on one line, a known country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub line1: String,
    pub line2: Option<String>,
    pub city: String,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub country: Country,
}

impl From<Address> for AddressDraft {
    /// The form of a valid address, for editing it again or storing it
    /// where values are read back through [`Address::parse`].
    fn from(address: Address) -> Self {
        Self {
            line1: address.line1,
            line2: address.line2.unwrap_or_default(),
            city: address.city,
            state: address.state.unwrap_or_default(),
            postal_code: address.postal_code.unwrap_or_default(),
            country: address.country.code().to_owned(),
        }
    }
}

/// Which address field a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressField {
    Line1,
    Line2,
    City,
    State,
    PostalCode,
    Country,
}

impl AddressField {
    /// The field's wire name, as the forms and the API spell it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Line1 => "line1",
            Self::Line2 => "line2",
            Self::City => "city",
            Self::State => "state",
            Self::PostalCode => "postal_code",
            Self::Country => "country",
        }
    }
}

impl Address {
    /// Validates every field and reports every problem, not just the first.
    pub fn parse(draft: &AddressDraft) -> Result<Self, Vec<(AddressField, Code)>> {
        let mut findings = Vec::new();
        let mut field = |field: AddressField, value: &str, required: Option<Code>| {
            let v = value.trim();
            if v.is_empty() {
                if let Some(code) = required {
                    findings.push((field, code));
                }
                return None;
            }
            if v.chars().count() > ADDRESS_FIELD_MAX_CHARS {
                findings.push((field, Code::AddressFieldTooLong));
                return None;
            }
            if v.chars().any(char::is_control) {
                findings.push((field, Code::AddressFieldInvalid));
                return None;
            }
            Some(v.to_owned())
        };
        let line1 = field(
            AddressField::Line1,
            &draft.line1,
            Some(Code::AddressLineMissing),
        );
        let line2 = field(AddressField::Line2, &draft.line2, None);
        let city = field(AddressField::City, &draft.city, Some(Code::CityMissing));
        let state = field(AddressField::State, &draft.state, None);
        let postal_code = field(AddressField::PostalCode, &draft.postal_code, None);
        let country = Country::parse(&draft.country);
        if let Err(error) = &country {
            findings.push((AddressField::Country, error.code()));
        }
        match (line1, city, country) {
            (Some(line1), Some(city), Ok(country)) if findings.is_empty() => Ok(Self {
                line1,
                line2,
                city,
                state,
                postal_code,
                country,
            }),
            _ => Err(findings),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> AddressDraft {
        AddressDraft {
            line1: "771 Alder Drive".into(),
            line2: String::new(),
            city: "Milpitas".into(),
            state: "CA".into(),
            postal_code: "95035".into(),
            country: "us".into(),
        }
    }

    #[test]
    fn a_complete_address_parses_with_its_country() {
        let address = Address::parse(&draft()).unwrap();
        assert_eq!(address.country, Country::US);
        assert_eq!(address.line2, None);
    }

    #[test]
    fn a_missing_street_and_city_are_both_reported() {
        let mut d = draft();
        d.line1 = " ".into();
        d.city = String::new();
        assert_eq!(
            Address::parse(&d).unwrap_err(),
            vec![
                (AddressField::Line1, Code::AddressLineMissing),
                (AddressField::City, Code::CityMissing)
            ]
        );
    }

    #[test]
    fn an_unknown_country_is_reported_on_the_country_field() {
        let mut d = draft();
        d.country = "XX".into();
        assert_eq!(
            Address::parse(&d).unwrap_err(),
            vec![(AddressField::Country, Code::CountryUnknown)]
        );
    }

    #[test]
    fn an_81_character_location_name_is_too_long() {
        assert!(LocationName::parse(&"a".repeat(80)).is_ok());
        assert_eq!(
            LocationName::parse(&"a".repeat(81)),
            Err(Code::LocationNameTooLong)
        );
        assert_eq!(LocationName::parse("  "), Err(Code::LocationNameEmpty));
    }
}
