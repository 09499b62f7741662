//! Components shared by several pages.
pub mod activation_panel;
pub mod calling_fields;
pub mod confirm;
pub mod dialog;
pub mod error_notice;
pub mod field;
pub mod focus;
pub mod language_picker;
pub mod line_status;
pub mod menu;
pub mod pager;
pub mod partner_device_fields;
pub mod shell;
pub mod shortcuts;
pub mod sip_credentials;
pub mod steps;
pub mod subscription_option;
