//! The root component: reads the view state from the URL, loads the data and lays out the page.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::{Lang, ViewState};
use wasm_bindgen::JsValue;

use crate::components::{ClusterList, DataNotices, LoadErrorAlert, Loading, MapView};
use crate::i18n::texts;
use crate::load::{load_atlas, load_geometry, DATASET_URL};
use crate::state::{Atlas, View};

#[component]
pub fn App() -> impl IntoView {
    let window = web_sys::window().expect("a browser window");
    let query = window.location().search().unwrap_or_default();
    let (initial, warnings) = ViewState::from_query(&query);
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&warning));
    }
    let browser_lang = window
        .navigator()
        .language()
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default();
    let data_url = initial
        .data
        .clone()
        .unwrap_or_else(|| DATASET_URL.to_owned());
    let view = View::new(initial, browser_lang);
    provide_context(view);

    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", view.lang.get().code());
        }
    });

    let retry = RwSignal::new(0u32);
    let atlas = LocalResource::new(move || {
        retry.track();
        load_atlas(data_url.clone())
    });
    let geometry = LocalResource::new(move || {
        retry.track();
        load_geometry()
    });

    view! {
        <header class="app-header">
            <h1 class="app-title">"Pôles"</h1>
            <p class="app-tagline">{move || texts(view.lang.get()).tagline}</p>
        </header>
        <main id="main" class="app-main">
            {move || match atlas.get() {
                None => view! { <Loading/> }.into_any(),
                Some(Err(failure)) => view! { <LoadErrorAlert failure retry/> }.into_any(),
                Some(Ok(atlas)) => view! { <AtlasView atlas geometry/> }.into_any(),
            }}
        </main>
    }
}

/// The loaded atlas: notices, map and list.
#[component]
fn AtlasView(
    atlas: Arc<Atlas>,
    geometry: LocalResource<Result<JsValue, crate::load::LoadFailure>>,
) -> impl IntoView {
    let view = expect_context::<View>();
    let filters = Memo::new(move |_| view.state.with(|s| s.filters.clone()));
    let selection = {
        let atlas = atlas.clone();
        Memo::new(move |_| filters.with(|f| atlas.index.select(f)))
    };
    let geometry_failed = Signal::derive(move || matches!(geometry.get(), Some(Err(_))));
    view! {
        <DataNotices atlas=atlas.clone() geometry_failed/>
        <div class="atlas">
            <MapView atlas=atlas.clone() selection geometry/>
            <ClusterList atlas selection/>
        </div>
    }
}
