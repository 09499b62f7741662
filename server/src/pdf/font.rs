//! The one font every PDF uses: DejaVu Sans, compiled into the binary so a
//! summary renders the same everywhere, whatever fonts the reader has.
//!
//! DejaVu Sans covers Latin with the Romanian and Nordic letters, Cyrillic
//! and Greek, which is every locale the portal ships. Its license (Bitstream
//! Vera terms, see `assets/fonts/LICENSE`) allows embedding and subsetting as
//! long as a changed font is not called "Bitstream" or "Vera"; the subsets
//! keep the DejaVu name.
//!
//! Embedding follows the composite-font recipe that keeps text searchable
//! and copyable: a Type0 font with Identity-H encoding (two bytes per glyph),
//! a CIDFontType2 descendant whose CIDs are the glyph ids of the subset, a
//! `/W` array with the advances, and a `/ToUnicode` CMap from each glyph back
//! to its character, which is what text extraction (pdftotext, copy and
//! paste, screen readers) reads.
use std::collections::BTreeMap;

use pdf_writer::{
    Filter, Finish, Name, Pdf, Rect, Ref, Str,
    types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap},
};
use ttf_parser::{Face, GlyphId};

use super::compress;

const DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const POSTSCRIPT_NAME: &str = "DejaVuSans";

/// Shown instead of a character the font has no glyph for, so the reader
/// sees that something is missing rather than nothing at all.
const REPLACEMENT: char = '\u{FFFD}';

/// Identity CIDs: the CID of a glyph is its id in the embedded font.
const IDENTITY: SystemInfo<'static> = SystemInfo {
    registry: Str(b"Adobe"),
    ordering: Str(b"Identity"),
    supplement: 0,
};

/// Parsed metrics of the embedded font.
pub(super) struct Font {
    face: Face<'static>,
    units_per_em: f32,
    /// The glyph for characters the font lacks, and the character the text
    /// layer reports for it.
    fallback: (u16, char),
}

impl Font {
    /// DejaVu Sans.
    ///
    /// # Panics
    ///
    /// Only if the font compiled into the binary is not a font, which the
    /// unit tests rule out: it does not depend on any input.
    pub(super) fn dejavu_sans() -> Self {
        let face = Face::parse(DEJAVU_SANS, 0).expect("the embedded DejaVu Sans parses");
        let fallback = face
            .glyph_index(REPLACEMENT)
            .map_or((0, REPLACEMENT), |glyph| (glyph.0, REPLACEMENT));
        Self {
            units_per_em: f32::from(face.units_per_em().max(1)),
            face,
            fallback,
        }
    }

    /// The glyph drawn for `c`, and the character the text layer maps that
    /// glyph back to (`c` itself unless the font lacks it).
    pub(super) fn glyph(&self, c: char) -> (u16, char) {
        match self.face.glyph_index(c) {
            Some(glyph) if glyph.0 != 0 => (glyph.0, c),
            _ => self.fallback,
        }
    }

    /// The advance of `glyph` in thousandths of the font size, the unit of
    /// PDF glyph space.
    pub(super) fn advance(&self, glyph: u16) -> f32 {
        let units = self.face.glyph_hor_advance(GlyphId(glyph)).unwrap_or(0);
        self.to_thousandths(i32::from(units))
    }

    fn to_thousandths(&self, units: i32) -> f32 {
        units as f32 * 1000.0 / self.units_per_em
    }

    /// The distance from the top of a line to its baseline, as a fraction of
    /// the font size.
    pub(super) fn ascent(&self) -> f32 {
        self.to_thousandths(i32::from(self.face.ascender())) / 1000.0
    }

    /// Writes the font objects for the glyphs in `used` (original glyph id →
    /// character) under `type0`, and returns the CID each original glyph id
    /// must be written as in content streams.
    pub(super) fn embed(
        &self,
        pdf: &mut Pdf,
        next_ref: &mut impl FnMut() -> Ref,
        type0: Ref,
        used: &BTreeMap<u16, char>,
    ) -> BTreeMap<u16, u16> {
        let cid_font = next_ref();
        let descriptor = next_ref();
        let font_file = next_ref();
        let to_unicode = next_ref();

        // Subsetting keeps the file small (a few kilobytes of outlines
        // instead of 740 kB). Should the subsetter ever refuse the font, the
        // whole font goes in with CIDs equal to glyph ids: bigger, but the
        // summary still renders.
        let mut remapper = subsetter::GlyphRemapper::new();
        for &glyph in used.keys() {
            remapper.remap(glyph);
        }
        let (program, cids): (Vec<u8>, BTreeMap<u16, u16>) =
            match subsetter::subset(DEJAVU_SANS, 0, &remapper) {
                Ok(subset) => {
                    let cids = used
                        .keys()
                        .map(|&glyph| (glyph, remapper.get(glyph).unwrap_or(0)))
                        .collect();
                    (subset, cids)
                }
                Err(error) => {
                    tracing::warn!(%error, "font subsetting failed; embedding all of DejaVu Sans");
                    let cids = used.keys().map(|&glyph| (glyph, glyph)).collect();
                    (DEJAVU_SANS.to_vec(), cids)
                }
            };

        let base_font = format!("{}+{POSTSCRIPT_NAME}", subset_tag(used));
        let base_font = Name(base_font.as_bytes());

        pdf.type0_font(type0)
            .base_font(base_font)
            .encoding_predefined(Name(b"Identity-H"))
            .descendant_font(cid_font)
            .to_unicode(to_unicode);

        let mut cid = pdf.cid_font(cid_font);
        cid.subtype(CidFontType::Type2)
            .base_font(base_font)
            .system_info(IDENTITY)
            .font_descriptor(descriptor)
            .cid_to_gid_map_predefined(Name(b"Identity"))
            .default_width(0.0);
        {
            let mut widths = cid.widths();
            // Runs of consecutive CIDs share one entry; with a subset the
            // CIDs are 1..n, so that is a single run (plus .notdef's slot).
            let by_cid: BTreeMap<u16, f32> = cids
                .iter()
                .map(|(&glyph, &cid)| (cid, self.advance(glyph)))
                .collect();
            let mut run: Vec<f32> = Vec::new();
            let mut run_start = 0u16;
            let mut previous: Option<u16> = None;
            for (&cid, &width) in &by_cid {
                if previous.is_some_and(|p| p.checked_add(1) != Some(cid)) {
                    widths.consecutive(run_start, run.drain(..));
                }
                if run.is_empty() {
                    run_start = cid;
                }
                run.push(width);
                previous = Some(cid);
            }
            if !run.is_empty() {
                widths.consecutive(run_start, run.drain(..));
            }
        }
        cid.finish();

        let bbox = self.face.global_bounding_box();
        let scaled = |v: i16| self.to_thousandths(i32::from(v));
        // CID fonts with glyphs outside the standard Latin set are symbolic
        // in PDF's sense; readers then use the font's own encoding.
        pdf.font_descriptor(descriptor)
            .name(base_font)
            .flags(FontFlags::SYMBOLIC)
            .bbox(Rect::new(
                scaled(bbox.x_min),
                scaled(bbox.y_min),
                scaled(bbox.x_max),
                scaled(bbox.y_max),
            ))
            .italic_angle(self.face.italic_angle())
            .ascent(scaled(self.face.ascender()))
            .descent(scaled(self.face.descender()))
            .cap_height(scaled(
                self.face
                    .capital_height()
                    .unwrap_or_else(|| self.face.ascender()),
            ))
            // No font table records the stem width; readers only use it to
            // pick a substitute font, which an embedded font never needs.
            .stem_v(80.0)
            .font_file2(font_file);

        let compressed = compress(&program);
        pdf.stream(font_file, &compressed)
            .filter(Filter::FlateDecode)
            // Required for TrueType programs: the decompressed length.
            .pair(
                Name(b"Length1"),
                i32::try_from(program.len()).unwrap_or(i32::MAX),
            );

        let mut cmap = UnicodeCmap::new(Name(b"Switchboard-UTF16"), IDENTITY);
        for (glyph, &c) in used {
            if let Some(&cid) = cids.get(glyph) {
                cmap.pair(cid, c);
            }
        }
        let cmap = cmap.finish();
        let compressed = compress(cmap.as_slice());
        pdf.cmap(to_unicode, &compressed)
            .name(Name(b"Switchboard-UTF16"))
            .system_info(IDENTITY)
            .filter(Filter::FlateDecode);

        cids
    }
}

/// The six capital letters PDF puts before a subset font's name. Derived
/// from the glyph set (FNV-1a), so the same text gives the same file.
fn subset_tag(used: &BTreeMap<u16, char>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for glyph in used.keys() {
        for byte in glyph.to_be_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    (0..6)
        .map(|i| {
            let letter = (hash >> (i * 8)) % 26;
            char::from(b'A' + letter as u8)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_font_has_the_letters_of_every_shipped_locale() {
        let font = Font::dejavu_sans();
        for c in "ÎîȘșȚțĂăÂâÆæØøÅåЖжЯяЁёÄäÖöÜüßÀàÈèÌìÒòÙù".chars()
        {
            let (_, mapped) = font.glyph(c);
            assert_eq!(mapped, c, "DejaVu Sans lacks {c:?}");
        }
    }

    #[test]
    fn a_character_the_font_lacks_becomes_the_replacement_glyph() {
        let font = Font::dejavu_sans();
        // A CJK ideograph: DejaVu Sans has none.
        let (glyph, mapped) = font.glyph('漢');
        assert_eq!(mapped, REPLACEMENT);
        assert_ne!(glyph, 0, "DejaVu Sans has U+FFFD");
    }

    #[test]
    fn the_subset_tag_is_six_capitals_and_depends_on_the_glyphs() {
        let a: BTreeMap<u16, char> = [(36, 'A')].into();
        let b: BTreeMap<u16, char> = [(37, 'B')].into();
        let tag = subset_tag(&a);
        assert_eq!(tag.len(), 6);
        assert!(tag.chars().all(|c| c.is_ascii_uppercase()));
        assert_ne!(tag, subset_tag(&b));
    }
}
