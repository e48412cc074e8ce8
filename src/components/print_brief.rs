//! What only a printed page shows: the page's address and the day it was printed, and the map
//! of the area the view is about (`poles_model::map_image`, `Format::Brief`: the open
//! cluster's region, else the selected one, else France). The print styles
//! (`style/poles.css`, `@media print`) hide the interactive map and the list, and lay the
//! brief out on one A4 page.
//!
//! The map is drawn by the picture worker, which loads on demand, and `beforeprint` cannot
//! wait: the Print button draws the map, then prints, and `afterprint` takes it out. A print
//! from the browser's menu gives the brief without its map.

use js_sys::JsString;
use leptos::html::{Div, P};
use leptos::prelude::*;
use poles_model::map_image::Format;
use wasm_bindgen::{JsCast, JsValue};

use super::share::link_address;
use crate::map_image::MapInputs;
use crate::picture::call;
use crate::state::View;

/// Replaces the children of `container` with the SVG document `svg` (parsed as XML: its
/// texts were escaped by the writer; nothing is read as HTML). The SVG stays a JS string
/// (`picture::call`).
fn put_svg(container: &web_sys::Element, svg: &JsString) -> Result<(), JsValue> {
    let parser = web_sys::DomParser::new()?;
    let parsed: web_sys::Document =
        call(&parser, "parseFromString", &[svg, &"image/svg+xml".into()])?.unchecked_into();
    let root = parsed.document_element().ok_or("no SVG")?;
    let node = document().import_node_with_deep(&root, true)?;
    container.replace_children_with_node_1(&node);
    Ok(())
}

/// The brief's parts, shared by the brief and the Print buttons: a context of the atlas view.
#[derive(Clone, Copy)]
pub struct Brief {
    map: NodeRef<Div>,
    line: NodeRef<P>,
}

impl Brief {
    /// Provides an empty brief to the atlas view.
    pub fn provide() {
        provide_context(Brief {
            map: NodeRef::new(),
            line: NodeRef::new(),
        });
    }

    /// Writes the address line (the view's address and today).
    fn write_line(&self, view: View, inputs: MapInputs) {
        let Some(line) = self.line.get_untracked() else {
            return;
        };
        let t = view.texts_untracked();
        let dataset = &inputs.atlas().dataset;
        let address = view
            .state
            .with_untracked(|s| link_address(s, t.lang, Some(dataset)));
        line.set_text_content(Some(
            &t.printed(&address, &t.dates().day(crate::state::today())),
        ));
    }

    /// Leaves the map out: the page keeps no map it does not show.
    fn clear_map(&self) {
        if let Some(map) = self.map.get_untracked() {
            map.replace_children_with_node_0();
        }
    }
}

#[component]
pub fn PrintBrief() -> impl IntoView {
    let view = expect_context::<View>();
    let inputs = expect_context::<MapInputs>();
    let brief = expect_context::<Brief>();
    // Written in the handlers themselves, not through signals: the page is laid out for print
    // as soon as `beforeprint` returns. The map is there only when a Print button drew it.
    let before =
        window_event_listener_untyped("beforeprint", move |_| brief.write_line(view, inputs));
    let after = window_event_listener_untyped("afterprint", move |_| brief.clear_map());
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    view! {
        <div class="print-brief" aria-hidden="true">
            <p class="print-address" node_ref=brief.line></p>
            <div class="print-map" node_ref=brief.map></div>
        </div>
    }
}

/// "Print" (its `label`: a static text in a view rebuilt often, such as the card): draws the
/// brief's map (the picture worker loads the first time), then opens the browser's print
/// dialog.
pub fn print_button(label: impl IntoView + 'static) -> impl IntoView {
    let view = expect_context::<View>();
    let inputs = expect_context::<MapInputs>();
    let brief = expect_context::<Brief>();
    let print = move |_| {
        let request = inputs.request(view, Format::Brief);
        leptos::task::spawn_local(async move {
            let svg = inputs.pictures.draw(&request).await;
            // The brief lives as long as the atlas view; if that is gone, so is the page.
            let Some(Some(map)) = brief.map.try_get_untracked() else {
                return;
            };
            if let Err(error) = svg.and_then(|svg| put_svg(&map, &svg)) {
                web_sys::console::error_2(
                    &"Pôles: the printed map could not be drawn".into(),
                    &error,
                );
            }
            // Prints, and `afterprint` leaves the map out again.
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        });
    };
    view! {
        <button type="button" class="link-button print" on:click=print>{label}</button>
    }
}
