//! Phone numbers, stored as E.164.
//!
//! Admins type numbers the way their country writes them (`231-456-9000`,
//! `020 7946 0000`, `06 1234 5678`); the calling platform, the carrier API
//! and number inventory speak E.164 (`+12314569000`). Parsing needs the
//! country the number is dialled in, which for a CSV row is the country of
//! the row's location.
//!
//! This is deliberately a small, rule-based parser instead of the
//! `phonenumber` crate: that crate carries libphonenumber's metadata, which
//! would dominate the browser bundle (this crate is compiled to wasm).
//! National formats are understood for the countries the portal is sold in
//! (US/CA, GB, NO, IT, RO, DE); every other number is accepted in
//! international form and checked against the general E.164 rules only.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::{Code, Country};

/// E.164 allows at most 15 digits including the country code.
const MAX_DIGITS: usize = 15;

/// The shortest international number in use has 8 digits (country code
/// included, e.g. some Pacific islands); anything shorter is a typo or a
/// short code, which cannot be assigned to a user.
const MIN_DIGITS: usize = 8;

/// A valid phone number in canonical E.164 form: `+`, then 8 to 15 digits,
/// the first of which is not `0`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PhoneNumber(String);

/// Why a string is not a [`PhoneNumber`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneNumberError {
    /// The input is blank.
    #[error("the phone number is empty")]
    Empty,
    /// A character that is neither a digit nor a separator.
    #[error("`{0}` is not allowed in a phone number")]
    InvalidCharacter(char),
    /// A national number, but no country to read it in, or a country whose
    /// national format is not supported.
    #[error("write the number in international format: + and the country code")]
    NotInternational,
    /// Not a possible E.164 number (length, or a leading zero).
    #[error("an international number has 8 to 15 digits and starts with a country code")]
    NotE164,
    /// The digits do not fit the numbering plan of the country code.
    #[error("not a valid number for country code +{calling_code}")]
    InvalidForCountry {
        /// The country calling code the number was read with.
        calling_code: u16,
    },
}

impl PhoneNumberError {
    /// The stable code: always `phone_number_invalid`.
    pub const fn code(&self) -> Code {
        Code::PhoneNumberInvalid
    }
}

/// Numbering plans with a known national format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    /// North American Numbering Plan (US, CA, …): +1.
    Nanp,
    Gb,
    No,
    It,
    Ro,
    De,
}

impl Plan {
    fn of_country(country: Country) -> Option<Self> {
        match country {
            c if c == Country::US || c == Country::CA => Some(Self::Nanp),
            c if c == Country::GB => Some(Self::Gb),
            c if c == Country::NO => Some(Self::No),
            c if c == Country::IT => Some(Self::It),
            c if c == Country::RO => Some(Self::Ro),
            c if c == Country::DE => Some(Self::De),
            _ => None,
        }
    }

    fn of_calling_code(code: u16) -> Option<Self> {
        match code {
            1 => Some(Self::Nanp),
            44 => Some(Self::Gb),
            47 => Some(Self::No),
            39 => Some(Self::It),
            40 => Some(Self::Ro),
            49 => Some(Self::De),
            _ => None,
        }
    }

    const fn calling_code(self) -> u16 {
        match self {
            Self::Nanp => 1,
            Self::Gb => 44,
            Self::No => 47,
            Self::It => 39,
            Self::Ro => 40,
            Self::De => 49,
        }
    }

    /// Whether `nsn` (the national significant number: no country code, no
    /// trunk prefix) is possible in this plan.
    fn is_valid_nsn(self, nsn: &str) -> bool {
        let b = nsn.as_bytes();
        let len = b.len();
        let first = b.first().copied().unwrap_or(b'0');
        match self {
            // NXX-NXX-XXXX: area code and exchange never start with 0 or 1,
            // because those digits are the trunk and international prefixes.
            Self::Nanp => {
                len == 10 && (b'2'..=b'9').contains(&first) && (b'2'..=b'9').contains(&b[3])
            }
            // Ofcom: 9 or 10 digits after the trunk 0.
            Self::Gb => (9..=10).contains(&len) && first != b'0',
            // Norway has a closed 8-digit plan; 0 and 1 lead only short
            // service numbers, which are not subscriber numbers.
            Self::No => len == 8 && (b'2'..=b'9').contains(&first),
            // Italy has no trunk prefix: the leading 0 of fixed lines is part
            // of the number and is dialled from abroad too (+39 06 …).
            // A leading 00 would be read as the international prefix.
            Self::It => (6..=11).contains(&len) && !nsn.starts_with("00"),
            // Romania: 9 digits after the trunk 0.
            Self::Ro => len == 9 && first != b'0',
            // Germany has an open plan: variable area codes and subscriber
            // numbers, 6 to 13 digits after the trunk 0 (13 + "49" = 15).
            Self::De => (6..=13).contains(&len) && first != b'0',
        }
    }

    /// Reads a number written in this country's national format (digits
    /// only) and returns the national significant number.
    fn national_to_nsn(self, digits: &str) -> Option<&str> {
        let nsn = match self {
            // A leading 1 is the NANP trunk prefix ("1-231-456-9000").
            Self::Nanp if digits.len() == 11 => digits.strip_prefix('1')?,
            Self::Nanp | Self::No | Self::It => digits,
            Self::Gb | Self::Ro | Self::De => digits.strip_prefix('0')?,
        };
        self.is_valid_nsn(nsn).then_some(nsn)
    }
}

/// The number of digits of the country calling code at the start of an
/// international number. ITU-T E.164 codes are prefix-free: `1` and `7` are
/// the only one-digit codes, the two-digit codes are listed, and every other
/// code has three digits.
fn calling_code_len(digits: &str) -> usize {
    const TWO_DIGIT: [&str; 44] = [
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ];
    if digits.starts_with('1') || digits.starts_with('7') {
        1
    } else if TWO_DIGIT.iter().any(|cc| digits.starts_with(cc)) {
        2
    } else {
        3
    }
}

impl PhoneNumber {
    /// Parses a number typed by an admin or read from a CSV cell.
    ///
    /// Accepted:
    /// - international form: `+` then digits, or the `00` international
    ///   prefix (`011` too when the default country is in the NANP); the
    ///   `(0)` trunk hint of `+44 (0)20 …` is ignored;
    /// - the national format of `default_country`, for US/CA, GB, NO, IT, RO
    ///   and DE;
    /// - spaces, hyphens, dots and parentheses as separators anywhere.
    ///
    /// Numbers under a supported country code are checked against that
    /// country's plan, others against the general E.164 rules.
    pub fn parse(input: &str, default_country: Option<Country>) -> Result<Self, PhoneNumberError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(PhoneNumberError::Empty);
        }
        let mut digits = String::with_capacity(s.len());
        let mut plus = false;
        let mut chars = s.chars();
        loop {
            // "+44 (0)20 7946 0000": the (0) says "dial 0 when calling from
            // inside the country" and is not part of the international
            // number. Italy is the exception: its 0 is always dialled.
            let international = plus || digits.starts_with("00");
            if international
                && !digits.is_empty()
                && !digits.trim_start_matches('0').starts_with("39")
                && let Some(after) = chars.as_str().strip_prefix("(0)")
            {
                chars = after.chars();
                continue;
            }
            let Some(c) = chars.next() else { break };
            match c {
                '0'..='9' => digits.push(c),
                '+' if digits.is_empty() && !plus => plus = true,
                ' ' | '\t' | '\u{a0}' | '-' | '.' | '(' | ')' => {}
                other => return Err(PhoneNumberError::InvalidCharacter(other)),
            }
        }
        if digits.is_empty() {
            return Err(PhoneNumberError::NotE164);
        }

        let plan = default_country.and_then(Plan::of_country);
        if plus {
            return Self::from_international(&digits);
        }
        if let Some(international) = digits.strip_prefix("00") {
            return Self::from_international(international);
        }
        if plan == Some(Plan::Nanp)
            && let Some(international) = digits.strip_prefix("011")
        {
            return Self::from_international(international);
        }
        let plan = plan.ok_or(PhoneNumberError::NotInternational)?;
        let nsn = plan
            .national_to_nsn(&digits)
            .ok_or(PhoneNumberError::InvalidForCountry {
                calling_code: plan.calling_code(),
            })?;
        Ok(Self(format!("+{}{nsn}", plan.calling_code())))
    }

    /// `digits` is everything after `+` (or `00`).
    fn from_international(digits: &str) -> Result<Self, PhoneNumberError> {
        if !(MIN_DIGITS..=MAX_DIGITS).contains(&digits.len()) || digits.starts_with('0') {
            return Err(PhoneNumberError::NotE164);
        }
        let cc_len = calling_code_len(digits);
        let (cc, nsn) = digits.split_at(cc_len);
        let calling_code: u16 = cc.parse().map_err(|_| PhoneNumberError::NotE164)?;
        if let Some(plan) = Plan::of_calling_code(calling_code)
            && !plan.is_valid_nsn(nsn)
        {
            return Err(PhoneNumberError::InvalidForCountry { calling_code });
        }
        Ok(Self(format!("+{digits}")))
    }

    /// The canonical E.164 form, e.g. `+12314569000`.
    pub fn as_e164(&self) -> &str {
        &self.0
    }

    fn digits(&self) -> &str {
        self.0.strip_prefix('+').unwrap_or(&self.0)
    }

    /// The country calling code, e.g. `1` for `+12314569000`, `44` for a UK
    /// number. (It names a country only for single-country codes: `+1`
    /// covers the US, Canada and the Caribbean.)
    pub fn country_calling_code(&self) -> u16 {
        let digits = self.digits();
        digits
            .get(..calling_code_len(digits))
            .and_then(|cc| cc.parse().ok())
            .unwrap_or(0)
    }

    /// The national significant number: the digits after the country code.
    pub fn national_significant_number(&self) -> &str {
        let digits = self.digits();
        digits.get(calling_code_len(digits)..).unwrap_or("")
    }

    /// The number as people in its country write it, for display:
    /// `(231) 456-9000` (NANP), `020 7946 0000` (GB), `412 34 567` (NO),
    /// `06 1234 5678` (IT), `021 312 3456` (RO), `030 12345678` (DE).
    /// Other countries get the international form grouped for reading
    /// (`+33 123 456 789`).
    ///
    /// Grouping follows the common conventions, not every local exception;
    /// it is for reading only and always parses back to the same number.
    pub fn format_national(&self) -> String {
        let nsn = self.national_significant_number();
        let starts = |prefixes: &[&str]| prefixes.iter().any(|p| nsn.starts_with(p));
        match Plan::of_calling_code(self.country_calling_code()) {
            Some(Plan::Nanp) => {
                format!(
                    "({}) {}-{}",
                    slice(nsn, 0, 3),
                    slice(nsn, 3, 6),
                    slice(nsn, 6, 10)
                )
            }
            Some(Plan::Gb) => {
                let groups: &[usize] = match (nsn.len(), nsn.as_bytes().first()) {
                    // 020 7946 0000, 023/024/028/029 likewise
                    (10, Some(b'2')) => &[2, 4],
                    // 07700 900123
                    (10, Some(b'7')) => &[4],
                    // 0161 496 0000, 0114 496 0000: the 1X1 and 11X cities
                    (10, Some(b'1')) if starts(&["11"]) || nsn.as_bytes().get(2) == Some(&b'1') => {
                        &[3, 3]
                    }
                    // 01632 960000
                    (10, Some(b'1')) => &[4],
                    // 0300 / 0800 / 0900 xxx xxxx
                    (10, _) => &[3, 3],
                    // 0800 123456
                    (_, Some(b'8')) => &[3],
                    // 01xxx xxxxx
                    _ => &[4],
                };
                format!("0{}", group(nsn, groups))
            }
            // Mobile numbers (4xx, 9xx) are read 3-2-3, fixed lines in pairs.
            Some(Plan::No) if starts(&["4", "9"]) => group(nsn, &[3, 2]),
            Some(Plan::No) => group(nsn, &[2, 2, 2]),
            Some(Plan::It) if starts(&["3"]) => group(nsn, &[3, 3]),
            // Milan and Rome have two-digit area codes.
            Some(Plan::It) if starts(&["02", "06"]) => group(nsn, &[2, 4]),
            // Other area codes have 3 or 4 digits; 3-3-rest reads well for both.
            Some(Plan::It) => group(nsn, &[3, 3]),
            // Bucharest (021, 031) has a two-digit area code.
            Some(Plan::Ro) if starts(&["21", "31"]) => format!("0{}", group(nsn, &[2, 3])),
            Some(Plan::Ro) => format!("0{}", group(nsn, &[3, 3])),
            // German area codes have 2 to 5 digits and are not derivable
            // from the number; only the well-known ones are split off.
            Some(Plan::De) if starts(&["15", "16", "17"]) => format!("0{}", group(nsn, &[3])),
            Some(Plan::De) if starts(&["30", "40", "69", "89"]) => {
                format!("0{}", group(nsn, &[2]))
            }
            Some(Plan::De) => format!("0{nsn}"),
            None => {
                let mut sizes = Vec::new();
                let mut remaining = nsn.len();
                while remaining > 4 {
                    sizes.push(3);
                    remaining -= 3;
                }
                format!("+{} {}", self.country_calling_code(), group(nsn, &sizes))
            }
        }
    }
}

/// `s[start..end]` for ASCII digit strings, empty when out of range.
fn slice(s: &str, start: usize, end: usize) -> &str {
    s.get(start..end.min(s.len())).unwrap_or("")
}

/// Splits `digits` into groups of the given sizes, the remainder last,
/// joined by spaces. Empty groups are left out.
fn group(digits: &str, sizes: &[usize]) -> String {
    let mut parts = Vec::with_capacity(sizes.len() + 1);
    let mut start = 0;
    for &size in sizes {
        let end = (start + size).min(digits.len());
        parts.push(slice(digits, start, end));
        start = end;
    }
    parts.push(slice(digits, start, digits.len()));
    parts.retain(|p| !p.is_empty());
    parts.join(" ")
}

impl fmt::Display for PhoneNumber {
    /// E.164, the unambiguous form; use [`PhoneNumber::format_national`] for
    /// a friendlier display.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for PhoneNumber {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for PhoneNumber {
    type Error = PhoneNumberError;

    /// Accepts international form only: there is no country to read a
    /// national number in.
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value, None)
    }
}

impl From<PhoneNumber> for String {
    fn from(value: PhoneNumber) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn e164(input: &str, country: Option<Country>) -> String {
        match PhoneNumber::parse(input, country) {
            Ok(n) => n.as_e164().to_owned(),
            Err(e) => panic!("{input:?} in {country:?} should be valid: {e}"),
        }
    }

    fn national(e164: &str) -> String {
        match PhoneNumber::parse(e164, None) {
            Ok(n) => n.format_national(),
            Err(e) => panic!("{e164:?} should be valid: {e}"),
        }
    }

    #[test]
    fn the_seed_us_number_231_456_9000_becomes_e164() {
        assert_eq!(e164("231-456-9000", Some(Country::US)), "+12314569000");
    }

    #[test]
    fn us_numbers_are_accepted_in_every_common_format() {
        for s in [
            "2314569000",
            "(231) 456-9000",
            "231.456.9000",
            "1-231-456-9000",
            "+1 231 456 9000",
            "+1 (231) 456-9000",
            "001 231 456 9000",
            " 231 456 9000 ",
        ] {
            assert_eq!(e164(s, Some(Country::US)), "+12314569000", "{s:?}");
        }
    }

    #[test]
    fn a_us_area_code_or_exchange_starting_with_0_or_1_is_rejected() {
        for s in [
            "131-456-9000",
            "031-456-9000",
            "231-156-9000",
            "231-056-9000",
        ] {
            assert_eq!(
                PhoneNumber::parse(s, Some(Country::US)),
                Err(PhoneNumberError::InvalidForCountry { calling_code: 1 }),
                "{s:?}"
            );
        }
        assert_eq!(
            PhoneNumber::parse("+1 131 456 9000", None),
            Err(PhoneNumberError::InvalidForCountry { calling_code: 1 })
        );
    }

    #[test]
    fn a_nine_digit_us_number_is_rejected() {
        assert!(PhoneNumber::parse("231-456-900", Some(Country::US)).is_err());
    }

    #[test]
    fn canadian_numbers_use_the_north_american_plan() {
        assert_eq!(e164("(416) 555-0199", Some(Country::CA)), "+14165550199");
    }

    #[test]
    fn a_us_admin_can_dial_abroad_with_011() {
        assert_eq!(
            e164("011 44 20 7946 0000", Some(Country::US)),
            "+442079460000"
        );
    }

    #[test]
    fn uk_national_numbers_drop_the_trunk_zero() {
        assert_eq!(e164("020 7946 0000", Some(Country::GB)), "+442079460000");
        assert_eq!(e164("07700 900123", Some(Country::GB)), "+447700900123");
        assert_eq!(e164("01632 96000", Some(Country::GB)), "+44163296000");
    }

    #[test]
    fn the_uk_trunk_hint_in_international_form_is_ignored() {
        assert_eq!(e164("+44 (0)20 7946 0000", None), "+442079460000");
        assert_eq!(
            e164("+44 (0) 7700 900123", Some(Country::US)),
            "+447700900123"
        );
    }

    #[test]
    fn a_uk_national_number_without_trunk_zero_is_rejected() {
        assert_eq!(
            PhoneNumber::parse("20 7946 0000", Some(Country::GB)),
            Err(PhoneNumberError::InvalidForCountry { calling_code: 44 })
        );
    }

    #[test]
    fn norwegian_numbers_have_eight_digits() {
        assert_eq!(e164("412 34 567", Some(Country::NO)), "+4741234567");
        assert_eq!(e164("22 12 34 56", Some(Country::NO)), "+4722123456");
        assert!(PhoneNumber::parse("4123456", Some(Country::NO)).is_err());
        assert!(PhoneNumber::parse("012 34 567", Some(Country::NO)).is_err());
    }

    #[test]
    fn italian_fixed_lines_keep_their_leading_zero() {
        assert_eq!(e164("06 1234 5678", Some(Country::IT)), "+390612345678");
        assert_eq!(e164("+39 06 1234 5678", None), "+390612345678");
        assert_eq!(e164("333 123 4567", Some(Country::IT)), "+393331234567");
        assert!(PhoneNumber::parse("06123", Some(Country::IT)).is_err());
        // The 0 is dialled from abroad too, so "(0)" is not a trunk hint here.
        assert_eq!(e164("+39 (0)6 1234 5678", None), "+390612345678");
    }

    #[test]
    fn romanian_numbers_drop_the_trunk_zero() {
        assert_eq!(e164("0722 123 456", Some(Country::RO)), "+40722123456");
        assert_eq!(e164("021 312 3456", Some(Country::RO)), "+40213123456");
        assert!(PhoneNumber::parse("722 123 456", Some(Country::RO)).is_err());
        assert!(PhoneNumber::parse("0722 123 45", Some(Country::RO)).is_err());
    }

    #[test]
    fn german_numbers_drop_the_trunk_zero() {
        assert_eq!(e164("030 12345678", Some(Country::DE)), "+493012345678");
        assert_eq!(e164("0151 23456789", Some(Country::DE)), "+4915123456789");
        assert_eq!(e164("+49 (0)89 123456", None), "+4989123456");
        assert!(PhoneNumber::parse("30 12345678", Some(Country::DE)).is_err());
    }

    #[test]
    fn other_countries_accept_international_form_only() {
        assert_eq!(
            e164(
                "+33 1 23 45 67 89",
                Some(Country::parse("FR").ok()).flatten()
            ),
            "+33123456789"
        );
        assert_eq!(
            PhoneNumber::parse("01 23 45 67 89", Country::parse("FR").ok()),
            Err(PhoneNumberError::NotInternational)
        );
    }

    #[test]
    fn a_national_number_without_a_country_is_rejected() {
        assert_eq!(
            PhoneNumber::parse("231-456-9000", None),
            Err(PhoneNumberError::NotInternational)
        );
    }

    #[test]
    fn international_numbers_need_8_to_15_digits_and_no_leading_zero() {
        assert_eq!(
            PhoneNumber::parse("+3312345", None),
            Err(PhoneNumberError::NotE164)
        );
        assert_eq!(
            PhoneNumber::parse("+8612345678901234", None),
            Err(PhoneNumberError::NotE164)
        );
        assert_eq!(
            PhoneNumber::parse("+0123456789", None),
            Err(PhoneNumberError::NotE164)
        );
        assert_eq!(e164("+861234567890123", None), "+861234567890123");
    }

    #[test]
    fn letters_and_stray_plus_signs_are_rejected() {
        assert_eq!(
            PhoneNumber::parse("1-800-FLOWERS", Some(Country::US)),
            Err(PhoneNumberError::InvalidCharacter('F'))
        );
        assert_eq!(
            PhoneNumber::parse("+1 231 +456 9000", None),
            Err(PhoneNumberError::InvalidCharacter('+'))
        );
        assert_eq!(
            PhoneNumber::parse("++12314569000", None),
            Err(PhoneNumberError::InvalidCharacter('+'))
        );
        assert_eq!(
            PhoneNumber::parse("231-456-9000 x12", Some(Country::US)),
            Err(PhoneNumberError::InvalidCharacter('x'))
        );
    }

    #[test]
    fn a_blank_number_is_empty() {
        assert_eq!(
            PhoneNumber::parse("  ", Some(Country::US)),
            Err(PhoneNumberError::Empty)
        );
        assert_eq!(
            PhoneNumber::parse("+", None),
            Err(PhoneNumberError::NotE164)
        );
        assert_eq!(
            PhoneNumber::parse("()-", Some(Country::US)),
            Err(PhoneNumberError::NotE164)
        );
    }

    #[test]
    fn every_phone_error_has_the_phone_number_invalid_code() {
        for e in [
            PhoneNumberError::Empty,
            PhoneNumberError::InvalidCharacter('x'),
            PhoneNumberError::NotInternational,
            PhoneNumberError::NotE164,
            PhoneNumberError::InvalidForCountry { calling_code: 1 },
        ] {
            assert_eq!(e.code(), Code::PhoneNumberInvalid);
        }
    }

    #[test]
    fn the_country_calling_code_and_national_number_are_split_off() {
        let n = PhoneNumber::parse("+12314569000", None).ok();
        assert_eq!(n.as_ref().map(PhoneNumber::country_calling_code), Some(1));
        assert_eq!(
            n.as_ref().map(PhoneNumber::national_significant_number),
            Some("2314569000")
        );
        let n = PhoneNumber::parse("+442079460000", None).ok();
        assert_eq!(n.as_ref().map(PhoneNumber::country_calling_code), Some(44));
        let n = PhoneNumber::parse("+3545511234", None).ok();
        assert_eq!(n.as_ref().map(PhoneNumber::country_calling_code), Some(354));
        assert_eq!(
            n.as_ref().map(PhoneNumber::national_significant_number),
            Some("5511234")
        );
    }

    #[test]
    fn national_formats_read_as_people_write_them() {
        assert_eq!(national("+12314569000"), "(231) 456-9000");
        assert_eq!(national("+442079460000"), "020 7946 0000");
        assert_eq!(national("+447700900123"), "07700 900123");
        assert_eq!(national("+441614960000"), "0161 496 0000");
        assert_eq!(national("+441632960000"), "01632 960000");
        assert_eq!(national("+448001234567"), "0800 123 4567");
        assert_eq!(national("+44800123456"), "0800 123456");
        assert_eq!(national("+4741234567"), "412 34 567");
        assert_eq!(national("+4722123456"), "22 12 34 56");
        assert_eq!(national("+390612345678"), "06 1234 5678");
        assert_eq!(national("+393331234567"), "333 123 4567");
        assert_eq!(national("+390461234567"), "046 123 4567");
        assert_eq!(national("+40213123456"), "021 312 3456");
        assert_eq!(national("+40722123456"), "0722 123 456");
        assert_eq!(national("+493012345678"), "030 12345678");
        assert_eq!(national("+4915123456789"), "0151 23456789");
        assert_eq!(national("+497111234567"), "07111234567");
    }

    #[test]
    fn other_countries_are_formatted_as_grouped_international_numbers() {
        assert_eq!(national("+33123456789"), "+33 123 456 789");
        assert_eq!(national("+79123456789"), "+7 912 345 6789");
        assert_eq!(national("+3545511234"), "+354 551 1234");
    }

    #[test]
    fn a_phone_number_serializes_as_e164_and_deserializes_through_parse() {
        let n = PhoneNumber::parse("231-456-9000", Some(Country::US)).ok();
        assert_eq!(
            n.as_ref().and_then(|n| serde_json::to_string(n).ok()),
            Some("\"+12314569000\"".to_owned())
        );
        assert_eq!(
            serde_json::from_str::<PhoneNumber>("\"+1 231 456 9000\"").ok(),
            n
        );
        assert!(serde_json::from_str::<PhoneNumber>("\"231-456-9000\"").is_err());
    }

    /// The country whose national format [`PhoneNumber::format_national`]
    /// writes for `n`, if any.
    fn format_country(n: &PhoneNumber) -> Option<Country> {
        match n.country_calling_code() {
            1 => Some(Country::US),
            44 => Some(Country::GB),
            47 => Some(Country::NO),
            39 => Some(Country::IT),
            40 => Some(Country::RO),
            49 => Some(Country::DE),
            _ => None,
        }
    }

    fn supported_country() -> impl Strategy<Value = Option<Country>> {
        prop::sample::select(vec![
            None,
            Some(Country::US),
            Some(Country::CA),
            Some(Country::GB),
            Some(Country::NO),
            Some(Country::IT),
            Some(Country::RO),
            Some(Country::DE),
            Country::parse("FR").ok(),
        ])
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in any::<String>(), country in supported_country()) {
            let _ = PhoneNumber::parse(&s, country);
        }

        #[test]
        fn parsing_never_panics_on_phone_like_input(
            s in "[+0-9 ().()-]{0,24}",
            country in supported_country(),
        ) {
            let _ = PhoneNumber::parse(&s, country);
        }

        #[test]
        fn the_canonical_form_is_e164_and_parses_to_itself(
            s in "\\+?[0-9 ().-]{6,22}",
            country in supported_country(),
        ) {
            if let Ok(n) = PhoneNumber::parse(&s, country) {
                let e = n.as_e164();
                prop_assert!(e.starts_with('+') && !e.starts_with("+0"));
                prop_assert!((9..=16).contains(&e.len()));
                prop_assert!(e[1..].bytes().all(|b| b.is_ascii_digit()));
                prop_assert_eq!(PhoneNumber::parse(e, None), Ok(n.clone()));
                prop_assert_eq!(PhoneNumber::parse(e, country), Ok(n.clone()));
            }
        }

        #[test]
        fn the_national_format_parses_back_to_the_same_number(
            s in "\\+[1-9][0-9]{7,14}",
        ) {
            if let Ok(n) = PhoneNumber::parse(&s, None) {
                let shown = n.format_national();
                prop_assert_eq!(PhoneNumber::parse(&shown, format_country(&n)), Ok(n.clone()), "{}", shown);
            }
        }

        #[test]
        fn every_valid_nanp_number_is_accepted(
            area in "[2-9][0-9]{2}",
            exchange in "[2-9][0-9]{2}",
            line in "[0-9]{4}",
        ) {
            let expected = format!("+1{area}{exchange}{line}");
            let got = PhoneNumber::parse(&format!("({area}) {exchange}-{line}"), Some(Country::US));
            prop_assert_eq!(got.as_ref().map(PhoneNumber::as_e164), Ok(expected.as_str()));
        }
    }
}
