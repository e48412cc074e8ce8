//! Loading and validating a dataset: turns the bytes of a `clusters.json` into the valid
//! clusters plus a list of [`Issue`]s, each naming the record and the field.
//!
//! A file that cannot be read at all is a [`LoadError`]. A record that breaks a rule is an
//! [`Severity::Error`] and is left out; the app shows the others with a warning, while the
//! validator CLI fails. [`Severity::Warning`]s keep the record.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::value::RawValue;

use crate::dataset::{is_contact_address, is_http_url, Cluster, Dataset, Status, SCHEMA_VERSION};

/// Longest name, city or member string accepted.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest description accepted, per language.
pub const MAX_DESCRIPTION_CHARS: usize = 4000;
/// Most entries accepted in one list of a record (names, members, sources...).
pub const MAX_LIST_LEN: usize = 500;
/// Longest quoted value or parser message kept in an issue.
const MAX_MESSAGE_CHARS: usize = 300;
/// A current record checked longer ago than this before the dataset's `updated` date is stale.
pub const STALE_AFTER_YEARS: u32 = 1;
/// Tolerance around a region's bounding box when checking HQ coordinates, in degrees.
const BBOX_MARGIN_DEG: f64 = 0.2;

/// How bad an issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// Which record an issue is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRef {
    /// Position in the `clusters` array.
    pub index: usize,
    /// The record's `id`, when it has a readable one.
    pub id: Option<String>,
}

/// One problem found in a dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    pub severity: Severity,
    /// The record, or `None` for the dataset as a whole.
    pub record: Option<RecordRef>,
    /// The field, as a JSON path inside the record (or the file), e.g. `hq.lat`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
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
        write!(f, ", field `{}`: {}", self.field, self.message)
    }
}

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file is empty (or only white space).
    Empty,
    /// The bytes are not UTF-8.
    NotUtf8 { byte_offset: usize },
    /// Not JSON, or not the dataset's top-level shape.
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    /// A `schema_version` this build does not read.
    UnsupportedVersion(u32),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Empty => write!(f, "the file is empty"),
            LoadError::NotUtf8 { byte_offset } => {
                write!(f, "the file is not valid UTF-8 (byte {byte_offset})")
            }
            LoadError::Json {
                line,
                column,
                message,
            } => {
                write!(f, "invalid JSON at line {line}, column {column}: {message}")
            }
            LoadError::UnsupportedVersion(v) => write!(
                f,
                "schema_version {v} is not supported (this app reads version {SCHEMA_VERSION})"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

/// A loaded dataset: only valid clusters, and what was found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub dataset: Dataset,
    pub issues: Vec<Issue>,
    /// How many records were left out because of errors.
    pub skipped: usize,
}

impl Loaded {
    /// Whether any issue is an error (the CLI then fails).
    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(|i| i.severity == Severity::Error)
    }
}

/// Parses and validates the bytes of a dataset file.
pub fn load(bytes: &[u8]) -> Result<Loaded, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
        byte_offset: e.valid_up_to(),
    })?;
    let mut issues = Vec::new();
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            issues.push(dataset_issue(
                Severity::Warning,
                "",
                "the file starts with a byte order mark (BOM); it was ignored",
            ));
            rest
        }
        None => text,
    };
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let raw: Dataset<&RawValue> =
        serde_json::from_str(text).map_err(|e| top_level_error(text, &e))?;
    if raw.schema_version != SCHEMA_VERSION {
        return Err(LoadError::UnsupportedVersion(raw.schema_version));
    }
    let mut checker = Checker::new(&raw, &mut issues);
    let (ids, parsed): (Vec<Option<String>>, Vec<Option<Cluster>>) = raw
        .clusters
        .iter()
        .enumerate()
        .map(|(index, value)| checker.parse_record(index, value))
        .unzip();
    let clusters = checker.check_links(&ids, parsed);
    let skipped = raw.clusters.len() - clusters.len();
    if raw.clusters.is_empty() {
        issues.push(dataset_issue(
            Severity::Error,
            "clusters",
            "the dataset has no clusters",
        ));
    }
    let dataset = raw.with_clusters(clusters);
    Ok(Loaded {
        dataset,
        issues,
        skipped,
    })
}

/// Explains why the file does not parse as a dataset. A file of another format version is
/// reported as such even when its shape differs (new or renamed fields), and a top level that
/// is not an object is named as such (serde would complain about its first element instead).
fn top_level_error(text: &str, error: &serde_json::Error) -> LoadError {
    #[derive(serde::Deserialize)]
    struct VersionOnly {
        schema_version: u32,
    }
    let start = text.len() - text.trim_start().len();
    if let Some(kind) = json_kind(&text[start..]) {
        if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
            let (line, column) = line_column(text, start);
            return LoadError::Json {
                line,
                column,
                message: format!("the top level must be a JSON object, not {kind}"),
            };
        }
    } else if let Ok(VersionOnly { schema_version }) = serde_json::from_str(text) {
        if schema_version != SCHEMA_VERSION {
            return LoadError::UnsupportedVersion(schema_version);
        }
    }
    LoadError::Json {
        line: error.line(),
        column: error.column(),
        message: serde_message(error),
    }
}

/// A serde error's message, without its position and cut to a readable length (it may quote
/// a value of any length).
fn serde_message(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or_default();
    truncate(message, MAX_MESSAGE_CHARS)
}

/// What kind of JSON value `text` starts with, for messages (`None` for an object).
fn json_kind(text: &str) -> Option<&'static str> {
    match text.bytes().next()? {
        b'{' => None,
        b'[' => Some("an array"),
        b'"' => Some("a string"),
        b't' | b'f' => Some("a boolean"),
        b'n' => Some("null"),
        _ => Some("a number"),
    }
}

/// The 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before.len() - line_start + 1,
    )
}

fn dataset_issue(severity: Severity, field: &str, message: impl Into<String>) -> Issue {
    Issue {
        severity,
        record: None,
        field: field.to_owned(),
        message: message.into(),
    }
}

/// Collects the issues of one dataset, record by record.
struct Checker<'a> {
    sectors: HashSet<&'a str>,
    regions: HashMap<&'a str, [f64; 4]>,
    sources: HashSet<&'a str>,
    /// The dataset's `updated` date, when it is one (checks of `checked` are relative to it).
    updated: Option<&'a str>,
    issues: &'a mut Vec<Issue>,
}

/// The issues of one record, before they are known to be fatal.
struct RecordIssues<'c, 'a> {
    checker: &'c mut Checker<'a>,
    record: RecordRef,
    errors: usize,
}

impl RecordIssues<'_, '_> {
    fn push(&mut self, severity: Severity, field: impl Into<String>, message: impl Into<String>) {
        if severity == Severity::Error {
            self.errors += 1;
        }
        self.checker.issues.push(Issue {
            severity,
            record: Some(self.record.clone()),
            field: field.into(),
            message: message.into(),
        });
    }

    fn error(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, field, message);
    }

    fn warn(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, field, message);
    }

    /// Checks a required short text: not blank, not absurdly long.
    fn name(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(field, "must not be empty");
        }
        self.length(field, value, MAX_NAME_CHARS);
    }

    fn length(&mut self, field: &str, value: &str, max: usize) {
        let chars = value.chars().count();
        if chars > max {
            self.error(field, format!("is {chars} characters long (at most {max})"));
        }
    }

    /// Checks a list of short texts.
    fn names(&mut self, field: &str, values: &[String]) {
        self.list_len(field, values.len());
        for (i, value) in values.iter().enumerate() {
            self.name(&format!("{field}[{i}]"), value);
        }
    }

    fn list_len(&mut self, field: &str, len: usize) {
        if len > MAX_LIST_LEN {
            self.error(field, format!("has {len} entries (at most {MAX_LIST_LEN})"));
        }
    }
}

impl<'a> Checker<'a> {
    fn new(raw: &'a Dataset<&'a RawValue>, issues: &'a mut Vec<Issue>) -> Self {
        Checker {
            sectors: raw.sectors.iter().map(|s| s.id.as_str()).collect(),
            regions: raw
                .regions
                .iter()
                .map(|r| (r.code.as_str(), r.bbox))
                .collect(),
            sources: raw.sources.iter().map(|s| s.id.as_str()).collect(),
            updated: Some(raw.updated.as_str()).filter(|d| is_iso_date(d)),
            issues,
        }
        .with_vocabulary_of(raw)
    }

    /// Records the dataset-level issues of the vocabulary, regions and sources.
    fn with_vocabulary_of(self, raw: &'a Dataset<&'a RawValue>) -> Self {
        let mut seen = HashSet::new();
        for (i, sector) in raw.sectors.iter().enumerate() {
            if !is_slug(&sector.id) || !seen.insert(&sector.id) {
                self.issues.push(dataset_issue(
                    Severity::Error,
                    &format!("sectors[{i}].id"),
                    format!(
                        "\"{}\" is not a unique lowercase slug",
                        truncate(&sector.id, 80)
                    ),
                ));
            }
            if !is_hex_colour(&sector.color) {
                self.issues.push(dataset_issue(
                    Severity::Error,
                    &format!("sectors[{i}].color"),
                    format!(
                        "\"{}\" is not a #rrggbb colour",
                        truncate(&sector.color, 80)
                    ),
                ));
            }
        }
        for (i, source) in raw.sources.iter().enumerate() {
            if let Some(url) = source.url.as_deref().filter(|u| !is_http_url(u)) {
                self.issues.push(dataset_issue(
                    Severity::Warning,
                    &format!("sources[{i}].url"),
                    format!(
                        "\"{}\" is not an http(s) address; it will not be a link",
                        truncate(url, 80)
                    ),
                ));
            }
        }
        let channels = raw
            .channels
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("channels[{i}].url"), c));
        let agencies =
            raw.regions.iter().enumerate().filter_map(|(i, r)| {
                Some((format!("regions[{i}].agency.url"), r.agency.as_ref()?))
            });
        for (field, channel) in channels.chain(agencies) {
            if !is_http_url(&channel.url) {
                self.issues.push(dataset_issue(
                    Severity::Warning,
                    &field,
                    format!(
                        "\"{}\" is not an http(s) address; it will not be a link",
                        truncate(&channel.url, 80)
                    ),
                ));
            }
        }
        for (field, codes) in [
            (
                "regions",
                raw.regions
                    .iter()
                    .map(|r| r.code.as_str())
                    .collect::<Vec<_>>(),
            ),
            (
                "sources",
                raw.sources.iter().map(|s| s.id.as_str()).collect(),
            ),
        ] {
            let mut seen = HashSet::new();
            for (i, code) in codes.into_iter().enumerate() {
                if !seen.insert(code) {
                    self.issues.push(dataset_issue(
                        Severity::Error,
                        &format!("{field}[{i}]"),
                        format!("\"{}\" is listed twice", truncate(code, 80)),
                    ));
                }
            }
        }
        if !is_iso_date(&raw.updated) {
            self.issues.push(dataset_issue(
                Severity::Warning,
                "updated",
                format!(
                    "\"{}\" is not a YYYY-MM-DD date",
                    truncate(&raw.updated, 80)
                ),
            ));
        }
        if self.sectors.is_empty() {
            self.issues.push(dataset_issue(
                Severity::Error,
                "sectors",
                "the sector vocabulary is empty",
            ));
        }
        if self.regions.is_empty() {
            self.issues.push(dataset_issue(
                Severity::Error,
                "regions",
                "the region list is empty",
            ));
        }
        self
    }

    /// Parses one record and checks the rules that need only the record itself. Returns the
    /// record's id (when readable) and the cluster (when it has no error).
    fn parse_record(
        &mut self,
        index: usize,
        value: &RawValue,
    ) -> (Option<String>, Option<Cluster>) {
        let text = value.get();
        let parsed = match json_kind(text) {
            Some(kind) => Err(("".to_owned(), format!("must be a JSON object, not {kind}"))),
            None => serde_json::from_str::<Cluster>(text)
                .map_err(|e| (field_of_serde_error(text, &e), serde_message(&e))),
        };
        let id = match &parsed {
            Ok(cluster) => Some(truncate(&cluster.id, 80)),
            Err(_) => readable_id(value),
        };
        let mut record = RecordIssues {
            checker: self,
            record: RecordRef {
                index,
                id: id.clone(),
            },
            errors: 0,
        };
        let cluster = match parsed {
            Ok(cluster) => cluster,
            Err((field, message)) => {
                record.error(field, message);
                return (id, None);
            }
        };
        check_record(&mut record, &cluster);
        (id, (record.errors == 0).then_some(cluster))
    }

    /// Checks ids, successors and cycles across records, and keeps the valid clusters.
    /// `ids` holds the readable id of every record, `parsed` the records without errors so far.
    /// A cluster whose successor is left out is kept without the link (a warning), so that
    /// every successor of a loaded cluster is loaded and one bad record sinks no other.
    fn check_links(
        &mut self,
        ids: &[Option<String>],
        parsed: Vec<Option<Cluster>>,
    ) -> Vec<Cluster> {
        let known_ids: HashSet<&str> = ids.iter().flatten().map(String::as_str).collect();
        let mut first_index: HashMap<&str, usize> = HashMap::new();
        let mut rejected = vec![false; parsed.len()];
        for (index, cluster) in parsed.iter().enumerate() {
            let Some(cluster) = cluster else { continue };
            if let Some(first) = first_index.insert(&cluster.id, index) {
                first_index.insert(&cluster.id, first);
                rejected[index] = true;
                self.record_error(
                    index,
                    cluster,
                    "id",
                    format!("duplicate id (already used by clusters[{first}])"),
                );
            }
        }
        // The successor of each record, as an index, when it is a record without errors.
        let next: Vec<Option<usize>> = parsed
            .iter()
            .map(|c| {
                let successor = c.as_ref()?.successor.as_deref()?;
                first_index.get(successor).copied()
            })
            .collect();
        let on_cycle = on_cycle(&next);
        let mut detached = vec![false; parsed.len()];
        for (index, cluster) in parsed.iter().enumerate() {
            let Some(cluster) = cluster else { continue };
            let Some(successor) = cluster.successor.as_deref() else {
                continue;
            };
            let shown = truncate(successor, 80);
            let message = if cluster.status == Status::Current {
                Some("a current cluster cannot have a successor".to_owned())
            } else if next[index].is_none() && known_ids.contains(successor) {
                detached[index] = true;
                None
            } else if next[index].is_none() {
                Some(format!("\"{shown}\" is not the id of a cluster"))
            } else if on_cycle[index] {
                Some(format!(
                    "\"{shown}\" leads back to this cluster (a cycle of successors)"
                ))
            } else {
                None
            };
            if let Some(message) = message {
                rejected[index] = true;
                self.record_error(index, cluster, "successor", message);
            }
        }
        // A record whose successor is left out (for any reason) keeps its place, unlinked.
        for index in 0..parsed.len() {
            if let (false, Some(successor)) = (rejected[index], next[index]) {
                detached[index] |= rejected[successor];
            }
        }
        for (index, cluster) in parsed.iter().enumerate() {
            if let (true, Some(cluster)) = (detached[index], cluster) {
                let successor = cluster.successor.as_deref().unwrap_or_default();
                self.issues.push(Issue {
                    severity: Severity::Warning,
                    record: Some(RecordRef {
                        index,
                        id: Some(cluster.id.clone()),
                    }),
                    field: "successor".to_owned(),
                    message: left_out(&truncate(successor, 80)),
                });
            }
        }
        parsed
            .into_iter()
            .zip(rejected.into_iter().zip(detached))
            .filter_map(|(cluster, (rejected, detached))| {
                let mut cluster = cluster.filter(|_| !rejected)?;
                if detached {
                    cluster.successor = None;
                }
                Some(cluster)
            })
            .collect()
    }

    fn record_error(&mut self, index: usize, cluster: &Cluster, field: &str, message: String) {
        self.issues.push(Issue {
            severity: Severity::Error,
            record: Some(RecordRef {
                index,
                id: Some(cluster.id.clone()),
            }),
            field: field.to_owned(),
            message,
        });
    }
}

fn left_out(successor: &str) -> String {
    format!("\"{successor}\" is left out because of its own errors; this cluster is shown without the link")
}

/// Which records lie on a cycle of successors, given each record's successor (in linear time:
/// each record has at most one successor).
fn on_cycle(next: &[Option<usize>]) -> Vec<bool> {
    #[derive(Clone, Copy, PartialEq)]
    enum Visit {
        New,
        OnWalk,
        Done,
    }
    let mut visit = vec![Visit::New; next.len()];
    let mut on_cycle = vec![false; next.len()];
    for start in 0..next.len() {
        let mut walk = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at.filter(|&i| visit[i] == Visit::New) {
            visit[i] = Visit::OnWalk;
            walk.push(i);
            at = next[i];
        }
        if let Some(i) = at.filter(|&i| visit[i] == Visit::OnWalk) {
            if let Some(first) = walk.iter().position(|&w| w == i) {
                for &w in &walk[first..] {
                    on_cycle[w] = true;
                }
            }
        }
        for w in walk {
            visit[w] = Visit::Done;
        }
    }
    on_cycle
}

/// The rules of a single record.
fn check_record(record: &mut RecordIssues, cluster: &Cluster) {
    if !is_slug(&cluster.id) {
        record.error(
            "id",
            format!(
                "\"{}\" is not a slug (lowercase letters, digits and hyphens, at most 80)",
                truncate(&cluster.id, 80)
            ),
        );
    }
    record.name("name", &cluster.name);
    if let Some(short) = &cluster.short_name {
        record.name("short_name", short);
    }
    record.names("former_names", &cluster.former_names);
    if let Some(name) = &cluster.brochure_2006_name {
        record.name("brochure_2006_name", name);
    }
    if let Some(url) = cluster.website.as_deref().filter(|u| !is_http_url(u)) {
        record.error(
            "website",
            format!("\"{}\" is not an http(s) address", truncate(url, 80)),
        );
    }
    if let Some(address) = cluster
        .contact
        .as_deref()
        .filter(|a| !is_contact_address(a))
    {
        record.error(
            "contact",
            format!(
                "\"{}\" is not a mailto: or http(s) address",
                truncate(address, 80)
            ),
        );
    }
    record.name("hq.city", &cluster.hq.city);
    check_coordinates(record, cluster);
    check_codes(
        record,
        "sectors",
        &cluster.sectors,
        |c, s| c.sectors.contains(s),
        "sector",
    );
    check_codes(
        record,
        "regions",
        &cluster.regions,
        |c, r| c.regions.contains_key(r),
        "region",
    );
    for (lang, text) in [
        ("en", &cluster.description.en),
        ("fr", &cluster.description.fr),
    ] {
        let field = format!("description.{lang}");
        record.length(&field, text, MAX_DESCRIPTION_CHARS);
        if text.trim().is_empty() {
            record.warn(field, "is empty; the other language is shown");
        }
    }
    for (kind, names) in [
        ("enterprises", &cluster.members.enterprises),
        ("research", &cluster.members.research),
        ("training", &cluster.members.training),
    ] {
        record.names(&format!("members.{kind}"), names);
    }
    record.list_len("sources", cluster.sources.len());
    let unknown_sources: Vec<&str> = cluster
        .sources
        .iter()
        .chain(
            cluster
                .member_count
                .as_ref()
                .and_then(|m| m.source.as_ref()),
        )
        .map(String::as_str)
        .filter(|s| !record.checker.sources.contains(s))
        .collect();
    if !unknown_sources.is_empty() {
        record.warn(
            "sources",
            format!("unknown source ids: {}", unknown_sources.join(", ")),
        );
    }
    check_currency(record, cluster);
    record.list_len("unverified", cluster.unverified.len());
    for (i, u) in cluster.unverified.iter().enumerate() {
        record.name(&format!("unverified[{i}].field"), &u.field);
        if let Some(note) = &u.note {
            record.length(
                &format!("unverified[{i}].note"),
                note,
                MAX_DESCRIPTION_CHARS,
            );
        }
    }
}

/// The date of check (optional in the format): a `YYYY-MM-DD` date, not after the dataset's `updated` date, and for a
/// current cluster not older than [`STALE_AFTER_YEARS`] before it (warnings: the facts may
/// still be right, a maintainer should look).
fn check_currency(record: &mut RecordIssues, cluster: &Cluster) {
    let current = cluster.status == Status::Current;
    let Some(checked) = cluster.checked.as_deref() else {
        return;
    };
    if !is_iso_date(checked) {
        record.warn(
            "checked",
            format!("\"{}\" is not a YYYY-MM-DD date", truncate(checked, 80)),
        );
        return;
    }
    let Some(updated) = record.checker.updated else {
        return;
    };
    if checked > updated {
        record.warn(
            "checked",
            format!("{checked} is after the dataset's `updated` date ({updated})"),
        );
    } else if current && checked < years_before(updated, STALE_AFTER_YEARS).as_str() {
        record.warn(
            "checked",
            format!("stale: checked {checked}, more than 12 months before the dataset's update ({updated})"),
        );
    }
}

/// The same day `years` years earlier, of a valid ISO date (lexically comparable with others).
fn years_before(date: &str, years: u32) -> String {
    let year: u32 = date[..4].parse().unwrap_or(0);
    format!("{:04}{}", year.saturating_sub(years), &date[4..])
}

fn check_coordinates(record: &mut RecordIssues, cluster: &Cluster) {
    let (lat, lon) = (cluster.hq.lat, cluster.hq.lon);
    if !(-90.0..=90.0).contains(&lat) {
        record.error(
            "hq.lat",
            format!("latitude {lat} is out of range (-90 to 90)"),
        );
        return;
    }
    if !(-180.0..=180.0).contains(&lon) {
        record.error(
            "hq.lon",
            format!("longitude {lon} is out of range (-180 to 180)"),
        );
        return;
    }
    let boxes: Vec<[f64; 4]> = cluster
        .regions
        .iter()
        .filter_map(|code| record.checker.regions.get(code.as_str()).copied())
        .collect();
    let inside = |[w, s, e, n]: [f64; 4]| {
        (s - BBOX_MARGIN_DEG..=n + BBOX_MARGIN_DEG).contains(&lat)
            && (w - BBOX_MARGIN_DEG..=e + BBOX_MARGIN_DEG).contains(&lon)
    };
    if !boxes.is_empty() && !boxes.into_iter().any(inside) {
        record.error(
            "hq",
            format!(
                "({lat}, {lon}) lies outside the cluster's regions ({})",
                cluster.regions.join(", ")
            ),
        );
    }
}

/// Checks a non-empty list of codes without duplicates, each known to the dataset.
fn check_codes(
    record: &mut RecordIssues,
    field: &str,
    codes: &[String],
    known: impl Fn(&Checker, &str) -> bool,
    what: &str,
) {
    if codes.is_empty() {
        record.error(field, format!("needs at least one {what}"));
    }
    record.list_len(field, codes.len());
    let mut seen = HashSet::new();
    for (i, code) in codes.iter().enumerate() {
        if !known(record.checker, code) {
            record.error(
                format!("{field}[{i}]"),
                format!("unknown {what} \"{}\"", truncate(code, 40)),
            );
        } else if !seen.insert(code) {
            record.error(
                format!("{field}[{i}]"),
                format!("{what} \"{code}\" is listed twice"),
            );
        }
    }
}

/// The record's `id`, read leniently from a record that does not parse.
fn readable_id(value: &RawValue) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: String,
    }
    serde_json::from_str::<IdOnly>(value.get())
        .ok()
        .map(|r| truncate(&r.id, 80))
}

/// The field a serde error in `record` (the record's JSON text) is about, as a path such as
/// `hq.lat`, `sectors[0]` or, for a missing field, `hq.lon`.
fn field_of_serde_error(record: &str, error: &serde_json::Error) -> String {
    let path = path_at(record, byte_offset(record, error.line(), error.column()));
    let message = error.to_string();
    let named = ["missing field `", "unknown field `", "duplicate field `"]
        .iter()
        .find_map(|prefix| message.strip_prefix(prefix))
        .and_then(|rest| rest.split('`').next());
    match named {
        Some(name) => join_path(&path, &truncate(name, 80)),
        None => path,
    }
}

/// The byte offset of a serde_json error position (1-based line; column = bytes of the line
/// read so far).
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line {
        0 | 1 => 0,
        _ => text
            .match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    line_start.saturating_add(column).min(text.len())
}

fn join_path(path: &str, key: &str) -> String {
    let key = if key.is_empty() { "\"\"" } else { key };
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// The path of the innermost value of `json` that holds byte `offset` or ends there (serde_json
/// reports an error at the end of the value it read, or just before a value it refused).
/// Scans iteratively, so any nesting depth is fine; never fails on malformed input.
fn path_at(json: &str, offset: usize) -> String {
    struct Open {
        path: String,
        object: bool,
        key: String,
        index: usize,
        expects_key: bool,
    }
    impl Open {
        fn child(&self) -> String {
            if self.object {
                join_path(&self.path, &truncate(&self.key, 80))
            } else {
                format!("{}[{}]", self.path, self.index)
            }
        }
        fn value_done(&mut self) {
            self.index += 1;
            self.expects_key = true;
        }
    }
    let bytes = json.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let here = |stack: &[Open]| stack.last().map(|o| o.path.clone()).unwrap_or_default();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b',' | b':' => {
                i += 1;
                continue;
            }
            _ if start > offset => return here(&stack),
            b'}' | b']' => {
                if start + 1 >= offset {
                    return here(&stack);
                }
                stack.pop();
                if let Some(top) = stack.last_mut() {
                    top.value_done();
                }
                i += 1;
            }
            b'"' if stack.last().is_some_and(|o| o.object && o.expects_key) => {
                let end = string_end(bytes, start);
                if end >= offset {
                    return here(&stack);
                }
                if let Some(top) = stack.last_mut() {
                    top.key = json
                        .get(start..end)
                        .and_then(|k| serde_json::from_str(k).ok())
                        .unwrap_or_default();
                    top.expects_key = false;
                }
                i = end;
            }
            // serde stops at the first value of a wrong type, a few levels down in a record;
            // deeper is never where an error is, and would only cost time.
            b'{' | b'[' if stack.len() >= 64 => return here(&stack),
            b @ (b'{' | b'[') => {
                stack.push(Open {
                    path: stack.last().map(Open::child).unwrap_or_default(),
                    object: b == b'{',
                    key: String::new(),
                    index: 0,
                    expects_key: true,
                });
                i += 1;
            }
            b => {
                let end = if b == b'"' {
                    string_end(bytes, start)
                } else {
                    bytes[start..]
                        .iter()
                        .position(|c| b",]} \t\n\r".contains(c))
                        .map_or(bytes.len(), |n| start + n)
                };
                if end >= offset {
                    return stack.last().map(Open::child).unwrap_or_default();
                }
                if let Some(top) = stack.last_mut() {
                    top.value_done();
                }
                i = end;
            }
        }
    }
    here(&stack)
}

/// The byte after the closing quote of the string starting at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
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

/// A `#rrggbb` colour.
pub fn is_hex_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the end of the first occurrence of `marker` in `json`.
    fn path_after(json: &str, marker: &str) -> String {
        let at = json.find(marker).expect("marker") + marker.len();
        path_at(json, at)
    }

    /// The warnings about `checked` when the three records of the minimal dataset (two current,
    /// one historical; updated 2026-01-15) carry these dates.
    fn checked_warnings(dates: [Option<&str>; 3]) -> Vec<(String, String)> {
        let text = include_str!("../../tests/datasets/valid-minimal.json");
        let mut json: serde_json::Value = serde_json::from_str(text).unwrap();
        for (record, date) in json["clusters"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .zip(dates)
        {
            if let Some(date) = date {
                record["checked"] = date.into();
            }
        }
        let loaded = load(json.to_string().as_bytes()).unwrap();
        assert!(!loaded.has_errors(), "{:?}", loaded.issues);
        loaded
            .issues
            .into_iter()
            .filter(|i| i.field == "checked")
            .map(|i| (i.record.unwrap().id.unwrap(), i.message))
            .collect()
    }

    #[test]
    fn checked_dates_warn_when_stale_future_or_malformed() {
        assert!(checked_warnings([None, None, None]).is_empty(), "optional");
        assert!(checked_warnings([Some("2025-01-15"), Some("2026-01-15"), None]).is_empty());
        let stale = checked_warnings([Some("2024-12-31"), Some("2026-01-01"), Some("2010-05-11")]);
        assert_eq!(
            stale.len(),
            1,
            "only the current record is stale: {stale:?}"
        );
        assert_eq!(stale[0].0, "alpha");
        assert!(
            stale[0].1.starts_with("stale: checked 2024-12-31"),
            "{}",
            stale[0].1
        );
        let odd = checked_warnings([Some("2026-02-01"), Some("last week"), None]);
        assert!(
            odd[0].1.contains("after the dataset's `updated` date"),
            "{odd:?}"
        );
        assert!(odd[1].1.contains("not a YYYY-MM-DD date"), "{odd:?}");
    }

    #[test]
    fn a_year_before() {
        assert_eq!(years_before("2026-11-27", 1), "2025-11-27");
        assert!("2025-11-26" < years_before("2026-11-27", 1).as_str());
        assert!("2025-11-27" >= years_before("2026-11-27", 1).as_str());
    }

    #[test]
    fn paths_of_error_positions() {
        let json = r#"{"a": {"b": [1, "x}]", {"c": true}], "d": null}, "e": "f"}"#;
        assert_eq!(path_after(json, "1"), "a.b[0]");
        assert_eq!(path_after(json, r#""x}]""#), "a.b[1]");
        assert_eq!(path_after(json, "true"), "a.b[2].c");
        assert_eq!(path_after(json, "true}"), "a.b[2]");
        assert_eq!(path_after(json, "null"), "a.d");
        assert_eq!(path_after(json, "null}"), "a");
        assert_eq!(path_after(json, r#""e""#), "");
        assert_eq!(path_after(json, r#""f""#), "e");
        // Just before a refused array or object: that value.
        assert_eq!(path_after(json, r#""b": "#), "a.b");
        assert_eq!(path_after(json, r#""x}]", "#), "a.b[2]");
    }

    #[test]
    fn paths_with_escaped_and_odd_keys() {
        let json = r#"{"k\"e}y": {"": 1, "é": [2]}}"#;
        assert_eq!(path_after(json, "1"), r#"k"e}y."""#);
        assert_eq!(path_after(json, "2"), r#"k"e}y.é[0]"#);
    }

    #[test]
    fn path_at_never_fails_on_malformed_input() {
        for json in [
            "",
            "\"",
            "{\"a",
            "]]]",
            "}{",
            "[1,",
            "{\"a\" 1 2}",
            "\"\\",
            "é",
        ] {
            for offset in 0..=json.len() + 2 {
                path_at(json, offset);
            }
        }
    }

    #[test]
    fn offsets_of_serde_positions() {
        let text = "ab\ncd\n";
        assert_eq!(byte_offset(text, 1, 2), 2);
        assert_eq!(byte_offset(text, 2, 1), 4);
        assert_eq!(byte_offset(text, 9, 9), text.len());
        assert_eq!(byte_offset(text, 0, 0), 0);
        assert_eq!(line_column(text, 4), (2, 2));
    }
}
