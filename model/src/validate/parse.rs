//! Reading the file and each record with serde, and naming the field of a serde error.

use serde_json::value::RawValue;

use super::record::{check_record, RecordIssues};
use super::{truncate, Checker, LoadError, RecordRef, MAX_MESSAGE_CHARS};
use crate::dataset::{Cluster, SCHEMA_VERSION};

/// Explains why the file does not parse as a dataset. A file of another format version is
/// reported as such even when its shape differs (new or renamed fields), and a top level that
/// is not an object is named as such (serde would complain about its first element instead).
pub(super) fn top_level_error(text: &str, error: &serde_json::Error) -> LoadError {
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

impl Checker<'_> {
    /// Parses one record and checks the rules that need only the record itself. Returns the
    /// record's id (when readable) and the cluster (when it has no error).
    pub(super) fn parse_record(
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the end of the first occurrence of `marker` in `json`.
    fn path_after(json: &str, marker: &str) -> String {
        let at = json.find(marker).expect("marker") + marker.len();
        path_at(json, at)
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
