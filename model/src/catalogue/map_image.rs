//! The `interface.map_image` group: the map image's dialog, the words written in the picture
//! (`poles_model::map_image`) and the line of a printed page.

use serde::Deserialize;

use super::message::Template;

/// The texts of the map image and of print, one per `map_image_*` field of the app's `Texts`
/// (and `printed`); each field's comment is its English text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapImage {
    /// “Map image” (the button beside the CSV and JSON downloads)
    pub download: Template,
    /// “Download the map”
    pub heading: Template,
    /// “A picture of the map as it is now, drawn from the data: …”
    pub help: Template,
    /// “Size”
    pub size: Template,
    /// “Slide (1600 × 900)”
    pub slide: Template,
    /// “Page, A4 landscape (1123 × 794)”
    pub page: Template,
    /// “Download SVG”
    pub svg: Template,
    /// “Download PNG”
    pub png: Template,
    /// “{label}: {value}”, a filter in the picture
    pub filter: Template,
    /// “Search: “{query}””
    pub search: Template,
    /// “historical clusters included”
    pub historical: Template,
    /// “Data: {title}, updated {date}; geometry: IGN Admin Express, Licence Ouverte (Etalab).”
    pub credits: Template,
    /// “{address} — printed on {date}”, the line of a printed page
    pub printed: Template,
    /// “Print” (the button that draws the brief's map, then prints)
    pub print: Template,
}
