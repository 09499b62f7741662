//! Workspace names (PMD-6, PMD-7): the name of a physical room.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;

/// PMD-7: at most 30 characters. The limit comes from the calling
/// platform, which shows the workspace name as the caller ID of the room's
/// phone and on the phone's own display; longer names are cut off there.
/// It counts characters, not bytes: "Møterom" or a Cyrillic name is as long
/// as it looks.
pub const MAX_CHARS: usize = 30;

/// PMD-7: characters a workspace name must not contain. They break the
/// platform's CSV exports (`,` `"`), its URL-encoded APIs (`%` `#`) and the
/// XML configuration pushed to phones (`<` `>` `\`).
pub const FORBIDDEN: [char; 7] = ['%', '#', '<', '>', ',', '\\', '"'];

/// A valid workspace name: trimmed, 1 to 30 characters, none of
/// [`FORBIDDEN`] and no control characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct WorkspaceName(String);

/// Why a string is not a [`WorkspaceName`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkspaceNameError {
    /// The name is blank.
    #[error("a workspace name is required")]
    Empty,
    /// More than [`MAX_CHARS`] characters.
    #[error("a workspace name may have at most 30 characters, this one has {chars}")]
    TooLong {
        /// How many characters the trimmed input has.
        chars: usize,
    },
    /// One of [`FORBIDDEN`], or a control character.
    #[error("a workspace name may not contain {}", display_char(*.0))]
    ForbiddenCharacter(char),
}

/// Control characters are invisible, so the message names them by code point.
fn display_char(c: char) -> String {
    if c.is_control() {
        format!("the control character U+{:04X}", u32::from(c))
    } else {
        format!("`{c}`")
    }
}

impl WorkspaceNameError {
    /// The stable code: `workspace_name_empty`, `workspace_name_too_long` or
    /// `workspace_name_forbidden_character`.
    pub const fn code(&self) -> Code {
        match self {
            Self::Empty => Code::WorkspaceNameEmpty,
            Self::TooLong { .. } => Code::WorkspaceNameTooLong,
            Self::ForbiddenCharacter(_) => Code::WorkspaceNameForbiddenCharacter,
        }
    }
}

impl WorkspaceName {
    /// Validates a workspace name. Surrounding whitespace is trimmed first.
    pub fn parse(input: &str) -> Result<Self, WorkspaceNameError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(WorkspaceNameError::Empty);
        }
        let chars = s.chars().count();
        if chars > MAX_CHARS {
            return Err(WorkspaceNameError::TooLong { chars });
        }
        if let Some(c) = s.chars().find(|c| FORBIDDEN.contains(c) || c.is_control()) {
            return Err(WorkspaceNameError::ForbiddenCharacter(c));
        }
        Ok(Self(s.to_owned()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for WorkspaceName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for WorkspaceName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for WorkspaceName {
    type Error = WorkspaceNameError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<WorkspaceName> for String {
    fn from(value: WorkspaceName) -> Self {
        value.0
    }
}

impl core::str::FromStr for WorkspaceName {
    type Err = WorkspaceNameError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_30_character_workspace_name_is_accepted() {
        let name = "a".repeat(30);
        assert_eq!(WorkspaceName::parse(&name).map(String::from), Ok(name));
    }

    #[test]
    fn a_31_character_workspace_name_is_rejected() {
        assert_eq!(
            WorkspaceName::parse(&"a".repeat(31)),
            Err(WorkspaceNameError::TooLong { chars: 31 })
        );
        assert_eq!(
            WorkspaceNameError::TooLong { chars: 31 }.code(),
            Code::WorkspaceNameTooLong
        );
    }

    #[test]
    fn a_30_letter_cyrillic_workspace_name_is_accepted() {
        let name = "Переговорная".repeat(3);
        let name: String = name.chars().take(30).collect();
        assert_eq!(name.chars().count(), 30);
        assert!(name.len() > 30, "60 bytes: the limit counts characters");
        assert!(WorkspaceName::parse(&name).is_ok());
    }

    #[test]
    fn a_30_letter_norwegian_workspace_name_is_accepted() {
        let name = "Møterommet".repeat(3);
        assert_eq!(name.chars().count(), 30);
        assert!(WorkspaceName::parse(&name).is_ok());
        assert_eq!(
            WorkspaceName::parse(&format!("{name}ø")),
            Err(WorkspaceNameError::TooLong { chars: 31 })
        );
    }

    #[test]
    fn surrounding_whitespace_does_not_count() {
        let name = format!("  {}  ", "a".repeat(30));
        assert_eq!(
            WorkspaceName::parse(&name).map(String::from),
            Ok("a".repeat(30))
        );
    }

    #[test]
    fn a_blank_workspace_name_is_empty() {
        assert_eq!(WorkspaceName::parse(""), Err(WorkspaceNameError::Empty));
        assert_eq!(WorkspaceName::parse(" \t "), Err(WorkspaceNameError::Empty));
        assert_eq!(WorkspaceNameError::Empty.code(), Code::WorkspaceNameEmpty);
    }

    #[test]
    fn each_pmd_7_forbidden_character_is_rejected_and_named() {
        for c in FORBIDDEN {
            let err = WorkspaceName::parse(&format!("Room {c} 1"));
            assert_eq!(err, Err(WorkspaceNameError::ForbiddenCharacter(c)));
            assert_eq!(
                WorkspaceNameError::ForbiddenCharacter(c).code(),
                Code::WorkspaceNameForbiddenCharacter
            );
        }
        assert_eq!(
            WorkspaceNameError::ForbiddenCharacter('#').to_string(),
            "a workspace name may not contain `#`"
        );
    }

    #[test]
    fn control_characters_are_forbidden_too() {
        assert_eq!(
            WorkspaceName::parse("Room\n1"),
            Err(WorkspaceNameError::ForbiddenCharacter('\n'))
        );
        assert_eq!(
            WorkspaceNameError::ForbiddenCharacter('\u{7}').to_string(),
            "a workspace name may not contain the control character U+0007"
        );
    }

    #[test]
    fn ordinary_room_names_are_accepted() {
        for s in [
            "Dallas HQ – Board Room",
            "Sala Riunioni 3",
            "Sală de ședințe",
            "Lobby (ground floor)",
            "O'Hare / Gate 12",
            "Room 4.01 & 4.02",
        ] {
            assert!(WorkspaceName::parse(s).is_ok(), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn parsing_never_panics(s in any::<String>()) {
            let _ = WorkspaceName::parse(&s);
        }

        #[test]
        fn workspace_names_of_1_to_30_allowed_characters_always_pass(
            s in "[^%#<>,\\\\\"\\p{Cc}\\s][^%#<>,\\\\\"\\p{Cc}]{0,29}",
        ) {
            prop_assert!(s.chars().count() <= 30);
            let name = WorkspaceName::parse(&s);
            prop_assert_eq!(name.as_ref().map(WorkspaceName::as_str), Ok(s.trim()));
        }

        #[test]
        fn parsing_is_idempotent(s in "\\PC{0,40}") {
            if let Ok(name) = WorkspaceName::parse(&s) {
                prop_assert_eq!(WorkspaceName::parse(name.as_str()), Ok(name.clone()));
            }
        }
    }
}
