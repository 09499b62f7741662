//! Countries: ISO 3166-1 alpha-2 codes with their English short names.
//!
//! Locations, new orgs (SUB-3) and the Calling headquarters (SUB-9) name a
//! country; GO-1 makes eligibility depend on it; phone numbers are read in a
//! location's national format. The table is the complete ISO 3166-1 list
//! (249 entries, as published in Debian's `iso-codes`), so a customer in any
//! country can be provisioned, even where number formats are only checked as
//! E.164.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;

/// ISO 3166-1: alpha-2 code and English short name (the common name where
/// ISO's formal one is awkward in a drop-down, e.g. "United Kingdom").
/// Sorted by code: [`Country::parse`] binary-searches it.
static COUNTRIES: [(&str, &str); 249] = [
    ("AD", "Andorra"),
    ("AE", "United Arab Emirates"),
    ("AF", "Afghanistan"),
    ("AG", "Antigua and Barbuda"),
    ("AI", "Anguilla"),
    ("AL", "Albania"),
    ("AM", "Armenia"),
    ("AO", "Angola"),
    ("AQ", "Antarctica"),
    ("AR", "Argentina"),
    ("AS", "American Samoa"),
    ("AT", "Austria"),
    ("AU", "Australia"),
    ("AW", "Aruba"),
    ("AX", "Åland Islands"),
    ("AZ", "Azerbaijan"),
    ("BA", "Bosnia and Herzegovina"),
    ("BB", "Barbados"),
    ("BD", "Bangladesh"),
    ("BE", "Belgium"),
    ("BF", "Burkina Faso"),
    ("BG", "Bulgaria"),
    ("BH", "Bahrain"),
    ("BI", "Burundi"),
    ("BJ", "Benin"),
    ("BL", "Saint Barthélemy"),
    ("BM", "Bermuda"),
    ("BN", "Brunei Darussalam"),
    ("BO", "Bolivia"),
    ("BQ", "Bonaire, Sint Eustatius and Saba"),
    ("BR", "Brazil"),
    ("BS", "Bahamas"),
    ("BT", "Bhutan"),
    ("BV", "Bouvet Island"),
    ("BW", "Botswana"),
    ("BY", "Belarus"),
    ("BZ", "Belize"),
    ("CA", "Canada"),
    ("CC", "Cocos (Keeling) Islands"),
    ("CD", "Congo, The Democratic Republic of the"),
    ("CF", "Central African Republic"),
    ("CG", "Congo"),
    ("CH", "Switzerland"),
    ("CI", "Côte d'Ivoire"),
    ("CK", "Cook Islands"),
    ("CL", "Chile"),
    ("CM", "Cameroon"),
    ("CN", "China"),
    ("CO", "Colombia"),
    ("CR", "Costa Rica"),
    ("CU", "Cuba"),
    ("CV", "Cabo Verde"),
    ("CW", "Curaçao"),
    ("CX", "Christmas Island"),
    ("CY", "Cyprus"),
    ("CZ", "Czechia"),
    ("DE", "Germany"),
    ("DJ", "Djibouti"),
    ("DK", "Denmark"),
    ("DM", "Dominica"),
    ("DO", "Dominican Republic"),
    ("DZ", "Algeria"),
    ("EC", "Ecuador"),
    ("EE", "Estonia"),
    ("EG", "Egypt"),
    ("EH", "Western Sahara"),
    ("ER", "Eritrea"),
    ("ES", "Spain"),
    ("ET", "Ethiopia"),
    ("FI", "Finland"),
    ("FJ", "Fiji"),
    ("FK", "Falkland Islands (Malvinas)"),
    ("FM", "Micronesia, Federated States of"),
    ("FO", "Faroe Islands"),
    ("FR", "France"),
    ("GA", "Gabon"),
    ("GB", "United Kingdom"),
    ("GD", "Grenada"),
    ("GE", "Georgia"),
    ("GF", "French Guiana"),
    ("GG", "Guernsey"),
    ("GH", "Ghana"),
    ("GI", "Gibraltar"),
    ("GL", "Greenland"),
    ("GM", "Gambia"),
    ("GN", "Guinea"),
    ("GP", "Guadeloupe"),
    ("GQ", "Equatorial Guinea"),
    ("GR", "Greece"),
    ("GS", "South Georgia and the South Sandwich Islands"),
    ("GT", "Guatemala"),
    ("GU", "Guam"),
    ("GW", "Guinea-Bissau"),
    ("GY", "Guyana"),
    ("HK", "Hong Kong"),
    ("HM", "Heard Island and McDonald Islands"),
    ("HN", "Honduras"),
    ("HR", "Croatia"),
    ("HT", "Haiti"),
    ("HU", "Hungary"),
    ("ID", "Indonesia"),
    ("IE", "Ireland"),
    ("IL", "Israel"),
    ("IM", "Isle of Man"),
    ("IN", "India"),
    ("IO", "British Indian Ocean Territory"),
    ("IQ", "Iraq"),
    ("IR", "Iran"),
    ("IS", "Iceland"),
    ("IT", "Italy"),
    ("JE", "Jersey"),
    ("JM", "Jamaica"),
    ("JO", "Jordan"),
    ("JP", "Japan"),
    ("KE", "Kenya"),
    ("KG", "Kyrgyzstan"),
    ("KH", "Cambodia"),
    ("KI", "Kiribati"),
    ("KM", "Comoros"),
    ("KN", "Saint Kitts and Nevis"),
    ("KP", "North Korea"),
    ("KR", "South Korea"),
    ("KW", "Kuwait"),
    ("KY", "Cayman Islands"),
    ("KZ", "Kazakhstan"),
    ("LA", "Laos"),
    ("LB", "Lebanon"),
    ("LC", "Saint Lucia"),
    ("LI", "Liechtenstein"),
    ("LK", "Sri Lanka"),
    ("LR", "Liberia"),
    ("LS", "Lesotho"),
    ("LT", "Lithuania"),
    ("LU", "Luxembourg"),
    ("LV", "Latvia"),
    ("LY", "Libya"),
    ("MA", "Morocco"),
    ("MC", "Monaco"),
    ("MD", "Moldova"),
    ("ME", "Montenegro"),
    ("MF", "Saint Martin (French part)"),
    ("MG", "Madagascar"),
    ("MH", "Marshall Islands"),
    ("MK", "North Macedonia"),
    ("ML", "Mali"),
    ("MM", "Myanmar"),
    ("MN", "Mongolia"),
    ("MO", "Macao"),
    ("MP", "Northern Mariana Islands"),
    ("MQ", "Martinique"),
    ("MR", "Mauritania"),
    ("MS", "Montserrat"),
    ("MT", "Malta"),
    ("MU", "Mauritius"),
    ("MV", "Maldives"),
    ("MW", "Malawi"),
    ("MX", "Mexico"),
    ("MY", "Malaysia"),
    ("MZ", "Mozambique"),
    ("NA", "Namibia"),
    ("NC", "New Caledonia"),
    ("NE", "Niger"),
    ("NF", "Norfolk Island"),
    ("NG", "Nigeria"),
    ("NI", "Nicaragua"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NP", "Nepal"),
    ("NR", "Nauru"),
    ("NU", "Niue"),
    ("NZ", "New Zealand"),
    ("OM", "Oman"),
    ("PA", "Panama"),
    ("PE", "Peru"),
    ("PF", "French Polynesia"),
    ("PG", "Papua New Guinea"),
    ("PH", "Philippines"),
    ("PK", "Pakistan"),
    ("PL", "Poland"),
    ("PM", "Saint Pierre and Miquelon"),
    ("PN", "Pitcairn"),
    ("PR", "Puerto Rico"),
    ("PS", "Palestine, State of"),
    ("PT", "Portugal"),
    ("PW", "Palau"),
    ("PY", "Paraguay"),
    ("QA", "Qatar"),
    ("RE", "Réunion"),
    ("RO", "Romania"),
    ("RS", "Serbia"),
    ("RU", "Russian Federation"),
    ("RW", "Rwanda"),
    ("SA", "Saudi Arabia"),
    ("SB", "Solomon Islands"),
    ("SC", "Seychelles"),
    ("SD", "Sudan"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("SH", "Saint Helena, Ascension and Tristan da Cunha"),
    ("SI", "Slovenia"),
    ("SJ", "Svalbard and Jan Mayen"),
    ("SK", "Slovakia"),
    ("SL", "Sierra Leone"),
    ("SM", "San Marino"),
    ("SN", "Senegal"),
    ("SO", "Somalia"),
    ("SR", "Suriname"),
    ("SS", "South Sudan"),
    ("ST", "Sao Tome and Principe"),
    ("SV", "El Salvador"),
    ("SX", "Sint Maarten (Dutch part)"),
    ("SY", "Syria"),
    ("SZ", "Eswatini"),
    ("TC", "Turks and Caicos Islands"),
    ("TD", "Chad"),
    ("TF", "French Southern Territories"),
    ("TG", "Togo"),
    ("TH", "Thailand"),
    ("TJ", "Tajikistan"),
    ("TK", "Tokelau"),
    ("TL", "Timor-Leste"),
    ("TM", "Turkmenistan"),
    ("TN", "Tunisia"),
    ("TO", "Tonga"),
    ("TR", "Türkiye"),
    ("TT", "Trinidad and Tobago"),
    ("TV", "Tuvalu"),
    ("TW", "Taiwan"),
    ("TZ", "Tanzania"),
    ("UA", "Ukraine"),
    ("UG", "Uganda"),
    ("UM", "United States Minor Outlying Islands"),
    ("US", "United States"),
    ("UY", "Uruguay"),
    ("UZ", "Uzbekistan"),
    ("VA", "Holy See (Vatican City State)"),
    ("VC", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela"),
    ("VG", "Virgin Islands, British"),
    ("VI", "Virgin Islands, U.S."),
    ("VN", "Vietnam"),
    ("VU", "Vanuatu"),
    ("WF", "Wallis and Futuna"),
    ("WS", "Samoa"),
    ("YE", "Yemen"),
    ("YT", "Mayotte"),
    ("ZA", "South Africa"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe"),
];

// A `Country` stores its table index in a `u8`.
const _: () = assert!(COUNTRIES.len() <= u8::MAX as usize + 1);

/// Finds a code at compile time, for the named constants below. A typo is a
/// compile error, not a runtime panic.
const fn index_of(code: &[u8; 2]) -> u8 {
    let mut i = 0;
    while i < COUNTRIES.len() {
        let c = COUNTRIES[i].0.as_bytes();
        if c[0] == code[0] && c[1] == code[1] {
            // Cannot truncate: the table has at most 256 entries (asserted above).
            return i as u8;
        }
        i += 1;
    }
    panic!("not an ISO 3166-1 alpha-2 code in the table");
}

/// An ISO 3166-1 country.
///
/// Serialized as its upper-case alpha-2 code (`"US"`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Country(u8);

/// Why a string is not a [`Country`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountryError {
    /// Not an ISO 3166-1 alpha-2 code.
    #[error("`{0}` is not an ISO 3166-1 country code")]
    Unknown(String),
}

impl CountryError {
    /// The stable code: `country_unknown`.
    pub const fn code(&self) -> Code {
        Code::CountryUnknown
    }
}

impl Country {
    /// United States.
    pub const US: Self = Self(index_of(b"US"));
    /// United Kingdom.
    pub const GB: Self = Self(index_of(b"GB"));
    /// Norway.
    pub const NO: Self = Self(index_of(b"NO"));
    /// Italy.
    pub const IT: Self = Self(index_of(b"IT"));
    /// Romania.
    pub const RO: Self = Self(index_of(b"RO"));
    /// Germany.
    pub const DE: Self = Self(index_of(b"DE"));
    /// Canada (shares the North American numbering plan with the US).
    pub const CA: Self = Self(index_of(b"CA"));

    /// The countries of the demo dataset and the seed articles.
    pub const DEMO: [Self; 6] = [Self::US, Self::GB, Self::NO, Self::IT, Self::RO, Self::DE];

    /// Parses an alpha-2 code, case-insensitively, trimming whitespace.
    ///
    /// `UK` is accepted as an alias for `GB`: it is not an ISO code (it is
    /// "exceptionally reserved"), but it is what admins type, and the seed
    /// articles themselves say "US or UK" (GO-1).
    pub fn parse(input: &str) -> Result<Self, CountryError> {
        let s = input.trim();
        let upper = s.to_ascii_uppercase();
        let code = if upper == "UK" { "GB" } else { upper.as_str() };
        COUNTRIES
            .binary_search_by(|(c, _)| (*c).cmp(code))
            .ok()
            .and_then(|i| u8::try_from(i).ok())
            .map(Self)
            .ok_or_else(|| CountryError::Unknown(s.to_owned()))
    }

    fn entry(self) -> (&'static str, &'static str) {
        // The index comes from the table itself, so it is always in range;
        // the fallback only keeps this free of panics.
        COUNTRIES
            .get(usize::from(self.0))
            .copied()
            .unwrap_or(("", ""))
    }

    /// The upper-case alpha-2 code, e.g. `"GB"`.
    pub fn code(self) -> &'static str {
        self.entry().0
    }

    /// The English short name, e.g. `"United Kingdom"`. The UI translates
    /// country names itself; this is for logs, PDFs and the CLI.
    pub fn english_name(self) -> &'static str {
        self.entry().1
    }

    /// Every ISO 3166-1 country, ordered by code.
    pub fn all() -> impl ExactSizeIterator<Item = Self> + Clone {
        (0..=u8::MAX).take(COUNTRIES.len()).map(Self)
    }
}

impl fmt::Debug for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Country({})", self.code())
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl TryFrom<String> for Country {
    type Error = CountryError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Country> for String {
    fn from(value: Country) -> Self {
        value.code().to_owned()
    }
}

impl core::str::FromStr for Country {
    type Err = CountryError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_table_is_sorted_and_has_unique_two_letter_codes() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(COUNTRIES.iter().all(|(code, name)| {
            code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) && !name.is_empty()
        }));
    }

    #[test]
    fn all_249_iso_countries_are_listed() {
        assert_eq!(Country::all().count(), 249);
        let codes: HashSet<&str> = Country::all().map(Country::code).collect();
        assert_eq!(codes.len(), 249);
    }

    #[test]
    fn codes_are_parsed_case_insensitively() {
        assert_eq!(Country::parse("us"), Ok(Country::US));
        assert_eq!(Country::parse("US"), Ok(Country::US));
        assert_eq!(Country::parse(" No "), Ok(Country::NO));
    }

    #[test]
    fn uk_is_accepted_as_an_alias_for_gb() {
        assert_eq!(Country::parse("UK"), Ok(Country::GB));
        assert_eq!(Country::parse("uk").map(Country::code), Ok("GB"));
    }

    #[test]
    fn the_demo_countries_have_their_codes_and_names() {
        let got: Vec<(&str, &str)> = Country::DEMO
            .iter()
            .map(|c| (c.code(), c.english_name()))
            .collect();
        assert_eq!(
            got,
            [
                ("US", "United States"),
                ("GB", "United Kingdom"),
                ("NO", "Norway"),
                ("IT", "Italy"),
                ("RO", "Romania"),
                ("DE", "Germany"),
            ]
        );
        assert_eq!(Country::CA.code(), "CA");
    }

    #[test]
    fn unknown_codes_are_rejected_with_country_unknown() {
        for s in ["", "X", "XX", "USA", "U S", "EU", "ÜS"] {
            let err = Country::parse(s);
            assert_eq!(
                err,
                Err(CountryError::Unknown(s.trim().to_owned())),
                "{s:?}"
            );
        }
        assert_eq!(
            CountryError::Unknown("XX".into()).code(),
            Code::CountryUnknown
        );
    }

    #[test]
    fn a_country_serializes_as_its_code() {
        assert_eq!(
            serde_json::to_string(&Country::GB).ok(),
            Some("\"GB\"".to_owned())
        );
        assert_eq!(
            serde_json::from_str::<Country>("\"uk\"").ok(),
            Some(Country::GB)
        );
        assert!(serde_json::from_str::<Country>("\"ZZ\"").is_err());
    }

    #[test]
    fn debug_shows_the_code() {
        assert_eq!(format!("{:?}", Country::RO), "Country(RO)");
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in any::<String>()) {
            let _ = Country::parse(&s);
        }

        #[test]
        fn every_country_round_trips_through_its_code(i in 0..249usize) {
            let country = Country::all().nth(i);
            prop_assert!(country.is_some());
            if let Some(country) = country {
                prop_assert_eq!(Country::parse(country.code()), Ok(country));
                prop_assert_eq!(Country::parse(&country.code().to_lowercase()), Ok(country));
            }
        }
    }
}
