//! One module per page.
pub mod audit;
pub mod customers;
pub mod landing;
pub mod not_found;
pub mod overview;
pub mod sign_in;
