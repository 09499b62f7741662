//! MAC addresses of desk phones and ATAs (PMD-4, devices CSV).

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;

/// A device's unicast MAC address, stored as 12 upper-case hex digits
/// (`00005E0053AF`), the form the device catalog and provisioning servers
/// use as the device key.
///
/// Accepted inputs, surrounding whitespace trimmed:
/// - `00:00:5e:00:53:af` (colons) and `00-00-5E-00-53-AF` (hyphens),
/// - `0000.5e00.53af` (Cisco dotted),
/// - `00005E0053AF` (bare, as printed on most device labels).
///
/// Separators must be consistent and in their standard places, so a typo such
/// as `00:00-5e:...` or a dropped digit is caught rather than guessed at.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MacAddress(String);

/// Why a string is not a [`MacAddress`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MacError {
    /// The input is blank.
    #[error("the MAC address is empty")]
    Empty,
    /// Not 12 hex digits in one of the accepted layouts.
    #[error(
        "a MAC address is 12 hex digits, e.g. AA:BB:CC:DD:EE:FF, AABB.CCDD.EEFF or AABBCCDDEEFF"
    )]
    Format,
    /// `00:00:00:00:00:00` is a placeholder, never a real device.
    #[error("the all-zero MAC address is not a device address")]
    AllZero,
    /// `FF:FF:FF:FF:FF:FF` addresses every device on a network.
    #[error("the broadcast MAC address is not a device address")]
    Broadcast,
    /// The group bit (least significant bit of the first octet) is set: the
    /// address names a group of receivers, so it cannot be one phone's own.
    #[error("a multicast MAC address is not a device address")]
    Multicast,
}

impl MacError {
    /// The stable code: always `mac_invalid`.
    pub const fn code(&self) -> Code {
        Code::MacInvalid
    }
}

/// Collects the hex digits of `s` if it is `groups` groups of `width` hex
/// digits joined by `sep`.
fn grouped_hex(s: &str, sep: char, groups: usize, width: usize) -> Option<String> {
    let parts: Vec<&str> = s.split(sep).collect();
    let ok = parts.len() == groups
        && parts
            .iter()
            .all(|p| p.len() == width && p.bytes().all(|b| b.is_ascii_hexdigit()));
    ok.then(|| parts.concat())
}

impl MacAddress {
    /// Parses any of the accepted layouts and normalises to 12 upper-case
    /// hex digits.
    pub fn parse(input: &str) -> Result<Self, MacError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(MacError::Empty);
        }
        let hex = match s.len() {
            12 => grouped_hex(s, ' ', 1, 12),
            14 => grouped_hex(s, '.', 3, 4),
            17 if s.contains(':') => grouped_hex(s, ':', 6, 2),
            17 => grouped_hex(s, '-', 6, 2),
            _ => None,
        }
        .ok_or(MacError::Format)?
        .to_ascii_uppercase();

        let octets = Self::octets_of(&hex);
        if octets == [0; 6] {
            return Err(MacError::AllZero);
        }
        if octets == [0xFF; 6] {
            return Err(MacError::Broadcast);
        }
        if octets[0] & 1 == 1 {
            return Err(MacError::Multicast);
        }
        Ok(Self(hex))
    }

    fn octets_of(hex: &str) -> [u8; 6] {
        let mut octets = [0; 6];
        for (i, octet) in octets.iter_mut().enumerate() {
            *octet = hex
                .get(2 * i..2 * i + 2)
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
                .unwrap_or(0);
        }
        octets
    }

    /// 12 upper-case hex digits, e.g. `00005E0053AF`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The six octets.
    pub fn octets(&self) -> [u8; 6] {
        Self::octets_of(&self.0)
    }

    /// `00:00:5E:00:53:AF`, the form most admins read.
    pub fn to_colon_form(&self) -> String {
        self.octets()
            .iter()
            .map(|o| format!("{o:02X}"))
            .collect::<Vec<_>>()
            .join(":")
    }
}

impl fmt::Display for MacAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for MacAddress {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for MacAddress {
    type Error = MacError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<MacAddress> for String {
    fn from(value: MacAddress) -> Self {
        value.0
    }
}

impl core::str::FromStr for MacAddress {
    type Err = MacError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn mac(s: &str) -> Result<String, MacError> {
        MacAddress::parse(s).map(|m| m.as_str().to_owned())
    }

    #[test]
    fn colon_separated_mac_is_normalised() {
        assert_eq!(mac("00:1a:2b:3c:4d:5e"), Ok("001A2B3C4D5E".to_owned()));
    }

    #[test]
    fn hyphen_separated_mac_is_normalised() {
        assert_eq!(mac("00-1A-2B-3C-4D-5E"), Ok("001A2B3C4D5E".to_owned()));
    }

    #[test]
    fn cisco_dotted_mac_is_normalised() {
        assert_eq!(mac("001a.2b3c.4d5e"), Ok("001A2B3C4D5E".to_owned()));
    }

    #[test]
    fn bare_mac_is_normalised() {
        assert_eq!(mac("001a2B3c4D5e"), Ok("001A2B3C4D5E".to_owned()));
    }

    #[test]
    fn surrounding_whitespace_is_trimmed() {
        assert_eq!(mac("  00:1a:2b:3c:4d:5e\t"), Ok("001A2B3C4D5E".to_owned()));
    }

    #[test]
    fn the_colon_form_is_upper_case_with_colons() {
        let m = MacAddress::parse("001a.2b3c.4d5e").map(|m| m.to_colon_form());
        assert_eq!(m, Ok("00:1A:2B:3C:4D:5E".to_owned()));
    }

    #[test]
    fn mixed_separators_are_rejected() {
        for s in [
            "00:1a-2b:3c:4d:5e",
            "00-1a-2b-3c-4d:5e",
            "001a.2b3c:4d5e",
            "001a:2b3c.4d5e",
        ] {
            assert_eq!(mac(s), Err(MacError::Format), "{s:?}");
        }
    }

    #[test]
    fn misplaced_separators_and_wrong_lengths_are_rejected() {
        for s in [
            "001:a2b:3c4:d5e",
            "001a2b.3c4d5e",
            "00:1a:2b:3c:4d",
            "00:1a:2b:3c:4d:5e:6f",
            "001A2B3C4D5",
            "001A2B3C4D5E0",
            "00 1A 2B 3C 4D 5E",
            "0:1a:2b:3c:4d:5e:",
            "001A2B3C4D5G",
            "00:1a:2b:3c:4d:5g",
            "001A2B3C4D5É",
            "+01A2B3C4D5E",
        ] {
            assert_eq!(mac(s), Err(MacError::Format), "{s:?}");
        }
    }

    #[test]
    fn a_blank_mac_is_empty() {
        assert_eq!(mac(" "), Err(MacError::Empty));
    }

    #[test]
    fn the_all_zero_mac_is_rejected() {
        assert_eq!(mac("00:00:00:00:00:00"), Err(MacError::AllZero));
    }

    #[test]
    fn the_broadcast_mac_is_rejected() {
        assert_eq!(mac("ff:ff:ff:ff:ff:ff"), Err(MacError::Broadcast));
    }

    #[test]
    fn a_multicast_mac_is_rejected() {
        assert_eq!(mac("01:00:5E:00:00:FB"), Err(MacError::Multicast));
        assert_eq!(mac("33:33:00:00:00:01"), Err(MacError::Multicast));
    }

    #[test]
    fn a_locally_administered_unicast_mac_is_accepted() {
        assert_eq!(mac("02:00:00:00:00:01"), Ok("020000000001".to_owned()));
    }

    #[test]
    fn every_mac_error_has_the_mac_invalid_code() {
        for e in [
            MacError::Empty,
            MacError::Format,
            MacError::AllZero,
            MacError::Broadcast,
            MacError::Multicast,
        ] {
            assert_eq!(e.code(), Code::MacInvalid);
        }
    }

    #[test]
    fn a_mac_serializes_normalised_and_deserializes_through_parse() {
        let m: Result<MacAddress, _> = serde_json::from_str("\"00:1a:2b:3c:4d:5e\"");
        assert_eq!(
            m.as_ref().map(MacAddress::as_str).ok(),
            Some("001A2B3C4D5E")
        );
        assert_eq!(
            m.ok().and_then(|m| serde_json::to_string(&m).ok()),
            Some("\"001A2B3C4D5E\"".to_owned())
        );
        assert!(serde_json::from_str::<MacAddress>("\"ff:ff:ff:ff:ff:ff\"").is_err());
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in any::<String>()) {
            let _ = MacAddress::parse(&s);
        }

        #[test]
        fn every_valid_mac_in_any_of_the_four_formats_normalises_to_the_same_value(
            octets in any::<[u8; 6]>(),
            upper in any::<bool>(),
        ) {
            let hex: Vec<String> = octets
                .iter()
                .map(|o| if upper { format!("{o:02X}") } else { format!("{o:02x}") })
                .collect();
            let bare = hex.concat();
            let forms = [
                hex.join(":"),
                hex.join("-"),
                format!("{}.{}.{}", &bare[0..4], &bare[4..8], &bare[8..12]),
                bare.clone(),
            ];
            let results: Vec<Result<MacAddress, MacError>> =
                forms.iter().map(|f| MacAddress::parse(f)).collect();
            for r in &results {
                prop_assert_eq!(r, &results[0]);
            }
            let is_unicast = octets[0] & 1 == 0 && octets != [0; 6];
            prop_assert_eq!(results[0].is_ok(), is_unicast);
            if let Ok(m) = &results[0] {
                prop_assert_eq!(m.as_str(), bare.to_ascii_uppercase());
                prop_assert_eq!(m.octets(), octets);
            }
        }

        #[test]
        fn normalisation_is_idempotent(s in "[0-9a-fA-F]{12}") {
            if let Ok(m) = MacAddress::parse(&s) {
                prop_assert_eq!(MacAddress::parse(m.as_str()), Ok(m.clone()));
                prop_assert_eq!(MacAddress::parse(&m.to_colon_form()), Ok(m.clone()));
            }
        }
    }
}
