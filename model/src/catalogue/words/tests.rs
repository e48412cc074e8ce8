//! The timeline's sentences at each moment of a cluster, and every language's dates and
//! numbers as CLDR writes them.

use super::*;
use crate::catalogue::Catalogue;
use crate::timeline::text::plain;

fn catalogue(code: &str) -> Catalogue {
    let language = Language::from_code(code).unwrap();
    crate::catalogue::repository().get(language).clone()
}

fn sentences(catalogue: &Catalogue) -> Sentences<'_> {
    Sentences {
        language: Language::from_code(&catalogue.language.code).unwrap(),
        timeline: catalogue.timeline.words(),
        dates: catalogue.dates.words(),
    }
}

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
    let (en, fr) = (catalogue("en"), catalogue("fr"));
    let say =
        |catalogue: &Catalogue, d| plain(&sentences(catalogue).standing(&c, day(d), updated, none));
    assert_eq!(
        say(&en, "2005-01-01"),
        "Not labelled yet: first labelled on 12 July 2005"
    );
    assert_eq!(
        say(&en, "2006-01-01"),
        "Labelled since 12 July 2005 (phase I)"
    );
    assert_eq!(
        say(&fr, "2006-01-01"),
        "Labellisé depuis le 12 juillet 2005 (phase I)"
    );
    assert_eq!(say(&en, "2010-01-01"), "Label not renewed in January 2009");
    assert_eq!(
        say(&en, "2027-01-15"),
        "Labelled until 31 December 2026 (phase V); no later decision in this data (updated 4 December 2026)"
    );
    assert_eq!(
        say(&fr, "2027-01-15"),
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
    let (en, fr) = (catalogue("en"), catalogue("fr"));
    let sentence = sentences(&en).event(&merged, lookup);
    assert_eq!(plain(&sentence), "Merged into SAFE on 18 December 2015");
    assert!(matches!(&sentence[1], Part::Cluster(id, _) if id.as_str() == "safe"));
    assert_eq!(
        plain(&sentences(&fr).event(&merged, lookup)),
        "Fusionné dans SAFE le 18 décembre 2015"
    );
}

#[test]
fn dates_and_counts_in_every_language() {
    let day = Day::parse("2026-12-04").unwrap();
    let first = Day::parse("2024-01-01").unwrap();
    let cases = [
        (
            "en",
            "4 December 2026",
            "December 2026",
            "1 January 2024",
            "1,234",
        ),
        (
            "fr",
            "4 décembre 2026",
            "décembre 2026",
            "1er janvier 2024",
            "1\u{202f}234",
        ),
        (
            "de",
            "4. Dezember 2026",
            "Dezember 2026",
            "1. Januar 2024",
            "1.234",
        ),
        (
            "es",
            "4 de diciembre de 2026",
            "diciembre de 2026",
            "1 de enero de 2024",
            "1234",
        ),
        (
            "it",
            "4 dicembre 2026",
            "dicembre 2026",
            "1 gennaio 2024",
            "1.234",
        ),
        ("ja", "2026年12月4日", "2026年12月", "2024年1月1日", "1,234"),
        ("zh", "2026年12月4日", "2026年12月", "2024年1月1日", "1,234"),
    ];
    for (code, long, month, first_day, thousands) in cases {
        let catalogue = catalogue(code);
        let words = catalogue.dates.words();
        assert_eq!(words.day(day), long, "{code}");
        assert_eq!(words.month(day), month, "{code}");
        assert_eq!(words.day(first), first_day, "{code}");
        assert_eq!(words.iso_day("someday"), "someday");
        let language = Language::from_code(code).unwrap();
        assert_eq!(count(language, 1234), thousands, "{code}");
    }
    let ja = catalogue("ja");
    let words = sentences(&ja);
    let year = PartialDate::parse("2005").unwrap();
    assert_eq!(words.dates.when(year), "2005年");
    // No plural in Japanese: one form for every count.
    let forms = ja.interface.clusters_shown.forms();
    assert_eq!(forms.pick(Language::Ja, 1), forms.pick(Language::Ja, 2));
    let fr = catalogue("fr");
    assert_eq!(
        fr.interface
            .clusters_shown
            .forms()
            .fill(Language::Fr, 0, &[]),
        "0 pôle affiché"
    );
}
