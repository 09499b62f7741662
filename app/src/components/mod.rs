//! Components shared by several pages.
pub mod calling_fields;
pub mod dialog;
pub mod error_notice;
pub mod field;
pub mod language_picker;
pub mod pager;
pub mod shell;
pub mod shortcuts;
