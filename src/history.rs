//! Keeps the address bar and the view state in step. Each change of the view says how it is
//! recorded ([`Entry`]): a selection pushes a history entry (Back returns to the view before
//! it), a correction or a keystroke in a search that is already under way replaces the current
//! one. Back and Forward restore the view of the entry. The address is written after the paint
//! that shows the view ([`Address`]).

use std::time::Duration;

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

/// The address bar, written after the paint that shows each change: `history.pushState` took
/// 4–5 ms of a chip click's 24 ms before the paint (real data, 1440 px, a release build;
/// docs/performance.md, "The address after the paint"). The changes of one frame are written
/// together: the last view, as a new entry if any of them asked for one. A context of the App,
/// in [`crate::state::View`].
#[derive(Clone, Copy)]
pub struct Address {
    /// The query waiting for the paint, and whether a new entry is due.
    waiting: StoredValue<Option<(String, bool)>, LocalStorage>,
}

impl Address {
    pub fn new() -> Self {
        Address {
            waiting: StoredValue::new_local(None),
        }
    }

    /// Writes `state` to the address bar as `entry` after the paint (nothing when the address
    /// then already says it).
    pub fn record(self, state: &ViewState, entry: Entry) {
        if entry == Entry::Preview {
            return;
        }
        let query = state.to_query();
        let first = self.waiting.try_update_value(|waiting| {
            let push = entry == Entry::Push || waiting.as_ref().is_some_and(|(_, push)| *push);
            waiting.replace((query, push)).is_none()
        });
        if first == Some(true) {
            // Not through `crate::defer`: the address is the page's, not a view's; it is
            // written even when the view that changed it is gone. A frame, then a task: after
            // the paint.
            request_animation_frame(move || set_timeout(move || self.write(), Duration::ZERO));
        }
    }

    /// Writes the address waiting, if any.
    fn write(self) {
        let Some((query, push)) = self.waiting.try_update_value(Option::take).flatten() else {
            return;
        };
        let Ok(history) = window().history() else {
            return;
        };
        if current_query().trim_start_matches('?') == query {
            return;
        }
        let address = address_with(&query);
        let result = match push {
            true => history.push_state_with_url(&JsValue::NULL, "", Some(&address)),
            false => history.replace_state_with_url(&JsValue::NULL, "", Some(&address)),
        };
        if let Err(error) = result {
            web_sys::console::warn_2(&"Pôles: could not update the address".into(), &error);
        }
    }

    /// Forgets the address waiting (Back or Forward: the entry's view wins).
    fn forget(self) {
        self.waiting.try_update_value(Option::take);
    }
}

/// On Back and Forward, sets `state` to the view of the history entry (for the life of the
/// calling component, the root).
pub fn follow_back_and_forward(state: RwSignal<ViewState>, address: Address) {
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        address.forget();
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
