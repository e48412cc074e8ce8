//! The few Leaflet calls leaflet-rs 0.5 does not expose (or exposes wrongly), in one place.
//!
//! - `L.geoJSON` sits in a private module of leaflet-rs.
//! - leaflet-rs's `DivIcon::new` constructs an `L.Icon` (it binds `js_name = Icon`), which
//!   throws "iconUrl not set"; `L.divIcon` is bound here instead.
//! - `Layer::bind_tooltip_with_content` calls a JS function that does not exist; the tooltip
//!   binding here takes a DOM element, so that data stays text (a string would be HTML).
//! - Leaflet.markercluster (vendored from npm) has no Rust binding.

use js_sys::{Array, Reflect};
use leaflet::{FeatureGroup, Icon, Layer, Marker};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen]
extern "C" {
    /// `L.geoJSON(data, options)`.
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    pub fn geo_json(data: &JsValue, options: &JsValue) -> FeatureGroup;

    /// `L.divIcon(options)`.
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &JsValue) -> Icon;

    /// A `L.MarkerClusterGroup` (a feature group that clusters nearby markers).
    #[wasm_bindgen(extends = FeatureGroup, extends = Layer)]
    pub type MarkerClusterGroup;

    /// `L.markerClusterGroup(options)`.
    #[wasm_bindgen(js_namespace = L, js_name = markerClusterGroup)]
    pub fn marker_cluster_group(options: &JsValue) -> MarkerClusterGroup;

    /// `group.addLayers(markers)`: adds many markers at once.
    #[wasm_bindgen(method, js_name = addLayers)]
    pub fn add_layers(this: &MarkerClusterGroup, markers: &Array);

    /// `group.removeLayers(markers)`.
    #[wasm_bindgen(method, js_name = removeLayers)]
    pub fn remove_layers(this: &MarkerClusterGroup, markers: &Array);

    /// `group.getVisibleParent(marker)`: the marker, or the cluster icon that holds it.
    #[wasm_bindgen(method, js_name = getVisibleParent)]
    pub fn get_visible_parent(this: &MarkerClusterGroup, marker: &Marker) -> JsValue;
}

/// `object[key]`, or `undefined`.
pub fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Sets `object[key] = value` (on objects we created; cannot fail on them).
pub fn set(object: &JsValue, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(object, &JsValue::from_str(key), &value.into());
}

/// Calls `object.method(...args)`; `undefined` if it is not a function or throws.
pub fn call(object: &JsValue, method: &str, args: &[&JsValue]) -> JsValue {
    let Ok(function) = get(object, method).dyn_into::<js_sys::Function>() else {
        return JsValue::UNDEFINED;
    };
    let args: Array = args.iter().copied().collect();
    Reflect::apply(&function, object, &args).unwrap_or(JsValue::UNDEFINED)
}

/// `layer.bindTooltip(element, options)`: the tooltip shows the element (text stays text).
pub fn bind_tooltip_element(layer: &Layer, content: &HtmlElement, options: &JsValue) {
    call(layer, "bindTooltip", &[content, options]);
}

/// A plain JavaScript object from key/value pairs.
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = JsValue::from(js_sys::Object::new());
    for (key, value) in pairs {
        set(&object, key, value.clone());
    }
    object
}

/// A `[x, y]` array, as Leaflet takes points and sizes.
pub fn pair(x: f64, y: f64) -> JsValue {
    Array::of2(&x.into(), &y.into()).into()
}

/// The layer an event on a group came from (`event.sourceTarget`).
pub fn source_layer(event: &JsValue) -> JsValue {
    get(event, "sourceTarget")
}

/// The DOM element of a marker (its icon), when it is on the map.
pub fn icon_element(marker: &JsValue) -> Option<HtmlElement> {
    get(marker, "_icon").dyn_into().ok()
}
