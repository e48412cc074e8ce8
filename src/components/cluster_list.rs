//! The list of visible clusters, beside the map (below it on narrow screens).

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::Selection;

use crate::i18n::{format_count, texts};
use crate::state::{Atlas, View};

/// One item per visible cluster, in the selection's order; the count is announced politely.
#[component]
pub fn ClusterList(atlas: Arc<Atlas>, selection: Memo<Selection>) -> impl IntoView {
    let view = expect_context::<View>();
    let count = move || {
        let lang = view.lang.get();
        (texts(lang).clusters_shown)(&format_count(lang, selection.with(|s| s.visible.len())))
    };
    view! {
        <section class="list-panel" aria-labelledby="list-heading">
            <h2 id="list-heading">{move || texts(view.lang.get()).list_label}</h2>
            <p class="count" aria-live="polite">{count}</p>
            <ul role="list" class="cluster-list">
                <For each=move || selection.get().visible key=|position| *position let:position>
                    <ClusterItem atlas=atlas.clone() position/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn ClusterItem(atlas: Arc<Atlas>, position: usize) -> impl IntoView {
    let view = expect_context::<View>();
    let cluster = atlas.cluster(position);
    let id = cluster.id.clone();
    let open = move |_| {
        let id = id.clone();
        view.state.update(|s| s.cluster = Some(id));
    };
    view! {
        <li class="cluster-item" data-id=cluster.id.clone()>
            <button type="button" class="cluster-name" on:click=open>
                {cluster.name.clone()}
            </button>
            <span class="cluster-city">{cluster.hq.city.clone()}</span>
        </li>
    }
}
