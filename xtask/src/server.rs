//! The release server on a scratch database of its own, for the checks
//! that measure it from outside (`cargo xtask soak` and `cargo xtask
//! bench`): started with the demo data and credentials, reached over plain
//! HTTP on loopback, loaded with `wrk`, its memory read from `/proc`.
use std::{
    env, fs,
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering},
    },
    time::{Duration, Instant},
};

use serde_json::Value;

use crate::Result;

/// Connections each load case holds open (the issues' 100 clients).
pub const CONNECTIONS: u32 = 100;
const PARTNER_ADMIN: &str = "partner@northwind.example";
/// Seats added to each of the demo's license pools, for imported users.
const LICENSE_ROOM: u32 = 200_000;

pub enum Database {
    Sqlite,
    /// A server URL; a scratch database is created on it.
    Postgres(String),
}

impl Database {
    pub fn name(&self) -> &'static str {
        match self {
            Database::Sqlite => "SQLite",
            Database::Postgres(_) => "PostgreSQL",
        }
    }
}

/// The release server on its own scratch database, stopped on drop.
pub struct Server {
    child: Child,
    pub port: u16,
    /// Scratch files: the SQLite database, mail, logs, wrk scripts.
    pub dir: PathBuf,
    pub database: &'static str,
    /// What the server was started with, for a restart.
    bin: PathBuf,
    url: String,
    /// A partner full admin's API token (Northwind over every customer).
    pub token: String,
    /// Machine credentials by kind (`carrier`, `call_records`, `ordering`).
    pub credentials: Vec<(String, String)>,
    /// PostgreSQL's server URL and scratch database, dropped on drop.
    scratch: Option<(String, String)>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = fs::remove_dir_all(&self.dir);
        if let Some((base, name)) = &self.scratch {
            let _ = Command::new("psql")
                .args([base, "-q", "-c", &format!("DROP DATABASE IF EXISTS {name}")])
                .status();
        }
    }
}

/// `switchboard serve` on a free loopback port, serving the workspace's
/// `dist/`, its log in `dir/server.log`; pinned to `cpus` when given.
fn spawn(bin: &Path, url: &str, dir: &Path, cpus: Option<&str>) -> Result<(Child, u16)> {
    let port = TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| format!("no free port: {e}"))?
        .port();
    let log = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("server.log"))
        .map_err(|e| format!("cannot open the server log: {e}"))?;
    let mut command = match cpus {
        Some(cpus) => {
            let mut taskset = Command::new("taskset");
            taskset.args(["--cpu-list", cpus]).arg(bin);
            taskset
        }
        None => Command::new(bin),
    };
    let child = command
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .arg("--dist")
        .arg(crate::root().join("dist"))
        .env("DATABASE_URL", url)
        .env("SWITCHBOARD_DATA_DIR", dir)
        .env("SWITCHBOARD_MAIL_DIR", dir.join("mail"))
        .env("SWITCHBOARD_LOG", "warn")
        // The browser benchmarks sign in over plain HTTP on loopback.
        .env("SWITCHBOARD_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    Ok((child, port))
}

impl Server {
    /// A fresh database with the demo data (its license pools raised by
    /// [`LICENSE_ROOM`]), an API token and machine credentials, and the
    /// server on a free port, ready.
    pub fn start(bin: &Path, database: &Database) -> Result<Server> {
        let dir = env::temp_dir().join(format!(
            "switchboard-xtask-{}-{}",
            std::process::id(),
            database.name()
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let (url, scratch) = match database {
            Database::Sqlite => (format!("sqlite://{}/soak.db", dir.display()), None),
            Database::Postgres(base) => {
                let (url, name) = scratch_postgres(base)?;
                (url, Some((base.clone(), name)))
            }
        };
        let run = |args: &[&str]| -> Result<String> {
            let output = Command::new(bin)
                .args(args)
                .env("DATABASE_URL", &url)
                .env("SWITCHBOARD_DATA_DIR", &dir)
                .output()
                .map_err(|e| format!("switchboard {args:?}: {e}"))?;
            if output.status.success() {
                Ok(String::from_utf8_lossy(&output.stdout).into_owned())
            } else {
                Err(format!(
                    "switchboard {args:?}: {}",
                    String::from_utf8_lossy(&output.stderr)
                ))
            }
        };
        run(&["migrate"])?;
        run(&["demo"])?;
        // The demo's license pools hold a few hundred seats; the imported
        // users need up to a hundred thousand more.
        let raise =
            format!("UPDATE subscription_licenses SET quantity = quantity + {LICENSE_ROOM}");
        let raised = match database {
            Database::Sqlite => Command::new("sqlite3")
                .arg(dir.join("soak.db"))
                .arg(&raise)
                .status(),
            Database::Postgres(_) => Command::new("psql")
                .args([url.as_str(), "-q", "-c", &raise])
                .status(),
        };
        if !raised.is_ok_and(|s| s.success()) {
            return Err("could not raise the demo's license pools".into());
        }
        let token = secret_in(&run(&["token", "create", "--admin-email", PARTNER_ADMIN])?)?;
        let mut credentials = Vec::new();
        for kind in ["carrier", "call_records", "ordering"] {
            let printed = run(&["credential", "create", "--kind", kind, "--name", "soak"])?;
            credentials.push((kind.to_owned(), secret_in(&printed)?));
        }
        let (child, port) = spawn(bin, &url, &dir, None)?;
        let server = Server {
            child,
            port,
            dir,
            database: database.name(),
            bin: bin.to_path_buf(),
            url,
            token,
            credentials,
            scratch,
        };
        server.wait_ready()?;
        Ok(server)
    }

    /// Stops the server and starts it again on the same database, on the
    /// CPUs `cpus` names (`taskset`'s list, e.g. `"0"`) or on any.
    pub fn restart(&mut self, cpus: Option<&str>) -> Result {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let (child, port) = spawn(&self.bin, &self.url, &self.dir, cpus)?;
        self.child = child;
        self.port = port;
        self.wait_ready()
    }

    fn wait_ready(&self) -> Result {
        let deadline = Instant::now() + Duration::from_secs(60);
        while self.get("/readyz", None).map(|r| r.0) != Ok(200) {
            if Instant::now() > deadline {
                return Err("the server did not become ready in 60 s".into());
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        Ok(())
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Resident memory in KiB (`VmRSS`).
    pub fn rss_kib(&self) -> u64 {
        rss_kib_of(self.child.id())
    }

    pub fn get(&self, path: &str, token: Option<&str>) -> Result<(u16, String)> {
        http(self.port, "GET", path, token, None)
    }

    /// A JSON answer with the expected status, or why not.
    pub fn json(
        &self,
        method: &str,
        path: &str,
        body: Option<(&str, &[u8])>,
        expect: u16,
    ) -> Result<Value> {
        let (status, text) = http(self.port, method, path, Some(&self.token), body)?;
        if status != expect {
            return Err(format!(
                "{method} {path}: {status}, expected {expect}: {text}"
            ));
        }
        serde_json::from_str(&text).map_err(|e| format!("{method} {path}: not JSON ({e})"))
    }

    pub fn org_id(&self, name: &str) -> Result<String> {
        let list = self.json("GET", "/api/v1/organizations", None, 200)?;
        list["items"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|o| o["displayName"] == name)
            .and_then(|o| o["id"].as_str())
            .map(str::to_owned)
            .ok_or_else(|| format!("no organization {name:?} in the demo data"))
    }
}

/// A process's resident memory in KiB (`VmRSS`), 0 once it is gone.
fn rss_kib_of(pid: u32) -> u64 {
    fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmRSS:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// The long random word `switchboard token|credential create` prints.
pub fn secret_in(printed: &str) -> Result<String> {
    printed
        .split_whitespace()
        .find(|w| w.len() >= 32)
        .map(str::to_owned)
        .ok_or_else(|| format!("no secret in {printed:?}"))
}

/// A scratch database on the PostgreSQL server `base` names: its URL and
/// name.
fn scratch_postgres(base: &str) -> Result<(String, String)> {
    let name = format!("switchboard_soak_{}", std::process::id());
    let admin = Command::new("psql")
        .args([base, "-q", "-c", &format!("DROP DATABASE IF EXISTS {name}")])
        .status()
        .and_then(|_| {
            Command::new("psql")
                .args([base, "-q", "-c", &format!("CREATE DATABASE {name}")])
                .status()
        })
        .map_err(|e| format!("psql: {e}"))?;
    if !admin.success() {
        return Err(format!("psql could not create the database {name}"));
    }
    let (server, _) = base
        .rsplit_once('/')
        .ok_or_else(|| format!("{base} names no database"))?;
    Ok((format!("{server}/{name}"), name))
}

/// Makes each upload's `Idempotency-Key` its own.
static NEXT_KEY: AtomicU64 = AtomicU64::new(0);

/// One request over a fresh connection (loopback, HTTP/1.1, `Connection:
/// close`): the status and the body.
pub fn http(
    port: u16,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<(&str, &[u8])>,
) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .map_err(|e| e.to_string())?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\
         Accept: application/json\r\n"
    );
    if let Some(token) = token {
        head.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    let (content_type, bytes) = body.unwrap_or(("", b""));
    if body.is_some() {
        head.push_str(&format!(
            "Content-Type: {content_type}\r\nIdempotency-Key: soak-{}-{}\r\n",
            std::process::id(),
            NEXT_KEY.fetch_add(1, Ordering::Relaxed)
        ));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", bytes.len()));
    stream
        .write_all(head.as_bytes())
        .and_then(|_| stream.write_all(bytes))
        .map_err(|e| format!("{method} {path}: {e}"))?;
    let mut answer = Vec::new();
    stream
        .read_to_end(&mut answer)
        .map_err(|e| format!("{method} {path}: {e}"))?;
    let answer = String::from_utf8_lossy(&answer);
    let (head, body) = answer.split_once("\r\n\r\n").unwrap_or((&answer, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("{method} {path}: no status in {head:?}"))?;
    let chunked = head
        .lines()
        .any(|l| l.eq_ignore_ascii_case("transfer-encoding: chunked"));
    Ok((status, if chunked { dechunk(body) } else { body.into() }))
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

/// Imports `count` generated people (`{prefix}.user{n}@…`) into `org`
/// through the REST API (upload, apply, wait), so search has work to do:
/// the applied rows and how long the import took from upload to done.
pub fn seed_users(
    server: &Server,
    org: &str,
    count: usize,
    prefix: &str,
) -> Result<(u64, Duration)> {
    let started = Instant::now();
    let template = server
        .get("/api/v1/imports/users/template", None)?
        .1
        .trim()
        .to_owned();
    let columns = template.split(',').count();
    let column = |name: &str| {
        template
            .split(',')
            .position(|c| c == name)
            .ok_or_else(|| format!("the users template has no {name} column"))
    };
    // A meetings package (no calling: no numbers or extensions needed) on
    // the demo's Webex site.
    let (meetings, site) = (column("Webex Meetings")?, column("Preferred Webex Site")?);
    // Every flag column (from Jabber Calling on) must say TRUE or FALSE.
    let first_flag = column("Jabber Calling")?;
    const FIRST: &[&str] = &[
        "Alex", "Anna", "Bjørn", "Carla", "David", "Elena", "Farah", "Hiro", "Ioana", "Jonas",
        "Kari", "Liam", "Maria", "Nils", "Olga", "Quinn", "Rosa", "Sven", "Vera", "Wei",
    ];
    const LAST: &[&str] = &[
        "Andersen", "Bianchi", "Costa", "Dumitru", "Eriksen", "Fischer", "Garcia", "Hansen",
        "Ivanova", "Kowalski", "Larsen", "Moreau", "Nielsen", "Olsen", "Popescu", "Rossi", "Smith",
        "Taylor", "Volkov", "Young",
    ];
    let mut csv = template.clone();
    for i in 0..count {
        let (first, last) = (FIRST[i % FIRST.len()], LAST[(i / FIRST.len()) % LAST.len()]);
        let mut row = vec![String::new(); columns];
        row[first_flag..].fill("FALSE".into());
        // Email addresses are ASCII; the names need not be.
        row[0] = format!("{prefix}.user{i}@archerfarms.example");
        row[1] = first.into();
        row[2] = last.into();
        row[meetings] = "TRUE".into();
        row[site] = "acme".into();
        csv.push_str("\r\n");
        csv.push_str(&row.join(","));
    }
    let check = server.json(
        "POST",
        &format!("/api/v1/organizations/{org}/imports/users?fileName={prefix}.csv"),
        Some(("text/csv", csv.as_bytes())),
        201,
    )?;
    if check["errors"].as_u64() != Some(0) {
        let findings = check["findings"].as_array().cloned().unwrap_or_default();
        return Err(format!(
            "the generated users file has {} errors, first: {:?}",
            check["errors"],
            findings
                .iter()
                .take(3)
                .map(Value::to_string)
                .collect::<Vec<_>>()
        ));
    }
    let id = check["job"]["id"]
        .as_str()
        .ok_or("no import id")?
        .to_owned();
    server.json(
        "POST",
        &format!("/api/v1/imports/{id}/apply"),
        Some(("application/json", b"{}")),
        202,
    )?;
    let deadline = Instant::now() + Duration::from_secs(600);
    loop {
        let job = server.json("GET", &format!("/api/v1/imports/{id}"), None, 200)?;
        match job["status"].as_str() {
            Some("done") => {
                return Ok((job["appliedRows"].as_u64().unwrap_or(0), started.elapsed()));
            }
            Some("failed") => return Err(format!("the users import failed: {}", job["failure"])),
            _ if Instant::now() > deadline => {
                return Err("the users import took over 10 minutes".into());
            }
            _ => std::thread::sleep(Duration::from_millis(500)),
        }
    }
}

#[derive(Default, Debug)]
pub struct Figures {
    pub requests: u64,
    pub ok: u64,
    pub limited: u64,
    pub other: u64,
    pub socket_errors: u64,
    pub p50_us: u64,
    pub p99_us: u64,
    pub duration_us: u64,
    /// The server's largest resident memory seen during the load, KiB.
    pub peak_rss_kib: u64,
}

impl Figures {
    pub fn per_second(&self) -> f64 {
        self.requests as f64 / (self.duration_us.max(1) as f64 / 1e6)
    }
}

/// How a load case runs: for how long, with how many connections, and
/// on which CPUs wrk itself runs (`taskset`'s list) when pinned.
pub struct Load<'a> {
    pub seconds: u32,
    pub connections: u32,
    pub cpus: Option<&'a str>,
}

impl Load<'_> {
    /// The issues' load: [`CONNECTIONS`] clients on any CPU.
    pub fn clients(seconds: u32) -> Load<'static> {
        Load {
            seconds,
            connections: CONNECTIONS,
            cpus: None,
        }
    }
}

/// The wrk script line that sends `token` with every request.
pub fn bearer(token: &str) -> String {
    format!("wrk.headers[\"Authorization\"] = \"Bearer {token}\"\n")
}

/// A wrk script searching `org`'s users list (the users page's own
/// request) for a rotating set of words: common prefixes, whole names,
/// two words and one without a match.
pub fn users_search_script(token: &str, org: &str) -> String {
    format!(
        "{}local words = {{\"an\", \"smith\", \"maria\", \"ols\", \"ha\", \"kowalski\", \
         \"e\", \"jonas ros\", \"vera\", \"blake\"}}\n\
         local n = 0\n\
         request = function()\n\
           n = n + 1\n\
           return wrk.format(\"GET\", \"/api/v1/people?orgId={org}&search=\" .. \
         words[n % #words + 1]:gsub(\" \", \"%%20\"))\n\
         end\n",
        bearer(token)
    )
}

/// Counts statuses per thread in `response()`, and sums the threads in
/// `done()` (each wrk thread has its own Lua state), printing one line the
/// xtask reads back.
const COUNTING: &str = r#"
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) ok = 0; limited = 0; other = 0 end
function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1
  elseif status == 429 then limited = limited + 1
  else other = other + 1 end
end
function done(summary, latency, requests)
  local o, l, e = 0, 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok"); l = l + t:get("limited"); e = e + t:get("other")
  end
  local s = summary.errors
  io.write(string.format(
    "SOAK requests=%d ok=%d limited=%d other=%d socket_errors=%d p50_us=%d p99_us=%d duration_us=%d\n",
    summary.requests, o, l, e, s.connect + s.read + s.write + s.timeout,
    latency:percentile(50), latency:percentile(99), summary.duration))
end
"#;

/// Runs `wrk` with `script` (plus the status counting) against the
/// server, sampling the server's memory while it runs.
pub fn wrk(server: &Server, name: &str, script: &str, load: &Load) -> Result<Figures> {
    let Load {
        seconds,
        connections,
        cpus,
    } = *load;
    println!("\n==> load: {name}, {connections} connections for {seconds} s");
    let file = server
        .dir
        .join(format!("{}.lua", name.replace([' ', '/'], "-")));
    fs::write(&file, format!("{script}{COUNTING}"))
        .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
    let mut command = match cpus {
        Some(cpus) => {
            let mut taskset = Command::new("taskset");
            taskset.args(["--cpu-list", cpus, "wrk"]);
            taskset
        }
        None => Command::new("wrk"),
    };
    let (stop, peak) = (
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicU64::new(0)),
    );
    let sampler = {
        let (stop, peak, pid) = (stop.clone(), peak.clone(), server.child.id());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                peak.fetch_max(rss_kib_of(pid), Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    let output = command
        .args([
            "--threads",
            "2",
            "--connections",
            &connections.to_string(),
            "--duration",
            &format!("{seconds}s"),
            // Sign-in hashes on two cores: answers may take seconds, which
            // is slow, not an error.
            "--timeout",
            "60s",
            "--latency",
            "--script",
        ])
        .arg(&file)
        .arg(format!("{}/", server.base()))
        .output();
    stop.store(true, Ordering::Relaxed);
    let _ = sampler.join();
    let output = output.map_err(|e| format!("cannot run wrk: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    print!("{text}");
    if !output.status.success() {
        return Err(format!(
            "wrk failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("SOAK "))
        .ok_or("wrk printed no figures")?;
    let mut figures = Figures {
        peak_rss_kib: peak.load(Ordering::Relaxed),
        ..Figures::default()
    };
    for pair in line.split_whitespace() {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        let value: u64 = value.parse().unwrap_or(0);
        match key {
            "requests" => figures.requests = value,
            "ok" => figures.ok = value,
            "limited" => figures.limited = value,
            "other" => figures.other = value,
            "socket_errors" => figures.socket_errors = value,
            "p50_us" => figures.p50_us = value,
            "p99_us" => figures.p99_us = value,
            "duration_us" => figures.duration_us = value.max(1),
            _ => {}
        }
    }
    Ok(figures)
}
