//! The texts agree in number, every issue and load error is written in every language, and
//! the lists of `public/i18n/` read back into the texts the catalogue says.

use poles_model::validate::{Code, IssueKind, JsonKind, RecordRef};
use poles_model::LoadError;

use super::*;

/// The texts of `code` as the app reads them: English compiled in, the others from their list.
fn texts(code: &str) -> Texts {
    let lang = Language::from_code(code).unwrap();
    if lang == Language::En {
        return Texts::english();
    }
    let path = format!("{}/public/i18n/{code}.json", env!("CARGO_MANIFEST_DIR"));
    let list: Vec<String> = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    Texts::from_list(lang, list).expect("a list of this build")
}

fn en() -> Texts {
    texts("en")
}

fn fr() -> Texts {
    texts("fr")
}

fn members(sum: u64, stating: usize, years: Option<(u16, u16)>, approximate: bool) -> MemberTotal {
    MemberTotal {
        sum,
        stating,
        years,
        approximate,
    }
}

#[test]
fn counts_agree_in_number() {
    assert_eq!(en().clusters_shown(1), "1 cluster shown");
    assert_eq!(en().clusters_shown(0), "0 clusters shown");
    assert_eq!(en().clusters_shown(12_345), "12,345 clusters shown");
    assert_eq!(fr().clusters_shown(1), "1 pôle affiché");
    assert_eq!(fr().clusters_shown(0), "0 pôle affiché");
    assert_eq!(fr().clusters_shown(2), "2 pôles affichés");
    assert_eq!(
        en().profile_clusters(1),
        "1 current cluster covers the region"
    );
    assert_eq!(
        en().profile_clusters(14),
        "14 current clusters cover the region"
    );
    assert_eq!(fr().profile_clusters(0), "0 pôle actuel couvre la région");
    assert_eq!(
        fr().profile_clusters(2),
        "2 pôles actuels couvrent la région"
    );
    assert_eq!(en().profile_current_value(14, 1), "14 (1 head office here)");
    assert_eq!(fr().profile_current_value(8, 5), "8 (dont 5 sièges ici)");
    assert_eq!(
        en().profile_members_value(&members(4210, 6, Some((2019, 2024)), true), 14),
        "about 4,210 (stated for 6 clusters out of 14, 2019–2024)"
    );
    assert_eq!(
        en().profile_members_value(&members(90, 1, Some((2024, 2024)), false), 1),
        "90 (stated for 1 cluster out of 1, 2024)"
    );
    assert_eq!(
        fr().profile_members_value(&members(12_345, 1, Some((2020, 2020)), false), 3),
        "12\u{202f}345 (indiqué pour 1 pôle sur 3, 2020)"
    );
    assert_eq!(
        fr().profile_members_value(&MemberTotal::default(), 3),
        "Aucun pôle n’indique d’effectif"
    );
    assert_eq!(
        en().region_tooltip("Occitanie", 3, "Health"),
        "Occitanie — 3 clusters (Health)"
    );
    assert_eq!(en().region_tooltip("Corse", 1, ""), "Corse — 1 cluster");
    assert_eq!(fr().region_tooltip("Corse", 0, ""), "Corse — 0 pôle");
    assert_eq!(fr().show_more(1), "Afficher plus (1 restant)");
    assert_eq!(en().member_count(1, 2024, None), "1 member (2024)");
    assert_eq!(
        fr().member_count(900, 2024, Some(Qualifier::MoreThan)),
        "plus de 900 membres (2024)"
    );
    assert_eq!(en().chip_count_unit(1), " cluster");
    assert_eq!(fr().chip_count_unit(7), " pôles");
    assert_eq!(
        en().about_today(1, 2),
        "Today this map shows 1 labelled cluster, and 2 former ones that merged, closed or lost their label."
    );
}

/// One issue of each kind.
fn every_kind() -> Vec<IssueKind> {
    let value = || "x".to_owned();
    let dates = || ("2024-01-01".to_owned(), "2026-01-15".to_owned());
    let (checked, updated) = dates();
    let (checked_2, updated_2) = dates();
    vec![
        IssueKind::ByteOrderMark,
        IssueKind::NotAnObject {
            found: JsonKind::Array,
        },
        IssueKind::Unreadable { detail: value() },
        IssueKind::Blank,
        IssueKind::TooLong {
            chars: 5000,
            max: 4000,
        },
        IssueKind::TooMany { len: 501, max: 500 },
        IssueKind::EmptyTranslation,
        IssueKind::NotASlug { value: value() },
        IssueKind::NotAColour { value: value() },
        IssueKind::NotADate { value: value() },
        IssueKind::NotARegionCode { value: value() },
        IssueKind::NotHttp { value: value() },
        IssueKind::NotALink { value: value() },
        IssueKind::NotAContact { value: value() },
        IssueKind::ListedTwice { value: value() },
        IssueKind::NoCode { code: Code::Region },
        IssueKind::UnknownCode {
            code: Code::Sector,
            value: value(),
        },
        IssueKind::CodeListedTwice {
            code: Code::Region,
            value: value(),
        },
        IssueKind::UnknownSources {
            ids: vec![value(), value()],
        },
        IssueKind::NoSectors,
        IssueKind::NoRegions,
        IssueKind::NoClusters,
        IssueKind::LatitudeOutOfRange { lat: 95.5 },
        IssueKind::LongitudeOutOfRange { lon: -183.37 },
        IssueKind::OutsideRegions {
            lat: 43.6,
            lon: 1.44,
            regions: vec!["53".into()],
        },
        IssueKind::DuplicateId { first: 2 },
        IssueKind::CurrentWithSuccessor,
        IssueKind::UnknownSuccessor { id: value() },
        IssueKind::SuccessorCycle { id: value() },
        IssueKind::SuccessorLeftOut { id: value() },
        IssueKind::EndsBeforeStart {
            from: "2010".into(),
            until: "2009-12".into(),
        },
        IssueKind::PeriodsOverlap { other: 1 },
        IssueKind::DateAfterUpdate {
            date: "2027-01-01".into(),
            updated: "2026-12-04".into(),
        },
        IssueKind::EventWithoutOther,
        IssueKind::UnknownEventOther { id: value() },
        IssueKind::NoSources,
        IssueKind::EndsInsidePeriod { period: 0 },
        IssueKind::StatusContradictsPeriods { current: true },
        IssueKind::StatusContradictsPeriods { current: false },
        IssueKind::EventContradictsSuccessor {
            other: value(),
            successor: value(),
        },
        IssueKind::SuccessorLabelledLate {
            id: value(),
            day: "2019-01-01".into(),
        },
        IssueKind::CheckedAfterUpdate { checked, updated },
        IssueKind::Stale {
            checked: checked_2,
            updated: updated_2,
        },
    ]
}

#[test]
fn every_issue_is_written_in_both_languages() {
    for kind in every_kind() {
        let (en, fr) = (en().issue(&kind), fr().issue(&kind));
        assert!(!en.is_empty() && !fr.is_empty(), "{kind:?}");
        assert_ne!(en, fr, "{kind:?} is not translated");
        // The parser's words are shown apart, never inside the sentence.
        if let Some(detail) = kind.detail() {
            assert!(!en.contains(detail) && !fr.contains(detail), "{kind:?}");
        }
    }
    assert_eq!(
        fr().issue(&IssueKind::LatitudeOutOfRange { lat: 95.5 }),
        "la latitude 95,5 est hors limites (−90 à 90)"
    );
    assert_eq!(
        fr().issue(&IssueKind::TooLong {
            chars: 5000,
            max: 4000
        }),
        "compte 5\u{202f}000 caractères (au plus 4\u{202f}000)"
    );
}

#[test]
fn issue_places_name_the_record_and_field() {
    let record = RecordRef {
        index: 3,
        id: Some("delta".into()),
    };
    assert_eq!(
        en().issue_line(Some(&record), "hq.lat", "x"),
        "clusters[3] (id “delta”), field hq.lat: x"
    );
    assert_eq!(
        fr().issue_line(Some(&record), "", "x"),
        "clusters[3] (id «\u{a0}delta\u{a0}»)\u{a0}: x"
    );
    assert_eq!(
        fr().issue_line(None, "updated", "x"),
        "Jeu de données, champ updated\u{a0}: x"
    );
}

#[test]
fn load_errors_are_written_in_both_languages() {
    let detail = "EOF while parsing a list".to_owned();
    let errors = [
        LoadError::Empty,
        LoadError::NotUtf8 { byte_offset: 2678 },
        LoadError::NotAnObject {
            found: JsonKind::String,
        },
        LoadError::Syntax {
            line: 1,
            column: 35,
            detail: detail.clone(),
        },
        LoadError::Format {
            line: 182,
            column: 8,
            path: "extra".into(),
            detail: detail.clone(),
        },
        LoadError::UnsupportedVersion(2),
    ];
    for error in &errors {
        let (en, fr) = (en().load_error(error), fr().load_error(error));
        assert_ne!(en, fr, "{error:?}");
        assert!(!en.contains(&detail) && !fr.contains(&detail), "{error:?}");
    }
    assert_eq!(
        en().load_error(&errors[3]),
        "invalid JSON at line 1, column 35:"
    );
    assert_eq!(
        fr().load_error(&errors[3]),
        "JSON invalide à la ligne 1, colonne 35\u{a0}:"
    );
}

const CODES: [&str; 7] = ["en", "fr", "de", "es", "it", "ja", "zh"];

/// No placeholder left unfilled, nothing empty.
fn written(text: &str, what: &str) {
    assert!(!text.trim().is_empty(), "{what}: empty");
    let open = text.find('{').map(|i| &text[i..]);
    assert!(
        !open.is_some_and(|rest| rest[1..].starts_with(|c: char| c.is_ascii_lowercase())),
        "{what}: a placeholder left in {text:?}"
    );
}

#[test]
fn every_issue_and_load_error_is_written_in_every_language() {
    let english = en();
    for code in CODES {
        let t = texts(code);
        for kind in every_kind() {
            let text = t.issue(&kind);
            written(&text, &format!("{code} {kind:?}"));
            if code != "en"
                && !matches!(
                    kind,
                    IssueKind::NotAnObject {
                        found: JsonKind::Null
                    }
                )
            {
                assert_ne!(
                    text,
                    english.issue(&kind),
                    "{code} {kind:?} is not translated"
                );
            }
        }
        let record = RecordRef {
            index: 3,
            id: Some("d".into()),
        };
        written(&t.issue_line(Some(&record), "hq.lat", "x"), code);
        written(&t.load_error(&LoadError::UnsupportedVersion(9)), code);
        written(
            &t.load_error(&LoadError::NotUtf8 { byte_offset: 1234 }),
            code,
        );
    }
}

#[test]
fn counts_and_dates_follow_cldr_in_every_language() {
    let de = texts("de");
    assert_eq!(de.count(1234), "1.234");
    assert_eq!(de.clusters_shown(1), "1 Cluster angezeigt");
    assert_eq!(
        de.dates()
            .day(poles_model::Day::parse("2026-12-04").unwrap()),
        "4. Dezember 2026"
    );
    let ja = texts("ja");
    assert_eq!(ja.count(1234), "1,234");
    // No plural in Japanese: one form whatever the count.
    assert_eq!(ja.clusters_shown(1).replace('1', "2"), ja.clusters_shown(2));
    assert_eq!(ja.chip_count_unit(1), ja.chip_count_unit(5));
    assert_eq!(
        ja.dates()
            .day(poles_model::Day::parse("2026-12-04").unwrap()),
        "2026年12月4日"
    );
    let fr = fr();
    assert_eq!(fr.clusters_shown(0), "0 pôle affiché");
    assert_eq!(fr.count(1234), "1\u{202f}234");
    for code in CODES {
        let t = texts(code);
        for n in [0, 1, 2, 5, 1234] {
            written(&t.clusters_shown(n), code);
            written(
                &t.profile_members_value(&members(90, n, Some((2020, 2024)), true), 3),
                code,
            );
            written(&t.member_count(n, 2024, Some(Qualifier::About)), code);
            written(&t.about_today(n, 2), code);
            written(&t.region_tooltip("R", n, "S"), code);
        }
    }
}

#[test]
fn a_list_of_another_build_is_refused() {
    let mut list: Vec<String> = strings::EN.split('\0').map(str::to_owned).collect();
    assert!(Texts::from_list(Language::De, list.clone()).is_some());
    list[0] = "0000000000000000".to_owned();
    assert!(Texts::from_list(Language::De, list.clone()).is_none());
    list.pop();
    assert!(Texts::from_list(Language::De, list).is_none());
}

#[test]
fn sectors_and_regions_are_named_in_the_readers_language() {
    let bytes =
        std::fs::read(format!("{}/data/clusters.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let dataset = poles_model::load(&bytes).unwrap().dataset;
    let (ja, fr) = (texts("ja"), fr());
    for sector in &dataset.sectors {
        assert_eq!(fr.sector_label(sector), sector.label.fr, "{}", sector.id);
        assert!(
            ja.data_sector(sector.id.as_str()).is_some(),
            "{} not in the catalogue",
            sector.id
        );
        assert_ne!(ja.sector_label(sector), sector.label.en, "{}", sector.id);
    }
    for region in &dataset.regions {
        assert!(
            ja.data_region(region.code.as_str()).is_some(),
            "{}",
            region.code
        );
    }
    let description = &dataset.clusters[0].description;
    let shown = ja.data(description);
    assert!(shown.english && shown.text == description.en && shown.lang() == Some("en"));
    assert!(!fr.data(description).english);
}

/// The static pages write counts, member counts, dates, the timeline and the dataset's names
/// with the same messages and functions as the app (`poles_model::site::Texts`, from the
/// catalogue the app's lists are generated from): the same strings for the same inputs, in
/// every language, on every cluster of the real dataset.
#[test]
fn the_pages_say_what_the_app_says() {
    use poles_model::catalogue::Catalogues;
    use poles_model::timeline::text::plain;

    let root = env!("CARGO_MANIFEST_DIR");
    let catalogues = Catalogues::read(|language| {
        let path = format!("{root}/i18n/catalogue/{}.json", language.code());
        std::fs::read_to_string(path).map_err(|e| e.to_string())
    })
    .unwrap();
    let bytes = std::fs::read(format!("{root}/data/clusters.json")).unwrap();
    let dataset = poles_model::load(&bytes).unwrap().dataset;
    let lookup: poles_model::timeline::text::Lookup =
        &|id| dataset.clusters.iter().find(|c| &c.id == id);
    let updated = poles_model::Day::parse(&dataset.updated).unwrap();
    let qualifiers = [
        None,
        Some(Qualifier::About),
        Some(Qualifier::Nearly),
        Some(Qualifier::MoreThan),
        Some(Qualifier::AtLeast),
        Some(Qualifier::IncludingNetwork),
    ];
    for code in CODES {
        let app = texts(code);
        let page = poles_model::site::Texts::new(app.lang, catalogues.get(app.lang));
        assert_eq!(
            page.language_name(),
            NAMES[CODES.iter().position(|c| *c == code).unwrap()]
        );
        for n in [0, 1, 2, 5, 999, 1000, 12_345, 1_000_000] {
            assert_eq!(page.count(n), app.count(n), "{code} {n}");
            for qualifier in qualifiers {
                assert_eq!(
                    page.member_count(n as u32, 2024, qualifier),
                    app.member_count(n, 2024, qualifier),
                    "{code} {n} {qualifier:?}"
                );
            }
        }
        for iso in ["2026-11-27", "2024-01-01", "soon"] {
            let month = app.dates().iso_month(iso);
            assert_eq!(page.facts_checked(iso), app.facts_checked(&month), "{code}");
        }
        for cluster in &dataset.clusters {
            let (said, shown) = (page.sentences(), app.sentences());
            assert_eq!(
                plain(&said.standing(cluster, updated, updated, lookup)),
                plain(&shown.standing(cluster, updated, updated, lookup)),
                "{code} {}",
                cluster.id
            );
            for period in &cluster.labels.periods {
                assert_eq!(said.period(period), shown.period(period), "{code}");
            }
            let (text, card) = (
                page.data(&cluster.description),
                app.data(&cluster.description),
            );
            assert_eq!(text.text, card.text, "{code}");
            assert_eq!(text.english.is_some(), card.english, "{code}");
            assert!(text.english.iter().all(|mark| mark == app.in_english()));
        }
        for sector in &dataset.sectors {
            assert_eq!(
                page.sector_label(sector),
                app.sector_label(sector),
                "{code}"
            );
            assert_eq!(
                page.sector_short(sector),
                app.sector_short(sector),
                "{code}"
            );
        }
        for region in &dataset.regions {
            assert_eq!(page.region_name(region), app.region_name(region), "{code}");
        }
    }
}
