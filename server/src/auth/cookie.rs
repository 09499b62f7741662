//! The session cookie.
//!
//! By default `__Host-switchboard_session`, `Secure; HttpOnly;
//! SameSite=Strict; Path=/`: the `__Host-` prefix makes browsers refuse it
//! from any subdomain or without `Secure`. Browsers treat `http://localhost`
//! and `http://127.0.0.1` as secure, so this works for local use without
//! TLS. Only a deployment served over plain HTTP on another host needs
//! `--insecure-cookies`, which drops `Secure` and the prefix.
use http::HeaderMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CookiePolicy {
    pub secure: bool,
}

impl CookiePolicy {
    pub fn name(self) -> &'static str {
        if self.secure {
            "__Host-switchboard_session"
        } else {
            "switchboard_session"
        }
    }

    fn attributes(self) -> &'static str {
        if self.secure {
            "Path=/; HttpOnly; Secure; SameSite=Strict"
        } else {
            "Path=/; HttpOnly; SameSite=Strict"
        }
    }

    pub fn set(self, token: &str, max_age_secs: i64) -> String {
        format!(
            "{}={token}; {}; Max-Age={max_age_secs}",
            self.name(),
            self.attributes()
        )
    }

    pub fn clear(self) -> String {
        format!("{}=; {}; Max-Age=0", self.name(), self.attributes())
    }

    /// The session token from the request's `Cookie` headers, if any.
    pub fn read(self, headers: &HeaderMap) -> Option<String> {
        headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == self.name())
            .map(|(_, value)| value.to_owned())
            .filter(|value| !value.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_cookie_is_host_prefixed_secure_httponly_and_strict() {
        let cookie = CookiePolicy { secure: true }.set("abc", 60);
        assert!(cookie.starts_with("__Host-switchboard_session=abc;"));
        for flag in ["Secure", "HttpOnly", "SameSite=Strict", "Path=/"] {
            assert!(cookie.contains(flag), "{flag} missing from {cookie}");
        }
        assert!(!cookie.contains("Domain"));
    }

    #[test]
    fn the_token_is_read_back_from_a_cookie_header() {
        let policy = CookiePolicy { secure: true };
        let mut headers = HeaderMap::new();
        headers.insert(
            http::header::COOKIE,
            "a=1; __Host-switchboard_session=tok; b=2".parse().unwrap(),
        );
        assert_eq!(policy.read(&headers).as_deref(), Some("tok"));
    }
}
