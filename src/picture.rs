//! The picture module (`public/pictures.js`): the map image's downloads and the printed
//! brief's map, loaded by the first use through `boot.js`'s `polesPictures(action, …)`. It
//! talks to the picture worker (`picture/`), which draws the SVG from a `Request`.
//!
//! The wasm only writes the request and hands it over, with no answer to wait for: the
//! worker's client, the PNG's canvas and the SVG's parsing cost every visitor's wasm and glue
//! about 4 KB gzip, and are JavaScript loaded on demand instead (docs/performance.md). Nothing here
//! outlives the call, so nothing needs an owner (`src/defer.rs`).

use poles_model::map_image::Request;
use wasm_bindgen::prelude::*;

/// Asks the picture module to `action` (`"save"`, `"print"`) the picture of `request`, with
/// `more` arguments. The module reports its own failures in the console.
pub fn ask(action: &str, request: &Request, more: &[&JsValue]) {
    let asked = (|| {
        let request = serde_json::to_string(request).map_err(|e| e.to_string())?;
        let arguments = js_sys::Array::of2(&action.into(), &request.into());
        for argument in more {
            arguments.push(argument);
        }
        let global = js_sys::global();
        let function: js_sys::Function =
            js_sys::Reflect::get(&global, &"polesPictures".into())?.dyn_into()?;
        function.apply(&global, &arguments)
    })();
    if let Err(error) = asked {
        web_sys::console::error_2(&"Pôles: the picture module is missing".into(), &error);
    }
}
