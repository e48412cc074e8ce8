//! `index.html`'s shell (`#poles-shell`: the header, the loading state and the first view,
//! painted before the wasm arrives; ARCHITECTURE.md, "The shell") and when it gives way.
//! Without a first view shown, it goes as the app mounts; with one, it stays until the data
//! has loaded (the app's header and loading state hidden behind it by `style/poles.css`), and
//! goes in the task that renders the atlas view in its place: no frame shows both or neither.
//! Its maps stay on: `leave` hands them to the app's maps ([`FirstMaps`]), which show them
//! under Leaflet's panes until the outlines are drawn (a blank map for 150–370 ms otherwise,
//! measured on the real data, desktop and 4× slower CPU).

use leptos::prelude::*;
use web_sys::Element;

/// The id of index.html's shell.
const SHELL_ID: &str = "poles-shell";

/// Whether the shell shows its first view (`public/shell.js` found it true of the address and
/// the day).
fn shows_first_view() -> bool {
    let shown = document()
        .document_element()
        .is_some_and(|root| !root.class_list().contains("no-first-view"));
    shown
        && matches!(
            document().query_selector("#poles-shell .first-view"),
            Ok(Some(_))
        )
}

/// As the app mounts: removes the shell, unless its first view stays until the data has
/// loaded.
pub fn on_mount() {
    if !shows_first_view() {
        leave();
    }
}

/// Removes the shell (the app then shows in its place); returns the maps of its first view
/// when it was shown, the metropolitan one first, then the insets in the order of the
/// dataset's overseas regions (the app's).
pub fn leave() -> Vec<Element> {
    let shown = shows_first_view();
    let Some(shell) = document().get_element_by_id(SHELL_ID) else {
        return Vec::new();
    };
    let maps = match shown {
        true => {
            let list = shell.get_elements_by_class_name("first-map-svg");
            (0..list.length()).filter_map(|i| list.item(i)).collect()
        }
        false => Vec::new(),
    };
    shell.remove();
    maps
}

/// The first view's maps, handed from the shell to the app's maps: a context of the App.
#[derive(Clone, Copy)]
pub struct FirstMaps(StoredValue<Vec<Element>, LocalStorage>);

impl FirstMaps {
    pub fn new() -> Self {
        FirstMaps(StoredValue::new_local(Vec::new()))
    }

    /// The shell goes, and its maps wait for the app's. A keyboard on one of the first view's
    /// chips (`public/shell.js` makes them work) is then on the app's chip of its sector.
    pub fn leave(self) {
        let chip = focused_chip();
        self.0.set_value(leave());
        if let Some(sector) = chip {
            crate::defer::next_frame(move || focus_chip(sector.as_deref()));
        }
    }

    /// Puts the maps under the app's, `containers` in the order [`leave`] returned them (the
    /// metropolitan map's first), each first in its container: below Leaflet's panes, without
    /// pointer events (Leaflet's take them).
    pub fn show_in(self, containers: &[Element]) {
        self.0.with_value(|maps| {
            for (map, container) in maps.iter().zip(containers) {
                let _ = map.class_list().add_1("handed");
                // A picture under the app's map now (its links are the app's map's to give).
                let _ = map.set_attribute("aria-hidden", "true");
                let _ = container.prepend_with_node_1(map);
            }
        });
    }

    /// Removes them (the app's maps are drawn).
    pub fn remove(self) {
        // Deferred work calls this (src/defer.rs): `try_`, though the App outlives it.
        let _ = (self.0).try_update_value(|maps| maps.drain(..).for_each(|map| map.remove()));
    }
}

/// The sector of the first view's chip that has the focus, if one has (`None` inside: "All
/// sectors").
fn focused_chip() -> Option<Option<String>> {
    let active = document().active_element()?;
    active.closest(".first-chips .chip").ok()??;
    Some(active.get_attribute("data-sector"))
}

/// Focuses the app's chip of `sector` (`None`: "All sectors").
fn focus_chip(sector: Option<&str>) {
    use wasm_bindgen::JsCast;
    let selector = match sector {
        Some(id) => format!(".chips .chip[data-sector=\"{id}\"]"),
        None => ".chips .chip-reset".to_owned(),
    };
    if let Ok(Some(chip)) = document().query_selector(&selector) {
        let _ = chip.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
