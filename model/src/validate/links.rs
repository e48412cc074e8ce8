//! The rules across records: unique ids, successors that exist, no cycle of successors.

use std::collections::{HashMap, HashSet};

use super::{quoted, Checker, Issue, IssueKind, RecordRef};
use crate::dataset::{Cluster, Status};

impl Checker<'_> {
    /// Checks ids, successors and cycles across records, and keeps the valid clusters.
    /// `ids` holds the readable id of every record, `parsed` the records without errors so far.
    /// A cluster whose successor is left out is kept without the link (a warning), so that
    /// every successor of a loaded cluster is loaded and one bad record sinks no other.
    pub(super) fn check_links(
        &mut self,
        ids: &[Option<String>],
        parsed: Vec<Option<Cluster>>,
    ) -> Vec<Cluster> {
        let known_ids: HashSet<&str> = ids.iter().flatten().map(String::as_str).collect();
        let mut first_index: HashMap<&str, usize> = HashMap::new();
        let mut rejected = vec![false; parsed.len()];
        for (index, cluster) in parsed.iter().enumerate() {
            let Some(cluster) = cluster else { continue };
            if let Some(first) = first_index.insert(&cluster.id, index) {
                first_index.insert(&cluster.id, first);
                rejected[index] = true;
                self.record_issue(index, cluster, "id", IssueKind::DuplicateId { first });
            }
        }
        // The successor of each record, as an index, when it is a record without errors.
        let next: Vec<Option<usize>> = parsed
            .iter()
            .map(|c| {
                let successor = c.as_ref()?.successor.as_deref()?;
                first_index.get(successor).copied()
            })
            .collect();
        let on_cycle = on_cycle(&next);
        let mut detached = vec![false; parsed.len()];
        for (index, cluster) in parsed.iter().enumerate() {
            let Some(cluster) = cluster else { continue };
            let Some(successor) = cluster.successor.as_deref() else {
                continue;
            };
            let id = quoted(successor);
            let kind = if cluster.status == Status::Current {
                Some(IssueKind::CurrentWithSuccessor)
            } else if next[index].is_none() && known_ids.contains(successor) {
                detached[index] = true;
                None
            } else if next[index].is_none() {
                Some(IssueKind::UnknownSuccessor { id })
            } else if on_cycle[index] {
                Some(IssueKind::SuccessorCycle { id })
            } else {
                None
            };
            if let Some(kind) = kind {
                rejected[index] = true;
                self.record_issue(index, cluster, "successor", kind);
            }
        }
        // A record whose successor is left out (for any reason) keeps its place, unlinked.
        for index in 0..parsed.len() {
            if let (false, Some(successor)) = (rejected[index], next[index]) {
                detached[index] |= rejected[successor];
            }
        }
        for (index, cluster) in parsed.iter().enumerate() {
            if let (true, Some(cluster)) = (detached[index], cluster) {
                let id = quoted(cluster.successor.as_deref().unwrap_or_default());
                let kind = IssueKind::SuccessorLeftOut { id };
                self.record_issue(index, cluster, "successor", kind);
            }
        }
        parsed
            .into_iter()
            .zip(rejected.into_iter().zip(detached))
            .filter_map(|(cluster, (rejected, detached))| {
                let mut cluster = cluster.filter(|_| !rejected)?;
                if detached {
                    cluster.successor = None;
                }
                Some(cluster)
            })
            .collect()
    }

    fn record_issue(&mut self, index: usize, cluster: &Cluster, field: &str, kind: IssueKind) {
        self.issues.push(Issue {
            record: Some(RecordRef {
                index,
                id: Some(cluster.id.to_string()),
            }),
            field: field.to_owned(),
            kind,
        });
    }
}

/// Which records lie on a cycle of successors, given each record's successor.
fn on_cycle(next: &[Option<usize>]) -> Vec<bool> {
    walk_successors(next).0
}

/// Which records lie on a cycle of successors, and how many steps it took to know: each record
/// is stepped on at most three times (walked, looked up, marked), so the time is linear even
/// for a chain of 100,000 successors.
fn walk_successors(next: &[Option<usize>]) -> (Vec<bool>, usize) {
    #[derive(Clone, Copy, PartialEq)]
    enum Visit {
        New,
        OnWalk,
        Done,
    }
    let mut visit = vec![Visit::New; next.len()];
    let mut on_cycle = vec![false; next.len()];
    let mut steps = 0;
    for start in 0..next.len() {
        let mut walk = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at.filter(|&i| visit[i] == Visit::New) {
            steps += 1;
            visit[i] = Visit::OnWalk;
            walk.push(i);
            at = next[i];
        }
        // The walk ends on itself: the records from there on are a cycle.
        if let Some(i) = at.filter(|&i| visit[i] == Visit::OnWalk) {
            let first = walk.iter().rposition(|&w| w == i).unwrap_or(walk.len());
            steps += walk.len() - first;
            for &w in &walk[first..] {
                on_cycle[w] = true;
            }
        }
        steps += walk.len();
        for w in walk {
            visit[w] = Visit::Done;
        }
    }
    (on_cycle, steps)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `start` comes back to itself by following successors (at most `n` steps).
    fn naive_on_cycle(next: &[Option<usize>], start: usize) -> bool {
        let mut at = next[start];
        for _ in 0..next.len() {
            match at {
                Some(i) if i == start => return true,
                Some(i) => at = next[i],
                None => return false,
            }
        }
        false
    }

    #[test]
    fn cycles_as_a_naive_walk_finds_them() {
        // Every successor function on up to 5 records.
        for n in 0..=5usize {
            let total = (n + 1).pow(n as u32);
            for code in 0..total {
                let next: Vec<Option<usize>> = (0..n)
                    .map(|i| match code / (n + 1).pow(i as u32) % (n + 1) {
                        0 => None,
                        k => Some(k - 1),
                    })
                    .collect();
                let expected: Vec<bool> = (0..n).map(|i| naive_on_cycle(&next, i)).collect();
                assert_eq!(on_cycle(&next), expected, "{next:?}");
            }
        }
    }

    #[test]
    fn steps_are_linear_in_the_number_of_records() {
        let n = 10_000;
        let shapes: [(&str, Vec<Option<usize>>); 6] = [
            (
                "a chain",
                (0..n).map(|i| (i + 1 < n).then_some(i + 1)).collect(),
            ),
            (
                "a chain backwards",
                (0..n).map(|i| i.checked_sub(1)).collect(),
            ),
            ("one cycle", (0..n).map(|i| Some((i + 1) % n)).collect()),
            (
                "a cycle at the end of a long tail",
                (0..n).map(|i| Some((i + 1).min(n - 1))).collect(),
            ),
            // Half the records lead into the head of a chain made of the other half.
            (
                "a comb",
                (0..n)
                    .map(|i| {
                        if i < n / 2 {
                            Some(n / 2)
                        } else {
                            (i + 1 < n).then_some(i + 1)
                        }
                    })
                    .collect(),
            ),
            ("pairs", (0..n).map(|i| Some(i ^ 1)).collect()),
        ];
        for (shape, next) in shapes {
            let (_, steps) = walk_successors(&next);
            assert!(steps <= 3 * n, "{shape}: {steps} steps for {n} records");
        }
    }
}
