//! The map component: owns the [`AtlasMap`] and keeps its markers equal to the selection.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::Selection;
use wasm_bindgen::JsValue;

use crate::i18n::texts;
use crate::load::LoadFailure;
use crate::map::AtlasMap;
use crate::state::{Atlas, View};

/// Name of the `performance.mark` set once the first markers and list are rendered.
pub const RENDERED_MARK: &str = "poles:rendered";

#[component]
pub fn MapView(
    atlas: Arc<Atlas>,
    selection: Memo<Selection>,
    geometry: LocalResource<Result<JsValue, LoadFailure>>,
) -> impl IntoView {
    let view = expect_context::<View>();
    let container = NodeRef::<leptos::html::Div>::new();
    let map = StoredValue::new_local(None::<AtlasMap>);
    let ready = RwSignal::new(false);

    let cluster_count = atlas.dataset.clusters.len();
    let ids: Vec<String> = atlas
        .dataset
        .clusters
        .iter()
        .map(|c| c.id.clone())
        .collect();
    Effect::new(move |_| {
        let Some(element) = container.get() else {
            return;
        };
        if ready.get_untracked() {
            return;
        }
        match AtlasMap::new(&element, cluster_count) {
            Ok(mut atlas_map) => {
                let ids = ids.clone();
                atlas_map.on_marker_click(move |position| {
                    let id = ids[position].clone();
                    view.state.update(|s| s.cluster = Some(id));
                });
                map.set_value(Some(atlas_map));
                ready.set(true);
            }
            Err(error) => web_sys::console::error_2(&"Leaflet map could not start:".into(), &error),
        }
    });

    let marker_atlas = atlas.clone();
    let marked = std::cell::Cell::new(false);
    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        selection.with(|s| {
            map.update_value(|m| {
                if let Some(m) = m {
                    m.show_markers(&marker_atlas, &s.visible)
                }
            })
        });
        if !marked.replace(true) {
            mark_rendered();
        }
    });

    Effect::new(move |_| {
        if !ready.get() {
            return;
        }
        if let Some(Ok(geojson)) = geometry.get() {
            map.update_value(|m| {
                if let Some(m) = m {
                    m.show_regions(&geojson, move |code| {
                        view.state.update(|s| {
                            let again = s.filters.region.as_deref() == Some(code.as_str());
                            s.filters.region = (!again).then_some(code);
                        })
                    })
                }
            });
        }
    });

    view! {
        <div
            class="map"
            node_ref=container
            role="region"
            aria-label=move || texts(view.lang.get()).map_label
        ></div>
    }
}

/// Sets the [`RENDERED_MARK`] performance mark (read by the benchmark).
fn mark_rendered() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(RENDERED_MARK);
    }
}
