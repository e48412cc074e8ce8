//! What can be wrong with a dataset, as data: an [`Issue`] is a kind ([`IssueKind`], with the
//! values needed to write it) at a place (a record and a field); a
//! [`LoadError`](super::LoadError) says why a file cannot be read at all. `Display` writes them
//! in English for the command line (`cargo xtask validate`); the app writes them in its
//! interface language from the same data.
//!
//! A raw parser detail (serde's own words, such as `invalid type: string "x", expected f64`)
//! cannot be translated: kinds keep it apart ([`IssueKind::detail`]) so that an interface can
//! show it as a technical detail inside a sentence of its own language.

use std::fmt;

use crate::dataset::Lang;
use crate::format::format_decimal;

/// How bad an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The record is kept (the data may still be right; a maintainer should look).
    Warning,
    /// The record is left out (the dataset-level ones make the validator fail).
    Error,
}

/// Which record an issue is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRef {
    /// Position in the `clusters` array.
    pub index: usize,
    /// The record's `id`, when it has a readable one (cut to 80 characters).
    pub id: Option<String>,
}

/// The kind of a JSON value that is not an object where one is expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Array,
    String,
    Number,
    Boolean,
    Null,
}

impl JsonKind {
    /// The kind of the JSON value `text` starts with; `None` for an object.
    pub fn of(text: &str) -> Option<JsonKind> {
        match text.trim_start().bytes().next()? {
            b'{' => None,
            b'[' => Some(JsonKind::Array),
            b'"' => Some(JsonKind::String),
            b't' | b'f' => Some(JsonKind::Boolean),
            b'n' => Some(JsonKind::Null),
            _ => Some(JsonKind::Number),
        }
    }
}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonKind::Array => "an array",
            JsonKind::String => "a string",
            JsonKind::Number => "a number",
            JsonKind::Boolean => "a boolean",
            JsonKind::Null => "null",
        })
    }
}

/// The codes a record lists, each of which must be in the dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Sector,
    Region,
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Code::Sector => "sector",
            Code::Region => "region",
        })
    }
}

/// What is wrong, with the values needed to say it. Quoted values are cut to a readable length
/// when the issue is made (a value may be of any length).
#[derive(Debug, Clone, PartialEq)]
pub enum IssueKind {
    // --- The file -------------------------------------------------------------------------
    /// The file starts with a byte order mark, which is ignored (a warning).
    ByteOrderMark,
    /// A record that is not a JSON object.
    NotAnObject {
        found: JsonKind,
    },
    /// A value that does not fit the format; `detail` is the parser's own words (English).
    Unreadable {
        detail: String,
    },

    // --- Texts and lists ------------------------------------------------------------------
    /// A required text that is empty or blank.
    Blank,
    /// A text longer than the format allows.
    TooLong {
        chars: usize,
        max: usize,
    },
    /// A list longer than the format allows.
    TooMany {
        len: usize,
        max: usize,
    },
    /// One language of a text is empty: the other is shown (a warning).
    EmptyTranslation,

    // --- Values ---------------------------------------------------------------------------
    NotASlug {
        value: String,
    },
    NotAColour {
        value: String,
    },
    /// Not a `YYYY-MM-DD` date (a warning: dates are informative).
    NotADate {
        value: String,
    },
    NotARegionCode {
        value: String,
    },
    /// An address that must be `http(s)` (a record's website).
    NotHttp {
        value: String,
    },
    /// An address that is shown as a link only if `http(s)` (a warning).
    NotALink {
        value: String,
    },
    /// A contact that is neither `mailto:` nor `http(s)`.
    NotAContact {
        value: String,
    },
    /// A value that is already in the list.
    ListedTwice {
        value: String,
    },

    // --- Codes of a record ----------------------------------------------------------------
    NoCode {
        code: Code,
    },
    UnknownCode {
        code: Code,
        value: String,
    },
    CodeListedTwice {
        code: Code,
        value: String,
    },
    /// Source ids the dataset does not list (a warning).
    UnknownSources {
        ids: Vec<String>,
    },

    // --- The dataset as a whole -----------------------------------------------------------
    NoSectors,
    NoRegions,
    NoClusters,

    // --- Head office ----------------------------------------------------------------------
    LatitudeOutOfRange {
        lat: f64,
    },
    LongitudeOutOfRange {
        lon: f64,
    },
    OutsideRegions {
        lat: f64,
        lon: f64,
        regions: Vec<String>,
    },

    // --- Across records -------------------------------------------------------------------
    /// The id of an earlier record (`first`, its index).
    DuplicateId {
        first: usize,
    },
    CurrentWithSuccessor,
    UnknownSuccessor {
        id: String,
    },
    SuccessorCycle {
        id: String,
    },
    /// The successor is left out for its own errors; the record is kept without the link (a
    /// warning).
    SuccessorLeftOut {
        id: String,
    },

    // --- Label periods and events ---------------------------------------------------------
    /// A period whose `until` comes before its `from`.
    EndsBeforeStart {
        from: String,
        until: String,
    },
    /// A period overlapping an earlier one (`other`, its position).
    PeriodsOverlap {
        other: usize,
    },
    /// A start or an event dated after the dataset's `updated` date.
    DateAfterUpdate {
        date: String,
        updated: String,
    },
    /// A merger or absorption without the other cluster.
    EventWithoutOther,
    /// An event naming a cluster the dataset does not have (a warning: shown without the link).
    UnknownEventOther {
        id: String,
    },
    /// An event without a source.
    NoSources,
    /// An event that ends the label, dated inside a period (`period`, its position).
    EndsInsidePeriod {
        period: usize,
    },
    /// `status` says the opposite of the periods on the `updated` day (`current`: what the
    /// periods say).
    StatusContradictsPeriods {
        current: bool,
    },
    /// A merger or absorption into a cluster other than the record's `successor`.
    EventContradictsSuccessor {
        other: String,
        successor: String,
    },
    /// The successor's label starts after the day following the end of this cluster's.
    SuccessorLabelledLate {
        id: String,
        day: String,
    },

    // --- Date of check (warnings) ---------------------------------------------------------
    CheckedAfterUpdate {
        checked: String,
        updated: String,
    },
    /// Checked more than [`super::STALE_AFTER_YEARS`] before the dataset's update.
    Stale {
        checked: String,
        updated: String,
    },
}

impl IssueKind {
    /// How bad it is: warnings keep the record.
    pub fn severity(&self) -> Severity {
        match self {
            IssueKind::ByteOrderMark
            | IssueKind::EmptyTranslation
            | IssueKind::NotADate { .. }
            | IssueKind::NotALink { .. }
            | IssueKind::UnknownSources { .. }
            | IssueKind::SuccessorLeftOut { .. }
            | IssueKind::UnknownEventOther { .. }
            | IssueKind::CheckedAfterUpdate { .. }
            | IssueKind::Stale { .. } => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The parser's own words, when the issue has them (English, not translatable).
    pub fn detail(&self) -> Option<&str> {
        match self {
            IssueKind::Unreadable { detail } => Some(detail),
            _ => None,
        }
    }
}

/// A coordinate in English (see [`format_decimal`]).
fn en(x: f64) -> String {
    format_decimal(Lang::En, x)
}

impl fmt::Display for IssueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IssueKind::ByteOrderMark => write!(
                f,
                "the file starts with a byte order mark (BOM); it was ignored"
            ),
            IssueKind::NotAnObject { found } => write!(f, "must be a JSON object, not {found}"),
            IssueKind::Unreadable { detail } => write!(f, "cannot be read: {detail}"),
            IssueKind::Blank => write!(f, "must not be empty"),
            IssueKind::TooLong { chars, max } => {
                write!(f, "is {chars} characters long (at most {max})")
            }
            IssueKind::TooMany { len, max } => write!(f, "has {len} entries (at most {max})"),
            IssueKind::EmptyTranslation => write!(f, "is empty; the other language is shown"),
            IssueKind::NotASlug { value } => write!(
                f,
                "\"{value}\" is not a slug (lowercase letters, digits and hyphens, at most 80)"
            ),
            IssueKind::NotAColour { value } => write!(f, "\"{value}\" is not a #rrggbb colour"),
            IssueKind::NotADate { value } => write!(f, "\"{value}\" is not a YYYY-MM-DD date"),
            IssueKind::NotARegionCode { value } => write!(
                f,
                "\"{value}\" is not an INSEE region code (two or three digits)"
            ),
            IssueKind::NotHttp { value } => write!(f, "\"{value}\" is not an http(s) address"),
            IssueKind::NotALink { value } => write!(
                f,
                "\"{value}\" is not an http(s) address; it will not be a link"
            ),
            IssueKind::NotAContact { value } => {
                write!(f, "\"{value}\" is not a mailto: or http(s) address")
            }
            IssueKind::ListedTwice { value } => write!(f, "\"{value}\" is listed twice"),
            IssueKind::NoCode { code } => write!(f, "needs at least one {code}"),
            IssueKind::UnknownCode { code, value } => write!(f, "unknown {code} \"{value}\""),
            IssueKind::CodeListedTwice { code, value } => {
                write!(f, "{code} \"{value}\" is listed twice")
            }
            IssueKind::UnknownSources { ids } => match ids.as_slice() {
                [id] => write!(f, "unknown source id: {id}"),
                ids => write!(f, "unknown source ids: {}", ids.join(", ")),
            },
            IssueKind::NoSectors => write!(f, "the sector vocabulary is empty"),
            IssueKind::NoRegions => write!(f, "the region list is empty"),
            IssueKind::NoClusters => write!(f, "the dataset has no clusters"),
            IssueKind::LatitudeOutOfRange { lat } => {
                write!(f, "latitude {} is out of range (-90 to 90)", en(*lat))
            }
            IssueKind::LongitudeOutOfRange { lon } => {
                write!(f, "longitude {} is out of range (-180 to 180)", en(*lon))
            }
            IssueKind::OutsideRegions { lat, lon, regions } => write!(
                f,
                "({}, {}) lies outside the cluster's regions ({})",
                en(*lat),
                en(*lon),
                regions.join(", ")
            ),
            IssueKind::DuplicateId { first } => {
                write!(f, "duplicate id (already used by clusters[{first}])")
            }
            IssueKind::CurrentWithSuccessor => {
                write!(f, "a current cluster cannot have a successor")
            }
            IssueKind::UnknownSuccessor { id } => write!(f, "\"{id}\" is not the id of a cluster"),
            IssueKind::SuccessorCycle { id } => write!(
                f,
                "\"{id}\" leads back to this cluster (a cycle of successors)"
            ),
            IssueKind::SuccessorLeftOut { id } => write!(
                f,
                "\"{id}\" is left out because of its own errors; this cluster is shown without the link"
            ),
            IssueKind::EndsBeforeStart { from, until } => {
                write!(f, "the period ends ({until}) before it starts ({from})")
            }
            IssueKind::PeriodsOverlap { other } => {
                write!(f, "overlaps labels.periods[{other}]")
            }
            IssueKind::DateAfterUpdate { date, updated } => write!(
                f,
                "{date} is after the dataset's `updated` date ({updated}); only a period's planned end may be"
            ),
            IssueKind::EventWithoutOther => {
                write!(f, "a merger or an absorption must name the other cluster")
            }
            IssueKind::UnknownEventOther { id } => write!(
                f,
                "\"{id}\" is not the id of a cluster; the event is shown without the link"
            ),
            IssueKind::NoSources => write!(f, "must cite at least one source"),
            IssueKind::EndsInsidePeriod { period } => {
                write!(f, "ends the label inside labels.periods[{period}]")
            }
            IssueKind::StatusContradictsPeriods { current: true } => write!(
                f,
                "is \"historical\", but the periods keep the label on the `updated` date"
            ),
            IssueKind::StatusContradictsPeriods { current: false } => write!(
                f,
                "is \"current\", but the periods and events end the label by the `updated` date"
            ),
            IssueKind::EventContradictsSuccessor { other, successor } => write!(
                f,
                "names \"{other}\", but the cluster's successor is \"{successor}\""
            ),
            IssueKind::SuccessorLabelledLate { id, day } => write!(
                f,
                "the successor \"{id}\" holds no label on {day}, the day after this cluster's ended"
            ),
            IssueKind::CheckedAfterUpdate { checked, updated } => write!(
                f,
                "{checked} is after the dataset's `updated` date ({updated})"
            ),
            IssueKind::Stale { checked, updated } => write!(
                f,
                "stale: checked {checked}, more than 12 months before the dataset's update ({updated})"
            ),
        }
    }
}

/// One problem found in a dataset: what ([`IssueKind`]) and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// The record, or `None` for the dataset as a whole.
    pub record: Option<RecordRef>,
    /// The field, as a JSON path inside the record (or the file), e.g. `hq.lat`; empty for the
    /// record (or the file) as a whole.
    pub field: String,
    pub kind: IssueKind,
}

impl Issue {
    /// An issue of the dataset as a whole.
    pub fn dataset(field: impl Into<String>, kind: IssueKind) -> Self {
        Issue {
            record: None,
            field: field.into(),
            kind,
        }
    }

    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

/// `error: clusters[3] (id "delta"), field `hq.lat`: latitude 147.7 is out of range (-90 to 90)`
impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity() {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{severity}: ")?;
        match &self.record {
            Some(RecordRef {
                index,
                id: Some(id),
            }) => write!(f, "clusters[{index}] (id \"{id}\")")?,
            Some(RecordRef { index, id: None }) => write!(f, "clusters[{index}]")?,
            None => write!(f, "dataset")?,
        }
        if !self.field.is_empty() {
            write!(f, ", field `{}`", self.field)?;
        }
        write!(f, ": {}", self.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_json_values() {
        assert_eq!(JsonKind::of(" {\"a\": 1}"), None);
        assert_eq!(JsonKind::of("[1]"), Some(JsonKind::Array));
        assert_eq!(JsonKind::of("\"x\""), Some(JsonKind::String));
        assert_eq!(JsonKind::of("-1"), Some(JsonKind::Number));
        assert_eq!(JsonKind::of("false"), Some(JsonKind::Boolean));
        assert_eq!(JsonKind::of("null"), Some(JsonKind::Null));
        assert_eq!(JsonKind::of(""), None);
    }

    #[test]
    fn issues_name_their_place() {
        let record = |id: Option<&str>| {
            Some(RecordRef {
                index: 3,
                id: id.map(str::to_owned),
            })
        };
        let issue = Issue {
            record: record(Some("delta")),
            field: "hq.lat".into(),
            kind: IssueKind::LatitudeOutOfRange { lat: 147.7 },
        };
        assert_eq!(
            issue.to_string(),
            "error: clusters[3] (id \"delta\"), field `hq.lat`: latitude 147.7 is out of range (-90 to 90)"
        );
        let whole = Issue {
            record: record(None),
            field: String::new(),
            kind: IssueKind::NotAnObject {
                found: JsonKind::Array,
            },
        };
        assert_eq!(
            whole.to_string(),
            "error: clusters[3]: must be a JSON object, not an array"
        );
        let bom = Issue::dataset("", IssueKind::ByteOrderMark);
        assert_eq!(bom.severity(), Severity::Warning);
        assert!(bom
            .to_string()
            .starts_with("warning: dataset: the file starts"));
    }

    #[test]
    fn only_parser_words_are_details() {
        let unreadable = IssueKind::Unreadable {
            detail: "missing field `lon`".into(),
        };
        assert_eq!(unreadable.detail(), Some("missing field `lon`"));
        assert_eq!(
            unreadable.to_string(),
            "cannot be read: missing field `lon`"
        );
        assert_eq!(IssueKind::Blank.detail(), None);
    }

    #[test]
    fn one_unknown_source_is_singular() {
        let one = IssueKind::UnknownSources {
            ids: vec!["S9".into()],
        };
        let two = IssueKind::UnknownSources {
            ids: vec!["S9".into(), "S10".into()],
        };
        assert_eq!(one.to_string(), "unknown source id: S9");
        assert_eq!(two.to_string(), "unknown source ids: S9, S10");
    }
}
