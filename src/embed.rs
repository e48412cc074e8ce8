//! Living inside a host page: the accent colour from the URL, the content height posted to the
//! parent window (`{type: "poles:resize", height}`) so that `embed.js` can size the iframe, and
//! `{type: "poles:reveal", top}` so that it can scroll an opened card into view.

use leptos::prelude::*;
use poles_model::embed::{RESIZE_MESSAGE, REVEAL_MESSAGE};
use wasm_bindgen::prelude::*;

use crate::state::View;

/// Applies the `accent` theme colour and, when embedded, posts height changes to the parent.
pub fn follow(view: View) {
    Effect::new(move |_| {
        let accent = view.state.with(|s| s.accent.clone());
        let embedded = view.state.with(|s| s.embed);
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
    });
    if view.state.with_untracked(|s| s.embed) {
        post_height_changes();
    }
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

/// Posts `{type: kind, <key>: value}` to the host window. Any origin may embed the atlas; the
/// messages hold nothing but a number.
fn post_to_host(host: &web_sys::Window, kind: &str, key: &str, value: f64) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&message, &key.into(), &value.into());
    let _ = host.post_message(&message, "*");
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
