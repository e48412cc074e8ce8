//! What the timeline says, in words: a cluster's standing on a day, each event and each period,
//! and the notice of labels past their term. One writer for the app's card and notice and the
//! static pages, so that both say the same.

use crate::dataset::{Cluster, Lang};
use crate::format::{format_count, format_partial, on_date};
use crate::ids::ClusterId;
use crate::timeline::{Day, Event, EventKind, Period, PeriodKind, Standing};

/// A sentence whose parts may name another cluster (a link in the card and on the pages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    /// Another cluster: its id and the name it bore then.
    Cluster(ClusterId, String),
}

/// The parts of one sentence.
pub type Sentence = Vec<Part>;

/// The sentence as plain text.
pub fn plain(sentence: &[Part]) -> String {
    (sentence.iter())
        .map(|part| match part {
            Part::Text(text) | Part::Cluster(_, text) => text.as_str(),
        })
        .collect()
}

/// Finds a cluster of the dataset by id.
pub type Lookup<'a> = &'a dyn Fn(&str) -> Option<&'a Cluster>;

fn text(text: impl Into<String>) -> Part {
    Part::Text(text.into())
}

/// The other cluster of `event`, named as it was on the event's day.
fn other(event: &Event, lookup: Lookup) -> Option<Part> {
    let id = event.other.as_ref()?;
    let name = lookup(id).map_or(id.as_str(), |c| c.name_on(event.date.last_day()));
    Some(Part::Cluster(id.clone(), name.to_owned()))
}

/// What happened, dated: "Merged into SAFE on 18 December 2015".
pub fn event(lang: Lang, event: &Event, lookup: Lookup) -> Sentence {
    use EventKind::*;
    let when = on_date(lang, event.date);
    let other = other(event, lookup);
    let name = event.name.clone().unwrap_or_default();
    let (before, after) = match (lang, event.kind) {
        (Lang::En, Labelled) => ("Labelled", String::new()),
        (Lang::En, Renamed) => ("Renamed", format!(" (formerly {name})")),
        (Lang::En, MergedInto) => ("Merged into ", String::new()),
        (Lang::En, MergedFrom) => ("Formed with ", String::new()),
        (Lang::En, AbsorbedBy) => ("Absorbed by ", String::new()),
        (Lang::En, Absorbed) => ("Absorbed ", String::new()),
        (Lang::En, DeLabelled) => ("Lost its label", String::new()),
        (Lang::En, Dissolved) => ("Dissolved", String::new()),
        (Lang::En, Relabelled) => ("Labelled again", String::new()),
        (Lang::En, Lapsed) => ("Label not renewed", String::new()),
        (Lang::En, PassedOn) => ("Its label passed to ", String::new()),
        (Lang::Fr, Labelled) => ("Labellisé", String::new()),
        (Lang::Fr, Renamed) => ("Renommé", format!(" (auparavant {name})")),
        (Lang::Fr, MergedInto) => ("Fusionné dans ", String::new()),
        (Lang::Fr, MergedFrom) => ("Issu notamment de ", String::new()),
        (Lang::Fr, AbsorbedBy) => ("Absorbé par ", String::new()),
        (Lang::Fr, Absorbed) => ("A absorbé ", String::new()),
        (Lang::Fr, DeLabelled) => ("Perd son label", String::new()),
        (Lang::Fr, Dissolved) => ("Dissous", String::new()),
        (Lang::Fr, Relabelled) => ("De nouveau labellisé", String::new()),
        (Lang::Fr, Lapsed) => ("Label non renouvelé", String::new()),
        (Lang::Fr, PassedOn) => ("Son label passe à ", String::new()),
    };
    let mut sentence = vec![text(before)];
    sentence.extend(other);
    sentence.push(text(format!(" {when}{after}")));
    sentence
}

/// The words of a period's kind ("one-year label"), none for a label of the whole phase.
fn kind(lang: Lang, kind: PeriodKind) -> Option<&'static str> {
    use PeriodKind::*;
    Some(match (lang, kind) {
        (_, Full) => return None,
        (Lang::En, Conditional) => "conditional label",
        (Lang::En, Probation) => "on probation",
        (Lang::En, OneYear) => "one-year label",
        (Lang::En, TwoYear) => "two-year label",
        (Lang::En, Extended) => "extended",
        (Lang::Fr, Conditional) => "label conditionnel",
        (Lang::Fr, Probation) => "sous réserve",
        (Lang::Fr, OneYear) => "label d’un an",
        (Lang::Fr, TwoYear) => "label de deux ans",
        (Lang::Fr, Extended) => "prolongé",
    })
}

/// "Phase I: 12 July 2005 – 31 December 2008" (with its kind when not the whole phase).
pub fn period(lang: Lang, period: &Period) -> String {
    let colon = match lang {
        Lang::En => ":",
        Lang::Fr => "\u{a0}:",
    };
    let (from, until) = (
        format_partial(lang, period.from),
        format_partial(lang, period.until),
    );
    let kind = kind(lang, period.kind).map_or(String::new(), |k| format!(", {k}"));
    format!(
        "Phase {}{colon} {from} – {until}{kind}",
        period.phase.numeral()
    )
}

/// The phase and its kind in brackets: "(phase V)", "(phase V, one-year label)".
fn phase(lang: Lang, period: &Period) -> String {
    let kind = kind(lang, period.kind).map_or(String::new(), |k| format!(", {k}"));
    format!("(phase {}{kind})", period.phase.numeral())
}

/// What the cluster was on `day`: "Labelled since 12 July 2005 (phase V)", "Labelled until 31
/// December 2026 (phase V); no later decision in this data (updated 4 December 2026)", "Merged
/// into SAFE on 18 December 2015", "Not yet labelled: first labelled on 27 March 2023".
pub fn standing(lang: Lang, cluster: &Cluster, day: Day, updated: Day, lookup: Lookup) -> Sentence {
    let first = cluster.first_labelled();
    match cluster.standing(day) {
        Standing::Labelled(period) => {
            let since = first.map_or(String::new(), |f| match lang {
                Lang::En => format!(" since {}", strip_on(lang, f)),
                Lang::Fr => format!(" depuis {}", strip_on(lang, f)),
            });
            let phase = period.map_or(String::new(), |p| format!(" {}", phase(lang, p)));
            let labelled = match lang {
                Lang::En => "Labelled",
                Lang::Fr => "Labellisé",
            };
            vec![text(format!("{labelled}{since}{phase}"))]
        }
        Standing::Unconfirmed(period) => {
            let until = format_partial(lang, period.until);
            let updated = format_partial(lang, updated.date());
            let phase = phase(lang, period);
            vec![text(match lang {
                Lang::En => format!(
                    "Labelled until {until} {phase}; no later decision in this data (updated {updated})"
                ),
                Lang::Fr => format!(
                    "Labellisé jusqu’au {until} {phase}\u{a0}; aucune décision ultérieure dans ces données (mises à jour le {updated})"
                ),
            })]
        }
        Standing::Ended(_) => {
            let ending = (cluster.events.iter())
                .filter(|e| e.kind.ends_label() && e.date.first_day() <= day)
                .max_by_key(|e| e.date.first_day());
            match ending {
                Some(e) => event(lang, e, lookup),
                None => vec![text(match lang {
                    Lang::En => "No longer labelled",
                    Lang::Fr => "N’est plus labellisé",
                })],
            }
        }
        Standing::NotYet => {
            let first = first.map_or(String::new(), |f| on_date(lang, f));
            vec![text(match lang {
                Lang::En => format!("Not labelled yet: first labelled {first}"),
                Lang::Fr => {
                    format!("Pas encore labellisé\u{a0}: labellisé pour la première fois {first}")
                }
            })]
        }
    }
}

/// A date without its preposition after "since" / "depuis": "12 July 2005", "le 12 juillet
/// 2005" reads "depuis le 12 juillet 2005".
fn strip_on(lang: Lang, date: crate::timeline::PartialDate) -> String {
    match (lang, date.day) {
        (Lang::Fr, Some(_)) => on_date(lang, date),
        _ => format_partial(lang, date),
    }
}

/// The notice of the map when `n` clusters shown have passed their term with no later decision.
pub fn unconfirmed_notice(lang: Lang, n: usize, updated: Day) -> String {
    let updated = format_partial(lang, updated.date());
    let count = format_count(lang, n);
    match (lang, n) {
        (Lang::En, 1) => format!(
            "The label of 1 cluster shown has passed its term, and this data (updated {updated}) holds no later decision: it is shown as last labelled."
        ),
        (Lang::En, _) => format!(
            "The labels of {count} clusters shown have passed their term, and this data (updated {updated}) holds no later decision: they are shown as last labelled."
        ),
        (Lang::Fr, 0 | 1) => format!(
            "Le label de {count} pôle affiché a dépassé son terme, et ces données (mises à jour le {updated}) ne contiennent aucune décision ultérieure\u{a0}: il est affiché tel que labellisé en dernier."
        ),
        (Lang::Fr, _) => format!(
            "Les labels de {count} pôles affichés ont dépassé leur terme, et ces données (mises à jour le {updated}) ne contiennent aucune décision ultérieure\u{a0}: ils sont affichés tels que labellisés en dernier."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::PartialDate;

    fn cluster(json: serde_json::Value) -> Cluster {
        let mut record = serde_json::json!({
            "id": "x", "name": "Now", "hq": {"city": "C", "lat": 45.0, "lon": 5.0},
            "regions": ["84"], "sectors": ["s"], "status": "current",
            "description": {"en": "", "fr": ""}
        });
        for (key, value) in json.as_object().unwrap() {
            record[key] = value.clone();
        }
        serde_json::from_value(record).unwrap()
    }

    fn day(text: &str) -> Day {
        Day::parse(text).unwrap()
    }

    #[test]
    fn the_standing_in_words_at_each_moment() {
        let c = cluster(serde_json::json!({
            "labels": {"periods": [
                {"phase": "I", "from": "2005-07-12", "until": "2008-12-31", "kind": "full", "sources": ["S"]},
                {"phase": "V", "from": "2023-01-01", "until": "2026-12-31", "kind": "full", "sources": ["S"]}
            ]},
            "events": [{"date": "2009-01", "kind": "lapsed", "sources": ["S"]}]
        }));
        let none: Lookup = &|_| None;
        let updated = day("2026-12-04");
        let say = |lang, d| plain(&standing(lang, &c, day(d), updated, none));
        assert_eq!(
            say(Lang::En, "2005-01-01"),
            "Not labelled yet: first labelled on 12 July 2005"
        );
        assert_eq!(
            say(Lang::En, "2006-01-01"),
            "Labelled since 12 July 2005 (phase I)"
        );
        assert_eq!(
            say(Lang::Fr, "2006-01-01"),
            "Labellisé depuis le 12 juillet 2005 (phase I)"
        );
        assert_eq!(
            say(Lang::En, "2010-01-01"),
            "Label not renewed in January 2009"
        );
        assert_eq!(
            say(Lang::En, "2027-01-15"),
            "Labelled until 31 December 2026 (phase V); no later decision in this data (updated 4 December 2026)"
        );
        assert_eq!(
            say(Lang::Fr, "2027-01-15"),
            "Labellisé jusqu’au 31 décembre 2026 (phase V)\u{a0}; aucune décision ultérieure dans ces données (mises à jour le 4 décembre 2026)"
        );
    }

    #[test]
    fn events_name_the_other_cluster_as_it_was_then() {
        let safe = cluster(serde_json::json!({
            "id": "safe", "name": "SAFE Cluster",
            "events": [{"date": "2020", "kind": "renamed", "name": "SAFE", "sources": ["S"]}]
        }));
        let lookup: Lookup = &|id| (id == "safe").then_some(&safe);
        let merged = Event {
            date: PartialDate::parse("2015-12-18").unwrap(),
            kind: EventKind::MergedInto,
            other: Some("safe".into()),
            name: None,
            sources: vec![],
            note: None,
        };
        let sentence = event(Lang::En, &merged, lookup);
        assert_eq!(plain(&sentence), "Merged into SAFE on 18 December 2015");
        assert!(matches!(&sentence[1], Part::Cluster(id, _) if id.as_str() == "safe"));
        assert_eq!(
            plain(&event(Lang::Fr, &merged, lookup)),
            "Fusionné dans SAFE le 18 décembre 2015"
        );
    }
}
