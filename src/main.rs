//! Pôles: a client-side atlas of the French competitiveness clusters.
//!
//! The browser side: Leptos components over the pure model of the `poles-model` crate, with a
//! thin glue over Leaflet in [`map`]. See `ARCHITECTURE.md` for the map of modules.

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
mod state;
mod static_page;

/// The id of index.html's shell: its header and loading state, painted before the wasm came.
const SHELL_ID: &str = "poles-shell";

fn main() {
    panic::install_hook();
    // The shell gives way to the app in the same task, so that no frame shows both or neither
    // (ARCHITECTURE.md, "The shell").
    if let Some(shell) = leptos::prelude::document().get_element_by_id(SHELL_ID) {
        shell.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
