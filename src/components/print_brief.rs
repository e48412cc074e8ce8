//! What only a printed page shows: the page's address and the day it was printed, and the map
//! of the area the view is about (`poles_model::map_image`, `Format::Brief`: the open
//! cluster's region, else the selected one, else France), drawn when the browser is about to
//! print (`beforeprint`, which the browser's print to PDF fires too). The print styles
//! (`style/poles.css`, `@media print`) hide the interactive map and the list, and lay the
//! brief out on one A4 page.

use leptos::prelude::*;
use poles_model::map_image::Format;
use wasm_bindgen::prelude::*;

use super::share::link_address;
use crate::i18n::format_date;
use crate::map_image::MapInputs;
use crate::state::View;

/// Today in the visitor's calendar, `YYYY-MM-DD`.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

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

#[component]
pub fn PrintBrief() -> impl IntoView {
    let view = expect_context::<View>();
    let inputs = expect_context::<MapInputs>();
    let map = NodeRef::<leptos::html::Div>::new();
    let line = NodeRef::<leptos::html::P>::new();
    // Written in the handler itself, not through signals: the page is laid out for print as
    // soon as the handler returns.
    let before = window_event_listener_untyped("beforeprint", move |_| {
        let (Some(map), Some(line)) = (map.get_untracked(), line.get_untracked()) else {
            return;
        };
        let lang = view.lang.get_untracked();
        let address = view
            .state
            .with_untracked(|s| link_address(s, lang, Some(&inputs.atlas().dataset)));
        let printed = (crate::i18n::texts(lang).printed)(&address, &format_date(lang, &today()));
        line.set_text_content(Some(&printed));
        if let Err(error) = put_svg(&map, &inputs.svg(view, Format::Brief)) {
            web_sys::console::error_2(&"Pôles: the printed map could not be drawn".into(), &error);
        }
    });
    on_cleanup(move || before.remove());
    view! {
        <div class="print-brief" aria-hidden="true">
            <p class="print-address" node_ref=line></p>
            <div class="print-map" node_ref=map></div>
        </div>
    }
}
