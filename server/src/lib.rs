//! The `switchboard` server: HTTP, storage, sessions, email, the public
//! REST API. The binary in `main.rs` is a thin command-line front.
//!
//! A request's path: `http` (hardening, CSRF, routing) → `services` (who is
//! calling, tenancy, validation with `domain`) → `store` (SQL).
pub mod auth;
pub mod config;
pub mod demo;
pub mod http;
pub mod jobs;
pub mod mail;
pub mod metrics;
pub mod pdf;
pub mod services;
pub mod shutdown;
pub mod store;
pub mod telemetry;
pub mod tenancy;

pub use config::Config;
pub use services::Services;
