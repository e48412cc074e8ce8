//! `cargo xtask catalogue [--check]`: the app's share of the catalogue (`i18n/catalogue/`) as
//! flat lists of strings, written to (or compared with) `src/i18n/strings.rs` and
//! `public/i18n/{code}.json`.
//!
//! The app does not deserialize the catalogue: a serde `Deserialize` of the typed `Catalogue`
//! (sixty structs that deny unknown fields) is code in the wasm of every visitor: +65.6 KB gzip
//! (+249 KB raw) on the release wasm, measured on 5 December 2026 (docs/performance.md), against
//! a budget of 3 KB for the whole first visit. Instead every message the app uses is one string
//! at a fixed position: English is compiled in (`strings.rs`, with one accessor per message),
//! and each other language is one JSON array of strings in the same order, fetched once when it
//! is first shown and read with the browser's `JSON.parse`. The first item of each file is the
//! fingerprint of the keys' order, so that a file from another build is refused, not misread.
//!
//! The order walks `en.json`: a string is one item, a list its items, a plural six (CLDR's
//! `zero`, `one`, `two`, `few`, `many`, `other`, empty when the language has no such form), any
//! other object its members in order. The groups are those the app shows (`interface`,
//! `issues`, `timeline`, `dates`, `data`) and the atlas's title of `site`.
//!
//! The shell of `index.html` (and `public/shell.js`'s titles, `public/boot.js`'s alert) hold a
//! few messages in every language, written by hand beside the app's elements: checked against
//! the catalogue here.

use serde_json::Value;

use crate::run::root;

/// The generated Rust module of the app.
const STRINGS_FILE: &str = "src/i18n/strings.rs";

/// Where the other languages' lists are written (copied into `dist/i18n/` by Trunk).
const LISTS_DIR: &str = "public/i18n";

/// The catalogue's languages, English first (the app's order: `Language::ALL`).
const LANGUAGES: [&str; 7] = ["en", "fr", "de", "es", "it", "ja", "zh"];

/// The groups of the catalogue the app shows, whole.
const GROUPS: [&str; 5] = ["interface", "issues", "timeline", "dates", "data"];

/// The keys of other groups the app shows: the document's title.
const KEYS: [(&str, &str); 1] = [("site", "atlas_title")];

/// Messages of those groups the app never shows: the shell's own (`public/boot.js`, written
/// there by hand and checked by [`shell_differences`]).
const SHELL_ONLY: [&str; 1] = ["interface.boot_failed"];

/// CLDR's plural categories, in the order a plural's items take.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What one message of the app is, at its position.
enum Kind {
    /// A string; `template` when it has `{…}` placeholders.
    Text { template: bool },
    /// A plural: six items.
    Plural,
    /// A list of `len` strings.
    List { len: usize },
}

/// One message of the app: its path in the catalogue and its first position.
struct Entry {
    path: Vec<String>,
    kind: Kind,
    at: usize,
}

fn is_plural(value: &Value) -> bool {
    value.as_object().is_some_and(|object| {
        object.contains_key("other") && object.keys().all(|k| CATEGORIES.contains(&k.as_str()))
    })
}

/// The app's messages in `en.json`'s order.
fn entries(en: &Value) -> Vec<Entry> {
    fn walk(value: &Value, path: &mut Vec<String>, out: &mut Vec<Entry>, at: &mut usize) {
        let (kind, len) = match value {
            Value::String(text) => {
                let template = text.contains('{');
                (Kind::Text { template }, 1)
            }
            Value::Array(items) => (Kind::List { len: items.len() }, items.len()),
            value if is_plural(value) => (Kind::Plural, CATEGORIES.len()),
            Value::Object(members) => {
                for (key, member) in members {
                    path.push(key.clone());
                    if !SHELL_ONLY.contains(&path.join(".").as_str()) {
                        walk(member, path, out, at);
                    }
                    path.pop();
                }
                return;
            }
            other => panic!("{}: not a message: {other}", path.join(".")),
        };
        out.push(Entry {
            path: path.clone(),
            kind,
            at: *at,
        });
        *at += len;
    }
    let mut out = Vec::new();
    let mut at = 1; // after the fingerprint
    for group in GROUPS {
        walk(&en[group], &mut vec![group.to_owned()], &mut out, &mut at);
    }
    for (group, key) in KEYS {
        let mut path = vec![group.to_owned(), key.to_owned()];
        walk(&en[group][key], &mut path, &mut out, &mut at);
    }
    out
}

/// A language's list: the fingerprint, then every message of `entries` in `file`.
fn list<'a>(file: &'a Value, entries: &[Entry], fingerprint: &'a str) -> Vec<&'a str> {
    let mut out = vec![fingerprint];
    for entry in entries {
        let value = entry.path.iter().fold(file, |value, key| &value[key]);
        let text = |v: &'a Value| {
            v.as_str()
                .unwrap_or_else(|| panic!("{}: not a string", entry.path.join(".")))
        };
        match entry.kind {
            Kind::Text { .. } => out.push(text(value)),
            Kind::List { len } => {
                let items = value.as_array().map_or(&[][..], Vec::as_slice);
                assert_eq!(items.len(), len, "{}", entry.path.join("."));
                out.extend(items.iter().map(text));
            }
            Kind::Plural => {
                out.extend(CATEGORIES.map(|c| value.get(c).map_or("", text)));
            }
        }
    }
    out
}

/// FNV-1a of the keys in order, in hexadecimal.
fn fingerprint(entries: &[Entry]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for entry in entries {
        for byte in entry.path.join(".").bytes().chain([b'\n']) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The accessor's name: the path in snake_case (`interface.` left out), `_tpl` after a
/// template's, `_forms` after a plural's.
fn accessor(entry: &Entry) -> String {
    let path = match entry.path[0].as_str() {
        "interface" => &entry.path[1..],
        _ => &entry.path[..],
    };
    let name = path.join("_");
    match entry.kind {
        Kind::Text { template: true } => format!("{name}_tpl"),
        Kind::Plural => format!("{name}_forms"),
        _ => name,
    }
}

fn rust_string(text: &str) -> String {
    format!("{text:?}")
}

/// `src/i18n/strings.rs`.
fn strings_rs(entries: &[Entry], en: &[&str], names: &[&str], fingerprint: &str) -> String {
    let mut out = String::from(
        "// @generated by `cargo xtask catalogue` from i18n/catalogue/*.json: do not edit.\n\
         //! The app's messages at their positions in each language's list (see\n\
         //! `xtask/src/catalogue.rs`): English compiled in, an accessor per message.\n\n\
         use poles_model::catalogue::Forms;\n\nuse super::Texts;\n\n",
    );
    out += &format!(
        "/// How many strings a language's list holds, its fingerprint first.\n\
         pub const COUNT: usize = {};\n\n\
         /// The fingerprint of the keys' order: the first item of every list.\n\
         pub const FINGERPRINT: &str = \"{fingerprint}\";\n\n\
         /// Each language's name in itself, in `Language::ALL`'s order.\n\
         pub const NAMES: [&str; 7] = [\n{}];\n\n\
         /// The English list, its strings apart by NUL (split once by `Texts::english`: a\n\
         /// table of `&str` would cost 8 bytes a string in the wasm, about 1.4 KB gzip).\n\
         pub static EN: &str = concat!(\n",
        en.len(),
        (names.iter())
            .map(|n| format!("    {},\n", rust_string(n)))
            .collect::<String>()
    );
    for (i, text) in en.iter().enumerate() {
        let separator = if i + 1 < en.len() { "\0" } else { "" };
        out += &format!("    {},\n", rust_string(&format!("{text}{separator}")));
    }
    out += ");\n\n#[rustfmt::skip]\nimpl Texts {\n";
    let mut sectors = Vec::new();
    let mut regions = Vec::new();
    for entry in entries {
        let at = entry.at;
        match entry.path.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["data", "sectors", id, field] => {
                if field == "label" {
                    sectors.push((id.to_owned(), at));
                }
                continue;
            }
            ["data", "regions", code] => {
                regions.push((code.to_owned(), at));
                continue;
            }
            _ => {}
        }
        let name = accessor(entry);
        out += &match entry.kind {
            Kind::Text { .. } => {
                format!("    pub fn {name}(&self) -> &'static str {{ self.s[{at}] }}\n")
            }
            Kind::Plural => {
                format!("    pub fn {name}(&self) -> Forms<'static> {{ self.forms({at}) }}\n")
            }
            Kind::List { len } => format!(
                "    pub fn {name}(&self) -> &'static [&'static str] {{ &self.s[{at}..{}] }}\n",
                at + len
            ),
        };
    }
    out += "    /// A sector's label and short name, by id.\n    \
            pub fn data_sector(&self, id: &str) -> Option<(&'static str, &'static str)> {\n        \
            let at = match id {\n";
    for (id, at) in &sectors {
        out += &format!("            {} => {at},\n", rust_string(id));
    }
    out += "            _ => return None,\n        };\n        Some((self.s[at], self.s[at + 1]))\n    }\n";
    out += "    /// A region's name, by INSEE code.\n    \
            pub fn data_region(&self, code: &str) -> Option<&'static str> {\n        \
            let at = match code {\n";
    for (code, at) in &regions {
        out += &format!("            {} => {at},\n", rust_string(code));
    }
    out += "            _ => return None,\n        };\n        Some(self.s[at])\n    }\n}\n";
    out
}

/// Every generated file, by its path from the repository's root.
pub fn generate() -> Result<Vec<(String, String)>, String> {
    let read = |code: &str| -> Result<Value, String> {
        let path = format!("i18n/catalogue/{code}.json");
        let text =
            std::fs::read_to_string(root().join(&path)).map_err(|e| format!("{path}: {e}"))?;
        // The typed catalogue first: a file with a key missing or unknown fails here.
        poles_model::catalogue::Catalogue::from_json(&text).map_err(|e| format!("{path}: {e}"))?;
        serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))
    };
    let files = LANGUAGES.map(read);
    let files: Vec<Value> = files.into_iter().collect::<Result<_, _>>()?;
    let entries = entries(&files[0]);
    let fingerprint = fingerprint(&entries);
    let names: Vec<&str> = files
        .iter()
        .map(|f| f["language"]["name"].as_str().unwrap_or_default())
        .collect();
    let lists: Vec<Vec<&str>> = (files.iter())
        .map(|file| list(file, &entries, &fingerprint))
        .collect();
    let mut out = vec![(
        STRINGS_FILE.to_owned(),
        strings_rs(&entries, &lists[0], &names, &fingerprint),
    )];
    for (code, list) in LANGUAGES.iter().zip(&lists).skip(1) {
        let json = serde_json::to_string(list).map_err(|e| e.to_string())?;
        out.push((format!("{LISTS_DIR}/{code}.json"), json + "\n"));
    }
    Ok(out)
}

/// Writes the generated files, or with `check` fails when one on disk is not up to date.
pub fn run(check: bool) -> Result<(), String> {
    for (path, text) in generate()? {
        let full = root().join(&path);
        if check {
            if std::fs::read_to_string(&full).unwrap_or_default() != text {
                return Err(format!(
                    "{path} is out of date: run `cargo xtask catalogue`"
                ));
            }
            continue;
        }
        if let Some(dir) = full.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        std::fs::write(&full, text).map_err(|e| format!("{path}: {e}"))?;
        println!("wrote {path}");
    }
    // The shell is written by hand (its elements are the app's): checked, not generated.
    let differences = shell_differences()?;
    match differences.is_empty() {
        true => Ok(()),
        false => Err(format!(
            "the shell differs from the catalogue (edit it by hand):\n{}",
            differences.join("\n")
        )),
    }
}

/// The interface messages the shell of `index.html` shows (its header and loading state),
/// written there by hand in every language.
const SHELL: [&str; 8] = [
    "tagline",
    "open_full_map",
    "copy_link",
    "embed",
    "matrix_toggle",
    "matrix_toggle_short",
    "about",
    "loading",
];

/// What the shell (`index.html`, `public/shell.js`, `public/boot.js`) says that the catalogue
/// does not: each language's messages of [`SHELL`], its menu, its title and the boot alert
/// must be the catalogue's.
pub fn shell_differences() -> Result<Vec<String>, String> {
    let read =
        |path: &str| std::fs::read_to_string(root().join(path)).map_err(|e| format!("{path}: {e}"));
    let (index, shell, boot) = (
        read("index.html")?,
        read("public/shell.js")?,
        read("public/boot.js")?,
    );
    let escape = |text: &str| text.replace('&', "&amp;").replace('<', "&lt;");
    let mut out = Vec::new();
    for code in LANGUAGES {
        let file: Value = serde_json::from_str(&read(&format!("i18n/catalogue/{code}.json"))?)
            .map_err(|e| e.to_string())?;
        let text =
            |group: &str, key: &str| file[group][key].as_str().unwrap_or_default().to_owned();
        let mut expected: Vec<(String, &str)> = SHELL
            .iter()
            .map(|key| {
                (
                    format!(">{}<", escape(&text("interface", key))),
                    "index.html",
                )
            })
            .collect();
        let name = file["language"]["name"].as_str().unwrap_or_default();
        expected.push((
            format!(
                "<span class=\"lang-code\" aria-hidden=\"true\">{} ▾</span><select class=\"lang-select\" aria-label=\"{}\"><option value=\"{code}\" lang=\"{code}\" selected>{name}</option>",
                code.to_uppercase(),
                text("interface", "language_switch")
            ),
            "index.html",
        ));
        expected.push((
            format!("{code}: '{}',", text("site", "atlas_title")),
            "public/shell.js",
        ));
        expected.push((
            format!(
                "{code}: '{}',",
                text("interface", "boot_failed").replace('\'', "\\'")
            ),
            "public/boot.js",
        ));
        for (needle, file) in expected {
            let haystack = match file {
                "index.html" => &index,
                "public/boot.js" => &boot,
                _ => &shell,
            };
            if !haystack.contains(&needle) {
                out.push(format!("{file}: {code}: no {needle}"));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn generated_lists_are_up_to_date() {
        super::run(true).unwrap();
    }
}
