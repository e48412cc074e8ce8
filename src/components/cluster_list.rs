//! The list of visible clusters, beside the map (below it on narrow screens): synced with the
//! map (hovering or focusing an item highlights its marker; the open cluster's item is
//! highlighted and scrolled into view), rendered a page at a time.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::filter::Shown;
use poles_model::{export, Day, Selection};

use super::Swatch;
use crate::history::Entry;
use crate::state::{Atlas, View};

/// Items rendered at first, and added by each "Show more".
const PAGE: usize = 200;

#[component]
pub fn ClusterList(atlas: Arc<Atlas>, selection: Memo<Selection>, day: Memo<Day>) -> impl IntoView {
    let view = expect_context::<View>();
    // Each new selection starts again at one page: the "Show more" clicks are counted for the
    // selection they were made on.
    let selections = Memo::new(move |seen: Option<&u64>| {
        selection.track();
        seen.map_or(0, |n| n + 1)
    });
    let more = RwSignal::new((0u64, 0usize));
    let limit = move || {
        let (made_on, clicks) = more.get();
        PAGE * (1 + if made_on == selections.get() {
            clicks
        } else {
            0
        })
    };
    let selected_position = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            view.state
                .with(|s| s.cluster.as_deref().and_then(|id| atlas.index.position(id)))
        })
    };
    // Enough items to include the open cluster.
    let shown = move || {
        let wanted = selected_position
            .get()
            .and_then(|p| selection.with(|s| s.visible.iter().position(|&v| v == p)));
        limit().max(wanted.map_or(0, |at| at + 1))
    };
    let items =
        move || selection.with(|s| s.visible.iter().take(shown()).copied().collect::<Vec<_>>());
    let remaining = move || selection.with(|s| s.visible.len()).saturating_sub(shown());
    let count = move || (view.texts().clusters_shown)(selection.with(|s| s.visible.len()));
    let empty = move || selection.with(|s| s.visible.is_empty());
    let download_atlas = atlas.clone();

    view! {
        <section class="list-panel" aria-labelledby="list-heading">
            <h2 id="list-heading">{move || view.texts().list_label}</h2>
            <p class="count" aria-live="polite" aria-atomic="true">{count}</p>
            <Show when=empty>
                <div class="empty">
                    <p>{move || view.texts().no_match}</p>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            view.navigate(Entry::Push, |s| {
                                s.filters.sectors.clear();
                                s.filters.region = None;
                                s.filters.query.clear();
                                s.filters.brochure_2006 = false;
                            })
                        }
                    >
                        {move || view.texts().clear_filters}
                    </button>
                </div>
            </Show>
            <ul role="list" class="cluster-list">
                <For each=items key=|position| *position let:position>
                    <ClusterItem atlas=atlas.clone() position day selected=Signal::derive(move || selected_position.get() == Some(position))/>
                </For>
            </ul>
            <DownloadButtons atlas=download_atlas selection/>
            <Show when=move || { remaining() > 0 }>
                <button
                    type="button"
                    class="button button-quiet"
                    on:click=move |_| {
                        let now = selections.get_untracked();
                        more.update(|(made_on, clicks)| {
                            *clicks = if *made_on == now { *clicks + 1 } else { 1 };
                            *made_on = now;
                        })
                    }
                >
                    {move || (view.texts().show_more)(remaining())}
                </button>
            </Show>
        </section>
    }
}

/// Downloads of the visible clusters (CSV for spreadsheets, JSON in the dataset format).
#[component]
fn DownloadButtons(atlas: Arc<Atlas>, selection: Memo<Selection>) -> impl IntoView {
    let view = expect_context::<View>();
    let save = move |csv: bool| {
        let visible = selection.with(|s| s.visible.clone());
        let (name, mime, text) = if csv {
            (
                "poles-clusters.csv",
                "text/csv;charset=utf-8",
                export::to_csv(&atlas.dataset, &visible, view.lang.get_untracked()),
            )
        } else {
            (
                "poles-clusters.json",
                "application/json",
                atlas.original.with(&visible),
            )
        };
        if let Err(error) = crate::download::save(name, mime, &text) {
            web_sys::console::error_2(&"Pôles: the download failed".into(), &error);
        }
    };
    let save_json = save.clone();
    view! {
        <p class="downloads">
            {move || view.texts().download}
            " "
            <button type="button" class="link-button" on:click=move |_| save(true)>{move || view.texts().download_csv}</button>
            " · "
            <button type="button" class="link-button" on:click=move |_| save_json(false)>{move || view.texts().download_json}</button>
        </p>
    }
}

#[component]
fn ClusterItem(
    atlas: Arc<Atlas>,
    position: usize,
    day: Memo<Day>,
    selected: Signal<bool>,
) -> impl IntoView {
    let view = expect_context::<View>();
    let cluster = atlas.cluster(position);
    let open = {
        let id = cluster.id.clone();
        move |_| {
            let id = id.clone();
            view.navigate(Entry::Push, |s| s.cluster = Some(id));
        }
    };
    // Its name and whether it is historical are those of the day shown.
    let historical = {
        let atlas = atlas.clone();
        Memo::new(move |_| atlas.index.shown_at(position, day.get()) == Shown::Historical)
    };
    let name = {
        let atlas = atlas.clone();
        move || atlas.cluster(position).name_on(day.get()).to_owned()
    };
    let successor = cluster
        .successor
        .as_deref()
        .and_then(|id| atlas.index.position(id))
        .map(|p| {
            let successor = atlas.cluster(p);
            let id = successor.id.clone();
            let name = successor.name.clone();
            view! {
                <Show when=move || historical.get()>
                    <span class="became">
                        {move || view.texts().became}
                        " "
                        <button type="button" class="link-button" on:click={
                            let id = id.clone();
                            move |_| {
                                let id = id.clone();
                                view.navigate(Entry::Push, |s| s.cluster = Some(id));
                            }
                        }>{name.clone()}</button>
                    </span>
                </Show>
            }
        });
    // The open cluster's item scrolls itself into view.
    let item = NodeRef::<leptos::html::Li>::new();
    Effect::new(move |_| {
        if !selected.get() {
            return;
        }
        crate::defer::next_frame(move || {
            if let Some(item) = item.get_untracked() {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                item.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    });
    view! {
        <li
            node_ref=item
            class="cluster-item"
            class:historical=move || historical.get()
            class:selected=move || selected.get()
            aria-current=move || selected.get().then_some("true")
            data-id=cluster.id.to_string()
            on:mouseenter=move |_| view.hovered.set(Some(position))
            on:mouseleave=move |_| view.hovered.set(None)
            on:focusin=move |_| view.hovered.set(Some(position))
            on:focusout=move |_| view.hovered.set(None)
        >
            <Swatch colour=atlas.colour_of(cluster).to_owned()/>
            <button type="button" class="cluster-name" on:click=open>{name}</button>
            <span class="cluster-city">{cluster.hq.city.clone()}</span>
            <Show when=move || historical.get()>
                <span class="tag">{move || view.texts().historical}</span>
            </Show>
            {successor}
        </li>
    }
}
