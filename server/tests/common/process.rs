//! The real `switchboard` binary as its own process, for the tests that
//! need one (crash safety, memory, shutdown, replicas, backups): start it
//! on a free port, wait until it is ready, talk raw HTTP/1.1 to it, stop it
//! with SIGKILL or SIGTERM, read its resident set and its log.
use std::{
    fs::File,
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, ExitStatus, Stdio},
    time::{Duration, Instant},
};

pub const BIN: &str = env!("CARGO_BIN_EXE_switchboard");

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Runs a `switchboard` command on a database; its stdout. Fails the test
/// when the command fails.
pub fn switchboard(url: &str, data: &Path, args: &[&str]) -> String {
    let output = Command::new(BIN)
        .args(args)
        .env("DATABASE_URL", url)
        .env("SWITCHBOARD_DATA_DIR", data)
        .output()
        .expect("run switchboard");
    assert!(
        output.status.success(),
        "switchboard {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A new API token of an admin (`switchboard token create`).
pub fn api_token(url: &str, data: &Path, admin_email: &str) -> String {
    switchboard(
        url,
        data,
        &["token", "create", "--admin-email", admin_email],
    )
    .split_whitespace()
    .find(|word| word.len() >= 32)
    .expect("a token")
    .to_owned()
}

/// A running `switchboard serve`; killed when dropped.
pub struct Served {
    child: Child,
    pub port: u16,
    log: PathBuf,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Served {
    /// Starts `switchboard serve` on a free port with the database `url`,
    /// the data directory `data` (its secret key and mail) and `env` on
    /// top; its log goes to `data/server-<port>.log`.
    pub fn start(url: &str, data: &Path, env: &[(&str, &str)]) -> Served {
        let port = free_port();
        Served::start_on(
            port,
            url,
            data,
            env,
            &data.join(format!("server-{port}.log")),
        )
    }

    /// [`Served::start`] on `port`, appending its log to `log`.
    pub fn start_on(port: u16, url: &str, data: &Path, env: &[(&str, &str)], log: &Path) -> Served {
        let log = log.to_owned();
        let log_file = File::options()
            .create(true)
            .append(true)
            .open(&log)
            .expect("the server's log");
        let mut command = Command::new(BIN);
        command
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .env("DATABASE_URL", url)
            .env("SWITCHBOARD_DATA_DIR", data)
            .env("SWITCHBOARD_MAIL_DIR", data.join("mail"))
            .env("SWITCHBOARD_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(log_file);
        for (name, value) in env {
            command.env(name, value);
        }
        Served {
            child: command.spawn().expect("start the server"),
            port,
            log,
        }
    }

    /// Waits until `/readyz` answers 200.
    pub fn wait_ready(&self, patience: Duration) -> Result<(), String> {
        let deadline = Instant::now() + patience;
        while http(self.port, "GET", "/readyz", &[], b"").0 != 200 {
            if Instant::now() > deadline {
                return Err(format!(
                    "the server did not become ready; its log ends:\n{}",
                    self.log_tail(40)
                ));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(())
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The prefix of the worker ids of this process's job runners.
    pub fn worker_prefix(&self) -> String {
        format!("{}-", self.pid())
    }

    /// SIGKILL, and wait until the process is gone.
    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL the server");
        self.child.wait().expect("reap the server");
    }

    /// SIGTERM: the server should drain and exit by itself.
    pub fn terminate(&self) {
        let sent = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success(), "SIGTERM to {}", self.pid());
    }

    /// Waits for the process to exit by itself; `None` if it still runs
    /// after `patience`.
    pub fn wait_exit(&mut self, patience: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + patience;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            if Instant::now() > deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The resident set in KiB (`VmRSS` in `/proc/<pid>/status`).
    pub fn rss_kb(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .expect("the server's /proc status")
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
            .expect("VmRSS")
    }

    /// The last `lines` lines of the server's log.
    pub fn log_tail(&self, lines: usize) -> String {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let tail: Vec<&str> = log.lines().rev().take(lines).collect();
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    }
}

/// One HTTP/1.1 request on its own connection: the status (0 when the
/// connection failed) and the body, de-chunked.
pub fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String) {
    let (status, _, body) = http_with_head(port, method, path, headers, body);
    (status, body)
}

/// [`http`], with the answer's head (status line and headers) as well.
pub fn http_with_head(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String, String) {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return (0, String::new(), String::new());
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(120)));
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    if stream.write_all(head.as_bytes()).is_err() || stream.write_all(body).is_err() {
        return (0, String::new(), String::new());
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let Some((head, body)) = answer.split_once("\r\n\r\n") else {
        return (0, String::new(), answer);
    };
    let status = status_of(head);
    let chunked = head.lines().any(|l| {
        l.to_ascii_lowercase()
            .starts_with("transfer-encoding: chunked")
    });
    (
        status,
        head.to_owned(),
        if chunked {
            unchunk(body)
        } else {
            body.to_owned()
        },
    )
}

/// The status code of a raw HTTP answer (0 when there is none).
pub fn status_of(answer: &str) -> u16 {
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn unchunk(mut body: &str) -> String {
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
