//! The ids that tie the dataset together, each its own type, so that a sector id cannot be
//! passed where a cluster id is expected: [`ClusterId`] (a record's `id` and `successor`),
//! [`SectorId`] (the vocabulary and a record's `sectors`) and [`RegionCode`] (an INSEE code).
//!
//! They are strings in JSON (`#[serde(transparent)]`; plain strings in the JSON Schema), and
//! read like strings in code: `Deref<Target = str>`, `AsRef<str>`, `Borrow<str>` (so that a
//! `HashMap<ClusterId, _>` is looked up with a `&str`), comparisons with `str`, `&str` and
//! `String`, and `Display`. They say what an id is, not that it is valid: the validator and the
//! URL reader check their syntax.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(String);

        /// A string in the schema, inlined as before the type existed.
        #[cfg(feature = "schema")]
        impl JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }

            fn schema_name() -> std::borrow::Cow<'static, str> {
                String::schema_name()
            }

            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                String::json_schema(generator)
            }
        }

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl Deref for $name {
            type Target = str;

            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        /// Hashes and compares as its `str`, so that maps keyed by it are looked up by `&str`.
        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                $name(id)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                $name(id.to_owned())
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for str {
            fn eq(&self, other: &$name) -> bool {
                self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    };
}

id_type! {
    /// A cluster's id: a stable slug used in URLs, e.g. `aerospace-valley`.
    ClusterId
}

id_type! {
    /// A sector's id in the vocabulary, e.g. `aerospace`.
    SectorId
}

id_type! {
    /// An INSEE region code, e.g. `76` (Occitanie) or `04` (La Réunion).
    RegionCode
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn ids_read_like_strings() {
        let id = ClusterId::new("aerospace-valley");
        assert_eq!(id, "aerospace-valley");
        assert_eq!("aerospace-valley", id);
        assert_eq!(id, "aerospace-valley".to_owned());
        assert!(id.starts_with("aero"));
        assert_eq!(id.to_string(), "aerospace-valley");
        assert_eq!(format!("{id:>18}"), "  aerospace-valley");
        let map: HashMap<SectorId, usize> = [(SectorId::from("marine"), 1)].into();
        assert_eq!(map.get("marine"), Some(&1));
        assert_eq!(["76", "53"].map(RegionCode::from).join(","), "76,53");
    }

    #[test]
    fn ids_are_strings_in_json() {
        let ids: Vec<RegionCode> = serde_json::from_str(r#"["76", "04"]"#).unwrap();
        assert_eq!(ids, ["76", "04"]);
        assert_eq!(serde_json::to_string(&ids).unwrap(), r#"["76","04"]"#);
        assert!(serde_json::from_str::<ClusterId>("7").is_err());
    }
}
