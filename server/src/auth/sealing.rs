//! The server's secret key and what it protects: SIP credentials at rest
//! (PMD-1, PMD-9), and the signatures of the links the server emails
//! (SUB-1's *Set up service* link).
//!
//! A SIP registrar needs HA1 digests (`H(user:realm:password)`), not the
//! password, and an HA1 is as good as the password for registering, so the
//! digests are sealed with AES-256-GCM under a key that is not in the
//! database: a copy of the database alone reveals nothing usable.
//!
//! The key comes from `SWITCHBOARD_SECRET_KEY_FILE` (32 bytes, base64), or
//! from a file generated once under the data directory with mode 0600. It
//! never comes from the command line (process listings) and is never
//! logged (`Debug` hides it).
use std::{fmt, io::Write, path::Path};

use base64::{Engine, engine::general_purpose::STANDARD};
use md5::Md5;
use rand::{RngCore, rngs::OsRng};
use ring::{
    aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey},
    hmac,
};
use sha2::{Digest, Sha256};

/// The environment variable naming the key file.
pub const KEY_FILE_ENV: &str = "SWITCHBOARD_SECRET_KEY_FILE";

/// The key file's name under the data directory when the variable is unset.
pub const DEFAULT_KEY_FILE: &str = "secret.key";

const KEY_LEN: usize = 32;

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("cannot read or write the secret key file {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("the secret key file {0} does not hold 32 bytes in base64")]
    Malformed(String),
    #[error("a sealed record is damaged or was sealed with another key")]
    Unseal,
}

/// The server's AES-256-GCM key, and the HMAC-SHA256 key derived from it.
pub struct SecretKey {
    key: LessSafeKey,
    /// Signs emailed links. Derived from the key with its own label, so a
    /// signature never doubles as anything sealed, and one key file is all
    /// an operator keeps.
    signing: hmac::Key,
    /// Names the key in each sealed record (a hash of it, not the key), so
    /// a record sealed under another key is recognised as such.
    id: String,
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// A sealed record: the nonce and the ciphertext with its tag, base64.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub key_id: String,
    pub nonce: String,
    pub ciphertext: String,
}

impl SecretKey {
    fn from_bytes(bytes: &[u8; KEY_LEN]) -> Result<Self, KeyError> {
        let unbound =
            UnboundKey::new(&AES_256_GCM, bytes).map_err(|_| KeyError::Malformed("key".into()))?;
        let digest = Sha256::digest([b"switchboard key id:".as_slice(), bytes].concat());
        let signing = Sha256::digest([b"switchboard signing key:".as_slice(), bytes].concat());
        Ok(Self {
            key: LessSafeKey::new(unbound),
            signing: hmac::Key::new(hmac::HMAC_SHA256, &signing),
            id: hex::encode(&digest[..8]),
        })
    }

    /// A key that lives only as long as the process: for tests and for
    /// tools that never read a sealed record back.
    pub fn ephemeral() -> Self {
        let mut bytes = [0u8; KEY_LEN];
        OsRng.fill_bytes(&mut bytes);
        // 32 bytes are always a valid AES-256 key.
        Self::from_bytes(&bytes).unwrap_or_else(|_| unreachable!("a 32-byte AES-256 key"))
    }

    /// The configured key: the file `SWITCHBOARD_SECRET_KEY_FILE` names, or
    /// `<data_dir>/secret.key`, generated with mode 0600 the first time.
    pub fn load(configured: Option<&Path>, data_dir: &Path) -> Result<Self, KeyError> {
        match configured {
            Some(path) => Self::read(path),
            None => {
                let path = data_dir.join(DEFAULT_KEY_FILE);
                if !path.exists() {
                    Self::generate(&path)?;
                }
                Self::read(&path)
            }
        }
    }

    fn read(path: &Path) -> Result<Self, KeyError> {
        let io = |source| KeyError::Io {
            path: path.display().to_string(),
            source,
        };
        let text = std::fs::read_to_string(path).map_err(io)?;
        let bytes: [u8; KEY_LEN] = STANDARD
            .decode(text.trim())
            .ok()
            .and_then(|b| b.try_into().ok())
            .ok_or_else(|| KeyError::Malformed(path.display().to_string()))?;
        Self::from_bytes(&bytes)
    }

    fn generate(path: &Path) -> Result<(), KeyError> {
        let io = |source| KeyError::Io {
            path: path.display().to_string(),
            source,
        };
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        let mut bytes = [0u8; KEY_LEN];
        OsRng.fill_bytes(&mut bytes);
        let mut options = std::fs::OpenOptions::new();
        // `create_new`: two servers starting at once never overwrite each
        // other's key; the loser reads the winner's.
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(path) {
            Ok(mut file) => {
                file.write_all(STANDARD.encode(bytes).as_bytes())
                    .and_then(|()| file.sync_all())
                    .map_err(io)?;
                tracing::info!(path = %path.display(), "generated a new secret key file");
                Ok(())
            }
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            Err(error) => Err(io(error)),
        }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// Seals `plaintext` with a fresh random 96-bit nonce; `context` is
    /// authenticated too (the record's id), so a sealed value cannot be
    /// moved to another record.
    pub fn seal(&self, context: &str, plaintext: &[u8]) -> Result<Sealed, KeyError> {
        let mut nonce = [0u8; NONCE_LEN];
        OsRng.fill_bytes(&mut nonce);
        let mut in_out = plaintext.to_vec();
        self.key
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(context.as_bytes()),
                &mut in_out,
            )
            .map_err(|_| KeyError::Unseal)?;
        Ok(Sealed {
            key_id: self.id.clone(),
            nonce: STANDARD.encode(nonce),
            ciphertext: STANDARD.encode(in_out),
        })
    }

    /// The HMAC-SHA256 tag of `message` under the signing key.
    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        hmac::sign(&self.signing, message).as_ref().to_vec()
    }

    /// Whether `tag` is [`SecretKey::sign`]'s tag of `message`, compared in
    /// constant time so the answer's timing reveals nothing of the tag.
    pub fn verify_signature(&self, message: &[u8], tag: &[u8]) -> bool {
        hmac::verify(&self.signing, message, tag).is_ok()
    }

    /// Opens a record [`SecretKey::seal`] made with this key.
    pub fn open(&self, context: &str, sealed: &Sealed) -> Result<Vec<u8>, KeyError> {
        if sealed.key_id != self.id {
            return Err(KeyError::Unseal);
        }
        let nonce: [u8; NONCE_LEN] = STANDARD
            .decode(&sealed.nonce)
            .ok()
            .and_then(|n| n.try_into().ok())
            .ok_or(KeyError::Unseal)?;
        let mut in_out = STANDARD
            .decode(&sealed.ciphertext)
            .map_err(|_| KeyError::Unseal)?;
        let plain = self
            .key
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(context.as_bytes()),
                &mut in_out,
            )
            .map_err(|_| KeyError::Unseal)?;
        Ok(plain.to_vec())
    }
}

/// The HA1 digests of a SIP credential, as hex: MD5 (RFC 2617, what most
/// phones' registrars still use) and SHA-256 (RFC 7616).
#[derive(Clone, PartialEq, Eq)]
pub struct Ha1 {
    pub md5: String,
    pub sha256: String,
}

impl fmt::Debug for Ha1 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Ha1(…)")
    }
}

impl Ha1 {
    pub fn of(user: &str, realm: &str, password: &str) -> Self {
        let input = format!("{user}:{realm}:{password}");
        Self {
            md5: hex::encode(Md5::digest(input.as_bytes())),
            sha256: hex::encode(Sha256::digest(input.as_bytes())),
        }
    }

    /// The form that is sealed: `md5:sha256`.
    pub fn to_record(&self) -> String {
        format!("{}:{}", self.md5, self.sha256)
    }

    pub fn from_record(record: &str) -> Option<Self> {
        let (md5, sha256) = record.split_once(':')?;
        Some(Self {
            md5: md5.to_owned(),
            sha256: sha256.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ha1_is_the_rfc_2617_digest_of_user_realm_and_password() {
        // RFC 2617 section 3.5's example: Mufasa / testrealm@host.com / Circle Of Life.
        let ha1 = Ha1::of("Mufasa", "testrealm@host.com", "Circle Of Life");
        assert_eq!(ha1.md5, "939e7578ed9e3c518a452acee763bce9");
        assert_eq!(ha1.sha256.len(), 64);
        assert_eq!(Ha1::from_record(&ha1.to_record()), Some(ha1));
    }

    #[test]
    fn a_sealed_record_opens_only_with_its_key_and_context() {
        let key = SecretKey::ephemeral();
        let sealed = key.seal("device-1", b"secret digest").unwrap();
        assert_eq!(key.open("device-1", &sealed).unwrap(), b"secret digest");
        assert!(key.open("device-2", &sealed).is_err());
        assert!(SecretKey::ephemeral().open("device-1", &sealed).is_err());
        let again = key.seal("device-1", b"secret digest").unwrap();
        assert_ne!(again.nonce, sealed.nonce, "a fresh nonce per record");
    }

    #[test]
    fn a_key_file_is_generated_once_with_mode_0600_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let first = SecretKey::load(None, dir.path()).unwrap();
        let second = SecretKey::load(None, dir.path()).unwrap();
        assert_eq!(first.id(), second.id());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(DEFAULT_KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let sealed = first.seal("x", b"y").unwrap();
        assert_eq!(second.open("x", &sealed).unwrap(), b"y");
        let bad = dir.path().join("bad.key");
        std::fs::write(&bad, "c2hvcnQ=").unwrap();
        assert!(matches!(
            SecretKey::load(Some(&bad), dir.path()),
            Err(KeyError::Malformed(_))
        ));
    }
}
