//! Detailed call history (GO-16): call records that the calling platform
//! sends through the ingest API, and the report that filters and exports
//! them.
//!
//! What needs no database lives here, so the browser, the REST API and the
//! server agree: the sub-client types and call directions with their wire
//! strings, the checks a record passes before it is stored
//! ([`CallRecord::parse`]), the report's date range ([`ReportRange`]) and
//! paging ([`ReportCursor`]), UTC time texts, and the CSV export
//! ([`write_csv`]). The clock stays outside: every time check takes
//! `now_ms`.

use core::fmt;

use serde::{Deserialize, Serialize};

use crate::Code;

/// How a call reached the user: which client of theirs placed or answered
/// it. Strings follow the imitated product's report (`Mobile_Network` for
/// Webex Go, GO-16), in its Capitalised_Underscore style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubClientType {
    /// The phone's native dialer over the mobile network: a Webex Go line.
    MobileNetwork,
    /// The desktop app.
    Desktop,
    /// The mobile app (not the native dialer).
    MobileApp,
    /// A desk phone.
    DeskPhone,
    /// The web app.
    Browser,
    /// Anything else, and records that do not say.
    Other,
}

impl SubClientType {
    pub const ALL: [SubClientType; 6] = [
        Self::MobileNetwork,
        Self::Desktop,
        Self::MobileApp,
        Self::DeskPhone,
        Self::Browser,
        Self::Other,
    ];

    /// The stored, wire and CSV string.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::MobileNetwork => "Mobile_Network",
            Self::Desktop => "Desktop",
            Self::MobileApp => "Mobile_App",
            Self::DeskPhone => "Desk_Phone",
            Self::Browser => "Browser",
            Self::Other => "Other",
        }
    }

    /// Reads a type in any case (`MOBILE_NETWORK` as a platform may send
    /// it is `Mobile_Network`).
    pub fn parse(input: &str) -> Option<Self> {
        let input = input.trim();
        Self::ALL
            .into_iter()
            .find(|t| t.as_str().eq_ignore_ascii_case(input))
    }

    /// GO-16: a call on a Webex Go line is a `Mobile_Network` call, whatever
    /// the platform said; otherwise what it said, or `Other`.
    pub fn resolve(stated: Option<Self>, on_webex_go_line: bool) -> Self {
        if on_webex_go_line {
            Self::MobileNetwork
        } else {
            stated.unwrap_or(Self::Other)
        }
    }
}

impl fmt::Display for SubClientType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SubClientType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SubClientType {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a sub-client type")))
    }
}

/// Whether the user placed the call or received it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The user placed the call.
    Originating,
    /// The user received it.
    Terminating,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Self::Originating, Self::Terminating];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Originating => "ORIGINATING",
            Self::Terminating => "TERMINATING",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        let input = input.trim();
        Self::ALL
            .into_iter()
            .find(|d| d.as_str().eq_ignore_ascii_case(input))
    }
}

impl Serialize for Direction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Direction {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a call direction")))
    }
}

/// Records one ingest request may carry: enough for a platform's minute of
/// calls in a large org, small enough that the batch commits in one short
/// transaction.
pub const MAX_BATCH_RECORDS: usize = 1_000;

/// An external record id is the platform's key (idempotency): a UUID or
/// similar. 128 characters leave room for prefixed ids.
pub const RECORD_ID_MAX_CHARS: usize = 128;

/// Calling and called "numbers" may be E.164 numbers, extensions or SIP
/// addresses; 128 characters hold any of them.
pub const NUMBER_MAX_CHARS: usize = 128;

/// Switchboard ids are UUIDs (36 characters); anything much longer names
/// nothing.
pub const REF_MAX_CHARS: usize = 64;

/// A call lasts at most a day: a longer duration is a platform bug, not a
/// call.
pub const MAX_DURATION_SECONDS: i64 = 24 * 60 * 60;

/// The earliest start time accepted: 2000-01-01T00:00:00Z. Anything before
/// it is a zero or unset clock.
pub const EARLIEST_START_MS: i64 = 946_684_800_000;

/// How far in the future a start time may be: clocks drift, calls do not
/// start tomorrow.
pub const FUTURE_TOLERANCE_MS: i64 = DAY_MS;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// A call record as the platform sent it, every field optional: what
/// [`CallRecord::parse`] checks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallRecordDraft {
    /// The platform's id of the record.
    pub id: Option<String>,
    /// RFC 3339 (`2026-03-04T10:15:30Z`, any offset, optional fraction).
    pub start_time: Option<String>,
    pub duration_seconds: Option<i64>,
    /// `ORIGINATING` or `TERMINATING`.
    pub direction: Option<String>,
    pub calling_number: Option<String>,
    pub called_number: Option<String>,
    /// A Switchboard user id of the org.
    pub user_id: Option<String>,
    /// A Switchboard device id of the org (a Webex Go line's id is the
    /// carrier API's `lineId`).
    pub device_id: Option<String>,
    pub sub_client_type: Option<String>,
}

/// One problem with one field of a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordFinding {
    /// The field, as the ingest API names it (`startTime`).
    pub field: &'static str,
    pub code: Code,
}

/// A call record that passed every check that needs no database. Whether
/// its user and device exist in the org is the store's to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallRecord {
    external_id: String,
    start_ms: i64,
    duration_seconds: i64,
    direction: Direction,
    calling_number: Option<String>,
    called_number: Option<String>,
    user_id: Option<String>,
    device_id: Option<String>,
    sub_client_type: Option<SubClientType>,
}

impl CallRecord {
    /// Checks a record received at `now_ms`. Every problem is reported,
    /// field by field, so the platform learns everything at once.
    pub fn parse(draft: &CallRecordDraft, now_ms: i64) -> Result<Self, Vec<RecordFinding>> {
        let mut findings = Vec::new();
        let mut refuse = |field, code| findings.push(RecordFinding { field, code });

        let external_id = match draft.id.as_deref().map(str::trim) {
            Some(id)
                if !id.is_empty()
                    && id.chars().count() <= RECORD_ID_MAX_CHARS
                    && id.bytes().all(|b| b.is_ascii_graphic()) =>
            {
                Some(id.to_owned())
            }
            _ => {
                refuse("id", Code::CallRecordIdInvalid);
                None
            }
        };
        let start_ms = match draft.start_time.as_deref().map(str::trim) {
            None | Some("") => {
                refuse("startTime", Code::CallStartMissing);
                None
            }
            Some(text) => match parse_rfc3339_ms(text) {
                None => {
                    refuse("startTime", Code::CallStartInvalid);
                    None
                }
                Some(ms)
                    if ms < EARLIEST_START_MS
                        || ms > now_ms.saturating_add(FUTURE_TOLERANCE_MS) =>
                {
                    refuse("startTime", Code::CallStartOutOfRange);
                    None
                }
                Some(ms) => Some(ms),
            },
        };
        let duration_seconds = match draft.duration_seconds {
            Some(d) if (0..=MAX_DURATION_SECONDS).contains(&d) => Some(d),
            _ => {
                refuse("durationSeconds", Code::CallDurationInvalid);
                None
            }
        };
        let direction = match draft.direction.as_deref().and_then(Direction::parse) {
            Some(d) => Some(d),
            None => {
                refuse("direction", Code::CallDirectionInvalid);
                None
            }
        };
        let mut check_number = |field, value: &Option<String>| match optional(value) {
            Some(n) if n.chars().count() > NUMBER_MAX_CHARS || n.chars().any(char::is_control) => {
                refuse(field, Code::CallNumberInvalid);
                None
            }
            n => n,
        };
        let calling_number = check_number("callingNumber", &draft.calling_number);
        let called_number = check_number("calledNumber", &draft.called_number);
        let mut reference = |field, code, value: &Option<String>| match optional(value) {
            Some(r)
                if r.chars().count() > REF_MAX_CHARS
                    || !r.bytes().all(|b| b.is_ascii_graphic()) =>
            {
                refuse(field, code);
                None
            }
            r => r,
        };
        let user_id = reference("userId", Code::CallUserUnknown, &draft.user_id);
        let device_id = reference("deviceId", Code::CallDeviceUnknown, &draft.device_id);
        let sub_client_type = match optional(&draft.sub_client_type) {
            None => None,
            Some(text) => match SubClientType::parse(&text) {
                Some(t) => Some(t),
                None => {
                    refuse("subClientType", Code::SubClientTypeUnknown);
                    None
                }
            },
        };
        match (external_id, start_ms, duration_seconds, direction) {
            (Some(external_id), Some(start_ms), Some(duration_seconds), Some(direction))
                if findings.is_empty() =>
            {
                Ok(Self {
                    external_id,
                    start_ms,
                    duration_seconds,
                    direction,
                    calling_number,
                    called_number,
                    user_id,
                    device_id,
                    sub_client_type,
                })
            }
            _ => Err(findings),
        }
    }

    pub fn external_id(&self) -> &str {
        &self.external_id
    }

    pub fn start_ms(&self) -> i64 {
        self.start_ms
    }

    pub fn duration_seconds(&self) -> i64 {
        self.duration_seconds
    }

    pub fn direction(&self) -> Direction {
        self.direction
    }

    pub fn calling_number(&self) -> Option<&str> {
        self.calling_number.as_deref()
    }

    pub fn called_number(&self) -> Option<&str> {
        self.called_number.as_deref()
    }

    pub fn user_id(&self) -> Option<&str> {
        self.user_id.as_deref()
    }

    pub fn device_id(&self) -> Option<&str> {
        self.device_id.as_deref()
    }

    /// What the platform said, before [`SubClientType::resolve`].
    pub fn stated_sub_client_type(&self) -> Option<SubClientType> {
        self.sub_client_type
    }
}

/// A text field trimmed, `None` when blank.
fn optional(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// The longest report range: a month of calls (as the imitated product's
/// report allows), so a page and its count stay quick in a large org.
pub const MAX_RANGE_DAYS: i64 = 31;

/// Days the report shows when the admin has not picked a range.
pub const DEFAULT_RANGE_DAYS: i64 = 7;

/// Rows per report page: 50 by default, at most 200.
pub const DEFAULT_PAGE_ROWS: u32 = 50;
pub const MAX_PAGE_ROWS: u32 = 200;

/// Rows one CSV export carries: a month of a busy org's calls fits, and
/// the file is built in memory (about 15 MB at this size). A larger export
/// is refused (`export_too_large`): narrow the range or the filters.
pub const MAX_EXPORT_ROWS: u64 = 100_000;

/// The report's dates: whole UTC days, `from` and `to` both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReportRange {
    /// Days since 1970-01-01.
    from_day: i64,
    to_day: i64,
}

impl ReportRange {
    /// Reads `YYYY-MM-DD` dates (as a date input gives them). Refused:
    /// a date that is not one (`date_range_invalid`), `from` after `to`
    /// (the same), more than [`MAX_RANGE_DAYS`] days (`date_range_too_long`).
    pub fn parse(from: &str, to: &str) -> Result<Self, RecordFinding> {
        let invalid = |field| RecordFinding {
            field,
            code: Code::DateRangeInvalid,
        };
        let from_day = parse_date(from).ok_or(invalid("from"))?;
        let to_day = parse_date(to).ok_or(invalid("to"))?;
        if from_day > to_day {
            return Err(invalid("to"));
        }
        if to_day - from_day + 1 > MAX_RANGE_DAYS {
            return Err(RecordFinding {
                field: "to",
                code: Code::DateRangeTooLong,
            });
        }
        Ok(Self { from_day, to_day })
    }

    /// The [`DEFAULT_RANGE_DAYS`] days that end with the day of `now_ms`.
    pub fn ending_at(now_ms: i64) -> Self {
        let to_day = now_ms.div_euclid(DAY_MS);
        Self {
            from_day: to_day - (DEFAULT_RANGE_DAYS - 1),
            to_day,
        }
    }

    /// The first millisecond of `from`.
    pub fn start_ms(self) -> i64 {
        self.from_day * DAY_MS
    }

    /// The first millisecond after `to` (exclusive end).
    pub fn end_ms(self) -> i64 {
        (self.to_day + 1) * DAY_MS
    }

    pub fn from_date(self) -> String {
        format_date(self.from_day)
    }

    pub fn to_date(self) -> String {
        format_date(self.to_day)
    }
}

/// Where a report page starts: after the row `(start_ms, id)` of the
/// previous page (newest first). Written as `<start_ms>/<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportCursor {
    pub start_ms: i64,
    pub id: String,
}

impl ReportCursor {
    pub fn parse(text: &str) -> Option<Self> {
        let (at, id) = text.split_once('/')?;
        if id.is_empty() || id.len() > REF_MAX_CHARS || !id.bytes().all(|b| b.is_ascii_graphic()) {
            return None;
        }
        Some(Self {
            start_ms: at.parse().ok()?,
            id: id.to_owned(),
        })
    }
}

impl fmt::Display for ReportCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.start_ms, self.id)
    }
}

/// Rows per page, from what a caller asked for.
pub fn page_rows(asked: Option<u32>) -> u32 {
    asked.unwrap_or(DEFAULT_PAGE_ROWS).clamp(1, MAX_PAGE_ROWS)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day since 1970-01-01, as `(year, month, day)`.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `digits` ASCII digits as a number.
fn number(text: &[u8]) -> Option<i64> {
    if text.is_empty() || !text.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(text.iter().fold(0, |n, &d| n * 10 + i64::from(d - b'0')))
}

/// `YYYY-MM-DD` (years 1970 to 9999) as days since 1970-01-01.
fn parse_date(text: &str) -> Option<i64> {
    let bytes = text.trim().as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let (year, month, day) = (
        number(&bytes[..4])?,
        number(&bytes[5..7])?,
        number(&bytes[8..])?,
    );
    if year < 1970 || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    Some(days_from_civil(year, month, day))
}

/// A day since 1970-01-01 as `YYYY-MM-DD`.
pub fn format_date(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// An RFC 3339 date-time (`2026-03-04T10:15:30Z`, `…30.250+01:00`; `t`,
/// `z` and a space for `T` accepted) as milliseconds since the epoch.
pub fn parse_rfc3339_ms(text: &str) -> Option<i64> {
    let bytes = text.as_bytes();
    if bytes.len() < 20 || !matches!(bytes[10], b'T' | b't' | b' ') {
        return None;
    }
    let days = parse_date(text.get(..10)?)?;
    let time = &bytes[11..];
    if time[2] != b':' || time[5] != b':' {
        return None;
    }
    let (hour, minute, second) = (
        number(&time[..2])?,
        number(&time[3..5])?,
        number(&time[6..8])?,
    );
    // A leap second (60) is read as the last second of its minute.
    if hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    let mut rest = &time[8..];
    let mut millis = 0;
    if let Some(fraction) = rest.strip_prefix(b".") {
        let digits = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 9 {
            return None;
        }
        let padded: Vec<u8> = fraction[..digits]
            .iter()
            .copied()
            .chain(core::iter::repeat(b'0'))
            .take(3)
            .collect();
        millis = number(&padded)?;
        rest = &fraction[digits..];
    }
    let offset_minutes = match rest {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = number(&[*h1, *h2])?;
            let minutes = number(&[*m1, *m2])?;
            if hours > 23 || minutes > 59 {
                return None;
            }
            let total = hours * 60 + minutes;
            if *sign == b'-' { -total } else { total }
        }
        _ => return None,
    };
    let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second.min(59);
    Some((seconds - offset_minutes * 60) * 1_000 + millis)
}

/// Milliseconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ` (whole seconds).
pub fn format_rfc3339(ms: i64) -> String {
    let (date, time) = date_and_time(ms);
    format!("{date}T{time}Z")
}

/// Milliseconds since the epoch as `YYYY-MM-DD HH:MM:SS` in UTC: how the
/// report shows a start time.
pub fn format_utc(ms: i64) -> String {
    let (date, time) = date_and_time(ms);
    format!("{date} {time}")
}

fn date_and_time(ms: i64) -> (String, String) {
    let seconds = ms.div_euclid(1_000);
    let of_day = seconds.rem_euclid(86_400);
    (
        format_date(seconds.div_euclid(86_400)),
        format!(
            "{:02}:{:02}:{:02}",
            of_day / 3_600,
            of_day % 3_600 / 60,
            of_day % 60
        ),
    )
}

/// A duration in seconds as `H:MM:SS` (or `M:SS` under an hour).
pub fn format_duration(seconds: i64) -> String {
    let seconds = seconds.max(0);
    let (h, m, s) = (seconds / 3_600, seconds % 3_600 / 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// One row of the CSV export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportRow {
    pub start_ms: i64,
    pub user_name: Option<String>,
    pub user_email: Option<String>,
    pub direction: &'static str,
    pub calling_number: Option<String>,
    pub called_number: Option<String>,
    pub duration_seconds: i64,
    pub sub_client_type: &'static str,
    pub device_id: Option<String>,
    pub external_id: String,
}

/// The export's columns, in order. English and stable: scripts read them.
pub const EXPORT_HEADER: [&str; 10] = [
    "Start Time (UTC)",
    "User",
    "User Email",
    "Direction",
    "Calling Number",
    "Called Number",
    "Duration (s)",
    "Sub Client Type",
    "Device ID",
    "Call Record ID",
];

/// The CSV export of a report: [`EXPORT_HEADER`], then one row per call,
/// every cell neutralised against formula injection (a calling "number" is
/// whatever the far end sent).
pub fn write_csv(rows: impl IntoIterator<Item = ExportRow>) -> String {
    use crate::users_csv::neutralise_cell;
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail; a row that did would only be missing.
    let _ = writer.write_record(EXPORT_HEADER);
    for row in rows {
        let cells = [
            format_rfc3339(row.start_ms),
            row.user_name.unwrap_or_default(),
            row.user_email.unwrap_or_default(),
            row.direction.to_owned(),
            row.calling_number.unwrap_or_default(),
            row.called_number.unwrap_or_default(),
            row.duration_seconds.to_string(),
            row.sub_client_type.to_owned(),
            row.device_id.unwrap_or_default(),
            row.external_id,
        ];
        let _ = writer.write_record(cells.iter().map(|c| neutralise_cell(c).into_owned()));
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// 2026-03-04T10:15:30Z.
    const MARCH_4: i64 = 1_772_619_330_000;

    fn draft() -> CallRecordDraft {
        CallRecordDraft {
            id: Some("cdr-0001".into()),
            start_time: Some("2026-03-04T10:15:30Z".into()),
            duration_seconds: Some(95),
            direction: Some("ORIGINATING".into()),
            calling_number: Some("+12314569000".into()),
            called_number: Some("+14155550123".into()),
            user_id: Some("0190a1b2-0000-7000-8000-000000000001".into()),
            device_id: None,
            sub_client_type: Some("Desktop".into()),
        }
    }

    fn codes(draft: &CallRecordDraft) -> Vec<(&'static str, Code)> {
        CallRecord::parse(draft, MARCH_4)
            .unwrap_err()
            .into_iter()
            .map(|f| (f.field, f.code))
            .collect()
    }

    #[test]
    fn the_webex_go_sub_client_type_is_mobile_network() {
        assert_eq!(SubClientType::MobileNetwork.as_str(), "Mobile_Network");
        assert_eq!(
            SubClientType::parse("MOBILE_NETWORK"),
            Some(SubClientType::MobileNetwork)
        );
        assert_eq!(
            serde_json::to_string(&SubClientType::DeskPhone).unwrap(),
            "\"Desk_Phone\""
        );
    }

    #[test]
    fn every_sub_client_type_and_direction_round_trips_through_its_string() {
        for t in SubClientType::ALL {
            assert_eq!(SubClientType::parse(t.as_str()), Some(t));
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(serde_json::from_str::<SubClientType>(&json).unwrap(), t);
        }
        for d in Direction::ALL {
            assert_eq!(Direction::parse(d.as_str()), Some(d));
            assert_eq!(Direction::parse(&d.as_str().to_lowercase()), Some(d));
        }
        assert_eq!(SubClientType::parse("Pager"), None);
        assert_eq!(Direction::parse("SIDEWAYS"), None);
    }

    #[test]
    fn a_call_on_a_webex_go_line_is_mobile_network_whatever_the_platform_said() {
        assert_eq!(
            SubClientType::resolve(Some(SubClientType::Desktop), true),
            SubClientType::MobileNetwork
        );
        assert_eq!(
            SubClientType::resolve(None, true),
            SubClientType::MobileNetwork
        );
        assert_eq!(
            SubClientType::resolve(Some(SubClientType::Browser), false),
            SubClientType::Browser
        );
        assert_eq!(SubClientType::resolve(None, false), SubClientType::Other);
    }

    #[test]
    fn a_complete_record_is_accepted_with_its_fields_read() {
        let record = CallRecord::parse(&draft(), MARCH_4).unwrap();
        assert_eq!(record.external_id(), "cdr-0001");
        assert_eq!(record.start_ms(), MARCH_4);
        assert_eq!(record.duration_seconds(), 95);
        assert_eq!(record.direction(), Direction::Originating);
        assert_eq!(record.calling_number(), Some("+12314569000"));
        assert_eq!(
            record.stated_sub_client_type(),
            Some(SubClientType::Desktop)
        );
        assert_eq!(record.device_id(), None);
    }

    #[test]
    fn blank_optional_fields_are_absent() {
        let mut blank = draft();
        blank.calling_number = Some("  ".into());
        blank.user_id = Some(String::new());
        blank.sub_client_type = None;
        let record = CallRecord::parse(&blank, MARCH_4).unwrap();
        assert_eq!(record.calling_number(), None);
        assert_eq!(record.user_id(), None);
        assert_eq!(record.stated_sub_client_type(), None);
    }

    #[test]
    fn a_record_without_id_start_duration_or_direction_hears_of_all_four() {
        let empty = CallRecordDraft::default();
        assert_eq!(
            codes(&empty),
            [
                ("id", Code::CallRecordIdInvalid),
                ("startTime", Code::CallStartMissing),
                ("durationSeconds", Code::CallDurationInvalid),
                ("direction", Code::CallDirectionInvalid),
            ]
        );
    }

    #[test]
    fn a_start_time_that_is_not_rfc_3339_is_invalid() {
        for text in [
            "yesterday",
            "2026-03-04",
            "2026-03-04T10:15:30",
            "2026-02-30T10:15:30Z",
            "2026-03-04T24:00:00Z",
            "2026-03-04T10:15:30+1:00",
        ] {
            let mut bad = draft();
            bad.start_time = Some(text.into());
            assert_eq!(
                codes(&bad),
                [("startTime", Code::CallStartInvalid)],
                "{text}"
            );
        }
    }

    #[test]
    fn a_start_time_before_2000_or_more_than_a_day_ahead_is_out_of_range() {
        for text in ["1999-12-31T23:59:59Z", "2026-03-05T10:15:31Z"] {
            let mut bad = draft();
            bad.start_time = Some(text.into());
            assert_eq!(codes(&bad), [("startTime", Code::CallStartOutOfRange)]);
        }
        let mut soon = draft();
        soon.start_time = Some("2026-03-05T10:15:30Z".into());
        assert!(CallRecord::parse(&soon, MARCH_4).is_ok());
    }

    #[test]
    fn a_duration_below_zero_or_above_a_day_is_refused() {
        for seconds in [-1, MAX_DURATION_SECONDS + 1] {
            let mut bad = draft();
            bad.duration_seconds = Some(seconds);
            assert_eq!(
                codes(&bad),
                [("durationSeconds", Code::CallDurationInvalid)]
            );
        }
        for seconds in [0, MAX_DURATION_SECONDS] {
            let mut fine = draft();
            fine.duration_seconds = Some(seconds);
            assert!(CallRecord::parse(&fine, MARCH_4).is_ok());
        }
    }

    #[test]
    fn over_long_ids_numbers_and_references_are_refused_by_field() {
        let mut bad = draft();
        bad.id = Some("x".repeat(RECORD_ID_MAX_CHARS + 1));
        bad.called_number = Some("9".repeat(NUMBER_MAX_CHARS + 1));
        bad.calling_number = Some("+1\u{0}23".into());
        bad.user_id = Some("u".repeat(REF_MAX_CHARS + 1));
        bad.device_id = Some("has space".into());
        bad.sub_client_type = Some("Pager".into());
        assert_eq!(
            codes(&bad),
            [
                ("id", Code::CallRecordIdInvalid),
                ("callingNumber", Code::CallNumberInvalid),
                ("calledNumber", Code::CallNumberInvalid),
                ("userId", Code::CallUserUnknown),
                ("deviceId", Code::CallDeviceUnknown),
                ("subClientType", Code::SubClientTypeUnknown),
            ]
        );
    }

    #[test]
    fn rfc_3339_times_with_offsets_and_fractions_are_read_in_utc() {
        assert_eq!(parse_rfc3339_ms("2026-03-04T10:15:30Z"), Some(MARCH_4));
        assert_eq!(
            parse_rfc3339_ms("2026-03-04T11:15:30.250+01:00"),
            Some(MARCH_4 + 250)
        );
        assert_eq!(
            parse_rfc3339_ms("2026-03-04 05:15:30.5-05:00"),
            Some(MARCH_4 + 500)
        );
        assert_eq!(parse_rfc3339_ms("1970-01-01T00:00:00z"), Some(0));
        assert_eq!(
            parse_rfc3339_ms("2000-02-29T00:00:00Z"),
            Some(951_782_400_000)
        );
        assert_eq!(parse_rfc3339_ms("2001-02-29T00:00:00Z"), None);
        assert_eq!(parse_rfc3339_ms("2026-03-04T10:15:30.Z"), None);
    }

    #[test]
    fn times_are_printed_in_utc() {
        assert_eq!(format_rfc3339(MARCH_4 + 999), "2026-03-04T10:15:30Z");
        assert_eq!(format_utc(MARCH_4), "2026-03-04 10:15:30");
        assert_eq!(format_duration(95), "1:35");
        assert_eq!(format_duration(3_725), "1:02:05");
        assert_eq!(format_duration(0), "0:00");
    }

    #[test]
    fn a_report_range_covers_whole_utc_days_with_both_ends_included() {
        let range = ReportRange::parse("2026-03-01", "2026-03-04").unwrap();
        assert_eq!(
            range.start_ms(),
            parse_rfc3339_ms("2026-03-01T00:00:00Z").unwrap()
        );
        assert_eq!(
            range.end_ms(),
            parse_rfc3339_ms("2026-03-05T00:00:00Z").unwrap()
        );
        assert_eq!(range.from_date(), "2026-03-01");
        assert_eq!(range.to_date(), "2026-03-04");
        let one_day = ReportRange::parse("2026-03-04", "2026-03-04").unwrap();
        assert!((one_day.start_ms()..one_day.end_ms()).contains(&MARCH_4));
    }

    #[test]
    fn a_range_that_ends_before_it_starts_or_is_not_a_date_is_invalid() {
        let invalid = |field| RecordFinding {
            field,
            code: Code::DateRangeInvalid,
        };
        assert_eq!(
            ReportRange::parse("2026-03-04", "2026-03-01"),
            Err(invalid("to"))
        );
        assert_eq!(
            ReportRange::parse("03/01/2026", "2026-03-04"),
            Err(invalid("from"))
        );
        assert_eq!(ReportRange::parse("2026-03-01", ""), Err(invalid("to")));
    }

    #[test]
    fn a_range_of_more_than_31_days_is_too_long() {
        assert!(ReportRange::parse("2026-01-01", "2026-01-31").is_ok());
        assert_eq!(
            ReportRange::parse("2026-01-01", "2026-02-01").map_err(|f| f.code),
            Err(Code::DateRangeTooLong)
        );
    }

    #[test]
    fn the_default_range_is_the_last_seven_days_up_to_today() {
        let range = ReportRange::ending_at(MARCH_4);
        assert_eq!(range.from_date(), "2026-02-26");
        assert_eq!(range.to_date(), "2026-03-04");
    }

    #[test]
    fn a_cursor_round_trips_and_nonsense_is_refused() {
        let cursor = ReportCursor {
            start_ms: MARCH_4,
            id: "0190-abc".into(),
        };
        assert_eq!(ReportCursor::parse(&cursor.to_string()), Some(cursor));
        assert_eq!(ReportCursor::parse("abc/x"), None);
        assert_eq!(ReportCursor::parse("123/"), None);
        assert_eq!(ReportCursor::parse("123"), None);
        assert_eq!(page_rows(None), 50);
        assert_eq!(page_rows(Some(0)), 1);
        assert_eq!(page_rows(Some(10_000)), 200);
    }

    #[test]
    fn the_export_has_its_header_and_neutralises_formula_cells() {
        let csv = write_csv([ExportRow {
            start_ms: MARCH_4,
            user_name: Some("=HYPERLINK(\"x\")".into()),
            user_email: Some("blake.morgan@archerfarms.example".into()),
            direction: Direction::Terminating.as_str(),
            calling_number: Some("+14155550123".into()),
            called_number: Some("-1".into()),
            duration_seconds: 61,
            sub_client_type: SubClientType::MobileNetwork.as_str(),
            device_id: Some("dev-1".into()),
            external_id: "cdr-1".into(),
        }]);
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some(EXPORT_HEADER.join(",").as_str()));
        let row = lines.next().unwrap();
        assert!(row.starts_with("2026-03-04T10:15:30Z,"), "{row}");
        assert!(row.contains("'=HYPERLINK"), "{row}");
        assert!(row.contains(",'+14155550123,"), "{row}");
        assert!(row.contains(",'-1,"), "{row}");
        assert!(row.contains(",Mobile_Network,"), "{row}");
        assert!(csv.ends_with("\r\n"));
    }

    fn text() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(".{0,140}")
    }

    proptest! {
        #[test]
        fn parsing_an_arbitrary_record_never_panics_and_reports_a_finding_per_refusal(
            id in text(),
            start_time in text(),
            duration_seconds in proptest::option::of(any::<i64>()),
            direction in text(),
            calling_number in text(),
            called_number in text(),
            user_id in text(),
            device_id in text(),
            sub_client_type in text(),
            now in any::<i64>(),
        ) {
            let draft = CallRecordDraft {
                id, start_time, duration_seconds, direction, calling_number,
                called_number, user_id, device_id, sub_client_type,
            };
            match CallRecord::parse(&draft, now) {
                Ok(record) => {
                    prop_assert!((0..=MAX_DURATION_SECONDS).contains(&record.duration_seconds()));
                    prop_assert!(record.start_ms() >= EARLIEST_START_MS);
                    prop_assert!(!record.external_id().is_empty());
                }
                Err(findings) => prop_assert!(!findings.is_empty()),
            }
        }

        #[test]
        fn every_printed_time_reads_back_to_the_same_second(
            ms in EARLIEST_START_MS..253_402_300_799_000_i64,
        ) {
            let printed = format_rfc3339(ms);
            prop_assert_eq!(parse_rfc3339_ms(&printed), Some(ms - ms.rem_euclid(1_000)));
        }

        #[test]
        fn arbitrary_time_text_never_panics(text in ".{0,40}") {
            let _ = parse_rfc3339_ms(&text);
            let _ = ReportRange::parse(&text, &text);
            let _ = ReportCursor::parse(&text);
        }
    }
}
