//! What the timeline says, in words: a cluster's standing on a day, each event and each period,
//! and the notice of labels past their term. One writer for the app's card and notice and the
//! static pages, so that both say the same.

use crate::dataset::{Cluster, Lang};
use crate::format::{format_count, format_partial, on_date};
use crate::ids::ClusterId;
use crate::timeline::{Day, Event, EventKind, PartialDate, Period, PeriodKind, Standing};

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
pub type Lookup<'a> = &'a dyn Fn(&ClusterId) -> Option<&'a Cluster>;

/// The words of the timeline in one language: templates whose `{…}` are filled in (`{other}`
/// is the other cluster, a link; `{when}` a date with its preposition, "on 12 July 2005").
pub struct Words {
    pub labelled: &'static str,
    pub renamed: &'static str,
    pub merged_into: &'static str,
    pub merged_from: &'static str,
    pub absorbed_by: &'static str,
    pub absorbed: &'static str,
    pub de_labelled: &'static str,
    pub dissolved: &'static str,
    pub relabelled: &'static str,
    pub lapsed: &'static str,
    pub passed_on: &'static str,
    pub conditional: &'static str,
    pub probation: &'static str,
    pub one_year: &'static str,
    pub two_year: &'static str,
    pub extended: &'static str,
    /// "Phase {phase}: {from} – {until}{kind}".
    pub period: &'static str,
    /// "Labelled since {since} (phase {phase}{kind})".
    pub labelled_since: &'static str,
    /// Labelled, with no date known.
    pub labelled_now: &'static str,
    pub unconfirmed: &'static str,
    pub no_longer: &'static str,
    pub not_yet: &'static str,
    pub notice_one: &'static str,
    pub notice_many: &'static str,
}

const EN: Words = Words {
    labelled: "Labelled {when}",
    renamed: "Renamed {when} (formerly {name})",
    merged_into: "Merged into {other} {when}",
    merged_from: "Formed with {other} {when}",
    absorbed_by: "Absorbed by {other} {when}",
    absorbed: "Absorbed {other} {when}",
    de_labelled: "Lost its label {when}",
    dissolved: "Dissolved {when}",
    relabelled: "Labelled again {when}",
    lapsed: "Label not renewed {when}",
    passed_on: "Its label passed to {other} {when}",
    conditional: "conditional label",
    probation: "on probation",
    one_year: "one-year label",
    two_year: "two-year label",
    extended: "extended",
    period: "Phase {phase}: {from} – {until}{kind}",
    labelled_since: "Labelled since {since} (phase {phase}{kind})",
    labelled_now: "Labelled",
    unconfirmed: "Labelled until {until} (phase {phase}{kind}); no later decision in this data (updated {updated})",
    no_longer: "No longer labelled",
    not_yet: "Not labelled yet: first labelled {when}",
    notice_one: "The label of 1 cluster shown has passed its term, and this data (updated {updated}) holds no later decision: it is shown as last labelled.",
    notice_many: "The labels of {count} clusters shown have passed their term, and this data (updated {updated}) holds no later decision: they are shown as last labelled.",
};

const FR: Words = Words {
    labelled: "Labellisé {when}",
    renamed: "Renommé {when} (auparavant {name})",
    merged_into: "Fusionné dans {other} {when}",
    merged_from: "Issu notamment de {other} {when}",
    absorbed_by: "Absorbé par {other} {when}",
    absorbed: "A absorbé {other} {when}",
    de_labelled: "Perd son label {when}",
    dissolved: "Dissous {when}",
    relabelled: "De nouveau labellisé {when}",
    lapsed: "Label non renouvelé {when}",
    passed_on: "Son label passe à {other} {when}",
    conditional: "label conditionnel",
    probation: "sous réserve",
    one_year: "label d’un an",
    two_year: "label de deux ans",
    extended: "prolongé",
    period: "Phase {phase}\u{a0}: {from} – {until}{kind}",
    labelled_since: "Labellisé depuis {since} (phase {phase}{kind})",
    labelled_now: "Labellisé",
    unconfirmed: "Labellisé jusqu’au {until} (phase {phase}{kind})\u{a0}; aucune décision ultérieure dans ces données (mises à jour le {updated})",
    no_longer: "N’est plus labellisé",
    not_yet: "Pas encore labellisé\u{a0}: labellisé pour la première fois {when}",
    notice_one: "Le label de {count} pôle affiché a dépassé son terme, et ces données (mises à jour le {updated}) ne contiennent aucune décision ultérieure\u{a0}: il est affiché tel que labellisé en dernier.",
    notice_many: "Les labels de {count} pôles affichés ont dépassé leur terme, et ces données (mises à jour le {updated}) ne contiennent aucune décision ultérieure\u{a0}: ils sont affichés tels que labellisés en dernier.",
};

/// The words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

/// `template` with each `{key}` of `values` replaced, and `{other}` (when present) as the
/// other cluster's part.
fn fill(template: &str, values: &[(&str, &str)], other: Option<Part>) -> Sentence {
    let mut text = template.to_owned();
    for (key, value) in values {
        text = text.replace(&format!("{{{key}}}"), value);
    }
    match (text.split_once("{other}"), other) {
        (Some((before, after)), Some(other)) => {
            vec![
                Part::Text(before.to_owned()),
                other,
                Part::Text(after.to_owned()),
            ]
        }
        _ => vec![Part::Text(text)],
    }
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
    let w = words(lang);
    let template = match event.kind {
        Labelled => w.labelled,
        Renamed => w.renamed,
        MergedInto => w.merged_into,
        MergedFrom => w.merged_from,
        AbsorbedBy => w.absorbed_by,
        Absorbed => w.absorbed,
        DeLabelled => w.de_labelled,
        Dissolved => w.dissolved,
        Relabelled => w.relabelled,
        Lapsed => w.lapsed,
        PassedOn => w.passed_on,
    };
    let when = on_date(lang, event.date);
    let name = event.name.as_deref().unwrap_or_default();
    fill(
        template,
        &[("when", &when), ("name", name)],
        other(event, lookup),
    )
}

/// ", one-year label" after a period's phase; nothing for a label of the whole phase.
fn kind(lang: Lang, kind: PeriodKind) -> String {
    use PeriodKind::*;
    let w = words(lang);
    let words = match kind {
        Full => return String::new(),
        Conditional => w.conditional,
        Probation => w.probation,
        OneYear => w.one_year,
        TwoYear => w.two_year,
        Extended => w.extended,
    };
    format!(", {words}")
}

/// "Phase I: 12 July 2005 – 31 December 2008" (with its kind when not the whole phase).
pub fn period(lang: Lang, period: &Period) -> String {
    let values = [
        ("phase", period.phase.numeral()),
        ("from", &format_partial(lang, period.from)),
        ("until", &format_partial(lang, period.until)),
        ("kind", &kind(lang, period.kind)),
    ];
    plain(&fill(words(lang).period, &values, None))
}

/// What the cluster was on `day`: "Labelled since 12 July 2005 (phase V)", "Labelled until 31
/// December 2026 (phase V); no later decision in this data (updated 4 December 2026)", "Merged
/// into SAFE on 18 December 2015", "Not labelled yet: first labelled on 27 March 2023".
pub fn standing(lang: Lang, cluster: &Cluster, day: Day, updated: Day, lookup: Lookup) -> Sentence {
    let w = words(lang);
    let first = cluster.first_labelled();
    let phase = |p: &Period| (p.phase.numeral(), kind(lang, p.kind));
    match cluster.standing(day) {
        Standing::Labelled(Some(period)) => {
            let (numeral, kind) = phase(period);
            let since = first.map_or(String::new(), |f| since(lang, f));
            let values = [
                ("since", since.as_str()),
                ("phase", numeral),
                ("kind", &kind),
            ];
            fill(w.labelled_since, &values, None)
        }
        Standing::Labelled(None) => fill(w.labelled_now, &[], None),
        Standing::Unconfirmed(period) => {
            let (numeral, kind) = phase(period);
            let values = [
                ("until", format_partial(lang, period.until)),
                ("updated", format_partial(lang, updated.date())),
            ];
            let values = [
                ("until", values[0].1.as_str()),
                ("updated", values[1].1.as_str()),
                ("phase", numeral),
                ("kind", &kind),
            ];
            fill(w.unconfirmed, &values, None)
        }
        Standing::Ended(_) => {
            let ending = (cluster.events.iter())
                .filter(|e| e.kind.ends_label() && e.date.first_day() <= day)
                .max_by_key(|e| e.date.first_day());
            match ending {
                Some(e) => event(lang, e, lookup),
                None => fill(w.no_longer, &[], None),
            }
        }
        Standing::NotYet => {
            let when = first.map_or(String::new(), |f| on_date(lang, f));
            fill(w.not_yet, &[("when", &when)], None)
        }
    }
}

/// A date after "since" / "depuis": "12 July 2005", "le 12 juillet 2005" (French says "depuis
/// le 12 juillet 2005", but "depuis juillet 2005").
fn since(lang: Lang, date: PartialDate) -> String {
    match (lang, date.day) {
        (Lang::Fr, Some(_)) => on_date(lang, date),
        _ => format_partial(lang, date),
    }
}

/// The notice of the map when `n` clusters shown have passed their term with no later decision.
pub fn unconfirmed_notice(lang: Lang, n: usize, updated: Day) -> String {
    let w = words(lang);
    let template = match (lang, n) {
        (Lang::Fr, 0 | 1) | (Lang::En, 1) => w.notice_one,
        _ => w.notice_many,
    };
    let values = [
        ("count", format_count(lang, n)),
        ("updated", format_partial(lang, updated.date())),
    ];
    let values = [
        ("count", values[0].1.as_str()),
        ("updated", values[1].1.as_str()),
    ];
    plain(&fill(template, &values, None))
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
        let lookup: Lookup = &|id| (id == &safe.id).then_some(&safe);
        let merged = Event {
            date: PartialDate::parse("2015-12-18").unwrap(),
            kind: EventKind::MergedInto,
            other: Some(safe.id.clone()),
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
