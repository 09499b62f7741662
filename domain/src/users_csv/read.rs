//! Reading a users CSV as admins save it (SPEC 5.2, issue 4 item 7): UTF-8
//! with or without a byte-order mark, comma- or semicolon-separated (Excel
//! in the ru, it, ro and nb locales saves `;`), CRLF or LF, RFC 4180
//! quoting with commas and line breaks inside quotes. A file that is not
//! UTF-8 is refused with `not_utf8` and the row it breaks on, never read as
//! garbage.

use csv::{ByteRecord, ReaderBuilder, StringRecord};

use super::{ColumnMap, Finding};
use crate::Code;

/// The most data rows one file may hold (SPEC 5.2).
pub const MAX_DATA_ROWS: usize = 100_000;
/// The largest file accepted, in bytes (issue 4, item 6).
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// A file whose header is sound: its columns and its data rows, in order.
/// Row `n` of the findings is `records.get(n - 1)` (the header is row 0).
#[derive(Debug, Clone)]
pub struct Sheet {
    pub columns: ColumnMap,
    pub delimiter: u8,
    pub records: Records,
}

/// The data rows of a file, their cells kept one after another in one
/// buffer: three allocations for the whole file instead of a few per row,
/// which is most of the cost of reading a large file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Records {
    /// Every cell's text, unquoted, in file order.
    text: String,
    /// Where each cell ends in `text`, row after row; a cell starts where
    /// the one before it ends.
    ends: Vec<u32>,
    /// Where each row's cells start in `ends`, and after the last row
    /// where the next one would: one more entry than there are rows.
    starts: Vec<u32>,
}

impl Records {
    /// No rows yet, with room for a file of `bytes` bytes.
    fn with_capacity(bytes: usize) -> Self {
        Self {
            text: String::with_capacity(bytes),
            ends: Vec::new(),
            starts: vec![0],
        }
    }

    /// Adds a row. `None` when its cells are not UTF-8, or when the
    /// buffer would pass 4 GiB (the file size limit keeps it far below).
    fn push(&mut self, record: &ByteRecord) -> Option<()> {
        let text = std::str::from_utf8(record.as_slice()).ok()?;
        let base = self.text.len();
        let mut end = base;
        for cell in record {
            end += cell.len();
            self.ends.push(u32::try_from(end).ok()?);
        }
        self.text.push_str(text);
        self.starts.push(u32::try_from(self.ends.len()).ok()?);
        Some(())
    }

    /// How many rows there are.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The row at `index` (counted from 0).
    pub fn get(&self, index: usize) -> Option<Record<'_>> {
        let first = *self.starts.get(index)? as usize;
        let past = *self.starts.get(index + 1)? as usize;
        let start = first
            .checked_sub(1)
            .map_or(0, |before| self.ends[before] as usize);
        Some(Record {
            text: &self.text,
            start,
            ends: &self.ends[first..past],
        })
    }

    /// Every row, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = Record<'_>> + '_ {
        (0..self.len()).map(|index| self.get(index).unwrap_or_default())
    }
}

/// One data row: its cells, as the file has them (unquoted).
#[derive(Debug, Clone, Copy, Default)]
pub struct Record<'a> {
    text: &'a str,
    /// Where the first cell starts in `text`.
    start: usize,
    /// Where each cell ends in `text`.
    ends: &'a [u32],
}

impl<'a> Record<'a> {
    /// How many cells the row has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The cell at `index`, if the row has one.
    pub fn get(&self, index: usize) -> Option<&'a str> {
        let end = *self.ends.get(index)? as usize;
        let start = match index {
            0 => self.start,
            _ => self.ends[index - 1] as usize,
        };
        self.text.get(start..end)
    }

    /// Every cell, in order.
    pub fn iter(&self) -> impl Iterator<Item = &'a str> + 'a {
        let record = *self;
        (0..record.len()).filter_map(move |index| record.get(index))
    }
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

/// The row a file with too many rows is refused at: the first past the limit.
fn too_many_rows() -> u32 {
    u32::try_from(MAX_DATA_ROWS + 1).unwrap_or(u32::MAX)
}

/// Reads a whole file. Refuses it (with every finding about it) when it is
/// too large, not UTF-8, empty, has more than [`MAX_DATA_ROWS`] rows or a
/// header that does not name every column exactly once.
pub fn read_sheet(bytes: &[u8]) -> Result<Sheet, Vec<Finding>> {
    let (columns, delimiter, records) = read_table(bytes, |header| {
        ColumnMap::parse(header.iter()).map_err(|header_findings| {
            header_findings
                .into_iter()
                .map(|f| {
                    let column = (!f.header.is_empty()).then_some(f.header);
                    Finding::error(0, column, f.code)
                })
                .collect::<Vec<_>>()
        })
    })?;
    Ok(Sheet {
        columns,
        delimiter,
        records,
    })
}

/// Reads a whole CSV file of any import (users, devices) as admins save
/// it: the limits, the encoding, the separator and the quoting of
/// [`read_sheet`], with the header row read by `header` (which refuses it
/// with row-0 findings). Gives the header's reading, the separator and
/// the data rows.
pub(crate) fn read_table<C>(
    bytes: &[u8],
    header: impl FnOnce(&StringRecord) -> Result<C, Vec<Finding>>,
) -> Result<(C, u8, Records), Vec<Finding>> {
    let refuse = |row, code| Err(vec![Finding::error(row, None, code)]);
    if bytes.len() > MAX_FILE_BYTES {
        return refuse(0, Code::FileTooLarge);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        // Read in order, a file stops at its row limit before it reaches a
        // bad byte further on: that refusal comes first.
        Err(error) => {
            let row = row_at(bytes, error.valid_up_to());
            return if row as usize > MAX_DATA_ROWS {
                refuse(too_many_rows(), Code::TooManyRows)
            } else {
                refuse(row, Code::NotUtf8)
            };
        }
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
    let mut header_record = StringRecord::new();
    if !matches!(reader.read_record(&mut header_record), Ok(true)) {
        return refuse(0, Code::FileEmpty);
    }
    let columns = header(&header_record)?;
    // One record read into again and again, its cells copied on into
    // the sheet's one buffer.
    let mut data = Records::with_capacity(text.len());
    let mut record = ByteRecord::new();
    loop {
        let next_row = u32::try_from(data.len() + 1).unwrap_or(u32::MAX);
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // Reading bytes from memory does not fail; the text was UTF-8.
            Err(_) => return refuse(next_row, Code::NotUtf8),
        }
        if data.len() == MAX_DATA_ROWS {
            return refuse(too_many_rows(), Code::TooManyRows);
        }
        if data.push(&record).is_none() {
            return refuse(next_row, Code::NotUtf8);
        }
    }
    Ok((columns, delimiter, data))
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

    fn cell(sheet: &Sheet, row: usize, column: usize) -> &str {
        sheet.records.get(row).and_then(|r| r.get(column)).unwrap()
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
        assert_eq!(cell(&sheet, 0, 1), "Анна");
    }

    #[test]
    fn quoted_cells_keep_their_commas_and_line_breaks() {
        let text = file(&["a@example.com,\"Ross, Jr.\",\"two\r\nlines\",x"]);
        let sheet = read_sheet(text.as_bytes()).unwrap();
        assert_eq!(sheet.rows(), 1);
        assert_eq!(cell(&sheet, 0, 1), "Ross, Jr.");
        assert_eq!(cell(&sheet, 0, 2), "two\r\nlines");
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
    fn a_bad_byte_past_the_row_limit_is_refused_as_too_many_rows_at_the_limit() {
        let mut bytes = template_header().into_bytes();
        bytes.extend("\na@example.com".repeat(MAX_DATA_ROWS + 5).as_bytes());
        bytes.extend(b"\n\xff");
        assert_eq!(
            codes(read_sheet(&bytes)),
            [(MAX_DATA_ROWS as u32 + 1, Code::TooManyRows)]
        );
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
    fn rows_kept_in_one_buffer_give_back_each_cell_of_each_row() {
        let text = file(&["a@example.com,,Åse", "\"b, c\",x", "", "d"]);
        let sheet = read_sheet(text.as_bytes()).unwrap();
        let rows: Vec<Vec<&str>> = sheet.records.iter().map(|r| r.iter().collect()).collect();
        assert_eq!(
            rows,
            [
                vec!["a@example.com", "", "Åse"],
                vec!["b, c", "x"],
                vec!["d"]
            ]
        );
        assert_eq!(sheet.records.len(), 3);
        assert_eq!(sheet.records.get(1).map(|r| r.len()), Some(2));
        assert_eq!(sheet.records.get(1).and_then(|r| r.get(2)), None);
        assert!(sheet.records.get(3).is_none());
    }

    #[test]
    fn no_rows_read_means_no_records() {
        let records = Records::with_capacity(0);
        assert!(records.is_empty());
        assert!(records.get(0).is_none());
        assert_eq!(records.iter().count(), 0);
    }

    #[test]
    fn blank_lines_between_rows_are_not_rows() {
        let text = file(&["a@example.com", "", "b@example.com"]);
        assert_eq!(read_sheet(text.as_bytes()).unwrap().rows(), 2);
    }
}
