//! The legend of the choropleth, beside the map: what is counted, the classes of the shading
//! ("0" and up to four ranges, from [`Classes::from_counts`] over the same counts the map
//! shades with), the region(s) with the most clusters, and the way to the regions × sectors
//! table (the choropleth's text alternative).

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::regions::{css_class, Classes};

use super::focus_return::{focus_on_return, open_matrix, ReturnTo};
use crate::state::{Atlas, View};

/// Most regions named as having the most clusters.
const MOST_NAMED: usize = 3;

/// `counts`: clusters per region of the dataset (in its order), as
/// [`poles_model::regions::Regions::shading`] gives them.
#[component]
pub fn ChoroplethLegend(atlas: Arc<Atlas>, counts: Memo<Vec<usize>>) -> impl IntoView {
    let view = expect_context::<View>();
    let classes = Memo::new(move |_| counts.with(|c| Classes::from_counts(c)));
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_on_return(ReturnTo::Legend, heading);
    let filtered = move || {
        view.state.with(|s| {
            let f = &s.filters;
            !f.sectors.is_empty()
                || !f.query.trim().is_empty()
                || f.show_historical
                || f.brochure_2006
        })
    };
    let what = move || {
        let t = view.texts();
        if filtered() {
            t.choropleth_filtered()
        } else {
            t.choropleth_all()
        }
    };
    let scale = move || {
        let t = view.texts();
        classes
            .with(Classes::ranges)
            .into_iter()
            .map(|(class, low, high)| {
                let range = if low == high {
                    t.count(low)
                } else {
                    format!("{}–{}", t.count(low), t.count(high))
                };
                view! {
                    <li data-class=class data-low=low data-high=high>
                        <span class=format!("choropleth-swatch {}", css_class(class)) aria-hidden="true"></span>
                        <span class="choropleth-range">{range}</span>
                        <span class="visually-hidden">{t.chip_count_unit(high)}</span>
                    </li>
                }
            })
            .collect_view()
    };
    let most = move || {
        let t = view.texts();
        let max = classes.with(Classes::max);
        if max == 0 {
            return t.choropleth_none().to_owned();
        }
        let names = counts.with(|counts| {
            atlas
                .dataset
                .regions
                .iter()
                .zip(counts)
                .filter(|(_, &n)| n == max)
                .map(|(r, _)| t.region_name(r).to_owned())
                .collect::<Vec<_>>()
        });
        // A long list of ties says little: their number then.
        if names.len() > MOST_NAMED {
            t.choropleth_most_many(max, names.len())
        } else {
            t.choropleth_most(&names.join(t.list_separator()), max)
        }
    };
    view! {
        <section class="choropleth-legend" aria-labelledby="choropleth-title">
            <h2 id="choropleth-title" tabindex="-1" node_ref=heading>{move || view.texts().choropleth_heading()}</h2>
            <p class="choropleth-what">{what}</p>
            <ul class="choropleth-scale" role="list">{scale}</ul>
            <p class="choropleth-most">{most}</p>
            <button type="button" class="link-button choropleth-table" on:click=move |_| open_matrix(view)>
                {move || view.texts().profile_compare()}
            </button>
        </section>
    }
}
