//! Thin glue over Leaflet: metropolitan France and one inset per overseas region, each drawn
//! from the region polygons, with one clustered marker per visible cluster.
//!
//! Knows nothing of Leptos; components drive it through [`AtlasMap`]'s methods and hear back
//! through the callbacks they register. Data strings reach Leaflet only as DOM text (marker
//! names, tooltips), never as HTML.

mod bindings;

use js_sys::Array;
use leaflet::{LatLng, LatLngBounds, Map, MapOptions, Marker, MarkerOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

use crate::i18n::Texts;
use crate::state::Atlas;
use bindings::{call, get, icon_element, object, pair, set, source_layer, MarkerClusterGroup};

/// Metropolitan France, south-west and north-east corners.
const FRANCE_BOUNDS: [f64; 4] = [-5.2, 41.3, 9.6, 51.1];
/// Marker option holding the cluster's position in the dataset.
const POSITION_KEY: &str = "polesPosition";
/// Deepest zoom: without tiles there is nothing to see beyond; clusters of one city spiderfy.
const MAX_ZOOM: f64 = 11.0;

/// One Leaflet map: the metropolitan one or an overseas inset.
struct Pane {
    map: Map,
    markers: MarkerClusterGroup,
    /// Region codes drawn in this pane.
    codes: Vec<String>,
    regions: Option<leaflet::FeatureGroup>,
}

/// The atlas's maps, markers and event handlers.
pub struct AtlasMap {
    panes: Vec<Pane>,
    /// Pane of each cluster (by dataset position): the inset of its HQ region, else 0.
    pane_of: Vec<usize>,
    /// Marker of each cluster, created the first time it is shown.
    marker_of: Vec<Option<Marker>>,
    shown: Vec<bool>,
    highlighted: Option<HtmlElement>,
    /// Event handlers, alive as long as the map.
    handlers: Vec<Closure<dyn Fn(JsValue)>>,
}

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// An element holding `text` as a text node.
fn text_element(tag: &str, class: &str, text: &str) -> HtmlElement {
    let element: HtmlElement = document()
        .create_element(tag)
        .expect("a valid tag")
        .unchecked_into();
    element.set_class_name(class);
    element.set_text_content(Some(text));
    element
}

fn bounds([west, south, east, north]: [f64; 4]) -> LatLngBounds {
    LatLngBounds::new(&LatLng::new(south, west), &LatLng::new(north, east))
}

impl Pane {
    fn new(
        container: &HtmlElement,
        inset: bool,
        bbox: [f64; 4],
        codes: Vec<String>,
        texts: &'static Texts,
    ) -> Result<Self, JsValue> {
        let options = MapOptions::new();
        options.set_zoom_snap(0.25);
        options.set_max_zoom(MAX_ZOOM);
        if inset {
            // A fixed frame: clicks and hovers work, panning and zooming do not.
            for key in [
                "zoomControl",
                "attributionControl",
                "dragging",
                "scrollWheelZoom",
                "doubleClickZoom",
                "boxZoom",
                "keyboard",
                "touchZoom",
            ] {
                set(&options, key, false);
            }
        }
        let map = Map::new_with_element(container, &options)?;
        let margin = if inset { 8.0 } else { 12.0 };
        map.fit_bounds_with_options(&bounds(bbox), &object(&[("padding", pair(margin, margin))]));
        let suffix = texts.cluster_icon_suffix;
        let icon = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |cluster: JsValue| {
            let count = call(&cluster, "getChildCount", &[]).as_f64().unwrap_or(0.0) as usize;
            let html = text_element("span", "poles-cluster-count", &count.to_string());
            html.append_child(&text_element("span", "visually-hidden", suffix))
                .ok();
            bindings::div_icon(&object(&[
                ("html", html.into()),
                ("className", "poles-cluster".into()),
                ("iconSize", pair(34.0, 34.0)),
            ]))
            .into()
        });
        let markers = bindings::marker_cluster_group(&object(&[
            ("iconCreateFunction", icon.as_ref().clone()),
            ("showCoverageOnHover", false.into()),
            ("maxClusterRadius", 36.into()),
            ("spiderfyDistanceMultiplier", 1.6.into()),
        ]));
        icon.forget(); // called by the group for as long as the page lives
        markers.add_to(&map);
        Ok(Pane {
            map,
            markers,
            codes,
            regions: None,
        })
    }
}

impl AtlasMap {
    /// Creates the metropolitan map in `main` and one inset per overseas region of the dataset
    /// in `insets` (a list element), each fitted to its region.
    pub fn new(
        main: &HtmlElement,
        insets: &HtmlElement,
        atlas: &Atlas,
        texts: &'static Texts,
    ) -> Result<Self, JsValue> {
        let regions = &atlas.dataset.regions;
        let metropolitan: Vec<String> = regions
            .iter()
            .filter(|r| !r.overseas)
            .map(|r| r.code.clone())
            .collect();
        let mut panes = vec![Pane::new(main, false, FRANCE_BOUNDS, metropolitan, texts)?];
        for region in regions.iter().filter(|r| r.overseas) {
            let item = text_element("li", "inset", "");
            let frame = text_element("div", "inset-map", "");
            frame.set_attribute("role", "group")?;
            frame.set_attribute("aria-label", &region.name)?;
            item.append_child(&frame)?;
            item.append_child(&text_element("span", "inset-name", &region.name))?;
            insets.append_child(&item)?;
            panes.push(Pane::new(
                &frame,
                true,
                region.bbox,
                vec![region.code.clone()],
                texts,
            )?);
        }
        let pane_of = atlas
            .dataset
            .clusters
            .iter()
            .map(|c| {
                let hq_region = c.regions.first().map(String::as_str).unwrap_or_default();
                panes
                    .iter()
                    .position(|p| p.codes.iter().any(|code| code == hq_region))
                    .unwrap_or(0)
            })
            .collect();
        let count = atlas.dataset.clusters.len();
        Ok(AtlasMap {
            panes,
            pane_of,
            marker_of: vec![None; count],
            shown: vec![false; count],
            highlighted: None,
            handlers: Vec::new(),
        })
    }

    /// Draws the region outlines in every pane; `on_click` receives the INSEE code of a clicked
    /// region.
    pub fn show_regions(&mut self, geojson: &JsValue, on_click: impl Fn(String) + 'static) {
        let region_code = |feature: &JsValue| {
            get(&get(feature, "properties"), "code")
                .as_string()
                .unwrap_or_default()
        };
        let style = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |feature: JsValue| {
            object(&[(
                "className",
                format!("region region-{}", region_code(&feature)).into(),
            )])
        });
        let click = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let code = region_code(&get(&source_layer(&event), "feature"));
            if !code.is_empty() {
                on_click(code);
            }
        });
        for pane in &mut self.panes {
            let codes = pane.codes.clone();
            let filter = Closure::<dyn Fn(JsValue) -> bool>::new(move |feature: JsValue| {
                codes.contains(&region_code(&feature))
            });
            let regions = bindings::geo_json(
                geojson,
                &object(&[
                    ("style", style.as_ref().clone()),
                    ("filter", filter.as_ref().clone()),
                ]),
            );
            filter.forget(); // Leaflet keeps calling it on `addData`
            regions
                .unchecked_ref::<leaflet::Evented>()
                .on("click", click.as_ref());
            regions.add_to(&pane.map);
            regions.bring_to_back();
            pane.regions = Some(regions);
        }
        style.forget();
        self.handlers.push(click);
    }

    /// Marks the selected region (or none) and fits the metropolitan map to it.
    pub fn select_region(&self, selected: Option<&str>, bbox: Option<[f64; 4]>) {
        for regions in self.panes.iter().filter_map(|p| p.regions.as_ref()) {
            for layer in regions.get_layers().iter() {
                let code = get(&get(&get(&layer, "feature"), "properties"), "code").as_string();
                if let Ok(path) = get(&layer, "_path").dyn_into::<web_sys::Element>() {
                    let _ = path
                        .class_list()
                        .toggle_with_force("selected", code.as_deref() == selected);
                }
            }
        }
        let main = &self.panes[0];
        match bbox {
            Some(bbox) if main.codes.iter().any(|c| Some(c.as_str()) == selected) => {
                main.map.fly_to_bounds_with_options(
                    &bounds(bbox),
                    &object(&[("padding", pair(20.0, 20.0)), ("duration", 0.4.into())]),
                );
            }
            _ => {
                main.map.fly_to_bounds_with_options(
                    &bounds(FRANCE_BOUNDS),
                    &object(&[("duration", 0.4.into())]),
                );
            }
        }
    }

    /// Calls `on_click` with the dataset position of a clicked (or Enter-pressed) marker.
    pub fn on_marker_click(&mut self, on_click: impl Fn(usize) + 'static) {
        let click = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let is_key = get(&event, "type").as_string().as_deref() == Some("keypress");
            let key = get(&get(&event, "originalEvent"), "key").as_string();
            if is_key && key.as_deref() != Some("Enter") {
                return;
            }
            let options = get(&source_layer(&event), "options");
            if let Some(position) = get(&options, POSITION_KEY).as_f64() {
                on_click(position as usize);
            }
        });
        for pane in &self.panes {
            let events = pane.markers.unchecked_ref::<leaflet::Evented>();
            events.on("click", click.as_ref());
            events.on("keypress", click.as_ref());
        }
        self.handlers.push(click);
    }

    /// Shows exactly the markers of `visible` (dataset positions), adding and removing only
    /// what changed, in one batch per pane.
    pub fn show_markers(&mut self, atlas: &Atlas, visible: &[usize]) {
        let mut wanted = vec![false; self.shown.len()];
        for &position in visible {
            wanted[position] = true;
        }
        let (added, removed): (Vec<Array>, Vec<Array>) = self
            .panes
            .iter()
            .map(|_| (Array::new(), Array::new()))
            .unzip();
        for (position, (was, &show)) in self.shown.iter().zip(&wanted).enumerate() {
            if *was == show {
                continue;
            }
            let pane = self.pane_of[position];
            let marker =
                self.marker_of[position].get_or_insert_with(|| new_marker(atlas, position));
            if show { &added[pane] } else { &removed[pane] }.push(marker);
        }
        for ((pane, added), removed) in self.panes.iter().zip(&added).zip(&removed) {
            if removed.length() > 0 {
                pane.markers.remove_layers(removed);
            }
            if added.length() > 0 {
                pane.markers.add_layers(added);
            }
        }
        self.shown = wanted;
    }

    /// Highlights the marker of `position` (or the cluster icon holding it); `None` clears.
    pub fn highlight(&mut self, position: Option<usize>) {
        if let Some(previous) = self.highlighted.take() {
            let _ = previous.class_list().remove_1("highlighted");
        }
        let Some(position) = position.filter(|&p| self.shown.get(p) == Some(&true)) else {
            return;
        };
        let Some(marker) = &self.marker_of[position] else {
            return;
        };
        let parent = self.panes[self.pane_of[position]]
            .markers
            .get_visible_parent(marker);
        if let Some(element) = icon_element(&parent) {
            let _ = element.class_list().add_1("highlighted");
            self.highlighted = Some(element);
        }
    }
}

impl Drop for AtlasMap {
    fn drop(&mut self) {
        for pane in &self.panes {
            pane.map.remove();
        }
    }
}

/// A keyboard-focusable marker: a dot in the primary sector's colour, named by the cluster's
/// name (as a visually hidden text node), with a tooltip showing the name on hover and focus.
fn new_marker(atlas: &Atlas, position: usize) -> Marker {
    let cluster = atlas.cluster(position);
    let dot = text_element("span", "poles-marker-dot", "");
    let _ = dot
        .style()
        .set_property("--marker-colour", atlas.colour_of(cluster));
    let _ = dot.append_child(&text_element("span", "visually-hidden", &cluster.name));
    let class = match cluster.status {
        poles_model::Status::Current => "poles-marker",
        poles_model::Status::Historical => "poles-marker historical",
    };
    let icon = bindings::div_icon(&object(&[
        ("html", dot.into()),
        ("className", class.into()),
        ("iconSize", pair(18.0, 18.0)),
    ]));
    let options = MarkerOptions::new();
    options.set_icon(icon);
    options.set_keyboard(true);
    options.set_rise_on_hover(true);
    set(&options, POSITION_KEY, position as f64);
    let marker = Marker::new_with_options(&LatLng::new(cluster.hq.lat, cluster.hq.lon), &options);
    let tooltip = text_element("span", "", &cluster.name);
    bindings::bind_tooltip_element(
        &marker,
        &tooltip,
        &object(&[("direction", "top".into()), ("offset", pair(0.0, -8.0))]),
    );
    marker
}
