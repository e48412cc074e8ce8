//! The ids that tie the dataset together, each its own type, so that a sector id cannot be
//! passed where a cluster id is expected: [`ClusterId`] (a record's `id` and `successor`),
//! [`SectorId`] (the vocabulary and a record's `sectors`), [`RegionCode`] (an INSEE code) and
//! [`SourceId`] (the dataset's `sources`, and the ids records, periods, events, member counts
//! and milestones cite).
//!
//! They are strings in JSON (`#[serde(transparent)]`; plain strings in the JSON Schema), but
//! not in code: an id compares, hashes and is looked up only with ids of its own kind (a
//! `HashMap<ClusterId, _>` is looked up with a `&ClusterId`). Text becomes an id once, where it
//! comes in (`new`): the deserializer, the URL reader ([`crate::url_state`]), the app's readings
//! of the geometry and the DOM, the synthetic data, tests; it goes back to text with
//! [`as_str`](ClusterId::as_str) or `Display` only where text is the output (addresses,
//! attributes, CSV, messages). They say what an id is, not that it is valid: the validator and
//! the URL reader check their syntax.
//!
//! Ids of two kinds do not compare, nor does an id with a string:
//!
//! ```compile_fail
//! use poles_model::{ClusterId, SectorId};
//! let _ = ClusterId::new("a") == SectorId::new("a");
//! ```
//!
//! ```compile_fail
//! use poles_model::ClusterId;
//! let _ = ClusterId::new("a") == "a";
//! ```

use std::fmt;

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
            /// The id written `id`: for where text comes in (a file, an address, the DOM).
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            /// Its text, for where text goes out (an address, an attribute, a cell, a message).
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(&self.0)
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

id_type! {
    /// A source's id, e.g. `S42`, cited by records, periods, events and milestones.
    SourceId
}

impl SourceId {
    /// Its text to change: for the validator, which cuts a source id too long to its limit
    /// (the other ids are slugs or codes, kept or left out whole).
    pub(crate) fn text_mut(&mut self) -> &mut String {
        &mut self.0
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn ids_are_strings_in_json() {
        let ids: Vec<RegionCode> = serde_json::from_str(r#"["76", "04"]"#).unwrap();
        assert_eq!(ids, [RegionCode::new("76"), RegionCode::new("04")]);
        assert_eq!(serde_json::to_string(&ids).unwrap(), r#"["76","04"]"#);
        let source: SourceId = serde_json::from_str(r#""S600""#).unwrap();
        assert_eq!(source, SourceId::new("S600"));
        assert!(serde_json::from_str::<ClusterId>("7").is_err());
    }

    #[test]
    fn ids_are_text_only_on_the_way_out() {
        let id = ClusterId::new("aerospace-valley");
        assert_eq!(id.as_str(), "aerospace-valley");
        assert_eq!(id.to_string(), "aerospace-valley");
        assert_eq!(format!("{id:>18}"), "  aerospace-valley");
    }

    #[test]
    fn maps_are_looked_up_by_the_id() {
        let map: HashMap<SectorId, usize> = [(SectorId::new("marine"), 1)].into();
        assert_eq!(map.get(&SectorId::new("marine")), Some(&1));
        assert_eq!(map.get(&SectorId::new("energy")), None);
        let mut codes = [RegionCode::new("76"), RegionCode::new("04")];
        codes.sort();
        assert_eq!(codes, [RegionCode::new("04"), RegionCode::new("76")]);
    }
}
