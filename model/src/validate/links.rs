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
                id: Some(cluster.id.clone()),
            }),
            field: field.to_owned(),
            kind,
        });
    }
}

/// Which records lie on a cycle of successors, given each record's successor (in linear time:
/// each record has at most one successor).
fn on_cycle(next: &[Option<usize>]) -> Vec<bool> {
    #[derive(Clone, Copy, PartialEq)]
    enum Visit {
        New,
        OnWalk,
        Done,
    }
    let mut visit = vec![Visit::New; next.len()];
    let mut on_cycle = vec![false; next.len()];
    for start in 0..next.len() {
        let mut walk = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at.filter(|&i| visit[i] == Visit::New) {
            visit[i] = Visit::OnWalk;
            walk.push(i);
            at = next[i];
        }
        if let Some(i) = at.filter(|&i| visit[i] == Visit::OnWalk) {
            if let Some(first) = walk.iter().position(|&w| w == i) {
                for &w in &walk[first..] {
                    on_cycle[w] = true;
                }
            }
        }
        for w in walk {
            visit[w] = Visit::Done;
        }
    }
    on_cycle
}
