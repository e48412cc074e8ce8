//! The first view written into the atlas's `index.html`: every cluster labelled on the day, a
//! link to its page, the regions linked to theirs, the span of days it holds, written once
//! whatever the number of runs, and the dataset's strings kept as text.

use super::*;
use crate::render::first_view as written;
use poles_model::{Filters, Index};
use written::render as first_written;

/// The first view's HTML in `index`, between its comments (the second pair: the first is the
/// `<meta>` in the head).
fn first_view_of(index: &str) -> &str {
    let start = index.rfind(written::START).expect("a first view");
    let end = index.rfind(written::END).expect("its end");
    &index[start..end]
}

/// The pages written from `dataset` into a fresh directory `name`, and its `index.html`.
fn written_index(name: &str, dataset: &[u8]) -> (PathBuf, String) {
    let dist = dist_with(name, dataset);
    generate(&dist, None, &Site::unknown()).unwrap();
    let index = read(&dist, "index.html");
    (dist, index)
}

#[test]
fn the_first_view_lists_every_cluster_labelled_that_day_each_a_link_to_its_page() {
    let (dist, index) = written_index("first-view", &real_bytes());
    let view = first_view_of(&index);
    let loaded = poles_model::load(&real_bytes()).unwrap();
    let day = today();
    let visible = Index::new(&loaded.dataset)
        .on(day)
        .select(&Filters::default())
        .visible;
    assert!(visible.len() > 40, "{}", visible.len());
    assert_eq!(
        view.matches("<li class=\"cluster-item\" data-s=\"").count(),
        visible.len()
    );
    for &position in &visible {
        let cluster = &loaded.dataset.clusters[position];
        let link = format!(
            "<a class=\"cluster-name\" href=\"clusters/{}/\">{}</a>",
            cluster.id,
            maud::html! { (cluster.name_on(day)) }.into_string()
        );
        assert!(view.contains(&link), "{link}");
        assert!(dist
            .join(format!("clusters/{}/index.html", cluster.id))
            .is_file());
    }
    // A cluster no longer labelled is not in it.
    let ended = (0..loaded.dataset.clusters.len())
        .find(|p| !visible.contains(p))
        .unwrap();
    let ended = &loaded.dataset.clusters[ended];
    assert!(
        !view.contains(&format!("href=\"clusters/{}/\"", ended.id)),
        "{}",
        ended.id
    );
    // Each region a link to its page; the count in the seven languages.
    for region in &loaded.dataset.regions {
        assert!(view.contains(&format!(
            "<title>{}</title>",
            maud::html! { (region.name) }.into_string()
        )));
    }
    let region_links = view.matches("<a href=\"regions/").count();
    assert_eq!(region_links, loaded.dataset.regions.len());
    assert!(
        view.contains(&format!(
            "<span data-lang=\"en\" data-one=\"{{n}} cluster shown\" data-other=\"{{n}} clusters shown\">{} clusters shown</span>",
            visible.len()
        )),
        "{view:.600}"
    );
    assert!(view.contains("<span data-lang=\"ja\">"));
    // Its span of days, in the head for public/shell.js, begins on the day of the build.
    let meta = format!("<meta name=\"poles-first-view\" content=\"{day} ");
    assert_eq!(
        index[..index.find("</head>").unwrap()]
            .matches(&meta)
            .count(),
        1,
        "{meta}"
    );
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn a_second_run_writes_the_same_index_and_the_template_is_trunk_s() {
    let dist = dist_with("first-view-twice", &real_bytes());
    let trunk = read(&dist, "index.html");
    generate(&dist, None, &Site::unknown()).unwrap();
    let once = read(&dist, "index.html");
    generate(&dist, None, &Site::unknown()).unwrap();
    assert_eq!(read(&dist, "index.html"), once);
    assert_eq!(written::without(&once), trunk);
    // The pages take Trunk's, with no first view in them.
    let page = read(&dist, "clusters/index.html");
    assert!(!page.contains("first-view"));
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn the_span_ends_the_first_day_the_labelled_clusters_change() {
    // Phase V ends on 31 December 2026: a first view of the 30th holds until the 1st.
    let loaded = poles_model::load(&real_bytes()).unwrap();
    let outlines = poles_model::map_image::Outlines::from_geojson(
        &std::fs::read_to_string(root().join("data/regions.geojson")).unwrap(),
    )
    .unwrap();
    let catalogues = catalogues().unwrap();
    let day = poles_model::Day::new(2026, 12, 30).unwrap();
    let view = first_written(&loaded.dataset, &outlines, day, &catalogues);
    assert_eq!(view.from, day);
    assert_eq!(view.until, poles_model::Day::new(2027, 1, 1).unwrap());
    // On the 1st, the labels of phase V are past their term: the app's notice says so, of
    // more clusters than on the 30th.
    let after = first_written(&loaded.dataset, &outlines, view.until, &catalogues);
    let notice = |html: &str| {
        let at = html.find("notice-unconfirmed")?;
        Some(html[at..at + html[at..].find("</div>")?].to_owned())
    };
    assert!(notice(&after.html).is_some());
    assert_ne!(notice(&view.html), notice(&after.html));
}

#[test]
fn hostile_strings_stay_text_in_the_first_view() {
    let (dist, index) = written_index("first-view-hostile", &hostile_dataset());
    let view = first_view_of(&index);
    for bad in ["<script>alert", "<img", "<svg onload", "<b>", "<!--\""] {
        assert!(!view.contains(bad), "{bad}");
    }
    assert!(view.contains("&lt;/script&gt;&lt;script&gt;alert(1)"));
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn two_forms_count_any_first_view_as_the_catalogue_does() {
    // public/shell.js counts the first view again from the forms of one and of the others
    // (`data-one`, `data-other`), `{n}` the plain digits, the browser's plural rules choosing:
    // for any count below 1,000 (a first view lists the clusters of a day), the catalogue says
    // the same in each language.
    use poles_model::catalogue::{category, Language, PluralCategory};
    let catalogues = catalogues().unwrap();
    let day = poles_model::Day::new(2026, 12, 5).unwrap();
    for language in Language::ALL {
        let texts = poles_model::site::Texts::new(language, catalogues.get(language));
        let sentences = texts.sentences();
        let updated = sentences.dates.day(day);
        let args = [("updated", updated.as_str())];
        for forms in [
            texts.catalogue.interface.clusters_shown.forms(),
            sentences.timeline.notice,
        ] {
            for n in 0..1000u64 {
                let form = match category(language, n) {
                    PluralCategory::One => forms.pick(language, 1),
                    PluralCategory::Other => forms.pick(language, 2),
                    other => panic!("{language:?} {n}: {other:?}, a form the first view lacks"),
                };
                let counted =
                    poles_model::catalogue::fill(form, &args).replace("{n}", &n.to_string());
                assert_eq!(counted, forms.fill(language, n, &args), "{language:?} {n}");
            }
        }
    }
}
