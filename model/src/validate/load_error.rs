//! Why a file cannot be read at all, as data ([`LoadError`]), and its English text.

use std::fmt;

use super::JsonKind;
use crate::dataset::SCHEMA_VERSION;

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file is empty (or only white space).
    Empty,
    /// The bytes are not UTF-8.
    NotUtf8 { byte_offset: usize },
    /// Valid JSON, but not an object.
    NotAnObject { found: JsonKind },
    /// Not JSON; `detail` is the parser's own words (English).
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not in the dataset's format: the value at `path` (empty for the top level)
    /// does not fit; `detail` is the parser's own words (English).
    Format {
        line: usize,
        column: usize,
        path: String,
        detail: String,
    },
    /// A `schema_version` this build does not read.
    UnsupportedVersion(u32),
}

impl LoadError {
    /// The parser's own words, when the error has them (English, not translatable).
    pub fn detail(&self) -> Option<&str> {
        match self {
            LoadError::Syntax { detail, .. } | LoadError::Format { detail, .. } => Some(detail),
            _ => None,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Empty => write!(f, "the file is empty"),
            LoadError::NotUtf8 { byte_offset } => {
                write!(f, "the file is not valid UTF-8 (byte {byte_offset})")
            }
            LoadError::NotAnObject { found } => {
                write!(f, "the top level must be a JSON object, not {found}")
            }
            LoadError::Syntax {
                line,
                column,
                detail,
            } => write!(f, "invalid JSON at line {line}, column {column}: {detail}"),
            LoadError::Format {
                line,
                column,
                path,
                detail,
            } => {
                write!(
                    f,
                    "not in the dataset format at line {line}, column {column}"
                )?;
                if !path.is_empty() {
                    write!(f, ", field `{path}`")?;
                }
                write!(f, ": {detail}")
            }
            LoadError::UnsupportedVersion(v) => write!(
                f,
                "schema_version {v} is not supported (this app reads version {SCHEMA_VERSION})"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_parser_words_are_details() {
        let format = LoadError::Format {
            line: 2,
            column: 5,
            path: "extra".into(),
            detail: "unknown field `extra`".into(),
        };
        assert_eq!(format.detail(), Some("unknown field `extra`"));
        assert_eq!(
            format.to_string(),
            "not in the dataset format at line 2, column 5, field `extra`: unknown field `extra`"
        );
        let top = LoadError::Format {
            line: 2,
            column: 5,
            path: String::new(),
            detail: "missing field `title`".into(),
        };
        assert!(top
            .to_string()
            .starts_with("not in the dataset format at line 2, column 5: "));
        assert_eq!(LoadError::Empty.detail(), None);
        assert_eq!(
            LoadError::NotAnObject {
                found: JsonKind::Array
            }
            .to_string(),
            "the top level must be a JSON object, not an array"
        );
    }
}
