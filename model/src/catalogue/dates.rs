//! The `dates` group: month names and the templates of dates, and dates written with them.

use serde::Deserialize;

use super::message::Template;
use super::Catalogue;
use crate::timeline::Day;

/// How a language writes dates (the card, the time control, the pages' facts and history).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dates {
    /// The months, January first, as they stand in a date (“December”, « décembre », `12月`).
    pub months: [String; 12],
    /// A full date: `{day}`, `{month}` (a name of `months`) and `{year}` (“4 December 2026”).
    pub long: Template,
    /// The first day of a month where it is not written `1` (« 1er janvier »).
    pub day_one: String,
    /// A month of a year: `{month}` and `{year}` (“December 2026”).
    pub month_year: Template,
    /// A date with its preposition (“on 4 December 2026”, “in 2026”).
    pub when: ByPrecision,
    /// “since” a date (“since 4 December 2026”).
    pub since: ByPrecision,
}

/// A `{date}` framed as its precision requires: a day, a month or a year.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByPrecision {
    /// `{date}` is a full date (`long`).
    pub day: Template,
    /// `{date}` is a month (`month_year`).
    pub month: Template,
    /// `{date}` is a year.
    pub year: Template,
}

/// `day` written out in the catalogue's language: “4 December 2026”, « 1er janvier 2024 »,
/// „4. Dezember 2026“, 2026年12月4日.
pub fn long_date(catalogue: &Catalogue, day: Day) -> String {
    let dates = &catalogue.dates;
    let number = day.day().to_string();
    let day_of_month = if day.day() == 1 {
        dates.day_one.as_str()
    } else {
        number.as_str()
    };
    dates.long.fill(&[
        ("day", day_of_month),
        ("month", month_name(dates, day)),
        ("year", &day.year().to_string()),
    ])
}

/// The month and year of `day` in the catalogue's language: “December 2026”, 2026年12月.
pub fn month_year(catalogue: &Catalogue, day: Day) -> String {
    let dates = &catalogue.dates;
    dates.month_year.fill(&[
        ("month", month_name(dates, day)),
        ("year", &day.year().to_string()),
    ])
}

/// The name of `day`'s month.
fn month_name(dates: &Dates, day: Day) -> &str {
    &dates.months[usize::from(day.month()) - 1]
}
