//! The bad-dataset corpus: every file of `tests/datasets/bad/` is loaded and must produce the
//! outcome its entry in `tests/datasets/bad/expected.json` states (the files are written by
//! `cargo xtask corpus` from the cases in `xtask/src/corpus.rs`). A few cases too big or too
//! binary to commit are built here.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use poles_model::validate::{JsonKind, RecordRef, MAX_DESCRIPTION_CHARS};
use poles_model::{load, Cluster, LoadError, Loaded, Severity};
use serde::Deserialize;
use serde_json::{json, Value};

mod common;

const MANIFEST: &str = "expected.json";

/// The expectation of one file.
#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum Expect {
    /// The file cannot be read: `load` returns a `LoadError` whose text contains `contains`.
    LoadError { contains: String },
    /// The file loads, with (at least) this issue.
    Issue {
        severity: String,
        field: String,
        contains: String,
        record_index: Option<usize>,
        record_id: Option<String>,
        /// How many issues in all.
        issues: usize,
        /// Ids of the clusters that still load.
        loaded: Vec<String>,
    },
    /// The file loads without any issue.
    Ok {
        issues: usize,
        loaded: Vec<String>,
        /// A name that must load exactly as written.
        literal_name: Option<String>,
        /// Ids of records changed on purpose (not compared with `valid-minimal.json`).
        #[serde(default)]
        changed: Vec<String>,
    },
}

fn datasets_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/datasets")
}

fn bad_dir() -> PathBuf {
    datasets_dir().join("bad")
}

fn manifest() -> BTreeMap<String, Expect> {
    let text = std::fs::read_to_string(bad_dir().join(MANIFEST)).expect("read expected.json");
    serde_json::from_str(&text).expect("expected.json is a map of file name to expectation")
}

fn valid_minimal_bytes() -> Vec<u8> {
    std::fs::read(datasets_dir().join("valid-minimal.json")).expect("read valid-minimal.json")
}

fn valid_minimal() -> Loaded {
    load(&valid_minimal_bytes()).expect("valid-minimal.json loads")
}

fn ids(loaded: &Loaded) -> Vec<&str> {
    loaded
        .dataset
        .clusters
        .iter()
        .map(|c| c.id.as_str())
        .collect()
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// How many cluster records the file holds, when it is JSON with a `clusters` array.
fn record_count(bytes: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(bytes).ok()?;
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).ok()?;
    Some(value.get("clusters")?.as_array()?.len())
}

/// Checks one loaded file against its expectation; returns what is wrong.
fn check(name: &str, bytes: &[u8], expect: &Expect, valid: &[Cluster]) -> Result<(), String> {
    let result = load(bytes);
    let loaded = match (expect, result) {
        (Expect::LoadError { contains }, Err(error)) => {
            let text = error.to_string();
            return if text.contains(contains.as_str()) {
                Ok(())
            } else {
                Err(format!("load error `{text}` does not contain `{contains}`"))
            };
        }
        (Expect::LoadError { .. }, Ok(loaded)) => {
            return Err(format!("loads, with issues {:?}", loaded.issues));
        }
        (_, Err(error)) => return Err(format!("does not load: {error}")),
        (_, Ok(loaded)) => loaded,
    };
    let mut changed: Vec<&str> = Vec::new();
    let (issues, loaded_ids, broken_id, literal_name) = match expect {
        Expect::LoadError { .. } => unreachable!(),
        Expect::Ok {
            issues,
            loaded: loaded_ids,
            literal_name,
            changed: changed_ids,
        } => {
            changed.extend(changed_ids.iter().map(String::as_str));
            if let Some(name) = literal_name {
                if !loaded.dataset.clusters.iter().any(|c| &c.name == name) {
                    return Err(format!("no cluster is named `{name}` literally"));
                }
            }
            (*issues, loaded_ids, None, literal_name.as_ref())
        }
        Expect::Issue {
            severity,
            field,
            contains,
            record_index,
            record_id,
            issues,
            loaded: loaded_ids,
        } => {
            let record = record_index.map(|index| RecordRef {
                index,
                id: record_id.clone(),
            });
            let Some(issue) = loaded.issues.iter().find(|i| {
                severity_name(i.severity()) == severity
                    && &i.field == field
                    && i.record == record
                    && i.kind.to_string().contains(contains.as_str())
            }) else {
                return Err(format!(
                    "no {severity} issue on {record:?}, field `{field}`, containing `{contains}`; \
                     issues: {:#?}",
                    loaded.issues
                ));
            };
            // The text shown to people names the record (index and id) and the field.
            let shown = issue.to_string();
            let names_record = match (record_index, record_id) {
                (Some(index), Some(id)) => format!("clusters[{index}] (id \"{id}\")"),
                (Some(index), None) => format!("clusters[{index}]"),
                (None, _) => "dataset".to_owned(),
            };
            let names_field = match field.as_str() {
                "" => String::new(),
                field => format!(", field `{field}`"),
            };
            let expected_start = format!("{severity}: {names_record}{names_field}: ");
            if !shown.starts_with(&expected_start) || !shown.contains(contains.as_str()) {
                return Err(format!(
                    "issue shown as `{shown}`, expected `{expected_start}…{contains}…`"
                ));
            }
            let broken = record_id.as_deref().filter(|_| record_index.is_some());
            (*issues, loaded_ids, broken, None)
        }
    };
    if loaded.issues.len() != issues {
        return Err(format!(
            "{} issues, expected {issues}: {:#?}",
            loaded.issues.len(),
            loaded.issues
        ));
    }
    if ids(&loaded) != *loaded_ids {
        return Err(format!("loads {:?}, expected {loaded_ids:?}", ids(&loaded)));
    }
    if let Some(records) = record_count(bytes) {
        if loaded.skipped + loaded.dataset.clusters.len() != records {
            return Err(format!(
                "{} skipped + {} loaded != {records} records",
                loaded.skipped,
                loaded.dataset.clusters.len()
            ));
        }
    }
    let errors = loaded
        .issues
        .iter()
        .filter(|i| i.severity() == Severity::Error)
        .count();
    if loaded.has_errors() != (errors > 0) {
        return Err("has_errors() disagrees with the issues".to_owned());
    }
    // The records that were not touched load exactly as in the valid dataset.
    for cluster in &loaded.dataset.clusters {
        if Some(cluster.id.as_str()) == broken_id
            || Some(&cluster.name) == literal_name
            || changed.contains(&cluster.id.as_str())
        {
            continue;
        }
        match valid.iter().find(|v| v.id == cluster.id) {
            Some(v) if v == cluster => {}
            _ => {
                return Err(format!(
                    "cluster `{}` differs from valid-minimal",
                    cluster.id
                ))
            }
        }
    }
    let _ = name;
    Ok(())
}

#[test]
fn valid_minimal_loads_without_issues() {
    let loaded = valid_minimal();
    assert_eq!(loaded.issues, vec![]);
    assert_eq!(loaded.skipped, 0);
    assert_eq!(ids(&loaded), ["alpha", "beta", "gamma", "delta"]);
}

#[test]
fn every_corpus_file_has_an_expectation() {
    let manifest = manifest();
    let mut files: Vec<String> = std::fs::read_dir(bad_dir())
        .expect("read tests/datasets/bad")
        .map(|entry| entry.expect("directory entry").file_name())
        .map(|name| name.into_string().expect("UTF-8 file name"))
        .filter(|name| name != MANIFEST)
        .collect();
    files.sort();
    let without: Vec<&String> = files
        .iter()
        .filter(|f| !manifest.contains_key(*f))
        .collect();
    assert!(without.is_empty(), "files without expectation: {without:?}");
    let missing: Vec<&String> = manifest.keys().filter(|k| !files.contains(k)).collect();
    assert!(missing.is_empty(), "expectations without file: {missing:?}");
    assert!(files.len() >= 28, "only {} bad datasets", files.len());
}

#[test]
fn every_corpus_file_gives_its_expectation() {
    let valid = valid_minimal().dataset.clusters;
    let failures: Vec<String> = manifest()
        .iter()
        .filter_map(|(name, expect)| {
            let bytes = std::fs::read(bad_dir().join(name)).expect("read corpus file");
            check(name, &bytes, expect, &valid)
                .err()
                .map(|e| format!("{name}: {e}"))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

/// The minimal dataset as JSON, to derive the generated cases from.
fn valid_value() -> Value {
    serde_json::from_slice(&valid_minimal_bytes()).expect("valid-minimal.json is JSON")
}

#[test]
fn a_20_mb_description_is_a_length_error_on_its_record() {
    let mut value = valid_value();
    value["clusters"][3]["description"]["en"] = json!("é".repeat(10_000_000));
    let bytes = serde_json::to_vec(&value).expect("serialise");
    assert!(bytes.len() > 20_000_000);
    let loaded = load(&bytes).expect("loads");
    assert_eq!(loaded.issues.len(), 1, "{:#?}", loaded.issues);
    let issue = &loaded.issues[0];
    assert_eq!(issue.field, "description.en");
    assert_eq!(
        issue.record,
        Some(RecordRef {
            index: 3,
            id: Some("delta".into())
        })
    );
    assert_eq!(
        issue.to_string(),
        "error: clusters[3] (id \"delta\"), field `description.en`: \
         is 10000000 characters long (at most 4000)"
    );
    assert_eq!(ids(&loaded), ["alpha", "beta", "gamma"]);
}

#[test]
fn long_texts_load_in_linear_time() {
    let mut value = valid_value();
    common::assert_linear_growth("a long description", 250_000, |n| {
        value["clusters"][3]["description"]["en"] = json!("é".repeat(n));
        let loaded = load(&serde_json::to_vec(&value).expect("serialise")).expect("loads");
        assert_eq!(loaded.issues.len(), 1);
    });
}

#[test]
fn a_huge_value_is_not_repeated_in_messages() {
    let huge = "x".repeat(1_000_000);
    let mut value = valid_value();
    value["clusters"][3]["hq"]["lat"] = json!(huge);
    value["clusters"][2]["website"] = json!(format!("javascript:{huge}"));
    value["clusters"][1][&huge] = json!(1);
    value["sectors"][0]["color"] = json!(huge);
    value["clusters"][0]["id"] = json!(huge);
    value["licence"] = json!({"en": huge, "fr": huge});
    let region = json!({"code": huge, "name": "R", "bbox": [0.0, 0.0, 1.0, 1.0]});
    value["regions"]
        .as_array_mut()
        .expect("regions")
        .push(region);
    let loaded = load(&serde_json::to_vec(&value).expect("serialise")).expect("loads");
    // The website is too long and not http(s); the licence's two texts too long (and cut); the
    // region code not a code.
    assert_eq!(loaded.issues.len(), 9, "{:#?}", loaded.issues);
    for issue in &loaded.issues {
        assert!(issue.to_string().len() < 1000, "{issue}");
    }
    assert!(loaded.dataset.licence.fr.len() < 5 * MAX_DESCRIPTION_CHARS);
    value["title"] = json!(huge);
    let error = load(&serde_json::to_vec(&value).expect("serialise")).unwrap_err();
    assert!(error.to_string().len() < 1000, "{error}");
}

/// The minimal dataset with a chain of `n` historical records, each the predecessor of the
/// next, the last one's successor being `beta`.
fn with_successor_chain(n: usize) -> Value {
    let mut value = valid_value();
    let template = value["clusters"][3].clone();
    let clusters = value["clusters"].as_array_mut().expect("clusters");
    for i in 0..n {
        let mut c = template.clone();
        c["id"] = json!(format!("h{i}"));
        let successor = if i + 1 < n {
            format!("h{}", i + 1)
        } else {
            "beta".to_owned()
        };
        c["events"][0]["other"] = json!(successor);
        c["successor"] = json!(successor);
        clusters.push(c);
    }
    value
}

#[test]
fn a_long_successor_chain_loads() {
    let n = 20_000;
    let mut value = with_successor_chain(n);
    let loaded = load(&serde_json::to_vec(&value).expect("serialise")).expect("loads");
    assert_eq!(loaded.issues, vec![]);
    assert_eq!(loaded.dataset.clusters.len(), 4 + n);

    // Breaking the end of the chain leaves out its last record only; the one before it is
    // kept without its link, and the rest of the chain is untouched.
    value["clusters"][4 + n - 1]["successor"] = json!("nowhere");
    value["clusters"][4 + n - 1]["events"][0]["other"] = json!("nowhere");
    let loaded = load(&serde_json::to_vec(&value).expect("serialise")).expect("loads");
    assert_eq!(loaded.dataset.clusters.len(), 4 + n - 1);
    assert_eq!(
        loaded.issues.len(),
        3,
        "the successor and the event of the last; the link of the one before"
    );
    let shown: Vec<String> = loaded.issues.iter().map(ToString::to_string).collect();
    let last = 4 + n - 1;
    assert!(shown.contains(&format!(
        "error: clusters[{last}] (id \"h{}\"), field `successor`: \"nowhere\" is not the id of a cluster",
        n - 1
    )));
    assert!(shown.contains(&format!(
        "warning: clusters[{}] (id \"h{}\"), field `successor`: \"h{}\" is left out because of its own errors; this cluster is shown without the link",
        last - 1,
        n - 2,
        n - 1
    )));
}

#[test]
fn a_long_successor_chain_loads_in_linear_time() {
    // The walk along successors is counted in a unit test (validate::links); this checks the
    // whole load.
    common::assert_linear_growth("a successor chain", 1_000, |n| {
        let bytes = serde_json::to_vec(&with_successor_chain(n)).expect("serialise");
        assert_eq!(load(&bytes).expect("loads").dataset.clusters.len(), 4 + n);
    });
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let depth = 1_000_000;
    let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    for nested in [&deep, &objects] {
        // As the whole file, as a top-level field, as a record and inside a record.
        match load(nested.as_bytes()).unwrap_err() {
            LoadError::NotAnObject { found } => assert_eq!(found, JsonKind::Array),
            LoadError::Format { path, .. } => assert_eq!(path, "a"),
            other => panic!("{other:?}"),
        }
        let text = format!("{{\"schema_version\": 2, \"licence\": {nested}}}");
        assert!(matches!(
            load(text.as_bytes()),
            Err(LoadError::Format { path, .. }) if path == "licence"
        ));
        for (index, field) in [(3, ""), (3, "sectors"), (2, "hq"), (2, "zzz")] {
            let mut value = valid_value();
            let text = if field.is_empty() {
                value["clusters"][index] = json!("@DEEP@");
                serde_json::to_string(&value).expect("serialise")
            } else {
                value["clusters"][index][field] = json!("@DEEP@");
                serde_json::to_string(&value).expect("serialise")
            }
            .replace("\"@DEEP@\"", nested);
            let loaded = load(text.as_bytes()).expect("loads");
            assert_eq!(loaded.issues.len(), 1, "{:#?}", loaded.issues);
            assert_eq!(
                loaded.issues[0].record.as_ref().map(|r| r.index),
                Some(index)
            );
        }
    }
}

#[test]
fn invalid_utf8_names_the_first_bad_byte() {
    let valid = valid_minimal_bytes();
    let at = valid
        .windows(5)
        .position(|w| w == b"Delta")
        .expect("Delta is in the file");
    for bad in [
        &b"\xff"[..],
        b"\x80",
        b"\xc0\xaf",
        b"\xed\xa0\x80",
        b"\xf4\x90\x80\x80",
        b"\xe2\x82",
    ] {
        let mut bytes = valid[..at].to_vec();
        bytes.extend_from_slice(bad);
        bytes.extend_from_slice(&valid[at..]);
        assert_eq!(
            load(&bytes).unwrap_err(),
            LoadError::NotUtf8 { byte_offset: at }
        );
        // Also at the very end of the file.
        let mut bytes = valid.clone();
        bytes.extend_from_slice(bad);
        assert_eq!(
            load(&bytes).unwrap_err(),
            LoadError::NotUtf8 {
                byte_offset: valid.len()
            }
        );
    }
}

#[test]
fn a_bom_alone_or_twice_is_not_a_dataset() {
    assert_eq!(load("\u{feff}".as_bytes()).unwrap_err(), LoadError::Empty);
    assert_eq!(
        load("\u{feff} \n".as_bytes()).unwrap_err(),
        LoadError::Empty
    );
    let mut twice = "\u{feff}\u{feff}".as_bytes().to_vec();
    twice.extend(valid_minimal_bytes());
    assert!(matches!(load(&twice), Err(LoadError::Syntax { .. })));
}
