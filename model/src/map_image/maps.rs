//! The maps of a picture: metropolitan France and the overseas insets, or one region's map,
//! each a frame of the picture with its regions shaded and its clusters' markers.

use super::outlines::{Frame, Outlines, Rect};
use super::text::escape;
use super::writer::{Int, Px, Svg, Text};
use super::{colour_of, Scene, CLASS_COLOURS, MUTED, OUTLINE, TEXT};
use crate::regions::Classes;
use crate::{Dataset, RegionCode};

/// Where a cluster's marker goes: the inset of its head office's region when that region is
/// overseas, else the metropolitan map (as the app's maps place it).
fn pane_of(dataset: &Dataset, position: usize) -> Option<&RegionCode> {
    let hq = dataset.clusters[position].regions.first()?;
    (dataset.regions.iter())
        .find(|r| &r.code == hq && r.overseas)
        .map(|r| &r.code)
}

/// One drawn map: its frame, the regions it draws, and the pane its markers belong to
/// (`None`: metropolitan France).
pub(super) struct Map<'a> {
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
pub(super) fn padded([w, s, e, n]: [f64; 4], share: f64) -> [f64; 4] {
    let (dx, dy) = ((e - w) * share, (n - s) * share);
    [w - dx, s - dy, e + dx, n + dy]
}

/// The maps of the scene in `area`: the focused region's, or metropolitan France with a
/// column of insets at its left.
pub(super) fn maps<'a>(scene: &Scene<'a>, area: Rect, u: f64) -> Vec<Map<'a>> {
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

/// One map: its regions, shaded and outlined, clipped to its frame, then its markers.
pub(super) fn draw_map(
    out: &mut Svg,
    scene: &Scene,
    classes: &Classes,
    map: &Map,
    i: usize,
    u: f64,
) {
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
        let colour = colour_of(dataset, cluster);
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
