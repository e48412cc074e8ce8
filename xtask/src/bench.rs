//! `cargo xtask bench [--no-build] [--profile]`: one benchmark, easy to compare between runs.
//!
//! Builds the release app, copies `dist/` to `target/bench/site/` (so that a concurrent build
//! cannot change it mid-run), writes the synthetic datasets of 1,000, 10,000 and 100,000
//! clusters there (`cargo xtask synth`, seed 1, each checked valid), then runs
//! `tests/bench/bench.mjs` in headless Chromium. It prints a Markdown report: the bytes a first
//! visit downloads (raw and gzip), and per dataset size the load, interactive, chip-click and
//! keystroke times with JS heap and wasm memory. The report is also written to
//! `target/bench/latest.md`. `--no-build` measures the current `dist/`; `--profile` adds a CPU
//! profile and a trace summary of the largest dataset (load and chip clicks).

use std::path::Path;
use std::time::Instant;

use crate::run::{self, root};
use crate::{synth, tools};

/// Synthetic dataset sizes, after the real dataset.
const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

pub fn run(args: &[String]) -> Result<(), String> {
    const USAGE: &str = "usage: cargo xtask bench [--no-build] [--profile]";
    if let Some(unknown) = args
        .iter()
        .find(|a| !matches!(a.as_str(), "--no-build" | "--profile"))
    {
        return Err(format!("unknown argument {unknown}; {USAGE}"));
    }
    let started = Instant::now();
    tools::setup(&[&tools::CHROMIUM])?;
    if args.iter().any(|a| a == "--no-build") {
        println!("==> using the current dist/ (--no-build)");
    } else {
        println!("==> release build (trunk build --release)");
        run::trunk_build()?;
    }
    let root = root();
    let site = root.join("target/bench/site");
    println!("==> copying dist/ to {}", site.display());
    if site.exists() {
        std::fs::remove_dir_all(&site).map_err(|e| format!("{}: {e}", site.display()))?;
    }
    copy_dir(&root.join("dist"), &site)?;
    for size in SIZES {
        let out = site.join(format!("bench-{size}.json"));
        let bytes = synth::write(size, synth::DEFAULT_SEED, &out)?;
        println!(
            "==> synthetic dataset: {size} clusters, {bytes} bytes, valid ({})",
            out.display()
        );
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
    if args.iter().any(|a| a == "--profile") {
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
