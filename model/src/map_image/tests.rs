use super::*;
use crate::filter::{Filters, Index};
use crate::regions::Regions;
use crate::{Lang, SectorId};

/// The sectors' names as the app's English legend writes them.
fn labels(dataset: &Dataset) -> Vec<String> {
    (dataset.sectors.iter())
        .map(|s| {
            s.short_label
                .as_ref()
                .unwrap_or(&s.label)
                .get(Lang::En)
                .to_owned()
        })
        .collect()
}

fn real() -> Dataset {
    let text = include_str!("../../../data/clusters.json");
    crate::load(text.as_bytes()).unwrap().dataset
}

fn outlines() -> Outlines {
    Outlines::from_geojson(include_str!("../../../data/regions.geojson")).unwrap()
}

/// The picture of `filters` over `dataset`, as the app makes it.
fn picture(dataset: &Dataset, filters: &Filters, format: Format, open: Option<usize>) -> String {
    let index = Index::new(dataset);
    let selection = index.select(filters);
    let counts = Regions::new(dataset).shading(&index, filters, &selection.visible);
    let outlines = outlines();
    svg(&Scene {
        format,
        language: Language::En,
        sector_labels: &labels(dataset),
        dataset,
        outlines: &outlines,
        counts: &counts,
        visible: &selection.visible,
        day: selection.day,
        open,
        selected: filters.region.as_ref(),
        focus: None,
        title: "Map of the French competitiveness clusters",
        subtitle: "Sectors: Health · Region: All of France",
        shading_heading: "Clusters per region",
        sectors_heading: "Primary sector",
        credits:
            "Data: Pôles, updated 4 December 2026; geometry: IGN Admin Express, Licence Ouverte",
        date: "Date: 4 December 2026",
    })
}

fn elements<'a>(doc: &'a roxmltree::Document, class: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    (doc.descendants())
        .filter(|n| {
            n.attribute("class")
                .is_some_and(|c| c.split(' ').any(|c| c == class))
        })
        .collect()
}

#[test]
fn the_outlines_are_read_from_the_geojson() {
    let outlines = outlines();
    let dataset = real();
    for region in &dataset.regions {
        let outline = outlines
            .get(&region.code)
            .expect("every region has an outline");
        let [w, s, e, n] = outline.extent().unwrap();
        let [bw, bs, be, bn] = region.bbox;
        // The outline lies within the region's box of the dataset (to a tenth of a degree).
        assert!(
            w >= bw - 0.1 && s >= bs - 0.1 && e <= be + 0.1 && n <= bn + 0.1,
            "{}",
            region.name
        );
    }
    let text = r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"X"},"geometry":{"type":"Point","coordinates":[1,2]}},
        {"type":"Feature","properties":{"code":"Y"},"geometry":null},
        {"type":"Feature","properties":{"code":"Z","name":"z"},"geometry":{"type":"Polygon","coordinates":[[[0,0,5],[1,0],[1,1],[0,0]]]}}]}"#;
    let read = Outlines::from_geojson(text).unwrap();
    assert_eq!(read.regions.len(), 1);
    assert_eq!(
        read.regions[0].polygons,
        vec![vec![vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]]]
    );
    assert!(Outlines::from_geojson("[1, 2").is_err());
    assert!(Outlines::from_geojson("[1, 2]").unwrap().regions.is_empty());
    let multi = r#"{"features":[{"properties":{"code":"M"},"geometry":{"type":"MultiPolygon",
        "coordinates":[[[[-1.5e1,2.25],[3,-4.125E0],[0,0]]],[[[10,20],[11,21],[10,20]],[[1,1],[2,2],[1,1]]]]}},
        {"properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,1]]]}}]}"#;
    let read = Outlines::from_geojson(multi).unwrap();
    assert_eq!(
        read.regions.len(),
        1,
        "a feature without a code is left out"
    );
    let polygons = &read.regions[0].polygons;
    assert_eq!(polygons.len(), 2);
    assert_eq!(
        polygons[0],
        vec![vec![[-15.0, 2.25], [3.0, -4.125], [0.0, 0.0]]]
    );
    assert_eq!(polygons[1].len(), 2);
}

#[test]
fn mercator_is_the_inverse_gudermannian() {
    for tenth in -700..=700 {
        let lat = f64::from(tenth) / 10.0;
        let exact = (std::f64::consts::FRAC_PI_4 + lat.to_radians() / 2.0)
            .tan()
            .ln();
        assert!((outlines::mercator_y(lat) - exact).abs() < 2e-7, "{lat}");
    }
}

#[test]
fn the_projection_fits_and_keeps_north_up() {
    let frame = Frame::fit([-5.0, 41.0, 10.0, 51.0], (100.0, 50.0, 800.0, 600.0));
    let (west, south) = frame.project([-5.0, 41.0]);
    let (east, north) = frame.project([10.0, 51.0]);
    assert!(west < east && north < south);
    for (x, y) in [(west, south), (east, north)] {
        assert!(
            (99.9..=900.1).contains(&x) && (49.9..=650.1).contains(&y),
            "{x} {y}"
        );
    }
    // As large as fits: one side touches the rectangle (here, top and bottom).
    assert!((north - 50.0).abs() < 1e-6 && (south - 650.0).abs() < 1e-6);
    let outline = Outline {
        code: RegionCode::new("X"),
        polygons: vec![vec![vec![
            [-5.0, 41.0],
            [-5.0, 41.0000001],
            [10.0, 51.0],
            [-5.0, 41.0],
        ]]],
    };
    // Points that round to the same tenth of a pixel are written once.
    assert_eq!(frame.path(&outline).matches('L').count(), 2);
}

#[test]
fn the_svg_parses_and_holds_one_marker_per_shown_cluster() {
    let dataset = real();
    for (filters, format) in [
        (Filters::default(), Format::Slide),
        (
            Filters {
                sectors: vec![SectorId::new("health")],
                ..Filters::default()
            },
            Format::Page,
        ),
        (
            Filters {
                region: Some(RegionCode::new("04")),
                ..Filters::default()
            },
            Format::Brief,
        ),
        (
            Filters {
                show_historical: true,
                ..Filters::default()
            },
            Format::Slide,
        ),
    ] {
        let shown = Index::new(&dataset).select(&filters).visible;
        assert!(!shown.is_empty());
        let text = picture(&dataset, &filters, format, None);
        let doc = roxmltree::Document::parse(&text).expect("the SVG is well-formed XML");
        let root = doc.root_element();
        let (width, height) = format.size();
        assert_eq!(root.attribute("width"), Some(width.to_string().as_str()));
        assert_eq!(root.attribute("height"), Some(height.to_string().as_str()));
        let markers = elements(&doc, "marker");
        assert_eq!(markers.len(), shown.len(), "{filters:?}");
        let mut ids: Vec<_> = markers
            .iter()
            .map(|m| m.attribute("data-id").unwrap())
            .collect();
        let mut expected: Vec<_> = shown
            .iter()
            .map(|&p| dataset.clusters[p].id.as_str())
            .collect();
        ids.sort_unstable();
        expected.sort_unstable();
        assert_eq!(ids, expected);
        // Every marker is inside the picture, in its sector's colour.
        for marker in &markers {
            let x: f64 = marker.attribute("cx").unwrap().parse().unwrap();
            let y: f64 = marker.attribute("cy").unwrap().parse().unwrap();
            assert!(x > 0.0 && x < f64::from(width) && y > 0.0 && y < f64::from(height));
            assert!(marker.attribute("fill").unwrap().starts_with('#'));
        }
        // A region per outline, each with the class of its count.
        let counts = Regions::new(&dataset).shading(&Index::new(&dataset), &filters, &shown);
        let classes = Classes::from_counts(&counts);
        let regions = elements(&doc, "region");
        assert_eq!(regions.len(), dataset.regions.len());
        for path in regions {
            let count: usize = path.attribute("data-count").unwrap().parse().unwrap();
            let class = format!("choropleth-{}", classes.class_of(count));
            assert!(path.attribute("class").unwrap().contains(&class));
        }
    }
}

#[test]
fn the_legend_holds_the_classes_and_the_credits_are_written() {
    let dataset = real();
    let filters = Filters::default();
    let text = picture(&dataset, &filters, Format::Slide, None);
    let doc = roxmltree::Document::parse(&text).unwrap();
    let index = Index::new(&dataset);
    let shown = index.select(&filters).visible;
    let counts = Regions::new(&dataset).shading(&index, &filters, &shown);
    let ranges = Classes::from_counts(&counts).ranges();
    let legend: Vec<(usize, usize, usize)> = elements(&doc, "legend-class")
        .iter()
        .map(|g| {
            let read = |name| g.attribute(name).unwrap().parse().unwrap();
            (read("data-class"), read("data-low"), read("data-high"))
        })
        .collect();
    assert_eq!(legend, ranges);
    assert!(legend.len() >= 2, "the 0 class and at least one more");
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    let all = texts.join("\n");
    assert!(
        all.contains("geometry: IGN Admin Express, Licence Ouverte"),
        "{all}"
    );
    assert!(all.contains("Date: 4 December 2026"));
    assert!(all.contains("Clusters per region"));
    // The sectors of the markers shown, each with its colour.
    for sector in elements(&doc, "legend-sector") {
        let id = sector.attribute("data-sector").unwrap();
        let colour = &dataset
            .sectors
            .iter()
            .find(|s| s.id.as_str() == id)
            .unwrap()
            .color;
        assert!(sector
            .descendants()
            .any(|n| n.attribute("fill") == Some(colour.as_str())));
    }
    // The overseas regions in their insets, named.
    let insets = elements(&doc, "inset-name");
    assert_eq!(
        insets.len(),
        dataset.regions.iter().filter(|r| r.overseas).count()
    );
}

#[test]
fn hostile_names_are_escaped() {
    let mut dataset = real();
    let hostile = "</text><script>alert(1)</script> & \"quotes\" 'x' \u{1}\u{b}";
    dataset.clusters[0].name = hostile.to_owned();
    dataset.clusters[0].events.retain(|e| e.name.is_none());
    dataset.regions[0].name = "<b>Île</b>".to_owned();
    dataset.sectors[0].short_label = Some(crate::Localized {
        en: "<i>&</i>".into(),
        fr: "x".into(),
    });
    let filters = Filters {
        show_historical: true,
        ..Filters::default()
    };
    let text = picture(&dataset, &filters, Format::Slide, Some(0));
    let doc = roxmltree::Document::parse(&text).expect("hostile texts keep the XML well-formed");
    assert!(!doc
        .descendants()
        .any(|n| n.has_tag_name("script") || n.has_tag_name("b")));
    let titles: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("title"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        titles.contains(&"</text><script>alert(1)</script> & \"quotes\" 'x' "),
        "{titles:?}"
    );
    // The open cluster is marked, once, on top.
    let open = elements(&doc, "open");
    assert_eq!(open.len(), 1);
    assert_eq!(
        open[0].attribute("data-id"),
        Some(dataset.clusters[0].id.as_str())
    );
}

#[test]
fn a_focused_picture_shows_the_region_without_insets() {
    let dataset = real();
    let index = Index::new(&dataset);
    let filters = Filters {
        region: Some(RegionCode::new("76")),
        ..Filters::default()
    };
    let selection = index.select(&filters);
    let counts = Regions::new(&dataset).shading(&index, &filters, &selection.visible);
    let outlines = outlines();
    let code = RegionCode::new("76");
    let text = svg(&Scene {
        format: Format::Brief,
        language: Language::Fr,
        sector_labels: &labels(&dataset),
        dataset: &dataset,
        outlines: &outlines,
        counts: &counts,
        visible: &selection.visible,
        day: selection.day,
        open: None,
        selected: Some(&code),
        focus: Some(&code),
        title: "t",
        subtitle: "",
        shading_heading: "h",
        sectors_heading: "s",
        credits: "c",
        date: "d",
    });
    let doc = roxmltree::Document::parse(&text).unwrap();
    assert!(elements(&doc, "inset-name").is_empty());
    let selected: Vec<_> = elements(&doc, "selected")
        .iter()
        .map(|p| p.attribute("data-code").unwrap())
        .collect();
    assert_eq!(selected, ["76"]);
    // The focused region fills the frame: its outline reaches near the frame's sides.
    let frame = &elements(&doc, "frame")[0];
    let fw: f64 = frame.attribute("width").unwrap().parse().unwrap();
    let region = outlines.get(&code).unwrap();
    let [w, s, e, n] = region.extent().unwrap();
    let fitted = Frame::fit(maps::padded([w, s, e, n], 0.08), (0.0, 0.0, fw, 1000.0));
    let (x0, _) = fitted.project([w, s]);
    let (x1, _) = fitted.project([e, n]);
    assert!((x1 - x0) / fw > 0.8);
    assert_eq!(elements(&doc, "marker").len(), selection.visible.len());
    // French numbers in the legend.
    assert!(elements(&doc, "legend-class").len() >= 2);
}

#[test]
fn the_palette_is_the_light_scheme_of_the_styles() {
    let css = include_str!("../../../style/poles.css");
    let root = &css[css.find(":root {").unwrap()..];
    let root = &root[..root.find('}').unwrap()];
    for (class, colour) in CLASS_COLOURS.iter().enumerate() {
        assert!(
            root.contains(&format!("--poles-choropleth-{class}: {colour};")),
            "{class}"
        );
    }
    for (name, colour) in [
        ("control-border", OUTLINE),
        ("text", TEXT),
        ("muted", MUTED),
    ] {
        assert!(
            root.contains(&format!("--poles-{name}: {colour};")),
            "{name}"
        );
    }
}

#[test]
fn texts_wrap_between_words_and_escape() {
    assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
    assert_eq!(
        wrap("averyveryverylongword x", 5),
        ["averyveryverylongword", "x"]
    );
    assert!(wrap("   ", 5).is_empty());
    assert_eq!(
        wrap("Région\u{a0}: Occitanie", 8),
        ["Région\u{a0}:", "Occitanie"]
    );
    assert_eq!(
        [-15, -5, 0, 5, 10, 1234].map(outlines::tenth),
        ["-1.5", "-0.5", "0", "0.5", "1", "123.4"]
    );
    assert_eq!(
        escape("a<b>&\"'\u{0}\u{1f}\t"),
        "a&lt;b&gt;&amp;&quot;&apos; "
    );
}

#[test]
fn the_legend_ends_above_the_footer_in_every_format() {
    let dataset = real();
    for format in [Format::Slide, Format::Page, Format::Brief] {
        let text = picture(
            &dataset,
            &Filters {
                show_historical: true,
                ..Filters::default()
            },
            format,
            None,
        );
        let doc = roxmltree::Document::parse(&text).unwrap();
        let y = |node: &roxmltree::Node| -> f64 { node.attribute("y").unwrap().parse().unwrap() };
        let date = y(&elements(&doc, "date")[0]);
        let sectors = elements(&doc, "legend-sector");
        assert_eq!(sectors.len(), dataset.sectors.len(), "{format:?}");
        let lowest = (sectors.iter().flat_map(|g| g.descendants()))
            .filter(|n| n.has_tag_name("text"))
            .map(|n| y(&n))
            .fold(0.0, f64::max);
        assert!(
            lowest + 10.0 < date,
            "{format:?}: legend to {lowest}, date at {date}"
        );
    }
}

#[test]
fn a_request_read_back_from_json_draws_the_picture_of_its_scene() {
    let dataset = real();
    let index = Index::new(&dataset);
    let filters = Filters {
        region: Some(RegionCode::new("84")),
        ..Filters::default()
    };
    let selection = index.select(&filters);
    let request = Request {
        format: Format::Page,
        language: "de".into(),
        clusters: dataset.clusters.len(),
        counts: Regions::new(&dataset).shading(&index, &filters, &selection.visible),
        visible: selection.visible.clone(),
        day: selection.day.to_string(),
        selected: Some("84".into()),
        sector_labels: labels(&dataset),
        title: "Karte".into(),
        ..Request::default()
    };
    let read: Request = serde_json::from_str(&serde_json::to_string(&request).unwrap()).unwrap();
    assert_eq!(read, request);
    let text = read.draw(&dataset, &outlines()).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let markers = doc.descendants().filter(|n| {
        n.has_tag_name("circle") && n.attribute("class").is_some_and(|c| c.contains("marker"))
    });
    assert_eq!(markers.count(), selection.visible.len());
    assert!(text.contains(">Karte<"));
    // A request over another dataset is refused, not drawn with the wrong clusters.
    let other = Request {
        clusters: 3,
        ..read
    };
    assert!(other
        .draw(&dataset, &outlines())
        .unwrap_err()
        .contains("3 in the app"));
}
