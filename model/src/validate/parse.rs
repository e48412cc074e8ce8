//! Reading the file and each record with serde. The path of a value that does not fit is found
//! from the error's position ([`path_at`]); structs are read from JSON objects only ([`Strict`]).

use serde::Deserialize;
use serde_json::value::RawValue;

use super::path::{offset_of, path_at};
use super::record::{check_record, RecordIssues};
use super::strict::Strict;
use super::MAX_MESSAGE_CHARS;
use super::{quoted, truncate, Checker, IssueKind, JsonKind, LoadError, RecordRef};
use crate::dataset::{Cluster, SCHEMA_VERSION};
use crate::ids::ClusterId;

/// Why a text does not read as a value: the path of the value serde was reading when it failed
/// (`hq.lat`, `sectors[0]`; empty for the whole text) and serde's error.
pub(super) struct Failure {
    pub path: String,
    pub error: serde_json::Error,
}

/// Reads `text` (all of it) as a `T`, with structs from JSON objects only.
pub(super) fn read<'a, T: Deserialize<'a>>(text: &'a str) -> Result<T, Failure> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let read = T::deserialize(Strict(&mut deserializer)).and_then(|value| {
        deserializer.end()?;
        Ok(value)
    });
    read.map_err(|error| Failure {
        path: path_at(text, offset_of(text, error.line(), error.column())),
        error,
    })
}

/// Explains why the file does not parse as a dataset. A file of another format version is
/// reported as such even when its shape differs (new or renamed fields), and a top level that
/// is not an object is named as such (serde would complain about its first element instead).
pub(super) fn top_level_error(text: &str, failure: Failure) -> LoadError {
    #[derive(Deserialize)]
    struct VersionOnly {
        schema_version: u32,
    }
    if let Some(found) = JsonKind::of(text) {
        if serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
            return LoadError::NotAnObject { found };
        }
    } else if let Ok(VersionOnly { schema_version }) = serde_json::from_str(text) {
        if schema_version != SCHEMA_VERSION {
            return LoadError::UnsupportedVersion(schema_version);
        }
    }
    let Failure { path, error } = failure;
    let (line, column, detail) = (error.line(), error.column(), serde_detail(&error));
    match error.classify() {
        serde_json::error::Category::Data => LoadError::Format {
            line,
            column,
            path,
            detail,
        },
        _ => LoadError::Syntax {
            line,
            column,
            detail,
        },
    }
}

/// A serde error's text without its position (which the issue gives apart), cut to a readable
/// length (it may quote a value of any length).
pub(super) fn serde_detail(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    truncate(
        text.strip_suffix(&position).unwrap_or(&text),
        MAX_MESSAGE_CHARS,
    )
}

impl Checker<'_> {
    /// Parses one record and checks the rules that need only the record itself. Returns the
    /// record's id (when readable, even in a record that does not parse) and the cluster (when
    /// it has no error).
    pub(super) fn parse_record(
        &mut self,
        index: usize,
        value: &RawValue,
    ) -> (Option<ClusterId>, Option<Cluster>) {
        let text = value.get();
        let parsed = match JsonKind::of(text) {
            Some(found) => Err((String::new(), IssueKind::NotAnObject { found })),
            None => read::<Cluster>(text).map_err(|f| {
                let detail = serde_detail(&f.error);
                (f.path, IssueKind::Unreadable { detail })
            }),
        };
        let id = match &parsed {
            Ok(cluster) => Some(cluster.id.clone()),
            Err(_) => readable_id(value),
        };
        let mut record = RecordIssues {
            checker: self,
            record: RecordRef {
                index,
                id: id.as_ref().map(|id| quoted(id.as_str())),
            },
            errors: 0,
        };
        let cluster = match parsed {
            Ok(cluster) => cluster,
            Err((field, kind)) => {
                record.push(field, kind);
                return (id, None);
            }
        };
        check_record(&mut record, &cluster);
        (id, (record.errors == 0).then_some(cluster))
    }
}

/// The record's `id`, read leniently from a record that does not parse.
fn readable_id(value: &RawValue) -> Option<ClusterId> {
    #[derive(Deserialize)]
    struct IdOnly {
        id: ClusterId,
    }
    serde_json::from_str::<IdOnly>(value.get())
        .ok()
        .map(|r| r.id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Outer {
        a: Inner,
        e: String,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Inner {
        b: Vec<Option<Leaf>>,
        d: Option<u8>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Leaf {
        c: bool,
    }

    fn path_of(json: &str) -> String {
        read::<Outer>(json).unwrap_err().path
    }

    #[test]
    fn paths_of_values_that_do_not_fit() {
        let ok = r#"{"a": {"b": [null, {"c": true}], "d": null}, "e": "f"}"#;
        assert!(read::<Outer>(ok).is_ok());
        assert_eq!(path_of(r#"{"a": {"b": [null, {"c": 1}]}}"#), "a.b[1].c");
        assert_eq!(path_of(r#"{"a": {"b": [], "d": "x"}}"#), "a.d");
        assert_eq!(path_of(r#"{"a": {"b": {}}}"#), "a.b");
        assert_eq!(path_of(r#"{"e": 1}"#), "e");
        // An array where a struct is expected.
        assert_eq!(path_of(r#"{"a": {"b": [[true]]}}"#), "a.b[0]");
        assert_eq!(path_of(r#"{"a": [[], null], "e": ""}"#), "a");
        // A missing field: the object that lacks it.
        assert_eq!(path_of(r#"{"a": {"b": [{}]}}"#), "a.b[0]");
        assert_eq!(path_of(r#"{"e": ""}"#), "");
    }

    #[test]
    fn odd_and_long_keys_in_paths() {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Strict {
            x: u8,
        }
        let path = |json: &str| {
            read::<std::collections::BTreeMap<String, Strict>>(json)
                .unwrap_err()
                .path
        };
        assert_eq!(path(r#"{"k\"e}y": {"x": "1"}}"#), r#"k"e}y.x"#);
        assert_eq!(path(r#"{"": {"x": -1}}"#), r#""".x"#);
        let long = "k".repeat(10_000);
        assert_eq!(
            path(&format!(r#"{{"{long}": {{"x": []}}}}"#)),
            format!("{}….x", &long[..80])
        );
        assert_eq!(path(r#"{"a": {"x": 1, "é": 2}}"#), "a.é");
    }

    #[test]
    fn trailing_characters_are_an_error_of_the_whole_text() {
        let failure = read::<Leaf>(r#"{"c": true} {}"#).unwrap_err();
        assert_eq!(failure.path, "");
        assert_eq!(serde_detail(&failure.error), "trailing characters");
    }

    #[test]
    fn details_drop_the_position_and_stay_short() {
        let failure = read::<Leaf>(&format!(r#"{{"c": "{}"}}"#, "x".repeat(5000))).unwrap_err();
        let detail = serde_detail(&failure.error);
        assert!(detail.starts_with("invalid type: string \"xxx"), "{detail}");
        assert!(!detail.contains(" at line "), "{detail}");
        assert!(detail.chars().count() <= MAX_MESSAGE_CHARS + 1);
    }
}
