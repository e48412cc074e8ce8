//! The seven languages of the catalogue and CLDR's plural categories of whole numbers in each.

use crate::dataset::Lang;

/// A language of the catalogue, by its file in `i18n/catalogue/`: the languages of the app
/// (`lang=`). The dataset's own texts are in [`Lang`] (English and French) only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Japanese.
    Ja,
    /// Simplified Chinese.
    Zh,
}

impl Language {
    /// Every language, in the order of the catalogue's files as the glossary lists them.
    pub const ALL: [Language; 7] = [
        Language::En,
        Language::Fr,
        Language::De,
        Language::Es,
        Language::It,
        Language::Ja,
        Language::Zh,
    ];

    /// The BCP 47 code, also the name of the language's file (`de` for `de.json`).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::De => "de",
            Language::Es => "es",
            Language::It => "it",
            Language::Ja => "ja",
            Language::Zh => "zh",
        }
    }

    /// Reads a code such as `de`, `es-ES`, `zh_CN` or `JA`; `None` for any other language.
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|language| language.code() == primary)
    }

    /// The language of the dataset's texts (descriptions, titles) shown in this language: its
    /// own when the dataset has it (English, French), else English.
    pub fn text_lang(self) -> Lang {
        match self {
            Language::Fr => Lang::Fr,
            _ => Lang::En,
        }
    }

    /// The same language as a [`Lang`], when it is one: the dataset has its own texts in it
    /// (elsewhere they are shown in English, marked).
    pub fn as_lang(self) -> Option<Lang> {
        match self {
            Language::En => Some(Lang::En),
            Language::Fr => Some(Lang::Fr),
            _ => None,
        }
    }
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Language {
        match lang {
            Lang::En => Language::En,
            Lang::Fr => Language::Fr,
        }
    }
}

/// A CLDR plural category: which form of a [`Plural`](super::Plural) a count takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PluralCategory {
    /// `zero`.
    Zero,
    /// `one`.
    One,
    /// `two`.
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`: every language has it.
    Other,
}

/// The plural category of the whole number `n` in `language`, by CLDR's cardinal rules.
///
/// Written by hand rather than with a plural-rules crate: such a crate carries the rules and
/// data of every CLDR locale (and of decimals) into the wasm of every visitor, for seven
/// languages that only ever count whole things. The rules below are CLDR's for integers
/// (`v = 0`, no exponent); the tests check them on CLDR's sample integers.
pub fn category(language: Language, n: u64) -> PluralCategory {
    let millions = n != 0 && n % 1_000_000 == 0;
    match language {
        // one: i = 1 and v = 0
        Language::En | Language::De => one_if(n == 1),
        // one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0
        Language::Fr if n <= 1 => PluralCategory::One,
        // one: n = 1 (es), i = 1 and v = 0 (it); many as French (CLDR 42 and later)
        Language::Es | Language::It if n == 1 => PluralCategory::One,
        Language::Fr | Language::Es | Language::It if millions => PluralCategory::Many,
        Language::Fr | Language::Es | Language::It => PluralCategory::Other,
        // no plural forms
        Language::Ja | Language::Zh => PluralCategory::Other,
    }
}

/// `One` if `is_one`, else `Other`.
fn one_if(is_one: bool) -> PluralCategory {
    if is_one {
        PluralCategory::One
    } else {
        PluralCategory::Other
    }
}
