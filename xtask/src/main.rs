//! `cargo xtask`: the project's commands, so that a fresh machine with only rustup, cargo,
//! node and npm needs two of them (`serve` and `test`). Each installs what is missing first.
//!
//! ```text
//! cargo xtask serve [--release]   install what is missing, serve the app at http://127.0.0.1:8080
//! cargo xtask test                install what is missing, run every check and test
//! cargo xtask build               install what is missing, build the release app into dist/
//!                                 (with precompressed .gz and .br copies of its text files)
//! cargo xtask setup [--browser]   only install what is missing
//! cargo xtask validate [FILE...]  check datasets (default: data/clusters.json)
//! cargo xtask schema [--check]    write (or check) data/clusters.schema.json
//! cargo xtask bench [OPTIONS]     build, then measure sizes, load and interaction times,
//!                                 Lighthouse scores and a plain Leaflet page (see bench.rs)
//! cargo xtask synth N [--seed S] [--out FILE]   write a seeded synthetic dataset of N clusters
//! ```

mod bench;
mod compress;
mod run;
mod schema;
mod synth;
mod tools;
mod validate;

use std::process::ExitCode;

use run::{Outcome, Session};

const USAGE: &str = "usage: cargo xtask <serve [--release] | test | build | setup [--browser] | validate [FILE...] | schema [--check] | bench [--help] | synth N [--seed S] [--out FILE]>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "serve" => serve(rest.iter().any(|a| a == "--release")),
        "test" => test(),
        "build" => tools::setup(false).and_then(|_| release_build()),
        "setup" => tools::setup(rest.iter().any(|a| a == "--browser")),
        "validate" => validate::run(rest),
        "schema" => schema::run(rest.iter().any(|a| a == "--check")),
        "bench" => bench::run(rest),
        "synth" => synth::run(rest),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask: {error}");
            ExitCode::FAILURE
        }
    }
}

/// The release build into `dist/`, then the precompressed copies of its text files.
pub fn release_build() -> Result<(), String> {
    run::trunk_build()?;
    compress::precompress(&run::root().join("dist")).map(drop)
}

/// Installs what is missing and serves the app with Trunk at http://127.0.0.1:8080.
fn serve(release: bool) -> Result<(), String> {
    tools::setup(false)?;
    println!("==> serving at http://127.0.0.1:8080 (Ctrl-C to stop)");
    let mut trunk = run::trunk(&["serve"]);
    if release {
        trunk.arg("--release");
    }
    run::status(&mut trunk)
}

/// Installs what is missing and runs every check and test; ends with a summary line.
fn test() -> Result<(), String> {
    tools::setup(true)?;
    let mut session = Session::default();
    session.step(
        "formatting (cargo fmt --check)",
        run::cargo(&["fmt", "--all", "--check"]),
    );
    session.step(
        "lints (cargo clippy --all-targets -- -D warnings)",
        run::cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--locked",
            "--",
            "-D",
            "warnings",
        ]),
    );
    session.step(
        "native tests (cargo test)",
        run::cargo(&["test", "--workspace", "--locked"]),
    );
    session.check("dataset (cargo xtask validate)", || validate::run(&[]));
    session.check(
        "vendored Leaflet equals npm leaflet",
        tools::check_vendored_leaflet,
    );
    session.check(
        "Trunk.toml pins the Cargo.lock wasm-bindgen",
        tools::check_trunk_pins,
    );
    let build = "release build (trunk build --release)";
    session.check(build, run::trunk_build);
    session.require(build);
    let mut e2e = std::process::Command::new("node");
    e2e.args([
        "--test",
        "--test-concurrency=1",
        "--test-reporter=spec",
        "tests/e2e/",
    ]);
    session.step("end-to-end tests (headless Chromium)", e2e);
    match session.finish() {
        Outcome::Passed => Ok(()),
        Outcome::Failed => Err("some checks failed (see above)".to_owned()),
    }
}
