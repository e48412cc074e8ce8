//! Time as data: dates as precise as the sources give them, the label periods and the dated
//! events of each cluster, and what a cluster was on a given day ([`Standing`]).
//!
//! A cluster is labelled on day D when one of its periods holds D (`from` ≤ D ≤ `until`, a
//! partial `from` read as its first day and a partial `until` as its last). A label is lost only
//! by a recorded event (merged into another, absorbed, de-labelled, dissolved, lapsed): a
//! period that has ended with no such event by D is [`Standing::Unconfirmed`] — never called
//! current, never called lost. That is every label on the day after its term when the data
//! holds no later decision (phase V ends on 31 December 2026), and a provisional label (one or
//! two years, "extendable") whose extension no source in the data records.
//!
//! Dates are written by hand here rather than with `chrono` or `time`: the model needs a parser
//! of three ISO forms and a day count per month, and either crate would add its formatting and
//! calendar code to the wasm of every visitor (the 5 KB budget of issue 19).

use std::fmt;

pub mod text;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[cfg(feature = "schema")]
use schemars::JsonSchema;

use crate::dataset::{Cluster, Status};
use crate::ids::{ClusterId, SourceId};

/// A calendar day, ordered as days are (`YYYYMMDD` in one number).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(u32);

/// Days in `month` of `year` (Gregorian).
fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Day {
    /// The last day this model can write, for a dataset without a readable `updated`.
    pub const LAST: Day = Day(99_991_231);

    /// The day, if it exists (years 1000 to 9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Day> {
        ((1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day))
        .then(|| Day(u32::from(year) * 10_000 + u32::from(month) * 100 + u32::from(day)))
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Day> {
        match PartialDate::parse(text)? {
            date @ PartialDate { day: Some(_), .. } => Some(date.first_day()),
            _ => None,
        }
    }

    pub fn year(self) -> u16 {
        (self.0 / 10_000) as u16
    }

    pub fn month(self) -> u8 {
        (self.0 / 100 % 100) as u8
    }

    pub fn day(self) -> u8 {
        (self.0 % 100) as u8
    }

    /// The day after.
    pub fn next(self) -> Day {
        let (year, month, day) = (self.year(), self.month(), self.day());
        Day::new(year, month, day + 1)
            .or_else(|| Day::new(year, month + 1, 1))
            .unwrap_or_else(|| Day::new(year + 1, 1, 1).unwrap_or(self))
    }

    /// The day `days` days after 1 January 1970 (the civil-from-days algorithm of Howard
    /// Hinnant's date library), for a clock that counts Unix time.
    pub fn from_unix_days(days: i64) -> Option<Day> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Day::new(u16::try_from(year).ok()?, month as u8, day as u8)
    }

    /// This day as a [`PartialDate`] precise to the day.
    pub fn date(self) -> PartialDate {
        PartialDate {
            year: self.year(),
            month: Some(self.month()),
            day: Some(self.day()),
        }
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.date().fmt(f)
    }
}

/// A date as precise as its source: a year (`2009`), a month (`2009-12`) or a day
/// (`2009-12-31`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    /// Only with a month.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits only, the day existing).
    pub fn parse(text: &str) -> Option<PartialDate> {
        let number = |part: &str, len: usize| {
            (part.len() == len && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u16>().ok())
                .flatten()
        };
        let mut parts = text.split('-');
        let year = number(parts.next()?, 4)?;
        let month = parts
            .next()
            .map(|m| number(m, 2))
            .map_or(Some(None), |m| m.map(Some))?;
        let day = parts
            .next()
            .map(|d| number(d, 2))
            .map_or(Some(None), |d| d.map(Some))?;
        if parts.next().is_some() {
            return None;
        }
        let date = PartialDate {
            year,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        };
        Day::new(year, date.month.unwrap_or(1), date.day.unwrap_or(1))?;
        Some(date)
    }

    /// The first day the date may mean.
    pub fn first_day(self) -> Day {
        Day::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1)).expect("a parsed date")
    }

    /// The last day the date may mean.
    pub fn last_day(self) -> Day {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        Day::new(self.year, month, day).expect("a parsed date")
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        PartialDate::parse(&text).ok_or_else(|| {
            serde::de::Error::invalid_value(
                serde::de::Unexpected::Str(&text),
                &"a date YYYY, YYYY-MM or YYYY-MM-DD",
            )
        })
    }
}

#[cfg(feature = "schema")]
impl JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
            "description": "A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD."
        })
    }
}

/// The phases of the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub enum Phase {
    /// 2005–2008: the 2005 call and the labels of 2006 and 2007.
    I,
    /// 2009–2012.
    II,
    /// 2013–2018.
    III,
    /// 2019–2022.
    IV,
    /// 2023–2026.
    V,
}

impl Phase {
    /// The numeral, as the policy's texts write it.
    pub fn numeral(self) -> &'static str {
        match self {
            Phase::I => "I",
            Phase::II => "II",
            Phase::III => "III",
            Phase::IV => "IV",
            Phase::V => "V",
        }
    }
}

/// How a label was given for a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PeriodKind {
    /// For the whole phase.
    Full,
    /// On a condition (e.g. to merge).
    Conditional,
    /// Kept under review.
    Probation,
    /// For one year.
    OneYear,
    /// For two years.
    TwoYear,
    /// Prolonged beyond its first term.
    Extended,
}

impl PeriodKind {
    /// Its name in the dataset format (`one-year`).
    pub fn name(self) -> &'static str {
        match self {
            PeriodKind::Full => "full",
            PeriodKind::Conditional => "conditional",
            PeriodKind::Probation => "probation",
            PeriodKind::OneYear => "one-year",
            PeriodKind::TwoYear => "two-year",
            PeriodKind::Extended => "extended",
        }
    }
}

/// A stretch of time a cluster held the label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub phase: Phase,
    /// First day labelled.
    pub from: PartialDate,
    /// Last day labelled (inclusive): the planned end of a running period.
    pub until: PartialDate,
    pub kind: PeriodKind,
    /// Ids into the dataset's `sources`.
    #[serde(default)]
    pub sources: Vec<SourceId>,
    /// What else the sources say about it, in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Period {
    /// Whether the cluster was labelled on `day` by this period.
    pub fn holds(&self, day: Day) -> bool {
        self.from.first_day() <= day && day <= self.until.last_day()
    }
}

/// What happened to a cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    /// First labelled.
    Labelled,
    /// Took a new name; the event's `name` is the one borne before.
    Renamed,
    /// Merged with others into `other`, a new entity.
    MergedInto,
    /// Formed by a merger; `other` is one of the merged (one event each).
    MergedFrom,
    /// Absorbed by `other`.
    AbsorbedBy,
    /// Absorbed `other`.
    Absorbed,
    /// Lost its label by a decision.
    DeLabelled,
    /// The organisation was dissolved (or liquidated).
    Dissolved,
    /// Labelled again after losing the label.
    Relabelled,
    /// Its label was not renewed at the end of a phase.
    Lapsed,
    /// Its label passed to `other`: a joint application with others, or a federation
    /// carrying it for them (the organisation may merge later).
    PassedOn,
}

impl EventKind {
    /// Its name in the dataset format (`merged-into`).
    pub fn name(self) -> &'static str {
        match self {
            EventKind::Labelled => "labelled",
            EventKind::Renamed => "renamed",
            EventKind::MergedInto => "merged-into",
            EventKind::MergedFrom => "merged-from",
            EventKind::AbsorbedBy => "absorbed-by",
            EventKind::Absorbed => "absorbed",
            EventKind::DeLabelled => "de-labelled",
            EventKind::Dissolved => "dissolved",
            EventKind::Relabelled => "relabelled",
            EventKind::Lapsed => "lapsed",
            EventKind::PassedOn => "passed-on",
        }
    }

    /// Whether the event ends the cluster's label (or its existence).
    pub fn ends_label(self) -> bool {
        matches!(
            self,
            EventKind::MergedInto
                | EventKind::AbsorbedBy
                | EventKind::DeLabelled
                | EventKind::Dissolved
                | EventKind::Lapsed
                | EventKind::PassedOn
        )
    }

    /// Whether the event names another cluster (`other` required).
    pub fn names_other(self) -> bool {
        matches!(
            self,
            EventKind::MergedInto
                | EventKind::MergedFrom
                | EventKind::AbsorbedBy
                | EventKind::Absorbed
                | EventKind::PassedOn
        )
    }

    /// Whether the event makes `other` this cluster's successor.
    pub fn passes_on(self) -> bool {
        matches!(self, EventKind::MergedInto | EventKind::AbsorbedBy)
    }
}

/// A dated fact of a cluster's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: PartialDate,
    pub kind: EventKind,
    /// The other cluster of a merger or absorption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<ClusterId>,
    /// For `renamed`: the name borne before this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Ids into the dataset's `sources`.
    #[serde(default)]
    pub sources: Vec<SourceId>,
    /// What else the sources say about it, in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a cluster was on a day.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Standing<'a> {
    /// Not labelled yet (its first period starts later).
    NotYet,
    /// Labelled (by this period; `None` for a record without periods, taken at its `status`).
    Labelled(Option<&'a Period>),
    /// This period has ended, and no event of the data ends the label after it: no later
    /// decision is recorded.
    Unconfirmed(&'a Period),
    /// No longer labelled (after this period, if it has one).
    Ended(Option<&'a Period>),
}

impl Standing<'_> {
    /// Whether the atlas shows the cluster as labelled that day: labelled, or with its last
    /// label unconfirmed (the last labelled set stays on the map, with a notice).
    pub fn is_shown_current(self) -> bool {
        matches!(self, Standing::Labelled(_) | Standing::Unconfirmed(_))
    }
}

/// [`Standing`] over spans (the first and last day of each period), by span position: the one
/// rule of both [`Cluster::standing`] and the filter's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stand {
    NotYet,
    Labelled(usize),
    Unconfirmed(usize),
    Ended(usize),
}

/// Where a cluster stood on `day`, from its label spans (the first and last day of each
/// period; not empty) and the first days of the events that end a label (`endings`).
pub fn standing_in(spans: &[(Day, Day)], endings: &[Day], day: Day) -> Stand {
    let holding = |&(from, until): &(Day, Day)| from <= day && day <= until;
    if let Some(at) = spans.iter().position(holding) {
        return Stand::Labelled(at);
    }
    // The latest span ended before `day`: lost if an event ended it by `day`.
    let ended = (spans.iter().enumerate())
        .filter(|(_, &(_, until))| until < day)
        .max_by_key(|(_, &(_, until))| until);
    match ended {
        None => Stand::NotYet,
        Some((at, &(from, _))) if endings.iter().any(|&e| from < e && e <= day) => Stand::Ended(at),
        Some((at, _)) => Stand::Unconfirmed(at),
    }
}

/// The date of the 2006 brochure of the world-class clusters (September 2006): the day its
/// view shows is its last.
pub const BROCHURE_2006: PartialDate = PartialDate {
    year: 2006,
    month: Some(9),
    day: None,
};

impl Cluster {
    /// The first days of the events that end its label.
    pub fn label_endings(&self) -> Vec<Day> {
        (self.events.iter())
            .filter(|e| e.kind.ends_label())
            .map(|e| e.date.first_day())
            .collect()
    }

    /// What the cluster was on `day`.
    pub fn standing(&self, day: Day) -> Standing<'_> {
        let periods = &self.labels.periods;
        if periods.is_empty() {
            return match self.status {
                Status::Current => Standing::Labelled(None),
                Status::Historical => Standing::Ended(None),
            };
        }
        let spans: Vec<_> = (periods.iter())
            .map(|p| (p.from.first_day(), p.until.last_day()))
            .collect();
        match standing_in(&spans, &self.label_endings(), day) {
            Stand::NotYet => Standing::NotYet,
            Stand::Labelled(at) => Standing::Labelled(Some(&periods[at])),
            Stand::Unconfirmed(at) => Standing::Unconfirmed(&periods[at]),
            Stand::Ended(at) => Standing::Ended(Some(&periods[at])),
        }
    }

    /// The name the cluster bore on `day`: the name before the first renaming after it.
    pub fn name_on(&self, day: Day) -> &str {
        (self.events.iter())
            .filter(|e| e.kind == EventKind::Renamed && e.date.first_day() > day)
            .min_by_key(|e| e.date.first_day())
            .and_then(|e| e.name.as_deref())
            .unwrap_or(&self.name)
    }

    /// The day of the first label, when the periods say it.
    pub fn first_labelled(&self) -> Option<PartialDate> {
        self.labels
            .periods
            .iter()
            .map(|p| p.from)
            .min_by_key(|d| d.first_day())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn dates_read_three_precisions() {
        let date = PartialDate::parse("2009").unwrap();
        assert_eq!(
            (date.first_day(), date.last_day()),
            (day("2009-01-01"), day("2009-12-31"))
        );
        let date = PartialDate::parse("2024-02").unwrap();
        assert_eq!(
            (date.first_day(), date.last_day()),
            (day("2024-02-01"), day("2024-02-29"))
        );
        assert_eq!(
            PartialDate::parse("2023-02").unwrap().last_day(),
            day("2023-02-28")
        );
        assert_eq!(
            PartialDate::parse("2010-05-11").unwrap().to_string(),
            "2010-05-11"
        );
        for bad in [
            "",
            "05",
            "2010-5",
            "2010-13",
            "2010-02-30",
            "2010-05-11-1",
            "2010/05",
            "+2010",
            "２０１０",
            "2010-05-",
            "0999",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_follow_each_other() {
        assert_eq!(day("2026-12-31").next(), day("2027-01-01"));
        assert_eq!(day("2024-02-28").next(), day("2024-02-29"));
        assert_eq!(day("2023-02-28").next(), day("2023-03-01"));
        assert!(day("2010-05-10") < day("2010-05-11"));
        assert_eq!(Day::parse("2010"), None);
        assert_eq!(Day::from_unix_days(0), Day::parse("1970-01-01"));
        assert_eq!(Day::from_unix_days(20_791), Day::parse("2026-12-04"));
        assert_eq!(Day::from_unix_days(19_782), Day::parse("2024-02-29"));
    }

    #[test]
    fn kinds_are_named_as_the_format_writes_them() {
        use PeriodKind::*;
        for kind in [Full, Conditional, Probation, OneYear, TwoYear, Extended] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.name());
        }
        use EventKind::*;
        for kind in [
            Labelled, Renamed, MergedInto, MergedFrom, AbsorbedBy, Absorbed, DeLabelled, Dissolved,
            Relabelled, Lapsed, PassedOn,
        ] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.name());
        }
    }
}
