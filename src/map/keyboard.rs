//! The marker layer from the keyboard, as map and grid widgets do: one tab stop (see
//! `roving.rs`); inside, the arrows move to the nearest icon in their direction, Home and End
//! to the first and last in reading order, Enter or Space open the card or the group (zoom in,
//! or spread it out, then the focus goes to an icon inside), Escape goes back to the map; Tab
//! leaves.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, KeyboardEvent};

use super::panes::Pane;
use super::roving::{focused, schedule, Adopter, Opening, Roving};
use super::spatial::{self, Key, Spot};

/// The class of group icons.
const GROUP_CLASS: &str = "poles-cluster";

/// What a key pressed on an icon does.
fn on_key(state: &Rc<RefCell<Roving>>, event: &KeyboardEvent) {
    if event.alt_key() || event.ctrl_key() || event.meta_key() {
        return;
    }
    let Some(key) = Key::from_name(&event.key()) else {
        return;
    };
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let Ok(mut roving) = state.try_borrow_mut() else {
        return;
    };
    if !roving.is_icon(&target) {
        return;
    }
    event.prevent_default();
    let icons = roving.icons();
    let spots: Vec<Spot> = icons.iter().map(|i| i.spot).collect();
    let from = icons.iter().position(|i| i.element == target);
    let to = match key {
        Key::Move(direction) => from.and_then(|from| spatial::nearest(&spots, from, direction)),
        Key::First => spatial::first(&spots),
        Key::Last => spatial::last(&spots),
        Key::Activate => {
            if target.class_list().contains(GROUP_CLASS) {
                let pane = from.map_or(0, |i| icons[i].pane);
                roving.opening = Some(Opening {
                    group: target.clone(),
                    pane,
                });
            }
            drop(roving);
            // As a pointer click: Leaflet opens the card, Leaflet.markercluster the group.
            target.click();
            return;
        }
        Key::Leave => {
            // Back to the metropolitan map, whose own keys pan and zoom it.
            event.stop_propagation();
            let map = roving.panes[0].0.clone();
            drop(roving);
            let _ = map.focus();
            return;
        }
    };
    drop(roving);
    if let Some(index) = to {
        let _ = icons[index].element.focus();
    }
}

/// A listener of DOM events.
type DomListener = Closure<dyn Fn(web_sys::Event)>;

/// The keyboard access of the marker layer.
pub struct Keyboard {
    state: Rc<RefCell<Roving>>,
    /// The map containers, and the DOM listeners on each (removed on drop).
    containers: Vec<HtmlElement>,
    dom: Vec<(&'static str, DomListener)>,
    leaflet: Vec<Closure<dyn Fn(JsValue)>>,
}

impl Keyboard {
    pub fn new() -> Self {
        Keyboard {
            state: Rc::default(),
            containers: Vec::new(),
            dom: Vec::new(),
            leaflet: Vec::new(),
        }
    }

    /// A handle for Leaflet's `layeradd` events, made before the maps exist.
    pub fn adopter(&self) -> Adopter {
        Adopter(self.state.clone())
    }

    /// Listens to the keys and focus in every pane, and to the changes of icons.
    pub fn attach(&mut self, panes: &[Pane]) {
        self.containers = panes.iter().map(Pane::container).collect();
        self.state.borrow_mut().panes = panes
            .iter()
            .map(|p| (p.container(), p.marker_pane()))
            .collect();
        let state = self.state.clone();
        let keydown = DomListener::new(move |event: web_sys::Event| {
            on_key(&state, event.unchecked_ref());
        });
        let state = self.state.clone();
        let focusin = DomListener::new(move |event: web_sys::Event| {
            let target = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok());
            // Busy further up the stack (see `roving::schedule`): its settle chooses the stop.
            let Ok(mut roving) = state.try_borrow_mut() else {
                return;
            };
            if let Some(target) = target.filter(|t| roving.is_icon(t)) {
                roving.set_stop(&target);
            }
        });
        self.dom = vec![("keydown", keydown), ("focusin", focusin)];
        for container in &self.containers {
            for (kind, listener) in &self.dom {
                let _ = container
                    .add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
            }
        }

        let state = self.state.clone();
        let changed = Closure::<dyn Fn(JsValue)>::new(move |_| schedule(&state, false));
        let state = self.state.clone();
        let opened = Closure::<dyn Fn(JsValue)>::new(move |_| schedule(&state, true));
        for pane in panes {
            pane.map.on("layerremove moveend", changed.as_ref());
            for group in &pane.groups {
                group.on("animationend spiderfied", opened.as_ref());
            }
        }
        self.leaflet = vec![changed, opened];
    }

    /// Settles the stop after the next paint, once icons were added or remade outside
    /// Leaflet's events.
    pub fn refresh(&self) {
        schedule(&self.state, false);
    }

    /// Gives the tab stop to the open cluster's icon, unless the focus is in the layer.
    pub fn set_open(&self, icon: Option<HtmlElement>) {
        let Ok(mut roving) = self.state.try_borrow_mut() else {
            return;
        };
        let in_layer = focused().is_some_and(|f| roving.is_icon(&f));
        if let Some(icon) = icon.filter(|i| i.is_connected() && !in_layer) {
            roving.set_stop(&icon);
        }
    }
}

impl Drop for Keyboard {
    fn drop(&mut self) {
        for container in &self.containers {
            for (kind, listener) in &self.dom {
                let _ = container
                    .remove_event_listener_with_callback(kind, listener.as_ref().unchecked_ref());
            }
        }
    }
}
