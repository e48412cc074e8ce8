//! Loading state, load errors (with Retry) and notices about partly unusable data.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::Severity;

use crate::load::LoadFailure;
use crate::state::{Atlas, View};

/// Most dataset issues listed in the notice (the console has them all).
const MAX_LISTED_ISSUES: usize = 20;

/// Shown while the dataset loads.
#[component]
pub fn Loading() -> impl IntoView {
    let view = expect_context::<View>();
    view! { <p class="status" role="status">{move || view.texts().loading}</p> }
}

/// A load failure: what went wrong, and a Retry button that bumps `retry`.
#[component]
pub fn LoadErrorAlert(failure: LoadFailure, retry: RwSignal<u32>) -> impl IntoView {
    let view = expect_context::<View>();
    let detail = move || {
        let t = view.texts();
        match &failure {
            LoadFailure::Network(_) => t.network_error.to_owned(),
            LoadFailure::Timeout => t.timeout_error.to_owned(),
            LoadFailure::NotData(kind) => (t.not_data_error)(kind),
            LoadFailure::Status(status) => (t.http_error)(*status),
            LoadFailure::Invalid(why) => format!("{} {why}", t.invalid_data),
        }
    };
    view! {
        <div class="alert alert-error" role="alert">
            <p class="alert-title">{move || view.texts().load_failed}</p>
            <p class="alert-detail">{detail}</p>
            <button type="button" class="button" on:click=move |_| retry.update(|n| *n += 1)>
                {move || view.texts().retry}
            </button>
        </div>
    }
}

/// Notices that keep the atlas usable: invalid records left out (how many and why), region
/// outlines missing.
#[component]
pub fn DataNotices(
    atlas: Arc<Atlas>,
    geometry_failed: Signal<bool>,
    geometry_retry: RwSignal<u32>,
) -> impl IntoView {
    let view = expect_context::<View>();
    let skipped = atlas.skipped;
    let errors: Vec<String> = atlas
        .issues
        .iter()
        .filter(|i| i.severity == Severity::Error)
        .take(MAX_LISTED_ISSUES)
        .map(ToString::to_string)
        .collect();
    view! {
        <Show when=move || { skipped > 0 }>
            <div class="notice" role="status">
                <p>{move || (view.texts().skipped_records)(skipped)}</p>
                <details>
                    <summary>{move || view.texts().details}</summary>
                    <ul class="issue-list">
                        {errors.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}
                    </ul>
                </details>
            </div>
        </Show>
        <Show when=move || geometry_failed.get()>
            <div class="notice" role="status">
                <p>
                    {move || view.texts().geometry_unavailable}
                    " "
                    <button type="button" class="link-button" on:click=move |_| geometry_retry.update(|n| *n += 1)>
                        {move || view.texts().retry}
                    </button>
                </p>
            </div>
        </Show>
    }
}
