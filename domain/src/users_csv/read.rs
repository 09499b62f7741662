//! Reading a users CSV as admins save it (SPEC 5.2, issue 4 item 7): UTF-8
//! with or without a byte-order mark, comma- or semicolon-separated (Excel
//! in the ru, it, ro and nb locales saves `;`), CRLF or LF, RFC 4180
//! quoting with commas and line breaks inside quotes. A file that is not
//! UTF-8 is refused with `not_utf8` and the row it breaks on, never read as
//! garbage.

use csv::{ReaderBuilder, StringRecord};

use super::{ColumnMap, Finding};
use crate::Code;

/// The most data rows one file may hold (SPEC 5.2).
pub const MAX_DATA_ROWS: usize = 100_000;
/// The largest file accepted, in bytes (issue 4, item 6).
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// A file whose header is sound: its columns and its data rows, in order.
/// Row `n` of the findings is `records[n - 1]` (the header is row 0).
#[derive(Debug, Clone)]
pub struct Sheet {
    pub columns: ColumnMap,
    pub delimiter: u8,
    pub records: Vec<StringRecord>,
}

impl Sheet {
    /// How many data rows the file has.
    pub fn rows(&self) -> usize {
        self.records.len()
    }
}

/// The separator a file uses, read from its header line: the one of `,`
/// and `;` that occurs more often outside quotes (the headers contain
/// neither, so the count is decisive).
pub fn detect_delimiter(text: &str) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0usize, 0usize, false);
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

/// The data row (header = 0) that holds byte `offset`, counting line breaks
/// before it: where a non-UTF-8 byte is, for the admin to find it.
fn row_at(bytes: &[u8], offset: usize) -> u32 {
    let newlines = bytes[..offset].iter().filter(|&&b| b == b'\n').count();
    u32::try_from(newlines).unwrap_or(u32::MAX)
}

/// Reads a whole file. Refuses it (with every finding about it) when it is
/// too large, not UTF-8, empty, has more than [`MAX_DATA_ROWS`] rows or a
/// header that does not name every column exactly once.
pub fn read_sheet(bytes: &[u8]) -> Result<Sheet, Vec<Finding>> {
    let refuse = |row, code| Err(vec![Finding::error(row, None, code)]);
    if bytes.len() > MAX_FILE_BYTES {
        return refuse(0, Code::FileTooLarge);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => return refuse(row_at(bytes, error.valid_up_to()), Code::NotUtf8),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return refuse(0, Code::FileEmpty);
    }
    let delimiter = detect_delimiter(text);
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        _ => return refuse(0, Code::FileEmpty),
    };
    let columns = ColumnMap::parse(header.iter()).map_err(|header_findings| {
        header_findings
            .into_iter()
            .map(|f| {
                let column = (!f.header.is_empty()).then_some(f.header);
                Finding::error(0, column, f.code)
            })
            .collect::<Vec<_>>()
    })?;
    let mut data = Vec::new();
    for record in records {
        // The reader only fails on invalid UTF-8, which was ruled out above.
        let Ok(record) = record else {
            return refuse(
                u32::try_from(data.len() + 1).unwrap_or(u32::MAX),
                Code::NotUtf8,
            );
        };
        if data.len() == MAX_DATA_ROWS {
            return refuse(
                u32::try_from(MAX_DATA_ROWS + 1).unwrap_or(u32::MAX),
                Code::TooManyRows,
            );
        }
        data.push(record);
    }
    Ok(Sheet {
        columns,
        delimiter,
        records: data,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::users_csv::template_header;

    fn file(rows: &[&str]) -> String {
        let mut text = template_header();
        for row in rows {
            text.push_str("\r\n");
            text.push_str(row);
        }
        text
    }

    fn codes(result: Result<Sheet, Vec<Finding>>) -> Vec<(u32, Code)> {
        result
            .unwrap_err()
            .iter()
            .map(|f| (f.row, f.code))
            .collect()
    }

    #[test]
    fn a_semicolon_file_as_excel_saves_it_in_the_ru_locale_is_read() {
        let text = template_header().replace(',', ";") + "\r\nанна@example.ru;Анна\r\n";
        let sheet = read_sheet(text.as_bytes()).unwrap();
        assert_eq!(sheet.delimiter, b';');
        assert_eq!(&sheet.records[0][1], "Анна");
    }

    #[test]
    fn quoted_cells_keep_their_commas_and_line_breaks() {
        let text = file(&["a@example.com,\"Ross, Jr.\",\"two\r\nlines\",x"]);
        let sheet = read_sheet(text.as_bytes()).unwrap();
        assert_eq!(sheet.rows(), 1);
        assert_eq!(&sheet.records[0][1], "Ross, Jr.");
        assert_eq!(&sheet.records[0][2], "two\r\nlines");
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let text = format!("\u{feff}{}", file(&["a@example.com"]));
        assert_eq!(read_sheet(text.as_bytes()).unwrap().rows(), 1);
    }

    #[test]
    fn a_latin_1_file_is_not_utf8_and_names_the_row() {
        let mut bytes = file(&["a@example.com,Ola", "b@example.com,B"]).into_bytes();
        bytes.extend_from_slice(b"\r\nc@example.com,J\xf8rn");
        assert_eq!(codes(read_sheet(&bytes)), [(3, Code::NotUtf8)]);
    }

    #[test]
    fn an_empty_or_blank_file_is_empty() {
        assert_eq!(codes(read_sheet(b"")), [(0, Code::FileEmpty)]);
        assert_eq!(codes(read_sheet(b" \r\n")), [(0, Code::FileEmpty)]);
        assert_eq!(
            codes(read_sheet("\u{feff}".as_bytes())),
            [(0, Code::FileEmpty)]
        );
    }

    #[test]
    fn header_findings_are_row_0_with_the_header_named() {
        let text = template_header().replace("Webex Suite", "Webex Suit");
        let findings = read_sheet(text.as_bytes()).unwrap_err();
        assert_eq!(findings[0].column.as_deref(), Some("Webex Suit"));
        assert_eq!(findings[1].column.as_deref(), Some("Webex Suite"));
        assert!(findings.iter().all(|f| f.row == 0));
    }

    #[test]
    fn one_row_more_than_the_limit_refuses_the_file() {
        let mut text = template_header();
        text.push_str(&"\na@example.com".repeat(MAX_DATA_ROWS));
        assert_eq!(read_sheet(text.as_bytes()).unwrap().rows(), MAX_DATA_ROWS);
        text.push_str("\na@example.com");
        assert_eq!(
            codes(read_sheet(text.as_bytes())),
            [(MAX_DATA_ROWS as u32 + 1, Code::TooManyRows)]
        );
    }

    #[test]
    fn blank_lines_between_rows_are_not_rows() {
        let text = file(&["a@example.com", "", "b@example.com"]);
        assert_eq!(read_sheet(text.as_bytes()).unwrap().rows(), 2);
    }
}
