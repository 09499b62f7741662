//! Argon2id password hashing (m = 19 MiB, t = 2, p = 1: OWASP's baseline).
//! Hashing takes tens of milliseconds of CPU, so it runs on the blocking
//! pool, never on the async workers.
//!
//! Each hash holds 19 MiB while it runs, and the blocking pool would run
//! hundreds at once: 100 clients signing in together took the server from
//! 144 MiB to 4.6 GiB resident (issue 8.6's load test). So only a few hash
//! at a time (one per core, at most [`MAX_CONCURRENT_HASHES`]); the rest
//! wait their turn, which costs no throughput, as a hash uses one core.
use std::sync::OnceLock;

use tokio::sync::Semaphore;

use argon2::{
    Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::SaltString,
};
use rand::rngs::OsRng;

fn argon2() -> Argon2<'static> {
    // The parameters are constants known to be valid.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let hash = argon2()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))?;
    Ok(hash.to_string())
}

/// The most hashes held in memory at once, however many cores there are.
pub const MAX_CONCURRENT_HASHES: usize = 8;

fn hashing_slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Semaphore::new(cores.clamp(1, MAX_CONCURRENT_HASHES))
    })
}

pub async fn hash(password: String) -> anyhow::Result<String> {
    // The semaphore is never closed, so acquiring cannot fail.
    let _slot = hashing_slots().acquire().await?;
    tokio::task::spawn_blocking(move || hash_blocking(&password)).await?
}

/// A hash of a random password, verified against when the account does not
/// exist, so the response time does not tell who has an account.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let random = super::secret::random_token(16);
        hash_blocking(&random).unwrap_or_default()
    })
}

/// Verifies `password` against `stored` (or against a dummy hash when there
/// is no stored hash). Never errors: anything unusual is a mismatch.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    let Ok(_slot) = hashing_slots().acquire().await else {
        return false;
    };
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| dummy_hash().to_owned());
        let matches = PasswordHash::new(&phc)
            .map(|parsed| {
                argon2()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        known && matches
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let stored = hash("correct horse battery".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(verify("correct horse battery".into(), Some(stored.clone())).await);
        assert!(!verify("wrong".into(), Some(stored)).await);
    }

    #[tokio::test]
    async fn an_unknown_account_never_verifies() {
        assert!(!verify("anything".into(), None).await);
    }
}
