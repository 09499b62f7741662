//! Run-time configuration, from flags and environment variables (see the
//! README's table). Secrets come only from the environment or files, never
//! from flags, so they do not show in process listings.
use std::{net::SocketAddr, path::PathBuf, sync::Arc};

use crate::auth::sealing::SecretKey;

/// The SM-DP+ address in activation details unless configured (GO-11).
pub const DEFAULT_SMDP_ADDRESS: &str = "smdp.switchboard.localhost";

/// The network provider code for Android phones unless configured (GO-11).
pub const DEFAULT_NETWORK_PROVIDER_CODE: &str = "310-260";

/// The SIP realm of partner-managed devices unless configured (PMD-1).
pub const DEFAULT_SIP_REALM: &str = "sip.switchboard.localhost";

/// How long a background job's claim holds without progress, unless
/// configured: a job whose process died is taken over by another worker (or
/// the restarted process, which has a new worker id) after this long.
pub const DEFAULT_JOB_LEASE_MS: i64 = 60_000;

#[derive(Clone)]
pub struct Config {
    pub addr: SocketAddr,
    pub database_url: String,
    /// Trunk's output: `index.html`, the wasm and its JS glue, CSS.
    pub dist_dir: PathBuf,
    /// Where mail goes when no SMTP server is configured (`.eml` files).
    pub mail_dir: PathBuf,
    /// `smtp://user:pass@host:port` (may hold a password: never logged).
    pub smtp_url: Option<String>,
    pub mail_from: String,
    /// Drop `Secure` and the `__Host-` prefix from the session cookie, for
    /// plain-HTTP deployments on a host other than localhost.
    pub insecure_cookies: bool,
    /// Send `Strict-Transport-Security` (when served over TLS).
    pub hsts: bool,
    pub session_hours: i64,
    /// Largest request body accepted, in bytes (413 beyond).
    pub body_limit: usize,
    /// Webex Go: where phones download their eSIM (GO-11).
    pub smdp_address: String,
    /// Webex Go: the code Android phones ask for (GO-11).
    pub network_provider_code: String,
    /// Seals SIP credentials at rest (PMD-1). `serve` loads it from
    /// `SWITCHBOARD_SECRET_KEY_FILE` or the data directory.
    pub secret_key: Arc<SecretKey>,
    /// The SIP realm of partner-managed devices' credentials (the HA1
    /// digests depend on it).
    pub sip_realm: String,
    /// Where people reach the portal, without a trailing slash: the base of
    /// the links the server emails (SUB-1's *Set up service* link).
    pub public_url: String,
    /// How long an import job's claim holds without a batch (users) or a
    /// row (devices) committing; see [`DEFAULT_JOB_LEASE_MS`]. It should
    /// exceed the longest batch, or a second replica may take a job over
    /// while its batch is still running (harmless, as the batch's
    /// transaction checks the claim, but wasted work).
    pub job_lease_ms: i64,
    /// The hash of the bearer token `/metrics` wants on the portal's own
    /// address (`SWITCHBOARD_METRICS_TOKEN` or `_FILE`); `None`: no
    /// `/metrics` there.
    pub metrics_token_hash: Option<String>,
    /// A separate address serving only `/metrics`, without a token.
    pub metrics_addr: Option<SocketAddr>,
}

impl Config {
    pub fn new(database_url: String) -> Self {
        Config {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url,
            dist_dir: PathBuf::from("dist"),
            mail_dir: PathBuf::from("data/mail"),
            smtp_url: None,
            mail_from: "Switchboard <no-reply@switchboard.localhost>".into(),
            insecure_cookies: false,
            hsts: false,
            session_hours: 12,
            body_limit: 2 * 1024 * 1024,
            smdp_address: DEFAULT_SMDP_ADDRESS.into(),
            network_provider_code: DEFAULT_NETWORK_PROVIDER_CODE.into(),
            secret_key: Arc::new(SecretKey::ephemeral()),
            sip_realm: DEFAULT_SIP_REALM.into(),
            public_url: "http://127.0.0.1:8080".into(),
            job_lease_ms: DEFAULT_JOB_LEASE_MS,
            metrics_token_hash: None,
            metrics_addr: None,
        }
    }

    /// The database URL with any password masked, for logs.
    pub fn database_url_masked(&self) -> String {
        mask_url_password(&self.database_url)
    }
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("addr", &self.addr)
            .field("database_url", &self.database_url_masked())
            .field("dist_dir", &self.dist_dir)
            .field("mail_dir", &self.mail_dir)
            .field("smtp_url", &self.smtp_url.as_deref().map(mask_url_password))
            .field("mail_from", &self.mail_from)
            .field("insecure_cookies", &self.insecure_cookies)
            .field("hsts", &self.hsts)
            .field("session_hours", &self.session_hours)
            .field("body_limit", &self.body_limit)
            .field("smdp_address", &self.smdp_address)
            .field("network_provider_code", &self.network_provider_code)
            .field("secret_key", &self.secret_key)
            .field("sip_realm", &self.sip_realm)
            .field("public_url", &self.public_url)
            .field("job_lease_ms", &self.job_lease_ms)
            .field(
                "metrics_token",
                &self.metrics_token_hash.as_ref().map(|_| "***"),
            )
            .field("metrics_addr", &self.metrics_addr)
            .finish()
    }
}

/// A secret from the environment: `NAME` itself, or the first line of the
/// file `NAME_FILE` names (for container secrets). Never a flag, so it
/// never shows in process listings. Empty means unset.
pub fn secret_from_env(name: &str) -> std::io::Result<Option<String>> {
    if let Some(value) = std::env::var(name).ok().filter(|v| !v.trim().is_empty()) {
        return Ok(Some(value.trim().to_owned()));
    }
    match std::env::var_os(format!("{name}_FILE")).filter(|v| !v.is_empty()) {
        Some(path) => {
            let text = std::fs::read_to_string(&path).map_err(|error| {
                std::io::Error::new(
                    error.kind(),
                    format!("{name}_FILE {}: {error}", PathBuf::from(&path).display()),
                )
            })?;
            Ok(text
                .lines()
                .next()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .map(str::to_owned))
        }
        None => Ok(None),
    }
}

/// `scheme://user:secret@host` → `scheme://user:***@host`.
pub fn mask_url_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((userinfo, host)) = rest.split_once('@') else {
        return url.to_owned();
    };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_a_url_is_masked() {
        assert_eq!(
            mask_url_password("postgres://app:s3cret@db:5432/x"),
            "postgres://app:***@db:5432/x"
        );
        assert_eq!(
            mask_url_password("sqlite://data/x.db"),
            "sqlite://data/x.db"
        );
    }

    #[test]
    fn debug_output_never_shows_the_smtp_password() {
        let mut config = Config::new("sqlite://x.db".into());
        config.smtp_url = Some("smtp://mailer:hunter2@mail:25".into());
        assert!(!format!("{config:?}").contains("hunter2"));
    }
}
