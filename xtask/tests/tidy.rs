//! Tidy: the rules ARCHITECTURE.md states, checked by reading the repository (in the manner of
//! rust-analyzer's `xtask/src/tidy.rs`), so that they stop depending on memory. Each test is one
//! rule; a failure names the rule and every offending `file:line`. Runs in `cargo test
//! --workspace`, hence in `cargo xtask test`.
//!
//! The files are read as text: comments are left out where a rule is about code (a comment
//! naming `set_timeout` is not a call), and a file named `tests.rs`, or in a `tests/` folder of
//! a module (a test module's own modules), is a test module.

use std::path::{Path, PathBuf};

/// Longest source file of `src/` and `model/src/`, in lines, not counting a `#[cfg(test)] mod
/// tests { … }` block at its end nor a `tests.rs` module.
const MAX_LINES: usize = 400;

/// The files of `src/` and `model/src/` that were longer than [`MAX_LINES`] when the rule was
/// written (issue 23), with their length then (tests apart). Each may shrink, never grow, and
/// leaves this list once it is under the limit: the list only gets shorter.
const LONG_FILES: &[(&str, usize)] = &[
    ("model/src/dataset.rs", 446),
    ("model/src/filter.rs", 443),
    ("model/src/regions.rs", 495),
    ("model/src/timeline/mod.rs", 505),
    ("model/src/validate/issue.rs", 459),
];

/// The source trees whose files the code map must name, each with its crate.
const CODE_MAP_ROOTS: &[&str] = &["src/", "model/src/", "xtask/src/"];

/// Where deferred work is scheduled: the one file that calls the browser's timers.
const DEFER: &str = "src/defer.rs";

/// What a call outside [`DEFER`] says beside it (on its line or just above) to be allowed.
const NOT_THROUGH_DEFER: &str = "Not through `crate::defer`";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the repository")
        .to_owned()
}

/// A source file: its path from the repository root (with `/`) and its lines.
struct Source {
    path: String,
    lines: Vec<String>,
}

impl Source {
    /// Whether the whole file is a test module (`tests.rs`, declared `#[cfg(test)] mod tests;`,
    /// and the modules of its `tests/` folder).
    fn is_test_module(&self) -> bool {
        self.path.ends_with("/tests.rs") || self.path.contains("/tests/")
    }

    /// Whether the file is written by a command and checked by it (`// @generated` on its
    /// first line: `src/i18n/strings.rs`, a table of the catalogue's messages, one concern
    /// however long).
    fn is_generated(&self) -> bool {
        self.lines
            .first()
            .is_some_and(|l| l.starts_with("// @generated"))
    }

    /// The lines before a `#[cfg(test)] mod tests { … }` block that ends the file (all of them
    /// when there is none).
    fn lines_outside_tests(&self) -> usize {
        let lines = &self.lines;
        let last = lines.iter().rposition(|l| !l.trim().is_empty());
        let Some(last) = last else { return 0 };
        let start = lines.iter().rposition(|l| l.trim() == "#[cfg(test)]");
        match start {
            Some(start)
                if lines.get(start + 1).is_some_and(|l| l.starts_with("mod tests {"))
                    && lines[last] == "}"
                    // Nothing at the top level between the block's start and its closing brace.
                    && lines[start + 2..last]
                        .iter()
                        .all(|l| l.is_empty() || l.starts_with(char::is_whitespace)) =>
            {
                start
            }
            _ => lines.len(),
        }
    }

    /// `(line number from 1, code)` for each line, comments left out.
    fn code_lines(&self) -> impl Iterator<Item = (usize, &str)> {
        self.lines
            .iter()
            .enumerate()
            .map(|(i, line)| (i + 1, code_of(line)))
    }
}

/// The part of `line` before a `//` comment (one outside a string literal).
fn code_of(line: &str) -> &str {
    let bytes = line.as_bytes();
    let mut in_string = false;
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' if in_string => at += 1,
            b'"' => in_string = !in_string,
            // A character literal holding a quote: '"'.
            b'\'' if !in_string && bytes.get(at + 1) == Some(&b'"') => at += 2,
            b'/' if !in_string && bytes.get(at + 1) == Some(&b'/') => return &line[..at],
            _ => {}
        }
        at += 1;
    }
    line
}

/// Every `.rs` file below `dir` (a path from the root ending in `/`), sorted.
fn sources(dir: &str) -> Vec<Source> {
    let mut found = Vec::new();
    let mut stack = vec![root().join(dir)];
    while let Some(folder) = stack.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let relative = path.strip_prefix(root()).expect("below the root");
            Source {
                path: relative.to_string_lossy().replace('\\', "/"),
                lines: text.lines().map(str::to_owned).collect(),
            }
        })
        .collect()
}

/// Fails with `rule` and the offending places, one a line, when there are any.
fn report(rule: &str, offences: &[String]) {
    assert!(
        offences.is_empty(),
        "\n{rule}\n{}\n",
        offences
            .iter()
            .map(|o| format!("  {o}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn source_files_are_at_most_400_lines_outside_tests() {
    let mut offences = Vec::new();
    for source in sources("src/").into_iter().chain(sources("model/src/")) {
        if source.is_test_module() || source.is_generated() {
            continue;
        }
        let length = source.lines_outside_tests();
        let known = LONG_FILES.iter().find(|(path, _)| *path == source.path);
        match known {
            None if length > MAX_LINES => offences.push(format!(
                "{}:{}: {length} lines outside tests, over {MAX_LINES}: split it by concern",
                source.path,
                MAX_LINES + 1
            )),
            Some((_, was)) if length > *was => offences.push(format!(
                "{}:{}: {length} lines outside tests, longer than the {was} it had when the \
                 rule was written (LONG_FILES may only shrink): split it",
                source.path,
                was + 1
            )),
            Some(_) if length <= MAX_LINES => offences.push(format!(
                "{}: {length} lines now: remove it from LONG_FILES in xtask/tests/tidy.rs",
                source.path
            )),
            _ => {}
        }
    }
    for (path, _) in LONG_FILES {
        if !root().join(path).is_file() {
            offences.push(format!(
                "{path}: in LONG_FILES but not in the repository: remove it from the list \
                 (or name it as it is now)"
            ));
        }
    }
    report(
        "ARCHITECTURE.md (Code map): no file of src/ or model/src/ is over 400 lines outside \
         its tests",
        &offences,
    );
}

/// Calls some layers do not make: the tokens, the files they may not appear in, and why.
struct Forbidden {
    tokens: &'static [&'static str],
    applies: fn(&str) -> bool,
    rule: &'static str,
}

const FORBIDDEN: &[Forbidden] = &[
    Forbidden {
        tokens: &["thread_local!"],
        applies: |path| path.starts_with("src/"),
        rule: "state lives in the view (signals, context, props), never in a thread-local",
    },
    Forbidden {
        tokens: &["forget()", "mem::forget"],
        applies: |path| path.starts_with("src/components/"),
        rule: "components leak nothing: browser events through `window_event_listener`, \
               closures owned by the view",
    },
    Forbidden {
        tokens: &["query_selector", "get_element_by_id"],
        applies: |path| path.starts_with("src/components/"),
        rule: "components do not look into each other's DOM: elements by `NodeRef`",
    },
    Forbidden {
        tokens: &["inner_html"],
        applies: |path| path.starts_with("src/"),
        rule: "data is text: dataset strings reach the DOM as text nodes or attributes",
    },
    Forbidden {
        tokens: &["leaflet::"],
        applies: |path| path.starts_with("src/") && !path.starts_with("src/map/"),
        rule: "Leaflet stays behind `map/`: components call `AtlasMap`",
    },
    Forbidden {
        tokens: &["extern \"C\""],
        applies: |path| path.starts_with("src/") && path != "src/map/bindings.rs",
        rule: "only `map/bindings.rs` declares JavaScript bindings",
    },
];

#[test]
fn layers_do_not_make_the_calls_they_forbid() {
    let mut offences = Vec::new();
    for source in sources("src/") {
        for forbidden in FORBIDDEN.iter().filter(|f| (f.applies)(&source.path)) {
            for (number, code) in source.code_lines() {
                for token in forbidden.tokens.iter().filter(|t| code.contains(*t)) {
                    offences.push(format!(
                        "{}:{number}: `{token}`: {}",
                        source.path, forbidden.rule
                    ));
                }
            }
        }
    }
    report(
        "ARCHITECTURE.md (Code map, invariants of src/): a layer makes none of the calls \
         its invariant rules out",
        &offences,
    );
}

#[test]
fn the_model_knows_nothing_of_the_browser() {
    const BROWSER: [&str; 6] = [
        "web-sys",
        "wasm-bindgen",
        "js-sys",
        "leptos",
        "gloo",
        "leaflet",
    ];
    let manifest = "model/Cargo.toml";
    let text = std::fs::read_to_string(root().join(manifest)).expect("model/Cargo.toml");
    let mut offences = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let name = line.split('=').next().unwrap_or_default().trim();
        if BROWSER.iter().any(|b| name.starts_with(b)) {
            offences.push(format!("{manifest}:{}: `{name}`", i + 1));
        }
    }
    report(
        "ARCHITECTURE.md (Code map, model/src/): the model depends on nothing of the browser",
        &offences,
    );
}

#[test]
fn deferred_work_goes_through_defer() {
    const TIMERS: [&str; 3] = ["set_timeout", "set_interval", "request_animation_frame"];
    let mut offences = Vec::new();
    for source in sources("src/") {
        if source.path == DEFER {
            continue;
        }
        for (number, code) in source.code_lines() {
            let Some(timer) = TIMERS.iter().find(|t| code.contains(*t)) else {
                continue;
            };
            // The reason, in a comment on the line or in the lines just above the statement.
            let said = source.lines[number.saturating_sub(6)..number]
                .iter()
                .any(|line| line.contains(NOT_THROUGH_DEFER));
            if !said {
                offences.push(format!(
                    "{}:{number}: `{timer}` outside {DEFER}: schedule it with `defer::next_task`, \
                     `next_frame` or `every` (owned by the view), or say beside it \
                     \"{NOT_THROUGH_DEFER}: <why it cannot outlive its view>\"",
                    source.path
                ));
            }
        }
    }
    report(
        "ARCHITECTURE.md (Deferred work is owned): every timeout, interval and animation frame \
         of src/ goes through src/defer.rs",
        &offences,
    );
}

/// A module the code map names: the file or folder (from the repository root) and the line of
/// ARCHITECTURE.md that names it.
struct Entry {
    path: String,
    line: usize,
}

/// The modules ARCHITECTURE.md's code map names: in its `## Code map` section, the backticked
/// names in the first cell of each table row, relative to the folder the last `###` heading
/// names in backticks (`` ### `model/src/` ``, `` ### `src/components/` ``).
fn code_map() -> Vec<Entry> {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let mut entries = Vec::new();
    let mut in_map = false;
    let mut folder: Option<String> = None;
    for (i, line) in text.lines().enumerate() {
        if let Some(heading) = line.strip_prefix("## ") {
            in_map = heading.trim() == "Code map";
            folder = None;
            continue;
        }
        if !in_map {
            continue;
        }
        if let Some(heading) = line.strip_prefix("### ") {
            folder = backticked(heading).find(|name| name.ends_with('/'));
            continue;
        }
        let (Some(folder), Some(row)) = (&folder, line.strip_prefix('|')) else {
            continue;
        };
        let first_cell = row.split('|').next().unwrap_or_default();
        for name in backticked(first_cell) {
            if name.ends_with(".rs") || name.ends_with('/') {
                entries.push(Entry {
                    path: format!("{folder}{name}"),
                    line: i + 1,
                });
            }
        }
    }
    entries
}

/// The `code` spans of a line of Markdown.
fn backticked(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split('`').skip(1).step_by(2).map(str::to_owned)
}

#[test]
fn the_code_map_names_every_module_and_only_modules_that_exist() {
    let entries = code_map();
    assert!(
        entries.len() > 20,
        "ARCHITECTURE.md: no code map found (a `## Code map` section whose `###` headings \
         name a folder in backticks and whose table rows name its modules)"
    );
    let mut offences = Vec::new();
    for entry in &entries {
        if !root().join(&entry.path).exists() {
            offences.push(format!(
                "ARCHITECTURE.md:{}: the code map names `{}`, which does not exist",
                entry.line, entry.path
            ));
        }
    }
    for dir in CODE_MAP_ROOTS {
        for source in sources(dir) {
            if source.is_test_module() || entries.iter().any(|e| e.path == source.path) {
                continue;
            }
            offences.push(format!(
                "{}:1: not in ARCHITECTURE.md's code map: add a row saying what it is for",
                source.path
            ));
        }
    }
    report(
        "ARCHITECTURE.md (Code map): every module of src/, model/src/ and xtask/src/ has its \
         row, and every row names a module that exists",
        &offences,
    );
}

#[test]
fn code_of_leaves_out_comments_but_not_strings() {
    assert_eq!(code_of("let a = 1; // set_timeout"), "let a = 1; ");
    assert_eq!(code_of("/// set_timeout"), "");
    assert_eq!(
        code_of(r#"let url = "https://x"; // c"#),
        r#"let url = "https://x"; "#
    );
    assert_eq!(code_of(r#"let q = '"'; // c"#), r#"let q = '"'; "#);
    assert_eq!(code_of(r#"let e = "\"//"; x"#), r#"let e = "\"//"; x"#);
}

#[test]
fn a_test_block_at_the_end_does_not_count() {
    let source = |text: &str| Source {
        path: "src/x.rs".to_owned(),
        lines: text.lines().map(str::to_owned).collect(),
    };
    let with_tests =
        source("fn a() {}\n\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn t() {}\n}\n");
    assert_eq!(with_tests.lines_outside_tests(), 2);
    let code_after = source("fn a() {}\n#[cfg(test)]\nmod tests {\n}\nfn b() {}\n");
    assert_eq!(code_after.lines_outside_tests(), 5);
    let external = source("mod a;\n#[cfg(test)]\nmod tests;\n");
    assert_eq!(external.lines_outside_tests(), 3);
}
