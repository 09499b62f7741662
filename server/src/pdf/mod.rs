//! PDF documents the server generates: the order summary the admin
//! downloads after the subscription wizard (SUB-10).
//!
//! - [`document`] — a small generic writer: A4 pages, wrapped text, rows
//!   and tables, rules, automatic page breaks, page numbers.
//! - [`order_summary`] — the order summary's content and layout.
//! - `font` — the embedded DejaVu Sans (subset per document, with a
//!   `/ToUnicode` map so the text can be searched and extracted).
pub mod document;
mod font;
pub mod order_summary;

pub use order_summary::{
    CallingLocationSummary, MeetingsSiteSummary, OrderSummary, OrderSummaryLabels, OrgSummary,
    ServiceSummary, order_summary_pdf,
};

/// zlib-compresses a stream for `/Filter /FlateDecode`: text and font
/// programs shrink to a third or less.
fn compress(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}
