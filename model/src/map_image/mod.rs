//! A picture of the map, drawn from the data as SVG: the regions shaded with the choropleth's
//! classes and their legend, one marker per shown cluster in its primary sector's colour, the
//! overseas regions in insets (as the app shows them), a title, the filters in words, the
//! credits and the date. No tiles and no screenshot: the outlines of `data/regions.geojson`
//! ([`Outlines`]) and the clusters' head offices, projected as the app's maps are (Web
//! Mercator). The app downloads it (SVG, or PNG drawn from it on a canvas) and prints it; the
//! texts come in written (the app's `i18n`), numbers are written here in the scene's language.

mod outlines;
mod text;

use outlines::px;
pub use outlines::{Frame, Outline, Outlines, Point, Rect};
pub use text::{escape, wrap};

use crate::format::format_count;
use crate::regions::Classes;
use crate::{Dataset, Day, Lang, RegionCode};

/// The shading's colours, class 0 to 4: the light scheme's `--poles-choropleth-N` of
/// `style/poles.css` (a test checks they are equal). Pictures are always light: they go on
/// slides and paper.
pub const CLASS_COLOURS: [&str; 5] = ["#ffffff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];
/// The outlines' colour (`--poles-control-border`), the texts' (`--poles-text`) and the muted
/// texts' (`--poles-muted`) of the light scheme.
const OUTLINE: &str = "#8d9cad";
const TEXT: &str = "#1b1f24";
const MUTED: &str = "#4f5b67";
/// A marker whose cluster has no primary sector (as the app's `colour_of`).
const NO_SECTOR: &str = "#555555";

/// The sizes a picture is made in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A 16:9 slide, 1600 × 900 pixels.
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
    /// The language numbers and the dataset's texts are written in.
    pub lang: Lang,
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

/// Where a cluster's marker goes: the inset of its head office's region when that region is
/// overseas, else the metropolitan map (as the app's maps place it).
fn pane_of<'d>(dataset: &'d Dataset, position: usize) -> Option<&'d RegionCode> {
    let hq = dataset.clusters[position].regions.first()?;
    (dataset.regions.iter())
        .find(|r| &r.code == hq && r.overseas)
        .map(|r| &r.code)
}

/// One drawn map: its frame, the regions it draws, and the pane its markers belong to
/// (`None`: metropolitan France).
struct Map<'a> {
    frame: Frame,
    regions: Vec<&'a RegionCode>,
    pane: Option<&'a RegionCode>,
    name: Option<&'a str>,
}

/// The union of the extents of `codes`' outlines.
fn extent_of(outlines: &Outlines, codes: &[&RegionCode]) -> Option<[f64; 4]> {
    (codes.iter())
        .filter_map(|code| outlines.get(code)?.extent())
        .reduce(|[w, s, e, n], [w2, s2, e2, n2]| [w.min(w2), s.min(s2), e.max(e2), n.max(n2)])
}

/// A bounding box grown by `share` of its size on each side.
fn padded([w, s, e, n]: [f64; 4], share: f64) -> [f64; 4] {
    let (dx, dy) = ((e - w) * share, (n - s) * share);
    [w - dx, s - dy, e + dx, n + dy]
}

/// The maps of the scene in `area`: the focused region's, or metropolitan France with a
/// column of insets at its left.
fn maps<'a>(scene: &Scene<'a>, area: Rect, u: f64) -> Vec<Map<'a>> {
    let dataset = scene.dataset;
    let metropolitan: Vec<&RegionCode> = (dataset.regions.iter())
        .filter(|r| !r.overseas)
        .map(|r| &r.code)
        .collect();
    if let Some(focus) = scene.focus {
        let region = dataset.regions.iter().find(|r| &r.code == focus);
        let overseas = region.is_some_and(|r| r.overseas);
        let regions = if overseas { vec![focus] } else { metropolitan };
        let bbox = extent_of(scene.outlines, &[focus])
            .or(region.map(|r| r.bbox))
            .unwrap_or([-5.2, 41.3, 9.6, 51.1]);
        let pane = overseas.then_some(focus);
        let frame = Frame::fit(padded(bbox, 0.08), area);
        return vec![Map {
            frame,
            regions,
            pane,
            name: None,
        }];
    }
    let overseas: Vec<_> = dataset.regions.iter().filter(|r| r.overseas).collect();
    let (x, y, w, h) = area;
    let mut maps = Vec::new();
    let mut left = x;
    if !overseas.is_empty() {
        let gap = 8.0 * u;
        let label = 20.0 * u;
        let n = overseas.len() as f64;
        let side = ((h - gap * (n - 1.0)) / n - label).min(w * 0.16).max(10.0);
        for (i, region) in overseas.iter().enumerate() {
            let top = y + i as f64 * (side + label + gap);
            let bbox = extent_of(scene.outlines, &[&region.code]).unwrap_or(region.bbox);
            maps.push(Map {
                frame: Frame::fit(padded(bbox, 0.06), (x, top, side, side)),
                regions: vec![&region.code],
                pane: Some(&region.code),
                name: Some(&region.name),
            });
        }
        left = x + side + 3.0 * gap;
    }
    let bbox = extent_of(scene.outlines, &metropolitan).unwrap_or([-5.2, 41.3, 9.6, 51.1]);
    let frame = Frame::fit(padded(bbox, 0.02), (left, y, x + w - left, h));
    maps.push(Map {
        frame,
        regions: metropolitan,
        pane: None,
        name: None,
    });
    maps
}

/// The value of an attribute: a length in pixels (one decimal at most), a whole number, or a
/// text (escaped).
enum Value<'a> {
    Px(f64),
    Int(usize),
    Text(&'a str),
}
use Value::{Int, Px, Text};

/// The SVG being written: elements from a name and attributes (one writer of each, rather
/// than a formatting call per element, and never inlined: fewer bytes of wasm).
struct Svg(String);

impl Svg {
    /// `<name attr="value" …` and `/>` when `empty`, else `>`.
    #[inline(never)]
    fn element(&mut self, name: &str, attributes: &[(&str, Value)], empty: bool) {
        self.start(name, attributes);
        self.end(empty);
    }

    /// `<name attr="value" …`, left open for more attributes.
    #[inline(never)]
    fn start(&mut self, name: &str, attributes: &[(&str, Value)]) {
        self.0.push('<');
        self.0.push_str(name);
        self.attributes(attributes);
    }

    /// ` attr="value" …`
    #[inline(never)]
    fn attributes(&mut self, attributes: &[(&str, Value)]) {
        let out = &mut self.0;
        for (attribute, value) in attributes {
            out.push(' ');
            out.push_str(attribute);
            out.push_str("=\"");
            match value {
                Px(pixels) => out.push_str(&px(*pixels)),
                Int(n) => out.push_str(&n.to_string()),
                Text(text) => out.push_str(&escape(text)),
            }
            out.push('"');
        }
    }

    /// `/>` when `empty`, else `>`.
    #[inline(never)]
    fn end(&mut self, empty: bool) {
        self.0.push_str(if empty { "/>" } else { ">" });
    }

    /// `</name>`.
    #[inline(never)]
    fn close(&mut self, name: &str) {
        self.0.push_str("</");
        self.0.push_str(name);
        self.0.push('>');
    }

    /// A `<text>` of `content` at `(x, y)`, of type `size`, with `attributes`.
    #[inline(never)]
    fn text(&mut self, (x, y): (f64, f64), size: f64, attributes: &[(&str, Value)], content: &str) {
        self.start(
            "text",
            &[("x", Px(x)), ("y", Px(y)), ("font-size", Px(size))],
        );
        self.attributes(attributes);
        self.end(false);
        self.0.push_str(&escape(content));
        self.close("text");
    }
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
fn chars_for(width: f64, size: f64) -> usize {
    (width / (0.6 * size)).max(8.0) as usize
}

/// One map: its regions, shaded and outlined, clipped to its frame, then its markers.
fn draw_map(out: &mut Svg, scene: &Scene, classes: &Classes, map: &Map, i: usize, u: f64) {
    let (x, y, w, h) = map.frame.rect;
    let id = format!("poles-map-frame-{i}");
    let rect = [
        ("x", Px(x)),
        ("y", Px(y)),
        ("width", Px(w)),
        ("height", Px(h)),
    ];
    out.element("clipPath", &[("id", Text(&id))], false);
    out.element("rect", &rect, true);
    out.close("clipPath");
    out.start("rect", &rect);
    out.attributes(&[
        ("class", Text("frame")),
        ("fill", Text("#eef3f8")),
        ("stroke", Text(OUTLINE)),
        ("stroke-width", Px(u)),
    ]);
    out.end(true);
    out.element("g", &[("clip-path", Text(&format!("url(#{id})")))], false);
    let dataset = scene.dataset;
    for code in &map.regions {
        let Some(outline) = scene.outlines.get(code) else {
            continue;
        };
        let count = (dataset.regions.iter().position(|r| &r.code == *code))
            .and_then(|p| scene.counts.get(p).copied())
            .unwrap_or(0);
        let class = classes.class_of(count).min(4);
        let selected = scene.selected == Some(*code);
        let (stroke, width) = if selected {
            (TEXT, 3.5 * u)
        } else {
            (OUTLINE, u)
        };
        out.element(
            "path",
            &[
                (
                    "class",
                    Text(&format!(
                        "region{} choropleth-{class}",
                        if selected { " selected" } else { "" }
                    )),
                ),
                ("data-code", Text(code.as_str())),
                ("data-count", Int(count)),
                ("d", Text(&map.frame.path(outline))),
                ("fill", Text(CLASS_COLOURS[class])),
                ("stroke", Text(stroke)),
                ("stroke-width", Px(width)),
                ("stroke-linejoin", Text("round")),
            ],
            true,
        );
    }
    // The open cluster last, on top of the others.
    let shown = (scene.visible.iter().copied())
        .filter(|&p| Some(p) != scene.open)
        .chain(scene.open)
        .filter(|&p| p < dataset.clusters.len() && pane_of(dataset, p) == map.pane);
    for position in shown {
        let cluster = &dataset.clusters[position];
        let (cx, cy) = map.frame.project([cluster.hq.lon, cluster.hq.lat]);
        let open = Some(position) == scene.open;
        let colour = (cluster.primary_sector())
            .and_then(|id| dataset.sectors.iter().find(|s| &s.id == id))
            .map_or(NO_SECTOR, |s| s.color.as_str());
        let (class, r, stroke, sw) = match open {
            true => ("marker open", 10.0, TEXT, 3.0),
            false => ("marker", 6.0, "#ffffff", 1.5),
        };
        out.element(
            "circle",
            &[
                ("class", Text(class)),
                ("data-id", Text(cluster.id.as_str())),
                ("cx", Px(cx)),
                ("cy", Px(cy)),
                ("r", Px(r * u)),
                ("fill", Text(colour)),
                ("stroke", Text(stroke)),
                ("stroke-width", Px(sw * u)),
            ],
            false,
        );
        out.element("title", &[], false);
        out.0.push_str(&escape(cluster.name_on(scene.day)));
        out.close("title");
        out.close("circle");
    }
    out.close("g");
    if let Some(name) = map.name {
        let attributes = [
            ("class", Text("inset-name")),
            ("text-anchor", Text("middle")),
            ("fill", Text(MUTED)),
        ];
        out.text((x + w / 2.0, y + h + 15.0 * u), 12.0 * u, &attributes, name);
    }
}

/// The legend in the panel at `(x, y)`, `width` wide: the shading's classes, then the
/// sectors of the markers shown (beside them in the brief's wide panel, else below).
fn legend(
    out: &mut Svg,
    scene: &Scene,
    classes: &Classes,
    (mut x, top): (f64, f64),
    mut width: f64,
    u: f64,
) {
    let mut y = top;
    let beside = scene.format == Format::Brief;
    if beside {
        width /= 2.0;
    }
    let lang = scene.lang;
    let heading = [
        ("class", Text("legend-heading")),
        ("font-weight", Text("700")),
    ];
    y += 18.0 * u;
    for line in wrap(scene.shading_heading, chars_for(width, 18.0 * u)) {
        out.text((x, y), 18.0 * u, &heading, &line);
        y += 24.0 * u;
    }
    for (class, low, high) in classes.ranges() {
        let range = match low == high {
            true => format_count(lang, low),
            false => format!("{}–{}", format_count(lang, low), format_count(lang, high)),
        };
        let group = [
            ("class", Text("legend-class")),
            ("data-class", Int(class)),
            ("data-low", Int(low)),
            ("data-high", Int(high)),
        ];
        out.element("g", &group, false);
        out.element(
            "rect",
            &[
                ("x", Px(x)),
                ("y", Px(y - 14.0 * u)),
                ("width", Px(24.0 * u)),
                ("height", Px(16.0 * u)),
                ("fill", Text(CLASS_COLOURS[class.min(4)])),
                ("stroke", Text(OUTLINE)),
                ("stroke-width", Px(u)),
            ],
            true,
        );
        out.text((x + 34.0 * u, y), 16.0 * u, &[], &range);
        out.close("g");
        y += 24.0 * u;
    }
    y += 18.0 * u;
    if beside {
        (x, y) = (x + width, top + 18.0 * u);
    }
    let dataset = scene.dataset;
    let shown = || {
        (scene.visible.iter().chain(scene.open.as_ref())).filter_map(|&p| dataset.clusters.get(p))
    };
    let used: Vec<_> = (dataset.sectors.iter())
        .filter(|s| shown().any(|c| c.primary_sector() == Some(&s.id)))
        .collect();
    if used.is_empty() {
        return;
    }
    for line in wrap(scene.sectors_heading, chars_for(width, 18.0 * u)) {
        out.text((x, y), 18.0 * u, &heading, &line);
        y += 24.0 * u;
    }
    for sector in used {
        let label = sector
            .short_label
            .as_ref()
            .unwrap_or(&sector.label)
            .get(lang);
        out.element(
            "g",
            &[
                ("class", Text("legend-sector")),
                ("data-sector", Text(sector.id.as_str())),
            ],
            false,
        );
        out.element(
            "circle",
            &[
                ("cx", Px(x + 12.0 * u)),
                ("cy", Px(y - 6.0 * u)),
                ("r", Px(7.0 * u)),
                ("fill", Text(&sector.color)),
                ("stroke", Text("#ffffff")),
                ("stroke-width", Px(1.5 * u)),
            ],
            true,
        );
        for line in wrap(label, chars_for(width - 34.0 * u, 16.0 * u)) {
            out.text((x + 34.0 * u, y), 16.0 * u, &[], &line);
            y += 21.0 * u;
        }
        out.close("g");
        y += 3.0 * u;
    }
}

#[cfg(test)]
mod tests;
