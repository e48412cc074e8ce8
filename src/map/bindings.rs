//! The Leaflet calls leaflet-rs 0.5 does not expose (or exposes wrongly), in one place. Each
//! binding says why it is here; everything else goes through leaflet-rs's own types.
//!
//! The bindings used once per marker are typed property accessors and methods (one plain JS
//! call each, no key string copied, no `Reflect`), as they run 100,000 times on a large dataset.

use js_sys::{Array, Function, Object};
use leaflet::{FeatureGroup, Icon, Layer, Marker, PathOptions, Point};
use wasm_bindgen::prelude::*;
use web_sys::Element;

#[wasm_bindgen]
extern "C" {
    /// `L.geoJSON(data, options)`: leaflet-rs declares it in a private module. Returned as the
    /// `L.FeatureGroup` it extends (leaflet-rs's `GeoJson` type lacks the group's methods).
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    pub fn geo_json(data: &JsValue, options: &GeoJsonOptions) -> FeatureGroup;

    /// The options of `L.geoJSON` (leaflet-rs has no type for them).
    #[wasm_bindgen(extends = Object)]
    pub type GeoJsonOptions;

    /// `style(feature) -> PathOptions`.
    #[wasm_bindgen(method, setter)]
    pub fn set_style(this: &GeoJsonOptions, style: &Function);

    /// `filter(feature) -> bool`: which features are drawn.
    #[wasm_bindgen(method, setter)]
    pub fn set_filter(this: &GeoJsonOptions, filter: &Function);

    /// `onEachFeature(feature, layer)`: called for each layer made.
    #[wasm_bindgen(method, setter = onEachFeature)]
    pub fn set_on_each_feature(this: &GeoJsonOptions, on_each: &Function);

    /// A feature of the region geometry (`data/regions.geojson`): `{properties: {code}}`.
    pub type Feature;

    #[wasm_bindgen(method, getter)]
    pub fn properties(this: &Feature) -> Option<FeatureProperties>;

    pub type FeatureProperties;

    /// The region's INSEE code.
    #[wasm_bindgen(method, getter)]
    pub fn code(this: &FeatureProperties) -> Option<String>;

    /// `L.divIcon(options)`: leaflet-rs's `DivIcon::new` constructs an `L.Icon` (it binds
    /// `js_name = Icon`), which throws "iconUrl not set".
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &leaflet::DivIconOptions) -> Icon;

    /// leaflet-rs's `DivIconOptions` types `html` as a string, which Leaflet reads as HTML;
    /// seen as this type, the options take an element, so that data stays text.
    #[wasm_bindgen(extends = Object)]
    pub type DivIconHtml;

    #[wasm_bindgen(method, setter)]
    pub fn set_html(this: &DivIconHtml, html: &Element);

    /// The options of `fitBounds` and `flyToBounds` (leaflet-rs takes them as an untyped value).
    #[wasm_bindgen(extends = Object)]
    pub type FitOptions;

    #[wasm_bindgen(method, setter)]
    pub fn set_padding(this: &FitOptions, padding: &Point);

    /// Length of a flight, in seconds.
    #[wasm_bindgen(method, setter)]
    pub fn set_duration(this: &FitOptions, seconds: f64);

    /// A Leaflet map seen with its default controls: `map.attributionControl` is public in
    /// Leaflet's reference, but leaflet-rs 0.5 binds neither it nor `L.Control.Attribution`.
    #[wasm_bindgen(extends = leaflet::Map)]
    pub type MapControls;

    #[wasm_bindgen(method, getter = attributionControl)]
    pub fn attribution_control(this: &MapControls) -> Option<Attribution>;

    /// `L.Control.Attribution`.
    #[wasm_bindgen(extends = leaflet::Control)]
    pub type Attribution;

    /// `attribution.setPrefix(html)`: the text before the attributions (Leaflet's own link).
    #[wasm_bindgen(method, js_name = setPrefix)]
    pub fn set_prefix(this: &Attribution, html: &str);

    /// A `L.MarkerClusterGroup` (a feature group that clusters nearby markers):
    /// Leaflet.markercluster (vendored from npm) has no Rust binding.
    #[wasm_bindgen(extends = FeatureGroup, extends = Layer)]
    pub type MarkerClusterGroup;

    /// `L.markerClusterGroup(options)`.
    #[wasm_bindgen(js_namespace = L, js_name = markerClusterGroup)]
    pub fn marker_cluster_group(options: &MarkerClusterOptions) -> MarkerClusterGroup;

    /// `group.addLayers(markers, true)`: adds many markers at once, without firing a
    /// `layeradd` event per marker (nothing listens to it).
    #[wasm_bindgen(method, js_name = addLayers)]
    pub fn add_layers_silently(this: &MarkerClusterGroup, markers: &Array, skip_events: bool);

    /// `group.removeLayers(markers)`.
    #[wasm_bindgen(method, js_name = removeLayers)]
    pub fn remove_layers(this: &MarkerClusterGroup, markers: &Array);

    /// `group._childMarkerEventHandlers = handlers`: an instance field (private) of
    /// Leaflet.markercluster 1.5.3, the listeners it puts on each of its markers; emptied for
    /// the gain measured beside its one use, `panes::marker_group`.
    #[wasm_bindgen(method, setter = _childMarkerEventHandlers)]
    pub fn set_child_marker_event_handlers(this: &MarkerClusterGroup, handlers: &Object);

    /// `group.refreshClusters()`: makes the group icons again (those on the map now, the others
    /// when they are next shown).
    #[wasm_bindgen(method, js_name = refreshClusters)]
    pub fn refresh_clusters(this: &MarkerClusterGroup);

    /// `group.getVisibleParent(marker)`: the marker, or the group icon that holds it; `null`
    /// when neither is on the map.
    #[wasm_bindgen(method, js_name = getVisibleParent)]
    pub fn get_visible_parent(this: &MarkerClusterGroup, marker: &Marker) -> Option<AnyLayer>;

    /// The options of `L.markerClusterGroup`.
    #[wasm_bindgen(extends = Object)]
    pub type MarkerClusterOptions;

    /// `iconCreateFunction(cluster) -> Icon`.
    #[wasm_bindgen(method, setter = iconCreateFunction)]
    pub fn set_icon_create_function(this: &MarkerClusterOptions, icon: &Function);

    #[wasm_bindgen(method, setter = showCoverageOnHover)]
    pub fn set_show_coverage_on_hover(this: &MarkerClusterOptions, show: bool);

    /// Markers closer than this (px) are grouped.
    #[wasm_bindgen(method, setter = maxClusterRadius)]
    pub fn set_max_cluster_radius(this: &MarkerClusterOptions, pixels: f64);

    #[wasm_bindgen(method, setter = spiderfyDistanceMultiplier)]
    pub fn set_spiderfy_distance_multiplier(this: &MarkerClusterOptions, factor: f64);

    /// A group icon of Leaflet.markercluster (`L.MarkerCluster`, a marker).
    #[wasm_bindgen(js_namespace = L, extends = Marker, extends = Layer)]
    pub type MarkerCluster;

    /// How many markers the group holds.
    #[wasm_bindgen(method, js_name = getChildCount)]
    pub fn get_child_count(this: &MarkerCluster) -> f64;

    /// A layer as events and callbacks give it: a marker, a group icon, a tooltip, a path...
    #[wasm_bindgen(extends = Layer)]
    pub type AnyLayer;

    /// `layer.polesPosition`: the dataset position of the cluster of one of the atlas's
    /// markers; `None` on other layers (group icons, tooltips, paths).
    #[wasm_bindgen(method, getter = polesPosition)]
    pub fn poles_position(this: &AnyLayer) -> Option<f64>;

    /// Sets `marker.polesPosition`.
    #[wasm_bindgen(method, setter = polesPosition)]
    pub fn set_poles_position(this: &AnyLayer, position: f64);

    /// `marker.polesDot`: the marker's dot, made the first time the marker is put on a map and
    /// moved into each icon Leaflet makes for it after (a new element at each add).
    #[wasm_bindgen(method, getter = polesDot)]
    pub fn poles_dot(this: &AnyLayer) -> Option<Element>;

    /// Sets `marker.polesDot`.
    #[wasm_bindgen(method, setter = polesDot)]
    pub fn set_poles_dot(this: &AnyLayer, dot: &Element);

    /// `layer._addFocusListeners()`: the step of Leaflet 1.9.4's `bindTooltip` that opens the
    /// tooltip on the focus of the layer's element. A marker gets a new icon element each time
    /// it is put on the map, and the tooltip listens to the one it had when bound: this keeps
    /// the tooltip bound once (a private method of the vendored Leaflet; were it renamed, the
    /// call fails and the caller binds the tooltip again).
    #[wasm_bindgen(method, catch, js_name = _addFocusListeners)]
    pub fn add_focus_listeners(this: &AnyLayer) -> Result<(), JsValue>;

    /// `layer.getElement()`: a marker's icon or a path's SVG element while on the map
    /// (leaflet-rs 0.5 binds it on neither).
    #[wasm_bindgen(method, js_name = getElement)]
    pub fn get_element(this: &AnyLayer) -> Option<Element>;
}

/// A new, empty options object of one of the option types above.
pub fn options<T: JsCast>() -> T {
    Object::new().unchecked_into()
}

/// The path options giving an SVG path the class `class`.
pub fn path_class(class: &str) -> PathOptions {
    let options = PathOptions::new();
    options.set_class_name(class.to_owned());
    options
}
