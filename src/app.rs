//! The root component: reads the view state from the URL, keeps it in the address bar, loads
//! the data and lays out the page.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::{Lang, ViewState};
use wasm_bindgen::JsValue;

use crate::components::{
    AboutDialog, AboutPanel, AppFooter, AppHeader, ClusterCard, ClusterList, DataNotices,
    FilterBar, LoadErrorAlert, Loading, MapView, RegionSummary, View2006Panel,
};
use crate::load::{load_atlas, load_geometry, LoadFailure, DATASET_URL};
use crate::state::{Atlas, View};
use crate::{embed, history, page};

#[component]
pub fn App() -> impl IntoView {
    // On a page written by `cargo xtask pages`, the page's view completes the address's.
    let (query, page_view) = page::start(&history::current_query());
    let (initial, warnings) = ViewState::from_query(&query);
    history::warn_all(&warnings);
    let browser_lang = window()
        .navigator()
        .language()
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default();
    let data_url = initial
        .data
        .clone()
        .unwrap_or_else(|| DATASET_URL.to_owned());
    let view = View::new(initial.clone(), browser_lang);
    provide_context(view);
    provide_context(AboutDialog::new());
    if page_view.is_some() {
        page::settle(view, &initial);
    }
    history::sync(view);
    embed::follow(view);

    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", view.lang.get().code());
        }
    });

    let retry = RwSignal::new(0u32);
    let geometry_retry = RwSignal::new(0u32);
    let atlas = LocalResource::new(move || {
        retry.track();
        load_atlas(data_url.clone())
    });
    let geometry = LocalResource::new(move || {
        retry.track();
        geometry_retry.track();
        load_geometry()
    });

    view! {
        <AppHeader/>
        <main id="main" class="app-main">
            {move || match atlas.get() {
                None => view! { <Loading/> }.into_any(),
                // A generated page's content gives way (before the map measures its box).
                Some(Err(failure)) => {
                    page::leave();
                    view! { <LoadErrorAlert failure retry/> }.into_any()
                }
                Some(Ok(atlas)) => {
                    page::leave();
                    page::loaded(&atlas);
                    view! { <AtlasView atlas geometry geometry_retry/> }.into_any()
                }
            }}
        </main>
    }
}

/// The loaded atlas: filters, notices, map, region summary, list and card.
#[component]
fn AtlasView(
    atlas: Arc<Atlas>,
    geometry: LocalResource<Result<JsValue, LoadFailure>>,
    geometry_retry: RwSignal<u32>,
) -> impl IntoView {
    let view = expect_context::<View>();
    provide_context(atlas.clone());
    // Ids the dataset does not know (from the URL) are dropped, correcting the address.
    let mut corrected = view.state.get_untracked();
    let warnings = corrected.retain_known(&atlas.index);
    if !warnings.is_empty() {
        history::warn_all(&warnings);
        history::replace_next();
        view.state.set(corrected);
    }

    let filters = Memo::new(move |_| view.state.with(|s| s.filters.clone()));
    let selection = {
        let atlas = atlas.clone();
        Memo::new(move |_| filters.with(|f| atlas.index.select(f)))
    };
    let geometry_failed = Signal::derive(move || matches!(geometry.get(), Some(Err(_))));
    view! {
        <FilterBar atlas=atlas.clone() selection/>
        <DataNotices atlas=atlas.clone() geometry_failed geometry_retry/>
        <div class="atlas">
            <MapView atlas=atlas.clone() selection geometry/>
            <div class="side-column">
                <ClusterCard atlas=atlas.clone()/>
                <View2006Panel atlas=atlas.clone() selection/>
                <RegionSummary atlas=atlas.clone() selection/>
                <ClusterList atlas=atlas.clone() selection/>
            </div>
        </div>
        <AboutPanel atlas=atlas.clone()/>
        {(!view.state.with_untracked(|s| s.embed)).then(|| view! { <AppFooter atlas/> })}
    }
}
