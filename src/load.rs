//! Fetching the dataset and the region geometry at run time (gloo-net), so that a site can
//! swap `data/clusters.json` without rebuilding the app.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use gloo_net::http::Request;
use poles_model::catalogue::Language;
use poles_model::{LoadError, Loaded};
use wasm_bindgen::prelude::*;

use crate::i18n::Texts;
use crate::state::Atlas;

/// Default address of the dataset, relative to the page (works under any sub-path).
pub const DATASET_URL: &str = "data/clusters.json";
/// Address of the region outlines.
pub const GEOMETRY_URL: &str = "data/regions.geojson";

/// How long a file may take before the load is given up.
const TIMEOUT_MS: i32 = 15_000;

/// Why a file could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadFailure {
    /// No answer (offline, refused, blocked by CORS...).
    Network(String),
    /// No complete answer within [`TIMEOUT_MS`].
    Timeout,
    /// An answer with an error status.
    Status(u16),
    /// A web page where data was expected (a wrong address, a login page...).
    NotData(String),
    /// An answer that is not a readable dataset.
    Invalid(LoadError),
    /// Region outlines that are not UTF-8 JSON.
    InvalidGeometry,
}

impl From<LoadError> for LoadFailure {
    fn from(error: LoadError) -> Self {
        LoadFailure::Invalid(error)
    }
}

/// Aborts a fetch after [`TIMEOUT_MS`]; remembers whether it did.
struct Deadline {
    controller: web_sys::AbortController,
    expired: Rc<Cell<bool>>,
    timer: Option<i32>,
    _on_expiry: Closure<dyn Fn()>,
}

impl Deadline {
    fn start() -> Result<Self, LoadFailure> {
        let controller = web_sys::AbortController::new()
            .map_err(|_| LoadFailure::Network("no AbortController".to_owned()))?;
        let expired = Rc::new(Cell::new(false));
        let on_expiry = {
            let (controller, expired) = (controller.clone(), expired.clone());
            Closure::<dyn Fn()>::new(move || {
                expired.set(true);
                controller.abort();
            })
        };
        // Not through `crate::defer`: the deadline belongs to the request, not to a view (it
        // is cleared when the request ends, on drop), and touches no reactive value.
        let timer = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                on_expiry.as_ref().unchecked_ref(),
                TIMEOUT_MS,
            )
            .ok()
        });
        Ok(Deadline {
            controller,
            expired,
            timer,
            _on_expiry: on_expiry,
        })
    }

    /// The failure for a network error: a timeout if the deadline caused it.
    fn failure(&self, error: impl ToString) -> LoadFailure {
        if self.expired.get() {
            LoadFailure::Timeout
        } else {
            LoadFailure::Network(error.to_string())
        }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let (Some(window), Some(timer)) = (web_sys::window(), self.timer) {
            window.clear_timeout_with_handle(timer);
        }
    }
}

/// Fetches `url` and returns its body, within [`TIMEOUT_MS`].
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, LoadFailure> {
    let deadline = Deadline::start()?;
    let response = Request::get(url)
        .abort_signal(Some(&deadline.controller.signal()))
        .send()
        .await
        .map_err(|e| deadline.failure(e))?;
    if !response.ok() {
        return Err(LoadFailure::Status(response.status()));
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if content_type.contains("html") {
        return Err(LoadFailure::NotData(content_type));
    }
    response.binary().await.map_err(|e| deadline.failure(e))
}

/// Fetches, parses and validates the dataset, and indexes it for filtering.
pub async fn load_atlas(url: String) -> Result<Arc<Atlas>, LoadFailure> {
    let bytes = fetch_bytes(&url).await?;
    let loaded: Loaded = poles_model::load_owned(bytes)?;
    // In the interface's English words: the model's own English (its `Display`, for the CLI)
    // would be a second copy of every sentence in the wasm.
    let t = Texts::english();
    for issue in &loaded.issues {
        let line = t.issue_line(issue.record.as_ref(), &issue.field, &t.issue(&issue.kind));
        let detail = issue.kind.detail().unwrap_or_default();
        let text = format!("{url}: {line} {detail}");
        web_sys::console::warn_1(&JsValue::from_str(text.trim_end()));
    }
    let atlas = Arc::new(Atlas::new(loaded, crate::state::today()));
    // The atlas renders in a task of its own: reading the data and rendering it, each tens of
    // milliseconds on a phone, block the main thread in two stretches rather than one.
    crate::defer::task_later().await;
    Ok(atlas)
}

/// The address of a language's texts (`cargo xtask catalogue`), relative like the data's; the
/// same as `public/boot.js` preloads.
pub fn texts_url(lang: Language) -> String {
    format!("i18n/{}.json", lang.code())
}

/// Fetches the texts of `lang` (a JSON array of strings, read by the browser's `JSON.parse`:
/// no deserializer in the wasm); `None`, with a warning in the console, when they cannot be
/// had (the language shown then stays).
pub async fn load_texts(lang: Language) -> Option<Texts> {
    let url = texts_url(lang);
    let list = async {
        let bytes = fetch_bytes(&url).await.ok()?;
        let array = js_sys::JSON::parse(std::str::from_utf8(&bytes).ok()?).ok()?;
        let array: js_sys::Array = array.dyn_into().ok()?;
        array
            .iter()
            .map(|item| item.as_string())
            .collect::<Option<Vec<_>>>()
    };
    let texts = list.await.and_then(|list| Texts::from_list(lang, list));
    if texts.is_none() {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "Pôles: the texts of {url} could not be loaded (or are of another build)"
        )));
    }
    texts
}

/// Fetches the region outlines, parsed into a JavaScript object for Leaflet.
pub async fn load_geometry() -> Result<JsValue, LoadFailure> {
    let bytes = fetch_bytes(GEOMETRY_URL).await?;
    let text = std::str::from_utf8(&bytes).map_err(|_| LoadFailure::InvalidGeometry)?;
    js_sys::JSON::parse(text).map_err(|_| LoadFailure::InvalidGeometry)
}
