//! Background jobs: work that outlives a request and survives a restart.
mod device_imports;
mod imports;

pub use device_imports::DeviceImportRunner;
pub use imports::{BATCH_ROWS, ImportRunner};
