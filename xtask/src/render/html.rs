//! The HTML of the static pages, written with maud: every string from the dataset goes through
//! maud's escaping (text and attribute values alike); the only unescaped text is the JSON-LD,
//! made safe by [`json_ld_text`].

use maud::{html, Markup, PreEscaped, DOCTYPE};
use poles_model::catalogue::{Catalogues, Language};
use poles_model::site::{
    self, Content, DataText, Entry, Item, Page, Site, Texts, SHARE_IMAGE_SIZE, SITE_NAME,
};

use super::oembed::Embedded;

/// The stylesheet of the pages (`style/pages.css` and [`sector_colours`]), at the atlas root.
pub const STYLESHEET: &str = "pages.css";

/// CSS giving each sector's swatch its colour (`.sector-<id>`): the pages cannot set colours
/// inline under the strict CSP, as the app does through CSSOM.
pub fn sector_colours(dataset: &poles_model::Dataset) -> String {
    let mut css = String::from("\n/* Sector colours, from the dataset (cargo xtask pages). */\n");
    for (id, colour) in site::sector_colours(dataset) {
        css.push_str(&format!(".sector-{id} {{ --swatch-colour: {colour}; }}\n"));
    }
    css
}

/// JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`,
/// `\u003e` and `\u0026` (the same JSON once parsed), so no `</script>` or `<!--` can appear.
pub fn json_ld_text(value: &serde_json::Value) -> String {
    let json = serde_json::to_string(value).expect("a JSON value serialises");
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// The `og:locale` of a language.
fn locale(lang: Language) -> &'static str {
    match lang {
        Language::En => "en_GB",
        Language::Fr => "fr_FR",
        Language::De => "de_DE",
        Language::Es => "es_ES",
        Language::It => "it_IT",
        Language::Ja => "ja_JP",
        Language::Zh => "zh_CN",
    }
}

/// The texts of `page`'s language.
pub fn texts<'a>(page: &Page, catalogues: &'a Catalogues) -> Texts<'a> {
    Texts::new(page.lang, catalogues.get(page.lang))
}

/// Tags one per line, indented like Trunk's: every `<` of maud's output starts a tag (text and
/// attribute values have theirs escaped), and only opening tags start a line.
pub fn one_per_line(markup: Markup) -> String {
    markup
        .into_string()
        .replace('<', "\n  <")
        .replace("\n  </", "</")
        .trim_start()
        .to_owned()
}

/// The tags that replace the template's `<title>` and description: title, description,
/// canonical, language alternates and oEmbed discovery (with the site's address only), Open
/// Graph and Twitter card. `image`: the absolute
/// address of the share image, when there is one.
pub fn head(page: &Page, site: &Site, image: Option<&str>, t: Texts) -> Markup {
    let other_locales = Language::ALL.into_iter().filter(|l| *l != page.lang);
    html! {
        title { (page.title) }
        meta name="description" content=(page.description);
        link rel="canonical" href=(site.address(&page.path));
        // Language alternates must be absolute addresses (search engines ignore relative ones).
        @if site.url().is_some() {
            @for (lang, path) in &page.alternates {
                link rel="alternate" hreflang=(lang.code()) href=(site.address(path));
            }
            link rel="alternate" hreflang="x-default" href=(site.address(page.default_alternate()));
        }
        (Embedded::of(page, t).link(site))
        meta property="og:type" content="website";
        meta property="og:site_name" content=(SITE_NAME);
        meta property="og:title" content=(page.share_title);
        meta property="og:description" content=(page.description);
        meta property="og:locale" content=(locale(page.lang));
        @for lang in other_locales {
            meta property="og:locale:alternate" content=(locale(lang));
        }
        @if let Some(url) = site.absolute(&page.path) {
            meta property="og:url" content=(url);
        }
        @if let Some(image) = image {
            meta property="og:image" content=(image);
            meta property="og:image:type" content="image/png";
            meta property="og:image:width" content=(SHARE_IMAGE_SIZE.0);
            meta property="og:image:height" content=(SHARE_IMAGE_SIZE.1);
            meta property="og:image:alt" content=(t.site().share_image_alt.as_str());
        }
        meta name="twitter:card" content=(if image.is_some() { "summary_large_image" } else { "summary" });
    }
}

/// The tags added at the end of the template's `<head>`: the pages' stylesheet (after the
/// app's) and the structured data.
pub fn head_end(page: &Page) -> Markup {
    html! {
        link rel="stylesheet" href=(STYLESHEET);
        script type="application/ld+json" { (PreEscaped(json_ld_text(&page.json_ld))) }
    }
}

/// An address relative to the atlas root, for `href` (the page's `<base>` is the root).
fn href(path: &str) -> &str {
    if path.is_empty() {
        "./"
    } else {
        path
    }
}

fn item(item: &Item) -> Markup {
    match item {
        Item::Text(text) => html! { (text) },
        Item::Page { text, path } => html! { a href=(href(path)) { (text) } },
        Item::External { text, url } if url.starts_with("mailto:") => {
            html! { a href=(url) rel="noopener noreferrer" { (text) } }
        }
        Item::External { text, url } => {
            html! { a href=(url) rel="noopener noreferrer" target="_blank" { (text) } }
        }
    }
}

fn entry(entry: &Entry) -> Markup {
    html! {
        li {
            (item(&entry.item))
            @if let Some(note) = &entry.note {
                " " span.page-note { (note) }
            }
        }
    }
}

/// A text of the dataset, in English with its mark where the page's language lacks it.
fn data_text(text: &DataText) -> Markup {
    html! {
        @if let Some(mark) = &text.english {
            span lang="en" { (text.text) }
            @if !mark.is_empty() { " " span.in-english { (mark) } }
        } @else {
            (text.text)
        }
    }
}

fn content(page: &Page, content: &Content, t: Texts) -> Markup {
    let w = t.site();
    let (members, others): (Vec<_>, Vec<_>) = content.sections.iter().partition(|s| s.members);
    html! {
        article.page-card aria-labelledby="page-title" {
            h1 #page-title { (content.heading) }
            @if let Some(short) = &content.subheading {
                p.card-short { (short) }
            }
            @if !content.status.is_empty() {
                p.card-status { @for part in &content.status { (item(part)) } }
            }
            @if !content.tags.is_empty() {
                h2.visually-hidden { (w.sectors.as_str()) }
                ul.card-sectors {
                    @for tag in &content.tags {
                        li.tag-sector {
                            span.swatch.(format!("sector-{}", tag.sector)) aria-hidden="true" {}
                            (tag.label)
                        }
                    }
                }
            }
            @if let Some(intro) = &content.intro {
                p.card-description { (data_text(intro)) }
            }
            @if !content.facts.is_empty() {
                dl.card-fields {
                    @for fact in &content.facts {
                        div.card-row {
                            dt {
                                (fact.term)
                                @if let Some(hint) = &fact.unverified {
                                    " " span.unverified title=(hint) { (w.unverified.as_str()) }
                                }
                            }
                            dd {
                                @for (i, value) in fact.values.iter().enumerate() {
                                    @if i > 0 { (t.list_separator()) }
                                    (item(value))
                                }
                            }
                        }
                    }
                }
            }
            @if !members.is_empty() {
                section.triad aria-labelledby="page-members" {
                    h2 #page-members .visually-hidden { (w.members.as_str()) }
                    @for section in &members {
                        div.triad-kind {
                            h3 { (section.heading) }
                            @if section.entries.is_empty() {
                                @if let Some(empty) = &section.empty {
                                    p.none { (empty) }
                                }
                            } @else {
                                ul { @for e in &section.entries { (entry(e)) } }
                            }
                        }
                    }
                }
            }
            @for section in &others {
                section.page-section {
                    h2 { (section.heading) }
                    @if section.entries.is_empty() {
                        @if let Some(empty) = &section.empty {
                            p.none { (empty) }
                        }
                    } @else {
                        ul { @for e in &section.entries { (entry(e)) } }
                    }
                }
            }
            @if let Some(checked) = &content.checked {
                p.card-checked { (checked) }
            }
            @if page.path != site::index_path(page.lang) {
                p.page-more { a href=(site::index_path(page.lang)) { (w.all_clusters.as_str()) } }
            }
        }
    }
}

/// The static content, first in `<body>`: the facts, readable without JavaScript, laid out
/// like the app (header, then the map's place and the card beside it). The app replaces it
/// when its data has loaded; `data-state` is the view it opens.
pub fn body(page: &Page, catalogues: &Catalogues) -> Markup {
    let t = texts(page, catalogues);
    let w = t.site();
    let (trail_last, trail) = page
        .content
        .trail
        .split_last()
        .expect("a trail ends with the page");
    html! {
        div #poles-page .page data-state=(page.state.to_query()) {
            header.app-header.page-header {
                p.app-title { a href="./" { (SITE_NAME) } }
                p.app-tagline { (w.tagline.as_str()) }
                nav.header-tools.page-languages aria-label=(w.language_label.as_str()) {
                    @for (lang, path) in &page.alternates {
                        @let name = &catalogues.get(*lang).language.name;
                        @if *lang == page.lang {
                            span.tool aria-current="page" lang=(lang.code()) { (name) }
                        } @else {
                            a.tool href=(path) hreflang=(lang.code()) lang=(lang.code()) { (name) }
                        }
                    }
                }
            }
            main.app-main.page-main {
                nav.page-trail aria-label=(w.trail_label.as_str()) {
                    ol {
                        @for step in trail { li { (item(step)) } }
                        li aria-current="page" { (trail_last.text()) }
                    }
                    @if let Some(related) = &page.content.related {
                        p.page-related {
                            (related.label)
                            @for (i, link) in related.items.iter().enumerate() {
                                @if i > 0 { (t.list_separator()) }
                                (item(link))
                            }
                        }
                    }
                }
                div.atlas {
                    div.page-map {
                        noscript { p { (w.map_needs_script.as_str()) } }
                    }
                    div.side-column { (content(page, &page.content, t)) }
                }
            }
        }
    }
}

/// `404.html`: a page for addresses that do not exist, in English and then each other
/// language, sending people to the atlas. It is served at any depth, so its links are absolute
/// when the site's address is known (through `<base>`), else to the host's root.
pub fn not_found(site: &Site, catalogues: &Catalogues) -> String {
    let atlas = site.url().unwrap_or("/");
    let en = &catalogues.get(Language::En).site;
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                @if let Some(url) = site.url() {
                    base href=(url);
                    link rel="stylesheet" href=(STYLESHEET);
                }
                title { (en.not_found_title.as_str()) " | " (SITE_NAME) }
                meta name="robots" content="noindex";
            }
            body.not-found {
                main {
                    p.app-title { a href=(atlas) { (SITE_NAME) } }
                    h1 { (en.not_found_title.as_str()) }
                    p { (en.not_found_text.as_str()) }
                    p { a.button href=(atlas) { (en.not_found_link.as_str()) } }
                    @for lang in Language::ALL.into_iter().skip(1) {
                        @let t = &catalogues.get(lang).site;
                        div lang=(lang.code()) {
                            h2 { (t.not_found_title.as_str()) }
                            p { (t.not_found_text.as_str()) " " a href=(atlas) { (t.not_found_link.as_str()) } }
                        }
                    }
                }
            }
        }
    }
    .into_string()
}
