//! The list of visible clusters, beside the map (below it on narrow screens): synced with the
//! map (hovering or focusing an item highlights its marker; the open cluster's item is
//! highlighted and scrolled into view), rendered a page at a time.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::filter::Shown;
use poles_model::{export, ClusterId, Day, Selection};
use wasm_bindgen::JsCast;

use super::map_download::{MapImageButton, MapImageDialog};
use super::print_brief::print_button;
use super::Swatch;
use crate::history::Entry;
use crate::i18n::Texts;
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
                .with(|s| s.cluster.as_ref().and_then(|id| atlas.index.position(id)))
        })
    };
    // Enough items to include the open cluster.
    let shown = move || {
        let wanted = selected_position
            .get()
            .and_then(|p| selection.with(|s| s.visible.iter().position(|&v| v == p)));
        limit().max(wanted.map_or(0, |at| at + 1))
    };
    // The rows shown. Each row is static: no reactive value of its own, and no subscription to
    // a long-lived signal that would outlive it (Leptos 0.8 keeps a weak reference to each
    // subscriber until the signal next changes, and to each row's owner under a keyed `<For>`
    // until the list goes: a list that lives as long as the page grew the wasm memory at each
    // chip click; issue 20's long fuzz runs). A row is built once per language and look, and
    // put back when a selection or a day shows it again (`Rows`).
    let items = Memo::new(move |_| {
        selection.with(|s| s.visible.iter().take(shown()).copied().collect::<Vec<_>>())
    });
    let epochs = Memo::new(move |seen: Option<&u64>| {
        let _ = view.texts();
        seen.map_or(0, |n| n + 1)
    });
    let list = NodeRef::<leptos::html::Ul>::new();
    let rows = StoredValue::new_local(Rows::default());
    // The rows' clicks, hover and focus are listened to once, on the list, not by five
    // listeners per row, remade with the rows at each selection: a chip click rebuilt about
    // 400 of them (a profile of 5 December 2026).
    let row_of = {
        let atlas = atlas.clone();
        move |target: Option<web_sys::EventTarget>| {
            let row = target?
                .dyn_into::<web_sys::Element>()
                .ok()?
                .closest(".cluster-list > li")
                .ok()??;
            atlas
                .index
                .position(&ClusterId::new(row.get_attribute("data-id")?))
        }
    };
    let (over, out, into, away) = (row_of.clone(), row_of.clone(), row_of.clone(), row_of);
    let hover = move |position: Option<usize>| {
        if view.hovered.get_untracked() != position {
            view.hovered.set(position);
        }
    };
    let open = move |event: web_sys::MouseEvent| {
        let button = (event.target())
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button[data-open]").ok().flatten());
        if let Some(id) = button.and_then(|b| b.get_attribute("data-open")) {
            view.navigate(Entry::Push, |s| s.cluster = Some(ClusterId::new(id)));
        }
    };
    // The rows of the selection, then the open cluster's row marked and scrolled into view.
    let row_atlas = atlas.clone();
    Effect::new(move |_| {
        let id = selected_position
            .get()
            .map(|p| row_atlas.cluster(p).id.clone());
        let (epoch, t, day) = (epochs.get(), view.texts(), day.get());
        let Some(list) = list.get() else { return };
        let look = |p| Look::of(&row_atlas, p, day);
        let build = |p, look: &Look| cluster_row(&row_atlas, p, t, look);
        items.with(|items| {
            rows.update_value(|rows| rows.show(&list, (epoch, day), items, look, build))
        });
        let rows = list.children();
        for row in (0..rows.length()).filter_map(|i| rows.item(i)) {
            let selected = id.is_some() && row.get_attribute("data-id").map(ClusterId::new) == id;
            let _ = row.class_list().toggle_with_force("selected", selected);
            let _ = match selected {
                true => row.set_attribute("aria-current", "true"),
                false => row.remove_attribute("aria-current"),
            };
            if selected {
                crate::defer::next_frame(move || {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    row.scroll_into_view_with_scroll_into_view_options(&options);
                });
            }
        }
    });
    let remaining = move || selection.with(|s| s.visible.len()).saturating_sub(shown());
    let count = move || {
        view.texts()
            .clusters_shown(selection.with(|s| s.visible.len()))
    };
    let empty = move || selection.with(|s| s.visible.is_empty());
    let download_atlas = atlas.clone();

    view! {
        <section class="list-panel" aria-labelledby="list-heading">
            <h2 id="list-heading">{move || view.texts().list_label()}</h2>
            <p class="count" aria-live="polite" aria-atomic="true">{count}</p>
            // Hidden rather than removed (here and below): Leptos 0.8 keeps a removed view's
            // reactive texts subscribed to the language for good (ARCHITECTURE.md).
            <div class="empty" hidden=move || !empty()>
                    <p>{move || view.texts().no_match()}</p>
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
                        {move || view.texts().clear_filters()}
                    </button>
            </div>
            <ul
                role="list"
                class="cluster-list"
                node_ref=list
                on:click=open
                on:mouseover=move |e| hover(over(e.target()))
                on:mouseout=move |e| hover(out(e.related_target()))
                on:focusin=move |e| hover(into(e.target()))
                on:focusout=move |e| hover(away(e.related_target()))
            ></ul>
            <DownloadButtons atlas=download_atlas selection/>
                <button
                    type="button"
                    class="button button-quiet"
                    hidden=move || remaining() == 0
                    on:click=move |_| {
                        let now = selections.get_untracked();
                        more.update(|(made_on, clicks)| {
                            *clicks = if *made_on == now { *clicks + 1 } else { 1 };
                            *made_on = now;
                        })
                    }
                >
                    {move || view.texts().show_more(remaining())}
                </button>
        </section>
    }
}

/// What a row shows that depends on the day: whether the cluster is historical, and its name.
#[derive(PartialEq)]
struct Look {
    historical: bool,
    name: String,
}

impl Look {
    fn of(atlas: &Atlas, position: usize, day: Day) -> Self {
        Look {
            historical: atlas.index.shown_at(position, day) == Shown::Historical,
            name: atlas.cluster(position).name_on(day).to_owned(),
        }
    }
}

/// The list's row elements, by dataset position, with their looks: those shown now, and those
/// of the selection before (a chip toggled back, a letter erased), in one language (an epoch).
/// A new selection or day moves the rows it shares with these two, when they look the same,
/// instead of building them again: with the real data, a chip toggled back to all sectors
/// built 56 rows, about 3 ms of its click, and each step of the time slider built them all.
#[derive(Default)]
struct Rows {
    epoch: u64,
    /// The day shown, and the positions shown on it, in order.
    shown: Option<(Day, Vec<usize>)>,
    now: Vec<(usize, Look, web_sys::Element)>,
    before: Vec<(usize, Look, web_sys::Element)>,
}

impl Rows {
    /// Makes `list` hold the rows of `items` (dataset positions, in order) on `day` as `look`
    /// says they look, building with `build` those not kept; leaves the list alone (and its
    /// focus) when it holds them already, without looking again (a card opened or closed).
    fn show<V: IntoView>(
        &mut self,
        list: &web_sys::Element,
        (epoch, day): (u64, Day),
        items: &[usize],
        look: impl Fn(usize) -> Look,
        build: impl Fn(usize, &Look) -> V,
    ) {
        let new_epoch = epoch != self.epoch;
        if new_epoch {
            *self = Rows {
                epoch,
                ..Rows::default()
            };
        } else if (self.shown.as_ref()).is_some_and(|(on, shown)| *on == day && shown == items) {
            return;
        }
        let mut built = false;
        let mut kept = Vec::with_capacity(items.len());
        let nodes: js_sys::Array = (items.iter())
            .map(|&position| {
                let wanted = look(position);
                let row = match take(&mut self.now, position)
                    .or_else(|| take(&mut self.before, position))
                {
                    Some((seen, row)) if seen == wanted => row,
                    _ => {
                        built = true;
                        build(position, &wanted).build().elements().remove(0)
                    }
                };
                kept.push((position, wanted, row.clone()));
                row
            })
            .collect();
        self.before = std::mem::replace(&mut self.now, kept);
        let same = (self.shown.as_ref()).is_some_and(|(_, shown)| shown == items);
        if new_epoch || built || !same {
            list.replace_children_with_node(&nodes);
        }
        self.shown = Some((day, items.to_vec()));
    }
}

/// Takes the row of `position` out of `rows`: a linear search, as a page holds 200 rows (a
/// `HashMap` cost 1.6 KB more of gzipped wasm, measured).
fn take(
    rows: &mut Vec<(usize, Look, web_sys::Element)>,
    position: usize,
) -> Option<(Look, web_sys::Element)> {
    let at = rows.iter().position(|row| row.0 == position)?;
    let (_, look, row) = rows.swap_remove(at);
    Some((look, row))
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
                export::to_csv(
                    &atlas.dataset,
                    &visible,
                    view.lang.get_untracked().text_lang(),
                ),
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
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    view! {
        <p class="downloads">
            {move || view.texts().download()}
            " "
            <button type="button" class="link-button" on:click=move |_| save(true)>{move || view.texts().download_csv()}</button>
            " · "
            <button type="button" class="link-button" on:click=move |_| save_json(false)>{move || view.texts().download_json()}</button>
            " · "
            <MapImageButton dialog/>
            " · "
            {print_button(move || view.texts().map_image_print())}
        </p>
        <MapImageDialog dialog/>
    }
}

/// One row: the cluster's name as it was on the day shown (a button opening its card), its
/// city, and when it is historical that day, the tag and the cluster it became part of. Static
/// markup: the list listens for its rows (`data-open` names the cluster a button opens).
fn cluster_row(atlas: &Atlas, position: usize, t: Texts, look: &Look) -> impl IntoView {
    let cluster = atlas.cluster(position);
    let historical = look.historical;
    let successor = (cluster.successor.as_ref())
        .and_then(|id| atlas.index.position(id))
        .filter(|_| historical)
        .map(|p| {
            let successor = atlas.cluster(p);
            view! {
                <span class="became">
                    {t.became()}" "
                    <button type="button" class="link-button" data-open=successor.id.to_string()>
                        {successor.name.clone()}
                    </button>
                </span>
            }
        });
    view! {
        <li class="cluster-item" class:historical=historical data-id=cluster.id.to_string()>
            <Swatch colour=atlas.colour_of(cluster).to_owned()/>
            <button type="button" class="cluster-name" data-open=cluster.id.to_string()>
                {look.name.clone()}
            </button>
            <span class="cluster-city">{cluster.hq.city.clone()}</span>
            {historical.then(|| view! { <span class="tag">{t.historical()}</span> })}
            {successor}
        </li>
    }
}
