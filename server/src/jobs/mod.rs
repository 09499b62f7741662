//! Background jobs: work that outlives a request and survives a restart.
mod device_imports;
mod imports;

use std::time::Duration;

pub use device_imports::DeviceImportRunner;
pub use imports::{BATCH_ROWS, ImportRunner};

use crate::shutdown::Stop;

/// How a process's import runners work (from `serve`'s flags): rows per
/// batch and the pause after each, how long a claim holds without
/// progress, and the stop they heed.
#[derive(Clone)]
pub struct RunnerSettings {
    pub batch_rows: usize,
    pub batch_pause: Duration,
    pub lease_ms: i64,
    pub stop: Stop,
}
