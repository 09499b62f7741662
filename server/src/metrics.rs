//! Prometheus metrics (issue 11.3). The process counts what passes
//! through it (requests by route and status, their latency, emails it
//! tried to send); the queues' depth and age come from the database at
//! scrape time, so every replica reports the same cluster-wide backlog.
//! No metrics crate: a few counters and histograms behind one mutex, held
//! for a map update per request, and the text format rendered by hand.
use std::{
    collections::BTreeMap,
    fmt::Write as _,
    sync::{LazyLock, Mutex, PoisonError},
    time::Duration,
};

use axum::http::Method;

use crate::store::{Store, StoreResult, now_ms};

/// Upper bounds of the latency histogram's buckets, in seconds.
const LATENCY_BUCKETS: [f64; 12] = [
    0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Requests that matched no route (the SPA's files, its pages, 404s).
pub const FALLBACK_ROUTE: &str = "(fallback)";

#[derive(Default)]
struct Histogram {
    /// Per bucket (not cumulative); rendered cumulatively.
    buckets: [u64; LATENCY_BUCKETS.len()],
    count: u64,
    sum_seconds: f64,
}

impl Histogram {
    fn observe(&mut self, seconds: f64) {
        if let Some(bucket) = LATENCY_BUCKETS.iter().position(|&bound| seconds <= bound) {
            self.buckets[bucket] += 1;
        }
        self.count += 1;
        self.sum_seconds += seconds;
    }
}

#[derive(Default)]
struct Counts {
    /// route → (method, status) → requests. Keyed by route first so a
    /// request finds its counters without allocating the route's name.
    requests: BTreeMap<String, BTreeMap<(&'static str, u16), u64>>,
    /// route → latency.
    latency: BTreeMap<String, Histogram>,
    /// outcome → emails.
    emails: BTreeMap<&'static str, u64>,
}

/// The process's counters.
#[derive(Default)]
pub struct Registry {
    counts: Mutex<Counts>,
}

/// What became of one attempt to send an email.
#[derive(Debug, Clone, Copy)]
pub enum EmailOutcome {
    Sent,
    Failed,
}

static REGISTRY: LazyLock<Registry> = LazyLock::new(Registry::default);

/// The process-wide registry: the HTTP layer, the mail dispatcher and the
/// scrape share it.
pub fn registry() -> &'static Registry {
    &REGISTRY
}

/// Methods as label values: the standard ones, anything else as `other`
/// (a client must not grow the label set).
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

impl Registry {
    fn counts(&self) -> std::sync::MutexGuard<'_, Counts> {
        // A panic while counting leaves valid numbers behind.
        self.counts.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// One request answered. `route` is the matched route's template (a
    /// bounded set), never the raw path.
    pub fn record_request(&self, route: &str, method: &Method, status: u16, elapsed: Duration) {
        let mut counts = self.counts();
        let key = (method_label(method), status);
        match counts.requests.get_mut(route) {
            Some(by_status) => *by_status.entry(key).or_default() += 1,
            None => {
                counts
                    .requests
                    .insert(route.to_owned(), BTreeMap::from([(key, 1)]));
            }
        }
        match counts.latency.get_mut(route) {
            Some(histogram) => histogram.observe(elapsed.as_secs_f64()),
            None => {
                let mut histogram = Histogram::default();
                histogram.observe(elapsed.as_secs_f64());
                counts.latency.insert(route.to_owned(), histogram);
            }
        }
    }

    pub fn record_email(&self, outcome: EmailOutcome) {
        let label = match outcome {
            EmailOutcome::Sent => "sent",
            EmailOutcome::Failed => "failed",
        };
        *self.counts().emails.entry(label).or_default() += 1;
    }

    /// The process's counters in the Prometheus text format.
    fn render_process(&self, out: &mut String) {
        let counts = self.counts();
        out.push_str(
            "# HELP switchboard_http_requests_total HTTP requests answered, by route template, method and status.\n\
             # TYPE switchboard_http_requests_total counter\n",
        );
        for (route, by_status) in &counts.requests {
            let route = escape(route);
            for ((method, status), n) in by_status {
                let _ = writeln!(
                    out,
                    "switchboard_http_requests_total{{route=\"{route}\",method=\"{method}\",status=\"{status}\"}} {n}"
                );
            }
        }
        out.push_str(
            "# HELP switchboard_http_request_duration_seconds Time to answer a request, by route template.\n\
             # TYPE switchboard_http_request_duration_seconds histogram\n",
        );
        for (route, histogram) in &counts.latency {
            let route = escape(route);
            let mut cumulative = 0;
            for (bound, n) in LATENCY_BUCKETS.iter().zip(histogram.buckets) {
                cumulative += n;
                let _ = writeln!(
                    out,
                    "switchboard_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {cumulative}"
                );
            }
            let _ = writeln!(
                out,
                "switchboard_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}\n\
                 switchboard_http_request_duration_seconds_sum{{route=\"{route}\"}} {}\n\
                 switchboard_http_request_duration_seconds_count{{route=\"{route}\"}} {}",
                histogram.count, histogram.sum_seconds, histogram.count
            );
        }
        out.push_str(
            "# HELP switchboard_emails_total Emails this process tried to send, by outcome (failed: will be retried or has given up).\n\
             # TYPE switchboard_emails_total counter\n",
        );
        for outcome in ["sent", "failed"] {
            let n = counts.emails.get(outcome).copied().unwrap_or_default();
            let _ = writeln!(out, "switchboard_emails_total{{outcome=\"{outcome}\"}} {n}");
        }
    }
}

/// Every metric: the process's counters, then the queues from the store.
pub async fn render(store: &Store) -> StoreResult<String> {
    let mut out = String::new();
    registry().render_process(&mut out);
    out.push_str(
        "# HELP switchboard_jobs Background jobs by queue and state, across every replica (imports by outcome: done, failed, undone; emails pending or failed, sent ones in switchboard_emails_total).\n\
         # TYPE switchboard_jobs gauge\n",
    );
    for count in store.queue_counts().await? {
        let _ = writeln!(
            out,
            "switchboard_jobs{{queue=\"{}\",status=\"{}\"}} {}",
            count.queue.as_str(),
            escape(&count.status),
            count.count
        );
    }
    let backlogs = store.queue_backlogs().await?;
    out.push_str(
        "# HELP switchboard_queue_depth Jobs waiting or being worked on, by queue.\n\
         # TYPE switchboard_queue_depth gauge\n",
    );
    for backlog in &backlogs {
        let _ = writeln!(
            out,
            "switchboard_queue_depth{{queue=\"{}\"}} {}",
            backlog.queue.as_str(),
            backlog.waiting
        );
    }
    out.push_str(
        "# HELP switchboard_queue_oldest_age_seconds Age of the oldest job waiting or being worked on, by queue (0 when none).\n\
         # TYPE switchboard_queue_oldest_age_seconds gauge\n",
    );
    let now = now_ms();
    for backlog in &backlogs {
        let age_ms = backlog
            .oldest_created_at
            .map_or(0, |created| (now - created).max(0));
        let _ = writeln!(
            out,
            "switchboard_queue_oldest_age_seconds{{queue=\"{}\"}} {}",
            backlog.queue.as_str(),
            age_ms as f64 / 1000.0
        );
    }
    Ok(out)
}

/// A label value as the text format wants it.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latency_buckets_are_rendered_cumulatively_with_count_and_sum() {
        let registry = Registry::default();
        for ms in [3, 3, 40, 20_000] {
            registry.record_request(
                "/api/v1/people",
                &Method::GET,
                200,
                Duration::from_millis(ms),
            );
        }
        let mut out = String::new();
        registry.render_process(&mut out);
        assert!(out.contains(
            "switchboard_http_requests_total{route=\"/api/v1/people\",method=\"GET\",status=\"200\"} 4"
        ));
        assert!(out.contains(
            "switchboard_http_request_duration_seconds_bucket{route=\"/api/v1/people\",le=\"0.005\"} 2"
        ));
        assert!(out.contains(
            "switchboard_http_request_duration_seconds_bucket{route=\"/api/v1/people\",le=\"0.05\"} 3"
        ));
        assert!(out.contains(
            "switchboard_http_request_duration_seconds_bucket{route=\"/api/v1/people\",le=\"10\"} 3"
        ));
        assert!(out.contains(
            "switchboard_http_request_duration_seconds_bucket{route=\"/api/v1/people\",le=\"+Inf\"} 4"
        ));
        assert!(out.contains(
            "switchboard_http_request_duration_seconds_count{route=\"/api/v1/people\"} 4"
        ));
    }

    #[test]
    fn an_unusual_method_or_a_quote_cannot_grow_or_break_the_labels() {
        let registry = Registry::default();
        let brew = Method::from_bytes(b"BREW").unwrap();
        registry.record_request("a\"b", &brew, 405, Duration::ZERO);
        let mut out = String::new();
        registry.render_process(&mut out);
        assert!(out.contains("route=\"a\\\"b\",method=\"other\",status=\"405\""));
    }
}
