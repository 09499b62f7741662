//! Authentication: passwords, session and API tokens, the session cookie,
//! sign-in throttling.
pub mod cookie;
pub mod password;
pub mod secret;
