//! `serve`'s settings: its flags (each with its environment variable),
//! the [`Config`] they make, and `switchboard config check`, which prints
//! them with where each came from and checks what it can without starting.
use std::{net::SocketAddr, path::PathBuf, process::ExitCode};

use clap::{ArgMatches, parser::ValueSource};
use server::{Config, auth::secret, store::Store};

#[derive(clap::Args)]
pub struct ServeArgs {
    #[arg(long, env = "SWITCHBOARD_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Trunk's output directory (the built SPA).
    #[arg(long, env = "SWITCHBOARD_DIST", default_value = "dist")]
    pub dist: PathBuf,
    /// Where mail is written as `.eml` files when `SMTP_URL` is not set.
    #[arg(long, env = "SWITCHBOARD_MAIL_DIR", default_value = "data/mail")]
    pub mail_dir: PathBuf,
    /// Sender of every email.
    #[arg(
        long,
        env = "SWITCHBOARD_MAIL_FROM",
        default_value = "Switchboard <no-reply@switchboard.localhost>"
    )]
    pub mail_from: String,
    /// Drop `Secure` and `__Host-` from the session cookie: only for plain
    /// HTTP on a host other than localhost.
    #[arg(long, env = "SWITCHBOARD_INSECURE_COOKIES")]
    pub insecure_cookies: bool,
    /// Send HSTS (set when the portal is served over HTTPS).
    #[arg(long, env = "SWITCHBOARD_HSTS")]
    pub hsts: bool,
    /// Session lifetime in hours.
    #[arg(long, env = "SWITCHBOARD_SESSION_HOURS", default_value_t = 12)]
    pub session_hours: i64,
    /// The SM-DP+ address Webex Go phones download their eSIM from (GO-11).
    #[arg(
        long,
        env = "SWITCHBOARD_SMDP_ADDRESS",
        default_value = server::config::DEFAULT_SMDP_ADDRESS
    )]
    pub smdp_address: String,
    /// The network provider code Android phones ask for (GO-11).
    #[arg(
        long,
        env = "SWITCHBOARD_NETWORK_PROVIDER_CODE",
        default_value = server::config::DEFAULT_NETWORK_PROVIDER_CODE
    )]
    pub network_provider_code: String,
    /// Where the server keeps its own files: the secret key file
    /// (`secret.key`, generated once with mode 0600) unless
    /// `SWITCHBOARD_SECRET_KEY_FILE` names one. The key itself is never
    /// taken from the command line.
    #[arg(long, env = "SWITCHBOARD_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,
    /// The SIP realm of partner-managed devices' credentials (PMD-1).
    #[arg(
        long,
        env = "SWITCHBOARD_SIP_REALM",
        default_value = server::config::DEFAULT_SIP_REALM
    )]
    pub sip_realm: String,
    /// Where people reach the portal (e.g. `https://portal.example.com`):
    /// the base of emailed links. Unset: `http://<addr>`.
    #[arg(long, env = "SWITCHBOARD_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Rows an import applies per transaction.
    #[arg(long, env = "SWITCHBOARD_IMPORT_BATCH_ROWS", default_value_t = server::jobs::BATCH_ROWS)]
    pub import_batch_rows: usize,
    /// A pause between an import's batches, in milliseconds: leaves room
    /// for interactive work on a busy database (0: none).
    #[arg(long, env = "SWITCHBOARD_IMPORT_BATCH_PAUSE_MS", default_value_t = 0)]
    pub import_batch_pause_ms: u64,
    /// How long an import job's claim holds without progress, in
    /// milliseconds: after a crash, the job resumes (on any replica, or
    /// this one restarted) once this has passed. Keep it above the time a
    /// batch takes.
    #[arg(
        long,
        env = "SWITCHBOARD_JOB_LEASE_MS",
        default_value_t = server::config::DEFAULT_JOB_LEASE_MS,
        value_parser = clap::value_parser!(i64).range(1..)
    )]
    pub job_lease_ms: i64,
    /// Serve `/metrics` (without a token) on this separate address too,
    /// e.g. `127.0.0.1:9090`. On the main address `/metrics` needs the
    /// bearer token in `SWITCHBOARD_METRICS_TOKEN` (or `_FILE`).
    #[arg(long, env = "SWITCHBOARD_METRICS_ADDR")]
    pub metrics_addr: Option<SocketAddr>,
}

/// The configuration of `serve` from its flags, environment and defaults,
/// all but the secret key (which `serve` loads, creating it if needed).
pub fn effective_config(database_url: String, args: &ServeArgs) -> anyhow::Result<Config> {
    let mut config = Config::new(database_url);
    config.addr = args.addr;
    config.dist_dir = args.dist.clone();
    config.mail_dir = args.mail_dir.clone();
    config.mail_from = args.mail_from.clone();
    config.insecure_cookies = args.insecure_cookies;
    config.hsts = args.hsts;
    config.session_hours = args.session_hours;
    config.smdp_address = args.smdp_address.clone();
    config.network_provider_code = args.network_provider_code.clone();
    config.sip_realm = args.sip_realm.clone();
    config.job_lease_ms = args.job_lease_ms;
    config.public_url = args
        .public_url
        .clone()
        .filter(|url| !url.trim().is_empty())
        .map_or_else(
            || format!("http://{}", args.addr),
            |url| url.trim().trim_end_matches('/').to_owned(),
        );
    config.smtp_url = std::env::var("SMTP_URL").ok().filter(|v| !v.is_empty());
    config.metrics_addr = args.metrics_addr;
    config.metrics_token_hash = server::config::secret_from_env("SWITCHBOARD_METRICS_TOKEN")?
        .map(|token| secret::token_hash(&token));
    Ok(config)
}

/// The secret key file `serve` uses: configured, or in the data directory.
pub fn secret_key_file(args: &ServeArgs) -> (PathBuf, bool) {
    match std::env::var_os(server::auth::sealing::KEY_FILE_ENV).filter(|v| !v.is_empty()) {
        Some(path) => (PathBuf::from(path), true),
        None => (
            args.data_dir.join(server::auth::sealing::DEFAULT_KEY_FILE),
            false,
        ),
    }
}

/// `switchboard config check`: every setting of `serve` with its value and
/// where it came from, secrets masked, then what can be checked without
/// starting. Fails (exit 1) when a check fails.
pub async fn check(
    database_url: &str,
    args: &ServeArgs,
    source: Option<(&clap::Command, &ArgMatches)>,
) -> anyhow::Result<ExitCode> {
    let config = effective_config(database_url.to_owned(), args)?;
    let mut rows: Vec<[String; 3]> = Vec::new();
    if let Some((check, matches)) = source {
        for arg in check.get_arguments() {
            let id = arg.get_id().as_str();
            let Some(long) = arg.get_long() else { continue };
            if id == "help" {
                continue;
            }
            let value: Vec<String> = matches
                .get_raw(id)
                .map(|values| values.map(|v| v.to_string_lossy().into_owned()).collect())
                .unwrap_or_default();
            let value = match (id, value.is_empty()) {
                (_, true) => "(unset)".to_owned(),
                ("database_url", false) => server::config::mask_url_password(&value.join(" ")),
                _ => value.join(" "),
            };
            let source = match matches.value_source(id) {
                Some(ValueSource::CommandLine) => "command line".to_owned(),
                Some(ValueSource::EnvVariable) => {
                    arg.get_env().map_or("environment".to_owned(), |env| {
                        env.to_string_lossy().into_owned()
                    })
                }
                Some(ValueSource::DefaultValue) => "default".to_owned(),
                _ => "not set".to_owned(),
            };
            rows.push([format!("--{long}"), value, source]);
        }
    }
    let from_env = |name: &str| {
        if std::env::var_os(name).is_some_and(|v| !v.is_empty()) {
            name.to_owned()
        } else if std::env::var_os(format!("{name}_FILE")).is_some_and(|v| !v.is_empty()) {
            format!("{name}_FILE")
        } else {
            "not set".to_owned()
        }
    };
    rows.push([
        "SMTP_URL".into(),
        config.smtp_url.as_deref().map_or_else(
            || format!("(unset: mail is written to {})", config.mail_dir.display()),
            server::config::mask_url_password,
        ),
        from_env("SMTP_URL"),
    ]);
    rows.push([
        "SWITCHBOARD_METRICS_TOKEN".into(),
        if config.metrics_token_hash.is_some() {
            "*** (/metrics on the main address takes it)".into()
        } else {
            "(unset: no /metrics on the main address)".into()
        },
        from_env("SWITCHBOARD_METRICS_TOKEN"),
    ]);
    let traces = server::telemetry::trace_endpoint();
    rows.push([
        "trace export (OTLP)".into(),
        traces.as_ref().map_or_else(
            || "(off: OTEL_EXPORTER_OTLP_ENDPOINT turns it on)".to_owned(),
            |(_, endpoint)| {
                format!(
                    "{} (http/protobuf)",
                    server::config::mask_url_password(endpoint)
                )
            },
        ),
        traces.map_or_else(|| "not set".to_owned(), |(name, _)| name.to_owned()),
    ]);
    // Collectors' API keys travel in these headers.
    for name in [
        "OTEL_EXPORTER_OTLP_HEADERS",
        "OTEL_EXPORTER_OTLP_TRACES_HEADERS",
    ] {
        if std::env::var_os(name).is_some_and(|v| !v.is_empty()) {
            rows.push([name.into(), "***".into(), name.into()]);
        }
    }
    let (key_file, configured) = secret_key_file(args);
    rows.push([
        "secret key file".into(),
        format!(
            "{} ({})",
            key_file.display(),
            if key_file.exists() {
                "exists"
            } else if configured {
                "missing"
            } else {
                "created at the first start"
            }
        ),
        if configured {
            server::auth::sealing::KEY_FILE_ENV.to_owned()
        } else {
            "--data-dir".to_owned()
        },
    ]);
    let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0);
    let (w0, w1) = (width(0), width(1));
    println!("{:<w0$}  {:<w1$}  from", "setting", "value");
    for [name, value, source] in &rows {
        println!("{name:<w0$}  {value:<w1$}  {source}");
    }
    println!();
    let mut ok = true;
    let mut report = |passed: bool, line: String| {
        ok &= passed;
        println!("{} {line}", if passed { "ok  " } else { "FAIL" });
    };
    let latest = server::store::MIGRATIONS.last().map_or(0, |m| m.version);
    let missing_file = server::store::sqlite_file(database_url).filter(|file| !file.exists());
    match missing_file {
        // Connecting would create it: say so instead.
        Some(file) => report(
            true,
            format!(
                "database {}: not created yet (`serve` creates it)",
                file.display()
            ),
        ),
        None => match Store::connect(database_url).await {
            Ok(store) => match store.schema_version().await {
                Ok(version) => report(
                    version <= latest,
                    format!(
                        "database {}: schema version {version} (this switchboard knows up to {latest}{})",
                        config.database_url_masked(),
                        if version < latest {
                            "; `serve` migrates it"
                        } else {
                            ""
                        }
                    ),
                ),
                Err(error) => report(
                    false,
                    format!("database {}: {error}", config.database_url_masked()),
                ),
            },
            Err(error) => report(
                false,
                format!("database {}: {error}", config.database_url_masked()),
            ),
        },
    }
    let index = config.dist_dir.join("index.html");
    report(
        index.is_file(),
        format!(
            "the SPA: {}",
            if index.is_file() {
                index.display().to_string()
            } else {
                format!(
                    "{} is missing (build it with `cargo xtask spa`)",
                    index.display()
                )
            }
        ),
    );
    report(
        !configured || key_file.is_file(),
        format!("the secret key file: {}", key_file.display()),
    );
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
