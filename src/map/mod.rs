//! Thin glue over Leaflet: metropolitan France and one inset per overseas region, each drawn
//! from the region polygons, with one clustered marker per visible cluster.
//!
//! Knows nothing of Leptos; components drive it through [`AtlasMap`]'s methods and hear back
//! through the callbacks they register. Data strings reach Leaflet only as DOM text (marker
//! names, tooltips), never as HTML.
//!
//! Built for 100,000 clusters:
//! - A marker is a bare `L.Marker` (a position, a shared icon and options, and its cluster's
//!   position; three calls into JS, no string): its DOM (the coloured dot and the hidden name)
//!   is built only when Leaflet puts it on the map (unclustered and in view), from the map's
//!   `layeradd` event; its tooltip is bound then too, and its text is built when it opens.
//! - Each pane has two marker groups: the one on the map and a standby holding the previous
//!   selection. A change the standby already holds (a chip toggled back, a letter erased) is a
//!   swap of groups; a large change is clustered afresh in the standby (one `addLayers`), which
//!   then becomes the shown group while the other keeps the previous selection; a small change
//!   adds and removes what changed.

mod bindings;

use std::sync::Arc;

use js_sys::{Array, Object};
use leaflet::{LatLng, LatLngBounds, Map, MapOptions, Marker, MarkerOptions};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

use crate::i18n::Texts;
use crate::state::Atlas;
use bindings::{
    call, get, object, pair, set, source_layer, AnyLayer, LeafletEvent, MarkerClusterGroup,
};

/// Metropolitan France, south-west and north-east corners.
const FRANCE_BOUNDS: [f64; 4] = [-5.2, 41.3, 9.6, 51.1];
/// Deepest zoom: without tiles there is nothing to see beyond; clusters of one city spiderfy.
const MAX_ZOOM: f64 = 11.0;

/// One Leaflet map: the metropolitan one or an overseas inset.
struct Pane {
    map: Map,
    /// The two marker groups (slots 0 and 1): `groups[active]` is on the map, the other one is
    /// the standby, off the map, still clustered as it was last shown.
    groups: [MarkerClusterGroup; 2],
    active: usize,
    /// Region codes drawn in this pane.
    codes: Vec<String>,
    regions: Option<leaflet::FeatureGroup>,
}

/// The atlas's maps, markers and event handlers.
pub struct AtlasMap {
    atlas: Arc<Atlas>,
    panes: Vec<Pane>,
    /// Pane of each cluster (by dataset position): the inset of its HQ region, else 0.
    pane_of: Vec<usize>,
    /// For each slot, the marker of each cluster in its pane's group of that slot, created the
    /// first time that group needs it (a marker belongs to one group only).
    markers: [Vec<Option<Marker>>; 2],
    /// For each slot, whether the cluster's marker is in its pane's group of that slot.
    held: [Vec<bool>; 2],
    /// The options of every marker, for current and historical clusters: the shared icon
    /// (`poles-marker`, plus `historical`), keyboard access and rise on hover.
    defaults: [MarkerOptions; 2],
    highlighted: Option<HtmlElement>,
    /// Event handlers, alive as long as the map.
    handlers: Vec<Closure<dyn Fn(JsValue)>>,
    /// Functions Leaflet calls back (cluster icons, tooltip texts), alive as long as the map.
    _callbacks: [Closure<dyn Fn(JsValue) -> JsValue>; 2],
}

/// How one pane follows a new selection.
#[derive(Clone, Copy, PartialEq)]
enum Step {
    /// Nothing changed.
    Keep,
    /// The standby group holds exactly the selection: show it instead.
    Swap,
    /// Add and remove the changed markers in the shown group.
    Update,
    /// Cluster the selection afresh in the standby group, then show it.
    Rebuild,
}

/// Counts for one pane, to choose its [`Step`].
#[derive(Clone, Copy, Default)]
struct Change {
    /// Markers to show.
    wanted: usize,
    /// Markers in the shown group.
    shown: usize,
    /// Markers in the standby group.
    standby: usize,
    /// Markers to add to or remove from the shown group.
    differ: usize,
    /// Markers the standby group holds and the selection does not, or the reverse.
    standby_differ: usize,
}

impl Change {
    fn step(&self) -> Step {
        if self.differ == 0 {
            Step::Keep
        } else if self.standby_differ == 0 {
            Step::Swap
        } else if self.shown == 0 || self.differ < self.wanted {
            // Adding or removing one marker costs about as much as clustering one: changing
            // fewer markers than the selection holds is cheaper than clustering it afresh (and
            // an empty shown group has nothing worth keeping in standby).
            Step::Update
        } else {
            Step::Rebuild
        }
    }
}

fn document() -> Document {
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

fn bounds([west, south, east, north]: [f64; 4]) -> LatLngBounds {
    LatLngBounds::new(&LatLng::new(south, west), &LatLng::new(north, east))
}

/// A marker group clustering markers within 36 px, with the cluster icons of `icon`.
fn marker_group(icon: &JsValue) -> MarkerClusterGroup {
    let group = bindings::marker_cluster_group(&object(&[
        ("iconCreateFunction", icon.clone()),
        ("showCoverageOnHover", false.into()),
        ("maxClusterRadius", 36.into()),
        ("spiderfyDistanceMultiplier", 1.6.into()),
    ]));
    // The group listens to each of its markers' `move` and drag events, to re-cluster a marker
    // that moves: ours never move, and three listeners per marker cost about 30% of
    // `addLayers`. (An instance field of Leaflet.markercluster 1.5.3, vendored; were it renamed,
    // the group would only listen again.)
    set(&group, "_childMarkerEventHandlers", Object::new());
    group
}

impl Pane {
    fn new(
        container: &HtmlElement,
        inset: bool,
        bbox: [f64; 4],
        codes: Vec<String>,
        icon: &JsValue,
        on_layer_add: &JsValue,
    ) -> Result<Self, JsValue> {
        let options = MapOptions::new();
        options.set_zoom_snap(0.25);
        options.set_max_zoom(MAX_ZOOM);
        if inset {
            // A fixed frame: clicks and hovers work, panning and zooming do not.
            for key in [
                "zoomControl",
                "attributionControl",
                "dragging",
                "scrollWheelZoom",
                "doubleClickZoom",
                "boxZoom",
                "keyboard",
                "touchZoom",
            ] {
                set(&options, key, false);
            }
        }
        let map = Map::new_with_element(container, &options)?;
        let margin = if inset { 8.0 } else { 12.0 };
        map.fit_bounds_with_options(&bounds(bbox), &object(&[("padding", pair(margin, margin))]));
        map.unchecked_ref::<leaflet::Evented>()
            .on("layeradd", on_layer_add);
        let groups = [marker_group(icon), marker_group(icon)];
        groups[0].add_to(&map);
        Ok(Pane {
            map,
            groups,
            active: 0,
            codes,
            regions: None,
        })
    }

    /// Shows the standby group instead of the shown one.
    fn swap(&mut self) {
        self.groups[self.active].remove();
        self.active = 1 - self.active;
        self.groups[self.active].add_to(&self.map);
    }
}

impl AtlasMap {
    /// Creates the metropolitan map in `main` and one inset per overseas region of the dataset
    /// in `insets` (a list element), each fitted to its region.
    pub fn new(
        main: &HtmlElement,
        insets: &HtmlElement,
        atlas: Arc<Atlas>,
        texts: &'static Texts,
    ) -> Result<Self, JsValue> {
        let suffix = texts.cluster_icon_suffix;
        let icon = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |cluster: JsValue| {
            let count = call(&cluster, "getChildCount", &[]).as_f64().unwrap_or(0.0) as usize;
            let html = text_element("span", "poles-cluster-count", &count.to_string());
            html.append_child(&text_element("span", "visually-hidden", suffix))
                .ok();
            bindings::div_icon(&object(&[
                ("html", html.into()),
                ("className", "poles-cluster".into()),
                ("iconSize", pair(34.0, 34.0)),
            ]))
            .into()
        });
        let tooltip_atlas = atlas.clone();
        let tooltip_text = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |layer: JsValue| {
            let position = layer.unchecked_into::<AnyLayer>().poles_position();
            let name = position.map_or("", |p| tooltip_atlas.cluster(p as usize).name.as_str());
            text_element("span", "", name).into()
        });
        let tooltip_options = object(&[("direction", "top".into()), ("offset", pair(0.0, -8.0))]);
        let fill_atlas = atlas.clone();
        let tooltip = tooltip_text.as_ref().clone();
        let on_layer_add = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let layer = event.unchecked_into::<LeafletEvent>().layer();
            if let Some(position) = layer.poles_position() {
                fill_marker(
                    &fill_atlas,
                    &layer,
                    position as usize,
                    &tooltip,
                    &tooltip_options,
                );
            }
        });

        let regions = &atlas.dataset.regions;
        let metropolitan: Vec<String> = regions
            .iter()
            .filter(|r| !r.overseas)
            .map(|r| r.code.to_string())
            .collect();
        let (icon_fn, add_fn) = (icon.as_ref(), on_layer_add.as_ref());
        let mut panes = vec![Pane::new(
            main,
            false,
            FRANCE_BOUNDS,
            metropolitan,
            icon_fn,
            add_fn,
        )?];
        for region in regions.iter().filter(|r| r.overseas) {
            let item = text_element("li", "inset", "");
            let frame = text_element("div", "inset-map", "");
            frame.set_attribute("role", "group")?;
            frame.set_attribute("aria-label", &region.name)?;
            item.append_child(&frame)?;
            item.append_child(&text_element("span", "inset-name", &region.name))?;
            insets.append_child(&item)?;
            panes.push(Pane::new(
                &frame,
                true,
                region.bbox,
                vec![region.code.to_string()],
                icon_fn,
                add_fn,
            )?);
        }
        let pane_of = atlas
            .dataset
            .clusters
            .iter()
            .map(|c| {
                let hq_region = c.regions.first().map(|c| c.as_str()).unwrap_or_default();
                panes
                    .iter()
                    .position(|p| p.codes.iter().any(|code| code == hq_region))
                    .unwrap_or(0)
            })
            .collect();
        let marker_icon = |class: &str| {
            bindings::div_icon(&object(&[
                ("html", false.into()),
                ("className", class.into()),
                ("iconSize", pair(18.0, 18.0)),
            ]))
        };
        let defaults = ["poles-marker", "poles-marker historical"].map(|class| {
            let options = MarkerOptions::new();
            options.set_icon(marker_icon(class));
            options.set_keyboard(true);
            options.set_rise_on_hover(true);
            options
        });
        let count = atlas.dataset.clusters.len();
        Ok(AtlasMap {
            atlas,
            panes,
            pane_of,
            markers: [vec![None; count], vec![None; count]],
            held: [vec![false; count], vec![false; count]],
            defaults,
            highlighted: None,
            handlers: vec![on_layer_add],
            _callbacks: [icon, tooltip_text],
        })
    }

    /// Draws the region outlines in every pane; `on_click` receives the INSEE code of a clicked
    /// region.
    pub fn show_regions(&mut self, geojson: &JsValue, on_click: impl Fn(String) + 'static) {
        let region_code = |feature: &JsValue| {
            get(&get(feature, "properties"), "code")
                .as_string()
                .unwrap_or_default()
        };
        let style = Closure::<dyn Fn(JsValue) -> JsValue>::new(move |feature: JsValue| {
            object(&[(
                "className",
                format!("region region-{}", region_code(&feature)).into(),
            )])
        });
        let click = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let code = region_code(&get(&source_layer(&event), "feature"));
            if !code.is_empty() {
                on_click(code);
            }
        });
        for pane in &mut self.panes {
            let codes = pane.codes.clone();
            let filter = Closure::<dyn Fn(JsValue) -> bool>::new(move |feature: JsValue| {
                codes.contains(&region_code(&feature))
            });
            let regions = bindings::geo_json(
                geojson,
                &object(&[
                    ("style", style.as_ref().clone()),
                    ("filter", filter.as_ref().clone()),
                ]),
            );
            filter.forget(); // Leaflet keeps calling it on `addData`
            regions
                .unchecked_ref::<leaflet::Evented>()
                .on("click", click.as_ref());
            regions.add_to(&pane.map);
            regions.bring_to_back();
            pane.regions = Some(regions);
        }
        style.forget();
        self.handlers.push(click);
    }

    /// Marks the selected region (or none) and fits the metropolitan map to it.
    pub fn select_region(&self, selected: Option<&str>, bbox: Option<[f64; 4]>) {
        for regions in self.panes.iter().filter_map(|p| p.regions.as_ref()) {
            for layer in regions.get_layers().iter() {
                let code = get(&get(&get(&layer, "feature"), "properties"), "code").as_string();
                if let Ok(path) = get(&layer, "_path").dyn_into::<web_sys::Element>() {
                    let _ = path
                        .class_list()
                        .toggle_with_force("selected", code.as_deref() == selected);
                }
            }
        }
        let main = &self.panes[0];
        match bbox {
            Some(bbox) if main.codes.iter().any(|c| Some(c.as_str()) == selected) => {
                main.map.fly_to_bounds_with_options(
                    &bounds(bbox),
                    &object(&[("padding", pair(20.0, 20.0)), ("duration", 0.4.into())]),
                );
            }
            _ => {
                main.map.fly_to_bounds_with_options(
                    &bounds(FRANCE_BOUNDS),
                    &object(&[("duration", 0.4.into())]),
                );
            }
        }
    }

    /// Calls `on_click` with the dataset position of a clicked (or Enter-pressed) marker.
    pub fn on_marker_click(&mut self, on_click: impl Fn(usize) + 'static) {
        let click = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let event = event.unchecked_into::<LeafletEvent>();
            if event.kind() == "keypress"
                && get(&event.original_event(), "key").as_string().as_deref() != Some("Enter")
            {
                return;
            }
            if let Some(position) = event.source_target().poles_position() {
                on_click(position as usize);
            }
        });
        for group in self.panes.iter().flat_map(|p| &p.groups) {
            let events = group.unchecked_ref::<leaflet::Evented>();
            events.on("click", click.as_ref());
            events.on("keypress", click.as_ref());
        }
        self.handlers.push(click);
    }

    /// Shows exactly the markers of `visible` (dataset positions), in one batch per pane: a
    /// swap of groups when the standby holds them, else adding and removing what changed, or
    /// clustering them afresh in the standby when that is cheaper.
    pub fn show_markers(&mut self, visible: &[usize]) {
        let count = self.pane_of.len();
        let mut wanted = vec![false; count];
        for &position in visible {
            wanted[position] = true;
        }
        let mut changes = vec![Change::default(); self.panes.len()];
        for (position, &pane) in self.pane_of.iter().enumerate() {
            let active = self.panes[pane].active;
            let (shown, standby) = (self.held[active][position], self.held[1 - active][position]);
            let want = wanted[position];
            let change = &mut changes[pane];
            change.wanted += usize::from(want);
            change.shown += usize::from(shown);
            change.standby += usize::from(standby);
            change.differ += usize::from(shown != want);
            change.standby_differ += usize::from(standby != want);
        }
        let steps: Vec<Step> = changes.iter().map(Change::step).collect();
        let (added, removed): (Vec<Array>, Vec<Array>) = self
            .panes
            .iter()
            .map(|_| (Array::new(), Array::new()))
            .unzip();
        let AtlasMap {
            atlas,
            panes,
            pane_of,
            markers,
            held,
            defaults,
            ..
        } = self;
        for (position, &pane) in pane_of.iter().enumerate() {
            let want = wanted[position];
            let slot = match steps[pane] {
                Step::Keep | Step::Swap => continue,
                Step::Update if held[panes[pane].active][position] == want => continue,
                Step::Update => panes[pane].active,
                Step::Rebuild => 1 - panes[pane].active,
            };
            held[slot][position] = want;
            if !want {
                if steps[pane] == Step::Update {
                    removed[pane].push(markers[slot][position].as_ref().expect("a held marker"));
                }
                continue;
            }
            let marker = markers[slot][position]
                .get_or_insert_with(|| new_marker(atlas, defaults, position));
            added[pane].push(marker);
        }
        for (index, pane) in self.panes.iter_mut().enumerate() {
            let (added, removed) = (&added[index], &removed[index]);
            match steps[index] {
                Step::Keep => {}
                Step::Swap => pane.swap(),
                Step::Update => {
                    let group = &pane.groups[pane.active];
                    if removed.length() > 0 {
                        group.remove_layers(removed);
                    }
                    if added.length() > 0 {
                        group.add_layers_silently(added, true);
                    }
                }
                Step::Rebuild => {
                    if changes[index].standby > 0 {
                        // Off the map, this only forgets the markers and the clustering grids.
                        pane.groups[1 - pane.active].clear_all();
                    }
                    // On the map before adding: off it, each marker is checked against a list
                    // of every marker waiting to be added (quadratic).
                    pane.swap();
                    if added.length() > 0 {
                        pane.groups[pane.active].add_layers_silently(added, true);
                    }
                }
            }
        }
    }

    /// Adds background tiles behind the metropolitan map (`osm`, or an `https` URL template),
    /// with the attribution their terms require. Off unless the `tiles` parameter asks for it.
    pub fn show_tiles(&self, source: &str) {
        let (url, attribution) = match source {
            "osm" => (
                "https://tile.openstreetmap.org/{z}/{x}/{y}.png".to_owned(),
                "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors".to_owned(),
            ),
            // Leaflet reads attributions as HTML: the host of a custom template is escaped.
            template => {
                let host = template.split('/').nth(2).unwrap_or_default();
                (template.to_owned(), format!("Tiles: {}", poles_model::embed::escape_attribute(host)))
            }
        };
        let options = object(&[("attribution", attribution.into()), ("maxZoom", 19.into())]);
        let layer = leaflet::TileLayer::new_options(&url, options.unchecked_ref());
        layer.add_to(&self.panes[0].map);
        let _ = self.panes[0]
            .map
            .get_container()
            .class_list()
            .add_1("with-tiles");
    }

    /// Highlights the marker of `position` (or the cluster icon holding it); `None` clears.
    pub fn highlight(&mut self, position: Option<usize>) {
        if let Some(previous) = self.highlighted.take() {
            let _ = previous.class_list().remove_1("highlighted");
        }
        let Some(position) = position.filter(|&p| p < self.pane_of.len()) else {
            return;
        };
        let pane = &self.panes[self.pane_of[position]];
        let slot = pane.active;
        let Some(marker) = self.markers[slot][position]
            .as_ref()
            .filter(|_| self.held[slot][position])
        else {
            return;
        };
        let parent = pane.groups[slot].get_visible_parent(marker);
        if parent.is_falsy() {
            return;
        }
        if let Some(element) = parent.unchecked_into::<AnyLayer>().get_element() {
            let _ = element.class_list().add_1("highlighted");
            self.highlighted = Some(element);
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

/// A marker at the cluster's headquarters with the shared icon and options (Leaflet copies
/// them), knowing its cluster's position; its DOM is built by [`fill_marker`] when it is put on
/// the map.
fn new_marker(atlas: &Atlas, defaults: &[MarkerOptions; 2], position: usize) -> Marker {
    let cluster = atlas.cluster(position);
    let historical = matches!(cluster.status, poles_model::Status::Historical);
    let marker = Marker::new_with_options(
        &LatLng::new(cluster.hq.lat, cluster.hq.lon),
        &defaults[usize::from(historical)],
    );
    marker
        .unchecked_ref::<AnyLayer>()
        .set_poles_position(position as f64);
    marker
}

/// Makes the icon Leaflet just created for a marker keyboard-focusable content: a dot in the
/// primary sector's colour, named by the cluster's name (as a visually hidden text node), with
/// a tooltip showing the name on hover and focus (bound again on each add, as Leaflet listens
/// to the focus of the icon element it had when the tooltip was bound).
fn fill_marker(
    atlas: &Atlas,
    marker: &AnyLayer,
    position: usize,
    tooltip: &JsValue,
    tooltip_options: &JsValue,
) {
    let Some(icon) = marker.get_element() else {
        return;
    };
    if !icon.has_child_nodes() {
        let cluster = atlas.cluster(position);
        let dot = text_element("span", "poles-marker-dot", "");
        let _ = dot
            .style()
            .set_property("--marker-colour", atlas.colour_of(cluster));
        let _ = dot.append_child(&text_element("span", "visually-hidden", &cluster.name));
        let _ = icon.append_child(&dot);
    }
    if !marker.get_tooltip().is_falsy() {
        marker.unbind_tooltip_any();
    }
    marker.bind_tooltip_fn(tooltip, tooltip_options);
}
