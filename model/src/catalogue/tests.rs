use std::collections::BTreeSet;
use std::fmt;

use serde::de::{Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::*;
use crate::timeline::Day;

/// Every language's file, as the build would include it.
const FILES: [(Language, &str); 7] = [
    (
        Language::En,
        include_str!("../../../i18n/catalogue/en.json"),
    ),
    (
        Language::Fr,
        include_str!("../../../i18n/catalogue/fr.json"),
    ),
    (
        Language::De,
        include_str!("../../../i18n/catalogue/de.json"),
    ),
    (
        Language::Es,
        include_str!("../../../i18n/catalogue/es.json"),
    ),
    (
        Language::It,
        include_str!("../../../i18n/catalogue/it.json"),
    ),
    (
        Language::Ja,
        include_str!("../../../i18n/catalogue/ja.json"),
    ),
    (
        Language::Zh,
        include_str!("../../../i18n/catalogue/zh.json"),
    ),
];

const EN: &str = FILES[0].1;

fn catalogue(language: Language) -> Catalogue {
    let (_, text) = FILES.iter().find(|(l, _)| *l == language).unwrap();
    Catalogue::from_json(text).unwrap_or_else(|e| panic!("{}.json: {e}", language.code()))
}

fn day(year: u16, month: u8, day: u8) -> Day {
    Day::new(year, month, day).unwrap()
}

#[test]
fn every_language_parses_and_says_its_code() {
    for (language, _) in FILES {
        let catalogue = catalogue(language);
        assert_eq!(catalogue.language.code, language.code());
        assert_eq!(
            Language::from_code(&catalogue.language.code),
            Some(language)
        );
    }
}

#[test]
fn a_key_too_many_or_missing_fails_to_parse() {
    let extra = EN.replacen(
        "\"interface\": {",
        "\"interface\": {\n    \"extra\": \"x\",",
        1,
    );
    assert_ne!(extra, EN);
    assert!(Catalogue::from_json(&extra).is_err(), "an extra key parsed");

    let nested_extra = EN.replacen("\"empty\": \"the", "\"spare\": \"x\",\n\"empty\": \"the", 1);
    assert_ne!(nested_extra, EN);
    assert!(
        Catalogue::from_json(&nested_extra).is_err(),
        "an extra nested key parsed"
    );

    let missing = EN.replacen("    \"retry\": \"Retry\",\n", "", 1);
    assert_ne!(missing, EN);
    assert!(
        Catalogue::from_json(&missing).is_err(),
        "a missing key parsed"
    );

    let no_other = EN.replacen(",\n      \"other\": \"{n} clusters shown\"", "", 1);
    assert_ne!(no_other, EN);
    assert!(
        Catalogue::from_json(&no_other).is_err(),
        "a plural without other parsed"
    );

    let short_list = EN.replacen(",\n      \"Visibility abroad\"", "", 1);
    assert_ne!(short_list, EN);
    assert!(
        Catalogue::from_json(&short_list).is_err(),
        "a list of 3 needs parsed"
    );
}

#[test]
fn a_template_fills_its_placeholders_and_leaves_unknown_ones() {
    let template = Template::new("{region} — {n} clusters ({sectors}) {n}");
    assert_eq!(template.placeholders(), ["region", "n", "sectors", "n"]);
    assert_eq!(
        template.fill(&[("n", "3"), ("region", "Bretagne")]),
        "Bretagne — 3 clusters ({sectors}) 3"
    );
    let braces = Template::new("{ not one } {Name} {} {x");
    assert!(braces.placeholders().is_empty());
    assert_eq!(braces.fill(&[("x", "y")]), "{ not one } {Name} {} {x");
}

#[test]
fn a_plural_picks_its_form_or_other() {
    let fr = catalogue(Language::Fr);
    let unit = &fr.interface.chip_count_unit;
    assert_eq!(unit.pick(category(Language::Fr, 0)).as_str(), " pôle");
    assert_eq!(unit.pick(category(Language::Fr, 1)).as_str(), " pôle");
    assert_eq!(unit.pick(category(Language::Fr, 2)).as_str(), " pôles");
    assert_eq!(unit.pick(PluralCategory::Many).as_str(), " pôles");
    let en = catalogue(Language::En);
    let unit = &en.interface.chip_count_unit;
    assert_eq!(unit.pick(category(Language::En, 0)).as_str(), " clusters");
    let ja = catalogue(Language::Ja);
    let shown = &ja.interface.clusters_shown;
    assert_eq!(shown.pick(PluralCategory::One), &shown.other);
}

#[test]
fn plural_categories_are_cldr_on_its_sample_integers() {
    use PluralCategory::{Many, One, Other};
    // The `@integer` samples of CLDR 46 plurals.xml (`…` and the `1c6` forms left out; ranges
    // written out), and a few more multiples of a million for `many`.
    let two_to_16: Vec<u64> = (2..=16).collect();
    let en_de_other = [&[0][..], &two_to_16, &[100, 1000, 10000, 100000, 1000000]].concat();
    for language in [Language::En, Language::De] {
        assert_eq!(category(language, 1), One);
        for n in &en_de_other {
            assert_eq!(category(language, *n), Other, "{language:?} {n}");
        }
    }
    // fr: one 0, 1; many 1000000; other 2~17, 100, 1000, 10000, 100000.
    let fr_other = [
        &(2..=17).collect::<Vec<u64>>()[..],
        &[100, 1000, 10000, 100000],
    ]
    .concat();
    assert_eq!(category(Language::Fr, 0), One);
    assert_eq!(category(Language::Fr, 1), One);
    for n in fr_other {
        assert_eq!(category(Language::Fr, n), Other, "fr {n}");
    }
    // es, it: one 1; many 1000000; other 0, 2~16, 100, 1000, 10000, 100000.
    let es_it_other = [&[0][..], &two_to_16, &[100, 1000, 10000, 100000]].concat();
    for language in [Language::Es, Language::It] {
        assert_eq!(category(language, 1), One);
        for n in &es_it_other {
            assert_eq!(category(language, *n), Other, "{language:?} {n}");
        }
    }
    for language in [Language::Fr, Language::Es, Language::It] {
        for n in [1_000_000, 2_000_000, 7_000_000, 1_000_000_000] {
            assert_eq!(category(language, n), Many, "{language:?} {n}");
        }
        for n in [1_000_001, 1_500_000, 999_999] {
            assert_eq!(category(language, n), Other, "{language:?} {n}");
        }
    }
    // ja, zh: other 0~15, 100, 1000, 10000, 100000, 1000000.
    let cjk = [
        &(0..=15).collect::<Vec<u64>>()[..],
        &[100, 1000, 10000, 100000, 1000000],
    ]
    .concat();
    for language in [Language::Ja, Language::Zh] {
        for n in &cjk {
            assert_eq!(category(language, *n), Other, "{language:?} {n}");
        }
    }
}

#[test]
fn languages_read_their_codes() {
    for language in Language::ALL {
        assert_eq!(Language::from_code(language.code()), Some(language));
    }
    assert_eq!(Language::from_code("es-ES"), Some(Language::Es));
    assert_eq!(Language::from_code("zh_CN"), Some(Language::Zh));
    assert_eq!(Language::from_code("JA"), Some(Language::Ja));
    assert_eq!(Language::from_code("pt"), None);
    assert_eq!(Language::from_code(""), None);
}

#[test]
fn digits_are_grouped_as_each_language_writes_them() {
    let cases: [(Language, [&str; 5]); 7] = [
        (Language::En, ["7", "999", "1,234", "12,345", "1,234,567"]),
        (Language::Ja, ["7", "999", "1,234", "12,345", "1,234,567"]),
        (Language::Zh, ["7", "999", "1,234", "12,345", "1,234,567"]),
        (
            Language::Fr,
            [
                "7",
                "999",
                "1\u{202F}234",
                "12\u{202F}345",
                "1\u{202F}234\u{202F}567",
            ],
        ),
        (Language::De, ["7", "999", "1.234", "12.345", "1.234.567"]),
        (Language::It, ["7", "999", "1.234", "12.345", "1.234.567"]),
        (Language::Es, ["7", "999", "1234", "12.345", "1.234.567"]),
    ];
    for (language, expected) in cases {
        for (n, text) in [7, 999, 1234, 12345, 1234567].into_iter().zip(expected) {
            assert_eq!(group_digits(language, n), text, "{language:?}");
        }
    }
    assert_eq!(group_digits(Language::En, 0), "0");
    assert_eq!(group_digits(Language::Es, 123_456), "123.456");
    assert_eq!(
        group_digits(Language::En, u64::MAX),
        "18,446,744,073,709,551,615"
    );
}

#[test]
fn dates_are_written_from_the_catalogue() {
    let cases = [
        (
            Language::En,
            "4 December 2026",
            "1 January 2024",
            "December 2026",
        ),
        (
            Language::Fr,
            "4 décembre 2026",
            "1er janvier 2024",
            "décembre 2026",
        ),
        (
            Language::De,
            "4. Dezember 2026",
            "1. Januar 2024",
            "Dezember 2026",
        ),
        (
            Language::Es,
            "4 de diciembre de 2026",
            "1 de enero de 2024",
            "diciembre de 2026",
        ),
        (
            Language::It,
            "4 dicembre 2026",
            "1 gennaio 2024",
            "dicembre 2026",
        ),
        (Language::Ja, "2026年12月4日", "2024年1月1日", "2026年12月"),
        (Language::Zh, "2026年12月4日", "2024年1月1日", "2026年12月"),
    ];
    for (language, fourth, first, month) in cases {
        let catalogue = catalogue(language);
        assert_eq!(long_date(&catalogue, day(2026, 12, 4)), fourth);
        assert_eq!(long_date(&catalogue, day(2024, 1, 1)), first);
        assert_eq!(month_year(&catalogue, day(2026, 12, 31)), month);
    }
}

/// A JSON value with its objects' keys in the file's order (serde_json's `Value` sorts them).
#[derive(Debug)]
enum Node {
    Text(String),
    List(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string, an array or an object")
    }

    fn visit_str<E>(self, text: &str) -> Result<Node, E> {
        Ok(Node::Text(text.to_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Node::Object(entries))
    }
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The forms of a plural object (keys only category names, `other` among them).
fn plural_forms(node: &Node) -> Option<Vec<(&str, &str)>> {
    let Node::Object(entries) = node else {
        return None;
    };
    let forms: Vec<(&str, &str)> = entries
        .iter()
        .filter_map(|(key, value)| match value {
            Node::Text(text) if CATEGORIES.contains(&key.as_str()) => {
                Some((key.as_str(), text.as_str()))
            }
            _ => None,
        })
        .collect();
    (forms.len() == entries.len() && forms.iter().any(|(key, _)| *key == "other")).then_some(forms)
}

/// The categories a language's plurals may use for whole numbers (CLDR 46 plurals.xml): the
/// required ones, then the optional ones (`many` only ever counts millions here).
fn categories_of(language: Language) -> (&'static [&'static str], &'static [&'static str]) {
    match language {
        Language::En | Language::De => (&["one", "other"], &[]),
        Language::Fr | Language::Es | Language::It => (&["one", "other"], &["many"]),
        Language::Ja | Language::Zh => (&["other"], &[]),
    }
}

/// Messages of de, es, it, ja and zh allowed to equal English's: (languages, path or path
/// prefix ending in `.`, why).
const SAME_AS_ENGLISH: &[(&str, &str, &str)] = &[
    (
        "fr de es it",
        "interface.list_separator",
        "a comma and a space, as in English",
    ),
    (
        "de es it ja zh",
        "interface.issue_place.record.without_id",
        "a field path of the file",
    ),
    (
        "de es it",
        "interface.issue_place.line.without_field",
        "placeholders and a colon",
    ),
    (
        "de es it zh",
        "interface.profile_members_value.year_range",
        "placeholders and a dash",
    ),
    (
        "de es it ja zh",
        "interface.download_csv",
        "a format's name",
    ),
    (
        "de es it ja zh",
        "interface.download_json",
        "a format's name",
    ),
    (
        "de es it",
        "interface.map_image.filter",
        "placeholders and a colon",
    ),
    ("de es it ja zh", "issues.json_kinds.null", "JSON's keyword"),
    (
        "de es it",
        "site.region_intro.sentence.none",
        "a placeholder and a full stop",
    ),
    ("de es it ja zh", "dates.day_one", "the digit 1"),
    ("de it", "dates.month_year", "placeholders only"),
    ("it", "dates.long", "placeholders only"),
    (
        "de es it",
        "data.regions.",
        "the official French names (glossary §2)",
    ),
    ("de", "interface.details", "German “Details”"),
    ("de", "interface.embed_format", "German “Format”"),
    ("de", "interface.region_label", "German “Region”"),
    ("de", "interface.website", "German “Website”"),
    ("de", "site.website", "German “Website”"),
    ("de", "timeline.period.full", "German “Phase”"),
    ("de", "timeline.period.with_kind", "German “Phase”"),
    ("de", "dates.months[3]", "German “April”"),
    ("de", "dates.months[7]", "German “August”"),
    ("de", "dates.months[8]", "German “September”"),
    ("de", "dates.months[10]", "German “November”"),
    ("es", "interface.total", "Spanish “Total”"),
];

fn allowed_same(language: Language, path: &str) -> Option<usize> {
    SAME_AS_ENGLISH.iter().position(|(languages, allowed, _)| {
        languages.split(' ').any(|code| code == language.code())
            && (path == *allowed || allowed.ends_with('.') && path.starts_with(allowed))
    })
}

/// What a walk of a language's file beside English's found wrong, and the allow-list entries
/// it used.
struct Walk {
    language: Language,
    offences: Vec<String>,
    used: Vec<usize>,
}

impl Walk {
    fn node(&mut self, path: &str, english: &Node, other: &Node) {
        match (plural_forms(english), plural_forms(other)) {
            (Some(english), Some(forms)) => return self.plural(path, &english, &forms),
            (None, None) => {}
            _ => {
                return self
                    .offences
                    .push(format!("{path}: a plural in one file only"))
            }
        }
        match (english, other) {
            (Node::Text(english), Node::Text(text)) => {
                self.placeholders(path, &placeholders(english), text);
                self.text(path, english, text);
            }
            (Node::List(english), Node::List(items)) if english.len() == items.len() => {
                for (i, (english, item)) in english.iter().zip(items).enumerate() {
                    self.node(&format!("{path}[{i}]"), english, item);
                }
            }
            (Node::Object(english), Node::Object(entries)) => {
                let keys = |entries: &[(String, Node)]| -> Vec<String> {
                    entries.iter().map(|(key, _)| key.clone()).collect()
                };
                if keys(english) != keys(entries) {
                    self.offences
                        .push(format!("{path}: not the keys of English, in its order"));
                    return;
                }
                for ((key, english), (_, value)) in english.iter().zip(entries) {
                    let path = if path.is_empty() {
                        key.clone()
                    } else {
                        format!("{path}.{key}")
                    };
                    self.node(&path, english, value);
                }
            }
            _ => self
                .offences
                .push(format!("{path}: not the kind of value English has")),
        }
    }

    fn plural(&mut self, path: &str, english: &[(&str, &str)], forms: &[(&str, &str)]) {
        let (required, optional) = categories_of(self.language);
        let keys: Vec<&str> = forms.iter().map(|(key, _)| *key).collect();
        if required.iter().any(|key| !keys.contains(key))
            || keys
                .iter()
                .any(|key| !required.contains(key) && !optional.contains(key))
        {
            self.offences.push(format!(
                "{path}: categories {keys:?}, CLDR gives {required:?}"
            ));
        }
        let names: BTreeSet<String> = english
            .iter()
            .flat_map(|(_, text)| placeholders(text))
            .collect();
        let english_other = english.iter().find(|(key, _)| *key == "other").unwrap().1;
        for (key, text) in forms {
            // A form may leave the count out ("The competitiveness cluster covering …").
            let mut expected = names.clone();
            if !placeholders(text).contains("n") {
                expected.remove("n");
            }
            let english_form = english.iter().find(|(k, _)| k == key);
            let path = format!("{path}.{key}");
            self.placeholders(&path, &expected, text);
            self.text(
                &path,
                english_form.map_or(english_other, |(_, text)| text),
                text,
            );
        }
    }

    fn placeholders(&mut self, path: &str, expected: &BTreeSet<String>, text: &str) {
        let found = placeholders(text);
        if found != *expected {
            self.offences.push(format!(
                "{path}: placeholders {found:?}, English has {expected:?}"
            ));
        }
    }

    fn text(&mut self, path: &str, english: &str, text: &str) {
        if text.starts_with(' ') && !english.starts_with(' ')
            || text.ends_with(' ') && !english.ends_with(' ')
        {
            self.offences
                .push(format!("{path}: a space at an end where English has none"));
        }
        if matches!(self.language, Language::En | Language::Fr) || text != english {
            return;
        }
        match allowed_same(self.language, path) {
            Some(entry) => self.used.push(entry),
            None => self
                .offences
                .push(format!("{path}: the same as English ({text:?})")),
        }
    }
}

/// The placeholder names of a message.
fn placeholders(text: &str) -> BTreeSet<String> {
    Template::new(text)
        .placeholders()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

fn tree(text: &str) -> Node {
    serde_json::from_str(text).unwrap()
}

#[test]
fn every_language_has_englishs_keys_placeholders_and_cldr_categories() {
    let english = tree(EN);
    let mut offences = Vec::new();
    let mut used = Vec::new();
    for (language, text) in FILES {
        let mut walk = Walk {
            language,
            offences: Vec::new(),
            used: Vec::new(),
        };
        walk.node("", &english, &tree(text));
        offences.extend(
            walk.offences
                .into_iter()
                .map(|o| format!("{}.json: {o}", language.code())),
        );
        used.extend(walk.used);
    }
    for (entry, (languages, path, _)) in SAME_AS_ENGLISH.iter().enumerate() {
        if !used.contains(&entry) {
            offences.push(format!(
                "SAME_AS_ENGLISH: ({languages}) {path} no longer equals English"
            ));
        }
    }
    assert!(offences.is_empty(), "\n{}", offences.join("\n"));
}

#[test]
fn the_walk_finds_a_placeholder_typo_and_a_missing_category() {
    let english = tree(EN);
    let typo = EN.replacen("Sort by {column}", "Sort by {colum}", 1);
    let one_missing = EN.replacen("\"one\": \"{n} cluster shown\",\n", "", 1);
    for broken in [typo, one_missing] {
        let mut walk = Walk {
            language: Language::En,
            offences: Vec::new(),
            used: Vec::new(),
        };
        walk.node("", &english, &tree(&broken));
        assert_eq!(walk.offences.len(), 1, "{:?}", walk.offences);
    }
}
