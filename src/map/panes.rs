//! The Leaflet maps: the metropolitan one and a fixed frame per overseas region, each with its
//! two marker groups (see `plan.rs`) and, once the geometry is loaded, its region outlines.

use js_sys::Function;
use leaflet::{
    LatLng, LatLngBounds, Map, MapOptions, Path, Point, TileLayer, TileLayerOptions, Zoom,
    ZoomOptions,
};
use poles_model::{RegionCode, Tiles};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::bindings::{self, FitOptions, MapControls, MarkerClusterGroup, MarkerClusterOptions};
use super::plan::Slot;
use crate::i18n::Texts;

pub use poles_model::map_image::FRANCE_BOUNDS;
/// Deepest zoom: without tiles there is nothing to see beyond; clusters of one city spiderfy.
const MAX_ZOOM: f64 = 11.0;
/// The flag Leaflet 1.9.4 puts before its name in the attribution.
const LEAFLET_FLAG: &str = r##"<svg aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="12" height="8" viewBox="0 0 12 8" class="leaflet-attribution-flag"><path fill="#4C7BE1" d="M0 0h12v4H0z"/><path fill="#FFD500" d="M0 4h12v3H0z"/><path fill="#E0BC00" d="M0 7h12v1H0z"/></svg>"##;

/// One Leaflet map: the metropolitan one or an overseas inset.
pub struct Pane {
    pub map: Map,
    /// The two marker groups: `groups[active]` is on the map, the other one is the standby,
    /// off the map, still clustered as it was last shown.
    pub groups: [MarkerClusterGroup; 2],
    pub active: Slot,
    /// Groups whose icons were made in another language than the current one.
    stale_icons: [bool; 2],
    /// Region codes drawn in this pane.
    pub codes: Vec<RegionCode>,
    /// The region outlines, with their codes.
    pub regions: Vec<(RegionCode, Path)>,
    /// The zoom buttons (the metropolitan map's; the insets have none).
    zoom: Option<Zoom>,
}

pub fn bounds([west, south, east, north]: [f64; 4]) -> LatLngBounds {
    LatLngBounds::new(&LatLng::new(south, west), &LatLng::new(north, east))
}

/// Options of a fit or a flight: `margin` px of padding, `duration` seconds of flight.
pub fn fit_options(margin: f64, duration: Option<f64>) -> FitOptions {
    let options: FitOptions = bindings::options();
    options.set_padding(&Point::new(margin, margin));
    if let Some(seconds) = duration {
        options.set_duration(seconds);
    }
    options
}

/// A marker group clustering markers within 36 px, with the group icons of `icon`.
fn marker_group(icon: &Function) -> MarkerClusterGroup {
    let options: MarkerClusterOptions = bindings::options();
    options.set_icon_create_function(icon);
    options.set_show_coverage_on_hover(false);
    options.set_max_cluster_radius(36.0);
    options.set_spiderfy_distance_multiplier(1.6);
    let group = bindings::marker_cluster_group(&options);
    // The group puts three listeners on each of its markers (`move`, `dragstart`, `dragend`),
    // to re-cluster a marker that moves: ours never move. Without them, measured at 100,000
    // markers (`node tests/bench/child-handlers.mjs`, CPU time, median of 5, November 2026):
    // `addLayers` 367 -> 281 ms, `clearLayers` 206 -> 91 ms (a rebuild does both: 573 -> 372 ms),
    // an update of a tenth 142 -> 126 ms, and 36 MB less heap per group (52 -> 16 MB); at 10,000
    // markers, 151 -> 137 ms and 3.7 MB. A private field of the vendored 1.5.3 (from npm):
    // were it renamed, the group would only listen again.
    group.set_child_marker_event_handlers(&js_sys::Object::new());
    group
}

impl Pane {
    /// A map in `container` fitted to `bbox` (an inset is a fixed frame), its first marker
    /// group on it, Leaflet's `layeradd` events going to `on_layer_add`, its controls titled
    /// in the language of `texts`.
    pub fn new(
        container: &HtmlElement,
        inset: bool,
        bbox: [f64; 4],
        codes: Vec<RegionCode>,
        icon: &Function,
        on_layer_add: &JsValue,
        texts: Texts,
    ) -> Result<Self, JsValue> {
        let options = MapOptions::new();
        // The first fit is exact (no snap), so that France lands where index.html's first view
        // drew it (xtask/src/render/first_view.rs); the zooms after it snap to quarters.
        options.set_zoom_snap(0.0);
        options.set_max_zoom(MAX_ZOOM);
        // Leaflet's own buttons are titled in English: ours are made by `set_control_texts`.
        options.set_zoom_control(false);
        if inset {
            // A fixed frame: clicks and hovers work, panning and zooming do not.
            options.set_attribution_control(false);
            options.set_dragging(false);
            options.set_scroll_wheel_zoom(false);
            options.set_double_click_zoom(JsValue::FALSE);
            options.set_box_zoom(false);
            options.set_keyboard(false);
            options.set_touch_zoom(false);
        }
        let map = Map::new_with_element(container, &options)?;
        let margin = if inset { 8.0 } else { 12.0 };
        map.fit_bounds_with_options(&bounds(bbox), &fit_options(margin, None));
        if !inset {
            let options = js_sys::Reflect::get(&map, &"options".into())?;
            js_sys::Reflect::set(&options, &"zoomSnap".into(), &0.25.into())?;
        }
        map.on("layeradd", on_layer_add);
        let groups = [marker_group(icon), marker_group(icon)];
        groups[0].add_to(&map);
        let mut pane = Pane {
            map,
            groups,
            active: 0,
            stale_icons: [false; 2],
            codes,
            regions: Vec::new(),
            zoom: None,
        };
        if !inset {
            pane.set_control_texts(texts);
        }
        Ok(pane)
    }

    /// Titles the zoom buttons (made again) and the attribution's link to Leaflet in the
    /// language of `texts`.
    pub fn set_control_texts(&mut self, texts: Texts) {
        if let Some(old) = self.zoom.take() {
            old.remove();
        }
        let mut options = ZoomOptions::new();
        options.set_zoom_in_title(texts.zoom_in());
        options.set_zoom_out_title(texts.zoom_out());
        let zoom = Zoom::new(&options);
        zoom.add_to(&self.map);
        self.zoom = Some(zoom);
        let controls: &MapControls = self.map.unchecked_ref();
        if let Some(attribution) = controls.attribution_control() {
            // Leaflet 1.9.4's own prefix (its link and flag), with the title in our language.
            attribution.set_prefix(&format!(
                "<a href=\"https://leafletjs.com\" title=\"{}\">{LEAFLET_FLAG} Leaflet</a>",
                texts.leaflet_title()
            ));
        }
    }

    /// The shown marker group.
    pub fn shown(&self) -> &MarkerClusterGroup {
        &self.groups[self.active]
    }

    /// Shows the standby group instead of the shown one.
    pub fn swap(&mut self) {
        self.groups[self.active].remove();
        self.active = 1 - self.active;
        self.groups[self.active].add_to(&self.map);
        if std::mem::take(&mut self.stale_icons[self.active]) {
            self.groups[self.active].refresh_clusters();
        }
    }

    /// Empties the group of `slot` (off the map, this only forgets the markers and the
    /// clustering grids); its group icons will be made afresh.
    pub fn clear(&mut self, slot: Slot) {
        self.groups[slot].clear_layers();
        self.stale_icons[slot] = false;
    }

    /// Makes the group icons again after a change of language: now on the map, and in the
    /// standby group when it is next shown (off the map it may have no clusters to refresh).
    pub fn refresh_icons(&mut self) {
        self.shown().refresh_clusters();
        self.stale_icons[1 - self.active] = true;
    }

    /// The map's element.
    pub fn container(&self) -> HtmlElement {
        self.map.get_container()
    }

    /// The pane holding the marker and group icons.
    pub fn marker_pane(&self) -> HtmlElement {
        self.map.get_pane_by_name("markerPane")
    }

    /// Adds background tiles (OpenStreetMap's, or an `https` URL template), with the
    /// attribution their terms require.
    pub fn show_tiles(&self, tiles: &Tiles) {
        let (url, attribution) = match tiles {
            Tiles::Osm => (
                "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors".to_owned(),
            ),
            // Leaflet reads attributions as HTML: the host of a custom template is escaped.
            Tiles::Template(template) => {
                let host = template.split('/').nth(2).unwrap_or_default();
                (template.as_str(), format!("Tiles: {}", poles_model::embed::escape_attribute(host)))
            }
        };
        let options = TileLayerOptions::new();
        options.set_attribution(attribution);
        options.set_max_zoom(19.0);
        TileLayer::new_options(url, &options).add_to(&self.map);
        let _ = self.container().class_list().add_1("with-tiles");
    }
}
