//! The map's picture, drawn off the page's thread and out of its wasm: a web worker
//! (Trunk's `data-type="worker"`) that the app starts the first time a picture is asked for
//! (the map image's downloads, the printed brief). It reads the request (JSON,
//! `poles_model::map_image::Request`), loads the dataset and the region outlines from their
//! addresses once (the browser's cache has them), and answers `[id, svg]` or `[id, null,
//! error]`. It says `"ready"` once, when it listens.
//!
//! Why a worker: the writer and its inputs cost +15.9 KB gzip in the app's wasm, over the
//! 10 KB issue 22 allows for every visitor (docs/performance.md); here they cost only those
//! who ask for a picture.

use std::cell::RefCell;
use std::rc::Rc;

use poles_model::map_image::{Outlines, Request};
use poles_model::Dataset;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Response};

/// The files read, by address, kept for the worker's life.
#[derive(Default)]
struct Loaded {
    data: Option<(String, Rc<Dataset>)>,
    geometry: Option<(String, Rc<Outlines>)>,
}

thread_local! {
    static LOADED: RefCell<Loaded> = RefCell::default();
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// The text at `address`.
async fn text(address: &str) -> Result<String, String> {
    let failed = |e: JsValue| format!("{address}: {e:?}");
    let response: Response = JsFuture::from(scope().fetch_with_str(address))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("{address}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?)
        .await
        .map_err(failed)?;
    text.as_string()
        .ok_or_else(|| format!("{address}: not text"))
}

/// The dataset at `address`, loaded once.
async fn dataset(address: &str) -> Result<Rc<Dataset>, String> {
    let kept = LOADED.with_borrow(|l| l.data.clone());
    if let Some((_, dataset)) = kept.filter(|(at, _)| at == address) {
        return Ok(dataset);
    }
    let loaded = poles_model::load(text(address).await?.as_bytes()).map_err(|e| e.to_string())?;
    let dataset = Rc::new(loaded.dataset);
    LOADED.with_borrow_mut(|l| l.data = Some((address.to_owned(), dataset.clone())));
    Ok(dataset)
}

/// The outlines at `address`, loaded once.
async fn outlines(address: &str) -> Result<Rc<Outlines>, String> {
    let kept = LOADED.with_borrow(|l| l.geometry.clone());
    if let Some((_, outlines)) = kept.filter(|(at, _)| at == address) {
        return Ok(outlines);
    }
    let outlines = Outlines::from_geojson(&text(address).await?).map_err(|e| e.to_string())?;
    let outlines = Rc::new(outlines);
    LOADED.with_borrow_mut(|l| l.geometry = Some((address.to_owned(), outlines.clone())));
    Ok(outlines)
}

/// The picture a request asks for.
async fn draw(request: &str) -> Result<String, String> {
    let request: Request = serde_json::from_str(request).map_err(|e| e.to_string())?;
    let dataset = dataset(&request.data).await?;
    let outlines = outlines(&request.geometry).await?;
    request.draw(&dataset, &outlines)
}

/// Answers one message `[id, request]`.
async fn answer(message: JsValue) {
    let id = js_sys::Reflect::get_u32(&message, 0).unwrap_or(JsValue::NULL);
    let request = js_sys::Reflect::get_u32(&message, 1)
        .ok()
        .and_then(|r| r.as_string());
    let reply = match request {
        Some(request) => draw(&request).await,
        None => Err("a request is [id, JSON text]".to_owned()),
    };
    let reply = match reply {
        Ok(svg) => js_sys::Array::of2(&id, &svg.into()),
        Err(error) => js_sys::Array::of3(&id, &JsValue::NULL, &error.into()),
    };
    if let Err(error) = scope().post_message(&reply) {
        web_sys::console::error_1(&error);
    }
}

fn main() {
    let listener = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        wasm_bindgen_futures::spawn_local(answer(event.data()));
    });
    scope().set_onmessage(Some(listener.as_ref().unchecked_ref()));
    // The worker listens for its whole life.
    listener.forget();
    if let Err(error) = scope().post_message(&"ready".into()) {
        web_sys::console::error_1(&error);
    }
}
