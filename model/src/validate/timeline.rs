//! The rules of time within one record: label periods that end after they start and do not
//! overlap, events that name what they need, nothing dated after the dataset's update (but the
//! planned end of a running period), and a `status` that says what the periods say on that day.

use super::record::RecordIssues;
use super::{quoted, IssueKind};
use crate::dataset::{Cluster, Status};
use crate::timeline::{Day, EventKind};

/// Checks the periods and events of `cluster`, for data last updated on `updated` (when known).
pub(super) fn check_timeline(record: &mut RecordIssues, cluster: &Cluster, updated: Option<Day>) {
    let periods = &cluster.labels.periods;
    record.list_len("labels.periods", periods.len());
    record.list_len("events", cluster.events.len());
    let after_update = |day: Day| updated.is_some_and(|updated| day > updated);
    for (i, period) in periods.iter().enumerate() {
        let field = format!("labels.periods[{i}]");
        let (from, until) = (period.from.first_day(), period.until.last_day());
        if until < from {
            let (from, until) = (period.from.to_string(), period.until.to_string());
            record.push(
                format!("{field}.until"),
                IssueKind::EndsBeforeStart { from, until },
            );
        }
        if after_update(from) {
            date_after_update(record, format!("{field}.from"), from, updated);
        }
        let overlapping = (periods[..i].iter()).position(|earlier| {
            earlier.from.first_day() <= until && from <= earlier.until.last_day()
        });
        if let Some(other) = overlapping {
            record.push(field.clone(), IssueKind::PeriodsOverlap { other });
        }
        if period.sources.is_empty() {
            record.push(format!("{field}.sources"), IssueKind::NoSources);
        }
        record.sources(&format!("{field}.sources"), &period.sources);
        record.note(&format!("{field}.note"), period.note.as_deref());
    }
    for (i, event) in cluster.events.iter().enumerate() {
        let field = format!("events[{i}]");
        if after_update(event.date.first_day()) {
            date_after_update(
                record,
                format!("{field}.date"),
                event.date.first_day(),
                updated,
            );
        }
        if event.kind.names_other() && event.other.is_none() {
            record.push(format!("{field}.other"), IssueKind::EventWithoutOther);
        }
        match (&event.name, event.kind) {
            (None, EventKind::Renamed) => record.push(format!("{field}.name"), IssueKind::Blank),
            (Some(name), _) => record.name(&format!("{field}.name"), name),
            (None, _) => {}
        }
        if event.sources.is_empty() {
            record.push(format!("{field}.sources"), IssueKind::NoSources);
        }
        // A label ended by an event cannot run on: the period must end by then.
        let (first, last) = (event.date.first_day(), event.date.last_day());
        let inside =
            (periods.iter()).position(|p| p.from.first_day() < first && last < p.until.last_day());
        if let (true, Some(period)) = (event.kind.ends_label(), inside) {
            record.push(field.clone(), IssueKind::EndsInsidePeriod { period });
        }
        record.sources(&format!("{field}.sources"), &event.sources);
        record.note(&format!("{field}.note"), event.note.as_deref());
    }
    if let (Some(updated), false) = (updated, periods.is_empty()) {
        let current = cluster.standing(updated).is_shown_current();
        if current != (cluster.status == Status::Current) {
            record.push("status", IssueKind::StatusContradictsPeriods { current });
        }
    }
}

fn date_after_update(record: &mut RecordIssues, field: String, day: Day, updated: Option<Day>) {
    let (date, updated) = (day.to_string(), updated.map(|u| u.to_string()));
    let updated = quoted(&updated.unwrap_or_default());
    record.push(field, IssueKind::DateAfterUpdate { date, updated });
}
