//! The regions × sectors table (`view=matrix`): every region of the dataset by every sector,
//! each cell the current clusters covering the region with the sector among theirs, shaded
//! like a heat map, with totals of distinct clusters. Row and column headers filter the atlas
//! and go back to the map (the focus then returns to the panel they lead to, `focus_return`);
//! the rows sort by any column; the table downloads as CSV. It is also the text alternative
//! to the choropleth.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::regions::{Classes, Direction, Regions, SortKey};
use poles_model::Filters;

use super::focus_return::{MatrixReturn, ReturnTo};
use super::Swatch;
use crate::history::Entry;
use crate::state::{Atlas, View};

/// The default direction of a column: names A to Z, counts highest first.
fn first_direction(key: SortKey) -> Direction {
    match key {
        SortKey::Region => Direction::Ascending,
        _ => Direction::Descending,
    }
}

#[component]
pub fn MatrixView(
    atlas: Arc<Atlas>,
    regions: Arc<Regions>,
    current: Memo<Vec<usize>>,
) -> impl IntoView {
    let view = expect_context::<View>();
    let pending = expect_context::<MatrixReturn>();
    let on = Memo::new(move |_| view.state.with(|s| s.matrix));
    // The sort, kept from one opening to the next (each opening has its own signal of it).
    let kept_sort = StoredValue::new((SortKey::Region, Direction::Ascending));
    let heading = NodeRef::<leptos::html::H2>::new();
    // Focus moves to the table when the visitor opens it (not when a link opens on it).
    Effect::new(move |was_on: Option<bool>| {
        let now = on.get();
        if now && was_on == Some(false) {
            crate::defer::next_frame(move || {
                if let Some(heading) = heading.get_untracked() {
                    let _ = heading.focus();
                }
            });
        }
        now
    });
    let back_to_map = move |_| view.navigate(Entry::Push, |s| s.matrix = false);
    let show = move |filters: Filters, target: ReturnTo| {
        pending.set(target);
        view.navigate(Entry::Push, |s| {
            s.matrix = false;
            s.cluster = None;
            s.filters = filters;
        });
    };

    // The table is rebuilt with its section (at each opening, and when the language or the
    // counts change): a reactive closure inside it that read those long-lived signals would stay
    // in their lists of subscribers after the table is gone (Leptos 0.8: the fuzzer saw the
    // memory grow at each opening). Inside, the arrows, `aria-sort` and the rows follow the sort
    // of this opening, a signal created with the section, so that a sort keeps the focus on its
    // button.
    let sort_button = move |key: SortKey,
                            label: &str,
                            sort: RwSignal<(SortKey, Direction)>,
                            t: crate::i18n::Texts| {
        let arrow = move || match sort.get() {
            (k, Direction::Ascending) if k == key => "▲",
            (k, Direction::Descending) if k == key => "▼",
            _ => "↕",
        };
        view! {
            <button
                type="button"
                class="sort-button"
                aria-label=t.sort_by(label)
                on:click=move |_| {
                    sort.update(|(k, d)| {
                        if *k == key {
                            *d = match *d {
                                Direction::Ascending => Direction::Descending,
                                Direction::Descending => Direction::Ascending,
                            };
                        } else {
                            *k = key;
                            *d = first_direction(key);
                        }
                    });
                    kept_sort.set_value(sort.get_untracked());
                }
            >
                <span aria-hidden="true">{arrow}</span>
            </button>
        }
    };
    let aria_sort = |key: SortKey, sort: RwSignal<(SortKey, Direction)>| {
        move || {
            let (k, d) = sort.get();
            (k == key).then(|| d.aria())
        }
    };

    // The table of the clusters labelled on the day shown.
    let matrix = Memo::new(move |_| current.with(|c| regions.index.matrix(c)));
    let download = {
        let atlas = atlas.clone();
        move |_| {
            let (key, direction) = kept_sort.get_value();
            let matrix = matrix.get_untracked();
            let rows = matrix.row_order(&atlas.dataset, key, direction);
            // The dataset's own names (English beside French): the file is data.
            let t = view.texts_untracked();
            let text = matrix.to_csv(
                &atlas.dataset,
                &rows,
                t.lang.text_lang(),
                t.total_distinct(),
            );
            if let Err(error) =
                crate::download::save("poles-regions-sectors.csv", "text/csv;charset=utf-8", &text)
            {
                web_sys::console::error_2(&"Pôles: the download failed".into(), &error);
            }
        }
    };

    let table_view = move |sort: RwSignal<(SortKey, Direction)>| {
        let t = view.texts();
        let dataset = &atlas.dataset;
        let head_sectors = dataset
            .sectors
            .iter()
            .enumerate()
            .map(|(i, sector)| {
                let id = sector.id.clone();
                let short = t.sector_short(sector).to_owned();
                view! {
                    <th scope="col" class="matrix-sector" data-sector=sector.id.to_string() aria-sort=aria_sort(SortKey::Sector(i), sort)>
                        <button
                            type="button"
                            class="link-button matrix-filter"
                            title=t.sector_label(sector).to_owned()
                            on:click=move |_| show(
                                Filters { sectors: vec![id.clone()], ..Filters::default() },
                                ReturnTo::Legend,
                            )
                        >
                            <Swatch colour=sector.color.clone()/>
                            {short.clone()}
                        </button>
                        {sort_button(SortKey::Sector(i), &short, sort, t)}
                    </th>
                }
            })
            .collect_view();
        let rows = {
            let atlas = atlas.clone();
            move || {
                let (key, direction) = sort.get();
                untrack(|| {
                    matrix.with(|matrix| {
                    let dataset = &atlas.dataset;
                    let heat = Classes::for_max(matrix.max_cell());
                    matrix
                        .row_order(dataset, key, direction)
                        .into_iter()
                        .map(|r| {
                            let region = &dataset.regions[r];
                            let code = region.code.clone();
                            let cells = matrix.cells[r]
                                .iter()
                                .map(|&n| view! { <td class=format!("heat {}", heat.css_class_of(n))>{t.count(n)}</td> })
                                .collect_view();
                            view! {
                                <tr data-region=region.code.to_string()>
                                    <th scope="row">
                                        <button
                                            type="button"
                                            class="link-button matrix-filter"
                                            on:click=move |_| show(
                                                Filters { region: Some(code.clone()), ..Filters::default() },
                                                ReturnTo::Profile,
                                            )
                                        >
                                            {t.region_name(region).to_owned()}
                                        </button>
                                    </th>
                                    {cells}
                                    <td class="total">{t.count(matrix.row_totals[r])}</td>
                                </tr>
                            }
                        })
                        .collect_view()
                })
                })
            }
        };
        let (column_totals, total) = matrix.with(|matrix| {
            let cells = matrix
                .column_totals
                .iter()
                .map(|&n| view! { <td>{t.count(n)}</td> })
                .collect_view();
            (cells, t.count(matrix.total))
        });
        view! {
            <table class="matrix-table" aria-labelledby="matrix-title">
                <thead>
                    <tr>
                        <th scope="col" class="matrix-corner" aria-sort=aria_sort(SortKey::Region, sort)>
                            <span>{t.region_label()}</span>
                            {sort_button(SortKey::Region, t.region_label(), sort, t)}
                        </th>
                        {head_sectors}
                        <th scope="col" class="total" aria-sort=aria_sort(SortKey::Total, sort)>
                            <span>{t.total()}</span>
                            {sort_button(SortKey::Total, t.total(), sort, t)}
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{t.total_distinct()}</th>
                        {column_totals}
                        <td class="total">{total}</td>
                    </tr>
                </tfoot>
            </table>
        }
    };

    move || {
        on.get().then(|| {
            let t = view.texts();
            matrix.track();
            // This opening's sort, as the table was last sorted.
            let sort = RwSignal::new(kept_sort.get_value());
            let table = untrack(|| table_view(sort));
            let download = download.clone();
            view! {
                <section class="matrix" aria-labelledby="matrix-title">
                    <div class="matrix-head">
                        <h2 id="matrix-title" tabindex="-1" node_ref=heading>{t.matrix_heading()}</h2>
                        <button type="button" class="button button-quiet" on:click=back_to_map>
                            {t.back_to_map()}
                        </button>
                    </div>
                    <p class="matrix-intro">{t.matrix_intro()}</p>
                    <div class="matrix-scroll">{table}</div>
                    <p class="matrix-note">{t.matrix_note()}</p>
                    <p class="matrix-download">
                        <button type="button" class="link-button" on:click=download>{t.download_matrix()}</button>
                    </p>
                </section>
            }
        })
    }
}
