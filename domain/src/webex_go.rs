//! Webex Go: a mobile line on the user's own phone, provisioned as a device
//! of the user through an eSIM (GO-1 … GO-15).
//!
//! The rules that do not need a database live here, so the browser offers
//! only what the server will accept and the server refuses with the same
//! codes: who is eligible (GO-1), what an activation code looks like and
//! when one may be redeemed (GO-5, GO-10), the eSIM activation string the QR
//! code encodes (GO-11), and how a line's status moves (GO-14, GO-15).
//!
//! Randomness and the clock stay outside: [`ActivationCode::from_random`]
//! takes the bytes (the server draws them from the operating system's
//! CSPRNG) and every time check takes `now_ms`.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::{Code, Country};

/// The catalog key of the license GO-1 requires. Catalog keys are stable;
/// display names are not, so code never matches on "Webex Calling
/// Professional".
pub const CALLING_PROFESSIONAL_LICENSE: &str = "calling_professional";

/// The catalog key of the license a Webex Go line consumes (GO-4).
pub const WEBEX_GO_LICENSE: &str = "webex_go";

/// The countries a Webex Go user's location may be in (GO-1: "US or UK").
pub const ELIGIBLE_COUNTRIES: [Country; 2] = [Country::US, Country::GB];

/// An activation code is valid for 90 days after it was generated (GO-5).
pub const ACTIVATION_CODE_VALID_DAYS: i64 = 90;

/// [`ACTIVATION_CODE_VALID_DAYS`] in milliseconds, the unit of every time
/// column.
pub const ACTIVATION_CODE_VALID_MS: i64 = ACTIVATION_CODE_VALID_DAYS * 24 * 60 * 60 * 1000;

/// Why a user cannot have a Webex Go line (GO-1). Both conditions are
/// reported, so the admin learns everything that is missing at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ineligibility {
    /// The user holds no Webex Calling Professional license.
    pub no_calling_professional: bool,
    /// The user has no location, or one outside the US and the UK.
    pub location_not_eligible: bool,
}

impl Ineligibility {
    /// The codes of the missing conditions, license first.
    pub fn codes(self) -> impl Iterator<Item = Code> {
        [
            self.no_calling_professional
                .then_some(Code::NotCallingProfessional),
            self.location_not_eligible
                .then_some(Code::LocationNotEligible),
        ]
        .into_iter()
        .flatten()
    }

    /// The first missing condition's code: what a single error reports.
    pub fn code(self) -> Code {
        self.codes().next().unwrap_or(Code::NotCallingProfessional)
    }
}

impl fmt::Display for Ineligibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.no_calling_professional, self.location_not_eligible) {
            (true, true) => f.write_str(
                "the user needs a Webex Calling Professional license and a location in the US or the UK",
            ),
            (true, false) => f.write_str("the user needs a Webex Calling Professional license"),
            _ => f.write_str("the user's location must be in the US or the UK"),
        }
    }
}

/// GO-1: whether a user who holds the licenses `license_keys` and whose
/// location is in `location_country` (`None`: no location) may have a Webex
/// Go line.
pub fn eligibility<'a>(
    license_keys: impl IntoIterator<Item = &'a str>,
    location_country: Option<Country>,
) -> Result<(), Ineligibility> {
    let ineligibility = Ineligibility {
        no_calling_professional: !license_keys
            .into_iter()
            .any(|key| key == CALLING_PROFESSIONAL_LICENSE),
        location_not_eligible: !location_country.is_some_and(|c| ELIGIBLE_COUNTRIES.contains(&c)),
    };
    if ineligibility.no_calling_professional || ineligibility.location_not_eligible {
        Err(ineligibility)
    } else {
        Ok(())
    }
}

/// The characters of an activation code: digits and upper-case letters
/// without `I`, `L`, `O` and `U` (Crockford's base 32), so a code read aloud
/// or copied from paper has no look-alikes.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Characters per code: 25 characters of 5 bits each carry 125 bits of
/// randomness (GO-5 asks for at least 120).
pub const ACTIVATION_CODE_CHARS: usize = 25;

/// The code is shown in groups of this many characters.
const GROUP: usize = 5;

/// Random bytes [`ActivationCode::from_random`] needs (128 bits, of which
/// 125 are used).
pub const ACTIVATION_CODE_RANDOM_BYTES: usize = 16;

/// A Webex Go activation code (GO-5, GO-11): 25 characters of Crockford's
/// base 32, shown in five groups, `7K3QD-M9XWF-2HRTB-8VNPC-4GZJA`.
///
/// The server stores only a hash of [`ActivationCode::as_str`]; the code
/// itself exists only in the response that shows it once and in the email.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ActivationCode(String);

impl ActivationCode {
    /// Builds a code from random bytes (from a CSPRNG: the caller's duty).
    pub fn from_random(bytes: [u8; ACTIVATION_CODE_RANDOM_BYTES]) -> Self {
        let mut value = u128::from_be_bytes(bytes);
        let mut code = String::with_capacity(ACTIVATION_CODE_CHARS);
        for _ in 0..ACTIVATION_CODE_CHARS {
            code.push(char::from(ALPHABET[(value & 31) as usize]));
            value >>= 5;
        }
        Self(code)
    }

    /// Reads a code as a person types or pastes it: any case, with or
    /// without the hyphens and spaces between groups; `O` is read as `0`
    /// and `I`/`L` as `1`, as Crockford's alphabet prescribes.
    pub fn parse(input: &str) -> Result<Self, Code> {
        let mut code = String::with_capacity(ACTIVATION_CODE_CHARS);
        for c in input.chars() {
            let c = match c.to_ascii_uppercase() {
                '-' | ' ' | '\t' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c if c.is_ascii() && ALPHABET.contains(&(c as u8)) => c,
                _ => return Err(Code::ActivationCodeUnknown),
            };
            if code.len() == ACTIVATION_CODE_CHARS {
                return Err(Code::ActivationCodeUnknown);
            }
            code.push(c);
        }
        if code.len() == ACTIVATION_CODE_CHARS {
            Ok(Self(code))
        } else {
            Err(Code::ActivationCodeUnknown)
        }
    }

    /// The 25 characters without separators: what is hashed and stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The code in groups of five joined by hyphens, as shown, emailed and
    /// encoded in the QR code.
    pub fn grouped(&self) -> String {
        let mut out = String::with_capacity(ACTIVATION_CODE_CHARS + ACTIVATION_CODE_CHARS / GROUP);
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % GROUP == 0 {
                out.push('-');
            }
            out.push(c);
        }
        out
    }
}

/// Never prints the code: it is a secret until redeemed.
impl fmt::Debug for ActivationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ActivationCode(…)")
    }
}

/// The standard eSIM activation string a QR code carries (GO-11):
/// `LPA:1$<SM-DP+ address>$<activation code>`.
pub fn lpa_string(smdp_address: &str, code: &ActivationCode) -> String {
    format!("LPA:1${}${}", smdp_address, code.grouped())
}

/// A Webex Go line's status (GO-14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineStatus {
    /// A code was generated and not yet redeemed, or the user removed the
    /// line from the phone (grey).
    ActivationPending,
    /// Activated and enabled on the phone (green).
    Online,
    /// The user disabled the line on the phone (red).
    Offline,
}

impl LineStatus {
    pub const ALL: [LineStatus; 3] = [Self::ActivationPending, Self::Online, Self::Offline];

    /// The stored and wire string.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ActivationPending => "activation_pending",
            Self::Online => "online",
            Self::Offline => "offline",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == input)
    }

    /// GO-10: a new code may be generated only while activation is pending.
    pub fn check_can_regenerate(self) -> Result<(), Code> {
        match self {
            Self::ActivationPending => Ok(()),
            Self::Online | Self::Offline => Err(Code::ActivationNotPending),
        }
    }

    /// The status after the carrier reports `event` (GO-15). A line that
    /// was never activated cannot be disabled or enabled on a phone:
    /// `activation_not_pending`'s opposite, reported as `None`.
    pub fn after(self, event: CarrierEvent) -> Option<Self> {
        match (event, self) {
            (CarrierEvent::Disabled, Self::Online | Self::Offline) => Some(Self::Offline),
            (CarrierEvent::Enabled, Self::Online | Self::Offline) => Some(Self::Online),
            (CarrierEvent::Removed, _) => Some(Self::ActivationPending),
            (CarrierEvent::Disabled | CarrierEvent::Enabled, Self::ActivationPending) => None,
        }
    }
}

/// What the carrier reports about a line after its code was redeemed
/// (GO-15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CarrierEvent {
    /// The user turned the line off on the phone: *Offline*.
    Disabled,
    /// The user turned it on again: *Online*.
    Enabled,
    /// The user deleted the eSIM line from the phone: back to *Activation
    /// pending* (GO-10's "the user changed phones").
    Removed,
}

/// A stored activation code's life, as its row records it (times in ms).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeRecord {
    pub created_at_ms: i64,
    pub used_at_ms: Option<i64>,
    pub superseded_at_ms: Option<i64>,
}

impl CodeRecord {
    /// When the code stops working (GO-5).
    pub fn expires_at_ms(&self) -> i64 {
        self.created_at_ms.saturating_add(ACTIVATION_CODE_VALID_MS)
    }

    /// Whether the code may be redeemed at `now_ms` (GO-5, GO-10), and if
    /// not, why. A used code reports `used` even when it has since expired
    /// or been superseded: the first reason it stopped working.
    pub fn check_redeemable(&self, now_ms: i64) -> Result<(), Code> {
        if self.used_at_ms.is_some() {
            Err(Code::ActivationCodeUsed)
        } else if self.superseded_at_ms.is_some() {
            Err(Code::ActivationCodeSuperseded)
        } else if now_ms >= self.expires_at_ms() {
            Err(Code::ActivationCodeExpired)
        } else {
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const DAY_MS: i64 = 24 * 60 * 60 * 1000;

    #[test]
    fn a_calling_professional_user_in_the_us_or_the_uk_is_eligible() {
        for country in [Country::US, Country::GB] {
            assert_eq!(
                eligibility(["basic_messaging", "calling_professional"], Some(country)),
                Ok(())
            );
        }
    }

    #[test]
    fn a_user_in_canada_is_refused_for_the_location() {
        let refused = eligibility(["calling_professional"], Some(Country::CA)).unwrap_err();
        assert_eq!(refused.code(), Code::LocationNotEligible);
        assert_eq!(
            refused.codes().collect::<Vec<_>>(),
            [Code::LocationNotEligible]
        );
    }

    #[test]
    fn a_calling_standard_user_is_refused_for_the_license() {
        let refused = eligibility(["calling_standard"], Some(Country::US)).unwrap_err();
        assert_eq!(refused.code(), Code::NotCallingProfessional);
    }

    #[test]
    fn a_user_missing_both_conditions_hears_of_both() {
        let refused = eligibility([], None).unwrap_err();
        assert_eq!(
            refused.codes().collect::<Vec<_>>(),
            [Code::NotCallingProfessional, Code::LocationNotEligible]
        );
        assert!(refused.to_string().contains("Professional"));
        assert!(refused.to_string().contains("UK"));
    }

    #[test]
    fn a_code_is_25_characters_of_crockford_base_32_in_five_groups() {
        let code = ActivationCode::from_random([0xA5; 16]);
        assert_eq!(code.as_str().len(), 25);
        let grouped = code.grouped();
        assert_eq!(grouped.len(), 29);
        assert_eq!(grouped.split('-').map(str::len).collect::<Vec<_>>(), [5; 5]);
        assert!(
            code.as_str()
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        );
        assert!(!code.as_str().contains(['I', 'L', 'O', 'U']));
    }

    #[test]
    fn a_code_carries_125_bits_so_different_bytes_give_different_codes() {
        let a = ActivationCode::from_random([0; 16]);
        let mut bytes = [0; 16];
        bytes[15] = 1;
        let b = ActivationCode::from_random(bytes);
        bytes[15] = 0;
        bytes[0] = 0x10; // bit 124, the highest one used
        let c = ActivationCode::from_random(bytes);
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert_ne!(b, c);
    }

    #[test]
    fn a_typed_code_is_read_in_any_case_with_look_alikes_mended() {
        let code = ActivationCode::from_random([0x5C; 16]);
        let typed = code.grouped().to_lowercase().replace('-', " ");
        assert_eq!(ActivationCode::parse(&typed), Ok(code.clone()));
        let with_o = code.as_str().replace('0', "O");
        assert_eq!(ActivationCode::parse(&with_o), Ok(code));
    }

    #[test]
    fn a_code_too_short_too_long_or_with_other_characters_is_unknown() {
        let code = ActivationCode::from_random([7; 16]);
        let short = &code.as_str()[..24];
        assert_eq!(
            ActivationCode::parse(short),
            Err(Code::ActivationCodeUnknown)
        );
        let long = format!("{}7", code.as_str());
        assert_eq!(
            ActivationCode::parse(&long),
            Err(Code::ActivationCodeUnknown)
        );
        let odd = format!("{}U", &code.as_str()[..24]);
        assert_eq!(
            ActivationCode::parse(&odd),
            Err(Code::ActivationCodeUnknown)
        );
        assert_eq!(ActivationCode::parse(""), Err(Code::ActivationCodeUnknown));
    }

    #[test]
    fn a_code_never_shows_in_debug_output() {
        let code = ActivationCode::from_random([9; 16]);
        assert!(!format!("{code:?}").contains(code.as_str()));
    }

    #[test]
    fn the_qr_string_is_the_standard_esim_activation_string() {
        let code = ActivationCode::parse("7K3QD-M9XWF-2HRTB-8VNPC-4GZJA").unwrap();
        assert_eq!(
            lpa_string("smdp.switchboard.example", &code),
            "LPA:1$smdp.switchboard.example$7K3QD-M9XWF-2HRTB-8VNPC-4GZJA"
        );
    }

    #[test]
    fn a_new_code_is_generated_only_while_activation_is_pending() {
        assert_eq!(LineStatus::ActivationPending.check_can_regenerate(), Ok(()));
        assert_eq!(
            LineStatus::Online.check_can_regenerate(),
            Err(Code::ActivationNotPending)
        );
        assert_eq!(
            LineStatus::Offline.check_can_regenerate(),
            Err(Code::ActivationNotPending)
        );
    }

    #[test]
    fn the_carrier_moves_a_line_between_online_offline_and_pending() {
        use CarrierEvent::*;
        use LineStatus::*;
        assert_eq!(Online.after(Disabled), Some(Offline));
        assert_eq!(Offline.after(Enabled), Some(Online));
        assert_eq!(Online.after(Removed), Some(ActivationPending));
        assert_eq!(Offline.after(Removed), Some(ActivationPending));
        assert_eq!(ActivationPending.after(Disabled), None);
        assert_eq!(ActivationPending.after(Enabled), None);
    }

    #[test]
    fn a_status_round_trips_through_its_string() {
        for status in LineStatus::ALL {
            assert_eq!(LineStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(LineStatus::parse("unavailable"), None);
    }

    #[test]
    fn a_code_expires_90_days_after_it_was_generated() {
        let record = CodeRecord {
            created_at_ms: 1_000,
            used_at_ms: None,
            superseded_at_ms: None,
        };
        assert_eq!(record.check_redeemable(1_000 + 90 * DAY_MS - 1), Ok(()));
        assert_eq!(
            record.check_redeemable(1_000 + 90 * DAY_MS),
            Err(Code::ActivationCodeExpired)
        );
    }

    #[test]
    fn a_used_code_says_used_before_superseded_or_expired() {
        let record = CodeRecord {
            created_at_ms: 0,
            used_at_ms: Some(5),
            superseded_at_ms: Some(6),
        };
        assert_eq!(
            record.check_redeemable(100 * DAY_MS),
            Err(Code::ActivationCodeUsed)
        );
        let superseded = CodeRecord {
            used_at_ms: None,
            ..record
        };
        assert_eq!(
            superseded.check_redeemable(1),
            Err(Code::ActivationCodeSuperseded)
        );
    }

    proptest! {
        #[test]
        fn every_generated_code_parses_back_from_its_grouped_form(bytes in any::<[u8; 16]>()) {
            let code = ActivationCode::from_random(bytes);
            prop_assert_eq!(ActivationCode::parse(&code.grouped()), Ok(code));
        }

        #[test]
        fn parsing_arbitrary_text_never_panics(text in ".{0,64}") {
            let _ = ActivationCode::parse(&text);
        }
    }
}
