//! Living inside a host page: the accent colour from the URL, the content height posted to the
//! parent window (`{type: "poles:resize", height}`) so that `embed.js` can size the iframe, and
//! `{type: "poles:reveal", top}` so that it can scroll an opened card into view; with
//! `<poles-atlas>`, the rest of the protocol (`poles_model::embed`): ready, view and select
//! events, and the element's view commands.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::embed::{
    commanded, host_origin, view_query, COMMAND_MESSAGE, MAX_COMMAND_CHARS, PROTOCOL_VERSION,
    READY_MESSAGE, RESIZE_MESSAGE, REVEAL_MESSAGE, SELECT_MESSAGE, VIEW_MESSAGE,
};
use wasm_bindgen::prelude::*;

use crate::history::Entry;
use crate::state::{Atlas, View};
use poles_model::Theme;

/// Applies the `accent` colour, the `theme` (`data-theme` on the root: style/poles.css) and the
/// embed's layout (`embed`, `plain` classes) and, when embedded, posts height changes to the
/// parent.
pub fn follow(view: View) {
    let system_dark = system_prefers_dark();
    Effect::new(move |_| {
        let accent = view.state.with(|s| s.accent.clone());
        let (embedded, plain, theme) = view.state.with(|s| (s.embed, s.plain, s.theme));
        let Some(root) = document().document_element() else {
            return;
        };
        let root: web_sys::HtmlElement = root.unchecked_into();
        let style = root.style();
        let _ = match accent {
            Some(colour) => style.set_property("--poles-accent", &colour),
            None => style.remove_property("--poles-accent").map(|_| ()),
        };
        let _ = root.class_list().toggle_with_force("embed", embedded);
        let _ = root
            .class_list()
            .toggle_with_force("plain", embedded && plain);
        let _ = root.set_attribute("data-theme", theme.code());
        let dark = match theme {
            Theme::Light => false,
            Theme::Dark => true,
            Theme::Auto => system_dark.get(),
        };
        let _ = root.set_attribute("data-scheme", if dark { "dark" } else { "light" });
    });
    if view.state.with_untracked(|s| s.embed) {
        post_height_changes();
    }
}

/// Whether the system asks for dark colours (`prefers-color-scheme`), following its changes.
fn system_prefers_dark() -> ReadSignal<bool> {
    let (dark, set_dark) = signal(false);
    let Ok(Some(query)) = window().match_media("(prefers-color-scheme: dark)") else {
        return dark;
    };
    set_dark.set(query.matches());
    let listener = query.clone();
    let on_change = Closure::<dyn Fn()>::new(move || set_dark.set(listener.matches()));
    let _ = query.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    on_change.forget(); // lives as long as the page, as the App that asks
    dark
}

/// The window embedding the app, when it runs in a frame.
fn host_window() -> Option<web_sys::Window> {
    let window = window();
    window
        .parent()
        .ok()
        .flatten()
        .filter(|parent| *parent != window)
}

/// Posts `{type: kind, v, <key>: value…}` to the host window, at `origin` (`*`: any origin may
/// embed the atlas with the plain snippet, whose messages hold nothing but a number).
fn post(host: &web_sys::Window, origin: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&message, &"v".into(), &PROTOCOL_VERSION.into());
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&message, &(*key).into(), value);
    }
    let _ = host.post_message(&message, origin);
}

fn post_to_host(host: &web_sys::Window, kind: &str, key: &str, value: f64) {
    post(host, "*", kind, &[(key, value.into())]);
}

/// With `<poles-atlas>` (the host's origin in the frame's fragment, `#poles-host=…`): once the
/// data is in, posts `ready`, then the view at each change and the open card when it changes;
/// takes the element's view commands, from the parent window at that origin only, whose
/// parameters other than the view's are ignored (`poles_model::embed::commanded`).
pub fn talk_to_host(view: View, loaded: Signal<Option<Arc<Atlas>>>) {
    let Some(host) = host_window() else {
        return;
    };
    let Some(origin) = window()
        .location()
        .hash()
        .ok()
        .and_then(|h| host_origin(&h))
    else {
        return;
    };
    let (to, from) = (host.clone(), origin.clone());
    Effect::new(move |said: Option<Option<Option<String>>>| {
        // What was said last: nothing before the data (then `ready`), else the open card.
        let said = said.flatten();
        loaded.get()?;
        let state = view.state.get();
        if said.is_none() {
            post(&to, &from, READY_MESSAGE, &[]);
        }
        let query = view_query(&state);
        // The full atlas's address: not the frame's fragment, which is for the frame alone.
        let address = crate::history::page_address(&query);
        post(
            &to,
            &from,
            VIEW_MESSAGE,
            &[("query", query.into()), ("address", address.into())],
        );
        let open = state.cluster.map(|id| id.to_string());
        if said.as_ref() != Some(&open) {
            let id = open.clone().map_or(JsValue::NULL, JsValue::from);
            post(&to, &from, SELECT_MESSAGE, &[("id", id)]);
        }
        Some(open)
    });
    // Lives as long as the App (cleaned up with it).
    let _ = window_event_listener(leptos::ev::message, move |event| {
        let from_host = event
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &host));
        if !from_host || event.origin() != origin {
            return;
        }
        let data = event.data();
        let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
        let text = |key: &str| field(key).and_then(|v| v.as_string());
        let query = text("query").filter(|q| q.chars().count() <= MAX_COMMAND_CHARS);
        let is_command = text("type").as_deref() == Some(COMMAND_MESSAGE)
            && field("v").and_then(|v| v.as_f64()) == Some(f64::from(PROTOCOL_VERSION))
            && text("command").as_deref() == Some("view");
        let (Some(query), true, Some(atlas)) = (query, is_command, loaded.get_untracked()) else {
            return;
        };
        let mut next = commanded(&view.state.get_untracked(), &query);
        let _ = next.retain_known(&atlas.index);
        view.navigate(Entry::Replace, |state| *state = next);
    });
}

/// Asks the host page to scroll so that `element` (e.g. a card just opened) is in view: from
/// inside a frame of another origin, the app cannot scroll the host itself.
pub fn reveal_in_host(element: &web_sys::Element) {
    if let Some(host) = host_window() {
        let top = element.get_bounding_client_rect().top().floor();
        post_to_host(&host, REVEAL_MESSAGE, "top", top);
    }
}

/// Observes the page's height and posts it to the parent window on every change.
fn post_height_changes() {
    let Some(host) = host_window() else {
        return; // not in a frame
    };
    let post = Closure::<dyn Fn()>::new(move || {
        // The content's own height: `scrollHeight` is never below the iframe's height, so
        // the frame could grow but never shrink.
        let height = document()
            .document_element()
            .map_or(0.0, |e| e.get_bounding_client_rect().height().ceil());
        post_to_host(&host, RESIZE_MESSAGE, "height", height);
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) {
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
    }
    post.forget(); // lives as long as the page
}
