//! Pôles: a client-side atlas of the French competitiveness clusters.
//!
//! The browser side: Leptos components over the pure model of the `poles-model` crate, with a
//! thin glue over Leaflet in [`map`]. See `ARCHITECTURE.md` for the map of modules.

mod app;
mod components;
mod download;
mod embed;
mod history;
mod i18n;
mod load;
mod map;
mod page;
mod panic;
mod state;

fn main() {
    panic::install_hook();
    leptos::mount::mount_to_body(app::App);
}
