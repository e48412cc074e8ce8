//! What the static site says (its addresses, each page's content and JSON-LD): one page per
//! cluster (current and historical), per region and an index of all clusters, in each of the
//! catalogue's seven languages (texts from `i18n/catalogue/`), written at build time by `cargo xtask pages` (xtask's `render`) so that search
//! engines, link previews and visitors without JavaScript read real content at a stable address.
//!
//! Addresses, relative to the atlas root (the directory of `index.html`):
//!
//! | page | English | French | German (and `es`, `it`, `ja`, `zh` alike) |
//! |---|---|---|---|
//! | a cluster | `clusters/<id>/` | `fr/poles/<id>/` | `de/clusters/<id>/` |
//! | a region | `regions/<slug>/` | `fr/regions/<slug>/` | `de/regions/<slug>/` |
//! | all clusters | `clusters/` | `fr/poles/` | `de/clusters/` |
//!
//! English and French keep the addresses they were first published at; the other languages
//! take English's folder names under their code (one scheme for Latin and CJK scripts alike).
//!
//! `<id>` is the cluster's id; `<slug>` is the region's name folded to ASCII (`Île-de-France` →
//! `ile-de-france`), or its INSEE code when that is empty or not unique ([`region_slugs`]).
//!
//! Each page carries the [`ViewState`] the app opens on it ([`Page::state`]), and
//! [`page_path`] goes the other way: the page whose view is the given one, for "Copy link".
//!
//! Everything here is data (strings, [`Item`]s, a JSON-LD value): escaping is the writer's job,
//! and the writer must treat every string as text.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::catalogue::{Catalogues, Language};
use crate::dataset::{
    is_contact_address, is_http_url, Cluster, Dataset, Label2005, Region, Status,
};
use crate::filter::Filters;
use crate::ids::{ClusterId, RegionCode, SectorId, SourceId};
use crate::timeline::text::{plain, Part, Sentence};
use crate::timeline::Day;
use crate::url_state::ViewState;
use crate::validate::{is_region_code, is_slug};

mod address;
mod cluster;
mod context;
mod region;
#[cfg(test)]
mod tests;
mod texts;

pub use address::{
    cluster_path, index_path, page_path, page_state, region_path, region_slug, region_slugs,
    start_query, Site,
};
use context::Context;
pub use texts::{DataText, Texts};

/// The name of the site, in titles and in `og:site_name`.
pub const SITE_NAME: &str = "Pôles";
/// The share image (PNG) at the atlas root, and its size.
pub const SHARE_IMAGE: &str = "share.png";
pub const SHARE_IMAGE_SIZE: (u32, u32) = (1200, 630);
/// Most links to other clusters on a cluster's page.
pub const MAX_RELATED: usize = 12;
/// Longest meta description, in characters (search results show about this much).
pub const MAX_DESCRIPTION_CHARS: usize = 160;

/// What a page is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// The cluster with this id.
    Cluster(ClusterId),
    /// The region with this INSEE code.
    Region(RegionCode),
    /// The list of all clusters.
    Index,
}

/// A piece of text, a link to another page of the atlas, or a link out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Text(String),
    /// A page of the atlas: `path` is relative to the atlas root (`""` is the atlas itself).
    Page {
        text: String,
        path: String,
    },
    /// An `http(s)` or `mailto:` address (checked), opened in a new tab unless `mailto:`.
    External {
        text: String,
        url: String,
    },
}

impl Item {
    /// The text the item shows.
    pub fn text(&self) -> &str {
        match self {
            Item::Text(text) | Item::Page { text, .. } | Item::External { text, .. } => text,
        }
    }
}

/// A row of facts: a term and its values (shown comma-separated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub term: String,
    pub values: Vec<Item>,
    /// Why no retrieved source confirms this fact, when the dataset says so.
    pub unverified: Option<String>,
}

/// An entry of a list: an item and an optional note after it ("Toulouse · Aerospace").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub item: Item,
    pub note: Option<String>,
}

/// A titled list; `empty` is shown when it has no entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub entries: Vec<Entry>,
    pub empty: Option<String>,
    /// Whether this section is one of the three kinds of members (shown side by side).
    pub members: bool,
}

/// A sector of a cluster: its id (for its colour) and its label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub sector: String,
    pub label: String,
}

/// Links to neighbouring pages ("Other clusters in Occitanie: ...").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    /// What the links are, with its colon and the space after it when the language puts one.
    pub label: String,
    pub items: Vec<Item>,
}

/// The readable content of a page (plain HTML, readable without JavaScript).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    /// From the atlas down to this page; the last entry is the page itself (no link).
    pub trail: Vec<Item>,
    pub heading: String,
    /// A short name under the heading.
    pub subheading: Option<String>,
    /// What the cluster was on the day the pages were built ("Labelled since 12 July 2005
    /// (phase V)", "Merged into SAFE on 18 December 2015").
    pub status: Vec<Item>,
    /// The sectors, primary first.
    pub tags: Vec<Tag>,
    /// The description (a cluster's, from the dataset) or first sentence.
    pub intro: Option<DataText>,
    pub facts: Vec<Fact>,
    pub sections: Vec<Section>,
    /// "Facts checked: November 2026".
    pub checked: Option<String>,
    /// Neighbouring pages, shown under the trail.
    pub related: Option<Related>,
}

/// One generated page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub subject: Subject,
    pub lang: Language,
    /// Address relative to the atlas root, ending with `/` (the file is `<path>index.html`).
    pub path: String,
    /// The same page in each language, in [`Language::ALL`] order (this one included).
    pub alternates: Vec<(Language, String)>,
    /// The `<title>`, ending with " | Pôles".
    pub title: String,
    /// The title for link previews (`og:title`), without the site name.
    pub share_title: String,
    /// The meta description, at most [`MAX_DESCRIPTION_CHARS`] characters.
    pub description: String,
    /// The view the app opens on this page.
    pub state: ViewState,
    /// Date of the last change of the facts, `YYYY-MM-DD` (the sitemap's `lastmod`).
    pub lastmod: String,
    /// Structured data (schema.org), addresses resolved with the site's URL when known.
    pub json_ld: Value,
    pub content: Content,
}

impl Page {
    /// How many directories deep the page is (`clusters/x/` → 2): its `<base href>` is
    /// `../` that many times, so that the app and its files resolve from the atlas root.
    pub fn depth(&self) -> usize {
        self.path.matches('/').count()
    }

    /// The `<base href>` of the page (`../../` for `clusters/x/`).
    pub fn base_href(&self) -> String {
        "../".repeat(self.depth())
    }

    /// The English page, which is also the `x-default` alternate.
    pub fn default_alternate(&self) -> &str {
        &self.alternates[0].1
    }
}

/// Every page of the dataset: for each language, the index, each cluster (current and
/// historical, skipping ids that are not slugs) and each region that has a slug; the texts of
/// each language from its catalogue.
pub fn pages(dataset: &Dataset, site: &Site, today: Day, catalogues: &Catalogues) -> Vec<Page> {
    let context = Context::new(dataset, site, today, catalogues);
    let mut pages = Vec::new();
    for lang in Language::ALL {
        pages.push(context.index_page(lang));
        for cluster in dataset.clusters.iter().filter(|c| is_slug(c.id.as_str())) {
            pages.push(context.cluster_page(cluster, lang));
        }
        for region in &dataset.regions {
            if let Some(page) = context.region_page(region, lang) {
                pages.push(page);
            }
        }
    }
    pages
}

/// Each sector's id and colour, for the sectors whose id is a slug and whose colour is
/// `#rrggbb` (safe in a CSS class name and value; the others keep the default grey).
pub fn sector_colours(dataset: &Dataset) -> Vec<(&str, &str)> {
    dataset
        .sectors
        .iter()
        .filter(|s| is_slug(s.id.as_str()) && crate::validate::is_hex_colour(&s.color))
        .map(|s| (s.id.as_str(), s.color.as_str()))
        .collect()
}

/// `text` cut to at most `max` characters, at a word boundary, with "…" when cut.
pub fn cut(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let limit = text
        .char_indices()
        .nth(max - 1)
        .map_or(text.len(), |(at, _)| at);
    let head = &text[..limit];
    let head = match head.rfind(char::is_whitespace) {
        Some(space) if space > limit / 2 => &head[..space],
        _ => head,
    };
    format!(
        "{}…",
        head.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.'))
    )
}
