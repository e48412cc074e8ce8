//! The page footer: where the data comes from and when it was last updated (from the dataset's
//! own metadata).

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::format_date;
use crate::state::{Atlas, View};

#[component]
pub fn AppFooter(atlas: Arc<Atlas>) -> impl IntoView {
    let view = expect_context::<View>();
    let licence = atlas.dataset.licence.clone();
    let text = move || {
        let lang = view.lang.get();
        let dataset = &atlas.dataset;
        (view.texts().data_updated)(
            dataset.title.get(lang),
            &format_date(lang, &dataset.updated),
        )
    };
    view! {
        <footer class="app-footer">
            <p>{text}</p>
            <p class="licence">{licence}</p>
        </footer>
    }
}
