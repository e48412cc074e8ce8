//! Saving generated files (the visible clusters as CSV or JSON, the regions × sectors table),
//! with no server. The map's pictures are saved by the picture module (`src/picture.rs`).

use wasm_bindgen::prelude::*;

/// Offers `text` as a download named `file_name`.
pub fn save(file_name: &str, mime: &str, text: impl Into<JsValue>) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    // Through `Reflect`, as elsewhere: `set_href` would add a browser binding to the wasm.
    js_sys::Reflect::set(&link, &"href".into(), &url.as_str().into())?;
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}
