//! The few Leaflet calls leaflet-rs 0.5 does not expose (or exposes wrongly), in one place.
//!
//! - `L.geoJSON` sits in a private module of leaflet-rs.
//! - leaflet-rs's `DivIcon::new` constructs an `L.Icon` (it binds `js_name = Icon`), which
//!   throws "iconUrl not set"; `L.divIcon` is bound here instead.
//! - `Layer::bind_tooltip_with_content` calls a JS function that does not exist; the tooltip
//!   binding here takes a function returning a DOM element, so that data stays text (a string
//!   would be HTML).
//! - Leaflet.markercluster (vendored from npm) has no Rust binding.
//!
//! The bindings used once per marker are typed property accessors and methods (one plain JS
//! call each, no key string copied, no `Reflect`), as they run 100,000 times on a large dataset.

use js_sys::{Array, Object, Reflect};
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

    /// `group.addLayers(markers, true)`: adds many markers at once, without firing a
    /// `layeradd` event per marker (nothing listens to it).
    #[wasm_bindgen(method, js_name = addLayers)]
    pub fn add_layers_silently(this: &MarkerClusterGroup, markers: &Array, skip_events: bool);

    /// `group.removeLayers(markers)`.
    #[wasm_bindgen(method, js_name = removeLayers)]
    pub fn remove_layers(this: &MarkerClusterGroup, markers: &Array);

    /// `group.clearLayers()`: removes every marker (off the map, it only unlinks them and
    /// drops the clustering grids).
    #[wasm_bindgen(method, js_name = clearLayers)]
    pub fn clear_all(this: &MarkerClusterGroup);

    /// `group.getVisibleParent(marker)`: the marker, or the cluster icon that holds it.
    #[wasm_bindgen(method, js_name = getVisibleParent)]
    pub fn get_visible_parent(this: &MarkerClusterGroup, marker: &Marker) -> JsValue;

    /// A layer as events and callbacks give it: a marker, a cluster icon, a tooltip, a path...
    #[wasm_bindgen(extends = Layer)]
    pub type AnyLayer;

    /// `layer.polesPosition`: the dataset position of the cluster of one of the atlas's
    /// markers; `None` on other layers (cluster icons, tooltips, paths).
    #[wasm_bindgen(method, getter = polesPosition)]
    pub fn poles_position(this: &AnyLayer) -> Option<f64>;

    /// Sets `marker.polesPosition`.
    #[wasm_bindgen(method, setter = polesPosition)]
    pub fn set_poles_position(this: &AnyLayer, position: f64);

    /// `layer.getElement()` (markers): the icon element while on the map.
    #[wasm_bindgen(method, js_name = getElement)]
    pub fn get_element(this: &AnyLayer) -> Option<HtmlElement>;

    /// `layer.getTooltip()`.
    #[wasm_bindgen(method, js_name = getTooltip)]
    pub fn get_tooltip(this: &AnyLayer) -> JsValue;

    /// `layer.bindTooltip(content, options)`, with `content` a function of the layer returning
    /// a DOM element (built when the tooltip opens).
    #[wasm_bindgen(method, js_name = bindTooltip)]
    pub fn bind_tooltip_fn(this: &AnyLayer, content: &JsValue, options: &JsValue);

    /// `layer.unbindTooltip()`.
    #[wasm_bindgen(method, js_name = unbindTooltip)]
    pub fn unbind_tooltip_any(this: &AnyLayer);

    /// A Leaflet event (`{type, target, sourceTarget, layer, originalEvent}`).
    pub type LeafletEvent;

    #[wasm_bindgen(method, getter = type)]
    pub fn kind(this: &LeafletEvent) -> String;

    /// `event.sourceTarget`: the layer an event on a group came from.
    #[wasm_bindgen(method, getter = sourceTarget)]
    pub fn source_target(this: &LeafletEvent) -> AnyLayer;

    /// `event.layer` (`layeradd` events).
    #[wasm_bindgen(method, getter)]
    pub fn layer(this: &LeafletEvent) -> AnyLayer;

    #[wasm_bindgen(method, getter = originalEvent)]
    pub fn original_event(this: &LeafletEvent) -> JsValue;
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

/// A plain JavaScript object from key/value pairs.
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = JsValue::from(Object::new());
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
