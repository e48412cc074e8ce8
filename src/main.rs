//! Pôles: a client-side atlas of the French competitiveness clusters.
//!
//! The browser side: Leptos components over the pure model of the `poles-model` crate, with a
//! thin glue over Leaflet in [`map`]. See `ARCHITECTURE.md` for the map of modules.

#[cfg(feature = "alloc-stats")]
mod alloc_stats;
mod app;
mod components;
mod defer;
mod download;
mod embed;
mod history;
mod i18n;
mod load;
mod map;
mod map_image;
mod panic;
mod picture;
mod shell;
mod state;
mod static_page;

fn main() {
    let english = i18n::Texts::english();
    panic::install_hook(english);
    // The language the shell (public/shell.js) or the generated page is in: the app starts in
    // it, its texts fetched first (public/boot.js preloads them beside the wasm), so that the
    // first state is in the language the first paint was.
    let painted = leptos::prelude::document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| poles_model::catalogue::Language::from_code(&code))
        .unwrap_or_default();
    if painted == english.lang {
        start(english);
    } else {
        // Not Leptos's executor: it is set up by the mount, which waits for these texts.
        wasm_bindgen_futures::spawn_local(async move {
            start(load::load_texts(painted).await.unwrap_or(english));
        });
    }
}

/// Mounts the app in `texts`.
fn start(texts: i18n::Texts) {
    // The shell gives way to the app in the same task, or with its first view once the data
    // has loaded (src/shell.rs), so that no frame shows both or neither.
    shell::on_mount();
    leptos::mount::mount_to_body(move || leptos::prelude::view! { <app::App texts/> });
}
