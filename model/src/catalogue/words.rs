//! The catalogue's dates and timeline as borrowed text, and what is written with them: dates
//! as precise as they are, and the timeline's sentences (a cluster's standing, its events and
//! periods, the map's notice).
//!
//! The app holds a language as a flat list of strings (`src/i18n`), not as a [`Catalogue`]:
//! [`DateWords`] and [`TimelineWords`] borrow either, so that the app and the static pages
//! write the same strings with the same code (`Dates::words`, `Timeline::words`).

use super::dates::{ByPrecision, Dates};
use super::digits::group_digits;
use super::message::{fill, Forms};
use super::plural::Language;
use super::timeline::Timeline;
use crate::dataset::Cluster;
use crate::timeline::text::{Lookup, Part, Sentence};
use crate::timeline::{Day, Event, EventKind, PartialDate, Period, PeriodKind, Standing};

/// How a language writes dates: the `dates` group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateWords<'a> {
    /// January first, as they stand in a date.
    pub months: [&'a str; 12],
    /// `{day} {month} {year}`.
    pub long: &'a str,
    /// The first of a month where it is not `1` (« 1er »).
    pub day_one: &'a str,
    /// `{month} {year}`.
    pub month_year: &'a str,
    /// A date with its preposition, by precision: day, month, year.
    pub when: [&'a str; 3],
    /// “since” a date, by precision: day, month, year.
    pub since: [&'a str; 3],
}

impl Dates {
    /// The group as borrowed text.
    pub fn words(&self) -> DateWords<'_> {
        fn by(p: &ByPrecision) -> [&str; 3] {
            [p.day.as_str(), p.month.as_str(), p.year.as_str()]
        }
        DateWords {
            months: std::array::from_fn(|i| self.months[i].as_str()),
            long: self.long.as_str(),
            day_one: &self.day_one,
            month_year: self.month_year.as_str(),
            when: by(&self.when),
            since: by(&self.since),
        }
    }
}

impl DateWords<'_> {
    /// “4 December 2026”, « 1er janvier 2024 », „4. Dezember 2026“, 2026年12月4日.
    pub fn day(&self, day: Day) -> String {
        let number = day.day().to_string();
        let day_of_month = if day.day() == 1 {
            self.day_one
        } else {
            &number
        };
        fill(
            self.long,
            &[
                ("day", day_of_month),
                ("month", self.months[usize::from(day.month()) - 1]),
                ("year", &day.year().to_string()),
            ],
        )
    }

    /// “December 2026”, 2026年12月.
    pub fn month(&self, day: Day) -> String {
        fill(
            self.month_year,
            &[
                ("month", self.months[usize::from(day.month()) - 1]),
                ("year", &day.year().to_string()),
            ],
        )
    }

    /// A date as precise as it is: a day, a month or a year.
    pub fn partial(&self, date: PartialDate) -> String {
        match (date.month, date.day) {
            (Some(_), Some(_)) => self.day(date.first_day()),
            (Some(_), None) => self.month(date.first_day()),
            _ => date.year.to_string(),
        }
    }

    /// A `YYYY-MM-DD` text as a day (the dataset's `updated`); other text as it is.
    pub fn iso_day(&self, iso: &str) -> String {
        Day::parse(iso).map_or_else(|| iso.to_owned(), |day| self.day(day))
    }

    /// The month of a `YYYY-MM-DD` text (a card's `checked`); other text as it is.
    pub fn iso_month(&self, iso: &str) -> String {
        Day::parse(iso).map_or_else(|| iso.to_owned(), |day| self.month(day))
    }

    /// “on 12 July 2005”, “in July 2005”, “in 2005”.
    pub fn when(&self, date: PartialDate) -> String {
        self.framed(&self.when, date)
    }

    /// “since 12 July 2005”, « depuis le 12 juillet 2005 », « depuis juillet 2005 ».
    pub fn since(&self, date: PartialDate) -> String {
        self.framed(&self.since, date)
    }

    fn framed(&self, frames: &[&str; 3], date: PartialDate) -> String {
        let frame = match (date.month, date.day) {
            (Some(_), Some(_)) => frames[0],
            (Some(_), None) => frames[1],
            _ => frames[2],
        };
        fill(frame, &[("date", &self.partial(date))])
    }
}

/// The `timeline` group as borrowed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimelineWords<'a> {
    /// By `EventKind`, in the group's order (labelled … passed_on).
    pub events: [&'a str; 11],
    /// By `PeriodKind` less `full`: conditional, probation, one_year, two_year, extended.
    pub period_kinds: [&'a str; 5],
    /// A period: full, with its kind.
    pub period: [&'a str; 2],
    /// Labelled on the day: full, with its kind, undated.
    pub labelled: [&'a str; 3],
    /// Past its term: full, with its kind.
    pub unconfirmed: [&'a str; 2],
    /// No longer labelled.
    pub ended: &'a str,
    /// Not labelled yet.
    pub not_yet: &'a str,
    /// The map's notice.
    pub notice: Forms<'a>,
}

impl Timeline {
    /// The group as borrowed text.
    pub fn words(&self) -> TimelineWords<'_> {
        let e = &self.event;
        let k = &self.period_kind;
        let s = &self.standing;
        TimelineWords {
            events: [
                &e.labelled,
                &e.renamed,
                &e.merged_into,
                &e.merged_from,
                &e.absorbed_by,
                &e.absorbed,
                &e.de_labelled,
                &e.dissolved,
                &e.relabelled,
                &e.lapsed,
                &e.passed_on,
            ]
            .map(|t| t.as_str()),
            period_kinds: [
                &k.conditional,
                &k.probation,
                &k.one_year,
                &k.two_year,
                &k.extended,
            ]
            .map(|t| t.as_str()),
            period: [self.period.full.as_str(), self.period.with_kind.as_str()],
            labelled: [
                s.labelled.full.as_str(),
                s.labelled.with_kind.as_str(),
                s.labelled.undated.as_str(),
            ],
            unconfirmed: [
                s.unconfirmed.full.as_str(),
                s.unconfirmed.with_kind.as_str(),
            ],
            ended: s.ended.as_str(),
            not_yet: s.not_yet.as_str(),
            notice: self.unconfirmed_notice.forms(),
        }
    }
}

/// The timeline's sentences in one language.
#[derive(Debug, Clone, Copy)]
pub struct Sentences<'a> {
    pub language: Language,
    pub timeline: TimelineWords<'a>,
    pub dates: DateWords<'a>,
}

impl<'a> Sentences<'a> {
    /// What happened, dated: “Merged into SAFE on 18 December 2015”.
    pub fn event(&self, event: &Event, lookup: Lookup) -> Sentence {
        use EventKind::*;
        let index = match event.kind {
            Labelled => 0,
            Renamed => 1,
            MergedInto => 2,
            MergedFrom => 3,
            AbsorbedBy => 4,
            Absorbed => 5,
            DeLabelled => 6,
            Dissolved => 7,
            Relabelled => 8,
            Lapsed => 9,
            PassedOn => 10,
        };
        let when = self.dates.when(event.date);
        let name = event.name.as_deref().unwrap_or_default();
        let other = event.other.as_ref().map(|id| {
            let name = lookup(id).map_or(id.as_str(), |c| c.name_on(event.date.last_day()));
            Part::Cluster(id.clone(), name.to_owned())
        });
        with_other(
            fill(
                self.timeline.events[index],
                &[("when", &when), ("name", name)],
            ),
            other,
        )
    }

    /// A period's kind, `None` for a label of the whole phase.
    fn kind(&self, kind: PeriodKind) -> Option<&str> {
        use PeriodKind::*;
        let index = match kind {
            Full => return None,
            Conditional => 0,
            Probation => 1,
            OneYear => 2,
            TwoYear => 3,
            Extended => 4,
        };
        Some(self.timeline.period_kinds[index])
    }

    /// `full` or `with_kind` of `templates`, filled with `values` and the period's kind.
    fn with_kind(&self, templates: [&str; 2], kind: PeriodKind, values: &[(&str, &str)]) -> String {
        match self.kind(kind) {
            None => fill(templates[0], values),
            Some(kind) => {
                let mut values = values.to_vec();
                values.push(("kind", kind));
                fill(templates[1], &values)
            }
        }
    }

    /// “Phase I: 12 July 2005 – 31 December 2008” (with its kind when not the whole phase).
    pub fn period(&self, period: &Period) -> String {
        let values = [
            ("phase", period.phase.numeral()),
            ("from", &self.dates.partial(period.from)),
            ("until", &self.dates.partial(period.until)),
        ];
        self.with_kind(self.timeline.period, period.kind, &values)
    }

    /// What the cluster was on `day`: “Labelled since 12 July 2005 (phase V)”, …
    pub fn standing(&self, cluster: &Cluster, day: Day, updated: Day, lookup: Lookup) -> Sentence {
        let words = &self.timeline;
        let text = match cluster.standing(day) {
            Standing::Labelled(Some(period)) => match cluster.first_labelled() {
                Some(first) => {
                    let since = self.dates.since(first);
                    let values = [("since", since.as_str()), ("phase", period.phase.numeral())];
                    let templates = [words.labelled[0], words.labelled[1]];
                    self.with_kind(templates, period.kind, &values)
                }
                None => words.labelled[2].to_owned(),
            },
            Standing::Labelled(None) => words.labelled[2].to_owned(),
            Standing::Unconfirmed(period) => {
                let values = [
                    ("until", self.dates.partial(period.until)),
                    ("updated", self.dates.partial(updated.date())),
                ];
                let values = [
                    ("until", values[0].1.as_str()),
                    ("updated", values[1].1.as_str()),
                    ("phase", period.phase.numeral()),
                ];
                self.with_kind(words.unconfirmed, period.kind, &values)
            }
            Standing::Ended(_) => {
                let ending = (cluster.events.iter())
                    .filter(|e| e.kind.ends_label() && e.date.first_day() <= day)
                    .max_by_key(|e| e.date.first_day());
                match ending {
                    Some(e) => return self.event(e, lookup),
                    None => words.ended.to_owned(),
                }
            }
            Standing::NotYet => {
                let when = (cluster.first_labelled()).map_or(String::new(), |f| self.dates.when(f));
                fill(words.not_yet, &[("when", &when)])
            }
        };
        vec![Part::Text(text)]
    }

    /// The map's notice when `n` clusters shown have passed their term with no later decision.
    pub fn unconfirmed_notice(&self, n: usize, updated: Day) -> String {
        let (forms, [(key, value)]) = self.unconfirmed_notice_forms(updated);
        forms.fill(self.language, n as u64, &[(key, &value)])
    }

    /// The notice's forms and its other placeholder's value (the date of `updated`): what
    /// [`Self::unconfirmed_notice`] fills with a count, and the first view writes for
    /// `public/shell.js` to count again.
    pub fn unconfirmed_notice_forms(
        &self,
        updated: Day,
    ) -> (Forms<'a>, [(&'static str, String); 1]) {
        (self.timeline.notice, [("updated", self.dates.day(updated))])
    }
}

/// `text` as a sentence, its `{other}` (when there is one) the other cluster's part.
fn with_other(text: String, other: Option<Part>) -> Sentence {
    match (text.split_once("{other}"), other) {
        (Some((before, after)), Some(other)) => vec![
            Part::Text(before.to_owned()),
            other,
            Part::Text(after.to_owned()),
        ],
        _ => vec![Part::Text(text)],
    }
}

/// `n` with the language's digit grouping.
pub fn count(language: Language, n: usize) -> String {
    group_digits(language, n as u64)
}

#[cfg(test)]
mod tests;
