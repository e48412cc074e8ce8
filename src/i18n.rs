//! Every piece of interface text, in the seven languages of the catalogue (`i18n/catalogue/`).
//!
//! A language is a list of strings at fixed positions (`cargo xtask catalogue` writes it from
//! the catalogue, see `xtask/src/catalogue.rs`): English is compiled in (`strings`, with an
//! accessor per message), the others are fetched once, when first shown, from
//! `i18n/{code}.json`. Components take their texts from [`Texts`], never from string literals
//! of their own: the plain messages through the generated accessors, the messages with
//! numbers, dates or choices through the methods here (plurals by CLDR's categories,
//! `poles_model::catalogue::category`; numbers with the language's digit grouping; dates with
//! the catalogue's `dates` group). The dataset's own texts are in English and French only:
//! [`Texts::data`] says which one a language shows, and whether it is a stand-in.

use std::sync::OnceLock;

use poles_model::catalogue::{
    fill, group_digits, DateWords, Forms, Language, Sentences, TimelineWords,
};
use poles_model::dataset::{Field2006, Qualifier};
use poles_model::regions::MemberTotal;
use poles_model::{Localized, Region, Sector};

mod issues;
mod map_image;
mod strings;
mod switch;
#[cfg(test)]
mod tests;

pub use strings::NAMES;
pub use switch::follow;

/// The interface texts of one language: a list of the catalogue's strings, English compiled in,
/// the others fetched once and kept for the page's life.
#[derive(Clone, Copy)]
pub struct Texts {
    /// The language the texts are in.
    pub lang: Language,
    s: &'static [&'static str; strings::COUNT],
}

/// A text of the dataset as a language shows it: in that language when the dataset has it,
/// else in English (`english`: the element says `lang="en"` and the reader's mark follows).
#[derive(Clone, Copy)]
pub struct DataText<'a> {
    pub text: &'a str,
    pub english: bool,
}

impl DataText<'_> {
    /// The element's `lang` attribute: `en` for a stand-in, none otherwise (the page's).
    pub fn lang(&self) -> Option<&'static str> {
        self.english.then_some("en")
    }
}

impl Texts {
    /// The English texts, compiled in (split from one string the first time).
    pub fn english() -> Texts {
        // A constant table built once, not state: every view reads the same.
        static ENGLISH: OnceLock<&'static [&'static str; strings::COUNT]> = OnceLock::new();
        let s = ENGLISH.get_or_init(|| {
            let list: Vec<&'static str> = strings::EN.split('\0').collect();
            let list: Box<[&'static str; strings::COUNT]> = (list.into_boxed_slice().try_into())
                .expect("the generated English list has COUNT strings");
            Box::leak(list)
        });
        Texts {
            lang: Language::En,
            s,
        }
    }

    /// The texts of `lang` from its list (`i18n/{code}.json`, read by `JSON.parse`): `None`
    /// when the list is not of this build (its fingerprint or length differ). The strings are
    /// kept for the page's life (each language is fetched at most once: `View`'s cache).
    pub fn from_list(lang: Language, list: Vec<String>) -> Option<Texts> {
        if list.len() != strings::COUNT || list[0] != strings::FINGERPRINT {
            return None;
        }
        let list: Vec<&'static str> = (list.into_iter())
            .map(|text| &*Box::leak(text.into_boxed_str()))
            .collect();
        let s: Box<[&'static str; strings::COUNT]> = list.into_boxed_slice().try_into().ok()?;
        Some(Texts {
            lang,
            s: Box::leak(s),
        })
    }

    fn forms(&self, at: usize) -> Forms<'static> {
        Forms(std::array::from_fn(|k| self.s[at + k]))
    }

    /// `n` with the language's digit grouping (`1,234`, `1 234`, `1.234`).
    pub fn count(&self, n: usize) -> String {
        group_digits(self.lang, n as u64)
    }

    /// The form of a plural for `n`, `{n}` filled.
    fn counted(&self, forms: Forms, n: usize) -> String {
        forms.fill(self.lang, n as u64, &[])
    }

    /// How the language writes dates.
    pub fn dates(&self) -> DateWords<'static> {
        DateWords {
            months: self.dates_months().try_into().unwrap_or([""; 12]),
            long: self.dates_long_tpl(),
            day_one: self.dates_day_one(),
            month_year: self.dates_month_year_tpl(),
            when: [
                self.dates_when_day_tpl(),
                self.dates_when_month_tpl(),
                self.dates_when_year_tpl(),
            ],
            since: [
                self.dates_since_day_tpl(),
                self.dates_since_month_tpl(),
                self.dates_since_year_tpl(),
            ],
        }
    }

    /// The timeline's sentences (the card's history and standing, the map's notice).
    pub fn sentences(&self) -> Sentences<'static> {
        Sentences {
            language: self.lang,
            dates: self.dates(),
            timeline: TimelineWords {
                events: [
                    self.timeline_event_labelled_tpl(),
                    self.timeline_event_renamed_tpl(),
                    self.timeline_event_merged_into_tpl(),
                    self.timeline_event_merged_from_tpl(),
                    self.timeline_event_absorbed_by_tpl(),
                    self.timeline_event_absorbed_tpl(),
                    self.timeline_event_de_labelled_tpl(),
                    self.timeline_event_dissolved_tpl(),
                    self.timeline_event_relabelled_tpl(),
                    self.timeline_event_lapsed_tpl(),
                    self.timeline_event_passed_on_tpl(),
                ],
                period_kinds: [
                    self.timeline_period_kind_conditional(),
                    self.timeline_period_kind_probation(),
                    self.timeline_period_kind_one_year(),
                    self.timeline_period_kind_two_year(),
                    self.timeline_period_kind_extended(),
                ],
                period: [
                    self.timeline_period_full_tpl(),
                    self.timeline_period_with_kind_tpl(),
                ],
                labelled: [
                    self.timeline_standing_labelled_full_tpl(),
                    self.timeline_standing_labelled_with_kind_tpl(),
                    self.timeline_standing_labelled_undated(),
                ],
                unconfirmed: [
                    self.timeline_standing_unconfirmed_full_tpl(),
                    self.timeline_standing_unconfirmed_with_kind_tpl(),
                ],
                ended: self.timeline_standing_ended(),
                not_yet: self.timeline_standing_not_yet_tpl(),
                notice: self.timeline_unconfirmed_notice_forms(),
            },
        }
    }

    /// A text of the dataset in this language, or in English for want of it.
    pub fn data<'a>(&self, text: &'a Localized) -> DataText<'a> {
        let lang = self.lang.text_lang();
        DataText {
            text: text.get(lang),
            english: self.lang.as_lang().is_none(),
        }
    }

    /// A sector's full name: the dataset's in English and French, else the catalogue's for the
    /// sectors it knows (the dataset's English for others).
    pub fn sector_label<'a>(&self, sector: &'a Sector) -> &'a str {
        match (self.lang.as_lang(), self.data_sector(sector.id.as_str())) {
            (None, Some((label, _))) => label,
            _ => sector.label.get(self.lang.text_lang()),
        }
    }

    /// A sector's short name (chips, the legend, the table's columns).
    pub fn sector_short<'a>(&self, sector: &'a Sector) -> &'a str {
        match (self.lang.as_lang(), self.data_sector(sector.id.as_str())) {
            (None, Some((_, short))) => short,
            _ => sector.short(self.lang.text_lang()),
        }
    }

    /// A region's name: the dataset's (the official French name) in English and French, else
    /// the catalogue's for the regions it knows.
    pub fn region_name<'a>(&self, region: &'a Region) -> &'a str {
        match (self.lang.as_lang(), self.data_region(region.code.as_str())) {
            (None, Some(name)) => name,
            _ => &region.name,
        }
    }

    /// The mark after a text of the dataset shown in English (“(in English)”).
    pub fn in_english(&self) -> &'static str {
        self.data_in_english()
    }

    /// The document's title on the atlas.
    pub fn atlas_title(&self) -> &'static str {
        self.site_atlas_title()
    }

    pub fn http_error(&self, status: u16) -> String {
        fill(self.http_error_tpl(), &[("status", &status.to_string())])
    }

    pub fn not_data_error(&self, content_type: &str) -> String {
        fill(self.not_data_error_tpl(), &[("content_type", content_type)])
    }

    /// “The dataset file is not valid: {error}”.
    pub fn invalid_data(&self, error: &str) -> String {
        fill(self.invalid_data_tpl(), &[("error", error)])
    }

    pub fn skipped_records(&self, n: usize) -> String {
        self.counted(self.skipped_records_forms(), n)
    }

    /// Read after a chip's count by screen readers: "Health 7 clusters".
    pub fn chip_count_unit(&self, n: usize) -> &'static str {
        self.chip_count_unit_forms().pick(self.lang, n as u64)
    }

    pub fn clusters_shown(&self, n: usize) -> String {
        self.counted(self.clusters_shown_forms(), n)
    }

    pub fn show_more(&self, n: usize) -> String {
        self.counted(self.show_more_forms(), n)
    }

    /// "14 current clusters cover the region".
    pub fn profile_clusters(&self, n: usize) -> String {
        self.counted(self.profile_clusters_forms(), n)
    }

    /// The number of current clusters, and how many have their head office in the region.
    pub fn profile_current_value(&self, total: usize, here: usize) -> String {
        let total = self.count(total);
        let forms = self.profile_current_value_forms();
        forms.fill(self.lang, here as u64, &[("total", &total)])
    }

    /// The member counts the data states for a region's clusters, added up, out of how many
    /// clusters.
    pub fn profile_members_value(&self, members: &MemberTotal, of: usize) -> String {
        let MemberTotal {
            sum,
            stating,
            years,
            approximate,
        } = *members;
        if stating == 0 {
            return self.profile_members_value_none_stated().to_owned();
        }
        let years = match years {
            Some((first, last)) if first != last => fill(
                self.profile_members_value_year_range_tpl(),
                &[("first", &first.to_string()), ("last", &last.to_string())],
            ),
            Some((year, _)) => year.to_string(),
            None => String::new(),
        };
        let forms = if approximate {
            self.profile_members_value_approximate_forms()
        } else {
            self.profile_members_value_exact_forms()
        };
        let values = [
            ("sum", group_digits(self.lang, sum)),
            ("total", self.count(of)),
            ("years", years),
        ];
        let values = values.each_ref().map(|(k, v)| (*k, v.as_str()));
        forms.fill(self.lang, stating as u64, &values)
    }

    /// The region(s) with the most clusters, and that count.
    pub fn choropleth_most(&self, regions: &str, n: usize) -> String {
        let n = self.count(n);
        fill(
            self.choropleth_most_tpl(),
            &[("regions", regions), ("n", &n)],
        )
    }

    /// The most clusters a region has, and in how many regions (when more than three tie).
    pub fn choropleth_most_many(&self, most: usize, regions: usize) -> String {
        let (most, regions) = (self.count(most), self.count(regions));
        fill(
            self.choropleth_most_many_tpl(),
            &[("most", &most), ("regions", &regions)],
        )
    }

    /// A region's tooltip over the shading: "Occitanie — 3 clusters (Health)".
    pub fn region_tooltip(&self, region: &str, n: usize, sectors: &str) -> String {
        let (forms, values) = if sectors.is_empty() {
            (self.region_tooltip_without_sectors_forms(), vec![])
        } else {
            (
                self.region_tooltip_with_sectors_forms(),
                vec![("sectors", sectors)],
            )
        };
        let mut values = values;
        values.push(("region", region));
        forms.fill(self.lang, n as u64, &values)
    }

    pub fn sort_by(&self, column: &str) -> String {
        fill(self.sort_by_tpl(), &[("column", column)])
    }

    pub fn member_count(&self, n: usize, year: u16, qualifier: Option<Qualifier>) -> String {
        let forms = match qualifier {
            None => self.member_count_none_forms(),
            Some(Qualifier::About) => self.member_count_about_forms(),
            Some(Qualifier::Nearly) => self.member_count_nearly_forms(),
            Some(Qualifier::MoreThan) => self.member_count_more_than_forms(),
            Some(Qualifier::AtLeast) => self.member_count_at_least_forms(),
            Some(Qualifier::IncludingNetwork) => self.member_count_including_network_forms(),
        };
        forms.fill(self.lang, n as u64, &[("year", &year.to_string())])
    }

    /// When the card's facts were last checked, from a month such as "November 2026".
    pub fn facts_checked(&self, month: &str) -> String {
        fill(self.facts_checked_tpl(), &[("month", month)])
    }

    /// The top of the chart by year: "highest: 12".
    pub fn profile_by_year_most(&self, n: usize) -> String {
        fill(self.profile_by_year_most_tpl(), &[("n", &self.count(n))])
    }

    /// The slider at today: "Today (4 December 2026)".
    pub fn time_today(&self, date: &str) -> String {
        fill(self.time_today_tpl(), &[("date", date)])
    }

    pub fn data_updated(&self, title: &str, date: &str) -> String {
        fill(self.data_updated_tpl(), &[("title", title), ("date", date)])
    }

    pub fn about_today(&self, current: usize, historical: usize) -> String {
        let current = self.counted(self.about_today_current_forms(), current);
        let historical = self.counted(self.about_today_historical_forms(), historical);
        fill(
            self.about_today_sentence_tpl(),
            &[("current", &current), ("historical", &historical)],
        )
    }

    pub fn about_sources(&self, n: usize) -> String {
        fill(self.about_sources_tpl(), &[("n", &self.count(n))])
    }

    pub fn field_2006(&self, field: Field2006) -> &'static str {
        match field {
            Field2006::Transport => self.field_2006_transport(),
            Field2006::BiotechHealth => self.field_2006_biotech_health(),
            Field2006::ItImagesNetworks => self.field_2006_it_images_networks(),
            Field2006::BioAgronomics => self.field_2006_bio_agronomics(),
            Field2006::Chemicals => self.field_2006_chemicals(),
        }
    }
}
