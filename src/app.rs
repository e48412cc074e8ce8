//! The root component: reads the view state from the URL, keeps it in the address bar, loads
//! the data and lays out the page.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::catalogue::Language;
use poles_model::regions::Regions;
use poles_model::ViewState;
use wasm_bindgen::JsValue;

use crate::components::{
    AboutDialog, AboutPanel, AppFooter, AppHeader, Brief, ChoroplethLegend, ClusterCard,
    ClusterList, DataNotices, FilterBar, LoadErrorAlert, Loading, MapView, MatrixReturn,
    MatrixView, PrintBrief, RegionProfile, UnconfirmedNotice, View2006Panel,
};
use crate::history::{self, Entry};
use crate::i18n::Texts;
use crate::load::{load_atlas, load_geometry, LoadFailure, DATASET_URL};
use crate::map_image::MapInputs;
use crate::state::{Atlas, LoadedAtlas, View};
use crate::{embed, shell, static_page};

#[component]
pub fn App(
    /// The texts the app starts in: the language of the first paint (`main.rs`).
    texts: Texts,
) -> impl IntoView {
    // On a page written by `cargo xtask pages`, the page's view completes the address's.
    let (query, page_view) = static_page::start(&history::current_query());
    let (initial, warnings) = ViewState::from_query(&query);
    history::warn_all(&warnings);
    // The first of the browser's languages the atlas speaks (as public/shell.js reads them).
    let browser_lang = (window().navigator().languages().iter())
        .filter_map(|code| code.as_string())
        .find_map(|code| Language::from_code(&code))
        .unwrap_or_default();
    let data_url = initial
        .data
        .clone()
        .unwrap_or_else(|| DATASET_URL.to_owned());
    let view = View::new(initial.clone(), browser_lang, texts);
    provide_context(view);
    provide_context(AboutDialog::new());
    if page_view.is_some() {
        static_page::settle(view, &initial);
    } else {
        // The address says the view in canonical form from the start (ignored values dropped).
        view.address.record(&initial, Entry::Replace);
    }
    history::follow_back_and_forward(view.state, view.address);
    embed::follow(view);

    // The page's language, and its title (a generated page keeps its own, see `static_page`).
    let on_page = page_view.is_some();
    Effect::new(move |_| {
        let texts = view.texts();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", texts.lang.code());
            let _ = root.set_attribute("dir", "ltr");
        }
        if !on_page {
            document().set_title(texts.atlas_title());
        }
        crate::panic::install_hook(texts);
    });

    let retry = RwSignal::new(0u32);
    let geometry_retry = RwSignal::new(0u32);
    // The loads belong to the App, which lives as long as the page: their continuations cannot
    // outlive what they touch (src/defer.rs).
    let data_address = data_url.clone();
    let atlas = LocalResource::new(move || {
        retry.track();
        load_atlas(data_url.clone())
    });
    // As the data arrives (or fails), before anything renders it: the address forgets the ids
    // the dataset lacks, and a generated page's content gives way (before the map measures its
    // box), as does index.html's shell when its first view stayed. Immediate: an `Effect`
    // would run only after the atlas view is rendered.
    let first_maps = shell::FirstMaps::new();
    provide_context(first_maps);
    ImmediateEffect::new_scoped(move || match atlas.get() {
        None => {}
        Some(Err(_)) => {
            static_page::leave();
            shell::leave();
        }
        Some(Ok(atlas)) => {
            forget_unknown_ids(view, &atlas);
            static_page::leave();
            first_maps.leave();
        }
    });
    let geometry = LocalResource::new(move || {
        retry.track();
        geometry_retry.track();
        load_geometry()
    });
    let loaded_atlas = Signal::derive(move || atlas.get().and_then(Result::ok));
    provide_context(LoadedAtlas(loaded_atlas));
    embed::talk_to_host(view, loaded_atlas);

    // The skip links lead to the map and the list: only once they are there.
    let loaded = move || matches!(atlas.get(), Some(Ok(_)));
    view! {
        <Show when=loaded>
            <SkipLinks/>
        </Show>
        <AppHeader/>
        <main id="main" class="app-main">
            {move || match atlas.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadErrorAlert failure retry/> }.into_any(),
                Some(Ok(atlas)) => view! { <AtlasView atlas data_url=data_address.clone() geometry geometry_retry/> }.into_any(),
            }}
        </main>
    }
}

/// Drops the ids of the address that the dataset does not know (a shared link to a cluster
/// since renamed, a mistyped sector), correcting the address in place.
fn forget_unknown_ids(view: View, atlas: &Atlas) {
    let mut corrected = view.state.get_untracked();
    let warnings = corrected.retain_known(&atlas.index);
    if !warnings.is_empty() {
        history::warn_all(&warnings);
        view.navigate(Entry::Replace, |state| *state = corrected);
    }
}

/// Links that let a keyboard user jump over the header and filters, to the map or the list
/// (visible when focused).
#[component]
fn SkipLinks() -> impl IntoView {
    let view = expect_context::<View>();
    view! {
        <nav class="skip-links" aria-label=move || view.texts().skip_links_label()>
            <a href="#map">{move || view.texts().skip_to_map()}</a>
            <a href="#list-heading">{move || view.texts().skip_to_list()}</a>
        </nav>
    }
}

/// The loaded atlas: filters, notices, the regions × sectors table (`view=matrix`), map with
/// the choropleth legend, region profile, list and card.
#[component]
fn AtlasView(
    atlas: Arc<Atlas>,
    /// The dataset's address (the picture worker loads it too).
    data_url: String,
    geometry: LocalResource<Result<JsValue, LoadFailure>>,
    geometry_retry: RwSignal<u32>,
) -> impl IntoView {
    let view = expect_context::<View>();
    provide_context(MatrixReturn::new());
    let regions = Arc::new(Regions::new(&atlas.dataset));
    let filters = Memo::new(move |_| view.state.with(|s| s.filters.clone()));
    let selection = {
        let atlas = atlas.clone();
        Memo::new(move |_| filters.with(|f| atlas.index.select(f)))
    };
    // The choropleth's counts, per region of the dataset: the legend shows their classes, and
    // the map shades the regions with the same classes (`Classes::from_counts`).
    let shading = {
        let atlas = atlas.clone();
        let regions = regions.clone();
        Memo::new(move |_| {
            filters.with(|f| selection.with(|s| regions.shading(&atlas.index, f, &s.visible)))
        })
    };
    // The day shown: `at=`, the 2006 brochure's date in its view, else today.
    let day = Memo::new(move |_| selection.with(|s| s.day));
    // The clusters labelled that day: the regions × sectors table and the region profile.
    let current = {
        let atlas = atlas.clone();
        Memo::new(move |_| atlas.index.current_on(day.get()))
    };
    // What a picture of the view is made of: the map image's downloads and the printed map.
    provide_context(MapInputs::new(atlas.clone(), &data_url, selection, shading));
    Brief::provide();
    let geometry_failed = Signal::derive(move || matches!(geometry.get(), Some(Err(_))));
    // The table replaces the map without unmounting it: the map keeps its size (Leaflet reads
    // it once), hidden and out of the flow.
    let matrix = move || view.state.with(|s| s.matrix);
    view! {
        <div class="filters-wrap" hidden=matrix>
            <FilterBar atlas=atlas.clone() selection/>
        </div>
        <DataNotices atlas=atlas.clone() geometry_failed geometry_retry/>
        <MatrixView atlas=atlas.clone() regions=regions.clone() current/>
        <div class="atlas" class:behind-matrix=matrix>
            <div class="map-column">
                <PrintBrief/>
                <MapView atlas=atlas.clone() selection shading geometry/>
                <ChoroplethLegend atlas=atlas.clone() counts=shading/>
            </div>
            <div class="side-column">
                <ClusterCard atlas=atlas.clone() day/>
                <RegionProfile atlas=atlas.clone() regions current day/>
                <View2006Panel atlas=atlas.clone() selection/>
                <UnconfirmedNotice atlas=atlas.clone() selection/>
                <ClusterList atlas=atlas.clone() selection day/>
            </div>
        </div>
        <AboutPanel atlas=atlas.clone()/>
        {(!view.state.with_untracked(|s| s.embed)).then(|| view! { <AppFooter atlas/> })}
    }
}
