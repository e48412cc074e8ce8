//! Installing what is missing, each step saying what it does and skipping itself when done:
//! the wasm32 target, Trunk, wasm-bindgen-cli at the Cargo.lock version, the npm tooling
//! (wasm-opt from binaryen, Playwright, axe-core, Leaflet) and, for tests, Chromium.
//! Nothing is downloaded from GitHub: only crates.io, npm and Debian's packages.

use std::path::{Path, PathBuf};
use std::process::Command;

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

/// The version of `package` in Cargo.lock.
pub fn lockfile_version(package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;
    let header = format!("name = \"{package}\"\nversion = \"");
    let at = lock
        .find(&header)
        .ok_or_else(|| format!("{package} is not in Cargo.lock"))?
        + header.len();
    Ok(lock[at..].split('"').next().unwrap_or_default().to_owned())
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
fn ensure_npm_tools() -> Result<(), String> {
    let root = root();
    let modified = |path: PathBuf| std::fs::metadata(path).and_then(|m| m.modified()).ok();
    let lock = modified(root.join("package-lock.json"));
    let installed = modified(root.join("node_modules/.package-lock.json"));
    if installed.is_some() && installed >= lock {
        say("npm tooling (wasm-opt 132, Playwright, axe-core, html-validate, Leaflet): present");
        return Ok(());
    }
    say("npm tooling (wasm-opt 132, Playwright, axe-core, html-validate, Leaflet): installing (npm ci)");
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

/// The vendored Leaflet files are byte-for-byte those of the npm package.
pub fn check_vendored_leaflet() -> Result<(), String> {
    let root = root();
    for file in [
        "leaflet.js",
        "leaflet.css",
        "images/layers.png",
        "images/marker-icon.png",
    ] {
        let vendored = std::fs::read(root.join("public/vendor/leaflet").join(file));
        let npm = std::fs::read(root.join("node_modules/leaflet/dist").join(file));
        match (vendored, npm) {
            (Ok(a), Ok(b)) if a == b => {}
            _ => {
                return Err(format!(
                    "public/vendor/leaflet/{file} differs from node_modules/leaflet/dist/{file}"
                ))
            }
        }
    }
    Ok(())
}

/// Trunk.toml's wasm-bindgen version equals Cargo.lock's (Trunk would otherwise download one).
pub fn check_trunk_pins() -> Result<(), String> {
    let locked = lockfile_version("wasm-bindgen")?;
    let trunk_toml =
        std::fs::read_to_string(root().join("Trunk.toml")).map_err(|e| e.to_string())?;
    if trunk_toml.contains(&format!("wasm_bindgen = \"{locked}\"")) {
        Ok(())
    } else {
        Err(format!(
            "Trunk.toml must pin wasm_bindgen = \"{locked}\" (the Cargo.lock version)"
        ))
    }
}
