//! The markers and group icons: creating the markers, carrying out a [`PanePlan`] on the
//! marker groups, building a marker's DOM when Leaflet puts it on the map, and the group icons
//! in the current language.
//!
//! A marker is a bare `L.Marker` (a position, a shared icon and options, and its cluster's
//! position; three calls into JS, no string): its DOM (the coloured dot and the hidden name) is
//! built only when Leaflet puts it on the map (unclustered and in view), from the map's
//! `layeradd` event; its tooltip is bound then too, and its text is built when it opens.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use js_sys::Array;
use leaflet::{
    DivIconOptions, Icon, LatLng, Marker, MarkerOptions, Point, Tooltip, TooltipOptions,
};
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};

use super::bindings::{self, AnyLayer, DivIconHtml, MarkerCluster};
use super::panes::Pane;
use super::plan::{Holdings, PanePlan, Step};
use super::text_element;
use crate::i18n::Texts;
use crate::state::Atlas;
use poles_model::filter::Shown;
use poles_model::Day;

/// The markers of every cluster, created the first time a group needs them, and which group
/// holds which.
pub struct Markers {
    holdings: Holdings,
    /// For each slot, the marker of each cluster in its pane's group of that slot (a marker
    /// belongs to one group only).
    markers: [Vec<Option<Marker>>; 2],
    /// The options of every marker: the shared icon (`poles-marker`; `historical` is set on
    /// its element by [`Filler`], as it depends on the day shown), role `button`, and rise on
    /// hover.
    defaults: MarkerOptions,
}

impl Markers {
    /// No marker yet, for clusters placed in `panes` panes by `pane_of`.
    pub fn new(pane_of: Vec<usize>, panes: usize) -> Self {
        let count = pane_of.len();
        let icon = DivIconOptions::new();
        icon.set_class_name("poles-marker".to_owned());
        icon.set_icon_size(Point::new(18.0, 18.0));
        let defaults = MarkerOptions::new();
        defaults.set_icon(bindings::div_icon(&icon));
        // Leaflet gives the icon role `button` and Enter; the tab stop is `roving.rs`'s.
        defaults.set_keyboard(true);
        defaults.set_rise_on_hover(true);
        Markers {
            holdings: Holdings::new(pane_of, panes),
            markers: [vec![None; count], vec![None; count]],
            defaults,
        }
    }

    /// Shows exactly the markers of `visible` (dataset positions), in one batch per pane.
    pub fn show(&mut self, atlas: &Atlas, panes: &mut [Pane], visible: &[usize]) {
        let plans = self.holdings.plan(visible);
        for (pane, plan) in panes.iter_mut().zip(&plans) {
            self.carry_out(atlas, pane, plan);
        }
        self.holdings.apply(&plans);
    }

    /// The elements on the map now of the markers of `visible`, with their positions.
    pub fn on_map(&self, visible: &[usize]) -> Vec<(Element, usize)> {
        (visible.iter())
            .flat_map(|&p| {
                self.markers.iter().filter_map(move |slot| {
                    let marker: &AnyLayer = slot.get(p)?.as_ref()?.unchecked_ref();
                    Some((marker.get_element()?, p))
                })
            })
            .collect()
    }

    fn carry_out(&mut self, atlas: &Atlas, pane: &mut Pane, plan: &PanePlan) {
        let markers = &mut self.markers[plan.slot];
        let added: Array = plan
            .add
            .iter()
            .map(|&position| {
                markers[position]
                    .get_or_insert_with(|| new_marker(atlas, &self.defaults, position))
                    .clone()
            })
            .collect();
        match plan.step {
            Step::Keep => {}
            Step::Swap => pane.swap(),
            Step::Update => {
                let group = pane.shown();
                if !plan.remove.is_empty() {
                    let removed: Array = plan
                        .remove
                        .iter()
                        .map(|&p| markers[p].as_ref().expect("a held marker"))
                        .collect();
                    group.remove_layers(&removed);
                }
                if added.length() > 0 {
                    group.add_layers_silently(&added, true);
                }
            }
            Step::Rebuild => {
                if plan.clear {
                    pane.clear(plan.slot);
                }
                // On the map before adding: off it, each marker is checked against a list of
                // every marker waiting to be added (quadratic).
                pane.swap();
                if added.length() > 0 {
                    pane.shown().add_layers_silently(&added, true);
                }
            }
        }
    }

    /// The element standing for the cluster at `position` on the map: its marker's icon, or
    /// the icon of the group holding it; `None` when neither is on the map.
    pub fn icon_of(&self, panes: &[Pane], position: usize) -> Option<HtmlElement> {
        if position >= self.markers[0].len() || !self.holdings.is_shown(position) {
            return None;
        }
        let pane = &panes[self.holdings.pane_of(position)];
        let marker = self.markers[pane.active][position].as_ref()?;
        let parent = pane.shown().get_visible_parent(marker)?;
        parent.get_element().map(|e| e.unchecked_into())
    }
}

/// A marker at the cluster's headquarters with the shared icon and options (Leaflet copies
/// them), knowing its cluster's position; its DOM is built by [`fill_marker`] when it is put on
/// the map.
fn new_marker(atlas: &Atlas, defaults: &MarkerOptions, position: usize) -> Marker {
    let cluster = atlas.cluster(position);
    let marker = Marker::new_with_options(&LatLng::new(cluster.hq.lat, cluster.hq.lon), defaults);
    marker
        .unchecked_ref::<AnyLayer>()
        .set_poles_position(position as f64);
    marker
}

/// The function making group icons: the count, and for screen readers the words after it in
/// the language `texts` holds when the icon is made (see `Pane::refresh_icons`).
pub fn group_icons(texts: Rc<Cell<Texts>>) -> Closure<dyn Fn(MarkerCluster) -> Icon> {
    Closure::new(move |group: MarkerCluster| {
        let count = group.get_child_count() as usize;
        let html = text_element("span", "poles-cluster-count", &count.to_string());
        let suffix = text_element("span", "visually-hidden", texts.get().cluster_icon_suffix());
        let _ = html.append_child(&suffix);
        let options = DivIconOptions::new();
        options.set_class_name("poles-cluster".to_owned());
        options.set_icon_size(Point::new(34.0, 34.0));
        options.unchecked_ref::<DivIconHtml>().set_html(&html);
        bindings::div_icon(&options)
    })
}

/// What [`fill_marker`] needs: the names, and the tooltips showing them, as of the day shown.
pub struct Filler {
    atlas: Arc<Atlas>,
    /// The day shown: a cluster's name and whether it is historical depend on it.
    day: Rc<Cell<Day>>,
    /// The tooltip's content: a function of the marker returning its name as a text node.
    tooltip_text: Closure<dyn Fn(AnyLayer) -> JsValue>,
    tooltip_options: TooltipOptions,
}

impl Filler {
    pub fn new(atlas: Arc<Atlas>, day: Day) -> Self {
        let day = Rc::new(Cell::new(day));
        let (names, on) = (atlas.clone(), day.clone());
        let tooltip_text = Closure::new(move |layer: AnyLayer| {
            let position = layer.poles_position();
            let name = position.map_or("", |p| names.cluster(p as usize).name_on(on.get()));
            text_element("span", "", name).into()
        });
        let tooltip_options = TooltipOptions::new();
        tooltip_options.set_direction("top".to_owned());
        tooltip_options.set_offset(Point::new(0.0, -8.0));
        Filler {
            atlas,
            day,
            tooltip_text,
            tooltip_options,
        }
    }

    /// Shows `day` from now on; whether it changed.
    pub fn set_day(&self, day: Day) -> bool {
        self.day.replace(day) != day
    }

    /// The icon's name and its historical look, of the day shown.
    pub fn refresh(&self, icon: &Element, position: usize) {
        let day = self.day.get();
        let historical = self.atlas.index.shown_at(position, day) == Shown::Historical;
        let _ = icon
            .class_list()
            .toggle_with_force("historical", historical);
        if let Some(name) = icon.query_selector(".visually-hidden").ok().flatten() {
            let wanted = self.atlas.cluster(position).name_on(day);
            if name.text_content().as_deref() != Some(wanted) {
                name.set_text_content(Some(wanted));
            }
        }
    }

    /// Makes the icon Leaflet just created for a marker its content: a dot in the primary
    /// sector's colour, named by the cluster's name (as a visually hidden text node), with a
    /// tooltip showing the name on hover and focus. The dot and the tooltip are made at the
    /// marker's first add; later adds move the dot into the new icon and make the tooltip
    /// listen to its focus (a chip toggled back shows again markers shown before: 3–4 ms of
    /// its click with the real data; docs/performance.md, "Chip clicks: elements kept").
    pub fn fill_marker(&self, marker: &AnyLayer, icon: &Element, position: usize) {
        let made = marker.poles_dot();
        if !icon.has_child_nodes() {
            let dot = made.clone().unwrap_or_else(|| {
                let dot = text_element("span", "poles-marker-dot", "");
                let _ = dot.style().set_property(
                    "--marker-colour",
                    self.atlas.colour_of(self.atlas.cluster(position)),
                );
                let _ = dot.append_child(&text_element("span", "visually-hidden", ""));
                marker.set_poles_dot(&dot);
                dot.into()
            });
            let _ = icon.append_child(&dot);
        }
        self.refresh(icon, position);
        if made.is_none() || marker.add_focus_listeners().is_err() {
            marker.unbind_tooltip();
            let tooltip = Tooltip::new(&self.tooltip_options, Some(&**marker));
            tooltip.set_content(self.tooltip_text.as_ref());
            marker.bind_tooltip(&tooltip);
        }
    }
}
