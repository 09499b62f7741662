//! A small flowing-layout PDF writer: A4 pages, text wrapped to a width,
//! rows of columns, tables whose header repeats after a page break,
//! horizontal rules, page numbers in the footer.
//!
//! Content flows from a cursor at the top of the page downwards; whatever
//! does not fit above the bottom margin starts a new page, line by line, so
//! no amount of text is ever lost or drawn off the page. Layout is measured
//! with the embedded font's advances (no kerning or shaping: the portal's
//! scripts, Latin and Cyrillic, need neither to read correctly).
//!
//! Any string is accepted: control characters are dropped, characters the
//! font lacks show as U+FFFD, and a word wider than its column is broken
//! between characters.
use std::collections::BTreeMap;

use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::{compress, font::Font};

/// A4 portrait, in points (1/72 inch).
pub const PAGE_WIDTH: f32 = 595.28;
/// A4 portrait, in points.
pub const PAGE_HEIGHT: f32 = 841.89;
/// 2 cm on every side.
pub const MARGIN: f32 = 56.69;
/// Line height as a multiple of the font size.
const LINE_SPACING: f32 = 1.35;
/// The vertical space a rule takes, the line in its middle.
pub const RULE_HEIGHT: f32 = 10.0;
const FOOTER_SIZE: f32 = 8.0;
/// Table headers and footers: secondary text, set off by colour since the
/// document has one weight of one font.
const SECONDARY_GRAY: f32 = 0.4;
const FONT_NAME: Name<'static> = Name(b"F1");

/// Horizontal alignment of a column's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    /// For numbers, so their digits line up.
    Right,
}

/// A column of a row or table: where it starts (from the left margin), how
/// wide it is, and how its text aligns.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    pub offset: f32,
    pub width: f32,
    pub align: Align,
}

impl Column {
    pub fn left(offset: f32, width: f32) -> Self {
        Self {
            offset,
            width,
            align: Align::Left,
        }
    }

    pub fn right(offset: f32, width: f32) -> Self {
        Self {
            offset,
            width,
            align: Align::Right,
        }
    }
}

/// Something drawn on a page, in PDF coordinates (origin bottom left).
enum Item {
    /// Glyph ids of the embedded font, each with the character it stands
    /// for (for the text layer).
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        /// 0 black … 1 white.
        gray: f32,
        glyphs: Vec<(u16, char)>,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
    },
}

/// A table header, kept to be drawn again at the top of each page the table
/// continues on.
struct Header<'a> {
    columns: &'a [Column],
    lines: Vec<Vec<String>>,
    size: f32,
}

/// A document being laid out. [`Document::finish`] writes the PDF.
pub struct Document {
    font: Font,
    pages: Vec<Vec<Item>>,
    /// The top of the next line, in PDF coordinates.
    cursor: f32,
    title: String,
    language: String,
    /// The gray of text placed from now on.
    gray: f32,
}

impl Default for Document {
    fn default() -> Self {
        Self::new()
    }
}

impl Document {
    /// An empty document with one blank page.
    pub fn new() -> Self {
        Self {
            font: Font::dejavu_sans(),
            pages: vec![Vec::new()],
            cursor: Self::top(),
            title: String::new(),
            language: String::new(),
            gray: 0.0,
        }
    }

    /// The document title: in the file's metadata (the viewer's title bar)
    /// and in every page's footer.
    pub fn set_title(&mut self, title: &str) {
        self.title = title.to_owned();
    }

    /// The BCP 47 tag of the text's language (e.g. `ro`), for screen readers
    /// and hyphenation in viewers. Empty leaves it unstated.
    pub fn set_language(&mut self, tag: &str) {
        self.language = tag.to_owned();
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The width between the margins.
    pub fn content_width(&self) -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN
    }

    pub fn line_height(size: f32) -> f32 {
        size * LINE_SPACING
    }

    fn top() -> f32 {
        PAGE_HEIGHT - MARGIN
    }

    fn bottom() -> f32 {
        MARGIN
    }

    fn page_is_empty(&self) -> bool {
        self.cursor >= Self::top()
    }

    fn fits(&self, height: f32) -> bool {
        self.cursor - height >= Self::bottom()
    }

    fn items(&mut self) -> &mut Vec<Item> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// How wide `text` is at `size` points, on one line.
    pub fn text_width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .filter(|c| !c.is_control())
            .map(|c| self.char_width(c, size))
            .sum()
    }

    fn char_width(&self, c: char, size: f32) -> f32 {
        self.font.advance(self.font.glyph(c).0) * size / 1000.0
    }

    /// Splits `text` into lines no wider than `width`: at spaces where it
    /// can, inside a word that alone is wider than `width`. A line break in
    /// `text` starts a new line; runs of spaces collapse. Always at least one
    /// line; a line is empty only for an empty paragraph, never because a
    /// character did not fit, so even a zero width makes progress.
    pub fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let space = self.char_width(' ', size);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split_whitespace() {
                let word: String = word.chars().filter(|c| !c.is_control()).collect();
                if word.is_empty() {
                    continue;
                }
                let word_width = self.text_width(&word, size);
                let gap = if line.is_empty() { 0.0 } else { space };
                if line_width + gap + word_width <= width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(&word);
                    line_width += gap + word_width;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                if word_width <= width {
                    line = word;
                    line_width = word_width;
                    continue;
                }
                // Wider than a whole line: as many characters as fit per
                // line; the last piece stays open for the next words.
                for c in word.chars() {
                    let w = self.char_width(c, size);
                    if !line.is_empty() && line_width + w > width {
                        lines.push(std::mem::take(&mut line));
                        line_width = 0.0;
                    }
                    line.push(c);
                    line_width += w;
                }
            }
            lines.push(line);
        }
        lines
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.cursor = Self::top();
    }

    /// Starts a new page unless `height` more points fit on this one, so
    /// that a heading stays with the first lines it introduces.
    pub fn keep(&mut self, height: f32) {
        if !self.fits(height) && !self.page_is_empty() {
            self.new_page();
        }
    }

    /// Vertical space; at the bottom of a page it becomes the page break
    /// (no gap carries over to the top of the next page).
    pub fn space(&mut self, height: f32) {
        if self.fits(height) {
            self.cursor -= height;
        } else {
            self.new_page();
        }
    }

    /// A thin grey line across the text width. Dropped at a page break,
    /// where there is nothing to separate.
    pub fn rule(&mut self) {
        if !self.fits(RULE_HEIGHT) {
            self.new_page();
            return;
        }
        let y = self.cursor - RULE_HEIGHT / 2.0;
        self.items().push(Item::Rule {
            x1: MARGIN,
            x2: PAGE_WIDTH - MARGIN,
            y,
        });
        self.cursor -= RULE_HEIGHT;
    }

    /// `text` wrapped to the text width at `size` points.
    pub fn paragraph(&mut self, text: &str, size: f32) {
        let width = self.content_width();
        self.row(&[Column::left(0.0, width)], &[text], size);
    }

    /// One row of cells, each wrapped within its column; the row is as tall
    /// as its tallest cell and may continue on the next page.
    pub fn row(&mut self, columns: &[Column], cells: &[&str], size: f32) {
        let lines = self.wrap_cells(columns, cells, size);
        self.place_row(columns, &lines, size, None);
    }

    /// A table: `header` in the first row (again at the top of each page the
    /// table continues on), a rule under it, then `rows`.
    pub fn table(
        &mut self,
        columns: &[Column],
        header: &[&str],
        header_size: f32,
        rows: &[Vec<String>],
        size: f32,
    ) {
        let header = Header {
            columns,
            lines: self.wrap_cells(columns, header, header_size),
            size: header_size,
        };
        // The header and the first line of the first row go together.
        let header_height = Self::line_height(header_size) * header.lines.len() as f32;
        self.keep(header_height + RULE_HEIGHT + Self::line_height(size));
        self.place_header(&header);
        for row in rows {
            let cells: Vec<&str> = row.iter().map(String::as_str).collect();
            let lines = self.wrap_cells(columns, &cells, size);
            self.place_row(columns, &lines, size, Some(&header));
        }
    }

    fn place_header(&mut self, header: &Header) {
        let gray = std::mem::replace(&mut self.gray, SECONDARY_GRAY);
        self.place_row(header.columns, &header.lines, header.size, None);
        self.gray = gray;
        self.rule();
    }

    /// Each cell's lines, transposed into the row's lines (one entry per
    /// column, empty where a cell has fewer lines).
    fn wrap_cells(&self, columns: &[Column], cells: &[&str], size: f32) -> Vec<Vec<String>> {
        let wrapped: Vec<Vec<String>> = columns
            .iter()
            .zip(cells)
            .map(|(column, cell)| self.wrap(cell, size, column.width))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(0).max(1);
        (0..height)
            .map(|i| {
                wrapped
                    .iter()
                    .map(|cell| cell.get(i).cloned().unwrap_or_default())
                    .collect()
            })
            .collect()
    }

    fn place_row(
        &mut self,
        columns: &[Column],
        lines: &[Vec<String>],
        size: f32,
        header: Option<&Header>,
    ) {
        let height = Self::line_height(size);
        // A row that fits on a page is not split: it moves to the next page
        // whole. A taller one (a very long value) breaks between lines.
        let row_height = height * lines.len() as f32;
        let header_height = header.map_or(0.0, |h| {
            Self::line_height(h.size) * h.lines.len() as f32 + RULE_HEIGHT
        });
        if !self.fits(row_height)
            && !self.page_is_empty()
            && row_height + header_height <= Self::top() - Self::bottom()
        {
            self.new_page();
            if let Some(header) = header {
                self.place_header(header);
            }
        }
        for line in lines {
            if !self.fits(height) && !self.page_is_empty() {
                self.new_page();
                if let Some(header) = header {
                    self.place_header(header);
                }
            }
            let baseline = self.cursor - (height - size) / 2.0 - self.font.ascent() * size;
            for (column, text) in columns.iter().zip(line) {
                let x = match column.align {
                    Align::Left => MARGIN + column.offset,
                    Align::Right => {
                        MARGIN + column.offset + column.width - self.text_width(text, size)
                    }
                };
                self.text_at(x, baseline, size, text);
            }
            self.cursor -= height;
        }
    }

    /// `text` on one line with its baseline at (`x`, `baseline`) on the
    /// current page (PDF coordinates, origin bottom left); no wrapping, the
    /// cursor does not move.
    pub fn text_at(&mut self, x: f32, baseline: f32, size: f32, text: &str) {
        let glyphs: Vec<(u16, char)> = text
            .chars()
            .filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .map(|c| self.font.glyph(c))
            .collect();
        if glyphs.is_empty() {
            return;
        }
        let gray = self.gray;
        self.items().push(Item::Text {
            x,
            baseline,
            size,
            gray,
            glyphs,
        });
    }

    /// Adds the footers (title, "page / pages") and writes the PDF.
    pub fn finish(mut self) -> Vec<u8> {
        let count = self.pages.len();
        let footer_baseline = MARGIN / 2.0;
        let title = self
            .wrap(&self.title, FOOTER_SIZE, self.content_width() * 0.75)
            .into_iter()
            .next()
            .unwrap_or_default();
        for index in 0..count {
            let number = format!("{} / {count}", index + 1);
            let number_x = PAGE_WIDTH - MARGIN - self.text_width(&number, FOOTER_SIZE);
            let footer = [(MARGIN, title.clone()), (number_x, number)];
            for (x, text) in footer {
                let glyphs: Vec<(u16, char)> = text.chars().map(|c| self.font.glyph(c)).collect();
                if !glyphs.is_empty() {
                    self.pages[index].push(Item::Text {
                        x,
                        baseline: footer_baseline,
                        size: FOOTER_SIZE,
                        gray: SECONDARY_GRAY,
                        glyphs,
                    });
                }
            }
        }
        self.write()
    }

    fn write(&self) -> Vec<u8> {
        let mut pdf = Pdf::new();
        let mut next = 0;
        let mut next_ref = || {
            next += 1;
            Ref::new(next)
        };
        let catalog = next_ref();
        let page_tree = next_ref();
        let font = next_ref();
        let info = next_ref();

        // The first character seen for a glyph is the one it extracts as.
        let mut used: BTreeMap<u16, char> = BTreeMap::new();
        for item in self.pages.iter().flatten() {
            if let Item::Text { glyphs, .. } = item {
                for &(glyph, c) in glyphs {
                    used.entry(glyph).or_insert(c);
                }
            }
        }
        let cids = self.font.embed(&mut pdf, &mut next_ref, font, &used);

        let mut page_refs = Vec::with_capacity(self.pages.len());
        for items in &self.pages {
            let page = next_ref();
            let contents = next_ref();
            page_refs.push(page);

            let content = page_content(items, &cids);
            let compressed = compress(&content);
            pdf.stream(contents, &compressed)
                .filter(Filter::FlateDecode);

            let mut writer = pdf.page(page);
            writer
                .media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT))
                .parent(page_tree)
                .contents(contents);
            writer.resources().fonts().pair(FONT_NAME, font);
            writer.finish();
        }

        pdf.pages(page_tree)
            .count(i32::try_from(page_refs.len()).unwrap_or(i32::MAX))
            .kids(page_refs);

        let mut catalog_writer = pdf.catalog(catalog);
        catalog_writer.pages(page_tree);
        if !self.language.is_empty() {
            catalog_writer.lang(TextStr(&self.language));
        }
        catalog_writer.finish();

        let mut info_writer = pdf.document_info(info);
        info_writer.producer(TextStr("Switchboard"));
        if !self.title.is_empty() {
            info_writer.title(TextStr(&self.title));
        }
        info_writer.finish();

        pdf.finish()
    }
}

/// A page's content stream: rules, then all text in one text object.
fn page_content(items: &[Item], cids: &BTreeMap<u16, u16>) -> Vec<u8> {
    let mut content = Content::new();
    let rules = items.iter().filter_map(|item| match item {
        Item::Rule { x1, x2, y } => Some((*x1, *x2, *y)),
        Item::Text { .. } => None,
    });
    content.save_state();
    content.set_stroke_gray(0.6).set_line_width(0.5);
    for (x1, x2, y) in rules {
        content.move_to(x1, y).line_to(x2, y).stroke();
    }
    content.restore_state();

    content.begin_text();
    let mut current_size = None;
    let mut current_gray = 0.0;
    for item in items {
        let Item::Text {
            x,
            baseline,
            size,
            gray,
            glyphs,
        } = item
        else {
            continue;
        };
        if current_size != Some(*size) {
            content.set_font(FONT_NAME, *size);
            current_size = Some(*size);
        }
        if current_gray != *gray {
            content.set_fill_gray(*gray);
            current_gray = *gray;
        }
        // Identity-H: each glyph is its CID as two big-endian bytes.
        let encoded: Vec<u8> = glyphs
            .iter()
            .flat_map(|(glyph, _)| cids.get(glyph).copied().unwrap_or(0).to_be_bytes())
            .collect();
        content
            .set_text_matrix([1.0, 0.0, 0.0, 1.0, *x, *baseline])
            .show(Str(&encoded));
    }
    content.end_text();
    content.finish().into_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_breaks_at_spaces_and_keeps_every_word() {
        let doc = Document::new();
        let text = "Bærum Kommune Organizația Întreprindere Șțefan Организация";
        let lines = doc.wrap(text, 10.0, 120.0);
        assert!(lines.len() > 1, "{lines:?}");
        for line in &lines {
            assert!(doc.text_width(line, 10.0) <= 120.0, "{line:?} is too wide");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken_between_characters() {
        let doc = Document::new();
        let word = "x".repeat(500);
        let lines = doc.wrap(&word, 10.0, 100.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| !l.is_empty()));
        assert!(lines.iter().all(|l| doc.text_width(l, 10.0) <= 100.0));
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn empty_text_is_one_empty_line_and_a_zero_width_still_progresses() {
        let doc = Document::new();
        assert_eq!(doc.wrap("", 10.0, 100.0), vec![String::new()]);
        assert_eq!(doc.wrap("   ", 10.0, 100.0), vec![String::new()]);
        let lines = doc.wrap("abc", 10.0, 0.0);
        assert_eq!(lines, vec!["a", "b", "c"]);
    }

    #[test]
    fn line_breaks_in_the_text_start_new_lines_and_controls_are_dropped() {
        let doc = Document::new();
        let lines = doc.wrap("Strada Mare 1\nBucurești\u{7}", 10.0, 400.0);
        assert_eq!(lines, vec!["Strada Mare 1", "București"]);
    }

    #[test]
    fn long_content_flows_onto_more_pages() {
        let mut doc = Document::new();
        for i in 0..200 {
            doc.paragraph(&format!("line {i}"), 10.0);
        }
        assert!(doc.page_count() >= 3, "{} pages", doc.page_count());
        let pdf = doc.finish();
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
