//! A panic must never leave a frozen page: the hook logs the message and shows a visible
//! "something went wrong" alert with a reload link, built with DOM text nodes only.

use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Texts;

/// Installs the panic hook, its alert in `texts` (at start-up, and again when the language
/// shown changes: the hook holds the texts, no global does).
pub fn install_hook(texts: Texts) {
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        // Best effort: if the DOM is unusable there is nothing more to do.
        let _ = show_panic_alert(texts);
    }));
}

fn show_panic_alert(texts: Texts) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let body = document.body().ok_or("no body")?;
    if document.get_element_by_id("panic-alert").is_some() {
        return Ok(());
    }
    // A first view still standing in for the atlas would hide the app's state: it goes.
    crate::shell::leave();
    let alert = document.create_element("div")?;
    alert.set_id("panic-alert");
    alert.set_class_name("panic-alert");
    alert.set_attribute("role", "alert")?;
    let message = document.create_element("p")?;
    message.set_text_content(Some(texts.panic_message()));
    // A plain link, so that reloading needs no code from the (now aborted) wasm instance.
    let reload: web_sys::HtmlElement = document.create_element("a")?.dyn_into()?;
    reload.set_attribute("href", &document.location().ok_or("no location")?.href()?)?;
    reload.set_class_name("button");
    reload.set_text_content(Some(texts.reload()));
    alert.append_child(&message)?;
    alert.append_child(&reload)?;
    body.append_child(&alert)?;
    reload.focus()
}

/// Panics on purpose: the end-to-end tests call this export of the wasm module to check that a
/// panic shows the alert instead of freezing the page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn poles_test_panic() {
    panic!("deliberate panic (poles_test_panic)");
}
