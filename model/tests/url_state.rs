//! The view state in the URL ([`ViewState`]): every parameter is read, hostile or malformed
//! values fall back to the defaults with a warning and never panic, the canonical query string
//! has a fixed order and omits defaults, any valid state survives a round trip, and ids the
//! dataset does not know are dropped.

use std::path::Path;
use std::sync::OnceLock;

use poles_model::catalogue::Language;
use poles_model::url_state::{Theme, Tiles, MAX_QUERY_CHARS, MAX_WARNINGS};
use poles_model::{load, ClusterId, Filters, Index, PartialDate, RegionCode, SectorId, ViewState};
use proptest::prelude::*;

mod common;

fn real_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/clusters.json");
        let bytes = std::fs::read(path).expect("read data/clusters.json");
        Index::new(&load(&bytes).expect("data/clusters.json loads").dataset)
    })
}

/// Parses `query`, expecting no warning.
fn clean(query: &str) -> ViewState {
    let (state, warnings) = ViewState::from_query(query);
    assert!(warnings.is_empty(), "{query:?}: {warnings:?}");
    state
}

/// Parses `query`, expecting the default state and at least one warning.
fn rejected(query: &str) -> Vec<String> {
    let (state, warnings) = ViewState::from_query(query);
    assert_eq!(state, ViewState::default(), "{query:?}");
    assert!(!warnings.is_empty(), "{query:?} should warn");
    warnings
}

fn sector_ids(ids: &[&str]) -> Vec<SectorId> {
    ids.iter().map(|&s| SectorId::new(s)).collect()
}

// --- Each parameter -------------------------------------------------------------------------

#[test]
fn empty_queries_are_the_default_view() {
    for query in ["", "?", "&", "&&&", "?&&", "sector=", "q=", "sector=,,,"] {
        assert_eq!(clean(query), ViewState::default(), "{query:?}");
    }
    assert_eq!(ViewState::default().to_query(), "");
}

#[test]
fn sector_lists() {
    assert_eq!(
        clean("sector=health").filters.sectors,
        sector_ids(&["health"])
    );
    assert_eq!(
        clean("?sector=aerospace,mobility").filters.sectors,
        sector_ids(&["aerospace", "mobility"])
    );
    assert_eq!(
        clean("sector=aerospace%2Cmobility").filters.sectors,
        sector_ids(&["aerospace", "mobility"])
    );
    assert_eq!(
        clean("sector=,health,,digital,").filters.sectors,
        sector_ids(&["health", "digital"])
    );
    // Duplicates are dropped, the first occurrence keeping its place.
    assert_eq!(
        clean("sector=a,a,b").filters.sectors,
        sector_ids(&["a", "b"])
    );
    assert_eq!(
        clean("sector=a,b,a").filters.sectors,
        sector_ids(&["a", "b"])
    );
    assert_eq!(
        clean("sector=b,a,b,a,c").filters.sectors,
        sector_ids(&["b", "a", "c"])
    );
    // One malformed id rejects the parameter.
    for bad in [
        "Health",
        "health,<script>",
        "santé",
        "a b",
        "a;b",
        "a%00",
        "a+b",
    ] {
        let warnings = rejected(&format!("sector={bad}"));
        assert!(warnings[0].contains("sector"), "{warnings:?}");
    }
}

#[test]
fn region_codes() {
    assert_eq!(
        clean("region=76").filters.region,
        Some(RegionCode::new("76"))
    );
    assert_eq!(
        clean("region=04").filters.region,
        Some(RegionCode::new("04"))
    );
    assert_eq!(
        clean("region=976").filters.region,
        Some(RegionCode::new("976"))
    );
    for bad in ["", "7", "7654", "7a", "-76", " 76", "٧٦", "76,84", "%00"] {
        rejected(&format!("region={bad}"));
    }
}

#[test]
fn search_text() {
    assert_eq!(clean("q=lyon").filters.query, "lyon");
    assert_eq!(clean("q=P%C3%B4le+Mer").filters.query, "Pôle Mer");
    assert_eq!(clean("q=P%C3%B4le%20Mer").filters.query, "Pôle Mer");
    assert_eq!(clean("q=system@tic").filters.query, "system@tic");
    assert_eq!(clean("q=a%2Bb").filters.query, "a+b");
    assert_eq!(clean("q=%3Cscript%3E").filters.query, "<script>");
    assert_eq!(clean("q=++").filters.query, "  ");
    // Not a valid escape: kept literally.
    assert_eq!(clean("q=%ZZ").filters.query, "%ZZ");
    // Invalid UTF-8 becomes U+FFFD.
    assert_eq!(clean("q=%FF").filters.query, "\u{fffd}");
}

#[test]
fn long_search_text_is_cut_with_a_warning() {
    let long = "é".repeat(MAX_QUERY_CHARS + 50);
    let (state, warnings) = ViewState::from_query(&format!("q={long}"));
    assert_eq!(state.filters.query.chars().count(), MAX_QUERY_CHARS);
    assert!(long.starts_with(&state.filters.query));
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains('q'), "{warnings:?}");
    // Exactly the limit is kept whole.
    let just = "x".repeat(MAX_QUERY_CHARS);
    assert_eq!(clean(&format!("q={just}")).filters.query, just);
}

#[test]
fn open_cluster() {
    assert_eq!(
        clean("cluster=aerospace-valley").cluster,
        Some(ClusterId::new("aerospace-valley"))
    );
    for bad in [
        "",
        "Aerospace-Valley",
        "a b",
        "a/b",
        "<script>",
        &"a".repeat(81),
    ] {
        rejected(&format!("cluster={bad}"));
    }
}

#[test]
fn historical_and_embed_flags() {
    assert!(clean("hist=1").filters.show_historical);
    assert!(!clean("hist=0").filters.show_historical);
    assert!(clean("embed=1").embed);
    assert!(!clean("embed=0").embed);
    for bad in ["", "true", "yes", "2", "01", " 1"] {
        rejected(&format!("hist={bad}"));
        rejected(&format!("embed={bad}"));
    }
}

#[test]
fn views_2006_and_matrix() {
    let both = clean("view=2006,matrix");
    assert!(both.filters.brochure_2006 && both.matrix);
    assert_eq!(clean("view=matrix,2006"), both);
    assert_eq!(clean("view=2006%2Cmatrix"), both);
    assert!(clean("view=matrix").matrix && !clean("view=matrix").filters.brochure_2006);
    assert!(clean("view=2006").filters.brochure_2006 && !clean("view=2006").matrix);
    assert_eq!(
        clean("view=matrix&embed=1&region=84").to_query(),
        "region=84&view=matrix&embed=1"
    );
    for bad in [
        "",
        "map",
        "Matrix",
        "matrix,",
        ",2006",
        "2006,table",
        "matrix;2006",
    ] {
        rejected(&format!("view={bad}"));
    }
}

#[test]
fn languages() {
    assert_eq!(clean("lang=fr").lang, Some(Language::Fr));
    assert_eq!(clean("lang=en").lang, Some(Language::En));
    assert_eq!(clean("lang=FR").lang, Some(Language::Fr));
    assert_eq!(clean("lang=fr-CA").lang, Some(Language::Fr));
    assert_eq!(clean("lang=en_GB").lang, Some(Language::En));
    assert_eq!(clean("lang=de").lang, Some(Language::De));
    assert_eq!(clean("lang=es").lang, Some(Language::Es));
    assert_eq!(clean("lang=it-CH").lang, Some(Language::It));
    assert_eq!(clean("lang=ja").lang, Some(Language::Ja));
    assert_eq!(clean("lang=zh-CN").lang, Some(Language::Zh));
    for bad in ["", "pt", "french", "f", "-fr", "%00"] {
        rejected(&format!("lang={bad}"));
    }
}

#[test]
fn accent_colours() {
    for good in [
        "%23ff8800",
        "%23FF8800",
        "ff8800",
        "FF8800",
        "#ff8800",
        "%23Ff88aA",
    ] {
        let expected = if good.ends_with("aA") {
            "#ff88aa"
        } else {
            "#ff8800"
        };
        assert_eq!(
            clean(&format!("accent={good}")).accent.as_deref(),
            Some(expected),
            "{good}"
        );
    }
    for bad in [
        "",
        "%23",
        "%23fff",
        "fff",
        "%23ff880",
        "%23ff88000",
        "%23gg8800",
        "%23%23ff880",
        "red",
        "%23ff 880",
        "%23ff8800%00",
        "%C3%A9ff880",
    ] {
        rejected(&format!("accent={bad}"));
    }
}

#[test]
fn dataset_addresses() {
    for good in [
        "data/other.json",
        "./other.json",
        "../shared/clusters.json",
        "/atlas/data/clusters.json",
        "other.json?v=2",
        "https://example.org/clusters.json",
        "HTTPS://example.org/a.json",
        "http://localhost:8080/clusters.json",
    ] {
        let encoded: String = form_urlencoded::byte_serialize(good.as_bytes()).collect();
        assert_eq!(
            clean(&format!("data={encoded}")).data.as_deref(),
            Some(good)
        );
    }
    for bad in [
        "",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "javascript%3Aalert(1)",
        " javascript:alert(1)",
        "java%09script:alert(1)",
        "data:application/json,{}",
        "vbscript:x",
        "file:///etc/passwd",
        "ftp://example.org/x.json",
        "//evil.example/x.json",
        "%2F%2Fevil.example/x.json",
        "///evil.example",
        "%20//evil.example/x.json",
        "+//evil.example/x.json",
        "//evil.example%20",
        "%5C%5Cevil.example/x.json",
        "/%5Cevil.example/x.json",
        "%0A//evil.example",
        "https:evil.example",
        "https:///evil.example",
        "https://",
        "evil.example:80/x.json",
    ] {
        rejected(&format!("data={bad}"));
    }
    // Leading or trailing white space would be stripped by the browser's URL parser.
    rejected("data=x.json%20");
    let long = format!("{}.json", "a".repeat(2000));
    rejected(&format!("data={long}"));
}

// --- Hostile and malformed input --------------------------------------------------------------

#[test]
fn unknown_empty_and_odd_keys_warn() {
    for query in [
        "foo=bar",
        "=",
        "==",
        "=x",
        "Sector=health",
        "sector%00=health",
        "%00=%00",
        "%ZZ=1",
        "&&&=&&&",
        "?%3Fq=x",
        "??q=x",
        "<script>=alert(1)",
    ] {
        let (state, warnings) = ViewState::from_query(query);
        assert!(!warnings.is_empty(), "{query:?}");
        assert_eq!(state, ViewState::default(), "{query:?}");
    }
}

#[test]
fn repeated_keys_keep_the_first_value() {
    let (state, warnings) = ViewState::from_query("q=one&q=two&region=76&region=84");
    assert_eq!(state.filters.query, "one");
    assert_eq!(state.filters.region, Some(RegionCode::new("76")));
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    // Even when the first value was rejected.
    let (state, warnings) = ViewState::from_query("region=x&region=76");
    assert_eq!(state.filters.region, None);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    let (_, warnings) = ViewState::from_query("=&=&=");
    assert_eq!(warnings.len(), 3, "{warnings:?}");
}

#[test]
fn hostile_values_never_panic_and_fall_back() {
    let long = "x".repeat(100_000);
    let unicode = "🦀é\u{202e}\u{fffd}\u{0}ǅ".repeat(500);
    for value in [
        long.as_str(),
        unicode.as_str(),
        "<script>alert(1)</script>",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%00",
        "%ZZ",
        "%",
        "%%",
        "%C3",
        "%FF%FE",
        "==",
        "&&&",
        "+",
        "\u{0}\u{1}\u{7f}",
        "'\"`${}",
    ] {
        for key in [
            "sector", "region", "cluster", "hist", "view", "lang", "embed", "accent", "theme",
            "plain",
        ] {
            let query = format!("{key}={value}");
            let (state, _) = ViewState::from_query(&query);
            // `sector` accepts an empty list (the default); nothing else gets through.
            assert_eq!(state, ViewState::default(), "{key}={:.60}", value);
        }
        let (state, _) = ViewState::from_query(&format!("q={value}"));
        assert!(state.filters.query.chars().count() <= MAX_QUERY_CHARS);
        // A relative address may be odd ("%ZZ" is a file name) but never leaves the site.
        let (state, _) = ViewState::from_query(&format!("data={value}"));
        if let Some(data) = state.data {
            assert!(
                !data.contains(':') && !data.trim().starts_with("//"),
                "{data:.60}"
            );
            assert_eq!(data.trim(), data);
        }
    }
}

#[test]
fn warnings_stay_short() {
    let long = "y".repeat(10_000);
    let (_, warnings) = ViewState::from_query(&format!("{long}={long}&region={long}"));
    assert_eq!(warnings.len(), 2);
    for warning in warnings {
        assert!(warning.chars().count() < 200, "{warning}");
    }
}

#[test]
fn warnings_are_few_whatever_the_link() {
    let unknown_keys: String = (0..100_000).map(|i| format!("k{i}=&")).collect();
    let (state, warnings) = ViewState::from_query(&unknown_keys);
    assert_eq!(state, ViewState::default());
    assert_eq!(warnings.len(), MAX_WARNINGS + 1, "{warnings:?}");
    assert_eq!(warnings[0], "parameter `k0` ignored: unknown parameter");
    assert_eq!(
        warnings[MAX_WARNINGS],
        format!("{} more warnings not shown", 100_000 - MAX_WARNINGS)
    );
    // One over the limit is counted in the singular.
    let eleven: String = (0..=MAX_WARNINGS).map(|i| format!("k{i}=&")).collect();
    let (_, warnings) = ViewState::from_query(&eleven);
    assert_eq!(warnings.last().unwrap(), "1 more warning not shown");
    // Exactly the limit: no count.
    let ten: String = (0..MAX_WARNINGS).map(|i| format!("k{i}=&")).collect();
    assert_eq!(ViewState::from_query(&ten).1.len(), MAX_WARNINGS);

    // Dropping unknown ids too.
    let many_sectors: String = (0..100_000).map(|i| format!("s{i},")).collect();
    let (mut state, warnings) = ViewState::from_query(&format!("sector={many_sectors}"));
    assert_eq!(state.filters.sectors.len(), 100_000);
    assert!(warnings.is_empty());
    let warnings = state.retain_known(real_index());
    assert!(state.filters.sectors.is_empty());
    assert_eq!(warnings.len(), MAX_WARNINGS + 1);
    assert_eq!(warnings[0], "unknown sector \"s0\" ignored");
    assert_eq!(
        warnings[MAX_WARNINGS],
        format!("{} more warnings not shown", 100_000 - MAX_WARNINGS)
    );
}

#[test]
fn many_parameters_are_read_in_linear_time() {
    // A crafted link with very many distinct keys or sectors must not take quadratic time.
    common::assert_linear_growth("distinct keys", 12_500, |n| {
        let query: String = (0..n).map(|i| format!("k{i}=&")).collect();
        let (state, _) = ViewState::from_query(&query);
        assert_eq!(state, ViewState::default());
    });
    common::assert_linear_growth("sectors", 12_500, |n| {
        let sectors: String = (0..n).map(|i| format!("s{i},")).collect();
        let (mut state, _) = ViewState::from_query(&format!("sector={sectors}"));
        assert_eq!(state.filters.sectors.len(), n);
        state.retain_known(real_index());
    });
}

// --- Writing ----------------------------------------------------------------------------------

fn full_state() -> ViewState {
    ViewState {
        filters: Filters {
            sectors: sector_ids(&["aerospace", "mobility"]),
            region: Some(RegionCode::new("76")),
            query: "Pôle mer & co, 50% #1".to_owned(),
            show_historical: true,
            brochure_2006: true,
            at: PartialDate::parse("2010-05"),
        },
        cluster: Some(ClusterId::new("aerospace-valley")),
        lang: Some(Language::Fr),
        embed: true,
        accent: Some("#ff8800".to_owned()),
        data: Some("https://example.org/a_b.json?x=1&y=2".to_owned()),
        tiles: Some(Tiles::Osm),
        matrix: true,
        theme: Theme::Dark,
        plain: true,
    }
}

#[test]
fn writes_the_canonical_order_and_omits_defaults() {
    let state = full_state();
    assert_eq!(
        state.to_query(),
        "sector=aerospace,mobility&region=76&q=P%C3%B4le+mer+%26+co,+50%25+%231&cluster=aerospace-valley\
         &hist=1&at=2010-05&view=2006,matrix&lang=fr&embed=1&plain=1&theme=dark&accent=%23ff8800&tiles=osm&data=https%3A%2F%2Fexample.org%2Fa_b.json%3Fx%3D1%26y%3D2"
    );
    assert_eq!(clean(&state.to_query()), state);

    // Any order in, canonical order out.
    let shuffled = "data=https%3A%2F%2Fexample.org%2Fa_b.json%3Fx%3D1%26y%3D2&accent=FF8800&theme=dark&embed=1&plain=1\
                    &lang=fr-FR&view=matrix,2006&tiles=osm&at=2010-05&hist=1&cluster=aerospace-valley&q=P%C3%B4le%20mer%20%26%20co%2C%2050%25%20%231\
                    &region=76&sector=aerospace%2Cmobility";
    assert_eq!(clean(shuffled), state);
    assert_eq!(clean(shuffled).to_query(), state.to_query());

    // Each parameter alone.
    let only = |edit: fn(&mut ViewState)| {
        let mut state = ViewState::default();
        edit(&mut state);
        state.to_query()
    };
    assert_eq!(
        only(|s| s.filters.sectors = sector_ids(&["a", "b", "c"])),
        "sector=a,b,c"
    );
    assert_eq!(
        only(|s| s.filters.region = Some(RegionCode::new("04"))),
        "region=04"
    );
    assert_eq!(only(|s| s.filters.query = "a,b".into()), "q=a,b");
    assert_eq!(
        only(|s| s.cluster = Some(ClusterId::new("pmt"))),
        "cluster=pmt"
    );
    assert_eq!(only(|s| s.filters.show_historical = true), "hist=1");
    assert_eq!(only(|s| s.matrix = true), "view=matrix");
    assert_eq!(only(|s| s.filters.brochure_2006 = true), "view=2006");
    assert_eq!(only(|s| s.lang = Some(Language::En)), "lang=en");
    assert_eq!(only(|s| s.embed = true), "embed=1");
    assert_eq!(only(|s| s.plain = true), "plain=1");
    assert_eq!(only(|s| s.theme = Theme::Light), "");
    assert_eq!(only(|s| s.theme = Theme::Auto), "theme=auto");
    assert_eq!(
        only(|s| s.accent = Some("#000000".into())),
        "accent=%23000000"
    );
    assert_eq!(
        only(|s| s.data = Some("data/x.json".into())),
        "data=data%2Fx.json"
    );
}

#[test]
fn the_issue_example_round_trips_exactly() {
    let link = "?sector=aerospace,mobility&region=76&cluster=aerospace-valley&lang=fr";
    let mut state = clean(link);
    assert_eq!(
        state.filters.sectors,
        sector_ids(&["aerospace", "mobility"])
    );
    assert_eq!(state.filters.region, Some(RegionCode::new("76")));
    assert_eq!(state.cluster, Some(ClusterId::new("aerospace-valley")));
    assert_eq!(state.lang, Some(Language::Fr));
    assert_eq!(state.to_query(), &link[1..]);
    // Every id in it is known to the shipped dataset.
    assert!(state.retain_known(real_index()).is_empty());
    assert_eq!(state.to_query(), &link[1..]);
}

// --- Dropping unknown ids -------------------------------------------------------------------

#[test]
fn retain_known_drops_unknown_ids_with_a_warning_each() {
    let index = real_index();
    let (mut state, warnings) = ViewState::from_query(
        "sector=space,health,zzz,digital&region=99&q=x&cluster=no-such-cluster&lang=en",
    );
    assert!(warnings.is_empty());
    let warnings = state.retain_known(index);
    assert_eq!(state.filters.sectors, sector_ids(&["health", "digital"]));
    assert_eq!(state.filters.region, None);
    assert_eq!(state.cluster, None);
    assert_eq!(state.filters.query, "x");
    assert_eq!(state.lang, Some(Language::En));
    assert_eq!(warnings.len(), 4, "{warnings:?}");
    for id in ["space", "zzz", "99", "no-such-cluster"] {
        assert!(
            warnings.iter().any(|w| w.contains(id)),
            "{id}: {warnings:?}"
        );
    }
    // Nothing left to drop.
    assert!(state.retain_known(index).is_empty());

    // Historical clusters are known; overseas regions too.
    let mut state = clean("cluster=imaginove&region=04&sector=marine");
    let before = state.clone();
    assert!(state.retain_known(index).is_empty());
    assert_eq!(state, before);

    let mut default = ViewState::default();
    assert!(default.retain_known(index).is_empty());
    assert_eq!(default, ViewState::default());
}

// --- Properties -------------------------------------------------------------------------------

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // The minimal failing input is printed; no regression file next to the test.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn slug() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9-]{1,20}",
        "[a-z0-9-]{1,80}",
        prop::sample::select(vec!["aerospace", "mobility", "health", "-", "0", "a-b"])
            .prop_map(String::from),
    ]
}

/// Sectors without duplicates, in any order.
fn sectors() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(slug(), 0..6).prop_map(|ids| {
        let mut unique: Vec<String> = Vec::new();
        for id in ids {
            if !unique.contains(&id) {
                unique.push(id);
            }
        }
        unique
    })
}

fn any_search_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<char>(), 0..=MAX_QUERY_CHARS).prop_map(String::from_iter),
        "[ a-zA-Z0-9éô,&=+%#?/'\"<>-]{0,40}",
    ]
}

fn data_address() -> impl Strategy<Value = String> {
    prop_oneof![
        "(\\./|\\.\\./|/)?[A-Za-z0-9_-]{1,12}(/[A-Za-z0-9_. éô%&=+-]{1,12}){0,3}\\.json",
        "https://[a-z]{1,10}\\.example(:[0-9]{2,4})?/[a-z0-9/]{0,20}\\.json(\\?[a-z]=[0-9a-z&=%+]{0,10})?",
    ]
}

fn lang() -> impl Strategy<Value = Language> {
    prop::sample::select(Language::ALL.to_vec())
}

prop_compose! {
    fn valid_state()(
        sectors in sectors(),
        region in prop::option::of("[0-9]{2,3}"),
        query in any_search_text(),
        cluster in prop::option::of(slug()),
        show_historical in any::<bool>(),
        brochure_2006 in any::<bool>(),
        at in prop::option::of((2005u16..2030, prop::option::of((1u8..=12, prop::option::of(1u8..=28))))),
        matrix in any::<bool>(),
        lang in prop::option::of(lang()),
        embed in any::<bool>(),
        plain in any::<bool>(),
        theme in prop::sample::select(vec![Theme::Light, Theme::Dark, Theme::Auto]),
        accent in prop::option::of("#[0-9a-f]{6}"),
        data in prop::option::of(data_address()),
        tiles in prop::option::of(prop_oneof![
            Just(Tiles::Osm),
            "https://[a-z]{1,8}\\.example/[a-z]{0,5}/?\\{z\\}/\\{x\\}/\\{y\\}\\.png"
                .prop_map(Tiles::Template),
        ]),
    ) -> ViewState {
        ViewState {
            filters: Filters {
                sectors: sectors.into_iter().map(SectorId::new).collect(),
                region: region.map(RegionCode::new),
                query,
                show_historical,
                brochure_2006,
                at: at.map(|(year, rest)| PartialDate {
                    year,
                    month: rest.map(|(month, _)| month),
                    day: rest.and_then(|(_, day)| day),
                }),
            },
            cluster: cluster.map(ClusterId::new),
            lang,
            embed,
            accent,
            data,
            tiles,
            matrix,
            theme,
            plain,
        }
    }
}

/// Strings that look like query strings: known and odd keys, interesting values.
fn query_like() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        prop::sample::select(vec![
            "sector", "region", "q", "cluster", "hist", "view", "lang", "embed", "accent", "data",
            "theme", "plain", "", "?sector", "Q", "%71",
        ])
        .prop_map(String::from),
        "[a-z%=&+]{0,6}",
    ];
    let value = prop_oneof![
        prop::sample::select(vec![
            "aerospace,mobility",
            "a,b,a",
            ",,",
            "76",
            "04",
            "1",
            "0",
            "fr",
            "dark",
            "auto",
            "en-GB",
            "%23ABCDEF",
            "abcdef",
            "javascript:alert(1)",
            "//evil",
            "data/x.json",
            "https://x.example/a.json",
            "%ZZ",
            "%00",
            "%",
            "+",
            "<script>",
            "==",
            "&&&",
            "%C3%A9",
            "%FF",
            " ",
            "%20//evil",
        ])
        .prop_map(String::from),
        "[a-z0-9,#%+=&-]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec((key, prop::option::of(value)), 0..8).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| match v {
                Some(v) => format!("{k}={v}"),
                None => k,
            })
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Reading a canonical query gives back the state, with no warning, and writes the same query.
fn assert_normal(state: &ViewState) -> Result<(), TestCaseError> {
    let query = state.to_query();
    let (again, warnings) = ViewState::from_query(&query);
    prop_assert!(warnings.is_empty(), "{:?} warns {:?}", query, warnings);
    prop_assert_eq!(&again, state, "through {:?}", query);
    prop_assert_eq!(again.to_query(), query);
    Ok(())
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn every_valid_state_round_trips(state in valid_state()) {
        assert_normal(&state)?;
        // With or without the leading '?'.
        let (with_mark, warnings) = ViewState::from_query(&format!("?{}", state.to_query()));
        prop_assert!(warnings.is_empty());
        prop_assert_eq!(with_mark, state);
    }
}

proptest! {
    #![proptest_config(config(5000))]

    #[test]
    fn any_string_is_read_and_normalised_in_one_step(query in any::<String>()) {
        let (state, _) = ViewState::from_query(&query);
        assert_normal(&state)?;
    }

    #[test]
    fn any_query_like_string_is_read_and_normalised_in_one_step(query in query_like()) {
        let (state, warnings) = ViewState::from_query(&query);
        assert_normal(&state)?;
        prop_assert!(warnings.len() <= MAX_WARNINGS + 1);
        prop_assert!(warnings.iter().all(|w| w.chars().count() < 200), "{:?}", warnings);
        prop_assert!(state.filters.query.chars().count() <= MAX_QUERY_CHARS);
        if let Some(data) = &state.data {
            prop_assert!(!data.trim_start().starts_with("//"), "{:?}", data);
            prop_assert!(!data.trim_start().to_ascii_lowercase().starts_with("javascript:"));
        }
    }

    /// Adding a known-id filter pass keeps the state canonical.
    #[test]
    fn retain_known_keeps_states_canonical(query in query_like()) {
        let (mut state, _) = ViewState::from_query(&query);
        let _ = state.retain_known(real_index());
        assert_normal(&state)?;
        prop_assert!(state.filters.sectors.iter().all(|s| real_index().has_sector(s)));
    }
}

#[test]
fn tiles_are_off_unless_osm_or_an_https_template() {
    let template = "https://tiles.example/{z}/{x}/{y}.png";
    assert_eq!(clean("tiles=osm").tiles, Some(Tiles::Osm));
    let state = clean(&format!("tiles={template}"));
    assert_eq!(state.tiles, Some(Tiles::Template(template.to_owned())));
    assert_eq!(state.tiles.as_ref().map(Tiles::as_param), Some(template));
    assert_eq!(Tiles::Osm.as_param(), "osm");
    for bad in [
        "http://tiles.example/{z}/{x}/{y}.png",
        "https://tiles.example/{z}/{x}.png",
        "javascript:{z}{x}{y}",
        "https://x/{z}/{x}/{y}\"><img>",
        "OSM",
    ] {
        let (state, warnings) = ViewState::from_query(&format!(
            "tiles={}",
            form_urlencoded::byte_serialize(bad.as_bytes()).collect::<String>()
        ));
        assert_eq!(state.tiles, None, "{bad}");
        assert_eq!(warnings.len(), 1, "{bad}");
    }
}
