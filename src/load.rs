//! Fetching the dataset and the region geometry at run time (gloo-net), so that a site can
//! swap `data/clusters.json` without rebuilding the app.

use std::sync::Arc;

use gloo_net::http::Request;
use poles_model::{LoadError, Loaded};
use wasm_bindgen::JsValue;

use crate::state::Atlas;

/// Default address of the dataset, relative to the page (works under any sub-path).
pub const DATASET_URL: &str = "data/clusters.json";
/// Address of the region outlines.
pub const GEOMETRY_URL: &str = "data/regions.geojson";

/// Why a file could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// No answer (offline, refused, blocked by CORS...).
    Network(String),
    /// An answer with an error status.
    Status(u16),
    /// An answer that is not a readable dataset.
    Invalid(String),
}

impl From<LoadError> for LoadFailure {
    fn from(error: LoadError) -> Self {
        LoadFailure::Invalid(error.to_string())
    }
}

/// Fetches `url` and returns its body.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadFailure> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|e| LoadFailure::Network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadFailure::Status(response.status()));
    }
    response
        .binary()
        .await
        .map_err(|e| LoadFailure::Network(e.to_string()))
}

/// Fetches, parses and validates the dataset, and indexes it for filtering.
pub async fn load_atlas(url: String) -> Result<Arc<Atlas>, LoadFailure> {
    let bytes = fetch_bytes(&url).await?;
    let loaded: Loaded = poles_model::load(&bytes)?;
    for issue in &loaded.issues {
        web_sys::console::warn_1(&JsValue::from_str(&format!("{url}: {issue}")));
    }
    Ok(Arc::new(Atlas::new(loaded)))
}

/// Fetches the region outlines, parsed into a JavaScript object for Leaflet.
pub async fn load_geometry() -> Result<JsValue, LoadFailure> {
    let bytes = fetch_bytes(GEOMETRY_URL).await?;
    let text = std::str::from_utf8(&bytes).map_err(|e| LoadFailure::Invalid(e.to_string()))?;
    js_sys::JSON::parse(text).map_err(|_| LoadFailure::Invalid("not JSON".to_owned()))
}
