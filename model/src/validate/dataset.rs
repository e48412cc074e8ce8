//! The dataset-level rules: the sector vocabulary, the regions, the sources and channels.

use std::collections::HashSet;

use serde_json::value::RawValue;

use super::{is_hex_colour, is_iso_date, is_slug, quoted, Checker, Issue, IssueKind};
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

    fn dataset_issue(&mut self, field: impl Into<String>, kind: IssueKind) {
        self.issues.push(Issue::dataset(field, kind));
    }

    /// Records the dataset-level issues of the vocabulary, regions and sources.
    fn with_vocabulary_of(mut self, raw: &'a Dataset<&'a RawValue>) -> Self {
        let mut seen = HashSet::new();
        for (i, sector) in raw.sectors.iter().enumerate() {
            let field = format!("sectors[{i}].id");
            let value = quoted(&sector.id);
            if !is_slug(&sector.id) {
                self.dataset_issue(field, IssueKind::NotASlug { value });
            } else if !seen.insert(&sector.id) {
                self.dataset_issue(field, IssueKind::ListedTwice { value });
            }
            if !is_hex_colour(&sector.color) {
                let value = quoted(&sector.color);
                self.dataset_issue(
                    format!("sectors[{i}].color"),
                    IssueKind::NotAColour { value },
                );
            }
        }
        let sources = raw.sources.iter().enumerate();
        let sources =
            sources.filter_map(|(i, s)| Some((format!("sources[{i}].url"), s.url.as_deref()?)));
        let channels = raw.channels.iter().enumerate();
        let channels = channels.map(|(i, c)| (format!("channels[{i}].url"), c.url.as_str()));
        let agencies = raw.regions.iter().enumerate().filter_map(|(i, r)| {
            Some((
                format!("regions[{i}].agency.url"),
                r.agency.as_ref()?.url.as_str(),
            ))
        });
        for (field, url) in sources.chain(channels).chain(agencies) {
            if !is_http_url(url) {
                let value = quoted(url);
                self.dataset_issue(field, IssueKind::NotALink { value });
            }
        }
        let region_codes = raw.regions.iter().map(|r| r.code.as_str());
        let source_ids = raw.sources.iter().map(|s| s.id.as_str());
        for (field, codes) in [
            ("regions", region_codes.collect::<Vec<_>>()),
            ("sources", source_ids.collect()),
        ] {
            let mut seen = HashSet::new();
            for (i, code) in codes.into_iter().enumerate() {
                if !seen.insert(code) {
                    let value = quoted(code);
                    self.dataset_issue(format!("{field}[{i}]"), IssueKind::ListedTwice { value });
                }
            }
        }
        if !is_iso_date(&raw.updated) {
            let value = quoted(&raw.updated);
            self.dataset_issue("updated", IssueKind::NotADate { value });
        }
        if self.sectors.is_empty() {
            self.dataset_issue("sectors", IssueKind::NoSectors);
        }
        if self.regions.is_empty() {
            self.dataset_issue("regions", IssueKind::NoRegions);
        }
        self
    }
}
