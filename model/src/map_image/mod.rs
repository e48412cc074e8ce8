//! A picture of the map, drawn from the data as SVG: the regions shaded with the choropleth's
//! classes and their legend, one marker per shown cluster in its primary sector's colour, the
//! overseas regions in insets (as the app shows them), a title, the filters in words, the
//! credits and the date. No tiles and no screenshot: the outlines of `data/regions.geojson`
//! ([`Outlines`]) and the clusters' head offices, projected as the app's maps are (Web
//! Mercator). The picture worker (`picture/`) draws it for the app, which downloads it (SVG,
//! or PNG drawn from it on a canvas) and prints it; the texts come in written (the app's
//! `i18n`), numbers are written here in the scene's language.

mod legend;
mod maps;
mod outlines;
mod request;
mod text;
mod writer;

use legend::legend;
use maps::{draw_map, maps};
pub use outlines::{px, Frame, Outline, Outlines, Point, Rect, FRANCE_BOUNDS};
pub use request::Request;
pub use text::{escape, wrap};
use writer::{Int, Svg, Text};

use crate::catalogue::Language;
use crate::regions::Classes;
use crate::{Cluster, Dataset, Day, RegionCode};

/// The shading's colours, class 0 to 4: the light scheme's `--poles-choropleth-N` of
/// `style/poles.css` (a test checks they are equal). Pictures are always light: they go on
/// slides and paper.
pub const CLASS_COLOURS: [&str; 5] = ["#ffffff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];
/// The outlines' colour (`--poles-control-border`), the texts' (`--poles-text`) and the muted
/// texts' (`--poles-muted`) of the light scheme.
pub(super) const OUTLINE: &str = "#8d9cad";
pub(super) const TEXT: &str = "#1b1f24";
pub(super) const MUTED: &str = "#4f5b67";

/// The colour of a cluster with no primary sector in the vocabulary.
pub const NO_SECTOR_COLOUR: &str = "#555555";

/// The colour of `cluster`'s marker: its primary sector's (the pictures', the first view's;
/// the app looks sectors up by id, with the same [`NO_SECTOR_COLOUR`]).
pub fn colour_of<'a>(dataset: &'a Dataset, cluster: &Cluster) -> &'a str {
    (cluster.primary_sector())
        .and_then(|id| dataset.sectors.iter().find(|s| &s.id == id))
        .map_or(NO_SECTOR_COLOUR, |s| s.color.as_str())
}

/// The sizes a picture is made in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// A 16:9 slide, 1600 × 900 pixels.
    #[default]
    Slide,
    /// A4 landscape at the web's 96 pixels per inch (297 × 210 mm): 1123 × 794, the size a
    /// browser lays an A4 page out in, so the SVG prints at A4 as it is.
    Page,
    /// The map of the printed brief (A4 portrait, the map above the facts): 1000 × 420,
    /// printed about 19 cm wide (its smallest text about 6 pt there), its legend in two
    /// columns.
    Brief,
}

impl Format {
    /// The width and height in pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Format::Slide => (1600, 900),
            Format::Page => (1123, 794),
            Format::Brief => (1000, 420),
        }
    }

    /// The unit of lengths and type sizes (1 on a slide).
    fn unit(self) -> f64 {
        match self {
            Format::Slide => 1.0,
            Format::Page => 0.8,
            Format::Brief => 0.8,
        }
    }
}

/// What a picture shows. The clusters, regions and sectors come from `dataset`; the counts
/// and classes are the choropleth's (`Regions::shading`, `Classes::from_counts`), so the
/// picture says what the map and its legend say.
pub struct Scene<'a> {
    /// The size.
    pub format: Format,
    /// The language numbers are written in.
    pub language: Language,
    /// The sectors' names as the legend writes them, in the dataset's order.
    pub sector_labels: &'a [String],
    /// The dataset shown.
    pub dataset: &'a Dataset,
    /// The outlines of its regions.
    pub outlines: &'a Outlines,
    /// Clusters per region of the dataset, in its order: the shading.
    pub counts: &'a [usize],
    /// The positions of the clusters shown (one marker each).
    pub visible: &'a [usize],
    /// The day shown (the clusters' names on it).
    pub day: Day,
    /// The open cluster (marked, drawn on top), if any.
    pub open: Option<usize>,
    /// The selected region (outlined), if any.
    pub selected: Option<&'a RegionCode>,
    /// A region the picture is centred on (no insets then), if any.
    pub focus: Option<&'a RegionCode>,
    /// The title.
    pub title: &'a str,
    /// The filters in words (wrapped under the title).
    pub subtitle: &'a str,
    /// The heading of the shading's legend ("Clusters per region").
    pub shading_heading: &'a str,
    /// The heading of the markers' legend ("Primary sector").
    pub sectors_heading: &'a str,
    /// The credits: data, its update, the geometry and its licence.
    pub credits: &'a str,
    /// The date line, written at the bottom right.
    pub date: &'a str,
}

/// The picture of `scene`, as a standalone SVG document.
pub fn svg(scene: &Scene) -> String {
    let (width, height) = scene.format.size();
    let (w, h, u) = (f64::from(width), f64::from(height), scene.format.unit());
    let mut out = Svg(String::with_capacity(96 * 1024));
    let size = |name, value: u32| (name, Int(value as usize));
    let view_box = format!("0 0 {width} {height}");
    out.start(
        "svg",
        &[
            ("xmlns", Text("http://www.w3.org/2000/svg")),
            size("width", width),
            size("height", height),
        ],
    );
    out.attributes(&[
        ("viewBox", Text(&view_box)),
        ("font-family", Text(FONTS)),
        ("fill", Text(TEXT)),
    ]);
    out.end(false);
    out.element("title", &[], false);
    out.0.push_str(&escape(scene.title));
    out.close("title");
    out.element(
        "rect",
        &[
            ("class", Text("background")),
            size("width", width),
            size("height", height),
            ("fill", Text("#ffffff")),
        ],
        true,
    );
    let margin = 36.0 * u;
    // The legend's panel: a column, or two in the brief (a wider, lower picture).
    let panel = if scene.format == Format::Brief {
        440.0
    } else {
        330.0
    } * u;
    // The title and the filters in words.
    let mut y = margin + 32.0 * u;
    out.text(
        (margin, y),
        32.0 * u,
        &[("class", Text("title")), ("font-weight", Text("700"))],
        scene.title,
    );
    for line in wrap(scene.subtitle, chars_for(w - 2.0 * margin, 18.0 * u)) {
        y += 26.0 * u;
        out.text(
            (margin, y),
            18.0 * u,
            &[("class", Text("subtitle")), ("fill", Text(MUTED))],
            &line,
        );
    }
    let top = y + 20.0 * u;
    // The date, then the credits, at the bottom.
    let mut footer = vec![scene.date.to_owned()];
    footer.extend(wrap(scene.credits, chars_for(w - 2.0 * margin, 14.0 * u)));
    let mut foot = h - margin + 4.0 * u - 20.0 * u * (footer.len() - 1) as f64;
    let bottom = foot - 30.0 * u;
    for (i, line) in footer.iter().enumerate() {
        let class = if i == 0 { "date" } else { "credits" };
        out.text(
            (margin, foot),
            14.0 * u,
            &[("class", Text(class)), ("fill", Text(MUTED))],
            line,
        );
        foot += 20.0 * u;
    }
    // The maps, then the legend.
    let area = (
        margin,
        top,
        w - 2.0 * margin - panel - 24.0 * u,
        bottom - top,
    );
    let classes = Classes::from_counts(scene.counts);
    for (i, map) in maps(scene, area, u).iter().enumerate() {
        draw_map(&mut out, scene, &classes, map, i, u);
    }
    legend(
        &mut out,
        scene,
        &classes,
        (w - margin - panel, top),
        panel,
        u,
    );
    out.close("svg");
    out.0
}

/// The fonts of the picture's texts (the app's, as far as an SVG file can say).
const FONTS: &str = "system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/// How many characters of type `size` fit in `width` (a generous average glyph width: the
/// fonts are the reader's).
pub(super) fn chars_for(width: f64, size: f64) -> usize {
    (width / (0.6 * size)).max(8.0) as usize
}

#[cfg(test)]
mod tests;
