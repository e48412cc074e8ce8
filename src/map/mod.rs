//! Thin glue over Leaflet: the map, the region polygons and one marker per cluster.
//!
//! Knows nothing of Leptos; components drive it through [`AtlasMap`]'s methods. Data strings
//! reach Leaflet only as text (marker `title`, `aria-label`), never as HTML.

mod bindings;

use leaflet::{
    DivIconOptions, FeatureGroup, LatLng, LatLngBounds, Map, MapOptions, Marker, MarkerOptions,
    Point,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::state::Atlas;
use bindings::{get, object, set, source_layer};

/// Metropolitan France, south-west and north-east corners.
const FRANCE_BOUNDS: [(f64, f64); 2] = [(41.3, -5.2), (51.1, 9.6)];
/// Marker option holding the cluster's position in the dataset.
const POSITION_KEY: &str = "polesPosition";

/// The Leaflet map of the atlas.
pub struct AtlasMap {
    map: Map,
    markers: FeatureGroup,
    /// Marker of each cluster, created the first time it is shown.
    marker_of: Vec<Option<Marker>>,
    shown: Vec<bool>,
    /// Event handlers, alive as long as the map.
    handlers: Vec<Closure<dyn Fn(JsValue)>>,
}

impl AtlasMap {
    /// Creates the map in `container`, fitted to metropolitan France.
    pub fn new(container: &HtmlElement, cluster_count: usize) -> Result<Self, JsValue> {
        let options = MapOptions::new();
        options.set_zoom_snap(0.25);
        let map = Map::new_with_element(container, &options)?;
        let [(s, w), (n, e)] = FRANCE_BOUNDS;
        map.fit_bounds(&LatLngBounds::new(&LatLng::new(s, w), &LatLng::new(n, e)));
        let markers = FeatureGroup::new();
        markers.add_to(&map);
        Ok(AtlasMap {
            map,
            markers,
            marker_of: vec![None; cluster_count],
            shown: vec![false; cluster_count],
            handlers: Vec::new(),
        })
    }

    /// Draws the region outlines; `on_click` receives the INSEE code of a clicked region.
    pub fn show_regions(&mut self, geojson: &JsValue, on_click: impl Fn(String) + 'static) {
        let style = Closure::<dyn Fn(JsValue) -> JsValue>::new(|feature: JsValue| {
            let code = get(&get(&feature, "properties"), "code")
                .as_string()
                .unwrap_or_default();
            object(&[(
                "className",
                JsValue::from_str(&format!("region region-{code}")),
            )])
        });
        let regions = bindings::geo_json(geojson, &object(&[("style", style.as_ref().clone())]));
        style.forget(); // called again by `resetStyle`; lives as long as the page
        let click = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let feature = get(&source_layer(&event), "feature");
            if let Some(code) = get(&get(&feature, "properties"), "code").as_string() {
                on_click(code);
            }
        });
        regions
            .unchecked_ref::<leaflet::Evented>()
            .on("click", click.as_ref());
        self.handlers.push(click);
        regions.add_to(&self.map);
        regions.bring_to_back();
    }

    /// Calls `on_click` with the dataset position of a clicked marker.
    pub fn on_marker_click(&mut self, on_click: impl Fn(usize) + 'static) {
        let click = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let options = get(&source_layer(&event), "options");
            if let Some(position) = get(&options, POSITION_KEY).as_f64() {
                on_click(position as usize);
            }
        });
        self.markers
            .unchecked_ref::<leaflet::Evented>()
            .on("click", click.as_ref());
        self.handlers.push(click);
    }

    /// Shows exactly the markers of `visible` (dataset positions), adding and removing only
    /// what changed.
    pub fn show_markers(&mut self, atlas: &Atlas, visible: &[usize]) {
        let mut wanted = vec![false; self.shown.len()];
        for &position in visible {
            wanted[position] = true;
        }
        let changed = self
            .shown
            .iter()
            .zip(&wanted)
            .enumerate()
            .filter(|(_, (was, is))| was != is);
        for (position, (_, &show)) in changed {
            if show {
                let marker =
                    self.marker_of[position].get_or_insert_with(|| new_marker(atlas, position));
                self.markers.add_layer(marker);
                let cluster = atlas.cluster(position);
                label_marker(marker, &cluster.name, atlas.colour_of(cluster));
            } else if let Some(marker) = &self.marker_of[position] {
                self.markers.remove_layer(marker);
            }
        }
        self.shown = wanted;
    }
}

impl Drop for AtlasMap {
    fn drop(&mut self) {
        self.map.remove();
    }
}

/// A keyboard-focusable marker coloured by the cluster's primary sector.
fn new_marker(atlas: &Atlas, position: usize) -> Marker {
    let cluster = atlas.cluster(position);
    let icon_options = DivIconOptions::new();
    icon_options.set_class_name("poles-marker".to_owned());
    icon_options.set_icon_size(Point::new(16.0, 16.0));
    icon_options.set_html(String::new());
    let options = MarkerOptions::new();
    options.set_icon(bindings::div_icon(&icon_options));
    options.set_keyboard(true);
    options.set_title(cluster.name.clone());
    options.set_rise_on_hover(true);
    set(&options, POSITION_KEY, position as f64);
    Marker::new_with_options(&LatLng::new(cluster.hq.lat, cluster.hq.lon), &options)
}

/// Gives the marker's element its accessible name, id and colour (as text and CSSOM only).
fn label_marker(marker: &Marker, name: &str, colour: &str) {
    let Some(element) = get(marker, "_icon").dyn_into::<HtmlElement>().ok() else {
        return;
    };
    let _ = element.set_attribute("aria-label", name);
    let _ = element.style().set_property("--marker-colour", colour);
}
