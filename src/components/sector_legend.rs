//! The sector legend over the map: the colour of each primary sector (the markers' colours),
//! in a disclosure in the map's frame.

use std::sync::Arc;

use leptos::prelude::*;

use super::Swatch;
use crate::state::{Atlas, View};

#[component]
pub fn SectorLegend(atlas: Arc<Atlas>) -> impl IntoView {
    let view = expect_context::<View>();
    let items = move || {
        let t = view.texts();
        atlas
            .dataset
            .sectors
            .iter()
            .map(|s| view! { <li><Swatch colour=s.color.clone()/>{t.sector_label(s).to_owned()}</li> })
            .collect_view()
    };
    view! {
        <details class="legend">
            <summary>{move || view.texts().legend_label()}</summary>
            <ul role="list">{items}</ul>
        </details>
    }
}
