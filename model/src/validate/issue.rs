//! What an issue is: its severity, the record and field it is about, and its text.

use std::fmt;

use crate::dataset::SCHEMA_VERSION;

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

pub(super) fn dataset_issue(severity: Severity, field: &str, message: impl Into<String>) -> Issue {
    Issue {
        severity,
        record: None,
        field: field.to_owned(),
        message: message.into(),
    }
}
