//! Argon2id password hashing (m = 19 MiB, t = 2, p = 1: OWASP's baseline).
//! Hashing takes tens of milliseconds of CPU, so it runs on the blocking
//! pool, never on the async workers.
//!
//! Each hash works in 19 MiB of memory. Left alone, the blocking pool ran
//! hundreds at once and the allocator kept what they freed: 100 clients
//! signing in together took the server from 144 MiB to 4.6 GiB resident
//! (issue 8.6's load test). So hashes take turns in a few slots (one per
//! core, at most [`MAX_CONCURRENT_HASHES`]), which costs no throughput as
//! a hash uses one core, and each slot's 19 MiB is allocated once and
//! reused: the server's hashing memory is bounded by the slots, whatever
//! the load.
use std::sync::{Mutex, OnceLock};

use tokio::sync::Semaphore;

use argon2::{
    Algorithm, Argon2, Block, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version,
    password_hash::{Output, ParamsString, SaltString},
};
use rand::rngs::OsRng;

fn argon2() -> Argon2<'static> {
    // The parameters are constants known to be valid.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes with memory of its own, for the command line (`init`, `demo`):
/// one hash at a time there.
pub fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let hash = argon2()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))?;
    Ok(hash.to_string())
}

/// The most hashes held in memory at once, however many cores there are.
pub const MAX_CONCURRENT_HASHES: usize = 8;

/// The turns: one permit per slot.
fn hashing_slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Semaphore::new(cores.clamp(1, MAX_CONCURRENT_HASHES))
    })
}

/// The slots' working memory, kept between hashes. Never more buffers than
/// permits: a buffer is taken only while a permit is held.
static MEMORY: Mutex<Vec<Vec<Block>>> = Mutex::new(Vec::new());

/// Runs `work` on the blocking pool with one slot's memory, waiting for a
/// turn first.
async fn in_a_slot<T: Send + 'static>(
    work: impl FnOnce(&mut [Block]) -> T + Send + 'static,
) -> anyhow::Result<T> {
    // The semaphore is never closed, so acquiring cannot fail.
    let _turn = hashing_slots().acquire().await?;
    let done = tokio::task::spawn_blocking(move || {
        let taken = MEMORY.lock().ok().and_then(|mut free| free.pop());
        let mut memory =
            taken.unwrap_or_else(|| vec![Block::default(); argon2().params().block_count()]);
        let result = work(&mut memory);
        if let Ok(mut free) = MEMORY.lock() {
            free.push(memory);
        }
        result
    });
    Ok(done.await?)
}

/// The PHC string of `password` hashed in `memory` with a new salt.
fn hash_in(memory: &mut [Block], password: &[u8]) -> anyhow::Result<String> {
    let failed = |e: &dyn std::fmt::Display| anyhow::anyhow!("hashing failed: {e}");
    let argon2 = argon2();
    let salt = SaltString::generate(&mut OsRng);
    let mut salt_buffer = [0u8; 64];
    let salt_bytes = salt
        .as_salt()
        .decode_b64(&mut salt_buffer)
        .map_err(|e| failed(&e))?;
    let mut output = [0u8; Params::DEFAULT_OUTPUT_LEN];
    argon2
        .hash_password_into_with_memory(password, salt_bytes, &mut output, memory)
        .map_err(|e| failed(&e))?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(argon2.params()).map_err(|e| failed(&e))?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(&output).map_err(|e| failed(&e))?),
    };
    Ok(phc.to_string())
}

/// Whether `password` hashes to `stored` (a PHC string). A hash made with
/// our parameters is recomputed in `memory`; any other (older parameters)
/// is verified the library's way, with memory of its own.
fn verify_in(memory: &mut [Block], password: &[u8], stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let ours = parsed.algorithm == Algorithm::Argon2id.ident()
        && parsed.version == Some(Version::V0x13.into())
        && ParamsString::try_from(argon2().params()).is_ok_and(|params| params == parsed.params)
        && expected.len() == Params::DEFAULT_OUTPUT_LEN;
    if !ours {
        return argon2().verify_password(password, &parsed).is_ok();
    }
    let mut salt_buffer = [0u8; 64];
    let Ok(salt_bytes) = salt.decode_b64(&mut salt_buffer) else {
        return false;
    };
    let mut output = vec![0u8; expected.len()];
    let computed = argon2()
        .hash_password_into_with_memory(password, salt_bytes, &mut output, memory)
        .ok()
        .and_then(|()| Output::new(&output).ok());
    // `Output`'s equality is constant-time.
    computed.is_some_and(|computed| computed == expected)
}

pub async fn hash(password: String) -> anyhow::Result<String> {
    in_a_slot(move |memory| hash_in(memory, password.as_bytes())).await?
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
    in_a_slot(move |memory| {
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| dummy_hash().to_owned());
        let matches = verify_in(memory, password.as_bytes(), &phc);
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
    async fn a_hash_made_in_a_slot_verifies_the_librarys_way_and_the_other_way_round() {
        let password = "correct horse battery";
        let in_a_slot = hash(password.into()).await.unwrap();
        let parsed = PasswordHash::new(&in_a_slot).unwrap();
        assert!(
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        );
        let by_the_library = hash_blocking(password).unwrap();
        assert!(verify(password.into(), Some(by_the_library)).await);
    }

    #[tokio::test]
    async fn a_hash_with_other_parameters_still_verifies() {
        let params = Params::new(8 * 1024, 3, 1, None).unwrap();
        let older = Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password(b"an older password", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        assert!(verify("an older password".into(), Some(older.clone())).await);
        assert!(!verify("another".into(), Some(older)).await);
    }

    #[tokio::test]
    async fn a_malformed_stored_hash_never_verifies() {
        for stored in ["", "$argon2id$", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$"] {
            assert!(!verify("anything".into(), Some(stored.into())).await);
        }
    }

    #[tokio::test]
    async fn an_unknown_account_never_verifies() {
        assert!(!verify("anything".into(), None).await);
    }
}
