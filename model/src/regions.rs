//! Regions: how many clusters each region hosts (the choropleth and its classes), the regions ×
//! sectors matrix (with its CSV) and a region's profile.
//!
//! **The count.** A cluster counts in *every* region its `regions` list covers (head-office
//! region first), not only in the region of its head office: a cluster serves all the regions it
//! covers, and an agency wants the clusters active in its region. So a cluster present in two
//! regions counts in both, and the sum over regions is more than the number of clusters.
//!
//! **The sector rule.** A cluster counts in a sector when the sector is *among* its sectors (not
//! only its primary one): the rule of the sector chips, so that filtering by a sector shows
//! exactly the clusters counted under it.
//!
//! Everything is derived from the dataset; nothing here knows a region.

use std::borrow::Cow;

use crate::dataset::{Dataset, Label2005, Lang, Status};
use crate::export::{defuse_formula, BOM};
use crate::filter::{Filters, Index};
use crate::text::fold;

/// Number of choropleth classes, "0" included: `choropleth-0` … `choropleth-4`.
pub const CLASSES: usize = 5;

/// The CSS class of choropleth class `class` (`choropleth-0` … `choropleth-4`); the last one
/// for anything above.
pub fn css_class(class: usize) -> &'static str {
    const NAMES: [&str; CLASSES] = [
        "choropleth-0",
        "choropleth-1",
        "choropleth-2",
        "choropleth-3",
        "choropleth-4",
    ];
    NAMES[class.min(CLASSES - 1)]
}

/// Lists of small integers per cluster, flattened (one allocation for any number of clusters).
#[derive(Debug, Clone, Default)]
struct Lists {
    /// `items[starts[i]..starts[i + 1]]` is the list of cluster `i`.
    starts: Vec<u32>,
    items: Vec<u16>,
}

impl Lists {
    fn of(&self, cluster: usize) -> &[u16] {
        match (self.starts.get(cluster), self.starts.get(cluster + 1)) {
            (Some(&from), Some(&to)) => &self.items[from as usize..to as usize],
            _ => &[],
        }
    }
}

/// Builds the per-cluster lists of vocabulary positions: `codes(cluster)` gives its codes,
/// `vocabulary` the codes in order. Codes the vocabulary lacks are skipped, repeated ones kept
/// once, the cluster's order kept.
fn lists<'a, F, C>(dataset: &'a Dataset, vocabulary: &[&str], codes: F) -> Lists
where
    F: Fn(&'a crate::Cluster) -> &'a [C],
    C: AsRef<str> + 'a,
{
    let position: std::collections::HashMap<&str, u16> = vocabulary
        .iter()
        .take(usize::from(u16::MAX))
        .enumerate()
        .map(|(i, code)| (*code, i as u16))
        .collect();
    let mut out = Lists {
        starts: Vec::with_capacity(dataset.clusters.len() + 1),
        items: Vec::new(),
    };
    out.starts.push(0);
    for cluster in &dataset.clusters {
        let from = out.items.len();
        for code in codes(cluster) {
            if let Some(&p) = position.get(code.as_ref()) {
                if !out.items[from..].contains(&p) {
                    out.items.push(p);
                }
            }
        }
        out.starts
            .push(u32::try_from(out.items.len()).unwrap_or(u32::MAX));
    }
    out
}

/// The regions and sectors of each cluster as positions in the dataset's `regions` and
/// `sectors`, built once per dataset so that counting follows a chip click cheaply.
#[derive(Debug, Clone, Default)]
pub struct RegionIndex {
    regions: Lists,
    sectors: Lists,
    region_count: usize,
    sector_count: usize,
}

impl RegionIndex {
    /// Builds the index of `dataset` (once per loaded dataset).
    pub fn new(dataset: &Dataset) -> Self {
        let region_codes: Vec<&str> = dataset.regions.iter().map(|r| r.code.as_str()).collect();
        let sector_ids: Vec<&str> = dataset.sectors.iter().map(|s| s.id.as_str()).collect();
        RegionIndex {
            regions: lists(dataset, &region_codes, |c| &c.regions),
            sectors: lists(dataset, &sector_ids, |c| &c.sectors),
            region_count: region_codes.len(),
            sector_count: sector_ids.len(),
        }
    }

    /// For each region of the dataset (in its order), how many of the clusters at `positions`
    /// cover it. This is the choropleth's count: pass the visible clusters (see
    /// [`shaded_positions`]).
    pub fn counts(&self, positions: &[usize]) -> Vec<usize> {
        let mut counts = vec![0; self.region_count];
        for &p in positions {
            for &r in self.regions.of(p) {
                counts[usize::from(r)] += 1;
            }
        }
        counts
    }

    /// The regions × sectors matrix of the clusters at `positions` (normally every current
    /// cluster: [`current_positions`]).
    pub fn matrix(&self, positions: &[usize]) -> Matrix {
        let mut cells = vec![vec![0; self.sector_count]; self.region_count];
        let mut row_totals = vec![0; self.region_count];
        let mut column_totals = vec![0; self.sector_count];
        for &p in positions {
            let sectors = self.sectors.of(p);
            for &s in sectors {
                column_totals[usize::from(s)] += 1;
            }
            for &r in self.regions.of(p) {
                let r = usize::from(r);
                row_totals[r] += 1;
                for &s in sectors {
                    cells[r][usize::from(s)] += 1;
                }
            }
        }
        Matrix {
            cells,
            row_totals,
            column_totals,
            total: positions.len(),
        }
    }
}

/// Positions of the current (labelled today) clusters, in dataset order.
pub fn current_positions(dataset: &Dataset) -> Vec<usize> {
    (0..dataset.clusters.len())
        .filter(|&p| dataset.clusters[p].status == Status::Current)
        .collect()
}

/// The clusters the choropleth counts: the visible clusters under every filter but the region
/// (selecting a region must not blank the others). `visible` is the selection of `filters`;
/// with no region selected it is the answer as it is, with one a second selection is made.
pub fn shaded_positions<'a>(
    index: &Index,
    filters: &Filters,
    visible: &'a [usize],
) -> Cow<'a, [usize]> {
    if filters.region.is_none() {
        return Cow::Borrowed(visible);
    }
    let without_region = Filters {
        region: None,
        ..filters.clone()
    };
    Cow::Owned(index.select(&without_region).visible)
}

/// What the region views need, computed once per dataset: the [`RegionIndex`], the current
/// clusters and their [`Matrix`].
#[derive(Debug, Clone)]
pub struct Regions {
    pub index: RegionIndex,
    /// Positions of the current clusters.
    pub current: Vec<usize>,
    /// The regions × sectors matrix of the current clusters.
    pub matrix: Matrix,
}

impl Regions {
    pub fn new(dataset: &Dataset) -> Self {
        let index = RegionIndex::new(dataset);
        let current = current_positions(dataset);
        let matrix = index.matrix(&current);
        Regions {
            index,
            current,
            matrix,
        }
    }

    /// The choropleth's counts, per region of the dataset: the clusters visible under
    /// `filters` but for the region ([`shaded_positions`]), each counted in every region it
    /// covers. `visible` is `index.select(filters).visible`.
    pub fn shading(&self, index: &Index, filters: &Filters, visible: &[usize]) -> Vec<usize> {
        self.index
            .counts(&shaded_positions(index, filters, visible))
    }

    /// The profile of the region `code` (over the current clusters).
    pub fn profile(&self, dataset: &Dataset, code: &str) -> Option<RegionProfile> {
        RegionProfile::new(dataset, &self.index, code, &self.current)
    }
}

/// The class breaks of the choropleth: class 0 is "0"; classes 1 to 4 cover `1..=max` (one
/// value each when `max` is at most 4, else four equal intervals).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classes {
    /// The highest count of each non-zero class, increasing; at most 4 of them, none when
    /// every count is 0.
    upper: Vec<usize>,
}

impl Classes {
    /// The classes for these counts (of the choropleth, or of the matrix's cells).
    pub fn from_counts(counts: &[usize]) -> Self {
        Self::for_max(counts.iter().copied().max().unwrap_or(0))
    }

    /// The classes when the highest count is `max`.
    pub fn for_max(max: usize) -> Self {
        let steps = CLASSES - 1;
        let upper = if max <= steps {
            (1..=max).collect()
        } else {
            // Ceilings of k·max/4: strictly increasing since max > 4, ending at max.
            (1..=steps).map(|k| (k * max).div_ceil(steps)).collect()
        };
        Classes { upper }
    }

    /// The class of `count`: 0 for 0, else 1 to 4 (4 for anything above the highest count).
    pub fn class_of(&self, count: usize) -> usize {
        if count == 0 {
            return 0;
        }
        1 + self
            .upper
            .iter()
            .position(|&upper| count <= upper)
            .unwrap_or(self.upper.len().saturating_sub(1))
    }

    /// The CSS class of `count` ([`css_class`] of [`Self::class_of`]).
    pub fn css_class_of(&self, count: usize) -> &'static str {
        css_class(self.class_of(count))
    }

    /// The classes in use as `(class, lowest, highest)`, "0" first: what the legend shows.
    pub fn ranges(&self) -> Vec<(usize, usize, usize)> {
        let mut out = vec![(0, 0, 0)];
        let mut low = 1;
        for (i, &upper) in self.upper.iter().enumerate() {
            out.push((i + 1, low, upper));
            low = upper + 1;
        }
        out
    }

    /// The highest count (0 when every count is 0).
    pub fn max(&self) -> usize {
        self.upper.last().copied().unwrap_or(0)
    }
}

/// Clusters per region and sector ([`RegionIndex::matrix`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matrix {
    /// `cells[region][sector]`: clusters covering the region with the sector among theirs
    /// (regions and sectors in dataset order).
    pub cells: Vec<Vec<usize>>,
    /// Per region: distinct clusters covering it (not the sum of its cells: a cluster with two
    /// sectors counts in two cells).
    pub row_totals: Vec<usize>,
    /// Per sector: distinct clusters having it (not the sum of its cells: a cluster covering
    /// two regions counts in two cells).
    pub column_totals: Vec<usize>,
    /// Distinct clusters counted.
    pub total: usize,
}

/// A column of the matrix to sort its rows by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// The region's name.
    #[default]
    Region,
    /// The count of the sector at this position of the vocabulary.
    Sector(usize),
    /// The region's total.
    Total,
}

/// A sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

impl Direction {
    /// The value of `aria-sort`.
    pub fn aria(self) -> &'static str {
        match self {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }
}

impl Matrix {
    /// The rows (positions in `dataset.regions`) ordered by `key` in `direction`; ties, and the
    /// region key, by name (accent- and case-insensitive), always A to Z among equals.
    pub fn row_order(&self, dataset: &Dataset, key: SortKey, direction: Direction) -> Vec<usize> {
        let names: Vec<String> = dataset.regions.iter().map(|r| fold(&r.name)).collect();
        let mut rows: Vec<usize> = (0..self.cells.len()).collect();
        let value = |r: usize| match key {
            SortKey::Region => 0,
            SortKey::Sector(s) => self.cells[r].get(s).copied().unwrap_or(0),
            SortKey::Total => self.row_totals[r],
        };
        rows.sort_by(|&a, &b| {
            let by_value = value(a).cmp(&value(b));
            let by_name = names[a].cmp(&names[b]);
            match (key, direction) {
                (SortKey::Region, Direction::Ascending) => by_name,
                (SortKey::Region, Direction::Descending) => by_name.reverse(),
                (_, Direction::Ascending) => by_value.then(by_name),
                (_, Direction::Descending) => by_value.reverse().then(by_name),
            }
        });
        rows
    }

    /// The highest cell (for the heat-map classes).
    pub fn max_cell(&self) -> usize {
        self.cells.iter().flatten().copied().max().unwrap_or(0)
    }

    /// The matrix as CSV (UTF-8 with a byte order mark, formula-safe, like the cluster
    /// download): a header row (`region_code`, `region`, the sector labels in `lang`,
    /// `total`), one row per region in `rows` order, and a last row of totals (distinct
    /// clusters) named `total_label`.
    pub fn to_csv(
        &self,
        dataset: &Dataset,
        rows: &[usize],
        lang: Lang,
        total_label: &str,
    ) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let mut header = vec!["region_code".to_owned(), "region".to_owned()];
        header.extend(dataset.sectors.iter().map(|s| s.label.get(lang).to_owned()));
        header.push("total".to_owned());
        let mut write = |record: Vec<String>| {
            writer
                .write_record(record.iter().map(|v| defuse_formula(v)))
                .expect("in-memory CSV");
        };
        write(header);
        for &r in rows {
            let (Some(region), Some(cells)) = (dataset.regions.get(r), self.cells.get(r)) else {
                continue;
            };
            let mut record = vec![region.code.to_string(), region.name.clone()];
            record.extend(cells.iter().map(usize::to_string));
            record.push(self.row_totals[r].to_string());
            write(record);
        }
        let mut totals = vec![String::new(), total_label.to_owned()];
        totals.extend(self.column_totals.iter().map(usize::to_string));
        totals.push(self.total.to_string());
        write(totals);
        let bytes = writer.into_inner().expect("in-memory CSV");
        format!(
            "{BOM}{}",
            String::from_utf8(bytes).expect("UTF-8 in, UTF-8 out")
        )
    }
}

/// The member counts the data states for some clusters, added up.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MemberTotal {
    /// Sum of the stated counts.
    pub sum: u64,
    /// How many clusters state one.
    pub stating: usize,
    /// The earliest and latest years of the counts added.
    pub years: Option<(u16, u16)>,
    /// Whether any count added is approximate ("about", "more than").
    pub approximate: bool,
}

/// What a region's profile shows, from the data alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegionProfile {
    /// Position of the region in `dataset.regions`.
    pub region: usize,
    /// The clusters covering it (positions, by name).
    pub clusters: Vec<usize>,
    /// For each sector of the vocabulary, how many of them have it among their sectors (the
    /// region's row of the matrix).
    pub by_sector: Vec<usize>,
    /// Their member counts, added up.
    pub members: MemberTotal,
    /// Those the 2005–2007 call labelled world-class (by name).
    pub world_class: Vec<usize>,
    /// Those it labelled with a world vocation (by name).
    pub world_vocation: Vec<usize>,
    /// Those whose head office is in another region (the first of their `regions`) but that
    /// cover this one (by name).
    pub hq_elsewhere: Vec<usize>,
}

impl RegionProfile {
    /// The profile of the region `code` over the clusters at `positions` (normally every
    /// current cluster: [`current_positions`]); `None` for a code the dataset lacks.
    pub fn new(
        dataset: &Dataset,
        index: &RegionIndex,
        code: &str,
        positions: &[usize],
    ) -> Option<Self> {
        let region = dataset.regions.iter().position(|r| r.code == code)?;
        let mut clusters: Vec<usize> = positions
            .iter()
            .copied()
            .filter(|&p| {
                index
                    .regions
                    .of(p)
                    .contains(&u16::try_from(region).unwrap_or(u16::MAX))
            })
            .collect();
        clusters.sort_by_cached_key(|&p| (fold(&dataset.clusters[p].name), p));
        let mut by_sector = vec![0; index.sector_count];
        for &p in &clusters {
            for &s in index.sectors.of(p) {
                by_sector[usize::from(s)] += 1;
            }
        }
        let mut members = MemberTotal::default();
        for count in clusters
            .iter()
            .filter_map(|&p| dataset.clusters[p].member_count.as_ref())
        {
            members.sum += u64::from(count.value);
            members.stating += 1;
            members.approximate |= count.qualifier.is_some();
            members.years = Some(match members.years {
                None => (count.year, count.year),
                Some((first, last)) => (first.min(count.year), last.max(count.year)),
            });
        }
        let with = |test: &dyn Fn(&crate::Cluster) -> bool| -> Vec<usize> {
            clusters
                .iter()
                .copied()
                .filter(|&p| test(&dataset.clusters[p]))
                .collect()
        };
        let world_class = with(&|c| c.labels.label_2005_2007 == Some(Label2005::WorldClass));
        let world_vocation = with(&|c| c.labels.label_2005_2007 == Some(Label2005::WorldVocation));
        let hq_elsewhere = with(&|c| c.regions.first().is_some_and(|first| first != code));
        Some(RegionProfile {
            region,
            clusters,
            by_sector,
            members,
            world_class,
            world_vocation,
            hq_elsewhere,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::{Cluster, MemberCount, Region, Sector};
    use std::collections::HashSet;

    fn real() -> Dataset {
        let text = include_str!("../../data/clusters.json");
        crate::load(text.as_bytes()).unwrap().dataset
    }

    /// A small hand-made dataset: regions A (10), B (20), C (30, no cluster); sectors x, y, z.
    fn small() -> Dataset {
        let real = real();
        let template = real.clusters[0].clone();
        let region = |code: &str, name: &str| Region {
            code: code.into(),
            name: name.to_owned(),
            overseas: false,
            bbox: [0.0, 0.0, 1.0, 1.0],
            agency: None,
        };
        let sector = |id: &str| Sector {
            id: id.into(),
            label: crate::Localized {
                en: id.to_uppercase(),
                fr: format!("{id}-fr"),
            },
            short_label: None,
            color: "#123456".to_owned(),
        };
        let cluster = |id: &str, regions: &[&str], sectors: &[&str], status: Status| Cluster {
            id: id.into(),
            name: id.to_owned(),
            regions: regions.iter().map(|s| (*s).into()).collect(),
            sectors: sectors.iter().map(|s| (*s).into()).collect(),
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
            qualifier: Some("about".to_owned()),
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
            sectors: vec!["health".into()],
            ..Filters::default()
        };
        let in_region = Filters {
            region: Some("84".into()),
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
            .filter(|c| c.status == Status::Current && c.sectors.iter().any(|s| s == "health"))
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
        assert_eq!(RegionProfile::new(&dataset, &index, "99", &current), None);
        let a = RegionProfile::new(&dataset, &index, "10", &current).unwrap();
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
        let b = RegionProfile::new(&dataset, &index, "20", &current).unwrap();
        assert_eq!(b.clusters, [1, 3, 2], "beta, delta, gamma");
        assert_eq!(b.hq_elsewhere, [1, 3], "beta (A) and delta (99)");
        assert_eq!(b.members.years, Some((2018, 2018)));
        let c = RegionProfile::new(&dataset, &index, "30", &current).unwrap();
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
        let ara = RegionProfile::new(&dataset, &index, "84", &current).unwrap();
        assert_eq!(ara.clusters.len(), 14);
    }
}
