use super::address::slug_of;
use super::*;

fn region(code: &str, name: &str) -> Region {
    Region {
        code: RegionCode::new(code),
        name: name.to_owned(),
        overseas: false,
        bbox: [0.0, 0.0, 1.0, 1.0],
        agency: None,
    }
}

#[test]
fn region_slugs_fold_names_and_fall_back_to_codes() {
    let regions = [
        region("11", "Île-de-France"),
        region("93", "Provence-Alpes-Côte d'Azur"),
        region("04", "La Réunion"),
        region("24", "Centre-Val de Loire"),
        // Two regions that fold alike, one without letters, one named like a code.
        region("51", "Twin"),
        region("52", "TWIN!"),
        region("53", "«»"),
        region("54", "11"),
        // Neither a slug nor a usable code: no page.
        region("../x", "…"),
    ];
    let slugs = region_slugs(&regions);
    let slug = |code: &str| slugs.get(&RegionCode::new(code)).map(String::as_str);
    assert_eq!(slug("11"), Some("ile-de-france"));
    assert_eq!(slug("93"), Some("provence-alpes-cote-d-azur"));
    assert_eq!(slug("04"), Some("la-reunion"));
    assert_eq!(slug("24"), Some("centre-val-de-loire"));
    assert_eq!(slug("51"), Some("51"));
    assert_eq!(slug("52"), Some("52"));
    assert_eq!(slug("53"), Some("53"));
    assert_eq!(slug("54"), Some("54"));
    assert_eq!(slug("../x"), None);
    let unique: std::collections::HashSet<&String> = slugs.values().collect();
    assert_eq!(unique.len(), slugs.len());
    assert!(slugs.values().all(|s| is_slug(s)));
}

#[test]
fn slugs_are_ascii_whatever_the_name() {
    for name in [
        "Ελλάδα",
        "<script>alert(1)</script>",
        "a/../../b",
        "x\u{202e}y",
        "  ",
    ] {
        let slug = slug_of(name);
        assert!(slug.is_empty() || is_slug(&slug), "{name:?} -> {slug:?}");
    }
    assert_eq!(slug_of("a/../../b"), "a-b");
}

#[test]
fn the_address_query_overrides_the_page_view() {
    let page = "cluster=aerospace-valley&lang=en";
    assert_eq!(start_query(page, ""), page);
    assert_eq!(start_query(page, "?"), page);
    assert_eq!(
        start_query(page, "?lang=fr"),
        "lang=fr&cluster=aerospace-valley"
    );
    assert_eq!(
        start_query(page, "utm_source=x"),
        "utm_source=x&cluster=aerospace-valley&lang=en"
    );
    assert_eq!(
        start_query(page, "?cluster=minalogic&sector=a%2Cb"),
        "cluster=minalogic&sector=a%2Cb&lang=en"
    );
    let (state, _) = ViewState::from_query(&start_query(page, "?lang=fr&utm_source=x"));
    assert_eq!(state.cluster, Some(ClusterId::new("aerospace-valley")));
    assert_eq!(state.lang, Some(crate::catalogue::Language::Fr));
}

#[test]
fn paths_in_each_language() {
    let minalogic = ClusterId::new("minalogic");
    assert_eq!(
        cluster_path(&minalogic, Language::En),
        "clusters/minalogic/"
    );
    assert_eq!(
        cluster_path(&minalogic, Language::Fr),
        "fr/poles/minalogic/"
    );
    assert_eq!(
        cluster_path(&minalogic, Language::Ja),
        "ja/clusters/minalogic/"
    );
    assert_eq!(region_path("occitanie", Language::En), "regions/occitanie/");
    assert_eq!(
        region_path("occitanie", Language::Fr),
        "fr/regions/occitanie/"
    );
    assert_eq!(
        region_path("occitanie", Language::De),
        "de/regions/occitanie/"
    );
    assert_eq!(index_path(Language::Fr), "fr/poles/");
    assert_eq!(index_path(Language::Zh), "zh/clusters/");
    // Seven trees, none inside another's.
    let indexes: Vec<&str> = Language::ALL.into_iter().map(index_path).collect();
    for (i, a) in indexes.iter().enumerate() {
        for b in &indexes[i + 1..] {
            assert!(!a.starts_with(b) && !b.starts_with(a), "{a} {b}");
        }
    }
}

#[test]
fn descriptions_are_cut_at_a_word() {
    assert_eq!(cut("short text", 160), "short text");
    let long = "word ".repeat(60);
    let cut_text = cut(&long, 160);
    assert!(cut_text.chars().count() <= 160, "{cut_text}");
    assert!(cut_text.ends_with("word…"));
    let one_word = "x".repeat(300);
    assert_eq!(cut(&one_word, 10).chars().count(), 10);
    assert_eq!(cut("Héllo, wörld and more", 14), "Héllo, wörld…");
}

#[test]
fn site_addresses() {
    let site = Site::at("https://example.org/poles").unwrap();
    assert_eq!(site.url(), Some("https://example.org/poles/"));
    assert_eq!(
        site.address("clusters/x/"),
        "https://example.org/poles/clusters/x/"
    );
    assert_eq!(site.address(""), "https://example.org/poles/");
    let unknown = Site::unknown();
    assert_eq!(unknown.address("clusters/x/"), "clusters/x/");
    assert_eq!(unknown.address(""), "./");
    for bad in [
        "example.org",
        "javascript:alert(1)",
        "https://example.org/?a=1",
        "https://example.org/#top",
        "https://exa\"mple.org/",
        "ftp://example.org/",
    ] {
        assert!(Site::at(bad).is_err(), "{bad}");
    }
}
