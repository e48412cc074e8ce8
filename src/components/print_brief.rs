//! What only a printed page shows: the page's address and the day it was printed, and the map
//! of the area the view is about (`poles_model::map_image`, `Format::Brief`: the open
//! cluster's region, else the selected one, else France). The print styles
//! (`style/poles.css`, `@media print`) hide the interactive map and the list, and lay the
//! brief out on one A4 page.
//!
//! The map is drawn by the picture worker, which loads on demand, and `beforeprint` cannot
//! wait: the Print button draws the map, then prints. A print from the browser's menu shows
//! the last map drawn when it is of the same view, else the brief without its map.

use leptos::html::{Div, P};
use leptos::prelude::*;
use poles_model::map_image::{Format, Request};

use wasm_bindgen::JsValue;

use super::share::link_address;
use crate::map_image::MapInputs;
use crate::state::View;

/// Replaces the children of `container` with the SVG document `svg` (parsed as XML: its
/// texts were escaped by the writer; nothing is read as HTML).
fn put_svg(container: &web_sys::Element, svg: &str) -> Result<(), JsValue> {
    let parsed =
        web_sys::DomParser::new()?.parse_from_string(svg, web_sys::SupportedType::ImageSvgXml)?;
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
    /// The last map drawn, and for which request.
    last: StoredValue<Option<(Request, String)>>,
}

impl Brief {
    /// Provides an empty brief to the atlas view.
    pub fn provide() {
        provide_context(Brief {
            map: NodeRef::new(),
            line: NodeRef::new(),
            last: StoredValue::new(None),
        });
    }

    /// Writes the address line, and the last map drawn if it is of `request` (else none).
    fn write(&self, view: View, inputs: MapInputs, request: &Request) {
        let (Some(map), Some(line)) = (self.map.get_untracked(), self.line.get_untracked()) else {
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
        let drawn = self.last.with_value(|last| {
            let svg = last.as_ref().filter(|(r, _)| r == request);
            svg.map(|(_, svg)| put_svg(&map, svg))
        });
        match drawn {
            Some(Err(error)) => web_sys::console::error_2(
                &"Pôles: the printed map could not be drawn".into(),
                &error,
            ),
            Some(Ok(())) => {}
            None => map.replace_children_with_node_0(),
        }
    }
}

#[component]
pub fn PrintBrief() -> impl IntoView {
    let view = expect_context::<View>();
    let inputs = expect_context::<MapInputs>();
    let brief = expect_context::<Brief>();
    // Written in the handler itself, not through signals: the page is laid out for print as
    // soon as the handler returns.
    let before = window_event_listener_untyped("beforeprint", move |_| {
        brief.write(view, inputs, &inputs.request(view, Format::Brief));
    });
    on_cleanup(move || before.remove());
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
            let svg = svg.unwrap_or_else(|error| {
                web_sys::console::error_2(
                    &"Pôles: the printed map could not be drawn".into(),
                    &error,
                );
                String::new()
            });
            // The brief lives as long as the atlas view; if that is gone, so is the page to print.
            if brief
                .last
                .try_set_value(Some((request.clone(), svg)))
                .is_some()
            {
                return;
            }
            brief.write(view, inputs, &request);
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        });
    };
    view! {
        <button type="button" class="link-button print" on:click=print>{label}</button>
    }
}
