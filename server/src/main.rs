//! `switchboard`: the command line (SPEC 5.1).
mod validate_cli;

use std::{net::SocketAddr, path::PathBuf, process::ExitCode, sync::Arc, time::Duration};

use anyhow::Context;
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, parser::ValueSource};
use domain::{Email, OrgName, Role};
use server::{
    Config, Services,
    auth::{password, secret},
    demo,
    http::{AppState, router},
    mail::{Dispatcher, Mailer},
    store::{MachineKind, NewAdmin, NewAuditEntry, NewOrg, Store, new_id},
};
use tracing_subscriber::EnvFilter;

/// Who the audit log names for changes made from the command line.
const CLI_ACTOR: &str = "switchboard command line";

#[derive(Parser)]
#[command(
    name = "switchboard",
    version,
    about = "Switchboard: a self-hostable provisioning portal for cloud calling"
)]
struct Cli {
    /// Database: `sqlite://path` (the embedded default) or `postgres://…`.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://data/switchboard.db",
        global = true
    )]
    database_url: String,
    /// Log format: `text` or `json`. Verbosity comes from `SWITCHBOARD_LOG`
    /// (e.g. `info`, `server=debug`).
    #[arg(
        long,
        env = "SWITCHBOARD_LOG_FORMAT",
        default_value = "text",
        global = true
    )]
    log_format: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the portal (migrates the database first).
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate,
    /// Load the demo dataset (idempotent) and print the demo sign-ins.
    Demo,
    /// First-run bootstrap: a partner org and its first admin, with a
    /// one-time password.
    Init {
        #[arg(long)]
        partner_org: String,
        #[arg(long)]
        admin_email: String,
    },
    /// API tokens for the REST API.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Credentials for the machine APIs (the carrier's Webex Go
    /// activation API, GO-15; call-record ingest, GO-16; order intake,
    /// SUB-1).
    Credential {
        #[command(subcommand)]
        command: CredentialCommand,
    },
    /// Check a file before importing it, with the browser's rules.
    Validate {
        #[command(subcommand)]
        command: validate_cli::ValidateCommand,
    },
    /// Copy the SQLite database while Switchboard runs: a consistent copy
    /// of every transaction committed before the backup began.
    /// (PostgreSQL: use pg_dump; see the README.)
    Backup {
        /// The backup file to write (must not exist).
        #[arg(long)]
        to: PathBuf,
    },
    /// Put a backup in place of the SQLite database. Stop Switchboard
    /// first; the next start migrates an older backup forward.
    Restore {
        /// The backup file (from `switchboard backup`).
        #[arg(long)]
        from: PathBuf,
        /// Replace the existing database (it is overwritten).
        #[arg(long)]
        replace: bool,
    },
    /// The configuration `serve` would run with.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Print the effective configuration (flags, environment, defaults)
    /// with every secret masked, and check what can be checked without
    /// starting: the database answers, the SPA and the secret key exist.
    Check(ServeArgs),
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Print a new API token for an admin (stored hashed; shown only now).
    Create {
        #[arg(long)]
        admin_email: String,
        #[arg(long, default_value = "api")]
        name: String,
    },
}

#[derive(Subcommand)]
enum CredentialCommand {
    /// Print a new machine credential (stored hashed; shown only now).
    Create {
        /// The API it opens: `carrier` (GO-15), `call_records` (GO-16) or
        /// `ordering` (SUB-1's order intake).
        #[arg(long)]
        kind: String,
        /// Who holds it, for the audit log (e.g. the carrier's name).
        #[arg(long)]
        name: String,
    },
}

#[derive(clap::Args)]
struct ServeArgs {
    #[arg(long, env = "SWITCHBOARD_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Trunk's output directory (the built SPA).
    #[arg(long, env = "SWITCHBOARD_DIST", default_value = "dist")]
    dist: PathBuf,
    /// Where mail is written as `.eml` files when `SMTP_URL` is not set.
    #[arg(long, env = "SWITCHBOARD_MAIL_DIR", default_value = "data/mail")]
    mail_dir: PathBuf,
    /// Sender of every email.
    #[arg(
        long,
        env = "SWITCHBOARD_MAIL_FROM",
        default_value = "Switchboard <no-reply@switchboard.localhost>"
    )]
    mail_from: String,
    /// Drop `Secure` and `__Host-` from the session cookie: only for plain
    /// HTTP on a host other than localhost.
    #[arg(long, env = "SWITCHBOARD_INSECURE_COOKIES")]
    insecure_cookies: bool,
    /// Send HSTS (set when the portal is served over HTTPS).
    #[arg(long, env = "SWITCHBOARD_HSTS")]
    hsts: bool,
    /// Session lifetime in hours.
    #[arg(long, env = "SWITCHBOARD_SESSION_HOURS", default_value_t = 12)]
    session_hours: i64,
    /// The SM-DP+ address Webex Go phones download their eSIM from (GO-11).
    #[arg(
        long,
        env = "SWITCHBOARD_SMDP_ADDRESS",
        default_value = server::config::DEFAULT_SMDP_ADDRESS
    )]
    smdp_address: String,
    /// The network provider code Android phones ask for (GO-11).
    #[arg(
        long,
        env = "SWITCHBOARD_NETWORK_PROVIDER_CODE",
        default_value = server::config::DEFAULT_NETWORK_PROVIDER_CODE
    )]
    network_provider_code: String,
    /// Where the server keeps its own files: the secret key file
    /// (`secret.key`, generated once with mode 0600) unless
    /// `SWITCHBOARD_SECRET_KEY_FILE` names one. The key itself is never
    /// taken from the command line.
    #[arg(long, env = "SWITCHBOARD_DATA_DIR", default_value = "data")]
    data_dir: PathBuf,
    /// The SIP realm of partner-managed devices' credentials (PMD-1).
    #[arg(
        long,
        env = "SWITCHBOARD_SIP_REALM",
        default_value = server::config::DEFAULT_SIP_REALM
    )]
    sip_realm: String,
    /// Where people reach the portal (e.g. `https://portal.example.com`):
    /// the base of emailed links. Unset: `http://<addr>`.
    #[arg(long, env = "SWITCHBOARD_PUBLIC_URL")]
    public_url: Option<String>,
    /// Rows an import applies per transaction.
    #[arg(long, env = "SWITCHBOARD_IMPORT_BATCH_ROWS", default_value_t = server::jobs::BATCH_ROWS)]
    import_batch_rows: usize,
    /// A pause between an import's batches, in milliseconds: leaves room
    /// for interactive work on a busy database (0: none).
    #[arg(long, env = "SWITCHBOARD_IMPORT_BATCH_PAUSE_MS", default_value_t = 0)]
    import_batch_pause_ms: u64,
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
    job_lease_ms: i64,
    /// Serve `/metrics` (without a token) on this separate address too,
    /// e.g. `127.0.0.1:9090`. On the main address `/metrics` needs the
    /// bearer token in `SWITCHBOARD_METRICS_TOKEN` (or `_FILE`).
    #[arg(long, env = "SWITCHBOARD_METRICS_ADDR")]
    metrics_addr: Option<SocketAddr>,
}

fn init_logging(format: &str) {
    let filter = EnvFilter::try_from_env("SWITCHBOARD_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn open_store(url: &str) -> anyhow::Result<Store> {
    let store = Store::connect(url).await.with_context(|| {
        format!(
            "cannot open the database {}",
            server::config::mask_url_password(url)
        )
    })?;
    store.migrate().await?;
    Ok(store)
}

#[tokio::main]
async fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    init_logging(&cli.log_format);
    match run(cli, &matches).await {
        Ok(code) => code,
        Err(error) => {
            eprintln!("switchboard: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Whether `--database-url` was typed on the command line rather than
/// taken from its default or `DATABASE_URL`. `validate` checks a file on
/// its own unless asked for an org's data, and a server's environment sets
/// `DATABASE_URL` for every command.
fn typed_database_url(matches: &ArgMatches) -> bool {
    matches.value_source("database_url") == Some(ValueSource::CommandLine)
}

/// Runs a command; `matches` tell where each setting came from.
async fn run(cli: Cli, matches: &ArgMatches) -> anyhow::Result<ExitCode> {
    let database_url_typed = typed_database_url(matches);
    match cli.command {
        Command::Serve(args) => serve(cli.database_url, args).await?,
        Command::Validate { command } => {
            let status = validate_cli::run(&command, &cli.database_url, database_url_typed).await;
            return Ok(status.into());
        }
        Command::Backup { to } => {
            let store = Store::connect(&cli.database_url).await?;
            let report = store.backup_sqlite(&to).await?;
            println!(
                "backed up to {} ({} bytes, schema version {})",
                report.path.display(),
                report.bytes,
                report.schema_version
            );
        }
        Command::Restore { from, replace } => {
            let report = server::store::restore_sqlite(&from, &cli.database_url, replace).await?;
            println!(
                "restored {} to {} (schema version {}); start Switchboard to migrate it \
                 if it is older than this version",
                from.display(),
                report.path.display(),
                report.schema_version
            );
        }
        Command::Config {
            command: ConfigCommand::Check(args),
        } => {
            let sources = matches
                .subcommand_matches("config")
                .and_then(|m| m.subcommand_matches("check"));
            return config_check(&cli.database_url, &args, sources).await;
        }
        Command::Migrate => {
            let store = Store::connect(&cli.database_url).await?;
            let applied = store.migrate().await?;
            println!(
                "schema at version {} ({} migration(s) applied)",
                store.schema_version().await?,
                applied.len()
            );
        }
        Command::Demo => {
            let store = open_store(&cli.database_url).await?;
            let logins = demo::load(&store).await?;
            print_demo_logins(&logins);
        }
        Command::Init {
            partner_org,
            admin_email,
        } => init(&cli.database_url, &partner_org, &admin_email).await?,
        Command::Token {
            command: TokenCommand::Create { admin_email, name },
        } => {
            let store = open_store(&cli.database_url).await?;
            let email = Email::parse(&admin_email).map_err(|e| anyhow::anyhow!("{e}"))?;
            let admin = store
                .admin_by_email(email.as_str())
                .await?
                .with_context(|| format!("no admin with the email {email}"))?;
            let token = secret::new_api_token();
            store
                .insert_api_token(&admin.id, &name, &secret::token_hash(&token))
                .await?;
            for grant in store.grants_of(&admin.id).await? {
                store
                    .record_audit(&NewAuditEntry {
                        actor_admin_id: None,
                        actor_email: CLI_ACTOR,
                        actor_org_id: None,
                        org_id: Some(&grant.org_id),
                        action: "api_token_created",
                        detail: &format!("{} ({name})", admin.email),
                    })
                    .await?;
            }
            println!("{token}");
            eprintln!("This token is shown only now. Use it as `Authorization: Bearer <token>`.");
        }
        Command::Credential {
            command: CredentialCommand::Create { kind, name },
        } => {
            let kind = MachineKind::parse(&kind).with_context(|| {
                let known: Vec<&str> = MachineKind::ALL.iter().map(|k| k.as_str()).collect();
                format!(
                    "unknown credential kind {kind:?}; known: {}",
                    known.join(", ")
                )
            })?;
            let store = open_store(&cli.database_url).await?;
            let token = secret::new_machine_token();
            store
                .insert_machine_credential(kind, &name, &secret::token_hash(&token))
                .await?;
            store
                .record_audit(&NewAuditEntry {
                    actor_admin_id: None,
                    actor_email: CLI_ACTOR,
                    actor_org_id: None,
                    org_id: None,
                    action: "machine_credential_created",
                    detail: &format!("{} ({name})", kind.as_str()),
                })
                .await?;
            println!("{token}");
            eprintln!(
                "This credential is shown only now. Use it as `Authorization: Bearer <token>`."
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_demo_logins(logins: &[demo::DemoLogin]) {
    println!("Demo sign-ins (password for all: {}):", demo::DEMO_PASSWORD);
    for login in logins {
        println!("  {:<32} {}", login.email, login.role);
    }
}

async fn init(database_url: &str, partner_org: &str, admin_email: &str) -> anyhow::Result<()> {
    let name = OrgName::parse(partner_org).map_err(|e| anyhow::anyhow!("--partner-org: {e}"))?;
    let email = Email::parse(admin_email).map_err(|e| anyhow::anyhow!("--admin-email: {e}"))?;
    let store = open_store(database_url).await?;
    if store.admin_by_email(email.as_str()).await?.is_some() {
        anyhow::bail!("an admin with the email {email} exists already");
    }
    let org_id = uuid::Uuid::new_v4().to_string();
    store
        .insert_org(&NewOrg {
            id: &org_id,
            name: name.as_str(),
            is_partner: true,
            partner_id: None,
            country: None,
        })
        .await?;
    let one_time = secret::random_token(15);
    let hash = password::hash(one_time.clone()).await?;
    let admin_id = store
        .upsert_admin(&NewAdmin {
            id: &new_id(),
            email: email.as_str(),
            display_name: email.as_str(),
            password_hash: Some(&hash),
            language: "en",
        })
        .await?;
    store
        .grant_role(&admin_id, &org_id, Role::PartnerFullAdmin)
        .await?;
    store
        .record_audit(&NewAuditEntry {
            actor_admin_id: None,
            actor_email: CLI_ACTOR,
            actor_org_id: None,
            org_id: Some(&org_id),
            action: "admin_created",
            detail: email.as_str(),
        })
        .await?;
    println!("Created partner org {:?} ({org_id}).", name.as_str());
    println!("Sign in as {email} with this one-time password: {one_time}");
    Ok(())
}

/// The configuration of `serve` from its flags, environment and defaults,
/// all but the secret key (which `serve` loads, creating it if needed).
fn effective_config(database_url: String, args: &ServeArgs) -> anyhow::Result<Config> {
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
fn secret_key_file(args: &ServeArgs) -> (PathBuf, bool) {
    match std::env::var_os(server::auth::sealing::KEY_FILE_ENV).filter(|v| !v.is_empty()) {
        Some(path) => (PathBuf::from(path), true),
        None => (
            args.data_dir.join(server::auth::sealing::DEFAULT_KEY_FILE),
            false,
        ),
    }
}

async fn serve(database_url: String, args: ServeArgs) -> anyhow::Result<()> {
    let mut config = effective_config(database_url, &args)?;
    let (key_file, configured) = secret_key_file(&args);
    config.secret_key = Arc::new(
        server::auth::sealing::SecretKey::load(
            configured.then_some(key_file.as_path()),
            &args.data_dir,
        )
        .context("cannot load the secret key")?,
    );
    tracing::info!(config = ?config, "starting");

    let store = open_store(&config.database_url).await?;
    // Data written before the statistics were kept (or by an older
    // version) is searched with fresh ones from the first request.
    if let Err(error) = store.refresh_directory_statistics().await {
        tracing::warn!(%error, "could not refresh the planner's statistics");
    }
    let config = Arc::new(config);
    let mailer = Arc::new(Mailer::new(
        config.smtp_url.as_deref(),
        config.mail_dir.clone(),
        &config.mail_from,
    )?);
    // SIGTERM or Ctrl-C: one stop for the listener and every worker.
    let (stopper, stop) = server::shutdown::channel();
    tokio::spawn(async move {
        shutdown_signal().await;
        stopper.stop();
    });
    let runners = server::jobs::RunnerSettings {
        batch_rows: args.import_batch_rows,
        batch_pause: Duration::from_millis(args.import_batch_pause_ms),
        lease_ms: config.job_lease_ms,
        stop: stop.clone(),
    };
    let idle = Duration::from_millis(500);
    let workers = vec![
        tokio::spawn(
            Dispatcher::new(store.clone(), mailer).run(Duration::from_secs(2), stop.clone()),
        ),
        tokio::spawn(
            server::jobs::ImportRunner::new(store.clone())
                .with_settings(&runners)
                .run(idle),
        ),
        tokio::spawn(
            server::jobs::DeviceImportRunner::new(Services::new(store.clone(), config.clone()))
                .with_settings(&runners)
                .run(idle),
        ),
    ];
    // Housekeeping holds no claim: it simply ends with the process.
    tokio::spawn(housekeeping(store.clone()));

    let state = AppState::new(Services::new(store.clone(), config.clone()));
    if let Some(addr) = config.metrics_addr {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| format!("cannot listen on {addr} (metrics)"))?;
        println!("Metrics are served on http://{addr}/metrics");
        let router = server::http::metrics_router(state.clone());
        tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, router).await {
                tracing::error!(%error, "the metrics listener stopped");
            }
        });
    }
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    println!("Switchboard is listening on http://{}", config.addr);
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(stop.requested_now())
    .await?;
    // The listener has drained; the workers finish their step and hand
    // their jobs back. One that does not within the bound is left to its
    // lease (its job is taken over once the lease has passed).
    let finished = tokio::time::timeout(SHUTDOWN_GRACE, async {
        for worker in workers {
            let _ = worker.await;
        }
    })
    .await;
    if finished.is_err() {
        tracing::warn!(
            grace_s = SHUTDOWN_GRACE.as_secs(),
            "a worker did not stop in time; its job resumes after its lease"
        );
    }
    store.pool().close().await;
    tracing::info!("stopped");
    Ok(())
}

/// How long the workers get to finish their step after the listener has
/// drained: longer than a batch takes, shorter than a service manager's
/// patience (systemd's default is 90 s).
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// `switchboard config check`: every setting of `serve` with its value and
/// where it came from, secrets masked, then what can be checked without
/// starting. Fails (exit 1) when a check fails.
async fn config_check(
    database_url: &str,
    args: &ServeArgs,
    matches: Option<&ArgMatches>,
) -> anyhow::Result<ExitCode> {
    let config = effective_config(database_url.to_owned(), args)?;
    let mut rows: Vec<[String; 3]> = Vec::new();
    let command = Cli::command();
    let check = command
        .find_subcommand("config")
        .and_then(|c| c.find_subcommand("check"));
    if let (Some(check), Some(matches)) = (check, matches) {
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

/// Deletes expired sessions and old throttle records every few minutes.
async fn housekeeping(store: Store) {
    loop {
        if let Err(error) = store.delete_expired_sessions().await {
            tracing::warn!(%error, "session cleanup failed");
        }
        if let Err(error) = store.prune_sign_in_failures(3_600_000).await {
            tracing::warn!(%error, "throttle cleanup failed");
        }
        tokio::time::sleep(Duration::from_secs(300)).await;
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
