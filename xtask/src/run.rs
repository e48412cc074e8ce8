//! Running commands: the environment they need (tools on PATH, Trunk offline), and the test
//! session that streams each step's output, counts tests and prints one summary line.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the repository")
        .to_owned()
}

/// PATH with the npm tools (wasm-opt from binaryen) and cargo's bin directory first.
pub fn tool_path() -> String {
    let mut dirs = vec![root().join("node_modules/.bin")];
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    let existing = std::env::var_os("PATH").unwrap_or_default();
    let joined = std::env::join_paths(dirs.into_iter().chain(std::env::split_paths(&existing)));
    joined
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A command run from the repository root with the tool PATH.
pub fn command(program: &str, args: &[&str]) -> Command {
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(root())
        .env("PATH", tool_path());
    command
}

/// `cargo ARGS`.
pub fn cargo(args: &[&str]) -> Command {
    command(
        &std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()),
        args,
    )
}

/// `trunk ARGS`, offline (Trunk.toml) and without its update check.
pub fn trunk(args: &[&str]) -> Command {
    let mut trunk = command("trunk", args);
    trunk.env("TRUNK_SKIP_VERSION_CHECK", "true");
    trunk
}

/// Runs a command to completion; an error names it when it fails.
pub fn status(command: &mut Command) -> Result<(), String> {
    let status = command
        .status()
        .map_err(|e| format!("could not run {command:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", command.get_program()))
    }
}

/// Runs a long-lived command (`trunk serve`) until it ends or xtask is asked to stop (SIGINT,
/// SIGTERM, SIGHUP). The command runs in a process group of its own, so that stopping reaches
/// it and whatever it started (the cargo build Trunk may be running): SIGTERM to the group,
/// then SIGKILL to what is left after a few seconds. Being stopped is a success.
#[cfg(unix)]
pub fn until_stopped(mut command: Command) -> Result<(), String> {
    use std::os::unix::process::CommandExt;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    use std::time::Duration;

    let mut child = command
        .process_group(0)
        .spawn()
        .map_err(|e| format!("could not run {:?}: {e}", command.get_program()))?;
    let group = libc::pid_t::try_from(child.id()).map_err(|e| e.to_string())?;
    // Sends `signal` to every process of the group; false once the group is gone.
    let signal_group = move |signal| {
        // SAFETY: kill(2) takes plain integers and has no memory-safety requirement; a
        // negative pid addresses the process group, which is the child's own.
        unsafe { libc::kill(-group, signal) == 0 }
    };
    let stopping = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stopping);
    ctrlc::set_handler(move || {
        flag.store(true, Ordering::SeqCst);
        signal_group(libc::SIGTERM);
    })
    .map_err(|e| format!("could not install the signal handler: {e}"))?;
    let exit = child.wait().map_err(|e| e.to_string())?;
    if !stopping.load(Ordering::SeqCst) {
        return if exit.success() {
            Ok(())
        } else {
            Err(format!("{:?} failed ({exit})", command.get_program()))
        };
    }
    // Trunk has exited; give what it started a moment to follow, then make sure.
    for _ in 0..50 {
        if !signal_group(0) {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    if signal_group(libc::SIGKILL) {
        println!(
            "==> stopped (the leftovers of {:?} were killed)",
            command.get_program()
        );
    } else {
        println!("==> stopped");
    }
    Ok(())
}

/// Runs a long-lived command until it ends (Ctrl-C reaches it directly).
#[cfg(not(unix))]
pub fn until_stopped(mut command: Command) -> Result<(), String> {
    status(&mut command)
}

/// Builds the release app into `dist/` (Trunk runs cargo offline: fetch first).
pub fn trunk_build() -> Result<(), String> {
    status(&mut cargo(&[
        "fetch",
        "--locked",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    status(&mut trunk(&["build", "--release"]))
}

/// Whether the whole session passed.
pub enum Outcome {
    Passed,
    Failed,
}

/// A test session: every step runs (so one run shows every problem) except those that need a
/// step that failed; tests are counted from the output of `cargo test` and `node --test`,
/// other checks count as one test each.
#[derive(Default)]
pub struct Session {
    passed: usize,
    failed: usize,
    /// Known failures marked TODO in node's runner: counted apart, never as passes.
    todo: usize,
    failed_steps: Vec<String>,
    /// Why the remaining steps cannot run, if they cannot.
    blocked_by: Option<String>,
    started: Option<Instant>,
}

impl Session {
    fn begin(&mut self, name: &str) -> bool {
        self.started.get_or_insert_with(Instant::now);
        if let Some(cause) = &self.blocked_by {
            println!("==> skipped: {name} (needs: {cause})");
            return false;
        }
        println!("==> {name}");
        true
    }

    fn end(&mut self, name: &str, ok: bool, counted: bool) {
        if !counted {
            *if ok {
                &mut self.passed
            } else {
                &mut self.failed
            } += 1;
        }
        if !ok {
            self.failed_steps.push(name.to_owned());
        }
    }

    /// Runs a command, echoing its output and counting the tests it reports.
    pub fn step(&mut self, name: &str, mut command: Command) {
        if !self.begin(name) {
            return;
        }
        command.stdout(Stdio::piped());
        let failed_before = self.failed;
        let (ok, counted) = match command.spawn() {
            Ok(mut child) => {
                let mut counted = false;
                if let Some(stdout) = child.stdout.take() {
                    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                        println!("{line}");
                        if let Some(counts) = test_counts(&line) {
                            self.passed += counts.passed;
                            self.failed += counts.failed;
                            self.todo += counts.todo;
                            counted = true;
                        }
                    }
                }
                (child.wait().is_ok_and(|s| s.success()), counted)
            }
            Err(e) => {
                println!("could not run {:?}: {e}", command.get_program());
                (false, false)
            }
        };
        // A failing command that reported only passing tests still counts as one failure.
        let counted = counted && (ok || self.failed > failed_before);
        self.end(name, ok, counted);
    }

    /// Runs an in-process check.
    pub fn check(&mut self, name: &str, check: impl FnOnce() -> Result<(), String>) {
        if !self.begin(name) {
            return;
        }
        let result = check();
        if let Err(error) = &result {
            println!("FAILED: {error}");
        }
        self.end(name, result.is_ok(), false);
    }

    /// Skips the remaining steps if the step named `name` failed (they need its result).
    pub fn require(&mut self, name: &str) {
        if self.failed_steps.iter().any(|s| s == name) {
            self.blocked_by = Some(name.to_owned());
        }
    }

    /// Prints the summary and returns the outcome.
    pub fn finish(self) -> Outcome {
        let seconds = self.started.map_or(0, |s| s.elapsed().as_secs());
        println!();
        for step in &self.failed_steps {
            println!("failed step: {step}");
        }
        println!("time: {seconds} s");
        let todo = if self.todo > 0 {
            format!(", {} todo (known failures, listed above)", self.todo)
        } else {
            String::new()
        };
        println!(
            "summary: {} passed, {} failed{todo}",
            self.passed, self.failed
        );
        if self.failed_steps.is_empty() && self.failed == 0 {
            Outcome::Passed
        } else {
            Outcome::Failed
        }
    }
}

/// Tests counted from one line of output.
#[derive(Debug, Default, PartialEq)]
struct Counts {
    passed: usize,
    failed: usize,
    todo: usize,
}

/// Test counts from a result line of `cargo test` or of node's test runner.
fn test_counts(line: &str) -> Option<Counts> {
    if let Some(rest) = line.strip_prefix("test result:") {
        let count = |word: &str| {
            rest.split(';').find_map(|part| {
                let mut words = part.split_whitespace().rev();
                (words.next()? == word).then(|| words.next()?.parse().ok())?
            })
        };
        // An ignored test is a known failure (`#[ignore = "known: ..."]`): counted apart.
        return Some(Counts {
            passed: count("passed")?,
            failed: count("failed")?,
            todo: count("ignored").unwrap_or(0),
        });
    }
    let trimmed = line.trim_start_matches(['ℹ', '#', ' ']);
    let number = |prefix: &str| trimmed.strip_prefix(prefix)?.trim().parse().ok();
    if let Some(passed) = number("pass ") {
        return Some(Counts {
            passed,
            ..Counts::default()
        });
    }
    if let Some(failed) = number("fail ") {
        return Some(Counts {
            failed,
            ..Counts::default()
        });
    }
    number("todo ").map(|todo| Counts {
        todo,
        ..Counts::default()
    })
}

#[cfg(test)]
mod tests {
    use super::{test_counts, Counts};

    fn counts(passed: usize, failed: usize, todo: usize) -> Option<Counts> {
        Some(Counts {
            passed,
            failed,
            todo,
        })
    }

    #[test]
    fn reads_cargo_and_node_counts() {
        assert_eq!(
            test_counts("test result: ok. 12 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s"),
            counts(12, 0, 0)
        );
        assert_eq!(
            test_counts("test result: FAILED. 3 passed; 1 failed; 2 ignored"),
            counts(3, 1, 2)
        );
        assert_eq!(test_counts("ℹ pass 7"), counts(7, 0, 0));
        assert_eq!(test_counts("# fail 2"), counts(0, 2, 0));
        assert_eq!(test_counts("ℹ todo 5"), counts(0, 0, 5));
        assert_eq!(test_counts("running 3 tests"), None);
        assert_eq!(test_counts("ℹ tests 9"), None);
    }
}
