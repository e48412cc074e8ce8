//! The legend of a picture: the shading's classes and the sectors of the markers shown.

use super::writer::{Int, Px, Svg, Text};
use super::{chars_for, wrap, Format, Scene, CLASS_COLOURS, OUTLINE};
use crate::catalogue::group_digits;
use crate::regions::Classes;

/// The legend in the panel at `(x, y)`, `width` wide: the shading's classes, then the
/// sectors of the markers shown (beside them in the brief's wide panel, else below).
pub(super) fn legend(
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
    let count = |n: usize| group_digits(scene.language, n as u64);
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
            true => count(low),
            false => format!("{}–{}", count(low), count(high)),
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
    let used: Vec<_> = (dataset.sectors.iter().zip(scene.sector_labels))
        .filter(|(s, _)| shown().any(|c| c.primary_sector() == Some(&s.id)))
        .collect();
    if used.is_empty() {
        return;
    }
    for line in wrap(scene.sectors_heading, chars_for(width, 18.0 * u)) {
        out.text((x, y), 18.0 * u, &heading, &line);
        y += 24.0 * u;
    }
    for (sector, label) in used {
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
