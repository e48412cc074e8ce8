//! The page footer: where the data comes from and when it was last updated (from the dataset's
//! own metadata).

use std::sync::Arc;

use leptos::prelude::*;

use poles_model::Dataset;

use crate::i18n::Texts;
use crate::state::{Atlas, View};

/// “Data: {title}, updated {date}.”, the title marked as English where the dataset has none in
/// the reader's language.
pub fn data_updated(t: Texts, dataset: &Dataset) -> impl IntoView {
    let title = t.data(&dataset.title);
    let text = t.data_updated("\u{1}", &t.dates().iso_day(&dataset.updated));
    let (before, after) = text.split_once('\u{1}').unwrap_or((&text, ""));
    view! { {before.to_owned()}<span lang=title.lang()>{title.text.to_owned()}</span>{after.to_owned()} }
}

/// The dataset's licence statement, marked as English where the dataset has none in the
/// reader's language.
pub fn licence(t: Texts, dataset: &Dataset) -> impl IntoView {
    let licence = t.data(&dataset.licence);
    view! { <p class="licence" lang=licence.lang()>{licence.text.to_owned()}</p> }
}

#[component]
pub fn AppFooter(atlas: Arc<Atlas>) -> impl IntoView {
    let view = expect_context::<View>();
    let text = move || {
        let t = view.texts();
        view! { <p>{data_updated(t, &atlas.dataset)}</p>{licence(t, &atlas.dataset)} }
    };
    view! { <footer class="app-footer">{text}</footer> }
}
