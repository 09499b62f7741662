//! One module per page.
pub mod add_users;
pub mod audit;
pub mod call_history;
pub mod catalog;
pub mod customers;
pub mod device;
pub mod devices;
pub mod import_devices;
pub mod import_users;
pub mod landing;
pub mod locations;
pub mod not_found;
pub mod overview;
pub mod sign_in;
pub mod user;
pub mod users;
pub mod webex_go;
