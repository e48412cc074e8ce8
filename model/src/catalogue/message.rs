//! The kinds of message a catalogue holds: a [`Template`] with `{name}` placeholders, a
//! [`Plural`] keyed by CLDR category, and the choices several groups share.

use serde::Deserialize;

use super::digits::group_digits;
use super::plural::{category, Language, PluralCategory};

/// A message with `{name}` placeholders (`"Sort by {column}"`), filled by the code.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Template(String);

impl Template {
    /// A template of `text`, as a catalogue file would hold it.
    pub fn new(text: &str) -> Template {
        Template(text.to_owned())
    }

    /// The message as written in the file, placeholders unfilled.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The message with each `{name}` of `args` replaced by its value; a placeholder `args`
    /// does not name is left as it is.
    pub fn fill(&self, args: &[(&str, &str)]) -> String {
        fill(&self.0, args)
    }

    /// The names of its placeholders, in the order they appear (`["region", "n"]`).
    pub fn placeholders(&self) -> Vec<&str> {
        let mut names = Vec::new();
        let mut rest = self.0.as_str();
        while let Some((_, name, after)) = next_placeholder(rest) {
            names.push(name);
            rest = after;
        }
        names
    }
}

/// `text` with each `{name}` of `args` replaced by its value; a placeholder `args` does not
/// name is left as it is (a [`Template`]'s `fill`, for a message held as a plain `&str`).
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, name, after)) = next_placeholder(rest) {
        out.push_str(before);
        match args.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The text before the first `{name}` of `text`, the name, and the text after it; a `{` not
/// followed by a snake_case name and `}` is text.
fn next_placeholder(text: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| i + from) {
        let tail = &text[open + 1..];
        let len = tail
            .bytes()
            .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'_')
            .count();
        if len > 0 && tail[len..].starts_with('}') {
            return Some((&text[..open], &tail[..len], &tail[len + 1..]));
        }
        from = open + 1;
    }
    None
}

/// A message that depends on a count: one [`Template`] per CLDR plural category the language
/// uses, `other` always there.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plural {
    /// Arabic, Latvian… (no language of the catalogue uses it).
    pub zero: Option<Template>,
    /// 1 (and 0 in French).
    pub one: Option<Template>,
    /// Dual languages (none of the catalogue's).
    pub two: Option<Template>,
    /// Slavic languages (none of the catalogue's).
    pub few: Option<Template>,
    /// Large round numbers in French, Spanish and Italian (1,000,000).
    pub many: Option<Template>,
    /// Every other count; the only form in Japanese and Chinese.
    pub other: Template,
}

impl Plural {
    /// The form for `category`, or `other` when the file has none for it.
    pub fn pick(&self, category: PluralCategory) -> &Template {
        let form = match category {
            PluralCategory::Zero => &self.zero,
            PluralCategory::One => &self.one,
            PluralCategory::Two => &self.two,
            PluralCategory::Few => &self.few,
            PluralCategory::Many => &self.many,
            PluralCategory::Other => return &self.other,
        };
        form.as_ref().unwrap_or(&self.other)
    }

    /// Its forms as plain text, absent ones empty.
    pub fn forms(&self) -> Forms<'_> {
        fn text(form: &Option<Template>) -> &str {
            form.as_ref().map_or("", Template::as_str)
        }
        Forms([
            text(&self.zero),
            text(&self.one),
            text(&self.two),
            text(&self.few),
            text(&self.many),
            self.other.as_str(),
        ])
    }
}

/// A [`Plural`]'s forms as plain text, by CLDR category in the order `zero`, `one`, `two`,
/// `few`, `many`, `other`; an empty form is absent (the app's flat lists hold a plural so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Forms<'a>(pub [&'a str; 6]);

impl<'a> Forms<'a> {
    /// The form `n` takes in `language` (`other` when the language has none for its category).
    pub fn pick(self, language: Language, n: u64) -> &'a str {
        let index = match category(language, n) {
            PluralCategory::Zero => 0,
            PluralCategory::One => 1,
            PluralCategory::Two => 2,
            PluralCategory::Few => 3,
            PluralCategory::Many => 4,
            PluralCategory::Other => 5,
        };
        match self.0[index] {
            "" => self.0[5],
            form => form,
        }
    }

    /// The form of `n` in `language` with `{n}` as `n` with the language's digit grouping, and
    /// the other placeholders of `args`.
    pub fn fill(self, language: Language, n: u64, args: &[(&str, &str)]) -> String {
        let count = group_digits(language, n);
        let mut all = vec![("n", count.as_str())];
        all.extend_from_slice(args);
        fill(self.pick(language, n), &all)
    }
}

/// A message with and without the field it is about (an issue's line, a format error).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fielded {
    /// When no field is known.
    pub without_field: Template,
    /// With `{field}`, a path such as `hq.lat`.
    pub with_field: Template,
}

/// A member count, by the dataset's `Qualifier` (`none`: an exact count): a [`Plural`] each,
/// on the app's card and on the static pages.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberCount<M> {
    /// “{n} members ({year})”.
    pub none: M,
    /// “about {n} members ({year})”.
    pub about: M,
    /// “nearly {n} members ({year})”.
    pub nearly: M,
    /// “more than {n} members ({year})”.
    pub more_than: M,
    /// “at least {n} members ({year})”.
    pub at_least: M,
    /// “{n} members, network members included ({year})”.
    pub including_network: M,
}
