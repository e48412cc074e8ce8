//! The map as a picture of the current view: the request (`poles_model::map_image::Request`)
//! made from the view, with its texts in the reader's language, for the picture module
//! (`src/picture.rs`).

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::map_image::{Format, Request};
use poles_model::{Selection, ViewState};

use crate::load::GEOMETRY_URL;
use crate::state::{Atlas, View};

/// What a picture of the view is made from, given by the loaded atlas view as context.
#[derive(Clone, Copy)]
pub struct MapInputs {
    atlas: StoredValue<Arc<Atlas>>,
    /// The dataset's address, as the app loaded it (the worker's script is beside the page,
    /// so a relative address means the same file to both).
    data: StoredValue<String>,
    selection: Memo<Selection>,
    shading: Memo<Vec<usize>>,
}

impl MapInputs {
    pub fn new(
        atlas: Arc<Atlas>,
        data: &str,
        selection: Memo<Selection>,
        shading: Memo<Vec<usize>>,
    ) -> Self {
        MapInputs {
            atlas: StoredValue::new(atlas),
            data: StoredValue::new(data.to_owned()),
            selection,
            shading,
        }
    }

    /// The atlas shown.
    pub fn atlas(&self) -> Arc<Atlas> {
        self.atlas.get_value()
    }

    /// The request for a picture of the view now, in `format`. The brief's map
    /// (`Format::Brief`) is centred on the area the page is about: the open cluster's region,
    /// else the selected region.
    pub fn request(&self, view: View, format: Format) -> Request {
        let atlas = self.atlas.get_value();
        let state = view.state.get_untracked();
        let t = view.texts_untracked();
        let dataset = &atlas.dataset;
        let open = (state.cluster.as_ref()).and_then(|id| atlas.index.position(id));
        let region = state.filters.region.clone();
        let focus = match format {
            Format::Brief => open
                .and_then(|p| atlas.cluster(p).regions.first().cloned())
                .or(region.clone()),
            _ => None,
        };
        let selection = self.selection.get_untracked();
        let day = t.dates().day(selection.day);
        Request {
            format,
            language: t.lang.code().to_owned(),
            data: self.data.get_value(),
            geometry: GEOMETRY_URL.to_owned(),
            clusters: dataset.clusters.len(),
            counts: self.shading.get_untracked(),
            visible: selection.visible.clone(),
            day: selection.day.to_string(),
            open,
            selected: region.map(|code| code.as_str().to_owned()),
            focus: focus.map(|code| code.as_str().to_owned()),
            sector_labels: (dataset.sectors.iter())
                .map(|s| t.sector_short(s).to_owned())
                .collect(),
            title: t.embed_title().to_owned(),
            subtitle: filters_in_words(&atlas, &state, &selection, view),
            shading_heading: t.choropleth_heading().to_owned(),
            sectors_heading: t.legend_label().to_owned(),
            credits: t.map_image_credits(
                t.data(&dataset.title).text,
                &t.dates().iso_day(&dataset.updated),
            ),
            date: t.map_image_filter(t.time_label(), &day),
        }
    }
}

/// The view's filters in words: sectors, region, search, the historical clusters, the 2006
/// view, and how many clusters are shown.
fn filters_in_words(atlas: &Atlas, state: &ViewState, selection: &Selection, view: View) -> String {
    let t = view.texts_untracked();
    let filters = &state.filters;
    let sectors: Vec<&str> = (filters.sectors.iter())
        .filter_map(|id| atlas.dataset.sectors.iter().find(|s| &s.id == id))
        .map(|s| t.sector_short(s))
        .collect();
    let mut parts = vec![match sectors.as_slice() {
        [] => t.reset_sectors().to_owned(),
        names => t.map_image_filter(t.sectors_label(), &names.join(t.list_separator())),
    }];
    parts.push(
        match filters.region.as_ref().and_then(|code| atlas.region(code)) {
            Some(region) => t.map_image_filter(t.region_label(), t.region_name(region)),
            None => t.all_of_france().to_owned(),
        },
    );
    if !filters.query.trim().is_empty() {
        parts.push(t.map_image_search(filters.query.trim()));
    }
    if filters.show_historical {
        parts.push(t.map_image_historical().to_owned());
    }
    if filters.brochure_2006 {
        parts.push(t.view_2006().to_owned());
    }
    parts.push(t.clusters_shown(selection.visible.len()));
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
