//! The "2006 world-class" view: the clusters the 2006 government brochure presented as
//! world-class, grouped by its technology fields, each with its 2006 name and what it is
//! called today (all from the dataset: `brochure_2006_name`, `brochure_2006_field`).

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::dataset::Field2006;
use poles_model::Selection;

use crate::history::Entry;
use crate::state::{Atlas, View};

/// The toggle of the view (in the filter bar).
#[component]
pub fn View2006Toggle() -> impl IntoView {
    let view = expect_context::<View>();
    let on = move || view.state.with(|s| s.filters.brochure_2006);
    view! {
        <button
            type="button"
            class="chip chip-view"
            aria-pressed=move || on().to_string()
            on:click=move |_| view.navigate(Entry::Push, |s| s.filters.brochure_2006 = !s.filters.brochure_2006)
        >
            {move || view.texts().view_2006()}
        </button>
    }
}

/// The grouped list, shown while the view is on (within the other filters).
#[component]
pub fn View2006Panel(atlas: Arc<Atlas>, selection: Memo<Selection>) -> impl IntoView {
    let view = expect_context::<View>();
    move || {
        if !view.state.with(|s| s.filters.brochure_2006) {
            return None;
        }
        let t = view.texts();
        let visible = selection.with(|s| s.visible.clone());
        let groups = Field2006::ALL
            .into_iter()
            .filter_map(|field| {
                let members: Vec<usize> = visible
                    .iter()
                    .copied()
                    .filter(|&p| atlas.cluster(p).brochure_2006_field == Some(field))
                    .collect();
                (!members.is_empty()).then(|| {
                    let items = members
                        .into_iter()
                        .map(|p| {
                            let cluster = atlas.cluster(p);
                            let id = cluster.id.clone();
                            let open = move |_| {
                                let id = id.clone();
                                view.navigate(Entry::Push, |s| s.cluster = Some(id));
                            };
                            view! {
                                <li data-id=cluster.id.to_string()>
                                    <span class="name-2006">
                                        <span class="label">{t.name_2006()}" "</span>
                                        {cluster.brochure_2006_name.clone()}
                                    </span>
                                    <span class="name-today">
                                        <span class="label">{t.today()}" "</span>
                                        <button type="button" class="link-button" on:click=open>{cluster.name.clone()}</button>
                                    </span>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="field-2006">
                            <h3>{t.field_2006(field)}</h3>
                            <ul role="list">{items}</ul>
                        </section>
                    }
                })
            })
            .collect_view();
        Some(view! {
            <section class="view-2006" aria-labelledby="view-2006-title">
                <h2 id="view-2006-title">{t.view_2006_heading()}</h2>
                <p class="view-2006-intro">{t.view_2006_intro()}</p>
                {groups}
            </section>
        })
    }
}
