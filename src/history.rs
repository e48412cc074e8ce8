//! Keeps the address bar and the view state in step. Each change of the view says how it is
//! recorded ([`Entry`]): a selection pushes a history entry (Back returns to the view before
//! it), a correction or a keystroke in a search that is already under way replaces the current
//! one. Back and Forward restore the view of the entry.

use leptos::prelude::*;
use poles_model::ViewState;
use wasm_bindgen::JsValue;

/// How a change of the view is recorded in the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: a selection the user may want to go back from.
    Push,
    /// The current entry: a correction, or a search being typed.
    Replace,
    /// Not yet: a step of a gesture under way (a slider being dragged), whose end records it.
    Preview,
}

/// Writes `state` to the address bar as `entry` (nothing when the address already says it).
pub fn record(state: &ViewState, entry: Entry) {
    let query = state.to_query();
    if entry == Entry::Preview || current_query().trim_start_matches('?') == query {
        return;
    }
    let Ok(history) = window().history() else {
        return;
    };
    let address = address_with(&query);
    let result = match entry {
        Entry::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&address)),
        Entry::Replace | Entry::Preview => {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&address))
        }
    };
    if let Err(error) = result {
        web_sys::console::warn_2(&"Pôles: could not update the address".into(), &error);
    }
}

/// On Back and Forward, sets `state` to the view of the history entry (for the life of the
/// calling component, the root).
pub fn follow_back_and_forward(state: RwSignal<ViewState>) {
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        let (entry, warnings) = ViewState::from_query(&current_query());
        warn_all(&warnings);
        state.set(entry);
    });
    on_cleanup(move || listener.remove());
}

/// Logs each ignored URL parameter as a console warning.
pub fn warn_all(warnings: &[String]) {
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&format!("Pôles URL: {warning}")));
    }
}

/// The page's query string (with its `?`).
pub fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The address of the page with `query` (canonical, without `?`), keeping its fragment.
pub fn address_with(query: &str) -> String {
    let hash = window().location().hash().unwrap_or_default();
    format!("{}{hash}", page_address(query))
}

/// The page's address (origin and path) with `query`, without any fragment.
pub fn page_address(query: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    format!("{origin}{path}{query}")
}
