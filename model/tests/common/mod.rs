//! Helpers shared by the integration tests.

use std::time::Duration;

/// Asserts that `run` does work linear in its size, by its growth rather than by a time limit
/// (which depends on the machine): `run(8 * n)` must take less than 24 times as long as
/// `run(n)`. Linear work takes about 8 times as long, quadratic work 64 times. Time is the
/// thread's CPU time, which other processes and tests do not inflate; the margin is still wide
/// and the best of 3 runs of each size is compared, as caches are shared.
pub fn assert_linear_growth(what: &str, n: usize, mut run: impl FnMut(usize)) {
    let mut best = |size: usize| -> Duration {
        (0..3)
            .map(|_| {
                let started = thread_cpu_time();
                run(size);
                thread_cpu_time().saturating_sub(started)
            })
            .min()
            .expect("three runs")
    };
    let (small, large) = (best(n), best(8 * n));
    assert!(
        large < small * 24,
        "{what}: {small:?} at {n}, {large:?} at {} (more than 24 times as long)",
        8 * n
    );
}

/// The CPU time this thread has used.
#[cfg(unix)]
fn thread_cpu_time() -> Duration {
    let mut time = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `clock_gettime` only writes the `timespec` it is given, which lives on this
    // stack frame; CLOCK_THREAD_CPUTIME_ID is a clock every Unix this runs on has.
    let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut time) };
    assert_eq!(status, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    Duration::new(time.tv_sec as u64, time.tv_nsec as u32)
}

/// Elsewhere, wall-clock time since the first call.
#[cfg(not(unix))]
fn thread_cpu_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}
