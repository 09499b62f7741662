//! Random secrets and their stored form.
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::{RngCore, rngs::OsRng};
use sha2::{Digest, Sha256};

/// `bytes` random bytes from the OS CSPRNG, URL-safe base64.
pub fn random_token(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

/// The stored form of a bearer secret (session or API token). Tokens carry
/// 256 random bits, so a fast hash is enough: there is nothing to guess.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A new API token: a recognisable prefix (so leaked tokens can be found
/// by secret scanners) and 256 random bits.
pub fn new_api_token() -> String {
    format!("sbt_{}", random_token(32))
}

/// A new machine credential (GO-15's carrier): its own prefix, 256 random
/// bits.
pub fn new_machine_token() -> String {
    format!("sbm_{}", random_token(32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_and_distinct() {
        let a = random_token(32);
        let b = random_token(32);
        assert_eq!(a.len(), 43);
        assert_ne!(a, b);
    }

    #[test]
    fn the_stored_form_is_not_the_token() {
        let token = new_api_token();
        assert!(token.starts_with("sbt_"));
        assert_ne!(token_hash(&token), token);
        assert_eq!(token_hash(&token).len(), 64);
    }
}
