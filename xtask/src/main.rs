//! `cargo xtask`: the project's commands, so that a fresh machine with only rustup, cargo,
//! node and npm needs two of them (`serve` and `test`). Each installs what is missing first.
//!
//! ```text
//! cargo xtask serve [--release]   install what is missing, serve the app at http://127.0.0.1:8080
//! cargo xtask test                install what is missing, run every check and test
//! cargo xtask build               install what is missing, build the release app into dist/
//!                                 (with precompressed .gz and .br copies of its text files)
//! cargo xtask setup [--browser]   only install what is missing (--browser: Chromium, Firefox ESR)
//! cargo xtask validate [FILE...]  check datasets (default: data/clusters.json)
//! cargo xtask schema [--check]    write (or check) data/clusters.schema.json
//! cargo xtask corpus [--check]    write (or check) the bad-dataset corpus tests/datasets/bad/
//! cargo xtask catalogue [--check] write (or check) the app's lists of strings from i18n/catalogue/
//!                                 (src/i18n/strings.rs, public/i18n/; see catalogue.rs)
//! cargo xtask bench [OPTIONS]     build, then measure sizes, load and interaction times,
//!                                 Lighthouse scores and a plain Leaflet page (see bench.rs)
//! cargo xtask synth N [--seed S] [--out FILE]   write a seeded synthetic dataset of N clusters
//! cargo xtask pages [--dist DIR] [--data FILE] [--site-url URL] [--trunk]   write the static pages
//!                                 (see render.rs)
//! cargo xtask share-image         build, then screenshot the atlas into public/share.png
//! cargo xtask fuzz [--steps N] [--seed S] [--layout desktop|phone|embed|all]
//!                                 build, then run the interface fuzzer (tests/e2e/fuzz.mjs)
//! ```

mod bench;
mod catalogue;
mod compress;
mod corpus;
mod render;
mod run;
mod schema;
mod synth;
mod tools;
mod validate;

use std::process::ExitCode;

use run::{Outcome, Session};

const USAGE: &str = "usage: cargo xtask <serve [--release] | test | build | setup [--browser] | validate [FILE...] | schema [--check] | corpus [--check] | catalogue [--check] | bench [--help] | synth N [--seed S] [--out FILE] | pages [--dist DIR] [--data FILE] [--site-url URL] [--trunk] | share-image | fuzz [--steps N] [--seed S] [--layout L]>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let result = match command.as_str() {
        "serve" => serve(rest.iter().any(|a| a == "--release")),
        "test" => test(),
        "build" => tools::setup(&[]).and_then(|_| release_build()),
        "setup" => tools::setup(if rest.iter().any(|a| a == "--browser") {
            &TEST_BROWSERS
        } else {
            &[]
        }),
        "validate" => validate::run(rest),
        "schema" => schema::run(rest.iter().any(|a| a == "--check")),
        "corpus" => corpus::run(rest.iter().any(|a| a == "--check")),
        "catalogue" => catalogue::run(rest.iter().any(|a| a == "--check")),
        "bench" => bench::run(rest),
        "synth" => synth::run(rest),
        "pages" => render::run(rest),
        "share-image" => share_image(),
        "fuzz" => fuzz(rest),
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

/// The browsers `cargo xtask test` drives.
const TEST_BROWSERS: [&tools::Browser; 2] = [&tools::CHROMIUM, &tools::FIREFOX];

/// The release build into `dist/` (with the static pages, by Trunk's post-build hook), then the
/// precompressed copies of its text files.
pub fn release_build() -> Result<(), String> {
    run::trunk_build()?;
    render::check(&run::root().join("dist"))?;
    compress::precompress(&run::root().join("dist")).map(drop)
}

/// Installs what is missing and serves the app with Trunk at http://127.0.0.1:8080. Stopping
/// xtask (Ctrl-C, SIGTERM, SIGHUP) stops Trunk and the build it may be running.
fn serve(release: bool) -> Result<(), String> {
    tools::setup(&[])?;
    println!("==> serving at http://127.0.0.1:8080 (Ctrl-C to stop)");
    let mut trunk = run::trunk(&["serve"]);
    if release {
        trunk.arg("--release");
    }
    run::until_stopped(trunk)
}

/// Builds the app, screenshots it into `public/share.png` (the pages' share image, committed so
/// that builds need no browser), and writes the pages again so that dist/ has it.
fn share_image() -> Result<(), String> {
    tools::setup(&[&tools::CHROMIUM])?;
    run::trunk_build()?;
    let mut node = run::command("node", &["tests/share-image/share-image.mjs"]);
    node.env("CHROME_PATH", tools::CHROMIUM.path());
    run::status(&mut node)?;
    render::run(&[])?;
    println!("==> public/share.png is new: commit it");
    Ok(())
}

/// Builds the release app, then runs the interface fuzzer on it: `--steps` random interactions
/// (shared among the layouts, which run side by side) from `--seed`, in `--layout` (default:
/// all three). It prints each layout's figures (steps, heap and wasm memory before and after, DOM
/// nodes against a fresh load) and fails on any error or growth beyond the limits.
fn fuzz(args: &[String]) -> Result<(), String> {
    const OPTIONS: [&str; 3] = ["--steps", "--seed", "--layout"];
    if args.len() % 2 != 0
        || !args
            .iter()
            .step_by(2)
            .all(|a| OPTIONS.contains(&a.as_str()))
    {
        return Err(format!(
            "usage: cargo xtask fuzz [{}]",
            OPTIONS.join(" V] [")
        ));
    }
    tools::setup(&[&tools::CHROMIUM])?;
    release_build()?;
    let mut node = run::command("node", &["tests/e2e/fuzz.mjs"]);
    node.args(args).env("CHROME_PATH", tools::CHROMIUM.path());
    run::status(&mut node)
}

/// Installs what is missing and runs every check and test; ends with a summary line.
fn test() -> Result<(), String> {
    tools::setup(&TEST_BROWSERS)?;
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
        "vendored Leaflet and Leaflet.markercluster equal their npm packages",
        tools::check_vendored,
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
    session.step(
        "end-to-end tests (headless Chromium; Firefox ESR smoke run)",
        e2e,
    );
    match session.finish() {
        Outcome::Passed => Ok(()),
        Outcome::Failed => Err("some checks failed (see above)".to_owned()),
    }
}
