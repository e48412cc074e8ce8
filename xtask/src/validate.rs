//! `cargo xtask validate [FILE...]`: checks datasets and prints compiler-style messages
//! (`FILE: error: clusters[3] (id "x"), field `hq.lat`: ...`); fails on any error.

use std::path::PathBuf;

use poles_model::{Severity, Status};

use crate::run::root;

/// Validates each file (default: `data/clusters.json`).
pub fn run(files: &[String]) -> Result<(), String> {
    let files: Vec<PathBuf> = if files.is_empty() {
        vec![root().join("data/clusters.json")]
    } else {
        files.iter().map(PathBuf::from).collect()
    };
    let mut failed = 0;
    for file in &files {
        let name = file.display();
        let bytes = std::fs::read(file).map_err(|e| format!("{name}: {e}"))?;
        match poles_model::load(&bytes) {
            Err(error) => {
                println!("{name}: error: {error}");
                failed += 1;
            }
            Ok(loaded) => {
                for issue in &loaded.issues {
                    println!("{name}: {issue}");
                }
                let errors = loaded
                    .issues
                    .iter()
                    .filter(|i| i.severity() == Severity::Error)
                    .count();
                let warnings = loaded.issues.len() - errors;
                let clusters = &loaded.dataset.clusters;
                let current = clusters
                    .iter()
                    .filter(|c| c.status == Status::Current)
                    .count();
                println!(
                    "{name}: {} valid records ({current} current, {} historical), {errors} errors, {warnings} warnings",
                    clusters.len(),
                    clusters.len() - current,
                );
                failed += usize::from(errors > 0);
            }
        }
    }
    match failed {
        0 => Ok(()),
        n => Err(format!("{n} of {} datasets have errors", files.len())),
    }
}
