//! Authentication: passwords, session and API tokens, the session cookie,
//! sign-in throttling.
pub mod cookie;
pub mod password;
pub mod sealing;
pub mod secret;
pub mod setup_link;
