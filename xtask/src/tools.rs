//! Installing what is missing, each step saying what it does and skipping itself when done:
//! the wasm32 target, Trunk, wasm-bindgen-cli at the Cargo.lock version, the npm tooling
//! (wasm-opt from binaryen, Playwright, Puppeteer, axe-core, Leaflet) and, for tests, the
//! browsers (Chromium, and Firefox ESR for the smoke run). Nothing is downloaded from GitHub:
//! only crates.io, npm and Debian's packages. Also the checks that the pinned and vendored
//! pieces still match their sources (Cargo.lock, npm).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

use crate::run::{cargo, command, root, status};

/// Trunk's pinned version (0.22 needs a newer rustc than the toolchain here).
const TRUNK_VERSION: &str = "0.21.14";

/// A browser the tests drive: a Debian package, or another binary named by an environment
/// variable (which `tests/e2e/` reads too).
pub struct Browser {
    name: &'static str,
    package: &'static str,
    default_path: &'static str,
    env: &'static str,
    kind: &'static str,
}

/// Chromium, for every end-to-end test (Playwright) and the benchmark.
pub const CHROMIUM: Browser = Browser {
    name: "Chromium",
    package: "chromium",
    default_path: "/usr/bin/chromium",
    env: "CHROME_PATH",
    kind: "a Chromium or Chrome binary",
};

/// Firefox ESR, for the smoke run (`tests/e2e/firefox.test.mjs`, Puppeteer over WebDriver BiDi).
pub const FIREFOX: Browser = Browser {
    name: "Firefox ESR",
    package: "firefox-esr",
    default_path: "/usr/bin/firefox-esr",
    env: "FIREFOX_PATH",
    kind: "a Firefox binary",
};

impl Browser {
    /// The binary: the environment variable's value if set, else the Debian package's.
    pub fn path(&self) -> PathBuf {
        std::env::var_os(self.env).map_or_else(|| PathBuf::from(self.default_path), PathBuf::from)
    }
}

/// Installs whatever is missing, and the `browsers` the caller needs.
pub fn setup(browsers: &[&Browser]) -> Result<(), String> {
    ensure_wasm_target()?;
    ensure_cargo_tool(
        "trunk",
        TRUNK_VERSION,
        &["install", "--locked", &format!("trunk@{TRUNK_VERSION}")],
    )?;
    let bindgen = lockfile_version("wasm-bindgen")?;
    // Without --locked: the CLI's own lockfile pins a webpki-roots the registry no longer has.
    ensure_cargo_tool(
        "wasm-bindgen",
        &bindgen,
        &["install", &format!("wasm-bindgen-cli@{bindgen}")],
    )?;
    ensure_npm_tools()?;
    ensure_browsers(browsers)?;
    if !browsers.is_empty() {
        ensure_cjk_font()?;
    }
    Ok(())
}

/// The Debian package of a font for Japanese and Chinese: without one, headless Chromium draws
/// their text as boxes (the screenshots of the Japanese and Chinese interface; the tests read
/// text, not pixels, and pass either way).
const CJK_FONT: &str = "fonts-noto-cjk";

/// Installs [`CJK_FONT`] with apt-get when no font covers Japanese (`fc-list :lang=ja`) and this
/// runs as root; otherwise says how (a warning: no test needs it).
fn ensure_cjk_font() -> Result<(), String> {
    let has_font = || {
        Command::new("fc-list")
            .arg(":lang=ja")
            .output()
            .is_ok_and(|o| !o.stdout.is_empty())
    };
    if has_font() {
        say("a font for Japanese and Chinese: present");
        return Ok(());
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    if !is_root || !Path::new("/usr/bin/apt-get").exists() {
        say(&format!(
            "no font for Japanese and Chinese: their screenshots show boxes (sudo apt-get install {CJK_FONT})"
        ));
        return Ok(());
    }
    say(&format!(
        "a font for Japanese and Chinese: installing (apt-get install {CJK_FONT}, about 60 MB)"
    ));
    status(&mut command("apt-get", &["update", "-q"]))?;
    status(
        Command::new("apt-get")
            .args(["install", "-y", "-q", CJK_FONT])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

fn say(what: &str) {
    println!("--> {what}");
}

/// The first line a program prints for `--version`, if it runs.
fn version_of(program: &str) -> Option<String> {
    let output = command(program, &["--version"]).output().ok()?;
    let text = String::from_utf8_lossy(&output.stdout).into_owned();
    output
        .status
        .success()
        .then(|| text.lines().next().unwrap_or_default().trim().to_owned())
}

fn ensure_wasm_target() -> Result<(), String> {
    let output = command("rustup", &["target", "list", "--installed"]).output();
    let installed = output.is_ok_and(|o| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .any(|l| l.trim() == "wasm32-unknown-unknown")
    });
    if installed {
        say("wasm32-unknown-unknown target: present");
        return Ok(());
    }
    say("wasm32-unknown-unknown target: installing (rustup target add)");
    status(&mut command(
        "rustup",
        &["target", "add", "wasm32-unknown-unknown"],
    ))
}

/// Installs a cargo tool unless `program --version` already ends with `version`.
fn ensure_cargo_tool(program: &str, version: &str, install: &[&str]) -> Result<(), String> {
    match version_of(program) {
        Some(found) if found.split_whitespace().last() == Some(version) => {
            say(&format!("{program} {version}: present"));
            Ok(())
        }
        found => {
            let was = found.map_or("not installed".to_owned(), |f| format!("found {f}"));
            say(&format!(
                "{program} {version}: installing with cargo ({was}; takes minutes once)"
            ));
            status(&mut cargo(install))
        }
    }
}

/// The parts of Cargo.lock that xtask reads.
#[derive(Deserialize)]
struct Lockfile {
    #[serde(default)]
    package: Vec<LockedPackage>,
}

#[derive(Deserialize)]
struct LockedPackage {
    name: String,
    version: String,
}

/// The version of `package` in Cargo.lock.
pub fn lockfile_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    locked_version(&lock, package).map_err(|e| format!("Cargo.lock: {e}"))
}

/// The version of `package` in the text of a Cargo.lock; an error if it is not there exactly
/// once (two versions would leave the tool to install ambiguous).
fn locked_version(lock: &str, package: &str) -> Result<String, String> {
    let lock: Lockfile = toml::from_str(lock).map_err(|e| e.to_string())?;
    let mut versions = lock
        .package
        .into_iter()
        .filter(|p| p.name == package)
        .map(|p| p.version);
    match (versions.next(), versions.next()) {
        (Some(version), None) => Ok(version),
        (None, _) => Err(format!("{package} is not locked")),
        (Some(a), Some(b)) => Err(format!(
            "{package} is locked at several versions ({a}, {b})"
        )),
    }
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
fn ensure_npm_tools() -> Result<(), String> {
    let root = root();
    let modified = |path: PathBuf| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let lock = modified(root.join("package-lock.json"));
    let installed = modified(root.join("node_modules/.package-lock.json"));
    if installed.is_some() && installed >= lock {
        say("npm tooling (wasm-opt 132, Playwright, Puppeteer, axe-core, html-validate, Leaflet): present");
        return Ok(());
    }
    say(
        "npm tooling (wasm-opt 132, Playwright, Puppeteer, axe-core, html-validate, Leaflet): installing (npm ci)",
    );
    status(&mut command("npm", &["ci", "--no-audit", "--no-fund"]))
}

/// Installs the Debian packages of the missing `browsers` with apt-get when run as root;
/// otherwise (or when an environment variable names a binary that is not there) says how to
/// install them or which variable points at another binary.
fn ensure_browsers(browsers: &[&Browser]) -> Result<(), String> {
    let mut missing = Vec::new();
    for browser in browsers {
        let path = browser.path();
        if path.exists() {
            say(&format!("{}: present ({})", browser.name, path.display()));
        } else {
            missing.push(*browser);
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let chosen = missing.iter().any(|b| std::env::var_os(b.env).is_some());
    if chosen || !is_root || !Path::new("/usr/bin/apt-get").exists() {
        return Err(missing_message(&missing));
    }
    let packages: Vec<&str> = missing.iter().map(|b| b.package).collect();
    say(&format!(
        "{}: installing (apt-get install {}, a minute or two)",
        missing
            .iter()
            .map(|b| b.name)
            .collect::<Vec<_>>()
            .join(", "),
        packages.join(" ")
    ));
    status(&mut command("apt-get", &["update", "-q"]))?;
    status(
        Command::new("apt-get")
            .args(["install", "-y", "-q"])
            .args(&packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )?;
    let still: Vec<&Browser> = missing.into_iter().filter(|b| !b.path().exists()).collect();
    if still.is_empty() {
        Ok(())
    } else {
        Err(missing_message(&still))
    }
}

/// What to do about browsers that are not where the tests look for them.
fn missing_message(missing: &[&Browser]) -> String {
    missing
        .iter()
        .map(|b| {
            format!(
                "{} not found at {}: install the Debian/Ubuntu package `{}` \
                 (sudo apt-get install {}) or set {} to {}.",
                b.name,
                b.path().display(),
                b.package,
                b.package,
                b.env,
                b.kind
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Vendored npm packages: the folder under `public/vendor/`, and the npm package it comes from.
/// Every vendored file is the package's `dist/` file of the same path, or its licence file at
/// the package's root.
const VENDORED: [(&str, &str); 2] = [
    ("public/vendor/leaflet", "leaflet"),
    (
        "public/vendor/leaflet.markercluster",
        "leaflet.markercluster",
    ),
];

/// Every vendored file (Leaflet, Leaflet.markercluster) is byte-for-byte that of its npm
/// package in node_modules.
pub fn check_vendored() -> Result<(), String> {
    let root = root();
    let mut problems = Vec::new();
    for (folder, package) in VENDORED {
        let npm = root.join("node_modules").join(package);
        let files = files_under(&root.join(folder)).map_err(|e| format!("{folder}: {e}"))?;
        if files.is_empty() {
            problems.push(format!("{folder} holds no file"));
        }
        for file in files {
            let name = file.to_string_lossy().replace('\\', "/");
            let from = if file.parent() == Some(Path::new("")) && is_licence(&name) {
                npm.join(&file)
            } else {
                npm.join("dist").join(&file)
            };
            let vendored = std::fs::read(root.join(folder).join(&file));
            match (vendored, std::fs::read(&from)) {
                (Ok(a), Ok(b)) if a == b => {}
                (Ok(_), Ok(_)) => problems.push(format!(
                    "{folder}/{name} differs from {}",
                    relative(&root, &from)
                )),
                (_, Err(e)) => problems.push(format!(
                    "{folder}/{name}: no npm counterpart {} ({e}; run npm ci)",
                    relative(&root, &from)
                )),
                (Err(e), _) => problems.push(format!("{folder}/{name}: {e}")),
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn is_licence(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    upper.starts_with("LICENSE") || upper.starts_with("LICENCE") || upper.contains("-LICENCE")
}

fn relative(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The files under `dir`, as paths relative to it, sorted.
fn files_under(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(sub) = pending.pop() {
        for entry in std::fs::read_dir(dir.join(&sub))? {
            let entry = entry?;
            let path = sub.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// The parts of Trunk.toml that xtask checks.
#[derive(Deserialize)]
struct TrunkConfig {
    tools: TrunkTools,
}

#[derive(Deserialize)]
struct TrunkTools {
    wasm_bindgen: Option<String>,
}

/// Trunk.toml's wasm-bindgen version equals Cargo.lock's (Trunk would otherwise download one).
pub fn check_trunk_pins() -> Result<(), String> {
    let locked = lockfile_version("wasm-bindgen")?;
    let text = std::fs::read_to_string(root().join("Trunk.toml")).map_err(|e| e.to_string())?;
    let config: TrunkConfig = toml::from_str(&text).map_err(|e| format!("Trunk.toml: {e}"))?;
    if config.tools.wasm_bindgen.as_deref() == Some(locked.as_str()) {
        Ok(())
    } else {
        Err(format!(
            "Trunk.toml must pin [tools] wasm_bindgen = \"{locked}\" (the Cargo.lock version), not {:?}",
            config.tools.wasm_bindgen
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::{is_licence, locked_version, missing_message, CHROMIUM, FIREFOX};

    const LOCK: &str = r#"
# This file is automatically @generated by Cargo.
version = 4

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = [
 "wasm-bindgen-macro",
]

[[package]]
name = "wasm-bindgen-macro"
version = "0.2.131"

[[package]]
name = "syn"
version = "1.0.109"

[[package]]
name = "syn"
version = "2.0.100"
"#;

    #[test]
    fn reads_a_locked_version() {
        assert_eq!(locked_version(LOCK, "wasm-bindgen").unwrap(), "0.2.130");
        // Not fooled by a name that starts the same.
        assert_eq!(
            locked_version(LOCK, "wasm-bindgen-macro").unwrap(),
            "0.2.131"
        );
    }

    #[test]
    fn a_missing_or_doubly_locked_package_is_an_error() {
        assert!(locked_version(LOCK, "trunk")
            .unwrap_err()
            .contains("not locked"));
        assert!(locked_version(LOCK, "syn")
            .unwrap_err()
            .contains("several versions"));
        assert!(locked_version("[[package]]\nname = ", "syn").is_err());
    }

    #[test]
    fn the_real_lockfile_pins_one_wasm_bindgen() {
        let lock = std::fs::read_to_string(crate::run::root().join("Cargo.lock")).unwrap();
        assert!(locked_version(&lock, "wasm-bindgen").is_ok());
    }

    #[test]
    fn a_missing_browser_says_how_to_get_it() {
        let message = missing_message(&[&CHROMIUM, &FIREFOX]);
        let lines: Vec<&str> = message.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("Chromium not found at "));
        assert!(lines[0].contains("sudo apt-get install chromium)"));
        assert!(lines[0].ends_with("or set CHROME_PATH to a Chromium or Chrome binary."));
        assert!(lines[1].starts_with("Firefox ESR not found at "));
        assert!(lines[1].contains("sudo apt-get install firefox-esr)"));
        assert!(lines[1].ends_with("or set FIREFOX_PATH to a Firefox binary."));
    }

    #[test]
    fn licence_files_are_recognised() {
        assert!(is_licence("LICENSE"));
        assert!(is_licence("MIT-LICENCE.txt"));
        assert!(!is_licence("leaflet.js"));
    }
}
