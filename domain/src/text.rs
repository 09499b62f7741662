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

/// How many bytes a [`Text`] holds without allocating.
const INLINE: usize = 22;

/// The text of a value type: held in place when short (a name, an
/// extension, a site name), on the heap otherwise. A file's row makes
/// several of them, and each short one is an allocation saved (issue 4,
/// item 11). Compared, ordered, hashed and debug-printed as its `str`, so
/// a type that holds one behaves exactly as if it held a `String`.
#[derive(Clone)]
pub(crate) enum Text {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

impl Text {
    pub(crate) fn new(text: &str) -> Self {
        match u8::try_from(text.len()) {
            Ok(len) if text.len() <= INLINE => {
                let mut bytes = [0u8; INLINE];
                bytes[..text.len()].copy_from_slice(text.as_bytes());
                Self::Inline { len, bytes }
            }
            _ => Self::Heap(text.into()),
        }
    }

    /// `text.to_ascii_lowercase()`, without the intermediate `String`.
    pub(crate) fn ascii_lowercase(text: &str) -> Self {
        let mut made = Self::new(text);
        match &mut made {
            Self::Inline { len, bytes } => bytes[..usize::from(*len)].make_ascii_lowercase(),
            Self::Heap(text) => text.make_ascii_lowercase(),
        }
        made
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            // The bytes were copied from a `str` whole, so they are UTF-8:
            // the check never fails (and is short: the text is).
            Self::Inline { len, bytes } => {
                core::str::from_utf8(bytes.get(..usize::from(*len)).unwrap_or_default())
                    .unwrap_or_default()
            }
            Self::Heap(text) => text,
        }
    }
}

impl core::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        match text {
            Text::Heap(text) => text.into(),
            inline => inline.as_str().to_owned(),
        }
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl core::hash::Hash for Text {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl core::fmt::Debug for Text {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        core::fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::hash_map::RandomState;
    use std::hash::BuildHasher;

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_short_text_is_held_in_place_and_a_long_one_on_the_heap() {
        assert!(matches!(Text::new("Øystein"), Text::Inline { len: 8, .. }));
        assert!(matches!(Text::new(&"a".repeat(22)), Text::Inline { .. }));
        assert!(matches!(Text::new(&"a".repeat(23)), Text::Heap(_)));
        assert_eq!(Text::new("").as_str(), "");
    }

    #[test]
    fn a_text_lower_cases_ascii_only_in_place_or_on_the_heap() {
        assert_eq!(Text::ascii_lowercase("ÅSE@X.NO").as_str(), "Åse@x.no");
        let long = "Someone.With.A.Long.Address@Example.COM";
        assert_eq!(
            Text::ascii_lowercase(long).as_str(),
            long.to_ascii_lowercase()
        );
    }

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
        fn a_text_behaves_as_its_string(a in "\\PC{0,30}", b in "\\PC{0,30}") {
            let (ta, tb) = (Text::new(&a), Text::new(&b));
            prop_assert_eq!(ta.as_str(), a.as_str());
            prop_assert_eq!(String::from(ta.clone()), a.clone());
            prop_assert_eq!(format!("{ta:?}"), format!("{a:?}"));
            prop_assert_eq!(ta == tb, a == b);
            prop_assert_eq!(ta.cmp(&tb), a.cmp(&b));
            let state = RandomState::new();
            prop_assert_eq!(state.hash_one(&ta), state.hash_one(&a));
        }

        #[test]
        fn trimming_is_the_same_as_the_standard_trim(text in "\\PC{0,8}|[ \t\u{a0}\u{2003}a-zØ]{0,8}") {
            prop_assert_eq!(trim(&text), text.trim());
        }
    }
}
