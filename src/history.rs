//! Keeps the address bar and the view state in step: every change of the view writes the
//! canonical query string (a new history entry for selections, the same entry while typing a
//! search), and Back/Forward restore the view of the entry.

use std::cell::Cell;

use leptos::prelude::*;
use poles_model::ViewState;
use wasm_bindgen::prelude::*;

use crate::state::View;

/// How the next change of the view is written to the history.
#[derive(Clone, Copy, PartialEq)]
enum NextWrite {
    /// A selection: a new entry (or the same one while typing a search).
    Normal,
    /// A correction of the current entry (e.g. unknown ids dropped).
    Replace,
    /// A view restored from the history: nothing to write.
    Skip,
}

thread_local! {
    static NEXT_WRITE: Cell<NextWrite> = const { Cell::new(NextWrite::Normal) };
}

/// Makes the next view change replace the current history entry instead of adding one.
pub fn replace_next() {
    NEXT_WRITE.set(NextWrite::Replace);
}

/// Starts syncing `view` with the address bar (once, in the root component).
pub fn sync(view: View) {
    let on_pop = Closure::<dyn Fn()>::new(move || {
        let (state, warnings) = ViewState::from_query(&current_query());
        warn_all(&warnings);
        NEXT_WRITE.set(NextWrite::Skip);
        view.state.set(state);
    });
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    }
    on_pop.forget(); // lives as long as the page

    Effect::new(move |previous: Option<ViewState>| {
        let state = view.state.get();
        let how = NEXT_WRITE.replace(NextWrite::Normal);
        let typing = previous.as_ref().is_some_and(|p| {
            let mut same_but_query = p.clone();
            same_but_query
                .filters
                .query
                .clone_from(&state.filters.query);
            same_but_query == state && p.filters.query != state.filters.query
        });
        match (how, &previous) {
            (NextWrite::Skip, _) => {}
            (_, Some(p)) if *p == state => {}
            (NextWrite::Normal, Some(_)) if !typing => write(&state.to_query(), false),
            _ => write(&state.to_query(), true),
        }
        state
    });
}

/// Logs each ignored URL parameter as a console warning.
pub fn warn_all(warnings: &[String]) {
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&format!("Pôles URL: {warning}")));
    }
}

/// The page's query string (with its `?`).
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The address of the page with `query` (canonical, without `?`).
pub fn address_with(query: &str) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    format!("{origin}{path}{query}{hash}")
}

fn write(query: &str, replace: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current_query().trim_start_matches('?') == query {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let address = address_with(query);
    let result = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&address))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&address))
    };
    if let Err(error) = result {
        web_sys::console::warn_2(&"Pôles: could not update the address".into(), &error);
    }
}
