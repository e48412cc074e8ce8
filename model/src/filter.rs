//! Filtering and search over the clusters of a dataset.
//!
//! [`Index`] is built once per dataset: each cluster's sectors and regions become rows of bits
//! (`Bits`) and every searchable text is folded ahead of time (see [`crate::text::fold`]), so
//! that a chip click or a keystroke only scans compact entries. [`Index::select`] applies
//! [`Filters`] and returns the visible clusters, ranked, with the per-sector counts the chips
//! show.

use std::collections::HashMap;
use std::hash::Hash;

use crate::dataset::{Dataset, Status};
use crate::ids::{ClusterId, RegionCode, SectorId};
use crate::text::fold;
use crate::timeline::{standing_in, Day, PartialDate, Stand, BROCHURE_2006};

/// What the visitor asked to see. All filters combine (AND).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Sector ids; a cluster matches when it has any of them. Empty: all sectors. Ids the
    /// vocabulary does not have match no cluster.
    pub sectors: Vec<SectorId>,
    /// INSEE region code; `None`: all of France. A code the dataset does not have matches no
    /// cluster.
    pub region: Option<RegionCode>,
    /// Search text; blank: no search.
    pub query: String,
    /// Whether historical clusters are shown.
    pub show_historical: bool,
    /// Only the clusters the 2006 brochure presented as world-class (the "2006 view"), as
    /// they stood at its date ([`BROCHURE_2006`]).
    pub brochure_2006: bool,
    /// The date the atlas shows (`at=`); `None`: the index's day (today in the app).
    pub at: Option<PartialDate>,
}

impl Filters {
    /// Whether any filter narrows the view (the "clear filters" offer).
    pub fn is_active(&self) -> bool {
        !self.sectors.is_empty()
            || self.region.is_some()
            || !self.query.trim().is_empty()
            || self.brochure_2006
    }
}

/// How a cluster shows on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// Labelled that day (or with its last label unconfirmed since the data's update).
    Current,
    /// Labelled before, not any more: shown greyed with `hist=1`.
    Historical,
    /// Not labelled yet: never shown.
    Hidden,
}

/// The result of applying [`Filters`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// Indices into `dataset.clusters` of the visible clusters, in display order.
    pub visible: Vec<usize>,
    /// For each sector of the vocabulary (same order), how many clusters have it among those
    /// matching every filter except the sector filter.
    pub sector_counts: Vec<usize>,
    /// The day the selection is of.
    pub day: Day,
}

/// One row of bits per cluster: bit `p` of row `i` says whether cluster `i` has the sector (or
/// region) at position `p` of the dataset's list.
///
/// Any number of sectors and regions is supported, rather than a limit with an error: a row is
/// as many 64-bit words as the list needs, so that the 18 regions and a dozen sectors of real
/// data take one word per cluster (as fast and as small as a plain `u64` mask), and a dataset
/// with hundreds still filters and counts right. A limit would have made the app refuse valid
/// data for a reason of its own implementation (and it once ignored the 65th code silently).
#[derive(Debug, Clone, Default)]
struct Bits {
    /// Words per row.
    words: usize,
    rows: Vec<u64>,
}

impl Bits {
    /// Rows for a list of `len` codes, one per set of positions.
    fn new(len: usize, sets: impl Iterator<Item = impl IntoIterator<Item = usize>>) -> Self {
        let words = len.div_ceil(64).max(1);
        let mut rows = Vec::new();
        for set in sets {
            let start = rows.len();
            rows.resize(start + words, 0);
            for position in set {
                rows[start + position / 64] |= 1 << (position % 64);
            }
        }
        Bits { words, rows }
    }

    fn row(&self, i: usize) -> &[u64] {
        &self.rows[i * self.words..(i + 1) * self.words]
    }

    /// A mask of the same width with the given positions set.
    fn mask(&self, positions: impl IntoIterator<Item = usize>) -> Vec<u64> {
        let mut mask = vec![0; self.words];
        for position in positions {
            mask[position / 64] |= 1 << (position % 64);
        }
        mask
    }
}

/// Whether two rows (or a row and a mask) share a bit.
fn intersects(a: &[u64], b: &[u64]) -> bool {
    a.iter().zip(b).any(|(a, b)| a & b != 0)
}

/// The positions of the bits set in a row, in order.
fn ones(row: &[u64]) -> impl Iterator<Item = usize> + '_ {
    row.iter().enumerate().flat_map(|(w, &word)| {
        let mut rest = word;
        std::iter::from_fn(move || {
            (rest != 0).then(|| {
                let bit = rest.trailing_zeros() as usize;
                rest &= rest - 1;
                w * 64 + bit
            })
        })
    })
}

/// Precomputed, search-ready view of one cluster.
#[derive(Debug, Clone)]
struct Entry {
    /// Whether the 2006 brochure presented it as world-class.
    brochure_2006: bool,
    /// Position of the primary sector in the vocabulary, if it is in it.
    primary: Option<usize>,
    /// The first and last day of each label period.
    spans: Vec<(Day, Day)>,
    /// The first days of the events that end its label.
    endings: Vec<Day>,
    /// Its `status`, for a record without periods.
    status: Status,
    /// Folded texts by decreasing search weight.
    names: String,
    former_names: String,
    city: String,
    members: String,
    descriptions: String,
}

/// Search weights: a match in a name ranks above a match in a description.
const WEIGHTS: [u32; 5] = [100, 60, 40, 20, 5];

impl Entry {
    fn fields(&self) -> [&str; 5] {
        [
            &self.names,
            &self.former_names,
            &self.city,
            &self.members,
            &self.descriptions,
        ]
    }

    /// The score of one folded search term, 0 when it matches no field. A match at the start
    /// of a word (anywhere in the field) counts half as much again as one inside a word.
    fn term_score(&self, term: &str) -> u32 {
        self.fields()
            .iter()
            .zip(WEIGHTS)
            .filter_map(|(text, weight)| {
                let mut found = text.match_indices(term).map(|(at, _)| at).peekable();
                found.peek()?;
                let word_start = found.any(|at| at == 0 || text.as_bytes()[at - 1] == b' ');
                Some(if word_start {
                    weight + weight / 2
                } else {
                    weight
                })
            })
            .max()
            .unwrap_or(0)
    }
}

/// The search index of a dataset.
#[derive(Debug, Clone)]
pub struct Index {
    entries: Vec<Entry>,
    /// Cluster indices sorted for display without a query: current first, then by name.
    sorted: Vec<usize>,
    /// Position of each sector id in the vocabulary (the first, if listed twice).
    sector_position: HashMap<SectorId, usize>,
    /// How many sectors the vocabulary lists.
    vocabulary_len: usize,
    /// The sectors of each cluster.
    sectors: Bits,
    /// Position of each region code in the dataset's list (the first, if listed twice).
    region_position: HashMap<RegionCode, usize>,
    /// The regions of each cluster.
    regions: Bits,
    by_id: HashMap<ClusterId, usize>,
    /// The day the dataset was last updated.
    updated: Day,
    /// The day shown without `at=` (the dataset's `updated` day unless [`Index::on`] says).
    today: Day,
}

/// The position of each id in a list (the first, if listed twice).
fn positions<'a, K: Clone + Eq + Hash + 'a>(ids: impl Iterator<Item = &'a K>) -> HashMap<K, usize> {
    let mut positions = HashMap::new();
    for (i, id) in ids.enumerate() {
        positions.entry(id.clone()).or_insert(i);
    }
    positions
}

/// The known positions of `ids`.
fn positions_of<'a, K: Eq + Hash>(
    ids: &'a [K],
    position: &'a HashMap<K, usize>,
) -> impl Iterator<Item = usize> + 'a {
    ids.iter().filter_map(|id| position.get(id).copied())
}

fn joined<'a>(texts: impl IntoIterator<Item = &'a String>) -> String {
    fold(
        &texts
            .into_iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" | "),
    )
}

impl Index {
    /// Builds the index of `dataset` (once per loaded dataset).
    pub fn new(dataset: &Dataset) -> Self {
        let sector_position = positions(dataset.sectors.iter().map(|s| &s.id));
        let region_position = positions(dataset.regions.iter().map(|r| &r.code));
        let clusters = &dataset.clusters;
        let sectors = Bits::new(
            dataset.sectors.len(),
            clusters
                .iter()
                .map(|c| positions_of(&c.sectors, &sector_position)),
        );
        let regions = Bits::new(
            dataset.regions.len(),
            clusters
                .iter()
                .map(|c| positions_of(&c.regions, &region_position)),
        );
        let entries: Vec<Entry> = clusters
            .iter()
            .map(|c| Entry {
                primary: c
                    .primary_sector()
                    .and_then(|p| sector_position.get(p).copied()),
                spans: (c.labels.periods.iter())
                    .map(|p| (p.from.first_day(), p.until.last_day()))
                    .collect(),
                endings: c.label_endings(),
                status: c.status,
                brochure_2006: c.brochure_2006_field.is_some(),
                names: joined([&c.name].into_iter().chain(&c.short_name)),
                former_names: joined(c.former_names.iter().chain(&c.brochure_2006_name)),
                city: fold(&c.hq.city),
                members: joined(c.members.all()),
                descriptions: joined([&c.description.en, &c.description.fr]),
            })
            .collect();
        let name_keys: Vec<String> = clusters.iter().map(|c| fold(&c.name)).collect();
        let mut sorted: Vec<usize> = (0..entries.len()).collect();
        sorted.sort_by(|&a, &b| name_keys[a].cmp(&name_keys[b]));
        let by_id = clusters
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let updated = Day::parse(&dataset.updated).unwrap_or(Day::LAST);
        Index {
            entries,
            sorted,
            updated,
            today: updated,
            sector_position,
            vocabulary_len: dataset.sectors.len(),
            sectors,
            region_position,
            regions,
            by_id,
        }
    }

    /// The same index, showing `today` when no date is asked for (the visitor's clock).
    pub fn on(mut self, today: Day) -> Self {
        self.today = today;
        self
    }

    /// The day the dataset was last updated.
    pub fn updated(&self) -> Day {
        self.updated
    }

    /// The day shown without `at=`.
    pub fn today(&self) -> Day {
        self.today
    }

    /// The day `filters` show: the 2006 brochure's date in the 2006 view, else `at=`, else
    /// today.
    pub fn day_of(&self, filters: &Filters) -> Day {
        if filters.brochure_2006 {
            BROCHURE_2006.last_day()
        } else {
            filters.at.map_or(self.today, PartialDate::last_day)
        }
    }

    /// Where the cluster at `position` stood on `day` (`None`: no label periods), indexed.
    pub fn stand_at(&self, position: usize, day: Day) -> Option<Stand> {
        let entry = &self.entries[position];
        (!entry.spans.is_empty()).then(|| standing_in(&entry.spans, &entry.endings, day))
    }

    /// How the cluster at `position` is shown on `day`.
    pub fn shown_at(&self, position: usize, day: Day) -> Shown {
        match self.stand_at(position, day) {
            None if self.entries[position].status == Status::Current => Shown::Current,
            None => Shown::Historical,
            Some(Stand::NotYet) => Shown::Hidden,
            Some(Stand::Labelled(_) | Stand::Unconfirmed(_)) => Shown::Current,
            Some(Stand::Ended(_)) => Shown::Historical,
        }
    }

    /// Positions of the clusters shown as labelled on `day`, in dataset order.
    pub fn current_on(&self, day: Day) -> Vec<usize> {
        (0..self.entries.len())
            .filter(|&p| self.shown_at(p, day) == Shown::Current)
            .collect()
    }

    /// The position of the cluster with this id.
    pub fn position(&self, id: &ClusterId) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// For each sector of the vocabulary, how many of `positions` have it as primary sector.
    pub fn count_by_primary_sector(&self, positions: &[usize]) -> Vec<usize> {
        let mut counts = vec![0; self.vocabulary_len];
        for &p in positions {
            if let Some(primary) = self.entries[p].primary {
                counts[primary] += 1;
            }
        }
        counts
    }

    /// Whether `id` is a sector of the vocabulary.
    pub fn has_sector(&self, id: &SectorId) -> bool {
        self.sector_position.contains_key(id)
    }

    /// Whether `code` is a region of the dataset.
    pub fn has_region(&self, code: &RegionCode) -> bool {
        self.region_position.contains_key(code)
    }

    /// Applies `filters`: the visible clusters (ranked by relevance when searching, else
    /// current first and by name) and the chip counts.
    pub fn select(&self, filters: &Filters) -> Selection {
        // Unknown ids have no position: a sector filter made only of unknown ids, or an
        // unknown region, shows nothing.
        let sector_filter = !filters.sectors.is_empty();
        let sector_mask = self
            .sectors
            .mask(positions_of(&filters.sectors, &self.sector_position));
        // The region asked for, as a word and a bit of the rows (`None`: an unknown region).
        let region = filters.region.as_ref().map(|code| {
            let position = self.region_position.get(code)?;
            Some((position / 64, 1u64 << (position % 64)))
        });
        let terms: Vec<String> = fold(&filters.query)
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        let day = self.day_of(filters);
        let mut sector_counts = vec![0; self.vocabulary_len];
        let mut scored: Vec<(u32, usize)> = Vec::new();
        // Current first, then historical: `sorted` is by name, and the historical come after.
        let mut historical: Vec<(u32, usize)> = Vec::new();
        for &i in &self.sorted {
            let entry = &self.entries[i];
            let shown = self.shown_at(i, day);
            if shown == Shown::Hidden
                || (shown == Shown::Historical && !filters.show_historical)
                || (filters.brochure_2006 && !entry.brochure_2006)
                || region.is_some_and(|bit| {
                    bit.is_none_or(|(word, bit)| self.regions.row(i)[word] & bit == 0)
                })
            {
                continue;
            }
            let Some(score) = terms
                .iter()
                .try_fold(0, |sum, term| match entry.term_score(term) {
                    0 => None,
                    s => Some(sum + s),
                })
            else {
                continue;
            };
            let sectors = self.sectors.row(i);
            for position in ones(sectors) {
                sector_counts[position] += 1;
            }
            if !sector_filter || intersects(sectors, &sector_mask) {
                match shown {
                    Shown::Historical => historical.push((score, i)),
                    _ => scored.push((score, i)),
                }
            }
        }
        scored.append(&mut historical);
        if !terms.is_empty() {
            // Stable: equal scores keep the display order.
            scored.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
        }
        Selection {
            visible: scored.into_iter().map(|(_, i)| i).collect(),
            sector_counts,
            day,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_as_wide_as_the_list_needs() {
        let sets = [vec![0, 63], vec![64, 130], vec![], vec![1]];
        let bits = Bits::new(131, sets.iter().map(|s| s.iter().copied()));
        assert_eq!(bits.words, 3);
        for (i, set) in sets.iter().enumerate() {
            assert_eq!(ones(bits.row(i)).collect::<Vec<_>>(), *set);
        }
        let mask = bits.mask([130]);
        assert!(intersects(bits.row(1), &mask));
        assert!(!intersects(bits.row(0), &mask));
        assert!(!intersects(bits.row(2), &bits.mask(0..131)));
        // No code at all still makes rows (of one empty word).
        let empty = Bits::new(0, [Vec::<usize>::new()].into_iter());
        assert_eq!((empty.words, empty.row(0)), (1, &[0][..]));
    }

    #[test]
    fn small_lists_take_one_word_per_cluster() {
        let bits = Bits::new(64, (0..1000).map(|i| [i % 64]));
        assert_eq!(bits.rows.len(), 1000);
    }
}
