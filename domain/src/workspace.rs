//! Workspaces (PMD-6 … PMD-8): rooms with their own phone, number and
//! workspace license. The name is [`crate::WorkspaceName`].

use serde::{Deserialize, Serialize};

use crate::Code;

/// What kind of room a workspace is (PMD-6). Shown in the workspaces list
/// and used by admins to find rooms; it does not change what the room may
/// hold (its license does, PMD-8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoomType {
    MeetingRoom,
    HuddleRoom,
    Lobby,
    OpenSpace,
    Office,
    Other,
}

impl RoomType {
    pub const ALL: [RoomType; 6] = [
        Self::MeetingRoom,
        Self::HuddleRoom,
        Self::Lobby,
        Self::OpenSpace,
        Self::Office,
        Self::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::MeetingRoom => "meeting_room",
            Self::HuddleRoom => "huddle_room",
            Self::Lobby => "lobby",
            Self::OpenSpace => "open_space",
            Self::Office => "office",
            Self::Other => "other",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Code> {
        Self::ALL
            .into_iter()
            .find(|t| t.as_str() == input.trim())
            .ok_or(Code::RoomTypeUnknown)
    }
}

/// The largest capacity a workspace may have: the platform shows three
/// digits; a room for a thousand people is an auditorium with its own
/// audio system, not a workspace phone.
pub const MAX_CAPACITY: u16 = 999;

/// How many people a room seats (PMD-6): 1 to [`MAX_CAPACITY`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub struct Capacity(u16);

impl Capacity {
    /// A capacity as typed: digits only, surrounding whitespace trimmed.
    pub fn parse(input: &str) -> Result<Self, Code> {
        let s = input.trim();
        if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Code::CapacityInvalid);
        }
        s.parse::<u16>()
            .map_err(|_| Code::CapacityInvalid)
            .and_then(Self::try_from)
    }

    pub const fn get(self) -> u16 {
        self.0
    }
}

impl TryFrom<u16> for Capacity {
    type Error = Code;

    fn try_from(value: u16) -> Result<Self, Code> {
        if (1..=MAX_CAPACITY).contains(&value) {
            Ok(Self(value))
        } else {
            Err(Code::CapacityInvalid)
        }
    }
}

impl From<Capacity> for u16 {
    fn from(value: Capacity) -> u16 {
        value.0
    }
}

/// The workspace license of a workspace's Calling service (PMD-6, PMD-8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkspaceLicense {
    /// Workspace Professional: a room with up to five phones.
    Professional,
    /// Common Area: one phone in a shared space (lobby, kitchen, hallway).
    CommonArea,
}

impl WorkspaceLicense {
    pub const ALL: [WorkspaceLicense; 2] = [Self::Professional, Self::CommonArea];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Professional => "professional",
            Self::CommonArea => "common_area",
        }
    }

    pub fn parse(input: &str) -> Result<Self, Code> {
        Self::ALL
            .into_iter()
            .find(|l| l.as_str() == input.trim())
            .ok_or(Code::WorkspaceLicenseUnknown)
    }

    /// The catalog key of the license a workspace of this kind holds.
    pub const fn license_key(self) -> &'static str {
        match self {
            Self::Professional => "workspace_professional",
            Self::CommonArea => "common_area",
        }
    }

    /// PMD-8: how many partner-managed devices the workspace may hold.
    pub const fn device_limit(self) -> usize {
        match self {
            Self::Professional => 5,
            Self::CommonArea => 1,
        }
    }

    /// PMD-8: whether a workspace holding `devices` devices may get one
    /// more.
    pub const fn check_can_add(self, devices: usize) -> Result<(), Code> {
        if devices < self.device_limit() {
            Ok(())
        } else {
            Err(Code::WorkspaceDeviceLimit)
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn a_professional_workspace_holds_up_to_five_devices() {
        let professional = WorkspaceLicense::Professional;
        assert_eq!(professional.device_limit(), 5);
        assert_eq!(professional.check_can_add(4), Ok(()));
        assert_eq!(
            professional.check_can_add(5),
            Err(Code::WorkspaceDeviceLimit)
        );
    }

    #[test]
    fn a_common_area_workspace_holds_exactly_one_device() {
        let common = WorkspaceLicense::CommonArea;
        assert_eq!(common.device_limit(), 1);
        assert_eq!(common.check_can_add(0), Ok(()));
        assert_eq!(common.check_can_add(1), Err(Code::WorkspaceDeviceLimit));
    }

    #[test]
    fn workspace_licenses_map_to_their_catalog_keys() {
        assert_eq!(
            WorkspaceLicense::Professional.license_key(),
            "workspace_professional"
        );
        assert_eq!(WorkspaceLicense::CommonArea.license_key(), "common_area");
        assert_eq!(
            WorkspaceLicense::parse("enterprise"),
            Err(Code::WorkspaceLicenseUnknown)
        );
    }

    #[test]
    fn a_capacity_of_zero_or_a_thousand_is_rejected() {
        assert_eq!(Capacity::parse("0"), Err(Code::CapacityInvalid));
        assert_eq!(Capacity::parse("1000"), Err(Code::CapacityInvalid));
        assert_eq!(Capacity::parse(" 12 ").map(Capacity::get), Ok(12));
        assert_eq!(Capacity::parse("999").map(Capacity::get), Ok(999));
        assert_eq!(Capacity::parse("-3"), Err(Code::CapacityInvalid));
        assert_eq!(Capacity::parse("1e2"), Err(Code::CapacityInvalid));
    }

    #[test]
    fn every_room_type_round_trips_and_others_are_unknown() {
        for room in RoomType::ALL {
            assert_eq!(RoomType::parse(room.as_str()), Ok(room));
        }
        assert_eq!(RoomType::parse("garage"), Err(Code::RoomTypeUnknown));
    }

    proptest! {
        #[test]
        fn a_capacity_parses_exactly_when_it_is_1_to_999(input in "\\PC{0,6}") {
            let parsed = Capacity::parse(&input);
            let expected = input.trim().parse::<u32>().ok().filter(|n| (1..=999).contains(n)
                && input.trim().bytes().all(|b| b.is_ascii_digit()) && input.trim().len() <= 3);
            prop_assert_eq!(parsed.ok().map(|c| u32::from(c.get())), expected);
        }
    }
}
