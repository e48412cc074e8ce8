//! The `timeline` group: a cluster's events, label periods and standing on a day.

use serde::Deserialize;

use super::message::{Plural, Template};

/// The words of the timeline (the card's and a cluster page's label history and standing, the
/// map's notice); `{other}` is another cluster's name, written as a link.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timeline {
    /// A line of the label history, by the dataset's `EventKind`.
    pub event: Events,
    /// A period's kind, by the dataset's `PeriodKind` (`full` has none).
    pub period_kind: PeriodKinds,
    /// A line of the label history for a period: “Phase {phase}: {from} – {until}”.
    pub period: WithKind,
    /// A cluster's standing on the day shown.
    pub standing: Standings,
    /// “The labels of {n} clusters shown have passed their term, and this d…”
    pub unconfirmed_notice: Plural,
}

/// What happened to a cluster, by `EventKind`; `{when}` is a `dates.when`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Events {
    /// “Labelled {when}”
    pub labelled: Template,
    /// “Renamed {when} (formerly {name})”
    pub renamed: Template,
    /// “Merged into {other} {when}”
    pub merged_into: Template,
    /// “Formed with {other} {when}”
    pub merged_from: Template,
    /// “Absorbed by {other} {when}”
    pub absorbed_by: Template,
    /// “Absorbed {other} {when}”
    pub absorbed: Template,
    /// “Lost its label {when}”
    pub de_labelled: Template,
    /// “Dissolved {when}”
    pub dissolved: Template,
    /// “Labelled again {when}”
    pub relabelled: Template,
    /// “Label not renewed {when}”
    pub lapsed: Template,
    /// “Its label passed to {other} {when}”
    pub passed_on: Template,
}

/// How a label was given, by `PeriodKind` less `full`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodKinds {
    /// “conditional label”
    pub conditional: Template,
    /// “on probation”
    pub probation: Template,
    /// “one-year label”
    pub one_year: Template,
    /// “two-year label”
    pub two_year: Template,
    /// “extended”
    pub extended: Template,
}

/// A message for a period of the `full` kind, and with its `{kind}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WithKind {
    /// A period of the `full` kind.
    pub full: Template,
    /// Another kind: `{kind}`, one of `period_kind`.
    pub with_kind: Template,
}

/// A cluster's standing on a day, by the model's `Standing`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standings {
    /// Labelled on the day.
    pub labelled: LabelledStanding,
    /// “Labelled until {until} (phase {phase}); no later decision in this d…”
    pub unconfirmed: WithKind,
    /// “No longer labelled”
    pub ended: Template,
    /// “Not labelled yet: first labelled {when}”
    pub not_yet: Template,
}

/// Labelled on the day, `{since}` a `dates.since`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelledStanding {
    /// “Labelled {since} (phase {phase})”
    pub full: Template,
    /// “Labelled {since} (phase {phase}, {kind})”
    pub with_kind: Template,
    /// “Labelled”: no date is known.
    pub undated: Template,
}
