//! The rules of a single record.

use std::collections::HashSet;
use std::fmt::Display;
use std::hash::Hash;

use super::timeline::check_timeline;
use super::{
    is_iso_date, is_slug, quoted, Checker, Code, Issue, IssueKind, RecordRef, Severity,
    BBOX_MARGIN_DEG, MAX_DESCRIPTION_CHARS, MAX_LIST_LEN, MAX_NAME_CHARS, MAX_URL_CHARS,
    STALE_AFTER_YEARS,
};
use crate::dataset::{is_contact_address, is_http_url, Cluster, Status};
use crate::ids::{RegionCode, SourceId};
use crate::timeline::Day;

/// The issues of one record, before they are known to be fatal.
pub(super) struct RecordIssues<'c, 'a> {
    pub(super) checker: &'c mut Checker<'a>,
    pub(super) record: RecordRef,
    pub(super) errors: usize,
}

impl RecordIssues<'_, '_> {
    pub(super) fn push(&mut self, field: impl Into<String>, kind: IssueKind) {
        if kind.severity() == Severity::Error {
            self.errors += 1;
        }
        self.checker.issues.push(Issue {
            record: Some(self.record.clone()),
            field: field.into(),
            kind,
        });
    }

    /// Checks a required short text: not blank, not absurdly long.
    pub(super) fn name(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(field, IssueKind::Blank);
        }
        self.length(field, value, MAX_NAME_CHARS);
    }

    fn length(&mut self, field: &str, value: &str, max: usize) {
        let chars = value.chars().count();
        if chars > max {
            self.push(field, IssueKind::TooLong { chars, max });
        }
    }

    /// Checks a list of short texts.
    fn names(&mut self, field: &str, values: &[String]) {
        self.list_len(field, values.len());
        for (i, value) in values.iter().enumerate() {
            self.name(&format!("{field}[{i}]"), value);
        }
    }

    pub(super) fn list_len(&mut self, field: &str, len: usize) {
        if len > MAX_LIST_LEN {
            let max = MAX_LIST_LEN;
            self.push(field, IssueKind::TooMany { len, max });
        }
    }

    /// Checks a list of source ids: not too long, each one listed by the dataset (a warning).
    pub(super) fn sources<'s>(&mut self, field: &str, ids: impl IntoIterator<Item = &'s SourceId>) {
        let ids: Vec<&SourceId> = ids.into_iter().collect();
        self.list_len(field, ids.len());
        let unknown: Vec<String> = (ids.into_iter())
            .filter(|id| !self.checker.sources.contains(id))
            .map(|id| quoted(id.as_str()))
            .collect();
        if !unknown.is_empty() {
            self.push(field, IssueKind::UnknownSources { ids: unknown });
        }
    }

    /// Checks an optional free text.
    pub(super) fn note(&mut self, field: &str, note: Option<&str>) {
        if let Some(note) = note {
            self.length(field, note, MAX_DESCRIPTION_CHARS);
        }
    }
}

/// The rules of a single record.
pub(super) fn check_record(record: &mut RecordIssues, cluster: &Cluster) {
    if !is_slug(cluster.id.as_str()) {
        let value = quoted(cluster.id.as_str());
        record.push("id", IssueKind::NotASlug { value });
    }
    record.name("name", &cluster.name);
    if let Some(short) = &cluster.short_name {
        record.name("short_name", short);
    }
    record.names("former_names", &cluster.former_names);
    if let Some(name) = &cluster.brochure_2006_name {
        record.name("brochure_2006_name", name);
    }
    if let Some(url) = cluster.website.as_deref() {
        record.length("website", url, MAX_URL_CHARS);
        if !is_http_url(url) {
            let value = quoted(url);
            record.push("website", IssueKind::NotHttp { value });
        }
    }
    if let Some(address) = cluster.contact.as_deref() {
        record.length("contact", address, MAX_URL_CHARS);
        if !is_contact_address(address) {
            let value = quoted(address);
            record.push("contact", IssueKind::NotAContact { value });
        }
    }
    record.name("hq.city", &cluster.hq.city);
    // Short optional texts.
    let short_texts = [
        ("hq.insee", &cluster.hq.insee),
        ("checked", &cluster.checked),
    ];
    for (field, text) in short_texts
        .into_iter()
        .filter_map(|(field, text)| Some((field, text.as_ref()?)))
    {
        record.length(field, text, MAX_NAME_CHARS);
    }
    check_coordinates(record, cluster);
    check_codes(record, Code::Sector, &cluster.sectors, |c, id| {
        c.sectors.contains(id)
    });
    check_codes(record, Code::Region, &cluster.regions, |c, code| {
        c.regions.contains_key(code)
    });
    for (lang, text) in [
        ("en", &cluster.description.en),
        ("fr", &cluster.description.fr),
    ] {
        let field = format!("description.{lang}");
        record.length(&field, text, MAX_DESCRIPTION_CHARS);
        if text.trim().is_empty() {
            record.push(field, IssueKind::EmptyTranslation);
        }
    }
    for (kind, names) in [
        ("enterprises", &cluster.members.enterprises),
        ("research", &cluster.members.research),
        ("training", &cluster.members.training),
    ] {
        record.names(&format!("members.{kind}"), names);
    }
    let count_source = cluster
        .member_count
        .as_ref()
        .and_then(|m| m.source.as_ref());
    record.sources("sources", cluster.sources.iter().chain(count_source));
    check_currency(record, cluster);
    let updated = record.checker.updated.and_then(Day::parse);
    check_timeline(record, cluster, updated);
    record.list_len("unverified", cluster.unverified.len());
    for (i, u) in cluster.unverified.iter().enumerate() {
        record.name(&format!("unverified[{i}].field"), &u.field);
        record.note(&format!("unverified[{i}].note"), u.note.as_deref());
    }
}

/// The date of check (optional in the format): a `YYYY-MM-DD` date, not after the dataset's
/// `updated` date, and for a current cluster not older than [`STALE_AFTER_YEARS`] before it
/// (warnings: the facts may still be right, a maintainer should look).
fn check_currency(record: &mut RecordIssues, cluster: &Cluster) {
    let current = cluster.status == Status::Current;
    let Some(checked) = cluster.checked.as_deref() else {
        return;
    };
    if !is_iso_date(checked) {
        let value = quoted(checked);
        record.push("checked", IssueKind::NotADate { value });
        return;
    }
    let Some(updated) = record.checker.updated else {
        return;
    };
    let dates = || (checked.to_owned(), updated.to_owned());
    if checked > updated {
        let (checked, updated) = dates();
        record.push(
            "checked",
            IssueKind::CheckedAfterUpdate { checked, updated },
        );
    } else if current && checked < years_before(updated, STALE_AFTER_YEARS).as_str() {
        let (checked, updated) = dates();
        record.push("checked", IssueKind::Stale { checked, updated });
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
        record.push("hq.lat", IssueKind::LatitudeOutOfRange { lat });
        return;
    }
    if !(-180.0..=180.0).contains(&lon) {
        record.push("hq.lon", IssueKind::LongitudeOutOfRange { lon });
        return;
    }
    // The regions of the record that the dataset has, with their boxes.
    let known: Vec<(&RegionCode, [f64; 4])> = cluster
        .regions
        .iter()
        .filter_map(|code| Some((code, *record.checker.regions.get(code)?)))
        .collect();
    let inside = |[w, s, e, n]: [f64; 4]| {
        (s - BBOX_MARGIN_DEG..=n + BBOX_MARGIN_DEG).contains(&lat)
            && (w - BBOX_MARGIN_DEG..=e + BBOX_MARGIN_DEG).contains(&lon)
    };
    if !known.is_empty() && !known.iter().any(|(_, bbox)| inside(*bbox)) {
        let regions = known
            .iter()
            .map(|(code, _)| quoted(code.as_str()))
            .collect();
        record.push("hq", IssueKind::OutsideRegions { lat, lon, regions });
    }
}

/// Checks a non-empty list of codes without duplicates, each `known` to the dataset.
fn check_codes<K: Eq + Hash + Display>(
    record: &mut RecordIssues,
    code: Code,
    codes: &[K],
    known: impl Fn(&Checker, &K) -> bool,
) {
    let field = match code {
        Code::Sector => "sectors",
        Code::Region => "regions",
    };
    if codes.is_empty() {
        record.push(field, IssueKind::NoCode { code });
    }
    record.list_len(field, codes.len());
    let mut seen = HashSet::new();
    for (i, value) in codes.iter().enumerate() {
        let kind = if !known(record.checker, value) {
            let value = quoted(&value.to_string());
            IssueKind::UnknownCode { code, value }
        } else if !seen.insert(value) {
            let value = quoted(&value.to_string());
            IssueKind::CodeListedTwice { code, value }
        } else {
            continue;
        };
        record.push(format!("{field}[{i}]"), kind);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    /// The warnings about `checked` when the three records of the minimal dataset (two current,
    /// one historical; updated 2026-01-15) carry these dates.
    fn checked_warnings(dates: [Option<&str>; 3]) -> Vec<(String, IssueKind)> {
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
            .map(|i| (i.record.unwrap().id.unwrap(), i.kind))
            .collect()
    }

    #[test]
    fn checked_dates_warn_when_stale_future_or_malformed() {
        let dates = |checked: &str| (checked.to_owned(), "2026-01-15".to_owned());
        assert!(checked_warnings([None, None, None]).is_empty(), "optional");
        assert!(checked_warnings([Some("2025-01-15"), Some("2026-01-15"), None]).is_empty());
        let stale = checked_warnings([Some("2024-12-31"), Some("2026-01-01"), Some("2010-05-11")]);
        let (checked, updated) = dates("2024-12-31");
        // Only the current record is stale.
        assert_eq!(
            stale,
            [("alpha".to_owned(), IssueKind::Stale { checked, updated })]
        );
        let odd = checked_warnings([Some("2026-02-01"), Some("last week"), None]);
        let (checked, updated) = dates("2026-02-01");
        let value = "last week".to_owned();
        assert_eq!(
            odd,
            [
                (
                    "alpha".to_owned(),
                    IssueKind::CheckedAfterUpdate { checked, updated }
                ),
                ("beta".to_owned(), IssueKind::NotADate { value })
            ]
        );
    }

    #[test]
    fn a_year_before() {
        assert_eq!(years_before("2026-11-27", 1), "2025-11-27");
        assert!("2025-11-26" < years_before("2026-11-27", 1).as_str());
        assert!("2025-11-27" >= years_before("2026-11-27", 1).as_str());
    }
}
