use super::*;
use crate::dataset::{Cluster, MemberCount, Region, Sector};
use crate::ids::{ClusterId, SectorId};
use std::collections::HashSet;

fn real() -> Dataset {
    let text = include_str!("../../../data/clusters.json");
    crate::load(text.as_bytes()).unwrap().dataset
}

/// A small hand-made dataset: regions A (10), B (20), C (30, no cluster); sectors x, y, z.
fn small() -> Dataset {
    let real = real();
    let template = real.clusters[0].clone();
    let region = |code: &str, name: &str| Region {
        code: RegionCode::new(code),
        name: name.to_owned(),
        overseas: false,
        bbox: [0.0, 0.0, 1.0, 1.0],
        agency: None,
    };
    let sector = |id: &str| Sector {
        id: SectorId::new(id),
        label: crate::Localized {
            en: id.to_uppercase(),
            fr: format!("{id}-fr"),
        },
        short_label: None,
        color: "#123456".to_owned(),
    };
    let cluster = |id: &str, regions: &[&str], sectors: &[&str], status: Status| Cluster {
        id: ClusterId::new(id),
        name: id.to_owned(),
        regions: regions.iter().copied().map(RegionCode::new).collect(),
        sectors: sectors.iter().copied().map(SectorId::new).collect(),
        status,
        member_count: None,
        labels: Default::default(),
        ..template.clone()
    };
    let mut dataset = real.with_clusters(vec![
        cluster("alpha", &["10"], &["x"], Status::Current),
        cluster("beta", &["10", "20"], &["x", "y"], Status::Current),
        cluster(
            "gamma",
            &["20", "10", "20"],
            &["y", "unknown"],
            Status::Current,
        ),
        cluster("delta", &["99", "20"], &[], Status::Current),
        cluster("old", &["10"], &["x"], Status::Historical),
    ]);
    dataset.regions = vec![
        region("10", "Zed"),
        region("20", "Ain"),
        region("30", "Ébène"),
    ];
    dataset.sectors = vec![sector("x"), sector("y"), sector("z")];
    dataset.clusters[0].member_count = Some(MemberCount {
        value: 100,
        year: 2020,
        qualifier: None,
        source: None,
    });
    dataset.clusters[1].member_count = Some(MemberCount {
        value: 50,
        year: 2018,
        qualifier: Some(crate::dataset::Qualifier::About),
        source: None,
    });
    dataset.clusters[4].member_count = Some(MemberCount {
        value: 1000,
        year: 2010,
        qualifier: None,
        source: None,
    });
    dataset.clusters[1].labels.label_2005_2007 = Some(Label2005::WorldClass);
    dataset.clusters[2].labels.label_2005_2007 = Some(Label2005::WorldVocation);
    dataset
}

/// The oracle: counts straight from the records, with no index.
fn oracle_counts(dataset: &Dataset, positions: &[usize]) -> Vec<usize> {
    dataset
        .regions
        .iter()
        .map(|r| {
            positions
                .iter()
                .filter(|&&p| dataset.clusters[p].regions.contains(&r.code))
                .count()
        })
        .collect()
}

fn oracle_cell(dataset: &Dataset, positions: &[usize], region: usize, sector: usize) -> usize {
    let code = &dataset.regions[region].code;
    let id = &dataset.sectors[sector].id;
    positions
        .iter()
        .filter(|&&p| {
            let c = &dataset.clusters[p];
            c.regions.contains(code) && c.sectors.contains(id)
        })
        .count()
}

#[test]
fn counts_of_a_small_dataset() {
    let dataset = small();
    let index = RegionIndex::new(&dataset);
    let current = current_positions(&dataset);
    assert_eq!(current, [0, 1, 2, 3]);
    // A: alpha, beta, gamma; B: beta, gamma (listed twice, counted once), delta; C: none.
    assert_eq!(index.counts(&current), [3, 3, 0]);
    assert_eq!(
        index.counts(&[0, 1, 2, 3, 4]),
        [4, 3, 0],
        "with the historical one"
    );
    assert_eq!(index.counts(&[]), [0, 0, 0]);
    assert_eq!(index.counts(&[3]), [0, 1, 0], "unknown region 99 ignored");
}

#[test]
fn counts_match_the_oracle_on_the_real_data() {
    let dataset = real();
    let index = RegionIndex::new(&dataset);
    let filter_index = Index::new(&dataset);
    let all: Vec<usize> = (0..dataset.clusters.len()).collect();
    assert_eq!(index.counts(&all), oracle_counts(&dataset, &all));
    let current = current_positions(&dataset);
    let counts = index.counts(&current);
    assert_eq!(counts, oracle_counts(&dataset, &current));
    assert!(
        counts.iter().sum::<usize>() > current.len(),
        "clusters covering several regions count in each"
    );
    // Under each sector filter, as the map shows it.
    for sector in &dataset.sectors {
        let filters = Filters {
            sectors: vec![sector.id.clone()],
            ..Filters::default()
        };
        let visible = filter_index.select(&filters).visible;
        assert_eq!(
            index.counts(&visible),
            oracle_counts(&dataset, &visible),
            "{}",
            sector.id
        );
    }
}

#[test]
fn the_shading_ignores_only_the_region_filter() {
    let dataset = real();
    let index = Index::new(&dataset);
    let regions = RegionIndex::new(&dataset);
    let health = Filters {
        sectors: vec![SectorId::new("health")],
        ..Filters::default()
    };
    let in_region = Filters {
        region: Some(RegionCode::new("84")),
        ..health.clone()
    };
    let all = index.select(&health).visible;
    let visible_in_region = index.select(&in_region).visible;
    let shaded = shaded_positions(&index, &in_region, &visible_in_region);
    assert_eq!(
        *shaded, all,
        "a selected region leaves the other regions shaded"
    );
    assert_eq!(*shaded_positions(&index, &health, &all), all);
    let counts = regions.counts(&shaded);
    let bundle = Regions::new(&dataset);
    assert_eq!(
        bundle.shading(&index, &in_region, &index.select(&in_region).visible),
        counts
    );
    assert_eq!(bundle.shading(&index, &health, &all), counts);
    let health_clusters: Vec<&Cluster> = dataset
        .clusters
        .iter()
        .filter(|c| c.status == Status::Current && c.sectors.contains(&SectorId::new("health")))
        .collect();
    for (region, count) in dataset.regions.iter().zip(counts) {
        let expected = health_clusters
            .iter()
            .filter(|c| c.regions.contains(&region.code))
            .count();
        assert_eq!(count, expected, "{}", region.name);
    }
}

#[test]
fn classes_are_one_per_value_up_to_four_then_equal_intervals() {
    assert_eq!(Classes::for_max(0).ranges(), [(0, 0, 0)]);
    assert_eq!(Classes::for_max(1).ranges(), [(0, 0, 0), (1, 1, 1)]);
    assert_eq!(
        Classes::for_max(3).ranges(),
        [(0, 0, 0), (1, 1, 1), (2, 2, 2), (3, 3, 3)]
    );
    assert_eq!(
        Classes::for_max(4).ranges(),
        [(0, 0, 0), (1, 1, 1), (2, 2, 2), (3, 3, 3), (4, 4, 4)]
    );
    assert_eq!(
        Classes::for_max(5).ranges(),
        [(0, 0, 0), (1, 1, 2), (2, 3, 3), (3, 4, 4), (4, 5, 5)]
    );
    assert_eq!(
        Classes::for_max(14).ranges(),
        [(0, 0, 0), (1, 1, 4), (2, 5, 7), (3, 8, 11), (4, 12, 14)]
    );
    assert_eq!(
        Classes::for_max(100_000).ranges(),
        [
            (0, 0, 0),
            (1, 1, 25_000),
            (2, 25_001, 50_000),
            (3, 50_001, 75_000),
            (4, 75_001, 100_000)
        ]
    );
    assert_eq!(Classes::from_counts(&[]).max(), 0);
    assert_eq!(Classes::from_counts(&[3, 0, 14, 2]).max(), 14);
}

#[test]
fn every_count_falls_in_the_class_whose_range_holds_it() {
    for max in 0..=60 {
        let classes = Classes::for_max(max);
        let ranges = classes.ranges();
        assert!(ranges.len() <= CLASSES);
        // The ranges tile 0..=max with no gap or overlap.
        let mut next = 0;
        for &(_, low, high) in &ranges {
            assert_eq!(low, next, "max {max}: {ranges:?}");
            assert!(low <= high);
            next = high + 1;
        }
        assert_eq!(next, max + 1, "max {max}");
        for count in 0..=max {
            let class = classes.class_of(count);
            let (_, low, high) = ranges[class];
            assert!((low..=high).contains(&count), "max {max}, count {count}");
            assert_eq!(classes.css_class_of(count), format!("choropleth-{class}"));
        }
        // Darker never means fewer.
        for count in 1..=max {
            assert!(classes.class_of(count) >= classes.class_of(count - 1));
        }
    }
    assert_eq!(
        Classes::for_max(3).class_of(99),
        3,
        "above the range: the top class"
    );
    assert_eq!(css_class(9), "choropleth-4");
}

#[test]
fn the_matrix_of_a_small_dataset() {
    let dataset = small();
    let index = RegionIndex::new(&dataset);
    let matrix = index.matrix(&current_positions(&dataset));
    // Rows A, B, C; columns x, y, z.
    assert_eq!(matrix.cells, [[2, 2, 0], [1, 2, 0], [0, 0, 0]]);
    assert_eq!(matrix.row_totals, [3, 3, 0]);
    assert_eq!(matrix.column_totals, [2, 2, 0]);
    assert_eq!(matrix.total, 4);
    assert_eq!(matrix.max_cell(), 2);
}

#[test]
fn the_matrix_matches_the_oracle_and_the_chips() {
    let dataset = real();
    let index = RegionIndex::new(&dataset);
    let filter_index = Index::new(&dataset);
    let current = current_positions(&dataset);
    let matrix = index.matrix(&current);
    for r in 0..dataset.regions.len() {
        for s in 0..dataset.sectors.len() {
            assert_eq!(matrix.cells[r][s], oracle_cell(&dataset, &current, r, s));
        }
    }
    assert_eq!(matrix.row_totals, oracle_counts(&dataset, &current));
    assert_eq!(matrix.total, current.len(), "every current cluster once");
    // A column total is what the sector's chip counts, and what its filter shows.
    let chips = filter_index.select(&Filters::default()).sector_counts;
    assert_eq!(matrix.column_totals, chips);
    for (s, sector) in dataset.sectors.iter().enumerate() {
        let filters = Filters {
            sectors: vec![sector.id.clone()],
            ..Filters::default()
        };
        assert_eq!(
            filter_index.select(&filters).visible.len(),
            matrix.column_totals[s]
        );
    }
    // A row total is what the region's filter shows; its cells are distinct clusters.
    for (r, region) in dataset.regions.iter().enumerate() {
        let filters = Filters {
            region: Some(region.code.clone()),
            ..Filters::default()
        };
        let visible = filter_index.select(&filters).visible;
        assert_eq!(visible.len(), matrix.row_totals[r], "{}", region.name);
        let distinct: HashSet<usize> = visible.into_iter().collect();
        assert!(matrix.cells[r].iter().all(|&cell| cell <= distinct.len()));
    }
}

#[test]
fn rows_sort_by_name_or_by_a_column() {
    let dataset = small();
    let matrix = RegionIndex::new(&dataset).matrix(&current_positions(&dataset));
    // Names: A = "Zed", B = "Ain", C = "Ébène" (sorted as "ebene").
    assert_eq!(
        matrix.row_order(&dataset, SortKey::Region, Direction::Ascending),
        [1, 2, 0]
    );
    assert_eq!(
        matrix.row_order(&dataset, SortKey::Region, Direction::Descending),
        [0, 2, 1]
    );
    // x: A 2, B 1, C 0.
    assert_eq!(
        matrix.row_order(&dataset, SortKey::Sector(0), Direction::Descending),
        [0, 1, 2]
    );
    assert_eq!(
        matrix.row_order(&dataset, SortKey::Sector(0), Direction::Ascending),
        [2, 1, 0]
    );
    // Ties by name: y is 2 in A and in B, so Ain before Zed either way.
    assert_eq!(
        matrix.row_order(&dataset, SortKey::Sector(1), Direction::Descending),
        [1, 0, 2]
    );
    assert_eq!(
        matrix.row_order(&dataset, SortKey::Total, Direction::Ascending),
        [2, 1, 0]
    );
}

#[test]
fn rows_sorted_on_the_real_data_are_in_order() {
    let dataset = real();
    let matrix = RegionIndex::new(&dataset).matrix(&current_positions(&dataset));
    for s in 0..dataset.sectors.len() {
        let rows = matrix.row_order(&dataset, SortKey::Sector(s), Direction::Descending);
        let values: Vec<usize> = rows.iter().map(|&r| matrix.cells[r][s]).collect();
        assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
        let mut sorted = rows.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..dataset.regions.len()).collect::<Vec<_>>());
    }
}

#[test]
fn the_matrix_csv_has_bom_header_rows_and_totals() {
    let dataset = small();
    let matrix = RegionIndex::new(&dataset).matrix(&current_positions(&dataset));
    let csv = matrix.to_csv(&dataset, &[1, 0, 2], Lang::Fr, "Total (pôles distincts)");
    assert!(csv.starts_with('\u{feff}'));
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["region_code", "region", "x-fr", "y-fr", "z-fr", "total"]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(
        rows,
        [
            ["20", "Ain", "1", "2", "0", "3"],
            ["10", "Zed", "2", "2", "0", "3"],
            ["30", "Ébène", "0", "0", "0", "0"],
            ["", "Total (pôles distincts)", "2", "2", "0", "4"],
        ]
    );
}

#[test]
fn the_matrix_csv_defuses_hostile_names() {
    let mut dataset = small();
    dataset.regions[0].name = "=HYPERLINK(\"http://x\")".to_owned();
    dataset.sectors[0].label.en = "+cmd|' /C calc'!A0".to_owned();
    let matrix = RegionIndex::new(&dataset).matrix(&current_positions(&dataset));
    let csv = matrix.to_csv(&dataset, &[0], Lang::En, "Total");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(&reader.headers().unwrap()[2], "'+cmd|' /C calc'!A0");
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[1], "'=HYPERLINK(\"http://x\")");
}

#[test]
fn the_profile_of_a_small_dataset() {
    let dataset = small();
    let index = RegionIndex::new(&dataset);
    let current = current_positions(&dataset);
    assert_eq!(
        RegionProfile::new(&dataset, &index, &RegionCode::new("99"), &current),
        None
    );
    let a = RegionProfile::new(&dataset, &index, &RegionCode::new("10"), &current).unwrap();
    assert_eq!(a.region, 0);
    assert_eq!(
        a.clusters,
        [0, 1, 2],
        "alpha, beta, gamma by name; not the historical one"
    );
    assert_eq!(a.by_sector, [2, 2, 0]);
    assert_eq!(
        a.members,
        MemberTotal {
            sum: 150,
            stating: 2,
            years: Some((2018, 2020)),
            approximate: true
        }
    );
    assert_eq!(a.world_class, [1]);
    assert_eq!(a.world_vocation, [2]);
    assert_eq!(a.hq_elsewhere, [2], "gamma's head office is in B");
    let b = RegionProfile::new(&dataset, &index, &RegionCode::new("20"), &current).unwrap();
    assert_eq!(b.clusters, [1, 3, 2], "beta, delta, gamma");
    assert_eq!(b.hq_elsewhere, [1, 3], "beta (A) and delta (99)");
    assert_eq!(b.members.years, Some((2018, 2018)));
    let c = RegionProfile::new(&dataset, &index, &RegionCode::new("30"), &current).unwrap();
    assert!(c.clusters.is_empty());
    assert_eq!(c.members, MemberTotal::default());
}

#[test]
fn profiles_match_the_oracle_on_the_real_data() {
    let dataset = real();
    let index = RegionIndex::new(&dataset);
    let current = current_positions(&dataset);
    let matrix = index.matrix(&current);
    for (r, region) in dataset.regions.iter().enumerate() {
        let profile = RegionProfile::new(&dataset, &index, &region.code, &current).unwrap();
        let mine: Vec<&Cluster> = dataset
            .clusters
            .iter()
            .filter(|c| c.status == Status::Current && c.regions.contains(&region.code))
            .collect();
        assert_eq!(profile.clusters.len(), mine.len(), "{}", region.name);
        assert_eq!(
            profile.by_sector, matrix.cells[r],
            "the profile is the matrix row"
        );
        let stated: Vec<&MemberCount> = mine
            .iter()
            .filter_map(|c| c.member_count.as_ref())
            .collect();
        assert_eq!(profile.members.stating, stated.len());
        assert_eq!(
            profile.members.sum,
            stated.iter().map(|m| u64::from(m.value)).sum::<u64>()
        );
        assert_eq!(
            profile.members.years,
            stated
                .iter()
                .map(|m| m.year)
                .min()
                .zip(stated.iter().map(|m| m.year).max())
        );
        let labelled = |label| {
            mine.iter()
                .filter(|c| c.labels.label_2005_2007 == Some(label))
                .count()
        };
        assert_eq!(profile.world_class.len(), labelled(Label2005::WorldClass));
        assert_eq!(
            profile.world_vocation.len(),
            labelled(Label2005::WorldVocation)
        );
        assert_eq!(
            profile.hq_elsewhere.len(),
            mine.iter().filter(|c| c.regions[0] != region.code).count()
        );
        let names: Vec<String> = profile
            .clusters
            .iter()
            .map(|&p| fold(&dataset.clusters[p].name))
            .collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "by name");
    }
    let ara = RegionProfile::new(&dataset, &index, &RegionCode::new("84"), &current).unwrap();
    assert_eq!(ara.clusters.len(), 14);
}
