//! Helpers shared by the integration tests.

use std::time::{Duration, Instant};

/// Asserts that `run` does work linear in its size, by its growth rather than by a time limit
/// (which depends on the machine): `run(8 * n)` must take less than 24 times as long as
/// `run(n)`. Linear work takes about 8 times as long, quadratic work 64 times. The margin is
/// wide because other tests run at the same time on a busy machine; the best of 3 runs of each
/// size is compared for the same reason.
pub fn assert_linear_growth(what: &str, n: usize, mut run: impl FnMut(usize)) {
    let mut best = |size: usize| -> Duration {
        (0..3)
            .map(|_| {
                let started = Instant::now();
                run(size);
                started.elapsed()
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
