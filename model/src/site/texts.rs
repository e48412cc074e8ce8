//! The texts of the static pages in one language: the catalogue's `site` group, and what the
//! pages share with the app's card (member counts, dates, the timeline, the names of sectors
//! and regions, the dataset's texts with their "(in English)" mark), written with the same
//! functions as the app's `i18n` (`group_digits`, `Forms`, `DateWords`, `Sentences`).

use crate::catalogue::{group_digits, Catalogue, Language, Sentences, Site};
use crate::dataset::{Localized, Qualifier, Region, Sector};

/// A text of the dataset as a page shows it: in the page's language when the dataset has it,
/// else in English (`english`: its element says `lang="en"`, and the mark follows).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataText {
    pub text: String,
    /// The "(in English)" mark in the page's language, for a text shown in English in place
    /// of the page's language.
    pub english: Option<String>,
}

/// The texts of the pages in one language, read from its catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Texts<'a> {
    pub language: Language,
    pub catalogue: &'a Catalogue,
}

impl<'a> Texts<'a> {
    /// The texts of `catalogue`, which is in `language`.
    pub fn new(language: Language, catalogue: &'a Catalogue) -> Texts<'a> {
        Texts {
            language,
            catalogue,
        }
    }

    /// The `site` group.
    pub fn site(&self) -> &'a Site {
        &self.catalogue.site
    }

    /// The language's name in itself (“Deutsch”, 日本語).
    pub fn language_name(&self) -> &'a str {
        &self.catalogue.language.name
    }

    /// `n` with the language's digit grouping (`1,234`, `1 234`, `1.234`).
    pub fn count(&self, n: usize) -> String {
        group_digits(self.language, n as u64)
    }

    /// “about 1,200 members (2024)”: the card's message.
    pub fn member_count(&self, n: u32, year: u16, qualifier: Option<Qualifier>) -> String {
        let m = &self.catalogue.interface.member_count;
        let plural = match qualifier {
            None => &m.none,
            Some(Qualifier::About) => &m.about,
            Some(Qualifier::Nearly) => &m.nearly,
            Some(Qualifier::MoreThan) => &m.more_than,
            Some(Qualifier::AtLeast) => &m.at_least,
            Some(Qualifier::IncludingNetwork) => &m.including_network,
        };
        (plural.forms()).fill(self.language, n.into(), &[("year", &year.to_string())])
    }

    /// “Facts checked: November 2026”, from a `YYYY-MM-DD` text: the card's message.
    pub fn facts_checked(&self, iso: &str) -> String {
        let month = self.catalogue.dates.words().iso_month(iso);
        (self.catalogue.interface.facts_checked).fill(&[("month", &month)])
    }

    /// The timeline's sentences (a cluster's standing, its events and periods).
    pub fn sentences(&self) -> Sentences<'a> {
        Sentences {
            language: self.language,
            timeline: self.catalogue.timeline.words(),
            dates: self.catalogue.dates.words(),
        }
    }

    /// A text of the dataset in this language, or in English with the mark.
    pub fn data(&self, text: &Localized) -> DataText {
        DataText {
            text: text.get(self.language.text_lang()).to_owned(),
            english: (self.language.as_lang().is_none())
                .then(|| self.catalogue.data.in_english.as_str().to_owned()),
        }
    }

    /// A sector's full name: the dataset's in English and French, else the catalogue's for the
    /// sectors it knows (the dataset's English for others), as the app names it.
    pub fn sector_label(&self, sector: &'a Sector) -> &'a str {
        match (self.language.as_lang(), self.sector_names(sector)) {
            (None, Some(names)) => &names.label,
            _ => sector.label.get(self.language.text_lang()),
        }
    }

    /// A sector's short name.
    pub fn sector_short(&self, sector: &'a Sector) -> &'a str {
        match (self.language.as_lang(), self.sector_names(sector)) {
            (None, Some(names)) => &names.short,
            _ => sector.short(self.language.text_lang()),
        }
    }

    fn sector_names(&self, sector: &Sector) -> Option<&'a crate::catalogue::SectorName> {
        self.catalogue.data.sectors.get(sector.id.as_str())
    }

    /// A region's name: the dataset's (the official French name) in English and French, else
    /// the catalogue's for the regions it knows, as the app names it.
    pub fn region_name(&self, region: &'a Region) -> &'a str {
        let known = self.catalogue.data.regions.get(region.code.as_str());
        match (self.language.as_lang(), known) {
            (None, Some(name)) => name,
            _ => &region.name,
        }
    }

    /// What separates the names of a list: “, ”, or “、” in Japanese and Chinese.
    pub fn list_separator(&self) -> &str {
        self.catalogue.interface.list_separator.as_str()
    }

    /// “{region}: competitiveness clusters”.
    pub fn region_title(&self, region: &str) -> String {
        self.site().region_title.fill(&[("region", region)])
    }

    /// A region page's meta description: its `n` current clusters, `names`.
    pub fn region_description(&self, region: &str, n: usize, names: &[&str]) -> String {
        let names = names.join(self.list_separator());
        let values = [("region", region), ("names", names.as_str())];
        let description = &self.site().region_description;
        match n {
            0 => description.none.fill(&values),
            n => (description.some.forms()).fill(self.language, n as u64, &values),
        }
    }

    /// A region page's first sentence: its `n` current and `historical` clusters.
    pub fn region_intro(&self, region: &str, n: usize, historical: usize) -> String {
        let intro = &self.site().region_intro;
        let current = match n {
            0 => intro.current.none.fill(&[("region", region)]),
            n => (intro.current.some.forms()).fill(self.language, n as u64, &[("region", region)]),
        };
        let values = [("current", current.as_str())];
        match historical {
            0 => intro.sentence.none.fill(&values),
            h => (intro.sentence.some.forms()).fill(self.language, h as u64, &values),
        }
    }

    /// The index page's meta description: `n` current clusters.
    pub fn index_description(&self, n: usize) -> String {
        (self.site().index_description).fill(&[("n", &self.count(n))])
    }

    /// “Other clusters in Occitanie: ”, before the links.
    pub fn other_clusters(&self, region: &str) -> String {
        lead(&self.site().other_clusters.fill(&[("region", region)]), "")
    }

    /// “Other regions: ”, before the links.
    pub fn other_regions(&self) -> String {
        lead(self.site().other_regions.as_str(), "")
    }

    /// “Sources: A; B” before the sources of a line of the label history.
    pub fn sources_of(&self, titles: &[&str]) -> String {
        lead(self.site().sources_of.as_str(), &titles.join("; "))
    }
}

/// `label` (ending with a colon) then `text`, with a space between unless the colon is a
/// full-width one (Japanese and Chinese put none after `：`).
fn lead(label: &str, text: &str) -> String {
    let space = if label.ends_with('：') { "" } else { " " };
    format!("{label}{space}{text}")
}
