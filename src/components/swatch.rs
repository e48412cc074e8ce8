//! A small colour dot (a sector's colour), set through CSSOM so that a strict Content Security
//! Policy (no inline styles) allows it.

use leptos::prelude::*;

/// A decorative dot of `colour` (hidden from screen readers: the text next to it names it).
#[component]
pub fn Swatch(colour: String) -> impl IntoView {
    let dot = NodeRef::<leptos::html::Span>::new();
    Effect::new(move |_| {
        if let Some(dot) = dot.get() {
            let _ = web_sys::HtmlElement::style(&dot).set_property("--swatch-colour", &colour);
        }
    });
    view! { <span class="swatch" node_ref=dot aria-hidden="true"></span> }
}
