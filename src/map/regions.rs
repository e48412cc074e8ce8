//! The region outlines drawn from the geometry: one `L.geoJSON` layer per pane holding its own
//! regions, clicked to select a region, marked when selected.

use std::cell::RefCell;
use std::rc::Rc;

use leaflet::{Path, PathOptions, Tooltip, TooltipOptions};
use poles_model::regions::{css_class, CLASSES};
use poles_model::RegionCode;
use wasm_bindgen::prelude::*;

use super::bindings::{self, path_class, Feature, GeoJsonOptions};
use super::panes::{bounds, fit_options, Pane, FRANCE_BOUNDS};

/// The INSEE code of a feature of the geometry, if it has one: where the outlines' text
/// becomes a region's id.
fn region_code(feature: &Feature) -> Option<RegionCode> {
    feature
        .properties()
        .and_then(|p| p.code())
        .map(RegionCode::new)
}

/// Draws the region outlines of each pane from `geojson` (behind the markers); `on_click`
/// receives the code of a clicked region. Returns the event handlers, to keep alive.
pub fn show(
    panes: &mut [Pane],
    geojson: &JsValue,
    on_click: Rc<dyn Fn(RegionCode)>,
) -> Vec<Closure<dyn Fn(leaflet::Event)>> {
    // Leaflet keeps the functions of the options with the layers (`resetStyle`, `addData`):
    // they are handed over to JavaScript, to live as long as the layers do.
    let style = Closure::<dyn Fn(Feature) -> PathOptions>::new(|feature: Feature| {
        let code = region_code(&feature);
        path_class(&format!(
            "region region-{}",
            code.as_ref().map_or("", RegionCode::as_str)
        ))
    })
    .into_js_value();
    let mut handlers = Vec::new();
    for pane in panes.iter_mut() {
        let codes = pane.codes.clone();
        let filter = Closure::<dyn Fn(Feature) -> bool>::new(move |feature: Feature| {
            region_code(&feature).is_some_and(|code| codes.contains(&code))
        })
        .into_js_value();
        let made = Rc::new(RefCell::new(Vec::new()));
        let collect = made.clone();
        // Called for the features the filter kept, each with a code.
        let on_each = Closure::<dyn Fn(Feature, Path)>::new(move |feature: Feature, path: Path| {
            if let Some(code) = region_code(&feature) {
                collect.borrow_mut().push((code, path));
            }
        })
        .into_js_value();
        let options: GeoJsonOptions = bindings::options();
        options.set_style(style.unchecked_ref());
        options.set_filter(filter.unchecked_ref());
        options.set_on_each_feature(on_each.unchecked_ref());
        let layer = bindings::geo_json(geojson, &options);
        pane.regions = made.take();

        let paths = pane.regions.clone();
        let on_click = on_click.clone();
        let click = Closure::<dyn Fn(leaflet::Event)>::new(move |event: leaflet::Event| {
            let target = JsValue::from(event.source_target());
            if let Some((code, _)) = paths
                .iter()
                .find(|(_, path)| *AsRef::<JsValue>::as_ref(path) == target)
            {
                on_click(code.clone());
            }
        });
        layer.on("click", click.as_ref());
        layer.add_to(&pane.map);
        layer.bring_to_back();
        handlers.push(click);
    }
    handlers
}

/// The choropleth's look of one region.
#[derive(Debug, Clone)]
pub struct Shade {
    pub code: RegionCode,
    /// Its class, `choropleth-0` … `choropleth-4`.
    pub class: &'static str,
    /// The text of its tooltip ("Occitanie — 3 clusters").
    pub tooltip: String,
}

/// Shades each drawn region with its class and names its count in its tooltip (a text node:
/// data stays text).
pub fn shade(panes: &[Pane], shades: &[Shade]) {
    for (code, path) in panes.iter().flat_map(|p| &p.regions) {
        let Some(shade) = shades.iter().find(|s| &s.code == code) else {
            continue;
        };
        let (class, tooltip) = (shade.class, &shade.tooltip);
        let layer: &bindings::AnyLayer = path.unchecked_ref();
        if let Some(element) = layer.get_element() {
            // A tooltip makes the outline focusable in Chromium: the regions are reached by the
            // region select and the table, so keep them out of the tab order of the markers.
            let _ = element.set_attribute("tabindex", "-1");
            let classes = element.class_list();
            for other in (0..CLASSES).map(css_class).filter(|&c| c != class) {
                let _ = classes.remove_1(other);
            }
            let _ = classes.add_1(class);
        }
        let content: JsValue = super::text_element("span", "", tooltip).into();
        if JsValue::from(path.get_tooltip()).is_undefined() {
            let options = TooltipOptions::new();
            options.set_sticky(true);
            let tooltip = Tooltip::new(&options, Some(path));
            tooltip.set_content(&content);
            path.bind_tooltip(&tooltip);
        } else {
            path.set_tooltip_content(&content);
        }
    }
}

/// Marks the `selected` region (or none) in every pane and, with `fly`, flies the metropolitan
/// map to it (`bbox`), or back to all of France.
pub fn select(panes: &[Pane], selected: Option<&RegionCode>, bbox: Option<[f64; 4]>, fly: bool) {
    for (code, path) in panes.iter().flat_map(|p| &p.regions) {
        let layer: &bindings::AnyLayer = path.unchecked_ref();
        if let Some(element) = layer.get_element() {
            let _ = element
                .class_list()
                .toggle_with_force("selected", Some(code) == selected);
        }
    }
    let main = &panes[0];
    if !fly {
        return;
    }
    match bbox {
        Some(bbox) if selected.is_some_and(|code| main.codes.contains(code)) => {
            main.map
                .fly_to_bounds_with_options(&bounds(bbox), &fit_options(20.0, Some(0.4)));
        }
        _ => {
            main.map
                .fly_to_bounds_with_options(&bounds(FRANCE_BOUNDS), &fit_options(0.0, Some(0.4)));
        }
    }
}
