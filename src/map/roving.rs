//! The tab stop of the marker layer (a roving tabindex): every marker and group icon of every
//! pane has `tabindex="-1"` but one, the stop: the focused icon; else the icon that last took
//! the stop (focused by keys or pointer, or the open cluster's when a card opens) while it is
//! on screen; else the first in reading order.
//!
//! Leaflet sets `tabindex="0"` on each icon it makes (and again on a group icon whose count or
//! language changes), so the stop is settled again after anything that adds, removes or remakes
//! icons (the atlas's own changes, Leaflet's moves, zooms and groups opening), once the next
//! frame is painted: settling reads every icon's box, which right after a change forced the
//! page's layout inside the task of the click that made it (5 ms of a chip click's profile,
//! 5 December 2026), and again if the list changed after the map. After the paint the layout
//! is done and the reads are cheap. Each icon is described by the hint [`HINT_ID`] (the
//! component renders it).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

use super::spatial::{self, Spot};

/// The id of the element describing the keys of the marker layer.
pub const HINT_ID: &str = "poles-marker-keys";

/// A group opened from the keyboard: focus goes next to it once it has opened.
pub(super) struct Opening {
    pub group: HtmlElement,
    pub pane: usize,
}

#[derive(Default)]
pub(super) struct Roving {
    /// Each pane's map container and the pane holding its icons.
    pub panes: Vec<(HtmlElement, HtmlElement)>,
    /// The icon holding the tab stop.
    pub stop: Option<HtmlElement>,
    pub opening: Option<Opening>,
    /// A settle is requested for the next frame.
    scheduled: bool,
    /// A group opened (zoomed in or spread out) since the last settle.
    opened: bool,
}

/// One icon on screen.
pub(super) struct Icon {
    pub element: HtmlElement,
    pub pane: usize,
    pub spot: Spot,
}

fn centre(element: &Element) -> Spot {
    let r = element.get_bounding_client_rect();
    Spot {
        x: r.left() + r.width() / 2.0,
        y: r.top() + r.height() / 2.0,
    }
}

impl Roving {
    /// The icons visible in their map, pane by pane.
    pub fn icons(&self) -> Vec<Icon> {
        let mut icons = Vec::new();
        for (pane, (container, markers)) in self.panes.iter().enumerate() {
            let frame = container.get_bounding_client_rect();
            let children = markers.children();
            for element in (0..children.length()).filter_map(|i| children.item(i)) {
                let spot = centre(&element);
                let inside = (frame.left()..=frame.right()).contains(&spot.x)
                    && (frame.top()..=frame.bottom()).contains(&spot.y);
                if inside && element.client_width() > 0 {
                    let element = element.unchecked_into();
                    icons.push(Icon {
                        element,
                        pane,
                        spot,
                    });
                }
            }
        }
        icons
    }

    /// Whether `element` is one of the icons.
    pub fn is_icon(&self, element: &Element) -> bool {
        let parent = element.parent_element();
        self.panes
            .iter()
            .any(|(_, markers)| parent.as_ref() == Some(markers))
    }

    /// Gives the tab stop to `element`.
    pub fn set_stop(&mut self, element: &HtmlElement) {
        if let Some(old) = self.stop.replace(element.clone()) {
            if &old != element {
                old.set_tab_index(-1);
            }
        }
        element.set_tab_index(0);
    }
}

pub(super) fn focused() -> Option<Element> {
    web_sys::window()?.document()?.active_element()
}

/// Chooses the stop among the icons now on screen and makes it the only one; moves the focus
/// next to a group opened from the keyboard.
fn settle(state: &RefCell<Roving>) {
    // Already settling further up the stack (see `schedule`): that settle decides.
    let Ok(mut roving) = state.try_borrow_mut() else {
        return;
    };
    roving.scheduled = false;
    let opened = std::mem::take(&mut roving.opened);
    let icons = roving.icons();
    let spots: Vec<Spot> = icons.iter().map(|i| i.spot).collect();
    let active = focused();
    let index_of = |element: &Element| icons.iter().position(|i| *i.element == *element);
    let focused_icon = active.as_ref().and_then(index_of);

    let mut focus_to = None;
    if let Some(opening) = roving.opening.take() {
        let group = icons.iter().position(|i| i.element == opening.group);
        // Focus still on the group (spread out) or lost with it (zoomed in, the icon is gone).
        let lost =
            |a: &Element| a.node_name() == "BODY" || roving.panes.iter().any(|(c, _)| **c == *a);
        let waiting = active
            .as_ref()
            .is_none_or(|a| *a == *opening.group || lost(a));
        if opened && waiting {
            let point = match group {
                Some(index) => spots[index],
                None => centre(&roving.panes[opening.pane].0),
            };
            focus_to = spatial::closest(&spots, point, group);
        } else if waiting {
            roving.opening = Some(opening);
        }
    }
    let keep = roving.stop.as_ref().and_then(|s| index_of(s));
    let stop = focus_to
        .or(focused_icon)
        .or(keep)
        .or_else(|| spatial::first(&spots));
    roving.stop = stop.map(|i| icons[i].element.clone());
    // Every icon in the panes, those out of view too (Leaflet keeps some around the view).
    for (_, markers) in &roving.panes {
        let children = markers.children();
        for element in (0..children.length()).filter_map(|i| children.item(i)) {
            let element: HtmlElement = element.unchecked_into();
            let want = if roving.stop.as_ref() == Some(&element) {
                0
            } else {
                -1
            };
            if element.tab_index() != want {
                element.set_tab_index(want);
            }
        }
    }
    drop(roving);
    if let Some(index) = focus_to {
        let _ = icons[index].element.focus();
    }
}

/// Requests a settle once the next frame is painted (`opened`: a group has just opened).
///
/// Leaflet fires the events that call this synchronously, from inside whatever moved its
/// layers; the layer's state may then be borrowed further up the stack (the long fuzz runs of
/// issue 20 met "RefCell already borrowed" here once, after Enter on a marker and the table
/// toggled twice, in the embed layout). The request is then made after the paint instead.
pub(super) fn schedule(state: &Rc<RefCell<Roving>>, opened: bool) {
    let state = state.clone();
    let Ok(mut roving) = state.try_borrow_mut() else {
        after_the_paint(move || schedule(&state, opened));
        return;
    };
    roving.opened |= opened;
    if std::mem::replace(&mut roving.scheduled, true) {
        return;
    }
    drop(roving);
    after_the_paint(move || settle(&state));
}

/// Runs `work` in a task after the next frame (an animation frame, then a timeout).
fn after_the_paint(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let task = Closure::once_into_js(work);
    let later = window.clone();
    let frame = Closure::once_into_js(move || {
        // Not through `crate::defer`: called from Leaflet's events, outside any reactive owner,
        // and it holds only the map's own state and elements (no signal), harmless after the map.
        let _ = later.set_timeout_with_callback(task.unchecked_ref());
    });
    // Not through `crate::defer`: as the timeout above.
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// Takes each icon Leaflet puts on a map into the layer: out of the tab order (unless it is
/// the stop), described by the hint.
#[derive(Clone)]
pub struct Adopter(pub(super) Rc<RefCell<Roving>>);

impl Adopter {
    pub fn adopt(&self, icon: &HtmlElement) {
        let _ = icon.set_attribute("aria-describedby", HINT_ID);
        let is_stop = (self.0.try_borrow()).is_ok_and(|r| r.stop.as_ref() == Some(icon));
        if !is_stop {
            icon.set_tab_index(-1);
        }
        schedule(&self.0, false);
    }
}
