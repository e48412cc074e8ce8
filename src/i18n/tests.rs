//! The texts agree in number, and every issue and load error is written in both languages.

use poles_model::validate::{Code, JsonKind};

use super::en::EN;
use super::fr::FR;
use super::*;

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
    assert_eq!((EN.clusters_shown)(1), "1 cluster shown");
    assert_eq!((EN.clusters_shown)(0), "0 clusters shown");
    assert_eq!((EN.clusters_shown)(12_345), "12,345 clusters shown");
    assert_eq!((FR.clusters_shown)(1), "1 pôle affiché");
    assert_eq!((FR.clusters_shown)(0), "0 pôle affiché");
    assert_eq!((FR.clusters_shown)(2), "2 pôles affichés");
    assert_eq!(
        (EN.profile_clusters)(1),
        "1 current cluster covers the region"
    );
    assert_eq!(
        (EN.profile_clusters)(14),
        "14 current clusters cover the region"
    );
    assert_eq!((FR.profile_clusters)(0), "0 pôle actuel couvre la région");
    assert_eq!(
        (FR.profile_clusters)(2),
        "2 pôles actuels couvrent la région"
    );
    assert_eq!((EN.profile_current_value)(14, 1), "14 (1 head office here)");
    assert_eq!((FR.profile_current_value)(8, 5), "8 (dont 5 sièges ici)");
    assert_eq!(
        (EN.profile_members_value)(&members(4210, 6, Some((2019, 2024)), true), 14),
        "about 4,210 (stated for 6 clusters out of 14, 2019–2024)"
    );
    assert_eq!(
        (EN.profile_members_value)(&members(90, 1, Some((2024, 2024)), false), 1),
        "90 (stated for 1 cluster out of 1, 2024)"
    );
    assert_eq!(
        (FR.profile_members_value)(&members(12_345, 1, Some((2020, 2020)), false), 3),
        "12\u{202f}345 (indiqué pour 1 pôle sur 3, 2020)"
    );
    assert_eq!(
        (FR.profile_members_value)(&MemberTotal::default(), 3),
        "Aucun pôle n’indique d’effectif"
    );
    assert_eq!(
        (EN.region_tooltip)("Occitanie", 3, "Health"),
        "Occitanie — 3 clusters (Health)"
    );
    assert_eq!((EN.region_tooltip)("Corse", 1, ""), "Corse — 1 cluster");
    assert_eq!((FR.region_tooltip)("Corse", 0, ""), "Corse — 0 pôle");
    assert_eq!((FR.show_more)(1), "Afficher plus (1 restant)");
    assert_eq!((EN.member_count)(1, 2024, None), "1 member (2024)");
    assert_eq!(
        (FR.member_count)(900, 2024, Some(Qualifier::MoreThan)),
        "plus de 900 membres (2024)"
    );
    assert_eq!((EN.chip_count_unit)(1), " cluster");
    assert_eq!((FR.chip_count_unit)(7), " pôles");
    assert_eq!(
        (EN.about_today)(1, 2),
        "Today this map shows 1 labelled cluster, and 2 former ones that merged or closed."
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
        let (en, fr) = ((EN.issue)(&kind), (FR.issue)(&kind));
        assert!(!en.is_empty() && !fr.is_empty(), "{kind:?}");
        assert_ne!(en, fr, "{kind:?} is not translated");
        // The parser's words are shown apart, never inside the sentence.
        if let Some(detail) = kind.detail() {
            assert!(!en.contains(detail) && !fr.contains(detail), "{kind:?}");
        }
    }
    assert_eq!(
        (FR.issue)(&IssueKind::LatitudeOutOfRange { lat: 95.5 }),
        "la latitude 95,5 est hors limites (−90 à 90)"
    );
    assert_eq!(
        (FR.issue)(&IssueKind::TooLong {
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
        (EN.issue_place)(Some(&record), "hq.lat"),
        "clusters[3] (id “delta”), field hq.lat: "
    );
    assert_eq!(
        (FR.issue_place)(Some(&record), ""),
        "clusters[3] (id «\u{a0}delta\u{a0}»)\u{a0}: "
    );
    assert_eq!(
        (FR.issue_place)(None, "updated"),
        "Jeu de données, champ updated\u{a0}: "
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
        let (en, fr) = ((EN.load_error)(error), (FR.load_error)(error));
        assert_ne!(en, fr, "{error:?}");
        assert!(!en.contains(&detail) && !fr.contains(&detail), "{error:?}");
    }
    assert_eq!(
        (EN.load_error)(&errors[3]),
        "invalid JSON at line 1, column 35:"
    );
    assert_eq!(
        (FR.load_error)(&errors[3]),
        "JSON invalide à la ligne 1, colonne 35\u{a0}:"
    );
}

/// Until the catalogue replaces these tables (issue 21), it says what they say: every plain
/// text of English and French is its catalogue entry, and the counted texts agree at 0, 1, 2
/// and 1,234 (a text changed here and not there fails).
#[test]
fn the_catalogue_says_what_the_tables_say() {
    use poles_model::catalogue::{category, group_digits, Catalogue, Language};
    let files = [
        (
            &EN,
            Language::En,
            include_str!("../../i18n/catalogue/en.json"),
        ),
        (
            &FR,
            Language::Fr,
            include_str!("../../i18n/catalogue/fr.json"),
        ),
    ];
    for (texts, language, file) in files {
        let catalogue = Catalogue::from_json(file).expect("the catalogue reads");
        let entries = &catalogue.interface;
        macro_rules! same {
            ($($field:ident),* $(,)?) => {
                $(assert_eq!(texts.$field, entries.$field.as_str(), "{language:?} {}", stringify!($field));)*
            };
        }
        same!(
            skip_links_label,
            skip_to_map,
            skip_to_list,
            tagline,
            language_switch,
            loading,
            load_failed,
            network_error,
            timeout_error,
            retry,
            details,
            geometry_unavailable,
            panic_message,
            reload,
            filters_label,
            search_label,
            search_placeholder,
            region_label,
            all_of_france,
            sectors_label,
            reset_sectors,
            show_historical,
            map_label,
            overseas_label,
            legend_label,
            cluster_icon_suffix,
            marker_keys,
            zoom_in,
            zoom_out,
            leaflet_title,
            list_label,
            no_match,
            clear_filters,
            historical,
            became,
            profile_by_sector,
            profile_by_sector_note,
            profile_figures,
            profile_current,
            profile_members,
            profile_members_note,
            profile_world_class,
            profile_world_vocation,
            profile_hq_elsewhere,
            none,
            profile_compare,
            profile_empty,
            choropleth_heading,
            choropleth_all,
            choropleth_filtered,
            choropleth_none,
            matrix_toggle,
            matrix_toggle_short,
            matrix_heading,
            matrix_intro,
            matrix_note,
            total,
            total_distinct,
            back_to_map,
            download_matrix,
            close,
            formerly,
            brochure_2006,
            sectors,
            regions,
            headquarters,
            members,
            enterprises,
            research,
            training,
            no_names,
            label_world_class,
            label_world_vocation,
            label_national,
            label_2005,
            label_history,
            time_label,
            profile_by_year,
            time_play,
            time_pause,
            time_back_to_today,
            name_today,
            successor,
            predecessors,
            website,
            sources,
            unverified,
            unverified_hint,
            copy_link,
            link_copied,
            embed,
            embed_heading,
            embed_help,
            embed_code,
            embed_format,
            embed_element,
            embed_iframe,
            embed_title,
            copy_code,
            copied,
            open_full_map,
            download,
            download_csv,
            download_json,
            about,
            about_heading,
            about_what,
            about_needs_heading,
            about_gains_heading,
            about_history_heading,
            locate_heading,
            locate_intro,
            regional_agencies,
            about_data_heading,
            view_2006,
            view_2006_heading,
            view_2006_intro,
            name_2006,
            today,
            contact,
            agency
        );
        assert_eq!(
            format!("{} oops", texts.invalid_data),
            entries.invalid_data.fill(&[("error", "oops")])
        );
        let image = &entries.map_image;
        for (text, entry) in [
            (texts.map_image, &image.download),
            (texts.map_image_heading, &image.heading),
            (texts.map_image_help, &image.help),
            (texts.map_image_size, &image.size),
            (texts.map_image_slide, &image.slide),
            (texts.map_image_page, &image.page),
            (texts.map_image_svg, &image.svg),
            (texts.map_image_png, &image.png),
            (texts.map_image_historical, &image.historical),
        ] {
            assert_eq!(text, entry.as_str(), "{language:?}");
        }
        let (label, value, title, date) = ("Région", "Occitanie", "Pôles", "4 décembre 2026");
        assert_eq!(
            (texts.map_image_filter)(label, value),
            image.filter.fill(&[("label", label), ("value", value)])
        );
        assert_eq!(
            (texts.map_image_search)(value),
            image.search.fill(&[("query", value)])
        );
        assert_eq!(
            (texts.map_image_credits)(title, date),
            image.credits.fill(&[("title", title), ("date", date)])
        );
        assert_eq!(
            (texts.printed)("https://example.org/", date),
            image
                .printed
                .fill(&[("address", "https://example.org/"), ("date", date)])
        );
        for n in [0usize, 1, 2, 1234] {
            let count = group_digits(language, n as u64);
            let counted = |plural: &poles_model::catalogue::Plural| {
                plural
                    .pick(category(language, n as u64))
                    .fill(&[("n", &count)])
            };
            assert_eq!((texts.clusters_shown)(n), counted(&entries.clusters_shown));
            assert_eq!((texts.show_more)(n), counted(&entries.show_more));
            assert_eq!(
                (texts.profile_clusters)(n),
                counted(&entries.profile_clusters)
            );
        }
    }
}
