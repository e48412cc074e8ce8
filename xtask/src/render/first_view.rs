//! The atlas's first view as HTML (issue 24): what the default view shows on the day of the
//! build, written into the shell of `index.html` so that it paints before the wasm arrives and
//! reads without JavaScript. The map as inline SVG (the regions shaded as the choropleth, each
//! a link to its page; a mark per cluster in its sector's colour), in the box and at the
//! projection of the Leaflet map that will take its place (`FRANCE_BOUNDS`, fitted with the
//! same margin: `style/poles.css`, `src/map/panes.rs`), the overseas insets likewise, and the
//! list of the clusters labelled that day, each a link to its page. Its texts are in the seven
//! languages (`data-lang`, as the shell's); names and cities are the same in all of them. Its
//! sector chips work before the app: `public/shell.js` filters the list and the marks by their
//! sectors (`data-s`), shades the regions by the clusters shown (`data-r`) and counts them
//! again with the forms the build wrote (`data-one`, `data-other`).
//!
//! It holds for a span of days, from the build's to the first on which a cluster's standing or
//! name changes (`<meta name="poles-first-view" content="FROM UNTIL">`); `public/shell.js` hides it
//! outside them, and where the address asks for another view than the default one; the app
//! removes it with the shell once its data has loaded (`src/shell.rs`). A comment before and
//! after each part lets the next build replace it.

use maud::{html, Markup};
use poles_model::catalogue::{fill, Catalogues, Forms, Language};
use poles_model::map_image::{colour_of, px, Frame, Outlines, Rect, FRANCE_BOUNDS};
use poles_model::regions::{Classes, Regions};
use poles_model::site::{cluster_path, region_path, region_slugs, Texts};
use poles_model::{Cluster, Dataset, Day, Filters, Index, Standing};

/// What starts and ends the first view in `index.html`.
pub const START: &str = "<!-- first view (cargo xtask pages) -->";
pub const END: &str = "<!-- /first view -->";

/// The width of the metropolitan map's SVG in its own units (its height follows the box):
/// about a pixel and a half of a 1,440 px wide screen, and outlines are written in whole units.
const UNITS: f64 = 600.0;
/// How far (in units) a point of an outline may be from the line that replaces it.
const TOLERANCE: f64 = 0.5;
/// How far ahead the span of days it holds is searched for its end.
const HORIZON_DAYS: u32 = 800;

/// `html` (Trunk's `index.html`, perhaps with an earlier first view) with no first view.
pub fn without(html: &str) -> String {
    let mut out = html.to_owned();
    while let (Some(start), Some(end)) = (out.find(START), out.find(END)) {
        if end < start {
            break;
        }
        let before = out[..start].trim_end_matches([' ', '\t']);
        let after = out[end + END.len()..].trim_start_matches('\n');
        out = format!("{before}{after}");
    }
    out
}

/// `html` with `view` (from [`render`]): its span of days in a `<meta>` at the end of the
/// `<head>`, read by `public/shell.js` before the body, and its content at the end of the
/// shell's `<main>` (replacing an earlier one).
pub fn with(html: &str, view: &FirstView) -> Result<String, String> {
    let html = without(html);
    let head_end = html.find("</head>").ok_or("index.html has no </head>")?;
    let shell = html
        .find("id=\"poles-shell\"")
        .ok_or("index.html has no #poles-shell")?;
    let main_end = html[shell..]
        .find("</main>")
        .map(|at| shell + at)
        .ok_or("index.html's shell has no </main>")?;
    let meta = format!(
        "<meta name=\"poles-first-view\" content=\"{} {}\">",
        view.from, view.until
    );
    Ok(format!(
        "{}\n  {START}{meta}{END}\n{}\n      {START}\n      {}\n      {END}\n    {}",
        html[..head_end].trim_end(),
        html[head_end..main_end].trim_end(),
        view.html,
        &html[main_end..]
    ))
}

/// What the first view of a day depends on: each cluster's standing and name that day (which
/// clusters are listed and how, and whether the notice of labels past their term shows).
fn signature(dataset: &Dataset, day: Day) -> Vec<(std::mem::Discriminant<Standing<'_>>, &str)> {
    (dataset.clusters.iter())
        .map(|c| (std::mem::discriminant(&c.standing(day)), c.name_on(day)))
        .collect()
}

/// The first day after `day` on which the first view would differ from `day`'s, if any within
/// the horizon.
fn next_change(dataset: &Dataset, day: Day) -> Option<Day> {
    let today = signature(dataset, day);
    (1..=HORIZON_DAYS)
        .scan(day, |later, _| {
            *later = later.next();
            Some(*later)
        })
        .find(|&later| signature(dataset, later) != today)
}

/// A count's forms in a language, with the values of its other placeholders.
type Counted<'a> = (Forms<'a>, Vec<(&'static str, String)>);

/// The first view of a day.
pub struct FirstView {
    /// The day it is of, and the first day it no longer holds (a standing or a name differs).
    pub from: Day,
    pub until: Day,
    /// Its HTML.
    pub html: String,
}

/// The first view of `dataset` on `day`, with the region outlines `outlines`.
pub fn render(
    dataset: &Dataset,
    outlines: &Outlines,
    day: Day,
    catalogues: &Catalogues,
) -> FirstView {
    let index = Index::new(dataset).on(day);
    let filters = Filters::default();
    let selection = index.select(&filters);
    let counts = Regions::new(dataset).shading(&index, &filters, &selection.visible);
    let classes = Classes::from_counts(&counts);
    let until =
        next_change(dataset, day).unwrap_or_else(|| (0..HORIZON_DAYS).fold(day, |d, _| d.next()));
    let slugs = region_slugs(&dataset.regions);
    let texts = |language: Language| Texts::new(language, catalogues.get(language));
    let in_each = |text: &dyn Fn(Texts) -> String| {
        html! {
            @for language in Language::ALL {
                span data-lang=(language.code()) { (text(texts(language))) }
            }
        }
    };
    // A count's text in each language, with the forms of one and of the others (`{n}` left
    // in) for `public/shell.js` to count again, when the chips filter the first view.
    let counted = |n: usize, forms: &dyn Fn(Texts) -> Counted| {
        html! {
            @for language in Language::ALL {
                @let (forms, args) = forms(texts(language));
                @let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                @let (one, other) = (fill(forms.pick(language, 1), &args), fill(forms.pick(language, 2), &args));
                span data-lang=(language.code()) data-one=[(one != other).then_some(&one)] data-other=(other) {
                    (forms.fill(language, n as u64, &args))
                }
            }
        }
    };
    // The clusters on each map: an overseas region's in its inset (its head office's region,
    // as the app's maps), the others on the metropolitan map.
    let on_map = |codes: &[&poles_model::RegionCode]| -> Vec<&Cluster> {
        (selection.visible.iter().map(|&p| &dataset.clusters[p]))
            .filter(|c| c.regions.first().is_some_and(|hq| codes.contains(&hq)))
            .collect()
    };
    let metropolitan: Vec<_> = (dataset.regions.iter())
        .filter(|r| !r.overseas)
        .map(|r| &r.code)
        .collect();
    let map = |bbox: [f64; 4], codes: &[&poles_model::RegionCode], width: f64| {
        let frame = Frame::fit(bbox, (0.0, 0.0, width, width * 4.0));
        let (x0, y0) = frame.project([bbox[0], bbox[3]]);
        let (x1, y1) = frame.project([bbox[2], bbox[1]]);
        let view_box: Rect = (x0, y0, x1 - x0, y1 - y0);
        let regions = (dataset.regions.iter().enumerate())
            .filter(|(_, r)| codes.contains(&&r.code))
            .filter_map(|(p, r)| Some((r, outlines.get(&r.code)?, counts[p])));
        let marks = marks(dataset, &on_map(codes), &frame);
        html! {
            svg.first-map-svg viewBox=(format!("{} {} {} {}", px(view_box.0), px(view_box.1), px(view_box.2), px(view_box.3))) {
                @for (region, outline, count) in regions {
                    @let href = slugs.get(&region.code).map(|slug| region_path(slug, Language::En));
                    a href=[href] aria-label=(region.name) {
                        path class=(format!("first-region {}", classes.css_class_of(count))) data-r=(region.code.as_str()) d=(outline_path(&frame, outline)) {
                            title { (region.name) }
                        }
                    }
                }
                g aria-hidden="true" {
                    path.marks-under d=(marks.iter().map(|(_, d, _)| d.as_str()).collect::<String>()) {}
                    @for (colour, d, sectors) in &marks {
                        path.marks stroke=(colour) data-s=(sectors) d=(d) {}
                    }
                }
            }
        }
    };
    let overseas = dataset.regions.iter().filter(|r| r.overseas);
    // Labels past their term, shown as last labelled with the app's notice.
    let unconfirmed = (selection.visible.iter())
        .filter(|&&p| matches!(dataset.clusters[p].standing(day), Standing::Unconfirmed(_)))
        .count();
    let markup = html! {
        // The sector filter's chips with their counts (the app's `.chips`), where the filters
        // will be; `public/shell.js` makes them work before the app's take their place.
        div.chips.first-chips {
            button.chip.chip-reset type="button" aria-pressed="true" { (in_each(&|t| t.catalogue.interface.reset_sectors.as_str().to_owned())) }
            @for (sector, count) in dataset.sectors.iter().zip(&selection.sector_counts) {
                button.chip type="button" data-sector=(sector.id.as_str()) aria-pressed="false" {
                    (swatch(&sector.color))
                    span.chip-label { (in_each(&|t| t.sector_short(sector).to_owned())) }
                    " "
                    span.chip-count { (texts(Language::En).count(*count)) }
                }
            }
        }
        div.atlas.first-view {
            div.map-column {
                div.map-frame {
                    div.map.first-map { (map(FRANCE_BOUNDS, &metropolitan, UNITS)) }
                    ul.insets {
                        @for region in overseas {
                            li.inset {
                                div.inset-map { (map(region.bbox, &[&region.code], 84.0)) }
                                span.inset-name { (region.name) }
                            }
                        }
                    }
                }
            }
            div.side-column {
                @if unconfirmed > 0 {
                    div.notice.notice-unconfirmed {
                        p { (counted(unconfirmed, &|t| {
                            let (forms, args) = t.sentences().unconfirmed_notice_forms(index.updated());
                            (forms, args.into())
                        })) }
                    }
                }
                section.list-panel {
                    h2 { (in_each(&|t| t.catalogue.interface.list_label.as_str().to_owned())) }
                    p.count { (counted(selection.visible.len(), &|t| (t.catalogue.interface.clusters_shown.forms(), vec![]))) }
                    ul.cluster-list {
                        @for &position in &selection.visible {
                            @let cluster = &dataset.clusters[position];
                            li.cluster-item data-s=(sector_ids(cluster)) data-r=(region_codes(cluster))
                                data-u[matches!(cluster.standing(day), Standing::Unconfirmed(_))] {
                                (swatch(colour_of(dataset, cluster)))
                                a.cluster-name href=(cluster_path(&cluster.id, Language::En)) { (cluster.name_on(day)) }
                                " "
                                span.cluster-city { (cluster.hq.city) }
                            }
                        }
                    }
                }
            }
        }
    };
    FirstView {
        from: day,
        until,
        html: markup.into_string(),
    }
}

/// A list row's swatch: an SVG dot (the strict CSP allows no inline style, and the app sets
/// its swatches' colour through the CSSOM).
fn swatch(colour: &str) -> Markup {
    html! {
        svg.swatch viewBox="0 0 2 2" aria-hidden="true" { circle cx="1" cy="1" r="1" fill=(colour) {} }
    }
}

/// The marks of `clusters` in `frame`: each one's colour, path data and sectors
/// ([`sector_ids`]). A mark is a zero-length line, drawn as a round dot of a fixed size in
/// pixels whatever the map's scale (`vector-effect`, in `style/poles.css`).
fn marks<'a>(
    dataset: &'a Dataset,
    clusters: &[&Cluster],
    frame: &Frame,
) -> Vec<(&'a str, String, String)> {
    (clusters.iter())
        .map(|cluster| {
            let (x, y) = frame.project([cluster.hq.lon, cluster.hq.lat]);
            let d = format!("M{} {}h0", x.round(), y.round());
            (colour_of(dataset, cluster), d, sector_ids(cluster))
        })
        .collect()
}

/// A cluster's sector ids, as `public/shell.js` filters the first view by them (`data-s`).
fn sector_ids(cluster: &Cluster) -> String {
    let ids: Vec<&str> = cluster.sectors.iter().map(|s| s.as_str()).collect();
    ids.join(" ")
}

/// The codes of the regions a cluster covers, each once, as `public/shell.js` counts them in
/// the choropleth (`data-r`; `RegionIndex::counts`).
fn region_codes(cluster: &Cluster) -> String {
    let mut codes: Vec<&str> = Vec::new();
    for code in &cluster.regions {
        if !codes.contains(&code.as_str()) {
            codes.push(code.as_str());
        }
    }
    codes.join(" ")
}

/// SVG path data of `outline` in `frame`, small enough for the first visit: each ring
/// simplified within [`TOLERANCE`] (Douglas–Peucker) in whole units, written as relative moves
/// (`M x y l dx dy … z`). Measured on the real outlines: 61 KB (20 KB gzip) with
/// `Frame::path`'s absolute tenths, 14 KB (4.3 KB gzip) so.
fn outline_path(frame: &Frame, outline: &poles_model::map_image::Outline) -> String {
    let mut data = String::new();
    for ring in outline.polygons.iter().flatten() {
        let projected: Vec<(f64, f64)> = ring.iter().map(|&p| frame.project(p)).collect();
        let mut points: Vec<(i64, i64)> = simplify(&projected, TOLERANCE)
            .into_iter()
            .map(|(x, y)| (x.round() as i64, y.round() as i64))
            .collect();
        points.dedup();
        if points.len() < 3 {
            continue;
        }
        let (mut x, mut y) = points[0];
        data.push_str(&format!("M{x} {y}l"));
        for (i, &(px, py)) in points[1..].iter().enumerate() {
            let (dx, dy) = (px - x, py - y);
            // A minus sign separates numbers by itself.
            let sep = |n: i64, first: bool| if n < 0 || first { "" } else { " " };
            data.push_str(&format!("{}{dx}{}{dy}", sep(dx, i == 0), sep(dy, false)));
            (x, y) = (px, py);
        }
        data.push('z');
    }
    data
}

/// `points` without those within `tolerance` of the line between the ones kept
/// (Douglas–Peucker); the ends stay.
fn simplify(points: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if points.len() < 3 {
        return points.to_vec();
    }
    let (first, last) = (points[0], points[points.len() - 1]);
    let (dx, dy) = (last.0 - first.0, last.1 - first.1);
    let length = dx.hypot(dy);
    let distance = |&(x, y): &(f64, f64)| match length > 0.0 {
        true => (dy * (x - first.0) - dx * (y - first.1)).abs() / length,
        false => (x - first.0).hypot(y - first.1),
    };
    let (farthest, far) = (points[1..points.len() - 1].iter().enumerate())
        .map(|(i, p)| (i + 1, distance(p)))
        .fold(
            (0, 0.0),
            |best, next| if next.1 > best.1 { next } else { best },
        );
    if far <= tolerance {
        return vec![first, last];
    }
    let mut kept = simplify(&points[..=farthest], tolerance);
    kept.pop();
    kept.extend(simplify(&points[farthest..], tolerance));
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlines_are_simplified_within_the_tolerance_and_written_as_relative_moves() {
        // A square with a point 0.3 off its top side (dropped) and one 3 off its right (kept).
        let ring = [
            (0.0, 0.0),
            (5.0, 0.3),
            (10.0, 0.0),
            (13.0, 5.0),
            (10.0, 10.0),
            (0.0, 10.0),
            (0.0, 0.0),
        ];
        assert_eq!(
            simplify(&ring, TOLERANCE),
            [ring[0], ring[2], ring[3], ring[4], ring[5], ring[6]]
        );
        let outline = poles_model::map_image::Outline {
            code: poles_model::RegionCode::new("00"),
            polygons: vec![vec![vec![[0.0, 0.0], [1.0, 0.0], [1.0, -1.0], [0.0, 0.0]]]],
        };
        let frame = Frame::fit([0.0, -1.0, 1.0, 0.0], (0.0, 0.0, 100.0, 100.0));
        assert_eq!(outline_path(&frame, &outline), "M0 0l100 0 0 100-100-100z");
    }
}
