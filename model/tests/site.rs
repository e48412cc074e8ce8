//! The static pages of the shipped dataset: one per cluster (current and historical), per
//! region and an index, in each of the seven languages, with the right titles, descriptions,
//! alternates and view state, and "Copy link" (`page_path`) finding each cluster and region
//! page again.

use std::collections::HashSet;
use std::path::Path;

use poles_model::catalogue::{Catalogues, Language};
use poles_model::site::{self, page_path, Item, Page, Site, Subject, MAX_DESCRIPTION_CHARS};
use poles_model::{load, ClusterId, Dataset, RegionCode, SectorId, Status, ViewState};

/// The day the dataset was updated: the pages said of that day.
fn updated(dataset: &Dataset) -> poles_model::Day {
    poles_model::Day::parse(&dataset.updated).expect("a day")
}

fn real() -> Dataset {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/clusters.json");
    let bytes = std::fs::read(path).expect("read data/clusters.json");
    load(&bytes).expect("data/clusters.json loads").dataset
}

/// Every page of `dataset` published at `site`, said of the day it was updated, with the
/// repository's catalogues.
fn pages(dataset: &Dataset, site: &Site) -> Vec<Page> {
    let catalogues = Catalogues::read(|language| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../i18n/catalogue");
        std::fs::read_to_string(format!("{dir}/{}.json", language.code()))
            .map_err(|e| e.to_string())
    });
    site::pages(dataset, site, updated(dataset), &catalogues.unwrap())
}

fn find<'a>(all: &'a [Page], path: &str) -> &'a Page {
    all.iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no page {path}"))
}

#[test]
fn every_cluster_and_region_has_a_page_in_each_language() {
    let dataset = real();
    let all = pages(&dataset, &Site::unknown());
    assert_eq!(
        all.len(),
        7 * (1 + dataset.clusters.len() + dataset.regions.len())
    );
    for language in Language::ALL {
        let count = all.iter().filter(|p| p.lang == language).count();
        assert_eq!(count * 7, all.len(), "{language:?}");
    }
    let paths: HashSet<&str> = all.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths.len(), all.len(), "addresses are unique");
    for cluster in &dataset.clusters {
        assert!(paths.contains(format!("clusters/{}/", cluster.id).as_str()));
        assert!(paths.contains(format!("fr/poles/{}/", cluster.id).as_str()));
        assert!(paths.contains(format!("ja/clusters/{}/", cluster.id).as_str()));
    }
    for slug in [
        "occitanie",
        "ile-de-france",
        "provence-alpes-cote-d-azur",
        "la-reunion",
    ] {
        assert!(
            paths.contains(format!("regions/{slug}/").as_str()),
            "{slug}"
        );
        assert!(
            paths.contains(format!("fr/regions/{slug}/").as_str()),
            "{slug}"
        );
        assert!(
            paths.contains(format!("de/regions/{slug}/").as_str()),
            "{slug}"
        );
    }
    assert!(paths.contains("clusters/") && paths.contains("fr/poles/"));
    assert!(paths.contains("de/clusters/") && paths.contains("zh/clusters/"));
    for page in &all {
        assert!(page.path.ends_with('/') && !page.path.starts_with('/'));
        assert!(page
            .path
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'/'));
    }
}

#[test]
fn alternates_join_the_seven_languages() {
    let all = pages(&real(), &Site::unknown());
    for page in &all {
        let languages: Vec<Language> = page.alternates.iter().map(|(l, _)| *l).collect();
        assert_eq!(languages, Language::ALL);
        assert_eq!(
            page.json_ld["inLanguage"],
            page.lang.code(),
            "{}",
            page.path
        );
        let own = page
            .alternates
            .iter()
            .find(|(l, _)| *l == page.lang)
            .unwrap();
        assert_eq!(own.1, page.path, "a page is its own alternate");
        for (lang, path) in &page.alternates {
            let twin = find(&all, path);
            assert_eq!(twin.lang, *lang);
            assert_eq!(twin.alternates, page.alternates);
            assert_eq!(twin.subject, page.subject);
        }
        assert_eq!(page.default_alternate(), page.alternates[0].1);
    }
}

#[test]
fn titles_and_descriptions() {
    let all = pages(&real(), &Site::unknown());
    let en = find(&all, "clusters/aerospace-valley/");
    assert_eq!(
        en.title,
        "Aerospace Valley — competitiveness cluster, Toulouse | Pôles"
    );
    assert_eq!(
        en.share_title,
        "Aerospace Valley — competitiveness cluster, Toulouse"
    );
    assert!(en
        .description
        .starts_with("Aeronautics, space and embedded-systems cluster"));
    let fr = find(&all, "fr/poles/aerospace-valley/");
    assert_eq!(
        fr.title,
        "Aerospace Valley — pôle de compétitivité, Toulouse | Pôles"
    );
    assert!(fr.description.starts_with("Pôle aéronautique, spatial"));
    assert_eq!(fr.lang, Language::Fr);

    let historical = find(&all, "clusters/novalog/");
    assert!(
        historical.title.contains("former competitiveness cluster"),
        "{}",
        historical.title
    );
    // Its fate, said of the day the pages are built.
    let status: String = historical.content.status.iter().map(Item::text).collect();
    assert_eq!(status, "Dissolved on 11 September 2020");

    let region = find(&all, "regions/occitanie/");
    assert_eq!(region.title, "Occitanie: competitiveness clusters | Pôles");
    assert!(
        region.description.starts_with("The "),
        "{}",
        region.description
    );
    let region_fr = find(&all, "fr/regions/occitanie/");
    assert_eq!(
        region_fr.title,
        "Occitanie\u{a0}: pôles de compétitivité | Pôles"
    );

    for page in &all {
        let length = page.description.chars().count();
        assert!(
            (20..=MAX_DESCRIPTION_CHARS).contains(&length),
            "{}: {length}",
            page.path
        );
        assert!(page.title.ends_with(" | Pôles"));
        assert!(!page.content.heading.is_empty());
    }
}

#[test]
fn facts_of_a_cluster_page() {
    let dataset = real();
    let all = pages(&dataset, &Site::unknown());
    let page = find(&all, "clusters/aerospace-valley/");
    let content = &page.content;
    assert_eq!(content.heading, "Aerospace Valley");
    assert_eq!(content.tags[0].sector, "aerospace");
    assert!(content.tags[0].label.starts_with("Aerospace"));
    let related = content.related.as_ref().unwrap();
    assert_eq!(related.label, "Other clusters in Occitanie: ");
    assert!(related.items.iter().all(|i| i.text() != "Aerospace Valley"));
    assert!(related.items.iter().any(|i| i.text() == "Aqua-Valley"));
    let fact = |term: &str| {
        content
            .facts
            .iter()
            .find(|f| f.term == term)
            .unwrap_or_else(|| panic!("no fact {term}"))
    };
    assert_eq!(fact("Headquarters").values, [Item::Text("Toulouse".into())]);
    assert_eq!(
        fact("Regions").values[0],
        Item::Page {
            text: "Occitanie".into(),
            path: "regions/occitanie/".into()
        }
    );
    assert!(
        matches!(&fact("Website").values[0], Item::External { url, .. } if url == "https://www.aerospace-valley.com")
    );
    let count = (dataset.clusters.iter())
        .find(|c| c.id == ClusterId::new("aerospace-valley"))
        .and_then(|c| c.member_count.clone())
        .unwrap();
    let members = format!("{} members ({})", count.value, count.year);
    assert_eq!(fact("Members").values[0].text(), members);
    let enterprises = &content.sections[0];
    assert!(enterprises.members);
    assert!(enterprises
        .entries
        .iter()
        .any(|e| e.item.text() == "Thales"));
    assert!(content
        .sections
        .iter()
        .any(|s| s.heading == "Sources" && !s.entries.is_empty()));
    // The trail: atlas, head-office region, the page.
    assert_eq!(content.trail.len(), 3);
    assert_eq!(content.trail[1].text(), "Occitanie");
}

#[test]
fn a_region_page_lists_its_clusters() {
    let dataset = real();
    let all = pages(&dataset, &Site::unknown());
    let page = find(&all, "regions/occitanie/");
    let listed: Vec<&str> = page
        .content
        .sections
        .iter()
        .flat_map(|s| s.entries.iter().map(|e| e.item.text()))
        .collect();
    let expected: HashSet<&str> = dataset
        .clusters
        .iter()
        .filter(|c| c.regions.contains(&RegionCode::new("76")))
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(listed.iter().copied().collect::<HashSet<_>>(), expected);
    assert_eq!(listed.len(), expected.len());
    assert_eq!(
        page.content.sections[0].entries[0].item.text(),
        "Aerospace Valley"
    );
}

#[test]
fn each_page_opens_its_view_and_copy_link_finds_it_again() {
    let dataset = real();
    let all = pages(&dataset, &Site::unknown());
    for page in &all {
        let query = page.state.to_query();
        let (read, warnings) = ViewState::from_query(&query);
        assert!(warnings.is_empty());
        assert_eq!(read, page.state, "{query}");
        assert_eq!(page.state.lang, Some(page.lang));
        let other = match page.lang {
            Language::En => Language::Ja,
            _ => Language::En,
        };
        let found = page_path(&page.state, other, &dataset);
        match page.subject {
            Subject::Index => assert_eq!(found, None, "the atlas root is the default view"),
            _ => assert_eq!(found.as_deref(), Some(page.path.as_str()), "{query}"),
        }
    }
    let page = find(&all, "fr/poles/minalogic/");
    assert_eq!(page.state.to_query(), "cluster=minalogic&lang=fr");
    let historical = find(&all, "clusters/novalog/");
    assert_eq!(
        historical.state.to_query(),
        "cluster=novalog&hist=1&lang=en"
    );
    assert_eq!(
        find(&all, "regions/occitanie/").state.to_query(),
        "region=76&lang=en"
    );
}

#[test]
fn copy_link_gives_a_page_only_for_a_page_view() {
    let dataset = real();
    let state = |query: &str| ViewState::from_query(query).0;
    let path = |query: &str, lang| page_path(&state(query), lang, &dataset);
    // The language in use decides when the address names none.
    assert_eq!(
        path("cluster=minalogic", Language::En).as_deref(),
        Some("clusters/minalogic/")
    );
    assert_eq!(
        path("cluster=minalogic", Language::Fr).as_deref(),
        Some("fr/poles/minalogic/")
    );
    assert_eq!(
        path("cluster=minalogic&lang=fr", Language::En).as_deref(),
        Some("fr/poles/minalogic/")
    );
    // A historical cluster's page shows the historical clusters: with or without them.
    assert_eq!(
        path("cluster=novalog", Language::En).as_deref(),
        Some("clusters/novalog/")
    );
    assert_eq!(
        path("region=11", Language::Fr).as_deref(),
        Some("fr/regions/ile-de-france/")
    );
    // Every language has its pages.
    assert_eq!(
        path("cluster=minalogic&lang=de", Language::En).as_deref(),
        Some("de/clusters/minalogic/")
    );
    assert_eq!(
        path("region=11", Language::Zh).as_deref(),
        Some("zh/regions/ile-de-france/")
    );
    for other in [
        "",
        "lang=fr",
        "cluster=minalogic&sector=health",
        "cluster=minalogic&region=84",
        "cluster=minalogic&q=grenoble",
        "cluster=minalogic&hist=1",
        "cluster=minalogic&view=2006",
        "cluster=minalogic&embed=1",
        "cluster=minalogic&accent=%23c8102e",
        "cluster=minalogic&tiles=osm",
        "cluster=minalogic&data=other.json",
        "cluster=no-such-cluster",
        "region=99",
        "region=76&hist=1",
        "region=76&sector=aerospace",
    ] {
        assert_eq!(path(other, Language::En), None, "{other}");
    }
}

#[test]
fn json_ld_and_absolute_addresses_with_a_site() {
    let dataset = real();
    let public = Site::at("https://example.org/poles/").unwrap();
    let all = pages(&dataset, &public);
    let page = find(&all, "fr/poles/aerospace-valley/");
    assert_eq!(page.json_ld["@context"], "https://schema.org");
    assert_eq!(page.json_ld["@type"], "WebPage");
    assert_eq!(page.json_ld["inLanguage"], "fr");
    assert_eq!(
        page.json_ld["url"],
        "https://example.org/poles/fr/poles/aerospace-valley/"
    );
    let org = &page.json_ld["mainEntity"];
    assert_eq!(org["@type"], "Organization");
    assert_eq!(org["name"], "Aerospace Valley");
    assert_eq!(org["url"], "https://www.aerospace-valley.com");
    assert_eq!(org["address"]["addressLocality"], "Toulouse");
    assert_eq!(org["address"]["addressRegion"], "Occitanie");
    assert_eq!(org["areaServed"][1]["name"], "Nouvelle-Aquitaine");
    let region = find(&all, "regions/occitanie/");
    assert_eq!(region.json_ld["mainEntity"]["@type"], "ItemList");
    assert_eq!(
        region.json_ld["mainEntity"]["itemListElement"][0]["url"],
        "https://example.org/poles/clusters/aerospace-valley/"
    );
    // Without a site address, the same addresses relative to the atlas root.
    let relative = pages(&dataset, &Site::unknown());
    let page = find(&relative, "clusters/aerospace-valley/");
    assert_eq!(page.json_ld["url"], "clusters/aerospace-valley/");
    let ja = find(&relative, "ja/regions/occitanie/");
    assert_eq!(ja.json_ld["inLanguage"], "ja");
    assert_eq!(ja.json_ld["mainEntity"]["name"], "オクシタニーの競争力拠点");
}

#[test]
fn lastmod_is_the_check_date_else_the_update() {
    let mut dataset = real();
    let updated = dataset.updated.clone();
    dataset.clusters[0].checked = Some("2026-11-20".into());
    dataset.clusters[1].checked = None;
    let all = pages(&dataset, &Site::unknown());
    let id = &dataset.clusters[0].id;
    let checked = find(&all, &format!("clusters/{id}/"));
    assert_eq!(checked.lastmod, "2026-11-20");
    assert_eq!(
        checked.content.checked.as_deref(),
        Some("Facts checked: November 2026")
    );
    let fr = find(&all, &format!("fr/poles/{id}/"));
    assert_eq!(
        fr.content.checked.as_deref(),
        Some("Informations vérifiées\u{a0}: novembre 2026")
    );
    let other = &dataset.clusters[1];
    assert_eq!(
        find(&all, &format!("clusters/{}/", other.id)).lastmod,
        updated
    );
    assert!(all
        .iter()
        .filter(|p| matches!(p.subject, Subject::Region(_)))
        .all(|p| p.lastmod == updated));
    assert_eq!(
        dataset
            .clusters
            .iter()
            .filter(|c| c.status == Status::Historical)
            .count()
            * 7,
        all.iter()
            .filter(|p| p.state.filters.show_historical)
            .count()
    );
}

#[test]
fn sector_colours_are_only_safe_ones() {
    let mut dataset = real();
    dataset.sectors[0].color = "red;} body { display: none".into();
    dataset.sectors[1].id = SectorId::new("a b{");
    let colours = site::sector_colours(&dataset);
    assert_eq!(colours.len(), dataset.sectors.len() - 2);
    assert!(colours.iter().all(|(id, colour)| id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b == b'-')
        && colour.len() == 7));
}

#[test]
fn a_german_and_a_japanese_page_say_it_in_their_language() {
    let pages = pages(&real(), &Site::unknown());
    let de = find(&pages, "de/clusters/aerospace-valley/");
    assert_eq!(
        de.share_title,
        "Aerospace Valley — Wettbewerbscluster, Toulouse"
    );
    let content = &de.content;
    assert_eq!(content.trail[0].text(), "Atlas der Cluster");
    assert_eq!(content.trail[1].text(), "Occitanie");
    assert_eq!(
        content.tags[0].label,
        "Luft- und Raumfahrt, Verteidigung und Sicherheit"
    );
    let status = content.status.iter().map(Item::text).collect::<String>();
    assert!(
        status.starts_with("Anerkannt seit dem 12. Juli 2005"),
        "{status}"
    );
    let fact = |page: &Page, term: &str| {
        let fact = page.content.facts.iter().find(|f| f.term == term);
        let values = fact.unwrap_or_else(|| panic!("no {term}")).values.iter();
        values.map(Item::text).collect::<Vec<_>>().join(", ")
    };
    assert_eq!(fact(de, "Mitglieder"), "850 Mitglieder (2025)");
    assert_eq!(
        content.checked.as_deref(),
        Some("Angaben geprüft: November 2026")
    );
    // The description exists in English and French only: English, marked in German.
    let intro = content.intro.as_ref().unwrap();
    assert!(
        intro.text.starts_with("Aeronautics, space"),
        "{}",
        intro.text
    );
    assert_eq!(intro.english.as_deref(), Some("(auf Englisch)"));
    assert_eq!(
        de.description,
        site::cut(&intro.text, MAX_DESCRIPTION_CHARS)
    );

    let ja = find(&pages, "ja/clusters/cap-digital/");
    assert!(
        ja.share_title.starts_with("Cap Digital — 競争力拠点"),
        "{}",
        ja.share_title
    );
    assert_eq!(fact(ja, "会員"), "会員数約1,000（2022年）");
    assert_eq!(ja.content.trail[0].text(), "拠点アトラス");
    assert_eq!(
        ja.content.intro.as_ref().unwrap().english.as_deref(),
        Some("（英語）")
    );
    let region = find(&pages, "ja/regions/occitanie/");
    assert_eq!(region.content.heading, "オクシタニー");
    assert!(region.title.starts_with("オクシタニーの競争力拠点"));

    // English and French show their own description, unmarked.
    let fr = find(&pages, "fr/poles/aerospace-valley/");
    assert_eq!(fr.content.intro.as_ref().unwrap().english, None);
    assert_eq!(fact(fr, "Membres"), "850 membres (2025)");
}
