//! Deferred work, owned by the reactive owner that schedules it: a task later or before the next
//! paint, cancelled when that owner is cleaned up (an `Effect` running again, a component
//! disposed). Work scheduled by a view can then never run after the view is gone, and read a
//! signal or a `NodeRef` that was disposed with it (a panic in Leptos 0.8: issue 20, where a list
//! item scrolling itself into view at the next frame had been removed by the next keystroke).
//!
//! The rule (ARCHITECTURE.md, "Deferred work"): every timeout, animation frame and async
//! continuation in `src/` goes through here, or says beside it why it cannot outlive its view.
//! Called inside an `Effect`, the work belongs to that run of the effect: a newer run cancels it.

use std::time::Duration;

use leptos::prelude::*;

/// Runs `work` in a task of its own (a timeout with no delay), unless the current owner is
/// cleaned up first.
pub fn next_task(work: impl FnOnce() + 'static) {
    if let Ok(handle) = set_timeout_with_handle(work, Duration::ZERO) {
        on_cleanup(move || handle.clear());
    }
}

/// Runs `work` every `period` until the current owner is cleaned up.
pub fn every(period: Duration, work: impl Fn() + 'static) {
    if let Ok(handle) = set_interval_with_handle(work, period) {
        on_cleanup(move || handle.clear());
    }
}

/// Runs `work` before the next paint, unless the current owner is cleaned up first.
pub fn next_frame(work: impl FnOnce() + 'static) {
    if let Ok(handle) = request_animation_frame_with_handle(work) {
        on_cleanup(move || handle.cancel());
    }
}

/// Resolves in a task of its own ([`next_task`]): an async step that awaits it and the work
/// before it block the main thread in two tasks, not one. Owned like any deferred work: when
/// the owner is cleaned up first, the task is cancelled and the channel closed, and this
/// resolves at once (its awaiter is then being dropped with that owner). (A JS promise from
/// an `inline_js` snippet saves 56 bytes of wasm, gzip, and costs the first visit a request.)
pub async fn task_later() {
    let (done, later) = futures_channel::oneshot::channel();
    next_task(move || _ = done.send(()));
    _ = later.await;
}
