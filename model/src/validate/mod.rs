//! Loading and validating a dataset: turns the bytes of a `clusters.json` into the valid
//! clusters plus a list of [`Issue`]s, each naming the record and the field.
//!
//! A file that cannot be read at all is a [`LoadError`]. A record that breaks a rule is an
//! [`Severity::Error`] and is left out; the app shows the others with a warning, while the
//! validator CLI fails. [`Severity::Warning`]s keep the record.
//!
//! Modules by concern: [`issue`] (what an issue is, and its English text), `load_error` (why a
//! file cannot be read), `parse` (reading the file and each record, with `strict`: structs
//! from JSON objects only), `dataset` (rules of the vocabulary, regions and sources), `record`
//! (rules of one record), `timeline` (its label periods and events) and `links` (ids,
//! successors and the records events name, across records).

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use serde_json::value::RawValue;

use crate::dataset::{Cluster, Dataset, SCHEMA_VERSION};
use crate::ids::{ClusterId, RegionCode, SectorId, SourceId};

mod dataset;
pub mod issue;
mod links;
mod load_error;
mod parse;
mod path;
mod record;
mod strict;
mod timeline;

pub use issue::{Code, Issue, IssueKind, JsonKind, RecordRef, Severity};
pub use load_error::LoadError;

use parse::top_level_error;

/// Longest name, city, member, label or other short text accepted.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest description, note or other free text accepted (per language).
pub const MAX_DESCRIPTION_CHARS: usize = 4000;
/// Longest address (website, contact, source) accepted.
pub const MAX_URL_CHARS: usize = 2000;
/// Longest source id accepted.
pub const MAX_ID_CHARS: usize = 80;
/// Most entries accepted in one list of a record (names, members, sources...).
pub const MAX_LIST_LEN: usize = 500;
/// Longest parser message kept in an issue.
const MAX_MESSAGE_CHARS: usize = 300;
/// Longest value quoted in an issue.
const MAX_QUOTED_CHARS: usize = 80;
/// A current record checked longer ago than this before the dataset's `updated` date is stale.
pub const STALE_AFTER_YEARS: u32 = 1;
/// Tolerance around a region's bounding box when checking HQ coordinates, in degrees.
const BBOX_MARGIN_DEG: f64 = 0.2;

/// A loaded dataset: only valid clusters, and what was found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub dataset: Dataset,
    pub issues: Vec<Issue>,
    /// How many records were left out because of errors.
    pub skipped: usize,
    /// The file's text, for exports in its own words.
    pub original: Original,
}

/// A dataset's text as it was read, and where its records lie in it: an export of some of the
/// clusters is this text with only their records in its `clusters` array ([`Original::with`]),
/// so that the app needs no serializer of the format (about 5 KB of wasm, gzip).
#[derive(Debug, Clone, Default)]
pub struct Original {
    /// The file's text, as read (a byte order mark included: the text starts at `from`).
    text: String,
    from: usize,
    /// The `clusters` array, brackets included.
    array: Range<usize>,
    /// The text of each loaded cluster (in the order of `dataset.clusters`).
    records: Vec<Range<usize>>,
}

impl Original {
    /// The dataset's text with only the records of the loaded clusters at `positions`.
    pub fn with(&self, positions: &[usize]) -> String {
        let records: Vec<&str> = (positions.iter())
            .filter_map(|&p| self.records.get(p))
            .map(|r| &self.text[r.clone()])
            .collect();
        let (before, after) = (
            &self.text[self.from..self.array.start],
            &self.text[self.array.end..],
        );
        format!("{before}[\n  {}\n ]{after}", records.join(",\n  "))
    }
}

/// Where `part`, a slice of `text`, lies in it.
fn span(text: &str, part: &str) -> Range<usize> {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    start..start + part.len()
}

impl Loaded {
    /// Whether any issue is an error (the CLI then fails).
    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(|i| i.severity() == Severity::Error)
    }
}

/// Parses and validates the bytes of a dataset file.
pub fn load(bytes: &[u8]) -> Result<Loaded, LoadError> {
    load_owned(bytes.to_vec())
}

/// [`load`], keeping the bytes as the [`Original`] text without a copy (a dataset of 100,000
/// clusters is over 100 MB).
pub fn load_owned(bytes: Vec<u8>) -> Result<Loaded, LoadError> {
    let whole = String::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
        byte_offset: e.utf8_error().valid_up_to(),
    })?;
    let mut issues = Vec::new();
    let text = match whole.strip_prefix('\u{feff}') {
        Some(rest) => {
            issues.push(Issue::dataset("", IssueKind::ByteOrderMark));
            rest
        }
        None => whole.as_str(),
    };
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let raw: Dataset<&RawValue> = parse::read(text).map_err(|f| top_level_error(text, f))?;
    if raw.schema_version != SCHEMA_VERSION {
        return Err(LoadError::UnsupportedVersion(raw.schema_version));
    }
    // The dataset without its records: checked (its texts cut to their limits) before the
    // records, which are checked against it.
    let mut dataset: Dataset = raw.with_clusters(Vec::new());
    dataset::check_texts(&mut dataset, &mut issues);
    let mut checker = Checker::new(&dataset, &mut issues);
    let (ids, parsed): (Vec<Option<ClusterId>>, Vec<Option<Cluster>>) = raw
        .clusters
        .iter()
        .enumerate()
        .map(|(index, value)| checker.parse_record(index, value))
        .unzip();
    let (kept, clusters): (Vec<usize>, Vec<Cluster>) =
        checker.check_links(&ids, parsed).into_iter().unzip();
    let skipped = raw.clusters.len() - clusters.len();
    let array = array_span(&whole, text, &raw.clusters);
    let records = (kept.iter())
        .map(|&i| span(&whole, raw.clusters[i].get()))
        .collect();
    if raw.clusters.is_empty() {
        issues.push(Issue::dataset("clusters", IssueKind::NoClusters));
    }
    let from = whole.len() - text.len();
    dataset.clusters = clusters;
    Ok(Loaded {
        dataset,
        issues,
        skipped,
        original: Original {
            text: whole,
            from,
            array,
            records,
        },
    })
}

/// Where the `clusters` array lies in `whole`, brackets included: around its records, found
/// without reading the text a second time; an empty array is looked for by name in `text`
/// (`whole` past a byte order mark).
fn array_span(whole: &str, text: &str, records: &[&RawValue]) -> Range<usize> {
    let bytes = whole.as_bytes();
    let json_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r');
    let around = records
        .first()
        .zip(records.last())
        .and_then(|(first, last)| {
            let (start, end) = (span(whole, first.get()).start, span(whole, last.get()).end);
            let open = bytes[..start].iter().rposition(|b| !json_space(b));
            let close = bytes[end..]
                .iter()
                .position(|b| !json_space(b))
                .map(|i| end + i);
            let open = open.filter(|&i| bytes[i] == b'[')?;
            close
                .filter(|&i| bytes[i] == b']')
                .map(|close| open..close + 1)
        });
    around.unwrap_or_else(|| {
        #[derive(serde::Deserialize)]
        struct Array<'a> {
            #[serde(borrow)]
            clusters: &'a RawValue,
        }
        serde_json::from_str::<Array>(text).map_or(0..0, |a| span(whole, a.clusters.get()))
    })
}

/// Collects the issues of one dataset, record by record.
struct Checker<'a> {
    sectors: HashSet<&'a SectorId>,
    regions: HashMap<&'a RegionCode, [f64; 4]>,
    sources: HashSet<&'a SourceId>,
    /// The dataset's `updated` date, when it is one (checks of `checked` are relative to it).
    updated: Option<&'a str>,
    issues: &'a mut Vec<Issue>,
}

/// `text` cut to `max_chars` characters, with an ellipsis when cut.
fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// A value as quoted in an issue (cut to [`MAX_QUOTED_CHARS`]).
fn quoted(value: &str) -> String {
    truncate(value, MAX_QUOTED_CHARS)
}

/// A lowercase slug: ASCII letters, digits and hyphens, 1 to 80 characters.
pub fn is_slug(text: &str) -> bool {
    (1..=80).contains(&text.len())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A `YYYY-MM-DD` date (month 1–12, day 1–31).
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        part.len() == len
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse().is_ok_and(|n| range.contains(&n))
    };
    matches!(parts.as_slice(), [y, m, d] if number(y, 4, 0..=9999) && number(m, 2, 1..=12) && number(d, 2, 1..=31))
}

/// An INSEE region code: two or three digits.
pub fn is_region_code(text: &str) -> bool {
    (2..=3).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// A `#rrggbb` colour.
pub fn is_hex_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].bytes().all(|b| b.is_ascii_hexdigit())
}
