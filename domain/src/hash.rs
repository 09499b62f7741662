//! A fast hasher for the maps of one file's check (issue 4, item 11).
//!
//! The maps of a users check are keyed by short texts (emails,
//! extensions, numbers) and looked up a few times per row; std's SipHash
//! was a third of the simulation's work. [`CheckHasher`] mixes eight bytes
//! at a time with one widening multiply, as the folded-multiply hashers
//! do. Its keys are drawn from std's [`RandomState`] for every check, so a
//! crafted file cannot know which texts collide. The seed only changes
//! where a key lands in a map, never what a lookup finds: the verdict of a
//! check stays a function of its input.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

/// Odd constants from the digits of pi, mixed into the seed so that the
/// two multiplicands of a word are never the same key.
const PI: [u64; 3] = [
    0x243f_6a88_85a3_08d3,
    0x1319_8a2e_0370_7344,
    0xa409_3822_299f_31d0,
];

/// The high and low halves of the full product, folded together: every
/// bit of either factor reaches the middle bits of the result.
fn folded_multiply(a: u64, b: u64) -> u64 {
    let product = u128::from(a) * u128::from(b);
    // Truncation is the point: the low half, and the high half shifted down.
    (product as u64) ^ ((product >> 64) as u64)
}

/// Builds the [`CheckHasher`]s of one check's maps, all with its keys.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CheckHashState {
    keys: [u64; 3],
}

impl CheckHashState {
    /// New keys, as unpredictable as std's own map keys.
    pub(crate) fn new() -> Self {
        let random = RandomState::new();
        Self {
            keys: [0u64, 1, 2].map(|n| random.hash_one(n) ^ PI[n as usize]),
        }
    }

    /// Keys from a fixed seed, for tests that need the same hashes every
    /// run.
    #[cfg(test)]
    pub(crate) fn with_seed(seed: u64) -> Self {
        Self {
            keys: [0, 21, 42].map(|turn| seed.rotate_left(turn)),
        }
        .mixed()
    }

    #[cfg(test)]
    fn mixed(self) -> Self {
        Self {
            keys: [0, 1, 2].map(|n| folded_multiply(self.keys[n] ^ PI[n], PI[(n + 1) % 3] | 1)),
        }
    }
}

impl BuildHasher for CheckHashState {
    type Hasher = CheckHasher;

    fn build_hasher(&self) -> CheckHasher {
        CheckHasher {
            state: self.keys[0],
            keys: self.keys,
        }
    }
}

/// The hasher of [`CheckHashState`].
#[derive(Debug, Clone)]
pub(crate) struct CheckHasher {
    state: u64,
    keys: [u64; 3],
}

impl CheckHasher {
    fn mix(&mut self, word: u64) {
        self.state = folded_multiply(word ^ self.keys[1], self.state ^ self.keys[2]);
    }
}

impl Hasher for CheckHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let tail = chunks.remainder();
        let mut word = [0u8; 8];
        word[..tail.len()].copy_from_slice(tail);
        // The length goes in with the last word, so texts that differ
        // only by trailing zero bytes differ.
        self.mix(u64::from_le_bytes(word));
        self.mix(bytes.len() as u64);
    }

    fn write_u8(&mut self, value: u8) {
        self.mix(u64::from(value));
    }

    fn write_u32(&mut self, value: u32) {
        self.mix(u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.mix(value);
    }

    fn write_usize(&mut self, value: usize) {
        self.mix(value as u64);
    }

    fn finish(&self) -> u64 {
        // A last multiply by a key, so the tag bits a map takes from the
        // top and the bucket bits it takes from the bottom both depend on
        // every word.
        folded_multiply(self.state, self.keys[0] | 1).rotate_left(23)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_seeded_hasher_spreads_similar_emails() {
        let state = CheckHashState::new();
        let hashes: HashSet<u64> = (0..100_000)
            .map(|n| state.hash_one(format!("anna.hansen{n}@bench.example")))
            .collect();
        assert_eq!(hashes.len(), 100_000);
        // The low bits pick the bucket, the top seven the tag: both vary.
        let buckets: HashSet<u64> = hashes.iter().map(|h| h & 0xffff).collect();
        let tags: HashSet<u64> = hashes.iter().map(|h| h >> 57).collect();
        assert!(buckets.len() > 50_000, "{}", buckets.len());
        assert_eq!(tags.len(), 128);
    }

    #[test]
    fn two_checks_hash_the_same_text_differently() {
        let (a, b) = (CheckHashState::new(), CheckHashState::new());
        assert_ne!(a.hash_one("anna@example.no"), b.hash_one("anna@example.no"));
    }

    #[test]
    fn texts_that_differ_only_by_trailing_zero_bytes_hash_differently() {
        let state = CheckHashState::with_seed(7);
        let hash = |bytes: &[u8]| {
            let mut hasher = state.build_hasher();
            hasher.write(bytes);
            hasher.finish()
        };
        assert_ne!(hash(b"ab"), hash(b"ab\0"));
        assert_ne!(hash(b""), hash(b"\0\0\0\0\0\0\0\0"));
    }

    proptest! {
        #[test]
        fn equal_texts_hash_alike_and_one_changed_byte_changes_the_hash(
            text in "[ -~]{0,40}",
            at in 0usize..40,
            seed in any::<u64>(),
        ) {
            let state = CheckHashState::with_seed(seed);
            prop_assert_eq!(state.hash_one(&text), state.hash_one(text.clone()));
            if !text.is_empty() {
                let mut changed = text.clone().into_bytes();
                let at = at % changed.len();
                changed[at] = if changed[at] == b'x' { b'y' } else { b'x' };
                let changed = String::from_utf8(changed).unwrap_or_default();
                prop_assert_ne!(state.hash_one(&text), state.hash_one(&changed));
            }
        }
    }
}
