//! Partner-managed third-party SIP devices (PMD-1 … PMD-5, PMD-9, PMD-10):
//! the device types of the approved catalog, the SIP credentials Switchboard
//! generates for them, and the MAC-address check of the bulk API.
//!
//! Randomness is the caller's: the generators take bytes (from the
//! operating system's CSPRNG in the server), so this crate stays pure and
//! the generators are testable with fixed input.

use core::fmt;
use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::{Code, MacAddress};

/// What kind of hardware a catalog entry is (PMD-2). The catalog's own
/// entries (vendor, model, firmware) are data; the kind decides only how
/// the device is shown and how many lines it offers by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceType {
    /// A SIP desk phone.
    Phone,
    /// An analogue telephone adapter: one port per analogue phone.
    Ata,
}

impl DeviceType {
    pub const ALL: [DeviceType; 2] = [Self::Phone, Self::Ata];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Phone => "phone",
            Self::Ata => "ata",
        }
    }

    /// `phone` or `ata` (any case); anything else is `device_type_invalid`.
    pub fn parse(input: &str) -> Result<Self, Code> {
        match input.trim().to_ascii_lowercase().as_str() {
            "phone" => Ok(Self::Phone),
            "ata" => Ok(Self::Ata),
            _ => Err(Code::DeviceTypeInvalid),
        }
    }
}

/// The longest vendor, model or firmware text of the catalog: longer
/// strings are not model names but pasted paragraphs.
pub const CATALOG_FIELD_MAX_CHARS: usize = 60;

/// The most lines (SIP registrations) a catalog device may offer; the
/// largest approved desk phones have 16 line keys.
pub const MAX_LINE_COUNT: i64 = 16;

/// A vendor, model or minimum-firmware text of the device catalog:
/// trimmed, 1 to [`CATALOG_FIELD_MAX_CHARS`] characters, no control
/// characters (they would break the CSV exports and the phone's display).
pub fn catalog_field(input: &str) -> Result<String, Code> {
    let s = input.trim();
    if s.is_empty()
        || s.chars().count() > CATALOG_FIELD_MAX_CHARS
        || s.chars().any(char::is_control)
    {
        return Err(Code::DeviceCatalogFieldInvalid);
    }
    Ok(s.to_owned())
}

/// A device type's line count: 1 to [`MAX_LINE_COUNT`].
pub fn line_count(value: i64) -> Result<i64, Code> {
    if (1..=MAX_LINE_COUNT).contains(&value) {
        Ok(value)
    } else {
        Err(Code::LineCountInvalid)
    }
}

/// Characters of a SIP password. 64 symbols, so each carries exactly six
/// bits of a random byte with no modulo bias; all are safe in a SIP
/// `Authorization` header and in a phone's XML configuration file (no
/// quotes, colons, `@`, `<`, `>` or `&`).
pub const SIP_PASSWORD_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// PMD-1 asks for at least 20 characters; 24 characters of 6 bits are 144
/// bits, beyond any online or offline guessing of a digest.
pub const SIP_PASSWORD_CHARS: usize = 24;

// PMD-1, checked when the crate is built.
const _: () = assert!(SIP_PASSWORD_CHARS >= 20, "PMD-1 asks for at least 20");

/// Random bytes [`SipPassword::from_random`] needs: 24 × 6 bits.
pub const SIP_PASSWORD_RANDOM_BYTES: usize = SIP_PASSWORD_CHARS * 6 / 8;

/// A generated SIP authentication password (PMD-1, PMD-9). Shown in full
/// once, in the response of the call that generated it; stored only as the
/// digests a registrar needs. `Debug` never prints it.
#[derive(Clone, PartialEq, Eq)]
pub struct SipPassword(String);

/// Takes `count` values of six bits each from `bytes`, most significant
/// bits first.
fn six_bit_values(bytes: &[u8], count: usize) -> impl Iterator<Item = usize> + '_ {
    (0..count).map(move |i| {
        let bit = i * 6;
        let (byte, shift) = (bit / 8, bit % 8);
        let hi = u16::from(bytes.get(byte).copied().unwrap_or_default());
        let lo = u16::from(bytes.get(byte + 1).copied().unwrap_or_default());
        let window = (hi << 8) | lo;
        usize::from((window >> (10 - shift)) & 0x3F)
    })
}

impl SipPassword {
    /// Builds a password from random bytes (from a CSPRNG: the caller's duty).
    pub fn from_random(bytes: [u8; SIP_PASSWORD_RANDOM_BYTES]) -> Self {
        let password = six_bit_values(&bytes, SIP_PASSWORD_CHARS)
            .map(|v| char::from(SIP_PASSWORD_ALPHABET[v]))
            .collect();
        Self(password)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Hands the password over for the one response that shows it.
    pub fn reveal(self) -> String {
        self.0
    }
}

impl fmt::Debug for SipPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SipPassword(…)")
    }
}

/// Lower-case letters and digits of a SIP user name: phones' keypads and
/// registrars alike accept them everywhere.
const SIP_USER_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// Random characters of a SIP user name (after its prefix): 12 × 5 = 60
/// bits, so names of different devices do not collide in practice (and
/// the store's unique index refuses the one that would).
pub const SIP_USER_NAME_RANDOM_CHARS: usize = 12;

/// Random bytes [`SipUserName::from_random`] needs.
pub const SIP_USER_NAME_RANDOM_BYTES: usize = 8;

/// A generated SIP user name: `pmd` and 12 characters of lower-case
/// Crockford base 32. Not a secret (it is shown with the device), but
/// generated so it says nothing about the org, the user or the MAC.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SipUserName(String);

impl SipUserName {
    pub fn from_random(bytes: [u8; SIP_USER_NAME_RANDOM_BYTES]) -> Self {
        let mut value = u64::from_be_bytes(bytes);
        let mut name = String::with_capacity(3 + SIP_USER_NAME_RANDOM_CHARS);
        name.push_str("pmd");
        for _ in 0..SIP_USER_NAME_RANDOM_CHARS {
            name.push(char::from(SIP_USER_ALPHABET[(value & 31) as usize]));
            value >>= 5;
        }
        Self(name)
    }

    /// A stored name read back; `None` unless it has the generated form.
    pub fn parse(input: &str) -> Option<Self> {
        let rest = input.strip_prefix("pmd")?;
        (rest.len() == SIP_USER_NAME_RANDOM_CHARS
            && rest.bytes().all(|b| SIP_USER_ALPHABET.contains(&b)))
        .then(|| Self(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The verdict on one MAC address of a bulk request before anything is
/// created (PMD-10).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MacCheck {
    /// Valid and used by no device.
    Available,
    /// Valid, but a device already has it.
    Unavailable,
    /// Valid, but an earlier entry of the same list is the same address
    /// (in any of its spellings).
    DuplicateInList,
    /// Not a unicast MAC address.
    Invalid,
}

impl MacCheck {
    /// The finding code of a MAC that cannot be used, if any.
    pub const fn code(self) -> Option<Code> {
        match self {
            Self::Available => None,
            Self::Unavailable | Self::DuplicateInList => Some(Code::MacDuplicate),
            Self::Invalid => Some(Code::MacInvalid),
        }
    }
}

/// Classifies every entry of `macs` in order (PMD-10). `in_use` answers
/// whether a device already has a (normalised) address; the first
/// spelling of an address in the list is judged against it, every later
/// one is a duplicate in the list.
pub fn classify_macs<S: AsRef<str>>(
    macs: &[S],
    in_use: impl Fn(&MacAddress) -> bool,
) -> Vec<(Option<MacAddress>, MacCheck)> {
    let mut seen = HashSet::new();
    macs.iter()
        .map(|input| match MacAddress::parse(input.as_ref()) {
            Err(_) => (None, MacCheck::Invalid),
            Ok(mac) => {
                let check = if !seen.insert(mac.clone()) {
                    MacCheck::DuplicateInList
                } else if in_use(&mac) {
                    MacCheck::Unavailable
                } else {
                    MacCheck::Available
                };
                (Some(mac), check)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_sip_password_has_24_characters_of_its_alphabet() {
        let password = SipPassword::from_random([0xA5; SIP_PASSWORD_RANDOM_BYTES]);
        assert_eq!(password.as_str().chars().count(), SIP_PASSWORD_CHARS);
    }

    #[test]
    fn every_six_bits_of_the_random_bytes_pick_one_character() {
        // 0b000000_000001_000010_000011 … : the first characters are A, B, C, D.
        let mut bytes = [0u8; SIP_PASSWORD_RANDOM_BYTES];
        bytes[..3].copy_from_slice(&[0b0000_0000, 0b0001_0000, 0b1000_0011]);
        let password = SipPassword::from_random(bytes);
        assert!(
            password.as_str().starts_with("ABCD"),
            "{}",
            password.as_str()
        );
        let all_ones = SipPassword::from_random([0xFF; SIP_PASSWORD_RANDOM_BYTES]);
        assert_eq!(all_ones.as_str(), "_".repeat(SIP_PASSWORD_CHARS));
    }

    #[test]
    fn a_sip_password_is_never_printed_by_debug() {
        let password = SipPassword::from_random([7; SIP_PASSWORD_RANDOM_BYTES]);
        assert_eq!(format!("{password:?}"), "SipPassword(…)");
    }

    #[test]
    fn a_sip_user_name_is_pmd_and_twelve_base32_characters() {
        let name = SipUserName::from_random([0; SIP_USER_NAME_RANDOM_BYTES]);
        assert_eq!(name.as_str(), "pmd000000000000");
        let name = SipUserName::from_random([0xFF; SIP_USER_NAME_RANDOM_BYTES]);
        assert_eq!(name.as_str().len(), 15);
        assert_eq!(SipUserName::parse(name.as_str()), Some(name));
        assert_eq!(SipUserName::parse("pmdABC"), None);
    }

    #[test]
    fn a_device_type_is_phone_or_ata() {
        assert_eq!(DeviceType::parse(" ATA "), Ok(DeviceType::Ata));
        assert_eq!(DeviceType::parse("phone"), Ok(DeviceType::Phone));
        assert_eq!(DeviceType::parse("fax"), Err(Code::DeviceTypeInvalid));
    }

    #[test]
    fn a_61_character_model_name_is_rejected() {
        assert_eq!(catalog_field(&"x".repeat(60)), Ok("x".repeat(60)));
        assert_eq!(
            catalog_field(&"x".repeat(61)),
            Err(Code::DeviceCatalogFieldInvalid)
        );
        assert_eq!(catalog_field("  "), Err(Code::DeviceCatalogFieldInvalid));
        assert_eq!(
            catalog_field("VVX\t250"),
            Err(Code::DeviceCatalogFieldInvalid)
        );
    }

    #[test]
    fn a_line_count_is_from_1_to_16() {
        assert_eq!(line_count(0), Err(Code::LineCountInvalid));
        assert_eq!(line_count(16), Ok(16));
        assert_eq!(line_count(17), Err(Code::LineCountInvalid));
    }

    #[test]
    fn macs_are_available_unavailable_duplicate_in_list_or_invalid() {
        let taken = MacAddress::parse("00:1A:2B:3C:4D:5E").unwrap();
        let found = classify_macs(
            &[
                "00:11:22:33:44:55",
                "001a.2b3c.4d5e",
                "00-11-22-33-44-55",
                "not a mac",
            ],
            |mac| *mac == taken,
        );
        let checks: Vec<MacCheck> = found.iter().map(|(_, c)| *c).collect();
        assert_eq!(
            checks,
            [
                MacCheck::Available,
                MacCheck::Unavailable,
                MacCheck::DuplicateInList,
                MacCheck::Invalid
            ]
        );
        assert_eq!(found[1].0.as_ref(), Some(&taken));
    }

    #[test]
    fn a_mac_check_serializes_in_capitals() {
        assert_eq!(
            serde_json::to_string(&MacCheck::DuplicateInList).ok(),
            Some("\"DUPLICATE_IN_LIST\"".to_owned())
        );
    }

    proptest! {
        #[test]
        fn sip_passwords_use_only_their_alphabet(bytes in any::<[u8; SIP_PASSWORD_RANDOM_BYTES]>()) {
            let password = SipPassword::from_random(bytes);
            prop_assert_eq!(password.as_str().len(), SIP_PASSWORD_CHARS);
            prop_assert!(password.as_str().bytes().all(|b| SIP_PASSWORD_ALPHABET.contains(&b)));
        }

        #[test]
        fn different_random_bytes_give_different_passwords(
            a in any::<[u8; SIP_PASSWORD_RANDOM_BYTES]>(),
            b in any::<[u8; SIP_PASSWORD_RANDOM_BYTES]>(),
        ) {
            // Six bits per character and 144 bits in all: the mapping is a bijection.
            prop_assume!(a != b);
            prop_assert_ne!(SipPassword::from_random(a), SipPassword::from_random(b));
        }

        #[test]
        fn mac_classification_gives_one_verdict_per_entry_and_one_first_per_address(
            macs in proptest::collection::vec("[0-9a-fA-F:.\\- x]{0,18}", 0..30),
        ) {
            let found = classify_macs(&macs, |_| false);
            prop_assert_eq!(found.len(), macs.len());
            let mut firsts = HashSet::new();
            for (mac, check) in &found {
                match check {
                    MacCheck::Invalid => prop_assert!(mac.is_none()),
                    MacCheck::Available => prop_assert!(firsts.insert(mac.clone())),
                    MacCheck::DuplicateInList => prop_assert!(firsts.contains(mac)),
                    MacCheck::Unavailable => prop_assert!(false, "nothing is in use"),
                }
            }
        }
    }
}
