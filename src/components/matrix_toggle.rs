//! The header button that shows or hides the regions × sectors table (`view=matrix`).

use leptos::prelude::*;

use crate::history::Entry;
use crate::state::View;

/// The header button that shows or hides the table: its name, or a shorter one on narrow
/// screens (CSS shows one of the two); in the slim bar of an embed, a table icon (named for
/// screen readers and by its tooltip), so that the bar keeps one row at 320 px.
#[component]
pub fn MatrixToggle() -> impl IntoView {
    let view = expect_context::<View>();
    let on = move || view.state.with(|s| s.matrix);
    let embedded = view.state.with_untracked(|s| s.embed);
    let label = move || {
        if embedded {
            view! {
                <svg class="icon-table" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    <rect x="1" y="2" width="14" height="12" rx="1"></rect>
                    <path d="M1 6h14M1 10h14M6 2v12"></path>
                </svg>
                <span class="visually-hidden">{move || view.texts().matrix_toggle()}</span>
            }
            .into_any()
        } else {
            view! {
                <span class="label-long">{move || view.texts().matrix_toggle()}</span>
                <span class="label-short">{move || view.texts().matrix_toggle_short()}</span>
            }
            .into_any()
        }
    };
    view! {
        <button
            type="button"
            class="tool matrix-toggle"
            title=move || embedded.then(|| view.texts().matrix_toggle())
            aria-pressed=move || on().to_string()
            on:click=move |_| view.navigate(Entry::Push, |s| {
                s.matrix = !s.matrix;
                s.cluster = None;
            })
        >
            {label()}
        </button>
    }
}
