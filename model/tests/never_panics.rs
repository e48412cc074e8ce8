//! `load` never panics, whatever the bytes, and what it returns is consistent: the loaded
//! clusters have unique ids and loaded successors, every left-out record has an error naming
//! it, and every record issue names a field unless the record cannot be read as a whole.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use poles_model::{load, IssueKind, LoadError, Loaded, Severity};
use proptest::prelude::*;
use serde_json::{Map, Value};

fn valid_minimal() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/datasets/valid-minimal.json");
    std::fs::read(path).expect("read valid-minimal.json")
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // The minimal failing input is printed; no regression file next to the test.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Field names of the format, so that random objects often look like parts of a dataset.
const KEYS: &[&str] = &[
    "$schema",
    "schema_version",
    "title",
    "updated",
    "licence",
    "sectors",
    "regions",
    "sources",
    "clusters",
    "id",
    "name",
    "short_name",
    "former_names",
    "brochure_2006_name",
    "website",
    "hq",
    "city",
    "insee",
    "lat",
    "lon",
    "status",
    "successor",
    "labels",
    "label_2005_2007",
    "phase",
    "year",
    "description",
    "en",
    "fr",
    "members",
    "enterprises",
    "research",
    "training",
    "member_count",
    "value",
    "qualifier",
    "source",
    "unverified",
    "field",
    "note",
    "label",
    "color",
    "code",
    "overseas",
    "bbox",
    "url",
    "date",
];

/// Strings the rules care about: ids, codes, statuses, addresses, colours.
const STRINGS: &[&str] = &[
    "",
    " ",
    "alpha",
    "beta",
    "gamma",
    "delta",
    "Alpha",
    "aerospace",
    "marine",
    "76",
    "53",
    "current",
    "historical",
    "world-class",
    "https://example.org",
    "javascript:alert(1)",
    "#1f4e9c",
    "S1",
    "<script>alert(1)</script>",
    "\u{feff}",
    "é",
];

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(KEYS).prop_map(str::to_owned),
        1 => "\\PC{0,8}",
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-200.0..200.0f64).prop_map(Value::from),
        any::<f64>().prop_map(Value::from), // NaN and infinities become null
        prop::sample::select(STRINGS).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|entries| Value::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// The JSON pointers of every node of `value`.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                let escaped = k.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{escaped}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// One change to a dataset: replace the node at a pointer (picked by `pick`) with `new`,
/// or remove it from its parent.
#[derive(Debug, Clone)]
enum Mutation {
    Replace(prop::sample::Index, Value),
    Remove(prop::sample::Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<prop::sample::Index>(), json_value()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        1 => any::<prop::sample::Index>().prop_map(Mutation::Remove),
    ]
}

fn apply(value: &mut Value, mutation: &Mutation) {
    let mut all = Vec::new();
    pointers(value, String::new(), &mut all);
    match mutation {
        Mutation::Replace(pick, new) => {
            let pointer = pick.get(&all);
            if let Some(node) = value.pointer_mut(pointer) {
                *node = new.clone();
            }
        }
        Mutation::Remove(pick) => {
            let pointer = pick.get(&all);
            let Some((parent, last)) = pointer.rsplit_once('/') else {
                return;
            };
            match value.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                Some(Value::Array(items)) => {
                    if let Ok(i) = last.parse::<usize>() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// What must hold of any result of `load`.
fn check_consistent(result: &Result<Loaded, LoadError>) -> Result<(), TestCaseError> {
    let loaded = match result {
        Err(error) => {
            prop_assert!(!error.to_string().is_empty());
            return Ok(());
        }
        Ok(loaded) => loaded,
    };
    let clusters = &loaded.dataset.clusters;
    let ids: HashSet<&str> = clusters.iter().map(|c| c.id.as_str()).collect();
    prop_assert_eq!(ids.len(), clusters.len(), "duplicate ids loaded");
    for c in clusters {
        if let Some(successor) = &c.successor {
            prop_assert!(
                ids.contains(successor.as_str()),
                "{} has successor {} which is not loaded",
                c.id,
                successor
            );
        }
    }
    let records = loaded.skipped + clusters.len();
    let mut rejected = BTreeSet::new();
    for issue in &loaded.issues {
        let shown = issue.to_string();
        prop_assert!(
            issue.field.is_empty() || shown.contains(&format!("field `{}`", issue.field)),
            "{}",
            shown
        );
        prop_assert!(shown.len() < 2000, "long issue: {}", shown);
        if let Some(record) = &issue.record {
            prop_assert!(record.index < records, "{}", shown);
            prop_assert!(
                shown.contains(&format!("clusters[{}]", record.index)),
                "{}",
                shown
            );
            // Only a record that cannot be read as a whole (not an object, a field missing or
            // repeated) has an issue without a field.
            prop_assert!(
                !issue.field.is_empty()
                    || matches!(
                        issue.kind,
                        IssueKind::NotAnObject { .. } | IssueKind::Unreadable { .. }
                    ),
                "record issue without a field: {}",
                shown
            );
            if issue.severity() == Severity::Error {
                rejected.insert(record.index);
            }
        }
    }
    // Exactly the records with an error are left out.
    prop_assert_eq!(rejected.len(), loaded.skipped, "{:#?}", loaded.issues);
    prop_assert_eq!(
        loaded.has_errors(),
        loaded
            .issues
            .iter()
            .any(|i| i.severity() == Severity::Error)
    );
    Ok(())
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_consistent(&load(&bytes))?;
    }

    /// Bytes of the valid dataset with a few bytes changed, inserted or cut.
    #[test]
    fn never_panics_on_damaged_bytes(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..4),
    ) {
        let mut bytes = valid_minimal();
        for (at, byte, how) in edits {
            if bytes.is_empty() {
                break;
            }
            let i = at.index(bytes.len());
            match how {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ => bytes.truncate(i),
            }
        }
        check_consistent(&load(&bytes))?;
    }
}

proptest! {
    #![proptest_config(config(1500))]

    #[test]
    fn never_panics_on_arbitrary_json(value in json_value()) {
        let bytes = serde_json::to_vec(&value).expect("serialise");
        check_consistent(&load(&bytes))?;
    }

    /// A well-formed dataset whose records are arbitrary JSON.
    #[test]
    fn never_panics_on_arbitrary_records(records in prop::collection::vec(json_value(), 0..6)) {
        let mut value: Value = serde_json::from_slice(&valid_minimal()).expect("JSON");
        value["clusters"].as_array_mut().expect("clusters").extend(records);
        let bytes = serde_json::to_vec(&value).expect("serialise");
        check_consistent(&load(&bytes))?;
    }

    /// The valid dataset with random nodes replaced by random JSON, or removed.
    #[test]
    fn never_panics_on_mutated_datasets(mutations in prop::collection::vec(mutation(), 1..4)) {
        let mut value: Value = serde_json::from_slice(&valid_minimal()).expect("JSON");
        for m in &mutations {
            apply(&mut value, m);
        }
        let bytes = serde_json::to_vec_pretty(&value).expect("serialise");
        check_consistent(&load(&bytes))?;
    }
}
