//! `cargo xtask bench [OPTIONS]`: one benchmark, easy to compare between runs.
//!
//! Builds the release app (with its precompressed `.gz`/`.br` copies), copies `dist/` to
//! `target/bench/site/` (so that a concurrent build cannot change it mid-run), adds the plain
//! Leaflet page of `tests/bench/plain/` in `site/plain/` (with the vendored Leaflet, also
//! precompressed), writes the synthetic datasets of 1,000, 10,000 and 100,000 clusters there
//! (`cargo xtask synth`, seed 1, each checked valid), then runs `tests/bench/bench.mjs`. It
//! prints a Markdown report: the targets of issue 12 met or not, the bytes a first visit
//! downloads (raw, gzip, brotli) for the atlas and the plain page, the atlas against the plain
//! page (navigation to names and markers visible, interleaved loads, desktop and phone-like),
//! Lighthouse 12.2.3 mobile and desktop (median of 3) with the main-thread diagnostics, and per
//! dataset size the load, interactive, chip-click and keystroke times with JS heap and wasm
//! memory. The report is also written to `target/bench/latest.md` (figures in `latest.json`,
//! compared with `tests/bench/baseline.json` when it exists).

use std::path::Path;
use std::time::Instant;

use crate::run::{self, root};
use crate::{compress, synth, tools};

/// Synthetic dataset sizes, after the real dataset.
const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

const USAGE: &str =
    "usage: cargo xtask bench [--no-build] [--profile] [--lighthouse-only | --no-lighthouse] \
[--lighthouse-runs N] [--audit PATH]... [--encoding gzip|br|identity] [--baseline FILE] [--against DIR]

  --no-build          measure the current dist/ (no release build)
  --profile           add a CPU profile and a trace summary of the real data (its load, 20 chip clicks) and of the largest dataset
  --lighthouse-only   only the Lighthouse audits (quick to re-run after a change)
  --no-lighthouse     everything but Lighthouse
  --lighthouse-runs N Lighthouse runs per page and preset (default 3; the median is reported)
  --audit PATH        also audit this page of the site (e.g. clusters/aerospace-valley/);
                      a generated cluster page is audited anyway when the build has them
  --encoding E        what the bench server sends: gzip (default, the common host), br
                      (the precompressed .br copies), identity
  --baseline FILE     compare with this latest.json (default tests/bench/baseline.json)
  --against DIR       another built site (e.g. a copy of target/bench/site made before a
                      change), measured in the same run, interleaved with this build: its
                      atlas joins the plain-page comparison and the Lighthouse rounds";

pub fn run(args: &[String]) -> Result<(), String> {
    let mut node_args: Vec<String> = Vec::new();
    let (mut build, mut profile, mut lighthouse_only) = (true, false, false);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--help" | "-h" => {
                println!("{USAGE}");
                return Ok(());
            }
            "--no-build" => build = false,
            "--profile" => profile = true,
            "--lighthouse-only" => {
                lighthouse_only = true;
                node_args.push(arg.clone());
            }
            "--no-lighthouse" => node_args.push(arg.clone()),
            "--lighthouse-runs" | "--audit" | "--encoding" | "--baseline" | "--against" => {
                let value = rest
                    .next()
                    .ok_or_else(|| format!("{arg} needs a value; {USAGE}"))?;
                node_args.extend([arg.clone(), value.clone()]);
            }
            unknown => return Err(format!("unknown argument {unknown}; {USAGE}")),
        }
    }
    let started = Instant::now();
    tools::setup(&[&tools::CHROMIUM])?;
    if build {
        println!("==> release build (trunk build --release, then precompressed copies)");
        crate::release_build()?;
    } else {
        println!("==> using the current dist/ (--no-build)");
    }
    let root = root();
    let site = root.join("target/bench/site");
    println!("==> copying dist/ to {}", site.display());
    if site.exists() {
        std::fs::remove_dir_all(&site).map_err(|e| format!("{}: {e}", site.display()))?;
    }
    copy_dir(&root.join("dist"), &site)?;
    let plain = site.join("plain");
    println!(
        "==> plain Leaflet page (tests/bench/plain/) in {}",
        plain.display()
    );
    copy_dir(&root.join("tests/bench/plain"), &plain)?;
    for file in ["leaflet.js", "leaflet.css"] {
        let from = root.join("public/vendor/leaflet").join(file);
        std::fs::copy(&from, plain.join(file)).map_err(|e| format!("{}: {e}", from.display()))?;
    }
    compress::precompress(&plain)?;
    if !lighthouse_only {
        for size in SIZES {
            let out = site.join(format!("bench-{size}.json"));
            let bytes = synth::write(size, synth::DEFAULT_SEED, &out)?;
            println!(
                "==> synthetic dataset: {size} clusters, {bytes} bytes, valid ({})",
                out.display()
            );
        }
    }
    println!("==> measuring in headless Chromium (progress on stderr)");
    let sizes = SIZES.map(|s| s.to_string()).join(",");
    let out = root.join("target/bench/latest.md");
    let site_arg = site.to_string_lossy();
    let out_arg = out.to_string_lossy();
    let mut node = run::command(
        "node",
        &[
            "tests/bench/bench.mjs",
            "--site",
            &site_arg,
            "--sizes",
            &sizes,
            "--out",
            &out_arg,
        ],
    );
    node.args(&node_args);
    node.env("CHROME_PATH", tools::CHROMIUM.path());
    if profile {
        node.arg("--profile");
        // The same build before wasm-opt keeps the wasm function names (used if it matches).
        let bindgen = root.join("target/wasm-bindgen/release");
        for (file, option) in [
            ("poles_bg.wasm", "--named-wasm"),
            ("poles.js", "--named-glue"),
        ] {
            let copy = root.join("target/bench").join(file);
            if std::fs::copy(bindgen.join(file), &copy).is_ok() {
                node.arg(option).arg(copy);
            }
        }
    }
    run::status(&mut node)?;
    println!(
        "==> report written to {} ({} s in all)",
        out.display(),
        started.elapsed().as_secs()
    );
    Ok(())
}

/// Copies a directory tree (files and directories only).
fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    let error = |path: &Path, e: std::io::Error| format!("{}: {e}", path.display());
    std::fs::create_dir_all(to).map_err(|e| error(to, e))?;
    for entry in std::fs::read_dir(from).map_err(|e| error(from, e))? {
        let entry = entry.map_err(|e| error(from, e))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if entry.file_type().map_err(|e| error(&source, e))?.is_dir() {
            copy_dir(&source, &target)?;
        } else {
            std::fs::copy(&source, &target).map_err(|e| error(&source, e))?;
        }
    }
    Ok(())
}
