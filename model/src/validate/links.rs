//! The rules across records: unique ids, successors that exist, no cycle of successors, events
//! that name existing records and agree with the successor, a successor labelled by the time
//! its predecessor's label ended.

use std::collections::{HashMap, HashSet};

use super::{quoted, Checker, Issue, IssueKind, RecordRef};
use crate::dataset::{Cluster, Status};
use crate::ids::ClusterId;
use crate::timeline::{Day, Event, EventKind};

impl Checker<'_> {
    /// Checks ids, successors and cycles across records, and keeps the valid clusters (with
    /// their positions among the records).
    /// `ids` holds the readable id of every record, `parsed` the records without errors so far.
    /// A cluster whose successor is left out is kept without the link (a warning), so that
    /// every successor of a loaded cluster is loaded and one bad record sinks no other.
    pub(super) fn check_links(
        &mut self,
        ids: &[Option<ClusterId>],
        parsed: Vec<Option<Cluster>>,
    ) -> Vec<(usize, Cluster)> {
        let known_ids: HashSet<&ClusterId> = ids.iter().flatten().collect();
        let mut first_index: HashMap<&ClusterId, usize> = HashMap::new();
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
                let successor = c.as_ref()?.successor.as_ref()?;
                first_index.get(successor).copied()
            })
            .collect();
        let on_cycle = on_cycle(&next);
        let mut detached = vec![false; parsed.len()];
        for (index, cluster) in parsed.iter().enumerate() {
            let Some(cluster) = cluster else { continue };
            let Some(successor) = cluster.successor.as_ref() else {
                continue;
            };
            let id = quoted(successor.as_str());
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
        self.check_event_links(&parsed, &first_index, &known_ids, &mut rejected);
        // A record whose successor is left out (for any reason) keeps its place, unlinked.
        for index in 0..parsed.len() {
            if let (false, Some(successor)) = (rejected[index], next[index]) {
                detached[index] |= rejected[successor];
            }
        }
        for (index, cluster) in parsed.iter().enumerate() {
            if let (true, Some(cluster)) = (detached[index], cluster) {
                let id = quoted(cluster.successor.as_ref().map_or("", ClusterId::as_str));
                let kind = IssueKind::SuccessorLeftOut { id };
                self.record_issue(index, cluster, "successor", kind);
            }
        }
        // An event naming a record left out, or none, keeps its place without the link.
        let loaded: HashSet<&ClusterId> = (parsed.iter().zip(&rejected))
            .filter_map(|(c, &rejected)| Some(&c.as_ref().filter(|_| !rejected)?.id))
            .collect();
        let unlinked_other = |other: &ClusterId| !loaded.contains(other);
        let mut unlinked: Vec<(usize, Vec<usize>)> = Vec::new();
        for (index, cluster) in parsed.iter().enumerate() {
            let Some(cluster) = cluster.as_ref().filter(|_| !rejected[index]) else {
                continue;
            };
            let gone: Vec<usize> = (cluster.events.iter().enumerate())
                .filter(|(_, e)| e.other.as_ref().is_some_and(unlinked_other))
                .map(|(i, _)| i)
                .collect();
            for &i in &gone {
                // Said once per link: a merger into the successor shares its warning.
                let Some(other) = cluster.events[i].other.as_ref() else {
                    continue;
                };
                if known_ids.contains(other) && cluster.successor.as_ref() != Some(other) {
                    let id = quoted(other.as_str());
                    let field = format!("events[{i}].other");
                    self.record_issue(index, cluster, &field, IssueKind::SuccessorLeftOut { id });
                }
            }
            if !gone.is_empty() {
                unlinked.push((index, gone));
            }
        }
        let mut clusters: Vec<Option<Cluster>> = parsed;
        for (index, events) in unlinked {
            if let Some(cluster) = clusters[index].as_mut() {
                for i in events {
                    cluster.events[i].other = None;
                }
            }
        }
        clusters
            .into_iter()
            .zip(rejected.into_iter().zip(detached))
            .enumerate()
            .filter_map(|(index, (cluster, (rejected, detached)))| {
                let mut cluster = cluster.filter(|_| !rejected)?;
                if detached {
                    cluster.successor = None;
                }
                Some((index, cluster))
            })
            .collect()
    }

    /// Events whose other record does not exist, mergers that contradict the successor, and
    /// successors not labelled when their predecessor's label ended: errors (the record is
    /// marked in `rejected`).
    fn check_event_links(
        &mut self,
        parsed: &[Option<Cluster>],
        first_index: &HashMap<&ClusterId, usize>,
        known_ids: &HashSet<&ClusterId>,
        rejected: &mut [bool],
    ) {
        for (index, cluster) in parsed.iter().enumerate() {
            let Some(cluster) = cluster else { continue };
            let mut issues = Vec::new();
            for (i, event) in cluster.events.iter().enumerate() {
                let Some(other) = event.other.as_ref() else {
                    continue;
                };
                let field = format!("events[{i}].other");
                if !known_ids.contains(other) {
                    // A warning: the event keeps its place without the link (an export of
                    // some clusters names others it leaves out).
                    let id = quoted(other.as_str());
                    self.record_issue(index, cluster, &field, IssueKind::UnknownEventOther { id });
                } else if event.kind.passes_on() && cluster.successor.as_ref() != Some(other) {
                    let other = quoted(other.as_str());
                    let successor =
                        quoted(cluster.successor.as_ref().map_or("", ClusterId::as_str));
                    issues.push((
                        field,
                        IssueKind::EventContradictsSuccessor { other, successor },
                    ));
                }
            }
            // The cluster that took the label over when its last period ended: the other of a
            // `passed-on` event, or the successor of a merger or an absorption.
            let taken_by = ending_event(cluster).and_then(|e| match e.kind {
                EventKind::PassedOn => e.other.as_ref(),
                kind if kind.passes_on() => cluster.successor.as_ref(),
                _ => None,
            });
            let successor = taken_by.and_then(|id| parsed[*first_index.get(id)?].as_ref());
            if let Some((successor, end)) = successor.zip(last_day_labelled(cluster)) {
                let starts = successor.first_labelled().map(|d| d.first_day());
                if starts.is_some_and(|starts| starts > end.next()) {
                    let id = quoted(successor.id.as_str());
                    let day = end.next().to_string();
                    issues.push((
                        "successor".to_owned(),
                        IssueKind::SuccessorLabelledLate { id, day },
                    ));
                }
            }
            if !issues.is_empty() {
                rejected[index] = true;
            }
            for (field, kind) in issues {
                self.record_issue(index, cluster, &field, kind);
            }
        }
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

/// The event that ended the cluster's last label period: the first after that period's start.
fn ending_event(cluster: &Cluster) -> Option<&Event> {
    let last = (cluster.labels.periods.iter()).max_by_key(|p| p.until.last_day())?;
    (cluster.events.iter())
        .filter(|e| e.kind.ends_label() && e.date.first_day() > last.from.first_day())
        .min_by_key(|e| e.date.first_day())
}

/// The last day of the cluster's last label period, if it has periods.
fn last_day_labelled(cluster: &Cluster) -> Option<Day> {
    (cluster.labels.periods.iter())
        .map(|p| p.until.last_day())
        .max()
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
