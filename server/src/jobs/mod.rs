//! Background jobs: work that outlives a request and survives a restart.
mod imports;

pub use imports::{BATCH_ROWS, ImportRunner};
