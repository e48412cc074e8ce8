//! Installing what is missing, each step saying what it does and skipping itself when done:
//! the wasm32 target, Trunk, wasm-bindgen-cli at the Cargo.lock version, the npm tooling
//! (wasm-opt from binaryen, Playwright, axe-core, Leaflet) and, for tests, Chromium.
//! Nothing is downloaded from GitHub: only crates.io, npm and Debian's packages. Also the
//! checks that the pinned and vendored pieces still match their sources (Cargo.lock, npm).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

use crate::run::{cargo, command, root, status};

/// Trunk's pinned version (0.22 needs a newer rustc than the toolchain here).
const TRUNK_VERSION: &str = "0.21.14";
/// Debian package of the browser used by the end-to-end tests.
const CHROMIUM_PACKAGE: &str = "chromium";

/// Installs whatever is missing; `browser` adds Chromium (for the tests).
pub fn setup(browser: bool) -> Result<(), String> {
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
    if browser {
        ensure_chromium()?;
    }
    Ok(())
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
        say("npm tooling (wasm-opt 132, Playwright, axe-core, Leaflet): present");
        return Ok(());
    }
    say("npm tooling (wasm-opt 132, Playwright, axe-core, Leaflet): installing (npm ci)");
    status(&mut command("npm", &["ci", "--no-audit", "--no-fund"]))
}

/// The browser for the end-to-end tests: CHROME_PATH, else Debian's chromium.
pub fn chromium_path() -> PathBuf {
    std::env::var_os("CHROME_PATH")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

fn ensure_chromium() -> Result<(), String> {
    let path = chromium_path();
    if path.exists() {
        say(&format!("Chromium: present ({})", path.display()));
        return Ok(());
    }
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    if !is_root || !Path::new("/usr/bin/apt-get").exists() {
        return Err(format!(
            "Chromium not found at {}. Install the Debian/Ubuntu package `{CHROMIUM_PACKAGE}` \
             (sudo apt-get install {CHROMIUM_PACKAGE}) or set CHROME_PATH to a Chromium or Chrome binary.",
            path.display()
        ));
    }
    say("Chromium: installing (apt-get install chromium, about a minute)");
    status(&mut command("apt-get", &["update", "-q"]))?;
    status(
        Command::new("apt-get")
            .args(["install", "-y", "-q", CHROMIUM_PACKAGE])
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
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
    use super::{is_licence, locked_version};

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
    fn licence_files_are_recognised() {
        assert!(is_licence("LICENSE"));
        assert!(is_licence("MIT-LICENCE.txt"));
        assert!(!is_licence("leaflet.js"));
    }
}
