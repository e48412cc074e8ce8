//! Thin glue over Leaflet: metropolitan France and one inset per overseas region, each drawn
//! from the region polygons, with one clustered marker per visible cluster.
//!
//! Knows nothing of Leptos; components drive it through [`AtlasMap`]'s methods and hear back
//! through the callbacks they register. The component renders the elements the maps fill (the
//! metropolitan map, the inset frames and their names, the keys hint); data strings reach
//! Leaflet only as DOM text (marker names, tooltips), never as HTML.
//!
//! | module | concern |
//! |---|---|
//! | `panes` | the Leaflet maps, their two marker groups, tiles |
//! | `plan` | pure: which group holds which markers, and how a pane follows a selection |
//! | `markers` | creating markers, carrying out a plan, marker DOM and tooltips, group icons |
//! | `regions` | region outlines: drawing, clicking, marking the selected one |
//! | `keyboard` | the keys of the marker layer, and its listeners |
//! | `roving` | the marker layer's one tab stop (a roving tabindex), settled after changes |
//! | `spatial` | pure: keys, reading order, nearest icon in an arrow's direction |
//! | `bindings` | the few JS bindings leaflet-rs lacks, each with its reason |

mod bindings;
mod keyboard;
mod markers;
mod panes;
mod plan;
mod regions;
mod roving;
mod spatial;

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use leaflet::Icon;
use poles_model::{Day, Region, RegionCode, Tiles};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::i18n::Texts;
use crate::state::Atlas;
use bindings::{AnyLayer, MarkerCluster};
use keyboard::Keyboard;
use markers::{Filler, Markers};
use panes::{Pane, FRANCE_BOUNDS};

pub use regions::Shade;
pub use roving::HINT_ID as KEYS_HINT_ID;

/// The atlas's maps, markers and event handlers.
pub struct AtlasMap {
    atlas: Arc<Atlas>,
    panes: Vec<Pane>,
    markers: Markers,
    keyboard: Keyboard,
    /// The texts of the language the group icons are made in.
    texts: Rc<Cell<Texts>>,
    highlighted: Option<HtmlElement>,
    /// The choropleth last asked for, applied again when the outlines are drawn.
    shades: Vec<Shade>,
    /// The open cluster (its icon is the tab stop of the marker layer).
    open: Option<usize>,
    /// Whether the metropolitan map shows all of France (as first fitted, or flown back to).
    at_france: bool,
    /// Event handlers, alive as long as the map.
    handlers: Vec<Closure<dyn Fn(leaflet::Event)>>,
    /// Functions Leaflet calls back, alive as long as the map.
    _group_icons: Closure<dyn Fn(MarkerCluster) -> Icon>,
    filler: Rc<Filler>,
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// An element holding `text` as a text node.
fn text_element(tag: &str, class: &str, text: &str) -> HtmlElement {
    let element: HtmlElement = document()
        .create_element(tag)
        .expect("a valid tag")
        .unchecked_into();
    element.set_class_name(class);
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    element
}

impl AtlasMap {
    /// Creates the metropolitan map in `main` and one inset per overseas region in its frame
    /// (`insets`), each fitted to its region, with group icons in the language of `texts`.
    pub fn new(
        main: &HtmlElement,
        insets: &[(HtmlElement, &Region)],
        atlas: Arc<Atlas>,
        texts: Texts,
    ) -> Result<Self, JsValue> {
        let texts = Rc::new(Cell::new(texts));
        let group_icons = markers::group_icons(texts.clone());
        let filler = Rc::new(Filler::new(atlas.clone(), atlas.index.updated()));
        let mut keyboard = Keyboard::new();
        let adopter = keyboard.adopter();
        let fill = filler.clone();
        // Leaflet made the icon of a marker or a group it puts on a map.
        let on_layer_add = Closure::<dyn Fn(leaflet::Event)>::new(move |event: leaflet::Event| {
            let layer: AnyLayer = event.layer().unchecked_into();
            let position = layer.poles_position();
            if position.is_none() && !layer.has_type::<MarkerCluster>() {
                return;
            }
            let Some(icon) = layer.get_element() else {
                return;
            };
            if let Some(position) = position {
                fill.fill_marker(&layer, &icon, position as usize);
            }
            adopter.adopt(icon.unchecked_ref());
        });

        let metropolitan: Vec<RegionCode> = (atlas.dataset.regions.iter())
            .filter(|r| !r.overseas)
            .map(|r| r.code.clone())
            .collect();
        let (icon_fn, add_fn) = (group_icons.as_ref().unchecked_ref(), on_layer_add.as_ref());
        let (bbox, t) = (FRANCE_BOUNDS, texts.get());
        let mut panes = vec![Pane::new(
            main,
            false,
            bbox,
            metropolitan,
            icon_fn,
            add_fn,
            t,
        )?];
        for (frame, region) in insets {
            let codes = vec![region.code.clone()];
            panes.push(Pane::new(
                frame,
                true,
                region.bbox,
                codes,
                icon_fn,
                add_fn,
                t,
            )?);
        }
        // Each cluster goes in the inset of its HQ region, else on the metropolitan map.
        let pane_of = (atlas.dataset.clusters.iter())
            .map(|c| {
                let hq_region = c.regions.first();
                (panes.iter())
                    .position(|p| hq_region.is_some_and(|code| p.codes.contains(code)))
                    .unwrap_or(0)
            })
            .collect();
        keyboard.attach(&panes);
        Ok(AtlasMap {
            markers: Markers::new(pane_of, panes.len()),
            atlas,
            panes,
            keyboard,
            texts,
            highlighted: None,
            shades: Vec::new(),
            open: None,
            at_france: true,
            handlers: vec![on_layer_add],
            _group_icons: group_icons,
            filler,
        })
    }

    /// Draws the region outlines in every pane; `on_click` receives the INSEE code of a clicked
    /// region.
    pub fn show_regions(&mut self, geojson: &JsValue, on_click: impl Fn(RegionCode) + 'static) {
        let handlers = regions::show(&mut self.panes, geojson, Rc::new(on_click));
        self.handlers.extend(handlers);
        regions::shade(&self.panes, &self.shades);
    }

    /// Shades the regions (the choropleth): for each INSEE code, its class and tooltip text.
    pub fn shade_regions(&mut self, shades: Vec<Shade>) {
        self.shades = shades;
        regions::shade(&self.panes, &self.shades);
    }

    /// Marks the selected region (or none) and fits the metropolitan map to it, or back to
    /// France (not when it shows France as first fitted: the place of index.html's first view).
    pub fn select_region(&mut self, selected: Option<&RegionCode>, bbox: Option<[f64; 4]>) {
        let fly = selected.is_some() || !self.at_france;
        self.at_france = selected.is_none();
        regions::select(&self.panes, selected, bbox, fly);
    }

    /// Calls `on_click` with the dataset position of a clicked (or Enter-pressed) marker.
    pub fn on_marker_click(&mut self, on_click: impl Fn(usize) + 'static) {
        let click = Closure::<dyn Fn(leaflet::Event)>::new(move |event: leaflet::Event| {
            let layer: AnyLayer = event.source_target().unchecked_into();
            if let Some(position) = layer.poles_position() {
                on_click(position as usize);
            }
        });
        for group in self.panes.iter().flat_map(|p| &p.groups) {
            group.on("click", click.as_ref());
        }
        self.handlers.push(click);
    }

    /// Shows exactly the markers of `visible` (dataset positions), named and greyed as on `day`,
    /// in one batch per pane (see `plan.rs`).
    pub fn show_markers(&mut self, visible: &[usize], day: Day) {
        let day_changed = self.filler.set_day(day);
        self.markers.show(&self.atlas, &mut self.panes, visible);
        if day_changed {
            // Markers already on the map keep their element: they take the day's look here.
            for (icon, position) in self.markers.on_map(visible) {
                self.filler.refresh(&icon, position);
            }
        }
        self.keyboard.refresh();
    }

    /// Writes the group icons and the map's controls in the language of `texts` from now on,
    /// and remakes those shown.
    pub fn set_texts(&mut self, texts: Texts) {
        if self.texts.replace(texts).lang == texts.lang {
            return;
        }
        self.panes[0].set_control_texts(texts);
        for pane in &mut self.panes {
            pane.refresh_icons();
        }
        self.keyboard.refresh();
    }

    /// Adds background tiles behind the metropolitan map (OpenStreetMap's, or an `https` URL
    /// template), with the attribution their terms require. Off unless the `tiles` parameter
    /// asks for it.
    pub fn show_tiles(&self, tiles: &Tiles) {
        self.panes[0].show_tiles(tiles);
    }

    /// Highlights the marker of `position` (or the group icon holding it); `None` clears.
    pub fn highlight(&mut self, position: Option<usize>) {
        if let Some(previous) = self.highlighted.take() {
            let _ = previous.class_list().remove_1("highlighted");
        }
        let icon = position.and_then(|p| self.markers.icon_of(&self.panes, p));
        if let Some(icon) = icon {
            let _ = icon.class_list().add_1("highlighted");
            self.highlighted = Some(icon);
        }
    }

    /// Records the open cluster: its marker (or group) becomes the tab stop of the markers.
    pub fn set_open(&mut self, position: Option<usize>) {
        if std::mem::replace(&mut self.open, position) != position {
            let icon = position.and_then(|p| self.markers.icon_of(&self.panes, p));
            self.keyboard.set_open(icon);
        }
    }
}

impl Drop for AtlasMap {
    fn drop(&mut self) {
        for pane in &self.panes {
            pane.map.remove();
        }
    }
}
