//! The few Leaflet calls leaflet-rs 0.5 does not expose (or exposes wrongly), in one place.
//!
//! - `L.geoJSON` sits in a private module of leaflet-rs.
//! - leaflet-rs's `DivIcon::new` constructs an `L.Icon` (it binds `js_name = Icon`), which
//!   throws "iconUrl not set"; `L.divIcon` is bound here instead.
//! - Reading Leaflet event fields (`sourceTarget`, `feature`) and our own marker options.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `L.geoJSON(data, options)`.
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    pub fn geo_json(data: &JsValue, options: &JsValue) -> leaflet::FeatureGroup;

    /// `L.divIcon(options)`.
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    pub fn div_icon(options: &leaflet::DivIconOptions) -> leaflet::Icon;
}

/// `object[key]`, or `undefined`.
pub fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Sets `object[key] = value` (on objects we created; cannot fail on them).
pub fn set(object: &JsValue, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(object, &JsValue::from_str(key), &value.into());
}

/// A plain JavaScript object from key/value pairs.
pub fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = JsValue::from(js_sys::Object::new());
    for (key, value) in pairs {
        set(&object, key, value.clone());
    }
    object
}

/// The layer an event on a group came from (`event.sourceTarget`).
pub fn source_layer(event: &JsValue) -> JsValue {
    get(event, "sourceTarget")
}
