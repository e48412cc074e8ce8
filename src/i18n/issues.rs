//! The dataset's issues and load errors in the interface's language, from the catalogue's
//! `issues` group: an exhaustive `match` over the model's kinds, so that a new kind does not
//! compile until it has its message.

use poles_model::catalogue::{fill, Language};
use poles_model::format::format_decimal;
use poles_model::validate::{Code, IssueKind, JsonKind, RecordRef};
use poles_model::LoadError;

use super::Texts;

impl Texts {
    /// A decimal number with the language's decimal mark (`48.39`, `48,39`).
    fn decimal(&self, x: f64) -> String {
        let text = format_decimal(poles_model::Lang::En, x);
        match self.lang {
            Language::En | Language::Ja | Language::Zh => text,
            Language::Fr | Language::De | Language::Es | Language::It => text.replace('.', ","),
        }
    }

    fn json_kind(&self, kind: JsonKind) -> &'static str {
        match kind {
            JsonKind::Array => self.issues_json_kinds_array(),
            JsonKind::String => self.issues_json_kinds_string(),
            JsonKind::Number => self.issues_json_kinds_number(),
            JsonKind::Boolean => self.issues_json_kinds_boolean(),
            JsonKind::Null => self.issues_json_kinds_null(),
        }
    }

    /// What is wrong with a dataset (after its place).
    pub fn issue(&self, kind: &IssueKind) -> String {
        use IssueKind::*;
        let count = |n: usize| self.count(n);
        let by_code = |code: &Code, sector: &'static str, region: &'static str| match code {
            Code::Sector => sector,
            Code::Region => region,
        };
        let one = |template: &str, key: &str, value: &str| fill(template, &[(key, value)]);
        match kind {
            ByteOrderMark => self.issues_kinds_byte_order_mark().to_owned(),
            NotAnObject { found } => one(
                self.issues_kinds_not_an_object_tpl(),
                "found",
                self.json_kind(*found),
            ),
            Unreadable { .. } => self.issues_kinds_unreadable().to_owned(),
            Blank => self.issues_kinds_blank().to_owned(),
            TooLong { chars, max } => fill(
                self.issues_kinds_too_long_tpl(),
                &[("chars", &count(*chars)), ("max", &count(*max))],
            ),
            TooMany { len, max } => fill(
                self.issues_kinds_too_many_tpl(),
                &[("entries", &count(*len)), ("max", &count(*max))],
            ),
            EmptyTranslation => self.issues_kinds_empty_translation().to_owned(),
            NotASlug { value } => one(self.issues_kinds_not_a_slug_tpl(), "value", value),
            NotAColour { value } => one(self.issues_kinds_not_a_colour_tpl(), "value", value),
            NotADate { value } => one(self.issues_kinds_not_a_date_tpl(), "value", value),
            NotARegionCode { value } => {
                one(self.issues_kinds_not_a_region_code_tpl(), "value", value)
            }
            NotHttp { value } => one(self.issues_kinds_not_http_tpl(), "value", value),
            NotALink { value } => one(self.issues_kinds_not_a_link_tpl(), "value", value),
            NotAContact { value } => one(self.issues_kinds_not_a_contact_tpl(), "value", value),
            ListedTwice { value } => one(self.issues_kinds_listed_twice_tpl(), "value", value),
            NoCode { code } => by_code(
                code,
                self.issues_kinds_no_code_sector(),
                self.issues_kinds_no_code_region(),
            )
            .to_owned(),
            UnknownCode { code, value } => one(
                by_code(
                    code,
                    self.issues_kinds_unknown_code_sector_tpl(),
                    self.issues_kinds_unknown_code_region_tpl(),
                ),
                "value",
                value,
            ),
            CodeListedTwice { code, value } => one(
                by_code(
                    code,
                    self.issues_kinds_code_listed_twice_sector_tpl(),
                    self.issues_kinds_code_listed_twice_region_tpl(),
                ),
                "value",
                value,
            ),
            UnknownSources { ids } => {
                let forms = self.issues_kinds_unknown_sources_forms();
                one(
                    forms.pick(self.lang, ids.len() as u64),
                    "ids",
                    &ids.join(", "),
                )
            }
            NoSectors => self.issues_kinds_no_sectors().to_owned(),
            NoRegions => self.issues_kinds_no_regions().to_owned(),
            NoClusters => self.issues_kinds_no_clusters().to_owned(),
            LatitudeOutOfRange { lat } => one(
                self.issues_kinds_latitude_out_of_range_tpl(),
                "lat",
                &self.decimal(*lat),
            ),
            LongitudeOutOfRange { lon } => one(
                self.issues_kinds_longitude_out_of_range_tpl(),
                "lon",
                &self.decimal(*lon),
            ),
            OutsideRegions { lat, lon, regions } => fill(
                self.issues_kinds_outside_regions_tpl(),
                &[
                    ("lat", &self.decimal(*lat)),
                    ("lon", &self.decimal(*lon)),
                    ("regions", &regions.join(", ")),
                ],
            ),
            DuplicateId { first } => one(
                self.issues_kinds_duplicate_id_tpl(),
                "index",
                &first.to_string(),
            ),
            CurrentWithSuccessor => self.issues_kinds_current_with_successor().to_owned(),
            UnknownSuccessor { id } => one(self.issues_kinds_unknown_successor_tpl(), "id", id),
            SuccessorCycle { id } => one(self.issues_kinds_successor_cycle_tpl(), "id", id),
            SuccessorLeftOut { id } => one(self.issues_kinds_successor_left_out_tpl(), "id", id),
            EndsBeforeStart { from, until } => fill(
                self.issues_kinds_ends_before_start_tpl(),
                &[("from", from), ("until", until)],
            ),
            PeriodsOverlap { other } => one(
                self.issues_kinds_periods_overlap_tpl(),
                "index",
                &other.to_string(),
            ),
            DateAfterUpdate { date, updated } => fill(
                self.issues_kinds_date_after_update_tpl(),
                &[("date", date), ("updated", updated)],
            ),
            EventWithoutOther => self.issues_kinds_event_without_other().to_owned(),
            UnknownEventOther { id } => one(self.issues_kinds_unknown_event_other_tpl(), "id", id),
            NoSources => self.issues_kinds_no_sources().to_owned(),
            EndsInsidePeriod { period } => one(
                self.issues_kinds_ends_inside_period_tpl(),
                "index",
                &period.to_string(),
            ),
            StatusContradictsPeriods { current: true } => {
                (self.issues_kinds_status_contradicts_periods_says_historical()).to_owned()
            }
            StatusContradictsPeriods { current: false } => {
                (self.issues_kinds_status_contradicts_periods_says_current()).to_owned()
            }
            EventContradictsSuccessor { other, successor } => fill(
                self.issues_kinds_event_contradicts_successor_tpl(),
                &[("other_id", other), ("successor", successor)],
            ),
            SuccessorLabelledLate { id, day } => fill(
                self.issues_kinds_successor_labelled_late_tpl(),
                &[("id", id), ("day", day)],
            ),
            CheckedAfterUpdate { checked, updated } => fill(
                self.issues_kinds_checked_after_update_tpl(),
                &[("checked", checked), ("updated", updated)],
            ),
            Stale { checked, updated } => fill(
                self.issues_kinds_stale_tpl(),
                &[("checked", checked), ("updated", updated)],
            ),
        }
    }

    /// One issue's line: where (the record and its id, the field) and what (`issue`).
    pub fn issue_line(&self, record: Option<&RecordRef>, field: &str, issue: &str) -> String {
        let record = match record {
            Some(RecordRef {
                index,
                id: Some(id),
            }) => fill(
                self.issue_place_record_with_id_tpl(),
                &[("index", &index.to_string()), ("id", id)],
            ),
            Some(RecordRef { index, id: None }) => fill(
                self.issue_place_record_without_id_tpl(),
                &[("index", &index.to_string())],
            ),
            None => self.issue_place_record_dataset().to_owned(),
        };
        match field {
            "" => fill(
                self.issue_place_line_without_field_tpl(),
                &[("record", &record), ("issue", issue)],
            ),
            field => fill(
                self.issue_place_line_with_field_tpl(),
                &[("record", &record), ("field", field), ("issue", issue)],
            ),
        }
    }

    /// Why a dataset file cannot be read.
    pub fn load_error(&self, error: &LoadError) -> String {
        let errors = |n: usize| n.to_string();
        match error {
            LoadError::Empty => self.issues_load_errors_empty().to_owned(),
            LoadError::NotUtf8 { byte_offset } => fill(
                self.issues_load_errors_not_utf8_tpl(),
                &[("byte", &self.count(*byte_offset))],
            ),
            LoadError::NotAnObject { found } => fill(
                self.issues_load_errors_not_an_object_tpl(),
                &[("found", self.json_kind(*found))],
            ),
            LoadError::Syntax { line, column, .. } => fill(
                self.issues_load_errors_syntax_tpl(),
                &[("line", &errors(*line)), ("column", &errors(*column))],
            ),
            LoadError::Format {
                line, column, path, ..
            } => {
                let (line, column) = (errors(*line), errors(*column));
                match path.as_str() {
                    "" => fill(
                        self.issues_load_errors_format_without_field_tpl(),
                        &[("line", &line), ("column", &column)],
                    ),
                    path => fill(
                        self.issues_load_errors_format_with_field_tpl(),
                        &[("line", &line), ("column", &column), ("field", path)],
                    ),
                }
            }
            LoadError::UnsupportedVersion(version) => fill(
                self.issues_load_errors_unsupported_version_tpl(),
                &[
                    ("version", &version.to_string()),
                    (
                        "supported",
                        &poles_model::dataset::SCHEMA_VERSION.to_string(),
                    ),
                ],
            ),
        }
    }
}
