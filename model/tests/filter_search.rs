//! Filtering and search ([`Index::select`]): search is case-, accent- and punctuation-insensitive
//! and finds names, former names, cities and members; names rank above descriptions; every
//! filter combines as documented (checked against a plain re-implementation on the real
//! dataset); the chip counts are the counts a click on the chip would show.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;

use poles_model::text::fold;
use poles_model::{
    load, Cluster, ClusterId, Dataset, Filters, Index, RegionCode, SectorId, Selection, Status,
};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The shipped dataset and its index, loaded once.
fn real() -> (&'static Dataset, &'static Index) {
    static REAL: OnceLock<(Dataset, Index)> = OnceLock::new();
    let (dataset, index) = REAL.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/clusters.json");
        let bytes = std::fs::read(path).expect("read data/clusters.json");
        let dataset = load(&bytes).expect("data/clusters.json loads").dataset;
        let index = Index::new(&dataset);
        (dataset, index)
    });
    (dataset, index)
}

fn ids<'a>(dataset: &'a Dataset, selection: &Selection) -> Vec<&'a str> {
    selection
        .visible
        .iter()
        .map(|&i| dataset.clusters[i].id.as_str())
        .collect()
}

fn query(text: &str) -> Filters {
    Filters {
        query: text.to_owned(),
        ..Filters::default()
    }
}

/// The ids found by searching `text`, current clusters only.
fn search<'a>(dataset: &'a Dataset, index: &Index, text: &str) -> Vec<&'a str> {
    ids(dataset, &index.select(&query(text)))
}

/// A small dataset: two sectors, two regions, clusters built from `clusters` (each a JSON
/// object overriding the fields of a plain current cluster).
fn small(clusters: &[Value]) -> Dataset {
    let clusters: Vec<Value> = clusters
        .iter()
        .map(|overrides| {
            let mut cluster = json!({
                "id": "x",
                "name": "X",
                "hq": { "city": "Nowhere", "lat": 45.0, "lon": 2.0 },
                "regions": ["11"],
                "sectors": ["alpha"],
                "status": "current",
                "description": { "en": "", "fr": "" }
            });
            for (key, value) in overrides.as_object().expect("an object") {
                cluster[key] = value.clone();
            }
            cluster
        })
        .collect();
    serde_json::from_value(json!({
        "schema_version": 1,
        "title": { "en": "Test", "fr": "Test" },
        "updated": "2024-01-01",
        "sectors": [
            { "id": "alpha", "label": { "en": "Alpha", "fr": "Alpha" }, "color": "#112233" },
            { "id": "beta", "label": { "en": "Beta", "fr": "Bêta" }, "color": "#445566" }
        ],
        "regions": [
            { "code": "11", "name": "Île-de-France", "bbox": [1.0, 48.0, 3.0, 49.0] },
            { "code": "76", "name": "Occitanie", "bbox": [-1.0, 42.0, 5.0, 45.0] }
        ],
        "clusters": clusters
    }))
    .expect("a well-formed test dataset")
}

// --- Oracle: the documented behaviour, written plainly -----------------------------------

/// The searchable fields of a cluster, by decreasing weight (names, former names, city,
/// members, descriptions), each folded.
fn tiers(cluster: &Cluster) -> [Vec<String>; 5] {
    let folded = |texts: Vec<&String>| texts.into_iter().map(|t| fold(t)).collect::<Vec<_>>();
    [
        folded(
            std::iter::once(&cluster.name)
                .chain(&cluster.short_name)
                .collect(),
        ),
        folded(
            cluster
                .former_names
                .iter()
                .chain(&cluster.brochure_2006_name)
                .collect(),
        ),
        folded(vec![&cluster.hq.city]),
        folded(cluster.members.all().collect()),
        folded(vec![&cluster.description.en, &cluster.description.fr]),
    ]
}

/// The best (lowest) tier in which the folded `term` occurs, if any.
fn best_tier(cluster: &Cluster, term: &str) -> Option<usize> {
    tiers(cluster)
        .iter()
        .position(|texts| texts.iter().any(|t| t.contains(term)))
}

fn terms(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect()
}

fn oracle_matches(cluster: &Cluster, filters: &Filters) -> bool {
    (filters.show_historical || cluster.status == Status::Current)
        && (!filters.brochure_2006 || cluster.brochure_2006_field.is_some())
        && (filters.sectors.is_empty()
            || cluster.sectors.iter().any(|s| filters.sectors.contains(s)))
        && filters
            .region
            .as_ref()
            .is_none_or(|r| cluster.regions.contains(r))
        && terms(&filters.query)
            .iter()
            .all(|t| best_tier(cluster, t).is_some())
}

fn oracle_set(dataset: &Dataset, filters: &Filters) -> BTreeSet<usize> {
    (0..dataset.clusters.len())
        .filter(|&i| oracle_matches(&dataset.clusters[i], filters))
        .collect()
}

/// Display order without a query: current first, then by folded name.
fn default_key(cluster: &Cluster) -> (bool, String) {
    (cluster.status == Status::Historical, fold(&cluster.name))
}

/// A spread of filter combinations over the real dataset.
fn filter_grid(dataset: &Dataset) -> Vec<Filters> {
    let sector_ids: Vec<SectorId> = dataset.sectors.iter().map(|s| s.id.clone()).collect();
    let mut sector_choices: Vec<Vec<SectorId>> = vec![vec![]];
    sector_choices.extend(sector_ids.iter().map(|s| vec![s.clone()]));
    sector_choices.push(vec![sector_ids[0].clone(), sector_ids[4].clone()]);
    sector_choices.push(sector_ids.clone());
    let mut regions: Vec<Option<RegionCode>> = vec![None];
    regions.extend(dataset.regions.iter().map(|r| Some(r.code.clone())));
    let queries = [
        "",
        "pole",
        "valley",
        "lyon",
        "eau",
        "pôle mer",
        "MATÉRIAUX",
        "  ",
    ];
    let mut grid = Vec::new();
    for sectors in &sector_choices {
        for region in &regions {
            for q in queries {
                for show_historical in [false, true] {
                    for brochure_2006 in [false, true] {
                        grid.push(Filters {
                            sectors: sectors.clone(),
                            region: region.clone(),
                            query: q.to_owned(),
                            show_historical,
                            brochure_2006,
                            at: None,
                        });
                    }
                }
            }
        }
    }
    grid
}

// --- Search on the real dataset -------------------------------------------------------------

#[test]
fn moveo_finds_nextmove_whatever_the_case_accents_and_apostrophe() {
    let (dataset, index) = real();
    for text in ["moveo", "MOVEO", "Mov'éo", "Mov'eo", "mov’eo", "  MoV'ÉO  "] {
        let found = search(dataset, index, text);
        assert!(found.contains(&"nextmove"), "{text:?} found {found:?}");
        assert_eq!(found[0], "nextmove", "{text:?}: a former name ranks first");
    }
}

#[test]
fn lyon_finds_lyonbiopole_and_every_cluster_based_in_lyon() {
    let (dataset, index) = real();
    for show_historical in [false, true] {
        let filters = Filters {
            query: "lyon".to_owned(),
            show_historical,
            ..Filters::default()
        };
        let found = ids(dataset, &index.select(&filters));
        assert_eq!(
            found.first(),
            Some(&"lyonbiopole"),
            "a name match ranks first"
        );
        let in_lyon: Vec<&str> = dataset
            .clusters
            .iter()
            .filter(|c| fold(&c.hq.city) == "lyon")
            .filter(|c| show_historical || c.status == Status::Current)
            .map(|c| c.id.as_str())
            .collect();
        assert!(in_lyon.len() >= 3, "{in_lyon:?}");
        for id in in_lyon {
            assert!(
                found.contains(&id),
                "{id} is based in Lyon; found {found:?}"
            );
        }
    }
    // Imaginove (Lyon) is historical: found only with the historical clusters.
    assert!(!search(dataset, index, "lyon").contains(&"imaginove"));
    assert!(search(dataset, index, "LYON").contains(&"cara"));
}

#[test]
fn systematic_is_found_with_or_without_the_at_sign() {
    let (dataset, index) = real();
    for text in [
        "system@tic",
        "systematic",
        "SYSTEM@TIC",
        "System@tic Paris-Région",
    ] {
        let found = search(dataset, index, text);
        assert_eq!(
            found.first(),
            Some(&"systematic-paris-region"),
            "{text:?}: {found:?}"
        );
    }
}

#[test]
fn industries_agro_finds_iar() {
    let (dataset, index) = real();
    for text in [
        "industries agro",
        "Industries & Agro-Ressources",
        "IAR",
        "agro industries",
    ] {
        let found = search(dataset, index, text);
        assert!(
            found.contains(&"iar-bioeconomy-for-change"),
            "{text:?}: {found:?}"
        );
    }
}

#[test]
fn a_member_name_finds_its_clusters() {
    let (dataset, index) = real();
    for text in ["Airbus", "airbus", "AIRBUS"] {
        let found = search(dataset, index, text);
        for id in ["aerospace-valley", "emc2", "safe-cluster", "astech"] {
            assert!(found.contains(&id), "{text:?} should find {id}: {found:?}");
        }
    }
    assert!(search(dataset, index, "bioMérieux").contains(&"lyonbiopole"));
    assert!(search(dataset, index, "centrale nantes").contains(&"emc2"));
}

#[test]
fn accents_and_symbols_in_names_are_found_from_plain_text() {
    let (dataset, index) = real();
    let cases = [
        ("vegepolys", "vegepolys-valley"),
        ("VÉGÉPOLYS", "vegepolys-valley"),
        ("capenergies", "capenergies"),
        ("elastopole", "polymeris"),
        ("infra2050", "infr2050"),
        ("infr@2050", "infr2050"),
        ("images reseaux", "images-et-reseaux"),
        ("team²", "team2"),
        ("team2", "team2"),
        ("Étupes", "vehicule-du-futur"),
        ("saint etienne du rouvray", "nextmove"),
    ];
    for (text, id) in cases {
        let found = search(dataset, index, text);
        assert!(found.contains(&id), "{text:?} should find {id}: {found:?}");
    }
}

#[test]
fn blank_or_punctuation_only_queries_do_not_search() {
    let (dataset, index) = real();
    let all = index.select(&Filters::default());
    for text in ["", "   ", "!!!", "'", " - / . ", "\u{301}"] {
        assert_eq!(index.select(&query(text)), all, "{text:?}");
    }
    assert_eq!(all.visible.len(), 56);
    assert!(search(dataset, index, "zzzzqqq").is_empty());
}

#[test]
fn historical_clusters_are_hidden_unless_asked_for() {
    let (dataset, index) = real();
    assert!(search(dataset, index, "imaginove").is_empty());
    let filters = Filters {
        query: "imaginove".to_owned(),
        show_historical: true,
        ..Filters::default()
    };
    assert_eq!(ids(dataset, &index.select(&filters)), ["imaginove"]);

    let current = index.select(&Filters::default()).visible;
    let every = index
        .select(&Filters {
            show_historical: true,
            ..Filters::default()
        })
        .visible;
    assert_eq!(current.len(), 56);
    assert_eq!(every.len(), 90);
    assert!(current
        .iter()
        .all(|&i| dataset.clusters[i].status == Status::Current));
}

#[test]
fn multi_word_queries_need_every_word() {
    let (dataset, index) = real();
    let words = [
        "pole",
        "valley",
        "lyon",
        "eau",
        "mer",
        "paris",
        "sante",
        "nantes",
        "airbus",
        "materiaux",
        "digital",
        "innovation",
        "bretagne",
        "cluster",
        "zzz",
    ];
    for a in words {
        let with_a: BTreeSet<&str> = search(dataset, index, a).into_iter().collect();
        for b in words {
            let with_b: BTreeSet<&str> = search(dataset, index, b).into_iter().collect();
            let both: BTreeSet<&str> = search(dataset, index, &format!("{a} {b}"))
                .into_iter()
                .collect();
            let expected: BTreeSet<&str> = with_a.intersection(&with_b).copied().collect();
            assert_eq!(both, expected, "{a:?} AND {b:?}");
        }
    }
    assert_eq!(
        search(dataset, index, "aerospace toulouse"),
        ["aerospace-valley"]
    );
    assert!(search(dataset, index, "nextmove zzz").is_empty());
}

#[test]
fn single_word_results_are_ranked_by_the_field_they_match() {
    // Name matches first, then matches in former names, city or members, then description-only
    // matches, for every word of every name and city. (Between former names, city and members
    // a word-start bonus may reorder.)
    let (dataset, index) = real();
    let mut words: BTreeSet<String> = BTreeSet::new();
    for cluster in &dataset.clusters {
        words.extend(terms(&cluster.name));
        words.extend(terms(&cluster.hq.city));
    }
    words.extend(["eau", "mer", "sante", "lyon", "paris", "airbus", "cnrs"].map(String::from));
    for word in &words {
        for show_historical in [false, true] {
            let filters = Filters {
                query: word.clone(),
                show_historical,
                ..Filters::default()
            };
            let visible = index.select(&filters).visible;
            let ranks: Vec<usize> = visible
                .iter()
                .map(|&i| {
                    match best_tier(&dataset.clusters[i], word).expect("a visible cluster matches")
                    {
                        0 => 0,
                        4 => 2,
                        _ => 1,
                    }
                })
                .collect();
            assert!(
                ranks.windows(2).all(|w| w[0] <= w[1]),
                "{word:?}: tiers {ranks:?} for {:?}",
                ids(dataset, &index.select(&filters))
            );
        }
    }
}

// --- Ranking on a small dataset -------------------------------------------------------------

#[test]
fn a_name_match_ranks_above_a_description_only_match() {
    let dataset = small(&[
        json!({ "id": "a", "name": "Alpha Energy",
                "description": { "en": "Hydrogen and batteries.", "fr": "Hydrogène." } }),
        json!({ "id": "b", "name": "Beta" }),
        json!({ "id": "z", "name": "Zeta Hydrogène" }),
    ]);
    let index = Index::new(&dataset);
    assert_eq!(
        ids(&dataset, &index.select(&Filters::default())),
        ["a", "b", "z"]
    );
    assert_eq!(
        ids(&dataset, &index.select(&query("hydrogene"))),
        ["z", "a"]
    );
    assert_eq!(
        ids(&dataset, &index.select(&query("HYDROGÈNE"))),
        ["z", "a"]
    );
}

#[test]
fn fields_rank_names_former_names_city_members_description() {
    let dataset = small(&[
        json!({ "id": "by-description", "name": "A",
                "description": { "en": "About Garonne.", "fr": "" } }),
        json!({ "id": "by-member", "name": "B", "members": { "enterprises": ["Garonne SA"] } }),
        json!({ "id": "by-city", "name": "C", "hq": { "city": "Garonne", "lat": 45.0, "lon": 2.0 } }),
        json!({ "id": "by-brochure", "name": "D", "brochure_2006_name": "Pôle Garonne" }),
        json!({ "id": "by-short-name", "name": "E", "short_name": "Garonne" }),
        json!({ "id": "none", "name": "F" }),
    ]);
    let index = Index::new(&dataset);
    assert_eq!(
        ids(&dataset, &index.select(&query("garonne"))),
        [
            "by-short-name",
            "by-brochure",
            "by-city",
            "by-member",
            "by-description"
        ]
    );
}

#[test]
fn a_word_start_ranks_above_a_match_inside_a_word_in_the_same_field() {
    // "Automobility" has "mobil" only inside a word; "Ecomobility Mobility" has it inside a word
    // first and at the start of a word later: the word start counts.
    let dataset = small(&[
        json!({ "id": "inside", "name": "Automobility" }),
        json!({ "id": "start-later", "name": "Ecomobility Mobility" }),
        json!({ "id": "start", "name": "Mobility Hub" }),
    ]);
    let index = Index::new(&dataset);
    let found = ids(&dataset, &index.select(&query("mobil")));
    assert_eq!(found.last(), Some(&"inside"), "{found:?}");
    assert_eq!(found.len(), 3);
}

#[test]
fn equal_scores_keep_the_display_order() {
    let dataset = small(&[
        json!({ "id": "old", "name": "Aqua Old", "status": "historical", "successor": "new" }),
        json!({ "id": "z", "name": "Zeta Aqua" }),
        json!({ "id": "new", "name": "Beta Aqua" }),
    ]);
    let index = Index::new(&dataset);
    let all = Filters {
        query: "aqua".to_owned(),
        show_historical: true,
        ..Filters::default()
    };
    // "Aqua Old" matches at the start of the name, the others at a later word start: equal.
    assert_eq!(ids(&dataset, &index.select(&all)), ["new", "z", "old"]);
}

#[test]
fn multi_word_scores_add_up() {
    let dataset = small(&[
        json!({ "id": "one-name", "name": "Mer Sud",
                "description": { "en": "", "fr": "energie" } }),
        json!({ "id": "two-descriptions", "name": "Alpha",
                "description": { "en": "mer", "fr": "energie" } }),
        json!({ "id": "only-mer", "name": "Mer Nord" }),
    ]);
    let index = Index::new(&dataset);
    assert_eq!(
        ids(&dataset, &index.select(&query("mer énergie"))),
        ["one-name", "two-descriptions"]
    );
}

// --- Filters --------------------------------------------------------------------------------

#[test]
fn filters_combine_as_documented() {
    let (dataset, index) = real();
    for filters in filter_grid(dataset) {
        let selection = index.select(&filters);
        let got: BTreeSet<usize> = selection.visible.iter().copied().collect();
        assert_eq!(
            got.len(),
            selection.visible.len(),
            "no duplicates: {filters:?}"
        );
        assert_eq!(got, oracle_set(dataset, &filters), "{filters:?}");
        if terms(&filters.query).is_empty() {
            let keys: Vec<_> = selection
                .visible
                .iter()
                .map(|&i| default_key(&dataset.clusters[i]))
                .collect();
            assert!(
                keys.windows(2).all(|w| w[0] <= w[1]),
                "{filters:?}: {keys:?}"
            );
        }
    }
}

#[test]
fn sector_counts_are_what_selecting_that_sector_alone_shows() {
    let (dataset, index) = real();
    for filters in filter_grid(dataset) {
        let selection = index.select(&filters);
        assert_eq!(selection.sector_counts.len(), dataset.sectors.len());
        for (sector, &count) in dataset.sectors.iter().zip(&selection.sector_counts) {
            let alone = Filters {
                sectors: vec![sector.id.clone()],
                ..filters.clone()
            };
            assert_eq!(
                count,
                index.select(&alone).visible.len(),
                "sector {} with {filters:?}",
                sector.id
            );
        }
        // The counts ignore the sector filter itself.
        let any_sector = Filters {
            sectors: vec![],
            ..filters.clone()
        };
        assert_eq!(
            selection.sector_counts,
            index.select(&any_sector).sector_counts
        );
    }
}

#[test]
fn default_order_is_current_first_then_by_folded_name() {
    let (dataset, index) = real();
    let filters = Filters {
        show_historical: true,
        ..Filters::default()
    };
    let visible = index.select(&filters).visible;
    let mut expected: Vec<usize> = (0..dataset.clusters.len()).collect();
    expected.sort_by_key(|&i| default_key(&dataset.clusters[i]));
    assert_eq!(visible, expected);
    // Accents do not push a name to the end: "Étupes"-style initials sort with plain letters.
    let names: Vec<&str> = visible
        .iter()
        .map(|&i| dataset.clusters[i].name.as_str())
        .collect();
    let at = |name: &str| names.iter().position(|n| *n == name).expect(name);
    assert!(at("Capénergies") < at("CARA Auvergne-Rhône-Alpes"));
    assert!(at("Pôle Européen de la Céramique") < at("Polymeris"));
    assert!(at("Xylofutur") < at("Advancity (Ville et mobilité durables)"));

    let small = small(&[
        json!({ "id": "e", "name": "Émeraude" }),
        json!({ "id": "h", "name": "aardvark", "status": "historical", "successor": "e" }),
        json!({ "id": "f", "name": "Fjord" }),
        json!({ "id": "d", "name": "delta" }),
    ]);
    let index = Index::new(&small);
    assert_eq!(
        ids(
            &small,
            &index.select(&Filters {
                show_historical: true,
                ..Filters::default()
            })
        ),
        ["d", "e", "f", "h"]
    );
}

#[test]
fn unknown_sector_and_region_ids_match_nothing() {
    let (dataset, index) = real();
    let everything = index.select(&Filters::default());

    let unknown_region = index.select(&Filters {
        region: Some(RegionCode::new("99")),
        ..Filters::default()
    });
    assert!(unknown_region.visible.is_empty());
    assert!(unknown_region.sector_counts.iter().all(|&c| c == 0));

    let unknown_sector = index.select(&Filters {
        sectors: vec![SectorId::new("space")],
        ..Filters::default()
    });
    assert!(
        unknown_sector.visible.is_empty(),
        "{:?}",
        ids(dataset, &unknown_sector)
    );
    assert_eq!(unknown_sector.sector_counts, everything.sector_counts);

    // Unknown ids next to known ones are inert.
    let aerospace = index.select(&Filters {
        sectors: vec![SectorId::new("aerospace")],
        ..Filters::default()
    });
    let with_unknown = index.select(&Filters {
        sectors: vec![
            SectorId::new(""),
            SectorId::new("aerospace"),
            SectorId::new("AEROSPACE"),
        ],
        ..Filters::default()
    });
    assert_eq!(with_unknown, aerospace);
    assert!(!aerospace.visible.is_empty());
    // A repeated sector is the same as one.
    let twice = index.select(&Filters {
        sectors: vec![SectorId::new("aerospace"), SectorId::new("aerospace")],
        ..Filters::default()
    });
    assert_eq!(twice, aerospace);
}

/// More sectors and regions than the 64 bits of one word (the corpus case
/// `many-sectors-and-regions.json`: 72 sectors, 72 regions, delta in the 72nd of each).
#[test]
fn any_number_of_sectors_and_regions_filters_and_counts() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/datasets/bad/many-sectors-and-regions.json");
    let loaded = load(&std::fs::read(path).expect("read the corpus file")).expect("loads");
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    let dataset = &loaded.dataset;
    assert_eq!((dataset.sectors.len(), dataset.regions.len()), (72, 72));
    let index = Index::new(dataset);
    let with_history = |filters: Filters| Filters {
        show_historical: true,
        ..filters
    };
    let last_sector = with_history(Filters {
        sectors: vec![SectorId::new("s69")],
        ..Filters::default()
    });
    assert_eq!(ids(dataset, &index.select(&last_sector)), ["delta"]);
    let last_region = with_history(Filters {
        region: Some(RegionCode::new("169")),
        ..Filters::default()
    });
    assert_eq!(ids(dataset, &index.select(&last_region)), ["delta"]);
    let both = with_history(Filters {
        sectors: vec![SectorId::new("s69"), SectorId::new("aerospace")],
        region: Some(RegionCode::new("169")),
        ..Filters::default()
    });
    assert_eq!(ids(dataset, &index.select(&both)), ["delta"]);
    // The chip counts: each sector as often as the clusters that have it.
    let counts = index
        .select(&with_history(Filters::default()))
        .sector_counts;
    assert_eq!(counts.len(), 72);
    assert_eq!(counts[..2], [3, 2]);
    assert_eq!(counts[70..], [0, 1]);
    assert_eq!(counts.iter().sum::<usize>(), 6, "{counts:?}");
    assert!(index.has_sector(&SectorId::new("s69")) && index.has_region(&RegionCode::new("169")));
}

#[test]
fn sectors_are_or_region_and_query_are_and() {
    let (dataset, index) = real();
    let select = |sectors: &[&str], region: Option<&str>, q: &str| {
        let filters = Filters {
            sectors: sectors.iter().map(|&s| SectorId::new(s)).collect(),
            region: region.map(RegionCode::new),
            query: q.to_owned(),
            show_historical: false,
            brochure_2006: false,
            at: None,
        };
        ids(dataset, &index.select(&filters))
            .into_iter()
            .collect::<BTreeSet<_>>()
    };
    let aero = select(&["aerospace"], None, "");
    let marine = select(&["marine"], None, "");
    let both = select(&["aerospace", "marine"], None, "");
    assert_eq!(both, aero.union(&marine).copied().collect());
    assert!(aero.contains("pole-mer-mediterranee") && marine.contains("pole-mer-mediterranee"));

    let occitanie = select(&[], Some("76"), "");
    assert_eq!(
        select(&["aerospace"], Some("76"), ""),
        aero.intersection(&occitanie).copied().collect()
    );
    assert!(occitanie.contains("aerospace-valley"));
    assert!(!occitanie.contains("lyonbiopole"));
    assert_eq!(
        select(&["aerospace", "marine"], Some("76"), "pole mer"),
        BTreeSet::from(["pole-mer-mediterranee"])
    );
}

#[test]
fn count_by_primary_sector_counts_first_sectors() {
    let (dataset, index) = real();
    let all: Vec<usize> = (0..dataset.clusters.len()).collect();
    let counts = index.count_by_primary_sector(&all);
    assert_eq!(counts.len(), dataset.sectors.len());
    for (sector, &count) in dataset.sectors.iter().zip(&counts) {
        let expected = dataset
            .clusters
            .iter()
            .filter(|c| c.primary_sector() == Some(&sector.id))
            .count();
        assert_eq!(count, expected, "{}", sector.id);
    }
    assert_eq!(counts.iter().sum::<usize>(), dataset.clusters.len());
    assert!(index.count_by_primary_sector(&[]).iter().all(|&c| c == 0));

    // Of a selection: Pôle Mer Méditerranée counts for marine (primary) only, not aerospace.
    let pmm = index
        .position(&ClusterId::new("pole-mer-mediterranee"))
        .expect("known");
    let counts = index.count_by_primary_sector(&[pmm, pmm]);
    let at = |id: &str| {
        dataset
            .sectors
            .iter()
            .position(|s| s.id.as_str() == id)
            .expect(id)
    };
    assert_eq!(counts[at("marine")], 2);
    assert_eq!(counts[at("aerospace")], 0);
    assert_eq!(counts.iter().sum::<usize>(), 2);

    // A primary sector outside the vocabulary is not counted.
    let dataset = small(&[
        json!({ "id": "a", "sectors": ["gamma", "beta"] }),
        json!({ "id": "b", "sectors": ["beta", "alpha"] }),
        json!({ "id": "c", "sectors": [] }),
    ]);
    let index = Index::new(&dataset);
    assert_eq!(index.count_by_primary_sector(&[0, 1, 2]), [0, 1]);
}

#[test]
fn lookups() {
    let (dataset, index) = real();
    for (i, cluster) in dataset.clusters.iter().enumerate() {
        assert_eq!(index.position(&cluster.id), Some(i));
    }
    assert_eq!(index.position(&ClusterId::new("Aerospace-Valley")), None);
    assert_eq!(index.position(&ClusterId::new("")), None);
    assert!(dataset.sectors.iter().all(|s| index.has_sector(&s.id)));
    assert!(dataset.regions.iter().all(|r| index.has_region(&r.code)));
    assert!(!index.has_sector(&SectorId::new("Aerospace")));
    assert!(!index.has_region(&RegionCode::new("76 ")));
    assert!(!index.has_region(&RegionCode::new("6")));
}

#[test]
fn filters_are_active_when_they_narrow_the_view() {
    assert!(!Filters::default().is_active());
    assert!(!query("   ").is_active());
    assert!(!Filters {
        show_historical: true,
        ..Filters::default()
    }
    .is_active());
    assert!(query("x").is_active());
    assert!(Filters {
        region: Some(RegionCode::new("76")),
        ..Filters::default()
    }
    .is_active());
    assert!(Filters {
        sectors: vec![SectorId::new("health")],
        ..Filters::default()
    }
    .is_active());
}

#[test]
fn an_empty_dataset_selects_nothing() {
    let dataset = small(&[]);
    let index = Index::new(&dataset);
    let selection = index.select(&query("x"));
    assert!(selection.visible.is_empty());
    assert_eq!(selection.sector_counts, [0, 0]);
}

// --- Properties -----------------------------------------------------------------------------

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// Whatever the search text, the selection is the documented one and never panics.
    #[test]
    fn any_query_selects_what_the_oracle_selects(
        q in prop_oneof![
            any::<String>(),
            "[a-zA-Zéèêôœ@'’ -]{0,12}",
            prop::sample::select(vec![
                "lyon", "Mov'éo", "system@tic", "pôle", "VALLEY", "eau mer", "ǅ", "İstanbul",
                "ß", "ẞ", "Å", "ﬁ", "ΣΑΣ", "\u{0}", "a\u{301}",
            ]).prop_map(String::from),
        ],
        sector in prop::option::of(0usize..11),
        region in prop::option::of(0usize..18),
        show_historical in any::<bool>(),
    ) {
        let (dataset, index) = real();
        let filters = Filters {
            sectors: sector.map(|s| dataset.sectors[s].id.clone()).into_iter().collect(),
            region: region.map(|r| dataset.regions[r].code.clone()),
            query: q,
            show_historical,
            brochure_2006: false,
            at: None,
        };
        let selection = index.select(&filters);
        let got: BTreeSet<usize> = selection.visible.iter().copied().collect();
        prop_assert_eq!(got, oracle_set(dataset, &filters));
    }

    /// Searching a case- or accent-variant of a cluster's name finds that cluster.
    #[test]
    fn every_name_is_found_in_upper_and_lower_case(i in 0usize..79, upper in any::<bool>()) {
        let (dataset, index) = real();
        let cluster = &dataset.clusters[i];
        let text = if upper { cluster.name.to_uppercase() } else { cluster.name.to_lowercase() };
        let filters = Filters { query: text, show_historical: true, ..Filters::default() };
        let visible = index.select(&filters).visible;
        prop_assert!(visible.contains(&i), "{} not found by {:?}", cluster.id, filters.query);
    }
}

/// Letters a French name or query may use.
const FRENCH: &str = "[a-zA-Z0-9àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ '’@.,&()-]{0,40}";

proptest! {
    #![proptest_config(config(3000))]

    /// A search key is its own key, with single spaces between words only.
    #[test]
    fn fold_is_idempotent_and_trimmed(text in any::<String>()) {
        let key = fold(&text);
        prop_assert_eq!(fold(&key), key.clone());
        prop_assert!(!key.starts_with(' ') && !key.ends_with(' ') && !key.contains("  "), "{:?}", key);
    }

    /// French text folds to plain lowercase ASCII, the same in capitals and small letters.
    #[test]
    fn french_text_folds_to_ascii_whatever_the_case(text in FRENCH) {
        let key = fold(&text);
        prop_assert!(key.bytes().all(|b| b == b' ' || b.is_ascii_lowercase() || b.is_ascii_digit()), "{:?}", key);
        prop_assert_eq!(fold(&text.to_uppercase()), key.clone());
        prop_assert_eq!(fold(&text.to_lowercase()), key);
    }
}

#[test]
fn every_character_folds_to_a_stable_key() {
    for c in (0..=0x10ffff).filter_map(char::from_u32) {
        let key = fold(&c.to_string());
        assert_eq!(fold(&key), key, "U+{:04X} {c:?}", u32::from(c));
    }
}

#[test]
fn every_latin_capital_folds_like_its_small_letter() {
    // Latin-1 Supplement, Latin Extended-A and B, Latin Extended Additional, letterlike symbols.
    let ranges = [0xc0..=0x24f, 0x1e00..=0x1eff, 0x2100..=0x214f];
    for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
        let mut lower = c.to_lowercase();
        if let (Some(small), None) = (lower.next(), lower.next()) {
            assert_eq!(
                fold(&c.to_string()),
                fold(&small.to_string()),
                "U+{:04X} {c:?} and {small:?}",
                u32::from(c)
            );
        }
    }
}

#[test]
fn the_2006_view_shows_the_16_world_class_clusters_of_the_brochure() {
    let (dataset, index) = real();
    let filters = Filters {
        brochure_2006: true,
        ..Filters::default()
    };
    let ids: Vec<&str> = index
        .select(&filters)
        .visible
        .iter()
        .map(|&p| dataset.clusters[p].id.as_str())
        .collect();
    assert_eq!(ids.len(), 16, "{ids:?}");
    for id in [
        "aerospace-valley",
        "i-trans",
        "nextmove",
        "medicen",
        "lyonbiopole",
        "minalogic",
        "axelera",
        "vegepolys-valley",
    ] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    assert!(filters.is_active());
}
