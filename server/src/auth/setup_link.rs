//! SUB-1: the signed token of a *Set up service* link,
//! `<public URL>/setup/<token>`.
//!
//! The token carries what it grants (order, email, link version, expiry)
//! and an HMAC-SHA256 tag under the server's key, so no link is stored and
//! none can be forged or altered. It names its purpose (`order-setup`) in
//! the signed payload, so a tag made for anything else the key may sign
//! one day is never accepted here. An order's `link_version` is signed
//! too: bumping it (SUB-2) retires every earlier link at once.
//!
//! A token is a bearer secret: never logged, never stored.
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use domain::Code;
use serde::{Deserialize, Serialize};

use super::sealing::SecretKey;

/// The purpose signed into every setup link.
pub const PURPOSE: &str = "order-setup";

/// How long a setup link works: long enough for a partner to get round to
/// an order after a holiday, short enough that an old mailbox leak goes
/// stale. A new link comes with every handover.
pub const VALIDITY_MS: i64 = 30 * 24 * 60 * 60 * 1000;

/// What a setup link grants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupLink {
    /// Always [`PURPOSE`].
    #[serde(rename = "p")]
    purpose: String,
    #[serde(rename = "o")]
    pub order_id: String,
    /// The address the link was sent to.
    #[serde(rename = "e")]
    pub email: String,
    /// The order's `link_version` when the link was made.
    #[serde(rename = "v")]
    pub version: i64,
    #[serde(rename = "x")]
    pub expires_at_ms: i64,
}

impl SetupLink {
    /// A link for `email` to `order_id` at `version`, valid for
    /// [`VALIDITY_MS`] from `now_ms`.
    pub fn new(order_id: &str, email: &str, version: i64, now_ms: i64) -> Self {
        Self {
            purpose: PURPOSE.to_owned(),
            order_id: order_id.to_owned(),
            email: email.to_owned(),
            version,
            expires_at_ms: now_ms.saturating_add(VALIDITY_MS),
        }
    }

    /// The token: the payload's JSON and its tag, each base64url, joined by
    /// a dot (URL-safe, no padding: it goes into a path segment).
    pub fn sign(&self, key: &SecretKey) -> String {
        // A struct of strings and integers always serializes.
        let payload = serde_json::to_vec(self).unwrap_or_default();
        let tag = key.sign(&payload);
        format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(&payload),
            URL_SAFE_NO_PAD.encode(tag)
        )
    }

    /// Checks a token's tag (in constant time), its purpose and its expiry:
    /// `setup_link_invalid` for anything damaged, altered or made for
    /// another purpose, `setup_link_expired` after its time. Whether it is
    /// the order's current link is the caller's to check against the
    /// stored `link_version`.
    pub fn verify(token: &str, key: &SecretKey, now_ms: i64) -> Result<Self, Code> {
        let (payload, tag) = token.trim().split_once('.').ok_or(Code::SetupLinkInvalid)?;
        let payload = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|_| Code::SetupLinkInvalid)?;
        let tag = URL_SAFE_NO_PAD
            .decode(tag)
            .map_err(|_| Code::SetupLinkInvalid)?;
        if !key.verify_signature(&payload, &tag) {
            return Err(Code::SetupLinkInvalid);
        }
        let link: Self = serde_json::from_slice(&payload).map_err(|_| Code::SetupLinkInvalid)?;
        if link.purpose != PURPOSE {
            return Err(Code::SetupLinkInvalid);
        }
        if now_ms > link.expires_at_ms {
            return Err(Code::SetupLinkExpired);
        }
        Ok(link)
    }

    /// `setup_link_superseded` unless the link is of the order's current
    /// `version`.
    pub fn check_current(&self, version: i64) -> Result<(), Code> {
        match self.version {
            v if v == version => Ok(()),
            v if v < version => Err(Code::SetupLinkSuperseded),
            // Never issued: only a forged payload could hold it.
            _ => Err(Code::SetupLinkInvalid),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000_000;

    fn link() -> SetupLink {
        SetupLink::new("order-1", "ana@ferme.ro", 1, NOW)
    }

    #[test]
    fn a_signed_link_verifies_until_it_expires() {
        let key = SecretKey::ephemeral();
        let token = link().sign(&key);
        assert_eq!(SetupLink::verify(&token, &key, NOW), Ok(link()));
        assert_eq!(
            SetupLink::verify(&token, &key, NOW + VALIDITY_MS),
            Ok(link())
        );
        assert_eq!(
            SetupLink::verify(&token, &key, NOW + VALIDITY_MS + 1),
            Err(Code::SetupLinkExpired)
        );
    }

    #[test]
    fn an_altered_payload_or_tag_or_another_key_is_invalid() {
        let key = SecretKey::ephemeral();
        let token = link().sign(&key);
        let (payload, tag) = token.split_once('.').unwrap();
        let mut other = link();
        other.email = "eve@evil.example".into();
        let forged_payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&other).unwrap());
        for bad in [
            format!("{forged_payload}.{tag}"),
            format!("{payload}.{}", URL_SAFE_NO_PAD.encode([0u8; 32])),
            format!("{payload}x.{tag}"),
            payload.to_owned(),
            String::new(),
            link().sign(&SecretKey::ephemeral()),
        ] {
            assert_eq!(
                SetupLink::verify(&bad, &key, NOW),
                Err(Code::SetupLinkInvalid),
                "{bad}"
            );
        }
    }

    #[test]
    fn a_payload_signed_for_another_purpose_is_invalid() {
        let key = SecretKey::ephemeral();
        let mut other = link();
        other.purpose = "password-reset".into();
        assert_eq!(
            SetupLink::verify(&other.sign(&key), &key, NOW),
            Err(Code::SetupLinkInvalid)
        );
    }

    #[test]
    fn an_older_version_is_superseded_and_a_newer_one_invalid() {
        assert_eq!(link().check_current(1), Ok(()));
        assert_eq!(link().check_current(2), Err(Code::SetupLinkSuperseded));
        assert_eq!(link().check_current(0), Err(Code::SetupLinkInvalid));
    }

    #[test]
    fn the_token_is_url_safe() {
        let token = link().sign(&SecretKey::ephemeral());
        assert!(
            token
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        );
    }
}
