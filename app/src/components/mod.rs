//! Components shared by several pages.
pub mod dialog;
pub mod error_notice;
pub mod language_picker;
pub mod shell;
pub mod shortcuts;
