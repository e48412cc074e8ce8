//! The page footer: where the data comes from and when it was last updated (from the dataset's
//! own metadata).

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::{Atlas, View};

#[component]
pub fn AppFooter(atlas: Arc<Atlas>) -> impl IntoView {
    let view = expect_context::<View>();
    let licence = atlas.dataset.licence.clone();
    let text = move || {
        let t = view.texts();
        let dataset = &atlas.dataset;
        t.data_updated(t.data(&dataset.title).text, &t.dates().iso_day(&dataset.updated))
    };
    view! {
        <footer class="app-footer">
            <p>{text}</p>
            <p class="licence">{licence}</p>
        </footer>
    }
}
