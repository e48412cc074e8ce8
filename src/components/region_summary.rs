//! The summary of the selected region: its name, its number of visible clusters per primary
//! sector, and a way back to all of France.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::Selection;

use super::Swatch;
use crate::history::Entry;
use crate::i18n::format_count;
use crate::state::{Atlas, View};

#[component]
pub fn RegionSummary(atlas: Arc<Atlas>, selection: Memo<Selection>) -> impl IntoView {
    let view = expect_context::<View>();
    let region = {
        let atlas = atlas.clone();
        move || {
            view.state.with(|s| {
                s.filters
                    .region
                    .as_deref()
                    .and_then(|code| atlas.region(code))
                    .cloned()
            })
        }
    };
    move || {
        let region = region()?;
        let atlas = atlas.clone();
        let rows = move || {
            let counts = selection.with(|s| atlas.index.count_by_primary_sector(&s.visible));
            let lang = view.lang.get();
            atlas
                .dataset
                .sectors
                .iter()
                .zip(counts)
                .filter(|(_, count)| *count > 0)
                .map(|(sector, count)| {
                    view! {
                        <li>
                            <Swatch colour=sector.color.clone()/>
                            <span class="summary-sector">{sector.label.get(lang).to_owned()}</span>
                            <span class="summary-count">{format_count(lang, count)}</span>
                        </li>
                    }
                })
                .collect_view()
        };
        let total = move || (view.texts().region_clusters)(selection.with(|s| s.visible.len()));
        Some(view! {
            <section class="region-summary" aria-labelledby="region-summary-title">
                <div class="summary-head">
                    <h2 id="region-summary-title">{region.name.clone()}</h2>
                    <button type="button" class="link-button" on:click=move |_| view.navigate(Entry::Push, |s| s.filters.region = None)>
                        {move || view.texts().all_of_france}
                    </button>
                </div>
                <p class="summary-total">{total}</p>
                <h3 class="visually-hidden">{move || view.texts().by_sector}</h3>
                <ul class="summary-sectors" role="list">{rows}</ul>
            </section>
        })
    }
}
