//! Email addresses: the row key of the users CSV and the login of an admin.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;
use crate::text::Text;

/// The longest address accepted. RFC 5321 limits a forward path to 256
/// octets including the angle brackets, which leaves 254 for the address.
pub const MAX_LEN: usize = 254;

/// RFC 5321 limits the local part to 64 octets; mail servers may refuse more.
pub const MAX_LOCAL_LEN: usize = 64;

/// A DNS label is at most 63 octets (RFC 1035).
const MAX_LABEL_LEN: usize = 63;

/// A syntactically valid, lower-cased email address.
///
/// The only way to get one is [`Email::parse`], so an `Email` anywhere in the
/// code base is known to be valid.
///
/// Validation is *practical*, not the full RFC 5322 grammar: quoted local
/// parts, comments and IP-literal domains are valid mail syntax but are never
/// a user's provisioning address, and accepting them would let typos through.
///
/// The stored form is lower-case: admins treat addresses case-insensitively,
/// and `Archer@Farms.com` and `archer@farms.com` on two rows of one CSV are the
/// same user (`email_duplicate_in_file`). Strictly the local part is
/// case-sensitive, but no mail system this portal talks to uses that.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(Text);

/// Why a string is not an [`Email`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// The input is blank.
    #[error("an email address is required")]
    Missing,
    /// The input is not a valid email address.
    #[error("not a valid email address")]
    Invalid,
}

impl EmailError {
    /// The stable code: `email_missing` or `email_invalid`.
    pub const fn code(&self) -> Code {
        match self {
            Self::Missing => Code::EmailMissing,
            Self::Invalid => Code::EmailInvalid,
        }
    }
}

impl Email {
    /// Validates and normalises an address.
    ///
    /// Surrounding whitespace is trimmed (it comes with copy-paste and CSV
    /// cells); blank input is [`EmailError::Missing`]; anything else that is
    /// not a practical address is [`EmailError::Invalid`].
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let s = crate::text::trim(input);
        if s.is_empty() {
            return Err(EmailError::Missing);
        }
        // Internationalised addresses (RFC 6531) are not accepted: the mail
        // path and the carrier APIs are ASCII, and IDN domains can be written
        // in their punycode form.
        if !s.is_ascii() || s.len() > MAX_LEN {
            return Err(EmailError::Invalid);
        }
        let (local, domain) = s.split_once('@').ok_or(EmailError::Invalid)?;
        if !is_valid_local(local) || !is_valid_domain(domain) {
            return Err(EmailError::Invalid);
        }
        Ok(Self(Text::ascii_lowercase(s)))
    }

    /// The lower-cased address.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The part after `@`, e.g. `farms.com`. SUB-3 matches partner orgs by it.
    pub fn domain(&self) -> &str {
        self.0.split_once('@').map_or("", |(_, domain)| domain)
    }

    /// The part before `@`.
    pub fn local_part(&self) -> &str {
        self.0.split_once('@').map_or("", |(local, _)| local)
    }
}

/// What a byte may be in an address, as bits: [`ATEXT`], [`LABEL`].
/// One table lookup per byte instead of a search of the special
/// characters for every byte of every address of a file.
const CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut b = 0usize;
    while b < 256 {
        // `b < 256`, so the cast keeps it whole.
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() || byte == b'-' {
            classes[b] = ATEXT | LABEL;
        }
        b += 1;
    }
    let specials = b"!#$%&'*+-/=?^_`{|}~";
    let mut i = 0;
    while i < specials.len() {
        classes[specials[i] as usize] |= ATEXT;
        i += 1;
    }
    classes
};

/// RFC 5322 `atext`, the characters of an unquoted local part besides dots.
const ATEXT: u8 = 1;
/// A letter, digit or hyphen: the characters of a DNS label.
const LABEL: u8 = 2;

fn is_atext(b: u8) -> bool {
    CLASSES[usize::from(b)] & ATEXT != 0
}

/// Dot-separated atoms of `atext`, none empty. One pass over the bytes
/// (the address is ASCII by now): this runs for every row of a file.
fn is_valid_local(local: &str) -> bool {
    if local.is_empty() || local.len() > MAX_LOCAL_LEN {
        return false;
    }
    let mut atom = 0usize;
    for &b in local.as_bytes() {
        if b == b'.' {
            if atom == 0 {
                return false;
            }
            atom = 0;
        } else if is_atext(b) {
            atom += 1;
        } else {
            return false;
        }
    }
    atom > 0
}

fn is_valid_domain(domain: &str) -> bool {
    let mut labels = 0usize;
    let mut tld: &[u8] = &[];
    for label in domain.as_bytes().split(|&b| b == b'.') {
        if !is_valid_label(label) {
            return false;
        }
        labels += 1;
        tld = label;
    }
    // A single-label domain (`user@localhost`) does not route on the internet.
    labels >= 2 && is_valid_tld(tld)
}

fn is_valid_label(label: &[u8]) -> bool {
    !label.is_empty()
        && label.len() <= MAX_LABEL_LEN
        && label.first() != Some(&b'-')
        && label.last() != Some(&b'-')
        && label.iter().all(|&b| CLASSES[usize::from(b)] & LABEL != 0)
}

/// Top-level domains are alphabetic (`com`, `no`) or punycode IDN TLDs
/// (`xn--p1ai`). A numeric last label means an IP address was typed.
fn is_valid_tld(tld: &[u8]) -> bool {
    (tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic))
        || (tld.len() > 4
            && tld
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"xn--")))
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for Email {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = EmailError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Email> for String {
    fn from(value: Email) -> Self {
        value.0.into()
    }
}

impl core::str::FromStr for Email {
    type Err = EmailError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_byte_classes_are_atext_and_dns_label_characters() {
        for b in 0..=255u8 {
            let atext = b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~".contains(&b);
            let label = b.is_ascii_alphanumeric() || b == b'-';
            assert_eq!(is_atext(b), atext, "{b}");
            assert_eq!(CLASSES[usize::from(b)] & LABEL != 0, label, "{b}");
        }
    }

    fn ok(s: &str) -> Email {
        match Email::parse(s) {
            Ok(email) => email,
            Err(e) => panic!("{s:?} should be valid: {e}"),
        }
    }

    #[test]
    fn the_seed_user_archer_at_farms_com_is_valid() {
        let email = ok("archer@farms.com");
        assert_eq!(email.as_str(), "archer@farms.com");
        assert_eq!(email.domain(), "farms.com");
        assert_eq!(email.local_part(), "archer");
    }

    #[test]
    fn an_email_is_stored_lower_cased() {
        assert_eq!(ok("Archer@Farms.COM").as_str(), "archer@farms.com");
        assert_eq!(ok("Archer@Farms.COM"), ok("archer@farms.com"));
    }

    #[test]
    fn surrounding_whitespace_is_trimmed() {
        assert_eq!(ok("  archer@farms.com\t\n").as_str(), "archer@farms.com");
    }

    #[test]
    fn a_blank_email_is_missing() {
        assert_eq!(Email::parse(""), Err(EmailError::Missing));
        assert_eq!(Email::parse("   "), Err(EmailError::Missing));
        assert_eq!(EmailError::Missing.code(), Code::EmailMissing);
    }

    #[test]
    fn common_real_world_addresses_are_accepted() {
        for s in [
            "first.last@example.co.uk",
            "user+tag@sub.example.org",
            "o'brien@example.ie",
            "a@b.io",
            "x_y-z@my-company.no",
            "admin@xn--80ak6aa92e.com",
            "admin@example.xn--p1ai",
            "1234@example.com",
            "!#$%&'*+-/=?^_`{|}~@example.com",
        ] {
            ok(s);
        }
    }

    #[test]
    fn malformed_addresses_are_invalid() {
        for s in [
            "archer",
            "archer@",
            "@farms.com",
            "archer@@farms.com",
            "a@b@farms.com",
            "archer@farms",
            "archer@farms.c",
            "archer@farms.123",
            "archer@127.0.0.1",
            ".archer@farms.com",
            "archer.@farms.com",
            "arc..her@farms.com",
            "archer@-farms.com",
            "archer@farms-.com",
            "archer@farms..com",
            "archer@.farms.com",
            "archer@farms.com.",
            "arch er@farms.com",
            "archer@far ms.com",
            "\"archer\"@farms.com",
            "archer@[127.0.0.1]",
            "ärcher@farms.com",
            "archer@färms.com",
            "archer@farms_x.com",
            "archer(comment)@farms.com",
        ] {
            assert_eq!(Email::parse(s), Err(EmailError::Invalid), "{s:?}");
        }
        assert_eq!(EmailError::Invalid.code(), Code::EmailInvalid);
    }

    #[test]
    fn a_65_character_local_part_is_rejected() {
        let at_limit = format!("{}@farms.com", "a".repeat(64));
        ok(&at_limit);
        let over = format!("{}@farms.com", "a".repeat(65));
        assert_eq!(Email::parse(&over), Err(EmailError::Invalid));
    }

    #[test]
    fn a_64_character_domain_label_is_rejected() {
        ok(&format!("a@{}.com", "b".repeat(63)));
        assert_eq!(
            Email::parse(&format!("a@{}.com", "b".repeat(64))),
            Err(EmailError::Invalid)
        );
    }

    #[test]
    fn an_address_longer_than_254_characters_is_rejected() {
        // 64 + 1 + 63 + 1 + 63 + 1 + 61 = 254
        let domain = format!("{}.{}.{}", "b".repeat(63), "c".repeat(63), "d".repeat(61));
        let at_limit = format!("{}@{domain}", "a".repeat(64));
        assert_eq!(at_limit.len(), 254);
        ok(&at_limit);
        let over = format!("{}@{domain}x", "a".repeat(64));
        assert_eq!(Email::parse(&over), Err(EmailError::Invalid));
    }

    #[test]
    fn an_email_deserializes_through_parse() {
        let email: Result<Email, _> = serde_json::from_str("\" Archer@Farms.com \"");
        assert_eq!(email.ok(), Some(ok("archer@farms.com")));
        assert!(serde_json::from_str::<Email>("\"not-an-email\"").is_err());
        assert_eq!(
            serde_json::to_string(&ok("archer@farms.com")).ok(),
            Some("\"archer@farms.com\"".to_owned())
        );
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in any::<String>()) {
            let _ = Email::parse(&s);
        }

        #[test]
        fn parsing_is_idempotent(s in "[A-Za-z0-9._%+-]{1,20}@[A-Za-z0-9-]{1,10}\\.[A-Za-z]{2,6}") {
            if let Ok(email) = Email::parse(&s) {
                prop_assert_eq!(Email::parse(email.as_str()), Ok(email.clone()));
                prop_assert_eq!(email.as_str(), email.as_str().to_ascii_lowercase());
            }
        }

        #[test]
        fn well_formed_addresses_are_accepted(
            local in "[a-z0-9]{1,10}(\\.[a-z0-9+_-]{1,10}){0,2}",
            domain in "[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?(\\.[a-z0-9]{1,10}){0,2}\\.[a-z]{2,8}",
        ) {
            let s = format!("{local}@{domain}");
            prop_assert!(Email::parse(&s).is_ok(), "{}", s);
        }
    }
}
