//! `switchboard`: the command line (SPEC 5.1).
mod config_cli;
mod validate_cli;

use std::{net::SocketAddr, path::PathBuf, process::ExitCode, sync::Arc, time::Duration};

use anyhow::Context;
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, parser::ValueSource};
use domain::{Email, OrgName, Role};
use server::{
    Services,
    auth::{password, secret},
    demo,
    http::{AppState, router},
    mail::{Dispatcher, Mailer},
    store::{MachineKind, NewAdmin, NewAuditEntry, NewOrg, Store, new_id},
};

use config_cli::{ServeArgs, effective_config, secret_key_file};

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

fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    // Only the portal exports traces. Set up (and shut down) outside the
    // runtime: the exporter's client and its flush at exit block.
    let serving = matches!(cli.command, Command::Serve(_));
    let telemetry = match server::telemetry::init(&cli.log_format, serving) {
        Ok(telemetry) => telemetry,
        Err(error) => {
            eprintln!("switchboard: {error:#}");
            return ExitCode::FAILURE;
        }
    };
    let ran = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
        .and_then(|runtime| runtime.block_on(run(cli, &matches)));
    telemetry.shutdown();
    match ran {
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
            let command = Cli::command();
            let check = command
                .find_subcommand("config")
                .and_then(|c| c.find_subcommand("check"));
            return config_cli::check(&cli.database_url, &args, check.zip(sources)).await;
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
        stop: stop.clone(),
        ..Default::default()
    }
    .with_batches(
        args.import_batch_rows,
        Duration::from_millis(args.import_batch_pause_ms),
    )
    .with_lease(config.job_lease_ms);
    let idle = Duration::from_millis(500);
    let workers = vec![
        tokio::spawn(
            Dispatcher::new(store.clone(), mailer).run(Duration::from_secs(2), stop.clone()),
        ),
        tokio::spawn(
            server::jobs::ImportRunner::new(store.clone())
                .with_settings(runners.clone())
                .run(idle),
        ),
        tokio::spawn(
            server::jobs::DeviceImportRunner::new(Services::new(store.clone(), config.clone()))
                .with_settings(runners)
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
