//! The pages in seven languages: each page names its seven alternates and x-default (in its
//! head and in the sitemap), says its language (`<html lang>`, JSON-LD `inLanguage`), links to
//! the six others each named in itself, and a German and a Japanese page say their key strings,
//! with the "(in English)" mark after a description the dataset has only in English.

use super::*;

const ROOT: &str = "https://example.org/poles/";

/// The seven addresses of aerospace-valley's page, by language.
const AEROSPACE: [(&str, &str); 7] = [
    ("en", "clusters/aerospace-valley/"),
    ("fr", "fr/poles/aerospace-valley/"),
    ("de", "de/clusters/aerospace-valley/"),
    ("es", "es/clusters/aerospace-valley/"),
    ("it", "it/clusters/aerospace-valley/"),
    ("ja", "ja/clusters/aerospace-valley/"),
    ("zh", "zh/clusters/aerospace-valley/"),
];

#[test]
fn each_page_has_seven_alternates_in_its_head_and_in_the_sitemap() {
    let dist = dist_with("seven", &real_bytes());
    generate(&dist, None, &Site::at(ROOT).unwrap()).unwrap();
    let map = read(&dist, "sitemap.xml");
    for (code, path) in AEROSPACE {
        let html = read(&dist, &format!("{path}index.html"));
        assert!(html.contains(&format!("<html lang=\"{code}\">")), "{path}");
        for (other, other_path) in AEROSPACE {
            let link = format!("hreflang=\"{other}\" href=\"{ROOT}{other_path}\"");
            assert!(
                html.contains(&format!("<link rel=\"alternate\" {link}>")),
                "{path}: {other}"
            );
            assert!(
                map.contains(&format!("<xhtml:link rel=\"alternate\" {link}/>")),
                "{other}"
            );
        }
        let default = format!("hreflang=\"x-default\" href=\"{ROOT}clusters/aerospace-valley/\"");
        assert!(
            html.contains(&format!("<link rel=\"alternate\" {default}>")),
            "{path}"
        );
        assert_eq!(
            html.matches("<link rel=\"alternate\" hreflang=").count(),
            8,
            "{path}"
        );
        assert!(
            map.contains(&format!("<url><loc>{ROOT}{path}</loc>")),
            "{path}"
        );
        let data = json_ld(&html);
        assert_eq!(data["inLanguage"], code, "{path}");
        assert_eq!(data["url"], format!("{ROOT}{path}"), "{path}");
        // The seven languages, each named in itself; the page's own is not a link.
        for name in [
            "English",
            "Français",
            "Deutsch",
            "Español",
            "Italiano",
            "日本語",
            "简体中文",
        ] {
            assert!(html.contains(&format!("\">{name}</")), "{path}: {name}");
        }
        assert_eq!(html.matches("<a class=\"tool\" href=").count(), 6, "{path}");
        assert!(
            html.contains(&format!("aria-current=\"page\" lang=\"{code}\"")),
            "{path}"
        );
    }
    // Every page of the sitemap has its eight alternates.
    let urls = map.matches("<url><loc>").count();
    assert_eq!(map.matches("<xhtml:link").count(), (urls - 1) * 8);
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn a_german_and_a_japanese_page_say_their_key_strings() {
    let dist = dist_with("de-ja", &real_bytes());
    generate(&dist, None, &Site::unknown()).unwrap();
    let de = read(&dist, "de/clusters/aerospace-valley/index.html");
    for expected in [
        "<title>Aerospace Valley — Wettbewerbscluster, Toulouse | Pôles</title>",
        "<base href=\"../../../\">",
        "<meta property=\"og:locale\" content=\"de_DE\">",
        "data-state=\"cluster=aerospace-valley&amp;lang=de\"",
        "<a href=\"de/regions/occitanie/\">Occitanie</a>",
        "850 Mitglieder (2025)",
        "Angaben geprüft: November 2026",
        "Anerkannt seit dem 12. Juli 2005",
        "<p class=\"card-description\"><span lang=\"en\">Aeronautics, space",
        "<span class=\"in-english\">(auf Englisch)</span>",
        "<a href=\"de/clusters/\">Alle Cluster</a>",
        "Weitere Cluster in der Region Occitanie: <a href=\"de/clusters/",
    ] {
        assert!(de.contains(expected), "de: missing {expected}");
    }
    let ja = read(&dist, "ja/clusters/cap-digital/index.html");
    for expected in [
        "<html lang=\"ja\">",
        "<title>Cap Digital — 競争力拠点, Paris | Pôles</title>",
        "会員数約1,000（2022年）",
        "情報の確認：",
        "<a href=\"ja/regions/ile-de-france/\">イル＝ド＝フランス</a>",
        "<span class=\"in-english\">（英語）</span>",
        "イル＝ド＝フランスのその他の拠点：<a href=\"ja/clusters/",
        "出典：",
    ] {
        assert!(ja.contains(expected), "ja: missing {expected}");
    }
    // Names in a list are joined as Japanese joins them.
    let ja = read(&dist, "ja/clusters/aerospace-valley/index.html");
    assert!(
        ja.contains("</a>、<a href=\"ja/regions/"),
        "ja: regions joined with 、"
    );
    // English and French show their own description, unmarked.
    let fr = read(&dist, "fr/poles/aerospace-valley/index.html");
    assert!(!fr.contains("in-english") && !fr.contains("lang=\"en\">Aeronautics"));
    // The 404 page speaks every language.
    let not_found = read(&dist, "404.html");
    for (code, text) in [
        ("de", "Seite nicht gefunden"),
        ("ja", "ページが見つかりません"),
    ] {
        assert!(
            not_found.contains(&format!("<div lang=\"{code}\"><h2>{text}</h2>")),
            "{code}"
        );
    }
    std::fs::remove_dir_all(&dist).unwrap();
}
