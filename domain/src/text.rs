//! Small text helpers the parsers share.

/// `text.trim()`, without looking at characters when `text` starts and
/// ends with a visible ASCII character, as nearly every cell of a file
/// does: such a character is never white space, so there is nothing to
/// trim. Anything else is trimmed by `str::trim` itself.
pub(crate) fn trim(text: &str) -> &str {
    match text.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        [only] if only.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn text_between_visible_ascii_characters_is_returned_as_it_is() {
        assert_eq!(trim("Anna"), "Anna");
        assert_eq!(trim("a b"), "a b");
        assert_eq!(trim("x"), "x");
    }

    #[test]
    fn white_space_of_any_script_around_text_is_trimmed() {
        assert_eq!(trim("  Anna\t"), "Anna");
        assert_eq!(trim("\u{a0}Øystein\u{3000}"), "Øystein");
        assert_eq!(trim("Åse "), "Åse");
        assert_eq!(trim(" "), "");
        assert_eq!(trim(""), "");
    }

    proptest! {
        #[test]
        fn trimming_is_the_same_as_the_standard_trim(text in "\\PC{0,8}|[ \t\u{a0}\u{2003}a-zØ]{0,8}") {
            prop_assert_eq!(trim(&text), text.trim());
        }
    }
}
