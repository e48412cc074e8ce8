//! Loading and validating a dataset: turns the bytes of a `clusters.json` into the valid
//! clusters plus a list of [`Issue`]s, each naming the record and the field.
//!
//! A file that cannot be read at all is a [`LoadError`]. A record that breaks a rule is an
//! [`Severity::Error`] and is left out; the app shows the others with a warning, while the
//! validator CLI fails. [`Severity::Warning`]s keep the record.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::value::RawValue;

use crate::dataset::{is_http_url, Cluster, Dataset, Status, SCHEMA_VERSION};

/// Longest name, city or member string accepted.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest description accepted, per language.
pub const MAX_DESCRIPTION_CHARS: usize = 4000;
/// Most entries accepted in one list of a record (names, members, sources...).
pub const MAX_LIST_LEN: usize = 500;
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
    let raw: Dataset<&RawValue> = serde_json::from_str(text).map_err(|e| LoadError::Json {
        line: e.line(),
        column: e.column(),
        message: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_owned(),
    })?;
    if raw.schema_version != SCHEMA_VERSION {
        return Err(LoadError::UnsupportedVersion(raw.schema_version));
    }
    let mut checker = Checker::new(&raw, &mut issues);
    let parsed: Vec<Option<Cluster>> = raw
        .clusters
        .iter()
        .enumerate()
        .map(|(index, value)| checker.parse_record(index, value))
        .collect();
    let clusters = checker.check_links(parsed);
    let skipped = raw.clusters.len() - clusters.len();
    if raw.clusters.is_empty() {
        issues.push(dataset_issue(
            Severity::Error,
            "clusters",
            "the dataset has no clusters",
        ));
    }
    let Dataset {
        json_schema,
        schema_version,
        title,
        updated,
        licence,
        sectors,
        regions,
        sources,
        ..
    } = raw;
    let dataset = Dataset {
        json_schema,
        schema_version,
        title,
        updated,
        licence,
        sectors,
        regions,
        sources,
        clusters,
    };
    Ok(Loaded {
        dataset,
        issues,
        skipped,
    })
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
                    format!("\"{}\" is not a unique lowercase slug", sector.id),
                ));
            }
            if !is_hex_colour(&sector.color) {
                self.issues.push(dataset_issue(
                    Severity::Error,
                    &format!("sectors[{i}].color"),
                    format!("\"{}\" is not a #rrggbb colour", sector.color),
                ));
            }
        }
        for (i, source) in raw.sources.iter().enumerate() {
            if let Some(url) = source.url.as_deref().filter(|u| !is_http_url(u)) {
                self.issues.push(dataset_issue(
                    Severity::Warning,
                    &format!("sources[{i}].url"),
                    format!("\"{url}\" is not an http(s) address; it will not be a link"),
                ));
            }
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

    /// Parses one record and checks the rules that need only the record itself.
    fn parse_record(&mut self, index: usize, value: &RawValue) -> Option<Cluster> {
        let parsed = serde_json::from_str::<Cluster>(value.get());
        let id = match &parsed {
            Ok(cluster) => Some(cluster.id.clone()),
            Err(_) => readable_id(value),
        };
        let mut record = RecordIssues {
            checker: self,
            record: RecordRef { index, id },
            errors: 0,
        };
        let cluster = match parsed {
            Ok(cluster) => cluster,
            Err(e) => {
                let message = e.to_string();
                let message = message.split(" at line ").next().unwrap_or_default();
                record.error(field_of_serde_error(message), message);
                return None;
            }
        };
        check_record(&mut record, &cluster);
        (record.errors == 0).then_some(cluster)
    }

    /// Checks ids, successors and cycles across records, and keeps the valid clusters.
    fn check_links(&mut self, parsed: Vec<Option<Cluster>>) -> Vec<Cluster> {
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
        let successor_of = |id: &str| -> Option<&str> {
            parsed[*first_index.get(id)?].as_ref()?.successor.as_deref()
        };
        for (index, cluster) in parsed.iter().enumerate() {
            let Some(cluster) = cluster else { continue };
            let Some(successor) = cluster.successor.as_deref() else {
                continue;
            };
            let message = if cluster.status == Status::Current {
                Some("a current cluster cannot have a successor".to_owned())
            } else if !first_index.contains_key(successor) {
                Some(format!("\"{successor}\" is not the id of a cluster"))
            } else if leads_to_cycle(&cluster.id, successor_of) {
                Some(format!(
                    "\"{successor}\" leads back to this cluster (a cycle of successors)"
                ))
            } else {
                None
            };
            if let Some(message) = message {
                rejected[index] = true;
                self.record_error(index, cluster, "successor", message);
            }
        }
        parsed
            .into_iter()
            .zip(rejected)
            .filter_map(|(cluster, rejected)| cluster.filter(|_| !rejected))
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

/// Whether following successors from `start` ever comes back to it.
fn leads_to_cycle<'s>(start: &str, successor_of: impl Fn(&str) -> Option<&'s str>) -> bool {
    let mut seen = HashSet::new();
    let mut next = successor_of(start);
    while let Some(id) = next {
        if id == start {
            return true;
        }
        if !seen.insert(id) {
            return false; // a cycle that does not include `start`: reported for its own members
        }
        next = successor_of(id);
    }
    false
}

/// The rules of a single record.
fn check_record(record: &mut RecordIssues, cluster: &Cluster) {
    if !is_slug(&cluster.id) {
        record.error(
            "id",
            format!(
                "\"{}\" is not a slug (lowercase letters, digits and hyphens, at most 80)",
                cluster.id
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
        record.error("website", format!("\"{url}\" is not an http(s) address"));
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

/// The field a serde error is about, e.g. `hq` for "missing field `hq`".
fn field_of_serde_error(message: &str) -> String {
    message
        .split('`')
        .nth(1)
        .filter(|_| message.contains("field `"))
        .unwrap_or("")
        .to_owned()
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

/// A `#rrggbb` colour.
pub fn is_hex_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].bytes().all(|b| b.is_ascii_hexdigit())
}
