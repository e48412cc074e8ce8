//! The dataset-level rules: the sector vocabulary, the regions, the sources and channels, and
//! the length of every text outside the records.

use std::collections::HashSet;

use super::{
    is_hex_colour, is_iso_date, is_region_code, is_slug, quoted, truncate, Checker, Issue,
    IssueKind, MAX_DESCRIPTION_CHARS, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_URL_CHARS,
};
use crate::dataset::{is_http_url, Channel, Dataset, Localized};

/// Every text of the dataset outside its records, with its path and longest length.
fn texts_mut<C>(dataset: &mut Dataset<C>) -> Vec<(String, &mut String, usize)> {
    fn localized<'a>(
        texts: &mut Vec<(String, &'a mut String, usize)>,
        field: String,
        text: &'a mut Localized,
        max: usize,
    ) {
        texts.push((format!("{field}.en"), &mut text.en, max));
        texts.push((format!("{field}.fr"), &mut text.fr, max));
    }
    fn channel<'a>(
        texts: &mut Vec<(String, &'a mut String, usize)>,
        field: String,
        channel: &'a mut Channel,
    ) {
        texts.push((format!("{field}.name"), &mut channel.name, MAX_NAME_CHARS));
        texts.push((format!("{field}.url"), &mut channel.url, MAX_URL_CHARS));
        if let Some(description) = &mut channel.description {
            let field = format!("{field}.description");
            localized(texts, field, description, MAX_DESCRIPTION_CHARS);
        }
        if let Some(unverified) = &mut channel.unverified {
            let field = format!("{field}.unverified");
            texts.push((field, unverified, MAX_DESCRIPTION_CHARS));
        }
    }
    let mut texts = Vec::new();
    localized(
        &mut texts,
        "title".into(),
        &mut dataset.title,
        MAX_NAME_CHARS,
    );
    texts.push(("updated".into(), &mut dataset.updated, MAX_NAME_CHARS));
    localized(
        &mut texts,
        "licence".into(),
        &mut dataset.licence,
        MAX_DESCRIPTION_CHARS,
    );
    for (i, sector) in dataset.sectors.iter_mut().enumerate() {
        localized(
            &mut texts,
            format!("sectors[{i}].label"),
            &mut sector.label,
            MAX_NAME_CHARS,
        );
        if let Some(short) = &mut sector.short_label {
            localized(
                &mut texts,
                format!("sectors[{i}].short_label"),
                short,
                MAX_NAME_CHARS,
            );
        }
    }
    for (i, region) in dataset.regions.iter_mut().enumerate() {
        texts.push((
            format!("regions[{i}].name"),
            &mut region.name,
            MAX_NAME_CHARS,
        ));
        if let Some(agency) = &mut region.agency {
            channel(&mut texts, format!("regions[{i}].agency"), agency);
        }
    }
    for (i, source) in dataset.sources.iter_mut().enumerate() {
        let field = |name: &str| format!("sources[{i}].{name}");
        texts.push((field("id"), source.id.text_mut(), MAX_ID_CHARS));
        texts.push((field("title"), &mut source.title, MAX_DESCRIPTION_CHARS));
        let optional = [
            ("url", &mut source.url, MAX_URL_CHARS),
            ("date", &mut source.date, MAX_NAME_CHARS),
            ("note", &mut source.note, MAX_DESCRIPTION_CHARS),
        ];
        for (name, text, max) in optional {
            if let Some(text) = text {
                texts.push((field(name), text, max));
            }
        }
    }
    for (i, milestone) in dataset.milestones.iter_mut().enumerate() {
        let field = format!("milestones[{i}].text");
        localized(
            &mut texts,
            field,
            &mut milestone.text,
            MAX_DESCRIPTION_CHARS,
        );
        for (j, id) in milestone.sources.iter_mut().enumerate() {
            texts.push((
                format!("milestones[{i}].sources[{j}]"),
                id.text_mut(),
                MAX_ID_CHARS,
            ));
        }
    }
    for (i, c) in dataset.channels.iter_mut().enumerate() {
        channel(&mut texts, format!("channels[{i}]"), c);
    }
    texts
}

/// Checks the length of every text outside the records. A text too long is an error, and is
/// cut to its limit, so that the app never shows megabytes of it (the dataset stays usable:
/// the records are checked on their own).
pub(super) fn check_texts<C>(dataset: &mut Dataset<C>, issues: &mut Vec<Issue>) {
    for (field, text, max) in texts_mut(dataset) {
        let chars = text.chars().count();
        if chars > max {
            issues.push(Issue::dataset(field, IssueKind::TooLong { chars, max }));
            *text = truncate(text, max);
        }
    }
}

impl<'a> Checker<'a> {
    pub(super) fn new<C>(dataset: &'a Dataset<C>, issues: &'a mut Vec<Issue>) -> Self {
        Checker {
            sectors: dataset.sectors.iter().map(|s| &s.id).collect(),
            regions: dataset.regions.iter().map(|r| (&r.code, r.bbox)).collect(),
            sources: dataset.sources.iter().map(|s| &s.id).collect(),
            updated: Some(dataset.updated.as_str()).filter(|d| is_iso_date(d)),
            issues,
        }
        .with_vocabulary_of(dataset)
    }

    fn dataset_issue(&mut self, field: impl Into<String>, kind: IssueKind) {
        self.issues.push(Issue::dataset(field, kind));
    }

    /// Records the dataset-level issues of the vocabulary, regions and sources.
    fn with_vocabulary_of<C>(mut self, dataset: &'a Dataset<C>) -> Self {
        let mut seen = HashSet::new();
        for (i, sector) in dataset.sectors.iter().enumerate() {
            let field = format!("sectors[{i}].id");
            let value = quoted(sector.id.as_str());
            if !is_slug(sector.id.as_str()) {
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
        for (i, region) in dataset.regions.iter().enumerate() {
            if !is_region_code(region.code.as_str()) {
                let value = quoted(region.code.as_str());
                self.dataset_issue(
                    format!("regions[{i}].code"),
                    IssueKind::NotARegionCode { value },
                );
            }
        }
        let sources = dataset.sources.iter().enumerate();
        let sources =
            sources.filter_map(|(i, s)| Some((format!("sources[{i}].url"), s.url.as_deref()?)));
        let channels = dataset.channels.iter().enumerate();
        let channels = channels.map(|(i, c)| (format!("channels[{i}].url"), c.url.as_str()));
        let agencies = dataset.regions.iter().enumerate().filter_map(|(i, r)| {
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
        let region_codes = dataset.regions.iter().map(|r| r.code.as_str());
        let source_ids = dataset.sources.iter().map(|s| s.id.as_str());
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
        if !is_iso_date(&dataset.updated) {
            let value = quoted(&dataset.updated);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    fn minimal() -> serde_json::Value {
        serde_json::from_str(include_str!("../../../tests/datasets/valid-minimal.json")).unwrap()
    }

    #[test]
    fn too_long_texts_outside_records_are_errors_and_cut() {
        let mut json = minimal();
        json["title"]["fr"] = "T".repeat(10_000).into();
        json["sources"][0]["note"] = "n".repeat(4001).into();
        json["regions"][1]["name"] = "Bretagne".into();
        json["channels"] = serde_json::json!([{
            "name": "Channel", "url": format!("https://example.org/{}", "x".repeat(3000)),
            "description": {"en": "d".repeat(5000), "fr": "Description"}
        }]);
        let loaded = load(json.to_string().as_bytes()).unwrap();
        let issues: Vec<(&str, &IssueKind)> = loaded
            .issues
            .iter()
            .map(|i| (i.field.as_str(), &i.kind))
            .collect();
        let too_long = |chars, max| IssueKind::TooLong { chars, max };
        assert_eq!(
            issues,
            [
                ("title.fr", &too_long(10_000, MAX_NAME_CHARS)),
                ("sources[0].note", &too_long(4001, MAX_DESCRIPTION_CHARS)),
                ("channels[0].url", &too_long(3020, MAX_URL_CHARS)),
                (
                    "channels[0].description.en",
                    &too_long(5000, MAX_DESCRIPTION_CHARS)
                ),
            ]
        );
        // Every record still loads; the texts are cut to their limit (and an ellipsis).
        assert_eq!(loaded.dataset.clusters.len(), 4);
        let dataset = &loaded.dataset;
        assert_eq!(dataset.title.fr.chars().count(), MAX_NAME_CHARS + 1);
        assert!(dataset.title.fr.ends_with('…'));
        assert_eq!(dataset.title.en, "Minimal test dataset");
        let description = dataset.channels[0].description.as_ref().unwrap();
        assert_eq!(description.en.chars().count(), MAX_DESCRIPTION_CHARS + 1);
        assert_eq!(description.fr, "Description");
    }

    /// The paths of the strings in `value`, as the issues write them.
    fn string_paths(value: &serde_json::Value, path: String, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(_) => out.push(path),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    string_paths(item, format!("{path}[{i}]"), out);
                }
            }
            serde_json::Value::Object(fields) => {
                for (key, item) in fields {
                    let path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    string_paths(item, path, out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_text_outside_records_has_a_limit() {
        // A dataset with every optional text present.
        let text = "x".repeat(5000);
        let localized = serde_json::json!({"en": text, "fr": text});
        let channel = serde_json::json!({
            "name": text, "url": text, "description": localized, "unverified": text
        });
        let mut json = minimal();
        json["title"] = localized.clone();
        json["sectors"][0]["short_label"] = localized.clone();
        json["regions"][0]["agency"] = channel.clone();
        json["sources"][0] = serde_json::json!({
            "id": "S1", "title": text, "url": text, "date": text, "note": text
        });
        json["milestones"] =
            serde_json::json!([{"date": "2005-07-12", "text": localized, "sources": ["S1"]}]);
        json["channels"] = serde_json::json!([channel]);
        json["clusters"] = serde_json::json!([]);
        let mut dataset: Dataset = serde_json::from_value(json).unwrap();
        // Every string but those a format rule checks (ids, colours, codes, dates) and `$schema`
        // (never shown) is in the list of texts with a limit.
        let mut strings = Vec::new();
        string_paths(
            &serde_json::to_value(&dataset).unwrap(),
            String::new(),
            &mut strings,
        );
        let checked_by_a_rule = |path: &str| {
            path == "$schema"
                || path.ends_with("].id") && path.starts_with("sectors[")
                || path.ends_with("].color")
                || path.ends_with("].code")
                || path.ends_with("].date") && path.starts_with("milestones[")
        };
        strings.retain(|path| !checked_by_a_rule(path));
        let mut limited: Vec<String> = texts_mut(&mut dataset).into_iter().map(|t| t.0).collect();
        strings.sort();
        limited.sort();
        assert_eq!(strings, limited);
        // Checking cuts each text to its limit.
        let mut issues = Vec::new();
        check_texts(&mut dataset, &mut issues);
        assert!(issues.len() > 15, "{issues:?}");
        for (field, text, max) in texts_mut(&mut dataset) {
            assert!(text.chars().count() <= max + 1, "{field}");
        }
    }

    #[test]
    fn region_codes_are_insee_codes() {
        let mut json = minimal();
        json["regions"][0]["code"] = "7600".into();
        let loaded = load(json.to_string().as_bytes()).unwrap();
        let kinds: Vec<_> = loaded.issues.iter().map(|i| (&i.field, &i.kind)).collect();
        let value = "7600".to_owned();
        assert_eq!(
            kinds[0],
            (
                &"regions[0].code".to_owned(),
                &IssueKind::NotARegionCode { value }
            )
        );
    }
}
