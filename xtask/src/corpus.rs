//! `cargo xtask corpus [--check]`: writes (or checks) the bad-dataset corpus,
//! `tests/datasets/bad/*.json`, and its manifest `bad/expected.json`, from
//! `tests/datasets/valid-minimal.json` and the cases defined here. `model/tests/bad_corpus.rs`
//! loads each file and checks it against the manifest.
//!
//! Manifest entry, per file (`kind` first):
//! - `load_error`: the file cannot be read; `contains` is a part of the `LoadError`'s text.
//! - `issue`: it loads, with an issue of this `severity`, `field` (a JSON path),
//!   `record_index` and `record_id` (null for the dataset as a whole, or for a record with no
//!   readable id) whose text `contains` this; `issues` in all; the ids of the clusters that
//!   still load (`loaded`).
//! - `ok`: it loads with `issues` issues, `loaded` clusters, and `literal_name` (when given)
//!   is the name of one of them exactly as written; `changed` (when given) lists the records
//!   changed on purpose.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;
use serde_json::{json, Value};

use crate::run::root;

const BAD_DIR: &str = "tests/datasets/bad";
const VALID: &str = "tests/datasets/valid-minimal.json";
const MANIFEST: &str = "expected.json";

const ALL: [&str; 4] = ["alpha", "beta", "gamma", "delta"];
const BETA: usize = 1;
const GAMMA: usize = 2;
const DELTA: usize = 3;

/// What loading one file must give.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Expect {
    LoadError {
        contains: String,
    },
    Issue {
        severity: &'static str,
        field: String,
        contains: String,
        record_index: Option<usize>,
        record_id: Option<String>,
        issues: usize,
        loaded: Vec<String>,
    },
    Ok {
        issues: usize,
        loaded: Vec<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        literal_name: Option<String>,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        changed: Vec<String>,
    },
}

/// An expected issue, built with defaults: an error, the only issue of the file, and every
/// cluster but the broken record loaded.
struct Issue {
    severity: &'static str,
    field: String,
    contains: String,
    record: Option<usize>,
    record_id: Option<String>,
    issues: usize,
    loaded: Option<Vec<String>>,
}

impl Issue {
    /// An issue on record `index` (whose id it names).
    fn record(index: usize, field: &str, contains: &str) -> Self {
        Issue {
            severity: "error",
            field: field.to_owned(),
            contains: contains.to_owned(),
            record: Some(index),
            record_id: Some(ALL[index].to_owned()),
            issues: 1,
            loaded: None,
        }
    }

    /// An issue on the dataset as a whole.
    fn dataset(field: &str, contains: &str) -> Self {
        Issue {
            record: None,
            record_id: None,
            ..Issue::record(0, field, contains)
        }
    }

    fn warning(self) -> Self {
        Issue {
            severity: "warning",
            ..self
        }
    }

    fn record_id(self, id: Option<&str>) -> Self {
        Issue {
            record_id: id.map(str::to_owned),
            ..self
        }
    }

    fn issues(self, issues: usize) -> Self {
        Issue { issues, ..self }
    }

    fn loaded(self, ids: &[&str]) -> Self {
        Issue {
            loaded: Some(strings(ids)),
            ..self
        }
    }

    fn expect(self) -> Expect {
        let loaded = self
            .loaded
            .unwrap_or_else(|| match (self.record, self.severity) {
                (Some(index), "error") => strings(&ALL)
                    .into_iter()
                    .filter(|id| id != ALL[index])
                    .collect(),
                _ => strings(&ALL),
            });
        Expect::Issue {
            severity: self.severity,
            field: self.field,
            contains: self.contains,
            record_index: self.record,
            record_id: self.record_id,
            issues: self.issues,
            loaded,
        }
    }
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| (*id).to_owned()).collect()
}

/// JSON as the corpus files are written: one space of indentation, a final newline.
fn dump(value: &impl Serialize) -> Vec<u8> {
    let mut out = Vec::new();
    let formatter = serde_json::ser::PrettyFormatter::with_indent(b" ");
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    value
        .serialize(&mut serializer)
        .expect("JSON values serialise");
    out.push(b'\n');
    out
}

/// The cases, built from the valid dataset: file name → (bytes, expectation).
struct Corpus {
    valid: Value,
    /// The valid dataset as the corpus writes it.
    text: String,
    cases: BTreeMap<String, (Vec<u8>, Expect)>,
}

impl Corpus {
    fn new(valid: Value) -> Self {
        let text = String::from_utf8(dump(&valid)).expect("JSON is UTF-8");
        Corpus {
            valid,
            text,
            cases: BTreeMap::new(),
        }
    }

    fn add(&mut self, name: &str, content: Vec<u8>, expect: Expect) {
        let previous = self.cases.insert(name.to_owned(), (content, expect));
        assert!(previous.is_none(), "two cases named {name}");
    }

    /// The valid dataset changed by `edit`.
    fn mutated(&self, edit: impl FnOnce(&mut Value)) -> Vec<u8> {
        let mut value = self.valid.clone();
        edit(&mut value);
        dump(&value)
    }

    /// The valid dataset with record `index` changed by `edit`.
    fn record(&self, index: usize, edit: impl FnOnce(&mut Value)) -> Vec<u8> {
        self.mutated(|d| edit(&mut d["clusters"][index]))
    }

    /// The valid dataset's text with `old` (found once) replaced by `new`.
    fn replaced(&self, old: &str, new: &str) -> Vec<u8> {
        assert_eq!(self.text.matches(old).count(), 1, "{old}");
        self.text.replacen(old, new, 1).into_bytes()
    }

    fn load_error(&mut self, name: &str, content: Vec<u8>, contains: &str) {
        let contains = contains.to_owned();
        self.add(name, content, Expect::LoadError { contains });
    }

    /// A case whose content is record `issue.record` changed by `edit`.
    fn record_issue(&mut self, name: &str, issue: Issue, edit: impl FnOnce(&mut Value)) {
        let content = self.record(issue.record.expect("a record issue"), edit);
        self.add(name, content, issue.expect());
    }

    /// A case whose content is the dataset changed by `edit`.
    fn dataset_issue(&mut self, name: &str, issue: Issue, edit: impl FnOnce(&mut Value)) {
        let content = self.mutated(edit);
        self.add(name, content, issue.expect());
    }

    fn issue(&mut self, name: &str, content: Vec<u8>, issue: Issue) {
        self.add(name, content, issue.expect());
    }
}

/// Gives the historical record `r` the successor `id`, its label ended by its dissolution rather
/// than by a merger naming another cluster: the successor's own rules alone are then at play.
fn successor_only(r: &mut Value, id: &str) {
    r["successor"] = json!(id);
    let last = r["events"].as_array().map_or(0, Vec::len) - 1;
    r["events"][last] =
        json!({"date": r["events"][last]["date"], "kind": "dissolved", "sources": ["S1"]});
}

/// Removes `key` from a JSON object, keeping the order of the others.
fn remove(value: &mut Value, key: &str) {
    value.as_object_mut().expect("an object").shift_remove(key);
}

/// Every case of the corpus.
fn cases(valid: Value) -> BTreeMap<String, (Vec<u8>, Expect)> {
    let mut c = Corpus::new(valid);
    let text = c.text.clone();

    // --- Files that cannot be read -----------------------------------------------------------
    c.load_error("empty.json", Vec::new(), "the file is empty");
    c.load_error(
        "whitespace-only.json",
        b" \n\t\r\n   \n".to_vec(),
        "the file is empty",
    );
    // Cut after as many bytes as half the text's characters.
    let half = text.chars().count() / 2;
    c.load_error(
        "truncated.json",
        text.as_bytes()[..half].to_vec(),
        "EOF while parsing",
    );
    let mut bad_utf8 = c.replaced(r#""name": "Delta""#, r#""name": "Delt@""#);
    let at = find(&bad_utf8, br#""Delt@""#) + 5;
    bad_utf8[at] = 0xff;
    c.load_error(
        "invalid-utf8.json",
        bad_utf8,
        &format!("not valid UTF-8 (byte {at})"),
    );
    c.load_error(
        "top-level-array.json",
        format!("[\n{text}]\n").into_bytes(),
        "the top level must be a JSON object, not an array",
    );
    let content = c.mutated(|d| d["extra"] = json!(true));
    c.load_error(
        "unknown-top-level-field.json",
        content,
        "unknown field `extra`",
    );
    let content = c.mutated(|d| d["schema_version"] = json!(3));
    c.load_error(
        "unsupported-version.json",
        content,
        "schema_version 3 is not supported (this app reads version 2)",
    );
    let content = c.mutated(|d| {
        d["schema_version"] = json!(3);
        d["communes"] = json!([]);
    });
    c.load_error(
        "version-3-with-new-field.json",
        content,
        "schema_version 3 is not supported",
    );
    let content = c.mutated(|d| d["schema_version"] = json!(1));
    c.load_error(
        "version-1.json",
        content,
        "schema_version 1 is not supported (this app reads version 2)",
    );
    let content = c.mutated(|d| remove(d, "schema_version"));
    c.load_error(
        "schema-version-missing.json",
        content,
        "missing field `schema_version`",
    );
    c.load_error(
        "trailing-characters.json",
        format!("{text}{{}}\n").into_bytes(),
        "trailing characters",
    );
    let content = c.replaced(r#""lat": 47.7483"#, r#""lat": NaN"#);
    c.load_error("nan-literal.json", content, "expected value");
    let deep = format!("{}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    c.load_error(
        "deep-nesting-document.json",
        deep.into_bytes(),
        "the top level must be a JSON object, not an array",
    );
    let open = text.find(r#""clusters": ["#).expect("a clusters array") + 13;
    c.load_error(
        "deep-nesting-unclosed.json",
        format!("{}{}", &text[..open], "[".repeat(10_000)).into_bytes(),
        "EOF while parsing a list",
    );

    // --- Records of the wrong shape (serde errors, named by path) ---------------------------
    c.record_issue(
        "lat-as-string.json",
        Issue::record(
            DELTA,
            "hq.lat",
            r#"invalid type: string "47.7483", expected f64"#,
        ),
        |r| r["hq"]["lat"] = json!("47.7483"),
    );
    c.record_issue(
        "sectors-as-string.json",
        Issue::record(
            DELTA,
            "sectors",
            r#"invalid type: string "marine", expected a sequence"#,
        ),
        |r| r["sectors"] = json!("marine"),
    );
    // A missing field is named by the message; the field is the object that lacks it (the
    // record itself: an empty path).
    c.record_issue(
        "missing-hq.json",
        Issue::record(DELTA, "", "missing field `hq`"),
        |r| remove(r, "hq"),
    );
    c.record_issue(
        "missing-name.json",
        Issue::record(GAMMA, "", "missing field `name`"),
        |r| remove(r, "name"),
    );
    c.record_issue(
        "missing-hq-lon.json",
        Issue::record(DELTA, "hq", "missing field `lon`"),
        |r| remove(&mut r["hq"], "lon"),
    );
    // serde alone would read a struct from an array of its fields.
    c.record_issue(
        "hq-as-array.json",
        Issue::record(DELTA, "hq", "invalid type: sequence, expected struct Hq"),
        |r| {
            let fields: Vec<Value> = r["hq"].as_object().expect("hq").values().cloned().collect();
            r["hq"] = Value::Array(fields);
        },
    );
    let content = c.mutated(|d| {
        let fields: Vec<Value> = d["title"]
            .as_object()
            .expect("title")
            .values()
            .cloned()
            .collect();
        d["title"] = Value::Array(fields);
    });
    c.load_error(
        "title-as-array.json",
        content,
        "invalid type: sequence, expected struct Localized",
    );
    c.record_issue(
        "members-wrong-type.json",
        Issue::record(
            GAMMA,
            "members.enterprises",
            "invalid type: integer `3`, expected a sequence",
        ),
        |r| r["members"] = json!({"enterprises": 3}),
    );
    c.record_issue(
        "unknown-status.json",
        Issue::record(DELTA, "status", "unknown variant `active`"),
        |r| r["status"] = json!("active"),
    );
    c.record_issue(
        "unknown-record-field.json",
        Issue::record(DELTA, "colour", "unknown field `colour`"),
        |r| r["colour"] = json!("#ffffff"),
    );
    c.record_issue(
        "id-as-number.json",
        Issue::record(DELTA, "id", "invalid type: integer `7`, expected a string").record_id(None),
        |r| r["id"] = json!(7),
    );
    let content = c.mutated(|d| d["clusters"][DELTA] = json!("delta"));
    c.issue(
        "record-not-object.json",
        content,
        Issue::record(DELTA, "", "must be a JSON object, not a string").record_id(None),
    );
    let content = c.mutated(|d| d["clusters"][DELTA] = json!(["delta", "Delta"]));
    c.issue(
        "record-is-array.json",
        content,
        Issue::record(DELTA, "", "must be a JSON object, not an array").record_id(None),
    );
    let content = c.replaced(r#""lat": 47.7483"#, r#""lat": 1e400"#);
    c.issue(
        "lat-overflow.json",
        content,
        Issue::record(DELTA, "hq.lat", "number out of range"),
    );
    let content = c.replaced(
        "\"name\": \"Delta\",",
        "\"name\": \"Delta\",\n   \"name\": \"Delta again\",",
    );
    c.issue(
        "duplicate-key-in-record.json",
        content,
        Issue::record(DELTA, "name", "duplicate field `name`"),
    );
    let deep = String::from_utf8(c.record(DELTA, |r| r["sectors"] = json!("@DEEP@")))
        .expect("UTF-8")
        .replace(
            "\"@DEEP@\"",
            &format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)),
        );
    c.issue(
        "deep-nesting-record.json",
        deep.into_bytes(),
        Issue::record(
            DELTA,
            "sectors[0]",
            "invalid type: sequence, expected a string",
        ),
    );

    // --- Each rule of the validator ---------------------------------------------------------
    c.record_issue(
        "duplicate-id.json",
        Issue::record(DELTA, "id", "duplicate id (already used by clusters[2])")
            .record_id(Some("gamma"))
            .loaded(&["alpha", "beta", "gamma"]),
        |r| {
            r["id"] = json!("gamma");
            r["successor"] = json!("beta");
        },
    );
    c.record_issue(
        "bad-slug-id.json",
        Issue::record(DELTA, "id", r#""Delta_Pole" is not a slug"#).record_id(Some("Delta_Pole")),
        |r| r["id"] = json!("Delta_Pole"),
    );
    c.record_issue(
        "unknown-sector.json",
        Issue::record(DELTA, "sectors[1]", r#"unknown sector "space""#),
        |r| r["sectors"] = json!(["marine", "space"]),
    );
    c.record_issue(
        "duplicate-sector-in-record.json",
        Issue::record(DELTA, "sectors[1]", r#"sector "marine" is listed twice"#),
        |r| r["sectors"] = json!(["marine", "marine"]),
    );
    c.record_issue(
        "no-sectors-in-record.json",
        Issue::record(DELTA, "sectors", "needs at least one sector"),
        |r| r["sectors"] = json!([]),
    );
    c.record_issue(
        "unknown-region.json",
        Issue::record(DELTA, "regions[1]", r#"unknown region "99""#),
        |r| r["regions"] = json!(["53", "99"]),
    );
    c.record_issue(
        "successor-missing.json",
        Issue::record(DELTA, "successor", r#""omega" is not the id of a cluster"#),
        |r| successor_only(r, "omega"),
    );
    let content = c.mutated(|d| {
        successor_only(&mut d["clusters"][GAMMA], "delta");
        successor_only(&mut d["clusters"][DELTA], "gamma");
    });
    c.issue(
        "successor-cycle.json",
        content,
        Issue::record(
            GAMMA,
            "successor",
            r#""delta" leads back to this cluster (a cycle of successors)"#,
        )
        .issues(2)
        .loaded(&["alpha", "beta"]),
    );
    c.record_issue(
        "successor-self.json",
        Issue::record(DELTA, "successor", r#""delta" leads back to this cluster"#),
        |r| successor_only(r, "delta"),
    );
    let content = c.record(BETA, |r| r["website"] = json!("javascript:void(0)"));
    c.issue(
        "successor-left-out.json",
        content,
        Issue::record(
            DELTA,
            "successor",
            r#""beta" is left out because of its own errors; this cluster is shown without the link"#,
        )
        .warning()
        .issues(2)
        .loaded(&["alpha", "gamma", "delta"]),
    );
    c.record_issue(
        "current-with-successor.json",
        Issue::record(
            DELTA,
            "successor",
            "a current cluster cannot have a successor",
        ),
        |r| {
            r["status"] = json!("current");
            r["labels"]["periods"][0]["until"] = json!("2026-12-31");
            r["events"] = json!([]);
        },
    );
    c.record_issue(
        "lat-out-of-range.json",
        Issue::record(
            DELTA,
            "hq.lat",
            "latitude 147.7 is out of range (-90 to 90)",
        ),
        |r| r["hq"]["lat"] = json!(147.7),
    );
    c.record_issue(
        "lon-out-of-range.json",
        Issue::record(
            DELTA,
            "hq.lon",
            "longitude -183.37 is out of range (-180 to 180)",
        ),
        |r| r["hq"]["lon"] = json!(-183.37),
    );
    c.record_issue(
        "hq-outside-regions.json",
        Issue::record(
            DELTA,
            "hq",
            "(43.596, 1.4321) lies outside the cluster's regions (53)",
        ),
        |r| {
            r["hq"]["lat"] = json!(43.596);
            r["hq"]["lon"] = json!(1.4321);
        },
    );
    c.record_issue(
        "website-javascript.json",
        Issue::record(
            DELTA,
            "website",
            r#""javascript:alert(1)" is not an http(s) address"#,
        ),
        |r| r["website"] = json!("javascript:alert(1)"),
    );
    c.record_issue(
        "empty-name.json",
        Issue::record(DELTA, "name", "must not be empty"),
        |r| r["name"] = json!("  "),
    );
    c.record_issue(
        "long-name.json",
        Issue::record(DELTA, "name", "is 201 characters long (at most 200)"),
        |r| r["name"] = json!("D".repeat(201)),
    );
    c.record_issue(
        "long-description.json",
        Issue::record(
            GAMMA,
            "description.fr",
            "is 4001 characters long (at most 4000)",
        ),
        |r| r["description"]["fr"] = json!("é".repeat(4001)),
    );
    c.record_issue(
        "too-many-former-names.json",
        Issue::record(GAMMA, "former_names", "has 501 entries (at most 500)"),
        |r| r["former_names"] = json!((0..501).map(|i| format!("Name {i}")).collect::<Vec<_>>()),
    );
    c.record_issue(
        "unknown-source-in-record.json",
        Issue::record(GAMMA, "sources", "unknown source id: S9").warning(),
        |r| r["sources"] = json!(["S1", "S9"]),
    );
    c.record_issue(
        "empty-description.json",
        Issue::record(
            DELTA,
            "description.fr",
            "is empty; the other language is shown",
        )
        .warning(),
        |r| r["description"]["fr"] = json!(""),
    );

    c.dataset_issue(
        "bad-sector-colour.json",
        Issue::dataset("sectors[1].color", r#""blue" is not a #rrggbb colour"#),
        |d| d["sectors"][1]["color"] = json!("blue"),
    );
    c.dataset_issue(
        "duplicate-sector-vocabulary.json",
        Issue::dataset("sectors[2].id", r#""marine" is listed twice"#),
        |d| {
            let mut copy = d["sectors"][1].clone();
            copy["color"] = json!("#000000");
            push(&mut d["sectors"], copy);
        },
    );
    c.dataset_issue(
        "source-url-javascript.json",
        Issue::dataset(
            "sources[0].url",
            r#""javascript:alert(1)" is not an http(s) address; it will not be a link"#,
        )
        .warning(),
        |d| d["sources"][0]["url"] = json!("javascript:alert(1)"),
    );
    c.dataset_issue(
        "empty-clusters.json",
        Issue::dataset("clusters", "the dataset has no clusters").loaded(&[]),
        |d| d["clusters"] = json!([]),
    );
    c.record_issue(
        "contact-javascript.json",
        Issue::record(
            DELTA,
            "contact",
            r#""javascript:alert(1)" is not a mailto: or http(s) address"#,
        ),
        |r| r["contact"] = json!("javascript:alert(1)"),
    );
    c.dataset_issue(
        "duplicate-region-code.json",
        Issue::dataset("regions[2]", r#""76" is listed twice"#),
        |d| {
            let copy = d["regions"][0].clone();
            push(&mut d["regions"], copy);
        },
    );
    c.dataset_issue(
        "duplicate-source-id.json",
        Issue::dataset("sources[1]", "is listed twice"),
        |d| {
            let copy = d["sources"][0].clone();
            push(&mut d["sources"], copy);
        },
    );
    c.dataset_issue(
        "updated-not-a-date.json",
        Issue::dataset("updated", r#""last week" is not a YYYY-MM-DD date"#).warning(),
        |d| d["updated"] = json!("last week"),
    );
    c.dataset_issue(
        "channel-url-javascript.json",
        Issue::dataset(
            "channels[0].url",
            r#""javascript:alert(1)" is not an http(s) address; it will not be a link"#,
        )
        .warning(),
        |d| d["channels"] = json!([{"name": "X", "url": "javascript:alert(1)"}]),
    );
    // Texts outside the records have limits too (the text is cut, the records still load).
    c.dataset_issue(
        "long-dataset-title.json",
        Issue::dataset("title.en", "is 201 characters long (at most 200)"),
        |d| d["title"]["en"] = json!("T".repeat(201)),
    );
    c.dataset_issue(
        "long-milestone-text.json",
        Issue::dataset(
            "milestones[0].text.en",
            "is 4001 characters long (at most 4000)",
        ),
        |d| {
            d["milestones"] =
                json!([{"date": "2005-07-12", "text": {"en": "é".repeat(4001), "fr": "Label"}}])
        },
    );
    c.dataset_issue(
        "region-code-not-insee.json",
        Issue::dataset(
            "regions[2].code",
            r#""7600" is not an INSEE region code (two or three digits)"#,
        ),
        |d| {
            let mut copy = d["regions"][0].clone();
            copy["code"] = json!("7600");
            push(&mut d["regions"], copy);
        },
    );
    c.record_issue(
        "long-period-note.json",
        Issue::record(
            DELTA,
            "labels.periods[0].note",
            "is 4001 characters long (at most 4000)",
        ),
        |r| r["labels"]["periods"][0]["note"] = json!("P".repeat(4001)),
    );

    // --- Label periods and events -------------------------------------------------------------
    c.record_issue(
        "period-ends-before-start.json",
        Issue::record(
            DELTA,
            "labels.periods[0].until",
            "the period ends (2018) before it starts (2019-01-01)",
        ),
        |r| r["labels"]["periods"][0]["until"] = json!("2018"),
    );
    c.record_issue(
        "periods-overlap.json",
        Issue::record(DELTA, "labels.periods[1]", "overlaps labels.periods[0]"),
        |r| {
            let mut earlier = r["labels"]["periods"][0].clone();
            earlier["until"] = json!("2019-06");
            r["labels"]["periods"][0]["from"] = json!("2018-01-01");
            push(&mut r["labels"]["periods"], earlier);
        },
    );
    c.record_issue(
        "period-date-not-a-date.json",
        Issue::record(
            DELTA,
            "labels.periods[0].from",
            r#"invalid value: string "2019-13", expected a date YYYY, YYYY-MM or YYYY-MM-DD"#,
        ),
        |r| r["labels"]["periods"][0]["from"] = json!("2019-13"),
    );
    c.record_issue(
        "event-after-update.json",
        Issue::record(
            DELTA,
            "events[1].date",
            "2026-06-01 is after the dataset's `updated` date (2026-01-15)",
        ),
        |r| push(&mut r["events"], json!({"date": "2026-06-01", "kind": "renamed", "name": "Delta Old", "sources": ["S1"]})),
    );
    c.record_issue(
        "renamed-without-name.json",
        Issue::record(DELTA, "events[1].name", "must not be empty"),
        |r| {
            push(
                &mut r["events"],
                json!({"date": "2020", "kind": "renamed", "sources": ["S1"]}),
            )
        },
    );
    c.record_issue(
        "event-without-sources.json",
        Issue::record(DELTA, "events[0].sources", "must cite at least one source"),
        |r| r["events"][0]["sources"] = json!([]),
    );
    c.record_issue(
        "merger-without-other.json",
        Issue::record(
            GAMMA,
            "events[1].other",
            "a merger or an absorption must name the other cluster",
        ),
        |r| remove(&mut r["events"][1], "other"),
    );
    c.record_issue(
        "event-other-unknown.json",
        Issue::record(
            DELTA,
            "events[1].other",
            r#""omega" is not the id of a cluster; the event is shown without the link"#,
        )
        .warning(),
        |r| {
            push(
                &mut r["events"],
                json!({"date": "2024", "kind": "absorbed", "other": "omega", "sources": ["S1"]}),
            )
        },
    );
    c.record_issue(
        "merger-contradicts-successor.json",
        Issue::record(
            GAMMA,
            "events[1].other",
            r#"names "beta", but the cluster's successor is "alpha""#,
        ),
        |r| r["events"][1]["other"] = json!("beta"),
    );
    c.record_issue(
        "successor-labelled-late.json",
        Issue::record(
            DELTA,
            "successor",
            r#"the successor "beta" holds no label on 2021-01-01, the day after this cluster's ended"#,
        ),
        |r| {
            r["labels"]["periods"][0]["until"] = json!("2020-12-31");
            r["events"][0]["date"] = json!("2021-01-01");
        },
    );
    c.record_issue(
        "historical-but-still-labelled.json",
        Issue::record(
            DELTA,
            "status",
            r#"is "historical", but the periods keep the label on the `updated` date"#,
        ),
        |r| {
            r["labels"]["periods"][0]["until"] = json!("2026-12-31");
            r["events"] = json!([]);
        },
    );
    c.record_issue(
        "label-ends-inside-a-period.json",
        Issue::record(
            GAMMA,
            "events[2]",
            "ends the label inside labels.periods[0]",
        ),
        |r| {
            push(
                &mut r["events"],
                json!({"date": "2007-03", "kind": "de-labelled", "sources": ["S1"]}),
            )
        },
    );
    let mut bom = "\u{feff}".as_bytes().to_vec();
    bom.extend_from_slice(text.as_bytes());
    c.issue(
        "bom.json",
        bom,
        Issue::dataset("", "byte order mark").warning(),
    );

    // --- Strings that look like code are text -------------------------------------------------
    let html_name = r#"<img src=x onerror="alert(1)"> Bêta & <b>Co</b></td>"#;
    let content = c.record(BETA, |r| {
        r["name"] = json!(html_name);
        r["former_names"] = json!(["<script>alert(1)</script>"]);
        r["description"]["en"] = json!("javascript:alert(1) <a href=x>link</a>");
    });
    c.add(
        "html-in-strings.json",
        content,
        Expect::Ok {
            issues: 0,
            loaded: strings(&ALL),
            literal_name: Some(html_name.to_owned()),
            changed: Vec::new(),
        },
    );

    // More sectors and regions than the bits of one word: all of them load and filter.
    let content = c.mutated(|d| {
        for i in 0..70 {
            let colour = format!("#0000{i:02x}");
            let sector =
                json!({"id": format!("s{i}"), "label": {"en": "S", "fr": "S"}, "color": colour});
            push(&mut d["sectors"], sector);
            let mut region = d["regions"][1].clone();
            region["code"] = json!(format!("{}", 100 + i));
            region["name"] = json!(format!("Region {i}"));
            push(&mut d["regions"], region);
        }
        d["clusters"][DELTA]["sectors"] = json!(["marine", "s69"]);
        d["clusters"][DELTA]["regions"] = json!(["53", "169"]);
    });
    c.add(
        "many-sectors-and-regions.json",
        content,
        Expect::Ok {
            issues: 0,
            loaded: strings(&ALL),
            literal_name: None,
            changed: strings(&["delta"]),
        },
    );
    c.cases
}

fn push(array: &mut Value, item: Value) {
    array.as_array_mut().expect("an array").push(item);
}

fn find(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("found")
}

/// The corpus files as they should be: file name → bytes, the manifest included.
pub fn generate() -> Result<BTreeMap<String, Vec<u8>>, String> {
    let path = root().join(VALID);
    let bytes = std::fs::read(&path).map_err(|e| format!("{VALID}: {e}"))?;
    let valid: Value = serde_json::from_slice(&bytes).map_err(|e| format!("{VALID}: {e}"))?;
    let cases = cases(valid);
    let manifest: BTreeMap<&String, &Expect> = cases
        .iter()
        .map(|(name, (_, expect))| (name, expect))
        .collect();
    let manifest = dump(&manifest);
    let mut files: BTreeMap<String, Vec<u8>> = cases
        .into_iter()
        .map(|(name, (content, _))| (name, content))
        .collect();
    files.insert(MANIFEST.to_owned(), manifest);
    Ok(files)
}

/// The names of the files in `dir`.
fn listed(dir: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{BAD_DIR}: {e}"))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{BAD_DIR}: {e}"))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

/// Writes the corpus (removing files no case makes), or with `check` fails when the files on
/// disk differ from what the cases make.
pub fn run(check: bool) -> Result<(), String> {
    let dir = root().join(BAD_DIR);
    let files = generate()?;
    if check {
        let mut stale: Vec<String> = files
            .iter()
            .filter(|(name, content)| std::fs::read(dir.join(name)).ok().as_ref() != Some(*content))
            .map(|(name, _)| name.clone())
            .collect();
        stale.extend(listed(&dir)?.into_iter().filter(|n| !files.contains_key(n)));
        return if stale.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{BAD_DIR} is out of date ({}): run `cargo xtask corpus`",
                stale.join(", ")
            ))
        };
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{BAD_DIR}: {e}"))?;
    for name in listed(&dir)?.into_iter().filter(|n| !files.contains_key(n)) {
        std::fs::remove_file(dir.join(&name)).map_err(|e| format!("{name}: {e}"))?;
    }
    for (name, content) in &files {
        std::fs::write(dir.join(name), content).map_err(|e| format!("{name}: {e}"))?;
    }
    println!(
        "wrote {} cases and {MANIFEST} to {BAD_DIR}",
        files.len() - 1
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn committed_corpus_is_up_to_date() {
        super::run(true).unwrap();
    }
}
