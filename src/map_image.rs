//! The map as a picture of the current view: the inputs of `poles_model::map_image` collected
//! from the view (the selection, the shading, the outlines the app loaded, the texts), and a
//! PNG drawn from the SVG on a canvas. The picture itself is decided and written in the model.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::map_image::{svg, Format, Outline, Outlines, Point, Scene};
use poles_model::{RegionCode, Selection, ViewState};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::format_date;
use crate::load::LoadFailure;
use crate::state::{Atlas, View};

/// What a picture of the view is made from, given by the loaded atlas view as context.
#[derive(Clone, Copy)]
pub struct MapInputs {
    atlas: StoredValue<Arc<Atlas>>,
    selection: Memo<Selection>,
    shading: Memo<Vec<usize>>,
    geometry: LocalResource<Result<JsValue, LoadFailure>>,
    /// The outlines read from the geometry, once a picture has asked for them.
    outlines: StoredValue<Option<Arc<Outlines>>>,
}

impl MapInputs {
    pub fn new(
        atlas: Arc<Atlas>,
        selection: Memo<Selection>,
        shading: Memo<Vec<usize>>,
        geometry: LocalResource<Result<JsValue, LoadFailure>>,
    ) -> Self {
        MapInputs {
            atlas: StoredValue::new(atlas),
            selection,
            shading,
            geometry,
            outlines: StoredValue::new(None),
        }
    }

    /// The atlas shown.
    pub fn atlas(&self) -> Arc<Atlas> {
        self.atlas.get_value()
    }

    /// The outlines, read from the loaded geometry the first time (none while it is not
    /// there: the picture then has markers and no regions).
    fn outlines(&self) -> Arc<Outlines> {
        if let Some(outlines) = self.outlines.get_value() {
            return outlines;
        }
        let Some(Ok(geometry)) = self.geometry.get_untracked() else {
            return Arc::default();
        };
        let outlines = Arc::new(outlines_of(&geometry));
        self.outlines.set_value(Some(outlines.clone()));
        outlines
    }

    /// The picture of the view now, in `format`. The brief's map (`Format::Brief`) is centred
    /// on the area the page is about: the open cluster's region, else the selected region.
    pub fn svg(&self, view: View, format: Format) -> String {
        let atlas = self.atlas.get_value();
        let state = view.state.get_untracked();
        let lang = view.lang.get_untracked();
        let t = crate::i18n::texts(lang);
        let dataset = &atlas.dataset;
        let open = (state.cluster.as_ref()).and_then(|id| atlas.index.position(id));
        let region = state.filters.region.as_ref();
        let focus = match format {
            Format::Brief => open
                .and_then(|p| atlas.cluster(p).regions.first())
                .or(region),
            _ => None,
        };
        let outlines = self.outlines();
        let counts = self.shading.get_untracked();
        let selection = self.selection.get_untracked();
        let day = format_date(lang, &selection.day.to_string());
        let subtitle = filters_in_words(&atlas, &state, &selection, view);
        let credits = (t.map_image_credits)(
            dataset.title.get(lang),
            &format_date(lang, &dataset.updated),
        );
        let date = (t.map_image_filter)(t.time_label, &day);
        svg(&Scene {
            format,
            lang,
            dataset,
            outlines: &outlines,
            counts: &counts,
            visible: &selection.visible,
            day: selection.day,
            open,
            selected: region,
            focus,
            title: t.embed_title,
            subtitle: &subtitle,
            shading_heading: t.choropleth_heading,
            sectors_heading: t.legend_label,
            credits: &credits,
            date: &date,
        })
    }
}

/// The value of `key` in the JS object `value` (`undefined` when there is none).
fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The items of a JS array (none when `value` is not one).
fn items(value: &JsValue) -> impl Iterator<Item = JsValue> {
    let array = value
        .dyn_ref::<js_sys::Array>()
        .cloned()
        .unwrap_or_default();
    array.into_iter()
}

/// The rings of a GeoJSON polygon, positions as `[lon, lat]`.
fn polygon(value: JsValue) -> Vec<Vec<Point>> {
    (items(&value).map(|ring| {
        (items(&ring).filter_map(|p| Some([get_index(&p, 0)?, get_index(&p, 1)?]))).collect()
    }))
    .collect()
}

/// The number at `index` of a JS array.
fn get_index(value: &JsValue, index: u32) -> Option<f64> {
    js_sys::Reflect::get_u32(value, index).ok()?.as_f64()
}

/// The outlines of the parsed GeoJSON the map drew (the shape `Outlines::from_geojson` reads
/// natively), read from the JS values themselves: no JSON reader in the wasm for them.
fn outlines_of(geometry: &JsValue) -> Outlines {
    let regions = items(&get(geometry, "features")).filter_map(|feature| {
        let code = get(&get(&feature, "properties"), "code").as_string()?;
        let shape = get(&feature, "geometry");
        let coordinates = get(&shape, "coordinates");
        let polygons = match get(&shape, "type").as_string()?.as_str() {
            "Polygon" => vec![polygon(coordinates)],
            "MultiPolygon" => items(&coordinates).map(polygon).collect(),
            _ => return None,
        };
        Some(Outline {
            code: RegionCode::new(code),
            polygons,
        })
    });
    Outlines {
        regions: regions.collect(),
    }
}

/// The view's filters in words: sectors, region, search, the historical clusters, the 2006
/// view, and how many clusters are shown.
fn filters_in_words(atlas: &Atlas, state: &ViewState, selection: &Selection, view: View) -> String {
    let lang = view.lang.get_untracked();
    let t = crate::i18n::texts(lang);
    let filters = &state.filters;
    let sectors: Vec<&str> = (filters.sectors.iter())
        .filter_map(|id| atlas.dataset.sectors.iter().find(|s| &s.id == id))
        .map(|s| s.short_label.as_ref().unwrap_or(&s.label).get(lang))
        .collect();
    let mut parts = vec![match sectors.as_slice() {
        [] => t.reset_sectors.to_owned(),
        names => (t.map_image_filter)(t.sectors_label, &names.join(", ")),
    }];
    parts.push(
        match filters.region.as_ref().and_then(|code| atlas.region(code)) {
            Some(region) => (t.map_image_filter)(t.region_label, &region.name),
            None => t.all_of_france.to_owned(),
        },
    );
    if !filters.query.trim().is_empty() {
        parts.push((t.map_image_search)(filters.query.trim()));
    }
    if filters.show_historical {
        parts.push(t.map_image_historical.to_owned());
    }
    if filters.brochure_2006 {
        parts.push(t.view_2006.to_owned());
    }
    parts.push((t.clusters_shown)(selection.visible.len()));
    parts.join(" · ")
}

/// The file name of a picture: `poles-map-slide.svg`, `poles-map-page.png`.
pub fn file_name(format: Format, extension: &str) -> String {
    let size = match format {
        Format::Slide => "slide",
        Format::Page => "page",
        Format::Brief => "brief",
    };
    format!("poles-map-{size}.{extension}")
}

/// The PNG of `svg` (`width` × `height` pixels) as a `data:` address: the SVG decoded as an
/// image, drawn on a canvas. The page's policy allows `data:` images (README, Security).
pub async fn png(svg: &str, (width, height): (u32, u32)) -> Result<String, JsValue> {
    let image = web_sys::HtmlImageElement::new()?;
    let source = js_sys::encode_uri_component(svg);
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{source}"));
    JsFuture::from(image.decode()).await?;
    let canvas: web_sys::HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    canvas.set_width(width);
    canvas.set_height(height);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2D context")?
        .unchecked_into();
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(width),
        f64::from(height),
    )?;
    canvas.to_data_url_with_type("image/png")
}
