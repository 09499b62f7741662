//! The SPA's files from trunk's `dist/`, with `index.html` for every other
//! page path so deep links work.
use std::path::{Path, PathBuf};

use axum::{
    body::Body,
    extract::{Request, State},
    http::{HeaderValue, Method, StatusCode, header},
    response::{Html, IntoResponse, Response},
};
use tower::ServiceExt;
use tower_http::services::ServeDir;

use super::AppState;

pub struct Spa {
    dir: PathBuf,
    index: Option<String>,
}

/// Shown when the SPA was not built, instead of a bare 404 at `/`.
const NOT_BUILT: &str = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Switchboard</title></head><body><main><h1>Switchboard</h1>\
<p>The web app has not been built. Run <code>cargo xtask run</code>.</p></main></body></html>";

impl Spa {
    pub fn load(dir: &Path) -> Spa {
        let index = std::fs::read_to_string(dir.join("index.html")).ok();
        if index.is_none() {
            tracing::warn!(dir = %dir.display(), "no index.html: the SPA is not built");
        }
        Spa {
            dir: dir.to_path_buf(),
            index,
        }
    }

    /// The bodies of `index.html`'s inline scripts (trunk's loader), for
    /// the CSP hashes.
    pub fn inline_scripts(&self) -> Vec<String> {
        self.index
            .as_deref()
            .map(inline_scripts)
            .unwrap_or_default()
    }

    fn index_response(&self) -> Response {
        let mut response =
            Html(self.index.as_deref().unwrap_or(NOT_BUILT).to_owned()).into_response();
        // The page names the hashed files of the current build: always
        // revalidate it.
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        response
    }
}

/// Inline `<script>` bodies (those without `src`) of an HTML document.
fn inline_scripts(html: &str) -> Vec<String> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..tag_end];
        rest = &rest[tag_end + 1..];
        let Some(close) = rest.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            scripts.push(rest[..close].to_owned());
        }
        rest = &rest[close..];
    }
    scripts
}

/// A path that names a file (its last segment has an extension) gets the
/// file or a 404; any other GET gets the SPA's `index.html`.
pub async fn serve(State(state): State<AppState>, request: Request) -> Response {
    let path = request.uri().path().to_owned();
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    if is_page(&path) {
        return state.spa.index_response();
    }
    let last = path.rsplit('/').next().unwrap_or_default();
    // `cargo xtask spa` writes `name.br` and `name.gz` beside each file:
    // browsers that accept them get the smaller copy, never compressed
    // again per request.
    let served = ServeDir::new(&state.spa.dir)
        .precompressed_br()
        .precompressed_gzip()
        .oneshot(request)
        .await
        .map(|r| r.map(Body::new).into_response())
        .unwrap_or_else(|_| StatusCode::NOT_FOUND.into_response());
    let mut response = served;
    if response.status().is_success() {
        // Trunk names the app's assets by their content hash: such a name
        // never changes meaning, so browsers may keep it for a year. The
        // worker's files keep their names from build to build: revalidate.
        let cache = if is_hashed(last) {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        let headers = response.headers_mut();
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        // The answer depends on Accept-Encoding (the precompressed copies):
        // a shared cache must keep one per encoding.
        headers
            .entry(header::VARY)
            .or_insert(HeaderValue::from_static("accept-encoding"));
    }
    response
}

/// Whether `path` is one of the SPA's pages rather than a file: no
/// extension in its last segment, or a *Set up service* link, whose token
/// is `payload.tag` (SUB-1) and so has a dot of its own.
fn is_page(path: &str) -> bool {
    let last = path.rsplit('/').next().unwrap_or_default();
    let setup_link = path.starts_with("/setup/") && path.matches('/').count() == 2;
    path == "/" || path.ends_with("/index.html") || !last.contains('.') || setup_link
}

/// Whether a file name carries trunk's content hash (`name-<16 hex>.ext`
/// or `name-<16 hex>_bg.wasm`).
fn is_hashed(file_name: &str) -> bool {
    let stem = file_name.split('.').next().unwrap_or_default();
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_hashed_names_are_cached_for_a_year() {
        assert!(is_hashed("switchboard-app-f90c80ebe2eb2a58.js"));
        assert!(is_hashed("switchboard-app-f90c80ebe2eb2a58_bg.wasm"));
        assert!(is_hashed("main-1afb72beeff3ac63.css"));
        assert!(!is_hashed("switchboard-worker_loader.js"));
        assert!(!is_hashed("switchboard-worker_bg.wasm"));
        assert!(!is_hashed("favicon.svg"));
    }

    #[test]
    fn a_setup_link_is_a_page_despite_the_dot_in_its_token() {
        assert!(is_page("/setup/eyJwIjoib3JkZXIifQ.K2fe-qrSFrJaL9ixLxeYog"));
        assert!(is_page("/orders/0195f3c2/setup"));
        assert!(is_page("/"));
        assert!(!is_page("/switchboard-app-f90c80ebe2eb2a58.js"));
        assert!(!is_page("/setup/a.b/c.js"));
    }

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html = r#"<html><head><script src="/a.js"></script>
<script type="module">import init from '/app.js';init();</script></head></html>"#;
        assert_eq!(
            inline_scripts(html),
            vec!["import init from '/app.js';init();".to_owned()]
        );
    }
}
