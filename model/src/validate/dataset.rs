//! The dataset-level rules: the sector vocabulary, the regions, the sources and channels.

use std::collections::HashSet;

use serde_json::value::RawValue;

use super::issue::dataset_issue;
use super::{is_hex_colour, is_iso_date, is_slug, truncate, Checker, Issue, Severity};
use crate::dataset::{is_http_url, Dataset};

impl<'a> Checker<'a> {
    pub(super) fn new(raw: &'a Dataset<&'a RawValue>, issues: &'a mut Vec<Issue>) -> Self {
        Checker {
            sectors: raw.sectors.iter().map(|s| s.id.as_str()).collect(),
            regions: raw
                .regions
                .iter()
                .map(|r| (r.code.as_str(), r.bbox))
                .collect(),
            sources: raw.sources.iter().map(|s| s.id.as_str()).collect(),
            updated: Some(raw.updated.as_str()).filter(|d| is_iso_date(d)),
            issues,
        }
        .with_vocabulary_of(raw)
    }

    /// Records the dataset-level issues of the vocabulary, regions and sources.
    fn with_vocabulary_of(self, raw: &'a Dataset<&'a RawValue>) -> Self {
        let mut seen = HashSet::new();
        for (i, sector) in raw.sectors.iter().enumerate() {
            if !is_slug(&sector.id) || !seen.insert(&sector.id) {
                self.issues.push(dataset_issue(
                    Severity::Error,
                    &format!("sectors[{i}].id"),
                    format!(
                        "\"{}\" is not a unique lowercase slug",
                        truncate(&sector.id, 80)
                    ),
                ));
            }
            if !is_hex_colour(&sector.color) {
                self.issues.push(dataset_issue(
                    Severity::Error,
                    &format!("sectors[{i}].color"),
                    format!(
                        "\"{}\" is not a #rrggbb colour",
                        truncate(&sector.color, 80)
                    ),
                ));
            }
        }
        for (i, source) in raw.sources.iter().enumerate() {
            if let Some(url) = source.url.as_deref().filter(|u| !is_http_url(u)) {
                self.issues.push(dataset_issue(
                    Severity::Warning,
                    &format!("sources[{i}].url"),
                    format!(
                        "\"{}\" is not an http(s) address; it will not be a link",
                        truncate(url, 80)
                    ),
                ));
            }
        }
        let channels = raw
            .channels
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("channels[{i}].url"), c));
        let agencies =
            raw.regions.iter().enumerate().filter_map(|(i, r)| {
                Some((format!("regions[{i}].agency.url"), r.agency.as_ref()?))
            });
        for (field, channel) in channels.chain(agencies) {
            if !is_http_url(&channel.url) {
                self.issues.push(dataset_issue(
                    Severity::Warning,
                    &field,
                    format!(
                        "\"{}\" is not an http(s) address; it will not be a link",
                        truncate(&channel.url, 80)
                    ),
                ));
            }
        }
        for (field, codes) in [
            (
                "regions",
                raw.regions
                    .iter()
                    .map(|r| r.code.as_str())
                    .collect::<Vec<_>>(),
            ),
            (
                "sources",
                raw.sources.iter().map(|s| s.id.as_str()).collect(),
            ),
        ] {
            let mut seen = HashSet::new();
            for (i, code) in codes.into_iter().enumerate() {
                if !seen.insert(code) {
                    self.issues.push(dataset_issue(
                        Severity::Error,
                        &format!("{field}[{i}]"),
                        format!("\"{}\" is listed twice", truncate(code, 80)),
                    ));
                }
            }
        }
        if !is_iso_date(&raw.updated) {
            self.issues.push(dataset_issue(
                Severity::Warning,
                "updated",
                format!(
                    "\"{}\" is not a YYYY-MM-DD date",
                    truncate(&raw.updated, 80)
                ),
            ));
        }
        if self.sectors.is_empty() {
            self.issues.push(dataset_issue(
                Severity::Error,
                "sectors",
                "the sector vocabulary is empty",
            ));
        }
        if self.regions.is_empty() {
            self.issues.push(dataset_issue(
                Severity::Error,
                "regions",
                "the region list is empty",
            ));
        }
        self
    }
}
