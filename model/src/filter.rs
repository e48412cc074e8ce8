//! Filtering and search over the clusters of a dataset.
//!
//! [`Index`] is built once per dataset: sectors and regions become bit masks and every
//! searchable text is folded ahead of time (see [`crate::text::fold`]), so that a chip click or
//! a keystroke only scans compact entries. [`Index::select`] applies [`Filters`] and returns
//! the visible clusters, ranked, with the per-sector counts the chips show.

use std::collections::HashMap;

use crate::dataset::{Dataset, Status};
use crate::text::fold;

/// Most sectors or regions a dataset can have (they are bits of a `u64`).
pub const MAX_CODES: usize = 64;

/// What the visitor asked to see. All filters combine (AND).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    /// Sector ids; a cluster matches when it has any of them. Empty: all sectors. Ids the
    /// vocabulary does not have match no cluster.
    pub sectors: Vec<String>,
    /// INSEE region code; `None`: all of France. A code the dataset does not have matches no
    /// cluster.
    pub region: Option<String>,
    /// Search text; blank: no search.
    pub query: String,
    /// Whether historical clusters are shown.
    pub show_historical: bool,
    /// Only the clusters the 2006 brochure presented as world-class (the "2006 view").
    pub brochure_2006: bool,
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

/// The result of applying [`Filters`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    /// Indices into `dataset.clusters` of the visible clusters, in display order.
    pub visible: Vec<usize>,
    /// For each sector of the vocabulary (same order), how many clusters have it among those
    /// matching every filter except the sector filter.
    pub sector_counts: Vec<usize>,
}

/// Precomputed, search-ready view of one cluster.
#[derive(Debug, Clone)]
struct Entry {
    sectors: u64,
    /// Whether the 2006 brochure presented it as world-class.
    brochure_2006: bool,
    /// Position of the primary sector in the vocabulary, if it is in it.
    primary: Option<u8>,
    regions: u64,
    historical: bool,
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
    sector_bit: HashMap<String, u64>,
    /// Bits of the vocabulary's sectors, in vocabulary order.
    sector_bits: Vec<u64>,
    region_bit: HashMap<String, u64>,
    by_id: HashMap<String, usize>,
}

fn bits_of(codes: &[String], bit_of: &HashMap<String, u64>) -> u64 {
    codes
        .iter()
        .filter_map(|c| bit_of.get(c))
        .fold(0, |acc, bit| acc | bit)
}

fn bit_table<'a>(codes: impl Iterator<Item = &'a String>) -> HashMap<String, u64> {
    codes
        .take(MAX_CODES)
        .enumerate()
        .map(|(i, c)| (c.clone(), 1u64 << i))
        .collect()
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
        let sector_bit = bit_table(dataset.sectors.iter().map(|s| &s.id));
        let region_bit = bit_table(dataset.regions.iter().map(|r| &r.code));
        let entries: Vec<Entry> = dataset
            .clusters
            .iter()
            .map(|c| Entry {
                sectors: bits_of(&c.sectors, &sector_bit),
                primary: c
                    .primary_sector()
                    .and_then(|p| dataset.sectors.iter().position(|s| s.id == p))
                    .and_then(|i| u8::try_from(i).ok()),
                regions: bits_of(&c.regions, &region_bit),
                historical: c.status == Status::Historical,
                brochure_2006: c.brochure_2006_field.is_some(),
                names: joined([&c.name].into_iter().chain(&c.short_name)),
                former_names: joined(c.former_names.iter().chain(&c.brochure_2006_name)),
                city: fold(&c.hq.city),
                members: joined(c.members.all()),
                descriptions: joined([&c.description.en, &c.description.fr]),
            })
            .collect();
        let name_keys: Vec<String> = dataset.clusters.iter().map(|c| fold(&c.name)).collect();
        let mut sorted: Vec<usize> = (0..entries.len()).collect();
        sorted.sort_by(|&a, &b| {
            (entries[a].historical, &name_keys[a]).cmp(&(entries[b].historical, &name_keys[b]))
        });
        let by_id = dataset
            .clusters
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.clone(), i))
            .collect();
        let sector_bits = dataset
            .sectors
            .iter()
            .map(|s| bits_of(std::slice::from_ref(&s.id), &sector_bit))
            .collect();
        Index {
            entries,
            sorted,
            sector_bit,
            sector_bits,
            region_bit,
            by_id,
        }
    }

    /// The position of the cluster with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    /// For each sector of the vocabulary, how many of `positions` have it as primary sector.
    pub fn count_by_primary_sector(&self, positions: &[usize]) -> Vec<usize> {
        let mut counts = vec![0; self.sector_bits.len()];
        for &p in positions {
            if let Some(count) = self.entries[p]
                .primary
                .and_then(|i| counts.get_mut(usize::from(i)))
            {
                *count += 1;
            }
        }
        counts
    }

    /// Whether `id` is a sector of the vocabulary.
    pub fn has_sector(&self, id: &str) -> bool {
        self.sector_bit.contains_key(id)
    }

    /// Whether `code` is a region of the dataset.
    pub fn has_region(&self, code: &str) -> bool {
        self.region_bit.contains_key(code)
    }

    /// Applies `filters`: the visible clusters (ranked by relevance when searching, else
    /// current first and by name) and the chip counts.
    pub fn select(&self, filters: &Filters) -> Selection {
        // Unknown ids have no bit: a sector filter made only of unknown ids shows nothing.
        let sector_filter = !filters.sectors.is_empty();
        let sector_mask = bits_of(&filters.sectors, &self.sector_bit);
        let region_mask = match &filters.region {
            Some(code) => self.region_bit.get(code).copied().unwrap_or(0),
            None => u64::MAX,
        };
        let terms: Vec<String> = fold(&filters.query)
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        let mut sector_counts = vec![0; self.sector_bits.len()];
        let mut scored: Vec<(u32, usize)> = Vec::new();
        for &i in &self.sorted {
            let entry = &self.entries[i];
            if (entry.historical && !filters.show_historical)
                || (filters.brochure_2006 && !entry.brochure_2006)
                || entry.regions & region_mask == 0
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
            for (count, bit) in sector_counts.iter_mut().zip(&self.sector_bits) {
                *count += usize::from(entry.sectors & bit != 0);
            }
            if !sector_filter || entry.sectors & sector_mask != 0 {
                scored.push((score, i));
            }
        }
        if !terms.is_empty() {
            // Stable: equal scores keep the display order.
            scored.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
        }
        Selection {
            visible: scored.into_iter().map(|(_, i)| i).collect(),
            sector_counts,
        }
    }
}
