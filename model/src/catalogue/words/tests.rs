//! The catalogue's sentences and dates say in English and French what the model's own tables
//! say (the app now writes with the catalogue, the pages still with `timeline::text` and
//! `format`), on every cluster of the real dataset at every date that matters; and the other
//! languages write CLDR's dates and numbers.

use super::*;
use crate::catalogue::Catalogue;
use crate::dataset::Lang;
use crate::format::{format_count, format_partial};
use crate::timeline::text;

fn catalogue(code: &str) -> Catalogue {
    let path = format!(
        "{}/../i18n/catalogue/{code}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Catalogue::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn sentences(catalogue: &Catalogue) -> Sentences<'_> {
    Sentences {
        language: Language::from_code(&catalogue.language.code).unwrap(),
        timeline: catalogue.timeline.words(),
        dates: catalogue.dates.words(),
    }
}

#[test]
fn english_and_french_sentences_equal_the_model_tables() {
    let bytes = std::fs::read(format!(
        "{}/../data/clusters.json",
        env!("CARGO_MANIFEST_DIR")
    ));
    let dataset = crate::load(&bytes.unwrap()).unwrap().dataset;
    let lookup: text::Lookup = &|id| dataset.clusters.iter().find(|c| &c.id == id);
    let updated = Day::parse(&dataset.updated).unwrap();
    let days: Vec<Day> = [
        "2005-01-01",
        "2006-06-01",
        "2010-01-01",
        "2015-12-31",
        "2020-06-30",
    ]
    .iter()
    .map(|d| Day::parse(d).unwrap())
    .chain([updated, Day::parse("2027-01-15").unwrap()])
    .collect();
    let mut checked = 0;
    for lang in [Lang::En, Lang::Fr] {
        let catalogue = catalogue(lang.code());
        let words = sentences(&catalogue);
        for cluster in &dataset.clusters {
            for &day in &days {
                assert_eq!(
                    words.standing(cluster, day, updated, lookup),
                    text::standing(lang, cluster, day, updated, lookup),
                    "{} on {day}",
                    cluster.id
                );
            }
            for event in &cluster.events {
                assert_eq!(words.event(event, lookup), text::event(lang, event, lookup));
            }
            for period in &cluster.labels.periods {
                assert_eq!(words.period(period), text::period(lang, period));
                assert_eq!(
                    words.dates.partial(period.until),
                    format_partial(lang, period.until)
                );
                checked += 1;
            }
        }
        for n in [0, 1, 2, 12_345] {
            assert_eq!(
                words.unconfirmed_notice(n, updated),
                text::unconfirmed_notice(lang, n, updated)
            );
            assert_eq!(count(words.language, n), format_count(lang, n));
        }
    }
    assert!(checked > 100, "{checked} periods");
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
