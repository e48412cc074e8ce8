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
use crate::export::Csv;
use crate::filter::{Filters, Index};
use crate::ids::RegionCode;
use crate::text::fold;
use crate::timeline::Day;

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
fn lists<'a, F, C, V>(dataset: &'a Dataset, vocabulary: V, codes: F) -> Lists
where
    V: Iterator<Item = &'a C>,
    F: Fn(&'a crate::Cluster) -> &'a [C],
    C: Eq + std::hash::Hash + 'a,
{
    let position: std::collections::HashMap<&C, u16> = vocabulary
        .take(usize::from(u16::MAX))
        .enumerate()
        .map(|(i, code)| (code, i as u16))
        .collect();
    let mut out = Lists {
        starts: Vec::with_capacity(dataset.clusters.len() + 1),
        items: Vec::new(),
    };
    out.starts.push(0);
    for cluster in &dataset.clusters {
        let from = out.items.len();
        for code in codes(cluster) {
            if let Some(&p) = position.get(code) {
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
        let (regions, sectors) = (dataset.regions.iter(), dataset.sectors.iter());
        RegionIndex {
            regions: lists(dataset, regions.map(|r| &r.code), |c| &c.regions),
            sectors: lists(dataset, sectors.map(|s| &s.id), |c| &c.sectors),
            region_count: dataset.regions.len(),
            sector_count: dataset.sectors.len(),
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

/// The first year of the policy (the first labels, 12 July 2005).
pub const FIRST_YEAR: u16 = 2005;

/// Positions of the clusters the dataset calls current (labelled on its `updated` day), in
/// dataset order.
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

/// What the region views need, computed once per dataset: the [`RegionIndex`]. The clusters
/// they count are those labelled on the day shown ([`Index::current_on`]).
#[derive(Debug, Clone)]
pub struct Regions {
    pub index: RegionIndex,
}

impl Regions {
    pub fn new(dataset: &Dataset) -> Self {
        Regions {
            index: RegionIndex::new(dataset),
        }
    }

    /// How many of the clusters labelled at the end of each year from 2005 to `today`'s (on
    /// `today` for its own year) cover each region: per year, the counts of every region (in the
    /// dataset's order). Computed once for all regions, so that a region's profile only reads it.
    pub fn by_year(&self, index: &Index, today: Day) -> Vec<(u16, Vec<usize>)> {
        (FIRST_YEAR..=today.year())
            .map(|year| {
                let end = Day::new(year, 12, 31).map_or(today, |end| end.min(today));
                (year, self.index.counts(&index.current_on(end)))
            })
            .collect()
    }

    /// The choropleth's counts, per region of the dataset: the clusters visible under
    /// `filters` but for the region ([`shaded_positions`]), each counted in every region it
    /// covers. `visible` is `index.select(filters).visible`.
    pub fn shading(&self, index: &Index, filters: &Filters, visible: &[usize]) -> Vec<usize> {
        self.index
            .counts(&shaded_positions(index, filters, visible))
    }

    /// The profile of the region `code`, over the clusters at `current` (those labelled on the
    /// day shown).
    pub fn profile(
        &self,
        dataset: &Dataset,
        code: &RegionCode,
        current: &[usize],
    ) -> Option<RegionProfile> {
        RegionProfile::new(dataset, &self.index, code, current)
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
        let mut csv = Csv::new();
        let mut header = vec!["region_code".to_owned(), "region".to_owned()];
        header.extend(dataset.sectors.iter().map(|s| s.label.get(lang).to_owned()));
        header.push("total".to_owned());
        csv.row(header);
        for &r in rows {
            let (Some(region), Some(cells)) = (dataset.regions.get(r), self.cells.get(r)) else {
                continue;
            };
            let mut record = vec![region.code.to_string(), region.name.clone()];
            record.extend(cells.iter().map(usize::to_string));
            record.push(self.row_totals[r].to_string());
            csv.row(record);
        }
        let mut totals = vec![String::new(), total_label.to_owned()];
        totals.extend(self.column_totals.iter().map(usize::to_string));
        totals.push(self.total.to_string());
        csv.row(totals);
        csv.finish()
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
        code: &RegionCode,
        positions: &[usize],
    ) -> Option<Self> {
        let region = dataset.regions.iter().position(|r| &r.code == code)?;
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
mod tests;
