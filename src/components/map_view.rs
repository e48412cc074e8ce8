//! The map component: renders the map's elements (the metropolitan map, a framed inset per
//! overseas region with its name, the keys hint of the markers), owns the [`AtlasMap`] that
//! fills them and keeps it in step with the view (markers equal to the selection, selected
//! region, highlighted and open marker, language); the sector legend sits in its frame.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::regions::Classes;
use poles_model::Selection;
use wasm_bindgen::JsValue;

use super::sector_legend::SectorLegend;
use crate::defer;
use crate::history::Entry;
use crate::load::LoadFailure;
use crate::map::{AtlasMap, Shade, KEYS_HINT_ID};
use crate::shell::FirstMaps;
use crate::state::{Atlas, View};

/// Name of the `performance.mark` set once the first markers and list are rendered.
pub const RENDERED_MARK: &str = "poles:rendered";
/// Name of the `performance.mark` set each time the markers follow a new selection.
pub const UPDATED_MARK: &str = "poles:updated";

#[component]
pub fn MapView(
    atlas: Arc<Atlas>,
    selection: Memo<Selection>,
    shading: Memo<Vec<usize>>,
    geometry: LocalResource<Result<JsValue, LoadFailure>>,
) -> impl IntoView {
    let view = expect_context::<View>();
    let main = NodeRef::<leptos::html::Div>::new();
    // The overseas regions of the dataset (by position), each with the frame of its inset.
    let insets: Vec<(usize, NodeRef<leptos::html::Div>)> = (atlas.dataset.regions.iter())
        .enumerate()
        .filter(|(_, r)| r.overseas)
        .map(|(index, _)| (index, NodeRef::new()))
        .collect();
    let map = StoredValue::new_local(None::<AtlasMap>);
    // Set once the maps are built, then `ready` a task later, for the markers and shades.
    let built = RwSignal::new(false);
    let ready = RwSignal::new(false);
    let with_map = move |f: &dyn Fn(&mut AtlasMap)| {
        map.update_value(|m| m.iter_mut().for_each(f));
    };

    let inset_items = (insets.iter())
        .map(|&(index, frame)| {
            let name = atlas.dataset.regions[index].name.clone();
            view! {
                <li class="inset">
                    <div class="inset-map" node_ref=frame role="group" aria-label=name.clone()></div>
                    <span class="inset-name">{name}</span>
                </li>
            }
        })
        .collect_view();

    // The maps are built in a task of their own, after the one that renders the list and the
    // filters, and the region outlines in a third: on a phone no single task then blocks the
    // page for long (Lighthouse's Total Blocking Time), and the list paints first. Each task is
    // owned by the effect run that scheduled it (`defer`): gone with the view, or replaced by a
    // newer run; the maps are built once (`map` holds them).
    let start_atlas = atlas.clone();
    // index.html's first view's maps, shown in the frames until the outlines are drawn.
    let first_maps = use_context::<FirstMaps>();
    Effect::new(move |_| {
        let frames_in_place =
            main.get().is_some() && insets.iter().all(|(_, frame)| frame.get().is_some());
        if !frames_in_place || map.with_value(Option::is_some) {
            return;
        }
        if let Some(first_maps) = first_maps {
            let frames = (main.get_untracked().map(Into::into).into_iter())
                .chain(
                    insets
                        .iter()
                        .filter_map(|(_, f)| Some(f.get_untracked()?.into())),
                )
                .collect::<Vec<web_sys::Element>>();
            first_maps.show_in(&frames);
        }
        let (start_atlas, insets) = (start_atlas.clone(), insets.clone());
        defer::next_task(move || {
            let Some(main) = main.get_untracked() else {
                return;
            };
            let regions = &start_atlas.dataset.regions;
            let Some(insets) = (insets.iter())
                .map(|&(region, frame)| Some((frame.get_untracked()?.into(), &regions[region])))
                .collect::<Option<Vec<_>>>()
            else {
                return;
            };
            let texts = view.texts_untracked();
            match AtlasMap::new(&main, &insets, start_atlas.clone(), texts) {
                Ok(mut atlas_map) => {
                    let ids: Vec<_> = (start_atlas.dataset.clusters.iter())
                        .map(|c| c.id.clone())
                        .collect();
                    atlas_map.on_marker_click(move |position| {
                        let id = ids[position].clone();
                        view.navigate(Entry::Push, |s| s.cluster = Some(id));
                    });
                    if let Some(tiles) = view.state.with_untracked(|s| s.tiles.clone()) {
                        atlas_map.show_tiles(&tiles);
                    }
                    map.set_value(Some(atlas_map));
                    // The markers, the shades and the outlines in tasks of their own.
                    built.set(true);
                }
                Err(error) => {
                    web_sys::console::error_2(&"Pôles: the map could not start:".into(), &error)
                }
            }
        });
    });
    Effect::new(move |_| {
        if built.get() {
            defer::next_task(move || ready.set(true));
        }
    });

    let marked = std::cell::Cell::new(false);
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        selection.with(|s| with_map(&|m| m.show_markers(&s.visible, s.day)));
        mark(if marked.replace(true) {
            UPDATED_MARK
        } else {
            RENDERED_MARK
        });
    });

    let regions_shown = RwSignal::new(false);
    Effect::new(move |_| {
        if !ready.get() || regions_shown.get_untracked() {
            return;
        }
        if let Some(Ok(geojson)) = geometry.get() {
            defer::next_task(move || {
                with_map(&|m| {
                    m.show_regions(&geojson, move |code| {
                        view.navigate(Entry::Push, |s| {
                            let again = s.filters.region.as_ref() == Some(&code);
                            s.filters.region = (!again).then_some(code);
                        })
                    })
                });
                regions_shown.set(true);
                if let Some(first_maps) = first_maps {
                    first_maps.remove();
                }
            });
        }
    });
    // Without outlines, the first view's maps go too: they would stay as they were.
    Effect::new(move |_| {
        if let (Some(Err(_)), Some(first_maps)) = (geometry.get(), first_maps) {
            first_maps.remove();
        }
    });

    let region_atlas = atlas.clone();
    // Only a change of region moves the map: a chip or a letter typed leaves the view as the
    // user panned and zoomed it (and starts no 0.4 s flight redrawing the regions each frame).
    let selected_region = Memo::new(move |_| view.state.with(|s| s.filters.region.clone()));
    Effect::new(move |_| {
        let region = selected_region.get();
        if !regions_shown.get() {
            return;
        }
        let bbox = region
            .as_ref()
            .and_then(|code| region_atlas.region(code))
            .map(|r| r.bbox);
        with_map(&|m| m.select_region(region.as_ref(), bbox));
    });

    // The choropleth: each region in the class of its count (the legend's classes), and its
    // count in its tooltip, naming the chosen sectors.
    let shade_atlas = atlas.clone();
    Effect::new(move |_| {
        let counts = shading.get();
        let texts = view.texts();
        let sectors = view.state.with(|s| {
            (s.filters.sectors.iter())
                .filter_map(|id| shade_atlas.sector(id))
                .map(|sector| texts.sector_short(sector))
                .collect::<Vec<_>>()
                .join(texts.list_separator())
        });
        if !ready.get() {
            return;
        }
        let classes = Classes::from_counts(&counts);
        let shades: Vec<Shade> = (shade_atlas.dataset.regions.iter())
            .zip(&counts)
            .map(|(region, &count)| Shade {
                code: region.code.clone(),
                class: classes.css_class_of(count),
                tooltip: texts.region_tooltip(texts.region_name(region), count, &sectors),
            })
            .collect();
        with_map(&|m| m.shade_regions(shades.clone()));
    });

    let highlight_atlas = atlas.clone();
    Effect::new(move |_| {
        let hovered = view.hovered.get();
        let open = view.state.with(|s| s.cluster.clone());
        if !ready.get() {
            return;
        }
        let open = open.and_then(|id| highlight_atlas.index.position(&id));
        with_map(&|m| {
            m.highlight(hovered.or(open));
            m.set_open(open);
        });
    });

    // The group icons speak the language of the page.
    Effect::new(move |_| {
        let texts = view.texts();
        if ready.get() {
            with_map(&|m| m.set_texts(texts));
        }
    });

    view! {
        <div class="map-frame">
            <div class="map" id="map" node_ref=main role="region" aria-label=move || view.texts().map_label()></div>
            <ul class="insets" aria-label=move || view.texts().overseas_label()>{inset_items}</ul>
            <p id=KEYS_HINT_ID class="visually-hidden">{move || view.texts().marker_keys()}</p>
            <SectorLegend atlas/>
        </div>
    }
}

/// Sets the mark `name`, in place of the last one of that name: the browser keeps every mark
/// until it is cleared, one per update over a long visit (found by the fuzzer, issue 20).
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        performance.clear_marks_with_mark_name(name);
        let _ = performance.mark(name);
    }
}
