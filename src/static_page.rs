//! The app opened on a page written by the build (`cargo xtask pages`: `clusters/<id>/`,
//! `regions/<slug>/`, ...): the page's content (`#poles-page`) says which view it shows
//! (`data-state`); the app opens that view, pins `<base>` and moves the address to the atlas
//! root (where every later view lives, as on the atlas itself), keeps the page's title while
//! its view is shown, and removes the content once the data has loaded.

use leptos::prelude::*;
use poles_model::site::start_query;
use poles_model::ViewState;
use wasm_bindgen::JsValue;

use crate::state::View;

/// The id of a page's static content.
const CONTENT_ID: &str = "poles-page";

/// The query the app starts from: the address's, completed by the page's view on a generated
/// page. `Some(page view)` as second value on such a page.
pub fn start(address_query: &str) -> (String, Option<String>) {
    let page = document()
        .get_element_by_id(CONTENT_ID)
        .and_then(|content| content.get_attribute("data-state"));
    match page {
        Some(page) => (start_query(&page, address_query), Some(page)),
        None => (address_query.to_owned(), None),
    }
}

/// On a generated page, with the view `state` the app starts in: pins `<base>` to the atlas
/// root it points at (so that addresses keep resolving there whatever the address bar shows),
/// moves the address to that root with the view's query (a reload or a bookmark then opens the
/// same view, and the history works as on the atlas), and keeps the title in step (the page's
/// while its view is shown, the atlas's otherwise).
pub fn settle(view: View, state: &ViewState) {
    let document = document();
    let Some(root) = document.base_uri().ok().flatten() else {
        return;
    };
    if let Ok(Some(base)) = document.query_selector("base[href]") {
        let _ = base.set_attribute("href", &root);
    }
    let query = state.to_query();
    let hash = window().location().hash().unwrap_or_default();
    let address = if query.is_empty() {
        format!("{root}{hash}")
    } else {
        format!("{root}?{query}{hash}")
    };
    if let Ok(history) = window().history() {
        if let Err(error) = history.replace_state_with_url(&JsValue::NULL, "", Some(&address)) {
            web_sys::console::warn_2(&"Pôles: could not update the address".into(), &error);
        }
    }
    let page_state = state.clone();
    let page_title = document.title();
    Effect::new(move |_| {
        let title = if view.state.with(|s| *s == page_state) {
            page_title.clone()
        } else {
            view.texts().atlas_title().to_owned()
        };
        document.set_title(&title);
    });
}

/// Removes the page's static content (the app then shows in its place).
pub fn leave() {
    if let Some(content) = document().get_element_by_id(CONTENT_ID) {
        content.remove();
    }
}
