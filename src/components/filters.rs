//! The filter bar: search box, region select, sector chips (with counts) and the historical
//! toggle. Each control writes the shared view state; the counts come from the selection.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::{RegionCode, Selection};

use super::{Swatch, TimeControl, View2006Toggle};
use crate::history::Entry;
use crate::state::{Atlas, View};

#[component]
pub fn FilterBar(atlas: Arc<Atlas>, selection: Memo<Selection>) -> impl IntoView {
    let view = expect_context::<View>();
    // The slider's ticks: the days of the policy's milestones.
    let ticks = (atlas.dataset.milestones.iter())
        .map(|m| m.date.last_day())
        .collect();
    view! {
        <section class="filters" aria-label=move || view.texts().filters_label()>
            <div class="filter-row">
                <SearchBox/>
                <RegionSelect atlas=atlas.clone()/>
                <HistoryToggle/>
                <View2006Toggle/>
            </div>
            <SectorChips atlas=atlas.clone() selection/>
            <TimeControl today=atlas.index.today() ticks selection/>
        </section>
    }
}

#[component]
fn SearchBox() -> impl IntoView {
    let view = expect_context::<View>();
    let query = move || view.state.with(|s| s.filters.query.clone());
    view! {
        <div class="field field-search">
            <label for="search">{move || view.texts().search_label()}</label>
            <input
                id="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                placeholder=move || view.texts().search_placeholder()
                prop:value=query
                on:input=move |event| {
                    let text = event_target_value(&event);
                    view.navigate(Entry::Replace, |s| s.filters.query = text);
                }
            />
        </div>
    }
}

#[component]
fn RegionSelect(atlas: Arc<Atlas>) -> impl IntoView {
    let view = expect_context::<View>();
    let mut regions: Vec<(RegionCode, String)> = atlas
        .dataset
        .regions
        .iter()
        .map(|r| (r.code.clone(), r.name.clone()))
        .collect();
    regions.sort_by_cached_key(|(_, name)| poles_model::text::fold(name));
    let selected = move || {
        view.state.with(|s| {
            s.filters
                .region
                .as_ref()
                .map_or(String::new(), RegionCode::to_string)
        })
    };
    view! {
        <div class="field">
            <label for="region">{move || view.texts().region_label()}</label>
            <select
                id="region"
                prop:value=selected
                on:change=move |event| {
                    // The option's value, back from the DOM: an id again (the empty one is "all").
                    let code = event_target_value(&event);
                    let code = (!code.is_empty()).then(|| RegionCode::new(code));
                    view.navigate(Entry::Push, |s| s.filters.region = code);
                }
            >
                <option value="">{move || view.texts().all_of_france()}</option>
                {regions
                    .into_iter()
                    .map(|(code, name)| {
                        let is_selected = {
                            let code = code.clone();
                            move || view.state.with(|s| s.filters.region.as_ref() == Some(&code))
                        };
                        view! { <option value=code.to_string() selected=is_selected>{name}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn HistoryToggle() -> impl IntoView {
    let view = expect_context::<View>();
    view! {
        <label class="toggle">
            <input
                type="checkbox"
                prop:checked=move || view.state.with(|s| s.filters.show_historical)
                on:change=move |event| {
                    let on = event_target_checked(&event);
                    view.navigate(Entry::Push, |s| s.filters.show_historical = on);
                }
            />
            {move || view.texts().show_historical()}
        </label>
    }
}

/// One toggle button per sector, coloured like its markers, with the number of clusters it
/// would show under the other filters; "All sectors" resets.
#[component]
fn SectorChips(atlas: Arc<Atlas>, selection: Memo<Selection>) -> impl IntoView {
    let view = expect_context::<View>();
    let none_selected = move || view.state.with(|s| s.filters.sectors.is_empty());
    let chips = atlas
        .dataset
        .sectors
        .iter()
        .enumerate()
        .map(|(i, sector)| {
            let id = sector.id.clone();
            let sector = sector.clone();
            let label = sector.clone();
            let pressed = {
                let id = id.clone();
                move || view.state.with(|s| s.filters.sectors.contains(&id))
            };
            let count = move || selection.with(|s| s.sector_counts.get(i).copied().unwrap_or(0));
            let toggle = move |_| {
                let id = id.clone();
                view.navigate(Entry::Push, |s| {
                    let sectors = &mut s.filters.sectors;
                    match sectors.iter().position(|x| *x == id) {
                        Some(at) => {
                            sectors.remove(at);
                        }
                        None => sectors.push(id),
                    }
                });
            };
            let name = {
                let sector = sector.clone();
                move || view.texts().sector_short(&sector).to_owned()
            };
            view! {
                <button
                    type="button"
                    class="chip"
                    title=move || view.texts().sector_label(&label).to_owned()
                    data-sector=sector.id.to_string()
                    aria-pressed=move || pressed().to_string()
                    on:click=toggle
                >
                    <Swatch colour=sector.color.clone()/>
                    <span class="chip-label">{name}</span>
                    " "
                    <span class="chip-count">{move || view.texts().count(count())}</span>
                    <span class="visually-hidden">{move || view.texts().chip_count_unit(count())}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="chips" role="group" aria-label=move || view.texts().sectors_label()>
            <button
                type="button"
                class="chip chip-reset"
                aria-pressed=move || none_selected().to_string()
                on:click=move |_| view.navigate(Entry::Push, |s| s.filters.sectors.clear())
            >
                {move || view.texts().reset_sectors()}
            </button>
            {chips}
        </div>
    }
}
