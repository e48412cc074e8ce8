//! Loading state, load errors (with Retry) and notices about partly unusable data.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::timeline::Stand;
use poles_model::{Issue, Selection, Severity};

use crate::load::LoadFailure;
use crate::state::{Atlas, View};

/// Most dataset issues listed in the notice (the console has them all).
const MAX_LISTED_ISSUES: usize = 20;

/// Shown while the dataset loads.
#[component]
pub fn Loading() -> impl IntoView {
    let view = expect_context::<View>();
    view! { <p class="status" role="status">{move || view.texts().loading()}</p> }
}

/// A load failure: what went wrong, and a Retry button that bumps `retry`.
#[component]
pub fn LoadErrorAlert(failure: LoadFailure, retry: RwSignal<u32>) -> impl IntoView {
    let view = expect_context::<View>();
    // The parser's own words (English) follow the sentence, marked as such.
    let parser_words = match &failure {
        LoadFailure::Invalid(error) => error.detail().map(str::to_owned),
        _ => None,
    };
    let detail = move || {
        let t = view.texts();
        match &failure {
            LoadFailure::Network(_) => t.network_error().to_owned(),
            LoadFailure::Timeout => t.timeout_error().to_owned(),
            LoadFailure::NotData(kind) => t.not_data_error(kind),
            LoadFailure::Status(status) => t.http_error(*status),
            LoadFailure::Invalid(error) => t.invalid_data(&t.load_error(error)),
            LoadFailure::InvalidGeometry => t.geometry_unavailable().to_owned(),
        }
    };
    view! {
        <div class="alert alert-error" role="alert">
            <p class="alert-title">{move || view.texts().load_failed()}</p>
            <p class="alert-detail">{detail} " " <ParserWords words=parser_words/></p>
            <button type="button" class="button" on:click=move |_| retry.update(|n| *n += 1)>
                {move || view.texts().retry()}
            </button>
        </div>
    }
}

/// The clusters shown whose label has passed its term with no later decision in the data
/// (after phase V, every one of them): the map and the list show them as last labelled, and
/// this says so, above the list (where it moves nothing the loading frames placed).
#[component]
pub fn UnconfirmedNotice(atlas: Arc<Atlas>, selection: Memo<Selection>) -> impl IntoView {
    let view = expect_context::<View>();
    let updated = atlas.index.updated();
    let unconfirmed = Memo::new(move |_| {
        selection.with(|s| {
            (s.visible.iter())
                .filter(|&&p| matches!(atlas.index.stand_at(p, s.day), Some(Stand::Unconfirmed(_))))
                .count()
        })
    });
    view! {
        // Hidden rather than removed: Leptos 0.8 keeps a removed view's reactive text
        // subscribed to the language for good (ARCHITECTURE.md).
        <div class="notice notice-unconfirmed" role="status" hidden=move || unconfirmed.get() == 0>
            <p>{move || view.texts().sentences().unconfirmed_notice(unconfirmed.get(), updated)}</p>
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
    let errors: Vec<Issue> = atlas
        .issues
        .iter()
        .filter(|i| i.severity() == Severity::Error)
        .take(MAX_LISTED_ISSUES)
        .cloned()
        .collect();
    view! {
        <Show when=move || { skipped > 0 }>
            <div class="notice" role="status">
                <p>{move || view.texts().skipped_records(skipped)}</p>
                <details>
                    <summary>{move || view.texts().details()}</summary>
                    <ul class="issue-list">
                        {errors.iter().cloned().map(|issue| view! { <IssueItem issue/> }).collect_view()}
                    </ul>
                </details>
            </div>
        </Show>
        <Show when=move || geometry_failed.get()>
            <div class="notice" role="status">
                <p>
                    {move || view.texts().geometry_unavailable()}
                    " "
                    <button type="button" class="link-button" on:click=move |_| geometry_retry.update(|n| *n += 1)>
                        {move || view.texts().retry()}
                    </button>
                </p>
            </div>
        </Show>
    }
}

/// One dataset issue in the interface language: where, what, and the parser's own words when
/// there are some.
#[component]
fn IssueItem(issue: Issue) -> impl IntoView {
    let view = expect_context::<View>();
    let words = issue.kind.detail().map(str::to_owned);
    let sentence = move || {
        let t = view.texts();
        t.issue_line(issue.record.as_ref(), &issue.field, &t.issue(&issue.kind))
    };
    view! { <li>{sentence} " " <ParserWords words/></li> }
}

/// The parser's own words: not translated, so marked as English for screen readers and
/// translation tools.
#[component]
fn ParserWords(words: Option<String>) -> impl IntoView {
    words.map(|words| view! { <code class="parser-words" lang="en">{words}</code> })
}
