//! The catalogue: every sentence of the app and of the static pages in one language, read from
//! `i18n/catalogue/{code}.json` into one typed struct (format: `i18n/glossary.md` §1).
//!
//! Each JSON object is a struct that denies unknown fields and has no defaults, so a file with
//! a key missing or a key too many does not parse: the tests read every language's file. The
//! app reads it as flat lists of strings generated from these files (`cargo xtask catalogue`),
//! with the borrowed views of `words`; the static pages read all seven ([`Catalogues`]).

use serde::Deserialize;

mod data;
mod dates;
mod digits;
mod interface;
mod issues;
mod map_image;
mod message;
mod plural;
mod site;
mod timeline;
mod words;

pub use data::{Data, RegionNames, SectorName, SectorNames};
pub use dates::{long_date, month_year, ByPrecision, Dates};
pub use digits::group_digits;
pub use interface::{
    AboutToday, Fields2006, Interface, IssuePlace, MembersValue, RecordPlace, RegionTooltip,
};
pub use issues::{ByCode, IssueKinds, Issues, JsonKinds, LoadErrors, StatusContradiction};
pub use map_image::MapImage;
pub use message::{fill, Fielded, Forms, MemberCount, Plural, Template};
pub use plural::{category, Language, PluralCategory};
pub use site::{NoneOrSome, RegionIntro, Site};
pub use timeline::{Events, LabelledStanding, PeriodKinds, Standings, Timeline, WithKind};
pub use words::{count, DateWords, Sentences, TimelineWords};

/// Every text of the app and of the static pages in one language, group by group as in the
/// catalogue's files.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    /// The language the file is in.
    pub language: LanguageName,
    /// The app's texts.
    pub interface: Interface,
    /// What is wrong with a dataset.
    pub issues: Issues,
    /// A cluster's events, periods and standing.
    pub timeline: Timeline,
    /// The static pages' texts.
    pub site: Site,
    /// Month names and date templates.
    pub dates: Dates,
    /// The names of the dataset's sectors and regions.
    pub data: Data,
}

impl Catalogue {
    /// Reads a catalogue file; fails on a key missing or unknown, or a value of the wrong kind.
    pub fn from_json(text: &str) -> Result<Catalogue, serde_json::Error> {
        serde_json::from_str(text)
    }
}

/// The seven catalogues, one per language: what the static pages are written from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalogues(Vec<Catalogue>);

impl Catalogues {
    /// The catalogue of each of [`Language::ALL`], from `text(language)`, its file's text;
    /// fails on a file that cannot be read or parsed, or that says it is of another language.
    pub fn read(
        mut text: impl FnMut(Language) -> Result<String, String>,
    ) -> Result<Catalogues, String> {
        let read = |language: Language| {
            let catalogue = Catalogue::from_json(&text(language)?)
                .map_err(|e| format!("{}.json: {e}", language.code()))?;
            match catalogue.language.code == language.code() {
                true => Ok(catalogue),
                false => Err(format!("{}.json is not in its language", language.code())),
            }
        };
        Language::ALL
            .into_iter()
            .map(read)
            .collect::<Result<_, _>>()
            .map(Catalogues)
    }

    /// The catalogue of `language`.
    pub fn get(&self, language: Language) -> &Catalogue {
        let at = Language::ALL.iter().position(|l| *l == language);
        &self.0[at.expect("every language is in ALL")]
    }
}

/// The repository's catalogues (`i18n/catalogue/`), for the tests.
#[cfg(test)]
pub(crate) fn repository() -> Catalogues {
    Catalogues::read(|language| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../i18n/catalogue");
        std::fs::read_to_string(format!("{dir}/{}.json", language.code()))
            .map_err(|e| e.to_string())
    })
    .unwrap()
}

/// The language of a catalogue, as its switch shows it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageName {
    /// The BCP 47 code (`de`), the file's name.
    pub code: String,
    /// The language's name in itself (“Deutsch”, 日本語).
    pub name: String,
}

#[cfg(test)]
mod tests;
