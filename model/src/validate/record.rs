//! The rules of a single record.

use std::collections::HashSet;

use super::{
    is_iso_date, is_slug, truncate, Checker, Issue, RecordRef, Severity, BBOX_MARGIN_DEG,
    MAX_DESCRIPTION_CHARS, MAX_LIST_LEN, MAX_NAME_CHARS, STALE_AFTER_YEARS,
};
use crate::dataset::{is_contact_address, is_http_url, Cluster, Status};

/// The issues of one record, before they are known to be fatal.
pub(super) struct RecordIssues<'c, 'a> {
    pub(super) checker: &'c mut Checker<'a>,
    pub(super) record: RecordRef,
    pub(super) errors: usize,
}

impl RecordIssues<'_, '_> {
    fn push(&mut self, severity: Severity, field: impl Into<String>, message: impl Into<String>) {
        if severity == Severity::Error {
            self.errors += 1;
        }
        self.checker.issues.push(Issue {
            severity,
            record: Some(self.record.clone()),
            field: field.into(),
            message: message.into(),
        });
    }

    pub(super) fn error(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Error, field, message);
    }

    fn warn(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.push(Severity::Warning, field, message);
    }

    /// Checks a required short text: not blank, not absurdly long.
    fn name(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.error(field, "must not be empty");
        }
        self.length(field, value, MAX_NAME_CHARS);
    }

    fn length(&mut self, field: &str, value: &str, max: usize) {
        let chars = value.chars().count();
        if chars > max {
            self.error(field, format!("is {chars} characters long (at most {max})"));
        }
    }

    /// Checks a list of short texts.
    fn names(&mut self, field: &str, values: &[String]) {
        self.list_len(field, values.len());
        for (i, value) in values.iter().enumerate() {
            self.name(&format!("{field}[{i}]"), value);
        }
    }

    fn list_len(&mut self, field: &str, len: usize) {
        if len > MAX_LIST_LEN {
            self.error(field, format!("has {len} entries (at most {MAX_LIST_LEN})"));
        }
    }
}

/// The rules of a single record.
pub(super) fn check_record(record: &mut RecordIssues, cluster: &Cluster) {
    if !is_slug(&cluster.id) {
        record.error(
            "id",
            format!(
                "\"{}\" is not a slug (lowercase letters, digits and hyphens, at most 80)",
                truncate(&cluster.id, 80)
            ),
        );
    }
    record.name("name", &cluster.name);
    if let Some(short) = &cluster.short_name {
        record.name("short_name", short);
    }
    record.names("former_names", &cluster.former_names);
    if let Some(name) = &cluster.brochure_2006_name {
        record.name("brochure_2006_name", name);
    }
    if let Some(url) = cluster.website.as_deref().filter(|u| !is_http_url(u)) {
        record.error(
            "website",
            format!("\"{}\" is not an http(s) address", truncate(url, 80)),
        );
    }
    if let Some(address) = cluster
        .contact
        .as_deref()
        .filter(|a| !is_contact_address(a))
    {
        record.error(
            "contact",
            format!(
                "\"{}\" is not a mailto: or http(s) address",
                truncate(address, 80)
            ),
        );
    }
    record.name("hq.city", &cluster.hq.city);
    check_coordinates(record, cluster);
    check_codes(
        record,
        "sectors",
        &cluster.sectors,
        |c, s| c.sectors.contains(s),
        "sector",
    );
    check_codes(
        record,
        "regions",
        &cluster.regions,
        |c, r| c.regions.contains_key(r),
        "region",
    );
    for (lang, text) in [
        ("en", &cluster.description.en),
        ("fr", &cluster.description.fr),
    ] {
        let field = format!("description.{lang}");
        record.length(&field, text, MAX_DESCRIPTION_CHARS);
        if text.trim().is_empty() {
            record.warn(field, "is empty; the other language is shown");
        }
    }
    for (kind, names) in [
        ("enterprises", &cluster.members.enterprises),
        ("research", &cluster.members.research),
        ("training", &cluster.members.training),
    ] {
        record.names(&format!("members.{kind}"), names);
    }
    record.list_len("sources", cluster.sources.len());
    let unknown_sources: Vec<&str> = cluster
        .sources
        .iter()
        .chain(
            cluster
                .member_count
                .as_ref()
                .and_then(|m| m.source.as_ref()),
        )
        .map(String::as_str)
        .filter(|s| !record.checker.sources.contains(s))
        .collect();
    if !unknown_sources.is_empty() {
        record.warn(
            "sources",
            format!("unknown source ids: {}", unknown_sources.join(", ")),
        );
    }
    check_currency(record, cluster);
    record.list_len("unverified", cluster.unverified.len());
    for (i, u) in cluster.unverified.iter().enumerate() {
        record.name(&format!("unverified[{i}].field"), &u.field);
        if let Some(note) = &u.note {
            record.length(
                &format!("unverified[{i}].note"),
                note,
                MAX_DESCRIPTION_CHARS,
            );
        }
    }
}

/// The date of check (optional in the format): a `YYYY-MM-DD` date, not after the dataset's `updated` date, and for a
/// current cluster not older than [`STALE_AFTER_YEARS`] before it (warnings: the facts may
/// still be right, a maintainer should look).
fn check_currency(record: &mut RecordIssues, cluster: &Cluster) {
    let current = cluster.status == Status::Current;
    let Some(checked) = cluster.checked.as_deref() else {
        return;
    };
    if !is_iso_date(checked) {
        record.warn(
            "checked",
            format!("\"{}\" is not a YYYY-MM-DD date", truncate(checked, 80)),
        );
        return;
    }
    let Some(updated) = record.checker.updated else {
        return;
    };
    if checked > updated {
        record.warn(
            "checked",
            format!("{checked} is after the dataset's `updated` date ({updated})"),
        );
    } else if current && checked < years_before(updated, STALE_AFTER_YEARS).as_str() {
        record.warn(
            "checked",
            format!("stale: checked {checked}, more than 12 months before the dataset's update ({updated})"),
        );
    }
}

/// The same day `years` years earlier, of a valid ISO date (lexically comparable with others).
fn years_before(date: &str, years: u32) -> String {
    let year: u32 = date[..4].parse().unwrap_or(0);
    format!("{:04}{}", year.saturating_sub(years), &date[4..])
}

fn check_coordinates(record: &mut RecordIssues, cluster: &Cluster) {
    let (lat, lon) = (cluster.hq.lat, cluster.hq.lon);
    if !(-90.0..=90.0).contains(&lat) {
        record.error(
            "hq.lat",
            format!("latitude {lat} is out of range (-90 to 90)"),
        );
        return;
    }
    if !(-180.0..=180.0).contains(&lon) {
        record.error(
            "hq.lon",
            format!("longitude {lon} is out of range (-180 to 180)"),
        );
        return;
    }
    let boxes: Vec<[f64; 4]> = cluster
        .regions
        .iter()
        .filter_map(|code| record.checker.regions.get(code.as_str()).copied())
        .collect();
    let inside = |[w, s, e, n]: [f64; 4]| {
        (s - BBOX_MARGIN_DEG..=n + BBOX_MARGIN_DEG).contains(&lat)
            && (w - BBOX_MARGIN_DEG..=e + BBOX_MARGIN_DEG).contains(&lon)
    };
    if !boxes.is_empty() && !boxes.into_iter().any(inside) {
        record.error(
            "hq",
            format!(
                "({lat}, {lon}) lies outside the cluster's regions ({})",
                cluster.regions.join(", ")
            ),
        );
    }
}

/// Checks a non-empty list of codes without duplicates, each known to the dataset.
fn check_codes(
    record: &mut RecordIssues,
    field: &str,
    codes: &[String],
    known: impl Fn(&Checker, &str) -> bool,
    what: &str,
) {
    if codes.is_empty() {
        record.error(field, format!("needs at least one {what}"));
    }
    record.list_len(field, codes.len());
    let mut seen = HashSet::new();
    for (i, code) in codes.iter().enumerate() {
        if !known(record.checker, code) {
            record.error(
                format!("{field}[{i}]"),
                format!("unknown {what} \"{}\"", truncate(code, 40)),
            );
        } else if !seen.insert(code) {
            record.error(
                format!("{field}[{i}]"),
                format!("{what} \"{code}\" is listed twice"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    /// The warnings about `checked` when the three records of the minimal dataset (two current,
    /// one historical; updated 2026-01-15) carry these dates.
    fn checked_warnings(dates: [Option<&str>; 3]) -> Vec<(String, String)> {
        let text = include_str!("../../../tests/datasets/valid-minimal.json");
        let mut json: serde_json::Value = serde_json::from_str(text).unwrap();
        for (record, date) in json["clusters"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .zip(dates)
        {
            if let Some(date) = date {
                record["checked"] = date.into();
            }
        }
        let loaded = load(json.to_string().as_bytes()).unwrap();
        assert!(!loaded.has_errors(), "{:?}", loaded.issues);
        loaded
            .issues
            .into_iter()
            .filter(|i| i.field == "checked")
            .map(|i| (i.record.unwrap().id.unwrap(), i.message))
            .collect()
    }

    #[test]
    fn checked_dates_warn_when_stale_future_or_malformed() {
        assert!(checked_warnings([None, None, None]).is_empty(), "optional");
        assert!(checked_warnings([Some("2025-01-15"), Some("2026-01-15"), None]).is_empty());
        let stale = checked_warnings([Some("2024-12-31"), Some("2026-01-01"), Some("2010-05-11")]);
        assert_eq!(
            stale.len(),
            1,
            "only the current record is stale: {stale:?}"
        );
        assert_eq!(stale[0].0, "alpha");
        assert!(
            stale[0].1.starts_with("stale: checked 2024-12-31"),
            "{}",
            stale[0].1
        );
        let odd = checked_warnings([Some("2026-02-01"), Some("last week"), None]);
        assert!(
            odd[0].1.contains("after the dataset's `updated` date"),
            "{odd:?}"
        );
        assert!(odd[1].1.contains("not a YYYY-MM-DD date"), "{odd:?}");
    }

    #[test]
    fn a_year_before() {
        assert_eq!(years_before("2026-11-27", 1), "2025-11-27");
        assert!("2025-11-26" < years_before("2026-11-27", 1).as_str());
        assert!("2025-11-27" >= years_before("2026-11-27", 1).as_str());
    }
}
