//! The `issues` group: what is wrong with a dataset, shown to whoever publishes one.

use serde::Deserialize;

use super::message::{Fielded, Plural, Template};

/// The issues of a dataset and why a file cannot be read (the app's alert and its details).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Issues {
    /// One message per kind of issue, after its place (lower case).
    pub kinds: IssueKinds,
    /// The JSON kinds the messages name, with their article (“an array”).
    pub json_kinds: JsonKinds,
    /// Why a file cannot be read at all.
    pub load_errors: LoadErrors,
}

/// One message per `IssueKind` of the model, after an `issue_place`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssueKinds {
    /// “the file starts with a byte order mark (BOM), which was ignored”
    pub byte_order_mark: Template,
    /// “must be a JSON object, not {found}”
    pub not_an_object: Template,
    /// “cannot be read:”
    pub unreadable: Template,
    /// “must not be empty”
    pub blank: Template,
    /// “is {chars} characters long (at most {max})”
    pub too_long: Template,
    /// “has {entries} entries (at most {max})”
    pub too_many: Template,
    /// “is empty; the other language is shown”
    pub empty_translation: Template,
    /// ““{value}” is not an identifier (lowercase letters, digits and hyphe…”
    pub not_a_slug: Template,
    /// ““{value}” is not a #rrggbb colour”
    pub not_a_colour: Template,
    /// ““{value}” is not a YYYY-MM-DD date”
    pub not_a_date: Template,
    /// ““{value}” is not an INSEE region code (two or three digits)”
    pub not_a_region_code: Template,
    /// ““{value}” is not an http(s) address”
    pub not_http: Template,
    /// ““{value}” is not an http(s) address, so it is not shown as a link”
    pub not_a_link: Template,
    /// ““{value}” is not a mailto: or http(s) address”
    pub not_a_contact: Template,
    /// ““{value}” is listed twice”
    pub listed_twice: Template,
    /// A record without a sector or a region.
    pub no_code: ByCode,
    /// A sector or region the vocabulary lacks.
    pub unknown_code: ByCode,
    /// A sector or region listed twice in a record.
    pub code_listed_twice: ByCode,
    /// “unknown source ids: {ids}”
    pub unknown_sources: Plural,
    /// “the sector vocabulary is empty”
    pub no_sectors: Template,
    /// “the region list is empty”
    pub no_regions: Template,
    /// “the dataset has no clusters”
    pub no_clusters: Template,
    /// “latitude {lat} is out of range (−90 to 90)”
    pub latitude_out_of_range: Template,
    /// “longitude {lon} is out of range (−180 to 180)”
    pub longitude_out_of_range: Template,
    /// “({lat}, {lon}) lies outside the cluster’s regions ({regions})”
    pub outside_regions: Template,
    /// “the id is already used by clusters[{index}]”
    pub duplicate_id: Template,
    /// “a current cluster cannot have a successor”
    pub current_with_successor: Template,
    /// ““{id}” is not the id of a cluster”
    pub unknown_successor: Template,
    /// ““{id}” leads back to this cluster (a cycle of successors)”
    pub successor_cycle: Template,
    /// ““{id}” is left out because of its own errors; this cluster is shown…”
    pub successor_left_out: Template,
    /// “the period ends ({until}) before it starts ({from})”
    pub ends_before_start: Template,
    /// “overlaps labels.periods[{index}]”
    pub periods_overlap: Template,
    /// “{date} is after the dataset’s update ({updated})”
    pub date_after_update: Template,
    /// “a merger or an absorption must name the other cluster”
    pub event_without_other: Template,
    /// ““{id}” is not the id of a cluster; the event is shown without the link”
    pub unknown_event_other: Template,
    /// “must cite at least one source”
    pub no_sources: Template,
    /// “ends the label inside labels.periods[{index}]”
    pub ends_inside_period: Template,
    /// A `status` the periods contradict on the update day.
    pub status_contradicts_periods: StatusContradiction,
    /// “names “{other_id}”, but the cluster’s successor is “{successor}””
    pub event_contradicts_successor: Template,
    /// “the successor “{id}” holds no label on {day}, the day after this cl…”
    pub successor_labelled_late: Template,
    /// “checked {checked}, after the dataset’s update ({updated})”
    pub checked_after_update: Template,
    /// “checked {checked}, more than 12 months before the dataset’s update…”
    pub stale: Template,
}

/// A message about a coded value: a sector id or a region code.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByCode {
    /// About a sector.
    pub sector: Template,
    /// About a region.
    pub region: Template,
}

/// A record's `status` against what its periods say on the dataset's update day.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusContradiction {
    /// “says “historical”, but the periods keep the label on the day of the…”
    pub says_historical: Template,
    /// “says “current”, but the periods and events end the label by the day…”
    pub says_current: Template,
}

/// A JSON value's kind, with its article, in `not_an_object` messages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonKinds {
    /// “an array”
    pub array: Template,
    /// “a string”
    pub string: Template,
    /// “a number”
    pub number: Template,
    /// “a boolean”
    pub boolean: Template,
    /// “null”
    pub null: Template,
}

/// One message per `LoadError` of the model (the alert's `{error}`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoadErrors {
    /// “the file is empty.”
    pub empty: Template,
    /// “the file is not valid UTF-8 text (byte {byte}).”
    pub not_utf8: Template,
    /// “the top level must be a JSON object, not {found}.”
    pub not_an_object: Template,
    /// “invalid JSON at line {line}, column {column}:”
    pub syntax: Template,
    /// “not in the dataset format at line {line}, column {column}:”, with or without a field
    pub format: Fielded,
    /// “it is in format version {version}, and this app reads version {supp…”
    pub unsupported_version: Template,
}
