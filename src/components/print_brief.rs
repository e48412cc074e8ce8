//! What only a printed page shows: the page's address and the day it was printed, and the map
//! of the area the view is about (`poles_model::map_image`, `Format::Brief`: the open
//! cluster's region, else the selected one, else France). The print styles
//! (`style/poles.css`, `@media print`) hide the interactive map and the list, and lay the
//! brief out on one A4 page.
//!
//! The map is drawn by the picture module, which loads on demand, and `beforeprint` cannot
//! wait: the Print button has the module draw the map, then print, and `afterprint` takes it
//! out. A print from the browser's menu gives the brief without its map.

use leptos::html::{Div, P};
use leptos::prelude::*;
use poles_model::map_image::Format;

use super::share::link_address;
use crate::map_image::MapInputs;
use crate::state::View;

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
/// brief's map (the picture module loads the first time), then opens the browser's print
/// dialog.
pub fn print_button(label: impl IntoView + 'static) -> impl IntoView {
    let view = expect_context::<View>();
    let inputs = expect_context::<MapInputs>();
    let brief = expect_context::<Brief>();
    // The picture module draws the map into the brief, then prints (src/picture.rs).
    let print = move |_| {
        if let Some(map) = brief.map.get_untracked() {
            crate::picture::ask(
                "print",
                &inputs.request(view, Format::Brief),
                &[&map.into()],
            );
        }
    };
    view! {
        <button type="button" class="link-button print" on:click=print>{label}</button>
    }
}
