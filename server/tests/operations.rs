//! Issue 11: running Switchboard for real. The binary stops cleanly on
//! SIGTERM and hands its running import to the next process at once
//! (11.2); `/metrics` is scraped with its token or on its own address
//! (11.3) and traces reach an OTLP collector when one is configured; a
//! backup taken while writes go on restores every row committed
//! before it (11.4); a database newer than the binary is refused (11.5);
//! `config check` prints every setting with its secrets masked (11.6).
//! The real `switchboard` binary runs as its own process, on SQLite and,
//! with `SWITCHBOARD_TEST_PG`, PostgreSQL.
mod common;

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::{TcpListener, TcpStream},
    process::Command,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, AtomicI64, Ordering},
    },
    time::{Duration, Instant},
};

use common::{
    TestDb,
    process::{BIN, Served, api_token, free_port, http, switchboard},
};
use domain::users_csv::{UserColumn, template_header};
use server::{
    demo::demo_id,
    store::{ImportStatus, NewAuditEntry, Store},
};
use sqlx::Row;

const ADMIN: &str = "admin@archerfarms.example";
const PATIENCE: Duration = Duration::from_secs(120);

/// `rows` new Meetings users whose emails start with `prefix`.
fn meetings_csv(prefix: &str, rows: usize) -> String {
    let mut text = template_header();
    for n in 0..rows {
        let cells: Vec<String> = UserColumn::ALL
            .iter()
            .map(|column| match column {
                UserColumn::Email => format!("{prefix}{n:05}@archerfarms.example"),
                UserColumn::FirstName => "Test".to_owned(),
                UserColumn::LastName => format!("User {n}"),
                UserColumn::PreferredWebexSite => "archerfarms".to_owned(),
                UserColumn::WebexMeetings => "TRUE".to_owned(),
                column
                    if column.package_key().is_some() || UserColumn::SERVICES.contains(column) =>
                {
                    "FALSE".to_owned()
                }
                UserColumn::JabberCalling | UserColumn::JabberWithWebexTeams => "FALSE".to_owned(),
                _ => String::new(),
            })
            .collect();
        text.push_str("\r\n");
        text.push_str(&cells.join(","));
    }
    text
}

/// Uploads a users CSV over the REST API and applies it: the job's id.
fn import(port: u16, token: &str, csv: &str, key: &str) -> String {
    let bearer = format!("Bearer {token}");
    let path = format!(
        "/api/v1/organizations/{}/imports/users?mode=add_and_remove_services&fileName={key}.csv",
        demo_id("archer")
    );
    let (status, body) = http(
        port,
        "POST",
        &path,
        &[
            ("Authorization", &bearer),
            ("Content-Type", "text/csv"),
            ("Idempotency-Key", key),
        ],
        csv.as_bytes(),
    );
    assert_eq!(status, 201, "upload: {body}");
    let check: serde_json::Value = serde_json::from_str(&body).expect("the upload's JSON");
    assert_eq!(
        check["errors"].as_u64(),
        Some(0),
        "the file has errors: {}",
        body.chars().take(600).collect::<String>()
    );
    let id = check["job"]["id"].as_str().expect("a job id").to_owned();
    let (status, body) = http(
        port,
        "POST",
        &format!("/api/v1/imports/{id}/apply"),
        &[
            ("Authorization", &bearer),
            ("Content-Type", "application/json"),
        ],
        br#"{"mode":"add_and_remove_services","allOrNothing":false}"#,
    );
    assert_eq!(status, 202, "apply: {body}");
    id
}

/// The demo data, room in Archer Farms' license pools for the imports,
/// and an API token of its admin.
async fn demo(db: &TestDb, data: &std::path::Path) -> String {
    switchboard(&db.url, data, &["demo"]);
    sqlx::query(
        "UPDATE subscription_licenses SET quantity = 1000000
         WHERE subscription_id IN (SELECT id FROM subscriptions WHERE org_id = $1)",
    )
    .bind(demo_id("archer"))
    .execute(db.store.pool())
    .await
    .expect("grow the pools");
    api_token(&db.url, data, ADMIN)
}

/// Polls the import until `done` says so, or fails after `PATIENCE`.
async fn wait_for_import(
    store: &Store,
    id: &str,
    what: &str,
    done: impl Fn(&server::store::ImportRecord) -> bool,
) -> server::store::ImportRecord {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let job = store.import(id).await.unwrap().expect("the import");
        if done(&job) {
            return job;
        }
        assert!(Instant::now() < deadline, "{what}: {job:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// 11.2: SIGTERM in the middle of an import. The process finishes its
/// batch, gives the job back (its lease ends at once, though it was set to
/// ten minutes) and exits 0; the next process takes the job over at once
/// and applies every row exactly once.
#[tokio::test(flavor = "multi_thread")]
async fn sigterm_finishes_the_batch_hands_the_import_back_and_exits() {
    for db in TestDb::all().await {
        let data = tempfile::tempdir().unwrap();
        let token = demo(&db, data.path()).await;
        let slow = [
            ("SWITCHBOARD_IMPORT_BATCH_ROWS", "100"),
            ("SWITCHBOARD_IMPORT_BATCH_PAUSE_MS", "150"),
            ("SWITCHBOARD_JOB_LEASE_MS", "600000"),
        ];
        let mut first = Served::start(&db.url, data.path(), &slow);
        first.wait_ready(PATIENCE).unwrap();
        let rows = 3_000;
        let id = import(first.port, &token, &meetings_csv("term", rows), "sigterm");
        let prefix = first.worker_prefix();
        let claimed_by = |store: &Store, id: &str| {
            let (store, id) = (store.clone(), id.to_owned());
            async move {
                sqlx::query("SELECT claimed_by, claimed_until FROM imports WHERE id = $1")
                    .bind(id)
                    .fetch_one(store.pool())
                    .await
                    .map(|row| {
                        (
                            row.get::<Option<String>, _>("claimed_by"),
                            row.get::<Option<i64>, _>("claimed_until"),
                        )
                    })
                    .unwrap()
            }
        };
        wait_for_import(&db.store, &id, "some batches applied", |job| {
            job.done_rows >= 300
        })
        .await;
        assert!(
            claimed_by(&db.store, &id)
                .await
                .0
                .is_some_and(|w| w.starts_with(&prefix)),
            "{}: the first process holds the job",
            db.label()
        );
        first.terminate();
        let exit = first.wait_exit(Duration::from_secs(30));
        assert!(
            exit.is_some_and(|status| status.success()),
            "{}: after SIGTERM the process exits 0 by itself ({exit:?}); its log:\n{}",
            db.label(),
            first.log_tail(30)
        );
        let job = db.store.import(&id).await.unwrap().unwrap();
        assert_eq!(job.status, ImportStatus::Running, "{}", db.label());
        assert!(job.done_rows < rows as i64, "{}: {job:?}", db.label());
        let (_, until) = claimed_by(&db.store, &id).await;
        assert!(
            until.is_some_and(|until| until <= server::store::now_ms()),
            "{}: the lease ended at the hand-back ({until:?})",
            db.label()
        );
        // The next process takes it over at once: far within the lease.
        let second = Served::start(
            &db.url,
            data.path(),
            &[("SWITCHBOARD_JOB_LEASE_MS", "600000")],
        );
        second.wait_ready(PATIENCE).unwrap();
        let job = wait_for_import(&db.store, &id, "the import ends", |job| {
            job.status == ImportStatus::Done
        })
        .await;
        assert_eq!(job.applied_rows, rows as i64, "{}: {job:?}", db.label());
        let users: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM users WHERE org_id = $1 AND email LIKE 'term%'",
        )
        .bind(demo_id("archer"))
        .fetch_one(db.store.pool())
        .await
        .unwrap();
        assert_eq!(users, rows as i64, "{}: every row once", db.label());
        drop(second);
        db.close().await;
    }
}

/// 11.3: `/metrics` on the portal's address wants its bearer token; on
/// the separate metrics address it wants nothing. Requests are counted by
/// route template, and the queues come from the database.
#[tokio::test(flavor = "multi_thread")]
async fn metrics_need_their_token_on_the_portal_and_nothing_on_their_own_address() {
    for db in TestDb::all().await {
        let data = tempfile::tempdir().unwrap();
        switchboard(&db.url, data.path(), &["demo"]);
        let token = api_token(&db.url, data.path(), ADMIN);
        let metrics_port = free_port();
        let metrics_addr = format!("127.0.0.1:{metrics_port}");
        let server = Served::start(
            &db.url,
            data.path(),
            &[
                ("SWITCHBOARD_METRICS_TOKEN", "scrape-me-7f3a9c"),
                ("SWITCHBOARD_METRICS_ADDR", &metrics_addr),
            ],
        );
        server.wait_ready(PATIENCE).unwrap();
        let bearer = format!("Bearer {token}");
        let people = format!("/api/v1/people?orgId={}&search=ann", demo_id("archer"));
        assert_eq!(
            http(
                server.port,
                "GET",
                &people,
                &[("Authorization", &bearer)],
                b""
            )
            .0,
            200
        );
        let (status, _) = http(server.port, "GET", "/metrics", &[], b"");
        assert_eq!(status, 401, "{}: no token", db.label());
        let (status, _) = http(
            server.port,
            "GET",
            "/metrics",
            &[("Authorization", "Bearer not-the-token")],
            b"",
        );
        assert_eq!(status, 401, "{}: a wrong token", db.label());
        let (status, text) = http(
            server.port,
            "GET",
            "/metrics",
            &[("Authorization", "Bearer scrape-me-7f3a9c")],
            b"",
        );
        assert_eq!(status, 200, "{}: {text}", db.label());
        for expected in [
            "switchboard_http_requests_total{route=\"/readyz\",method=\"GET\",status=\"200\"}",
            "switchboard_http_requests_total{route=\"/api/v1/people\",method=\"GET\",status=\"200\"} 1",
            "switchboard_http_request_duration_seconds_bucket{route=\"/api/v1/people\",le=\"+Inf\"} 1",
            "switchboard_queue_depth{queue=\"users_import\"} 0",
            "switchboard_queue_oldest_age_seconds{queue=\"email\"}",
            "# TYPE switchboard_jobs gauge",
            "switchboard_emails_total{outcome=\"sent\"}",
        ] {
            assert!(
                text.contains(expected),
                "{}: {expected} missing from:\n{text}",
                db.label()
            );
        }
        assert!(
            !text.contains("search=ann"),
            "raw paths never become labels"
        );
        let (status, private) = http(metrics_port, "GET", "/metrics", &[], b"");
        assert_eq!(status, 200, "{}: the private address", db.label());
        assert!(private.contains("switchboard_queue_depth"));
        let (status, _) = http(metrics_port, "GET", "/readyz", &[], b"");
        assert_eq!(status, 404, "the metrics address serves metrics only");
        drop(server);
        db.close().await;
    }
}

/// 11.4: `switchboard backup` runs while another process writes. The copy
/// holds every row committed before the backup began, `restore` puts it in
/// place of a database (only with `--replace` over an existing one), and
/// the restored database opens and migrates.
#[tokio::test(flavor = "multi_thread")]
async fn a_backup_taken_during_writes_restores_every_row_committed_before_it() {
    let db = TestDb::sqlite().await;
    let data = tempfile::tempdir().unwrap();
    let committed = Arc::new(AtomicI64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = tokio::spawn({
        let (store, committed, stop) = (db.store.clone(), committed.clone(), stop.clone());
        async move {
            let mut n = 0i64;
            while !stop.load(Ordering::SeqCst) {
                n += 1;
                store
                    .record_audit(&NewAuditEntry {
                        actor_admin_id: None,
                        actor_email: "writer",
                        actor_org_id: None,
                        org_id: None,
                        action: "backup_probe",
                        detail: &n.to_string(),
                    })
                    .await
                    .unwrap();
                committed.store(n, Ordering::SeqCst);
            }
            n
        }
    });
    while committed.load(Ordering::SeqCst) < 200 {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let before = committed.load(Ordering::SeqCst);
    let backup = data.path().join("backups/switchboard-1.db");
    let printed = tokio::task::spawn_blocking({
        let (url, data, backup) = (db.url.clone(), data.path().to_owned(), backup.clone());
        move || switchboard(&url, &data, &["backup", "--to", backup.to_str().unwrap()])
    })
    .await
    .unwrap();
    let after_backup = committed.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(100)).await;
    stop.store(true, Ordering::SeqCst);
    let written = writer.await.unwrap();
    assert!(printed.contains("backed up to"), "{printed}");
    assert!(
        written > after_backup && after_backup > before,
        "writes went on during and after the backup ({before}, {after_backup}, {written})"
    );
    // A second backup to the same file is refused: a backup never
    // overwrites.
    let again = Command::new(BIN)
        .args(["backup", "--to", backup.to_str().unwrap()])
        .env("DATABASE_URL", &db.url)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("exists already"));

    // Restore into a database that exists: only with --replace.
    let restored = tempfile::tempdir().unwrap();
    let restored_url = format!("sqlite://{}/restored.db", restored.path().display());
    switchboard(&restored_url, restored.path(), &["migrate"]);
    let refused = Command::new(BIN)
        .args(["restore", "--from", backup.to_str().unwrap()])
        .env("DATABASE_URL", &restored_url)
        .output()
        .unwrap();
    assert!(
        !refused.status.success(),
        "restore over a database without --replace"
    );
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--replace"));
    switchboard(
        &restored_url,
        restored.path(),
        &["restore", "--from", backup.to_str().unwrap(), "--replace"],
    );
    let store = Store::connect(&restored_url).await.unwrap();
    store.migrate().await.unwrap();
    let probes: Vec<String> =
        sqlx::query_scalar("SELECT detail FROM audit_log WHERE action = 'backup_probe'")
            .fetch_all(store.pool())
            .await
            .unwrap();
    let probes: std::collections::HashSet<i64> =
        probes.iter().map(|d| d.parse().unwrap()).collect();
    let missing: Vec<i64> = (1..=before).filter(|n| !probes.contains(n)).collect();
    assert!(
        missing.is_empty(),
        "rows committed before the backup are missing: {missing:?}"
    );
    // The copy is one transaction's view: no gaps in what it holds.
    let most = probes.iter().copied().max().unwrap_or_default();
    assert_eq!(
        probes.len() as i64,
        most,
        "a consistent prefix of the writes"
    );
    let integrity: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(integrity, "ok");
    store.pool().close().await;
    // PostgreSQL is backed up with pg_dump: the command says so.
    if let Some(pg) = TestDb::postgres().await {
        let output = Command::new(BIN)
            .args([
                "backup",
                "--to",
                data.path().join("pg.db").to_str().unwrap(),
            ])
            .env("DATABASE_URL", &pg.url)
            .output()
            .unwrap();
        assert!(!output.status.success());
        assert!(String::from_utf8_lossy(&output.stderr).contains("pg_dump"));
        pg.close().await;
    }
    db.close().await;
}

/// 11.5: a database migrated by a newer switchboard is refused at start,
/// with a message that says what to do, and nothing is changed.
#[tokio::test(flavor = "multi_thread")]
async fn serve_refuses_a_database_newer_than_itself() {
    for db in TestDb::all().await {
        sqlx::query(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)",
        )
        .execute(db.store.pool())
        .await
        .unwrap();
        let data = tempfile::tempdir().unwrap();
        let output = Command::new(BIN)
            .args(["serve", "--addr", &format!("127.0.0.1:{}", free_port())])
            .env("DATABASE_URL", &db.url)
            .env("SWITCHBOARD_DATA_DIR", data.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{}", db.label());
        assert!(
            stderr.contains("schema is version 999, newer than this switchboard"),
            "{}: {stderr}",
            db.label()
        );
        db.close().await;
    }
}

/// 11.6: `config check` lists every flag with its value and source, and
/// masks every secret (a database or SMTP password, the metrics token).
#[test]
fn config_check_prints_every_setting_and_masks_the_secrets() {
    let data = tempfile::tempdir().unwrap();
    let run = |database_url: &str| {
        Command::new(BIN)
            .args(["config", "check", "--hsts"])
            .env_clear()
            .env("DATABASE_URL", database_url)
            .env("SWITCHBOARD_DATA_DIR", data.path())
            .env("SMTP_URL", "smtp://mailer:hunter2@mail.example:25")
            .env("SWITCHBOARD_METRICS_TOKEN", "tok-3c1d-secret")
            .env("SWITCHBOARD_SESSION_HOURS", "8")
            .env(
                "OTEL_EXPORTER_OTLP_ENDPOINT",
                "http://collector:otel-pw-4@127.0.0.1:4318",
            )
            .env("OTEL_EXPORTER_OTLP_HEADERS", "x-api-key=otel-key-8d2e")
            .output()
            .unwrap()
    };
    let sqlite = run(&format!("sqlite://{}/sb.db", data.path().display()));
    let out = String::from_utf8_lossy(&sqlite.stdout);
    for expected in [
        "--addr",
        "127.0.0.1:8080",
        "--hsts",
        "command line",
        "--session-hours",
        "SWITCHBOARD_SESSION_HOURS",
        "--job-lease-ms",
        "smtp://mailer:***@mail.example:25",
        "SWITCHBOARD_METRICS_TOKEN",
        "http://collector:***@127.0.0.1:4318 (http/protobuf)",
        "OTEL_EXPORTER_OTLP_HEADERS",
        "not created yet",
    ] {
        assert!(out.contains(expected), "{expected} missing from:\n{out}");
    }
    for secret in ["hunter2", "tok-3c1d-secret", "otel-pw-4", "otel-key-8d2e"] {
        assert!(!out.contains(secret), "{secret} shown:\n{out}");
    }
    assert!(
        !data.path().join("sb.db").exists(),
        "checking creates no database"
    );
    // An unreachable database fails the check, its password masked.
    let postgres = run("postgres://app:db-pass-9@127.0.0.1:1/none");
    let out = String::from_utf8_lossy(&postgres.stdout);
    assert!(!postgres.status.success());
    assert!(
        out.contains("FAIL database postgres://app:***@127.0.0.1:1/none"),
        "{out}"
    );
    assert!(!out.contains("db-pass-9"));
}

/// One request an OTLP collector received: path, content type, body.
type Export = (String, String, Vec<u8>);

/// A stand-in OTLP/HTTP collector: keeps every request it receives and
/// answers each with an empty (valid) export response.
struct Collector {
    port: u16,
    received: Arc<Mutex<Vec<Export>>>,
}

impl Collector {
    fn start() -> Collector {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&received);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let sink = Arc::clone(&sink);
                std::thread::spawn(move || Collector::serve(stream, &sink));
            }
        });
        Collector { port, received }
    }

    /// HTTP/1.1 requests with a `content-length`, as the exporter sends.
    fn serve(stream: TcpStream, sink: &Mutex<Vec<Export>>) {
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut writer = stream;
        loop {
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
                return;
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("")
                .to_owned();
            let (mut length, mut content_type) = (0, String::new());
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                let Some((name, value)) = line.trim_end().split_once(':') else {
                    break;
                };
                match name.trim().to_ascii_lowercase().as_str() {
                    "content-length" => length = value.trim().parse().unwrap_or(0),
                    "content-type" => content_type = value.trim().to_owned(),
                    _ => {}
                }
            }
            let mut body = vec![0; length];
            if reader.read_exact(&mut body).is_err() {
                return;
            }
            sink.lock().unwrap().push((path, content_type, body));
            let answer = b"HTTP/1.1 200 OK\r\ncontent-type: application/x-protobuf\r\ncontent-length: 0\r\n\r\n";
            if writer.write_all(answer).is_err() {
                return;
            }
        }
    }

    /// What it received, the bodies' printable runs only (for a failure).
    fn printable(&self) -> String {
        let received = self.received.lock().unwrap();
        let mut out = String::new();
        for (path, content_type, body) in received.iter() {
            let text: String = body
                .iter()
                .map(|&b| {
                    if b.is_ascii_graphic() || b == b' ' {
                        b as char
                    } else {
                        '.'
                    }
                })
                .collect();
            out.push_str(&format!("{path} {content_type}: {text}\n"));
        }
        out
    }

    /// Waits for an export whose body holds every one of `needles`.
    fn wait_for(&self, needles: &[&[u8]], patience: Duration) -> Option<Export> {
        let deadline = Instant::now() + patience;
        while Instant::now() < deadline {
            let found = self
                .received
                .lock()
                .unwrap()
                .iter()
                .find(|(_, _, body)| {
                    needles
                        .iter()
                        .all(|needle| body.windows(needle.len()).any(|w| w == *needle))
                })
                .cloned();
            if found.is_some() {
                return found;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        None
    }
}

/// 11.3, traces: with `OTEL_EXPORTER_OTLP_ENDPOINT` set, a request's span
/// reaches the collector over OTLP/HTTP, named by its route template, in
/// the trace its caller's `traceparent` named, and without the query
/// (which held a search for a person). Off by default: the other tests
/// run with no endpoint and nothing listening.
#[tokio::test(flavor = "multi_thread")]
async fn a_request_span_reaches_the_otlp_collector_in_the_callers_trace() {
    let db = TestDb::sqlite().await;
    let data = tempfile::tempdir().unwrap();
    switchboard(&db.url, data.path(), &["demo"]);
    let token = api_token(&db.url, data.path(), ADMIN);
    let collector = Collector::start();
    let endpoint = format!("http://127.0.0.1:{}", collector.port);
    let mut server = Served::start(
        &db.url,
        data.path(),
        &[
            ("OTEL_EXPORTER_OTLP_ENDPOINT", &endpoint),
            ("OTEL_SERVICE_NAME", "switchboard-under-test"),
            ("OTEL_BSP_SCHEDULE_DELAY", "100"),
        ],
    );
    server.wait_ready(PATIENCE).unwrap();
    let trace_id = "4bf92f3577b34da6a3ce929d0e0e4736";
    let traceparent = format!("00-{trace_id}-00f067aa0ba902b7-01");
    let bearer = format!("Bearer {token}");
    let people = format!(
        "/api/v1/people?orgId={}&search=kowalczyk",
        demo_id("archer")
    );
    let (status, _) = http(
        server.port,
        "GET",
        &people,
        &[("Authorization", &bearer), ("traceparent", &traceparent)],
        b"",
    );
    assert_eq!(status, 200);
    let trace_id_bytes = hex::decode(trace_id).unwrap();
    let export = collector
        .wait_for(
            &[b"GET /api/v1/people", &trace_id_bytes],
            Duration::from_secs(20),
        )
        .unwrap_or_else(|| {
            panic!(
                "no span of the request reached the collector; it received:\n{}\n{}",
                collector.printable(),
                server.log_tail(30)
            )
        });
    let (path, content_type, body) = export;
    assert_eq!(path, "/v1/traces");
    assert_eq!(content_type, "application/x-protobuf");
    let contains = |needle: &[u8]| body.windows(needle.len()).any(|w| w == needle);
    assert!(contains(b"switchboard-under-test"), "the service name");
    assert!(contains(b"/api/v1/people"), "the route");
    assert!(
        !contains(b"kowalczyk"),
        "the search must not leave in a span"
    );
    server.terminate();
    assert!(server.wait_exit(PATIENCE).is_some_and(|s| s.success()));
}

/// 11.1: two `switchboard serve` processes on one PostgreSQL database. A
/// session opened on one is honoured by the other; failed sign-ins count
/// across both; queued emails are sent once between them; an import is
/// applied by one, and when that process is killed mid-import the other
/// takes it over after the lease and every row is applied exactly once.
#[tokio::test(flavor = "multi_thread")]
async fn two_replicas_on_postgresql_share_sessions_rate_limits_and_jobs() {
    let Some(db) = TestDb::postgres().await else {
        eprintln!("SWITCHBOARD_TEST_PG is not set: replicas need PostgreSQL");
        return;
    };
    let (data_a, data_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let token = demo(&db, data_a.path()).await;
    // One secret key for both (it seals SIP credentials); A makes it.
    let key_file = data_a.path().join("secret.key");
    let key = key_file.to_str().unwrap();
    let env = [
        ("SWITCHBOARD_JOB_LEASE_MS", "2000"),
        ("SWITCHBOARD_IMPORT_BATCH_ROWS", "200"),
        ("SWITCHBOARD_IMPORT_BATCH_PAUSE_MS", "100"),
    ];
    let a = Served::start(&db.url, data_a.path(), &env);
    a.wait_ready(PATIENCE).unwrap();
    let b = Served::start(
        &db.url,
        data_b.path(),
        &[env[0], env[1], env[2], ("SWITCHBOARD_SECRET_KEY_FILE", key)],
    );
    b.wait_ready(PATIENCE).unwrap();
    let function = |port: u16, name: &str, cookie: Option<&str>, body: &str| {
        let origin = format!("http://127.0.0.1:{port}");
        let cookie = cookie.map(|c| format!("__Host-switchboard_session={c}"));
        let mut headers = vec![
            ("Origin", origin.as_str()),
            ("Content-Type", "application/json"),
            ("Accept", "application/json"),
        ];
        if let Some(cookie) = &cookie {
            headers.push(("Cookie", cookie.as_str()));
        }
        common::process::http_with_head(
            port,
            "POST",
            &format!("/api/{name}"),
            &headers,
            body.as_bytes(),
        )
    };
    let sign_in = |port: u16, email: &str, password: &str| {
        function(
            port,
            "sign_in",
            None,
            &format!(r#"{{"input":{{"email":"{email}","password":"{password}"}}}}"#),
        )
    };

    // Sessions: opened on A, honoured on B.
    let (status, head, body) = sign_in(
        a.port,
        "partner@northwind.example",
        server::demo::DEMO_PASSWORD,
    );
    assert_eq!(status, 200, "{body}");
    let cookie = head
        .lines()
        .find_map(|line| {
            let lower = line.to_ascii_lowercase();
            lower
                .starts_with("set-cookie: __host-switchboard_session=")
                .then(|| {
                    line.split_once('=')
                        .map(|(_, v)| v.split(';').next().unwrap_or("").to_owned())
                })
                .flatten()
        })
        .expect("a session cookie");
    let (status, _, body) = function(b.port, "session", Some(&cookie), "{}");
    assert_eq!(status, 200, "{body}");
    assert!(
        body.contains("partner@northwind.example"),
        "B knows A's session: {body}"
    );

    // Rate limits: failures on A and B count together.
    for attempt in 0..server::services::SIGN_IN_LIMIT {
        let port = if attempt % 2 == 0 { a.port } else { b.port };
        assert_eq!(sign_in(port, ADMIN, "not-the-password").0, 401);
    }
    for port in [a.port, b.port] {
        assert_eq!(
            sign_in(port, ADMIN, server::demo::DEMO_PASSWORD).0,
            429,
            "the limit holds on both replicas"
        );
    }

    // Emails: queued once, sent once between the two dispatchers.
    let mut queued = Vec::new();
    for n in 0..40 {
        let to = format!("replica{n}@example.com");
        queued.push(
            db.store
                .enqueue_email(&server::store::NewEmail {
                    to_address: &to,
                    subject: "Replicas",
                    body_text: "Sent once.",
                    language: "en",
                })
                .await
                .unwrap(),
        );
    }
    let deadline = Instant::now() + PATIENCE;
    loop {
        let pending: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM email_outbox WHERE status <> 'sent' AND subject = 'Replicas'",
        )
        .fetch_one(db.store.pool())
        .await
        .unwrap();
        if pending == 0 {
            break;
        }
        assert!(Instant::now() < deadline, "{pending} emails not sent");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut sent: Vec<String> = Vec::new();
    for data in [&data_a, &data_b] {
        for entry in std::fs::read_dir(data.path().join("mail")).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if let Some(id) = name.strip_suffix(".eml")
                && queued.iter().any(|q| q == id)
            {
                sent.push(id.to_owned());
            }
        }
    }
    sent.sort();
    let mut expected = queued.clone();
    expected.sort();
    assert_eq!(sent, expected, "each email sent exactly once");

    // Jobs: the holder of an import dies; the other replica finishes it.
    let rows = 4_000;
    let id = import(a.port, &token, &meetings_csv("repl", rows), "replicas");
    wait_for_import(&db.store, &id, "batches applied", |job| {
        job.done_rows >= 600
    })
    .await;
    let holder: String = sqlx::query_scalar("SELECT claimed_by FROM imports WHERE id = $1")
        .bind(&id)
        .fetch_one(db.store.pool())
        .await
        .unwrap();
    let (dead, survivor) = if holder.starts_with(&a.worker_prefix()) {
        (a, b)
    } else {
        assert!(holder.starts_with(&b.worker_prefix()), "{holder}");
        (b, a)
    };
    dead.kill();
    // The survivor claims it once the lease has passed (the rest takes it
    // over a second and a half, so the claim is seen before the end).
    let deadline = Instant::now() + PATIENCE;
    loop {
        let holder: Option<String> =
            sqlx::query_scalar("SELECT claimed_by FROM imports WHERE id = $1")
                .bind(&id)
                .fetch_one(db.store.pool())
                .await
                .unwrap();
        if holder.is_some_and(|h| h.starts_with(&survivor.worker_prefix())) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the survivor never took the import over"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let job = wait_for_import(&db.store, &id, "the survivor ends the import", |job| {
        job.status == ImportStatus::Done
    })
    .await;
    assert_eq!(job.applied_rows, rows as i64, "{job:?}");
    let (users, results): (i64, i64) = (
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE org_id = $1 AND email LIKE 'repl%'")
            .bind(demo_id("archer"))
            .fetch_one(db.store.pool())
            .await
            .unwrap(),
        sqlx::query_scalar("SELECT COUNT(*) FROM import_rows WHERE import_id = $1")
            .bind(&id)
            .fetch_one(db.store.pool())
            .await
            .unwrap(),
    );
    assert_eq!(
        (users, results),
        (rows as i64, rows as i64),
        "every row exactly once"
    );
    drop(survivor);
    db.close().await;
}
