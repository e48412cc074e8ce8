//! What the static site says (its addresses, each page's content and JSON-LD): one page per
//! cluster (current and historical), per region and an index of all clusters, in English and in
//! French, written at build time by `cargo xtask pages` (xtask's `render`) so that search
//! engines, link previews and visitors without JavaScript read real content at a stable address.
//!
//! Addresses, relative to the atlas root (the directory of `index.html`):
//!
//! | page | English | French |
//! |---|---|---|
//! | a cluster | `clusters/<id>/` | `fr/poles/<id>/` |
//! | a region | `regions/<slug>/` | `fr/regions/<slug>/` |
//! | all clusters | `clusters/` | `fr/poles/` |
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

use crate::dataset::{
    is_contact_address, is_http_url, Cluster, Dataset, Label2005, Lang, Region, Status,
};
use crate::filter::Filters;
use crate::ids::{ClusterId, RegionCode, SectorId, SourceId};
use crate::timeline::text::{self as said, Part, Sentence};
use crate::timeline::Day;
use crate::url_state::ViewState;
use crate::validate::{is_region_code, is_slug};

mod cluster;
mod context;
mod region;
#[cfg(test)]
mod tests;
mod texts;

use context::Context;
use texts::format_count;
pub use texts::{atlas_title, format_month, texts, Texts};

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
    pub intro: Option<String>,
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
    pub lang: Lang,
    /// Address relative to the atlas root, ending with `/` (the file is `<path>index.html`).
    pub path: String,
    /// The same page in each language, in [`Lang::ALL`] order (this one included).
    pub alternates: Vec<(Lang, String)>,
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

/// Where the site is published, for the absolute addresses that canonical links, `og:url`,
/// `og:image` and the sitemap need. Without it, addresses stay relative (see the README).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Site {
    /// The public address of the atlas root, ending with `/`.
    url: Option<String>,
}

impl Site {
    /// A site without a known public address.
    pub fn unknown() -> Site {
        Site { url: None }
    }

    /// The site published at `url` (the address of the atlas root: `https://example.org/poles/`),
    /// which must be an `http(s)` address without query or fragment.
    pub fn at(url: &str) -> Result<Site, String> {
        let url = url.trim();
        if !is_http_url(url) || url.contains(['?', '#', '"', '<', '>', '\\']) {
            return Err(format!(
                "the site address \"{url}\" is not an http(s) address without query or fragment"
            ));
        }
        let url = if url.ends_with('/') {
            url.to_owned()
        } else {
            format!("{url}/")
        };
        Ok(Site { url: Some(url) })
    }

    /// The public address of the atlas root, when known.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The absolute address of `path` (relative to the atlas root), when the site's is known.
    pub fn absolute(&self, path: &str) -> Option<String> {
        self.url.as_ref().map(|root| format!("{root}{path}"))
    }

    /// The address of `path`: absolute when the site's is known, else relative to the atlas
    /// root (pages have a `<base>` at the root, so relative addresses resolve there).
    pub fn address(&self, path: &str) -> String {
        self.absolute(path).unwrap_or_else(|| match path {
            "" => "./".to_owned(),
            path => path.to_owned(),
        })
    }
}

/// The page of a cluster in `lang`.
pub fn cluster_path(id: &ClusterId, lang: Lang) -> String {
    match lang {
        Lang::En => format!("clusters/{id}/"),
        Lang::Fr => format!("fr/poles/{id}/"),
    }
}

/// The page of a region in `lang`, from its slug ([`region_slugs`]).
pub fn region_path(slug: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("regions/{slug}/"),
        Lang::Fr => format!("fr/regions/{slug}/"),
    }
}

/// The page listing all clusters in `lang`.
pub fn index_path(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "clusters/",
        Lang::Fr => "fr/poles/",
    }
}

/// The address segment of the region `code`: its name folded to lowercase ASCII letters and
/// digits joined by `-` (`Provence-Alpes-Côte d'Azur` → `provence-alpes-cote-d-azur`); the code
/// itself when that is empty, shared with another region or equal to a code; `None` (no page)
/// for a region whose code is not 2 or 3 digits and whose name gives no slug, or that is not in
/// `regions`. (Plain scans rather than maps: the app calls this for "Copy link", and the
/// regions are few.)
pub fn region_slug(regions: &[Region], code: &RegionCode) -> Option<String> {
    let region = regions.iter().find(|r| &r.code == code)?;
    let candidate = slug_of(&region.name);
    let shared = regions
        .iter()
        .filter(|r| slug_of(&r.name) == candidate)
        .nth(1)
        .is_some();
    let is_a_code = regions.iter().any(|r| r.code.as_str() == candidate);
    if !candidate.is_empty() && !shared && !is_a_code {
        Some(candidate)
    } else if is_region_code(code.as_str()) {
        Some(code.to_string())
    } else {
        None
    }
}

/// [`region_slug`] of every region that has one, by INSEE code.
pub fn region_slugs(regions: &[Region]) -> HashMap<RegionCode, String> {
    regions
        .iter()
        .filter_map(|r| Some((r.code.clone(), region_slug(regions, &r.code)?)))
        .collect()
}

/// `text` folded to lowercase ASCII letters and digits, runs of anything else becoming one `-`.
fn slug_of(text: &str) -> String {
    // Every non-alphanumeric character separates words (fold joins the letters around an
    // apostrophe: "d'Azur" gives "d-azur", not "dazur").
    let spaced: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let folded = crate::text::fold(&spaced);
    let mut slug = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug.truncate(80);
    slug.trim_end_matches('-').to_owned()
}

/// The view the app opens on the page of `subject` in `lang`.
pub fn page_state(subject: &Subject, lang: Lang, historical: bool) -> ViewState {
    let mut state = ViewState {
        lang: Some(lang.into()),
        ..ViewState::default()
    };
    match subject {
        Subject::Cluster(id) => {
            state.cluster = Some(id.clone());
            // A historical cluster's marker is shown only with the historical clusters.
            state.filters.show_historical = historical;
        }
        Subject::Region(code) => state.filters.region = Some(code.clone()),
        Subject::Index => {}
    }
    state
}

/// The page whose view is `state` (in the language in use, `lang` when the state names
/// none): a cluster's page for a view with that cluster open and no other filter (with the
/// historical clusters shown or not for a historical cluster, whose page shows them), a
/// region's page for a view of that region alone. `None` for any other view, and for a view
/// of another dataset (`data=`), which has no pages. Used by "Copy link".
pub fn page_path(state: &ViewState, lang: Lang, dataset: &Dataset) -> Option<String> {
    if state.embed || state.accent.is_some() || state.tiles.is_some() || state.data.is_some() {
        return None;
    }
    // A view in a language without pages (German…) has no page.
    let lang = state.lang.map_or(Some(lang), |l| l.as_lang())?;
    let Filters {
        sectors,
        region,
        query,
        show_historical,
        brochure_2006,
        at,
    } = &state.filters;
    if !sectors.is_empty() || !query.is_empty() || *brochure_2006 || at.is_some() {
        return None;
    }
    match (&state.cluster, region) {
        (Some(id), None) => {
            let cluster = dataset.clusters.iter().find(|c| &c.id == id)?;
            let historical = cluster.status == Status::Historical;
            (is_slug(id.as_str()) && (historical || !show_historical))
                .then(|| cluster_path(id, lang))
        }
        (None, Some(code)) if !show_historical => {
            let slug = region_slug(&dataset.regions, code)?;
            Some(region_path(&slug, lang))
        }
        _ => None,
    }
}

/// The query the app starts from on a generated page: the address's own parameters (a shared
/// link may add `lang=fr`, or `utm_source=…` that the app ignores with a warning), then those
/// of the page's view (`page_query`, from [`Page::state`]) that the address does not set.
pub fn start_query(page_query: &str, address_query: &str) -> String {
    fn key(pair: &str) -> Option<std::borrow::Cow<'_, str>> {
        form_urlencoded::parse(pair.as_bytes())
            .next()
            .map(|(k, _)| k)
    }
    let address_query = address_query.strip_prefix('?').unwrap_or(address_query);
    let own: Vec<&str> = address_query.split('&').filter(|p| !p.is_empty()).collect();
    let own_keys: Vec<_> = own.iter().filter_map(|pair| key(pair)).collect();
    let page = page_query
        .split('&')
        .filter(|pair| key(pair).is_some_and(|k| !own_keys.contains(&k)));
    own.iter()
        .copied()
        .chain(page)
        .collect::<Vec<_>>()
        .join("&")
}

/// Every page of the dataset: for each language, the index, each cluster (current and
/// historical, skipping ids that are not slugs) and each region that has a slug.
pub fn pages(dataset: &Dataset, site: &Site, today: Day) -> Vec<Page> {
    let context = Context::new(dataset, site, today);
    let mut pages = Vec::new();
    for lang in Lang::ALL {
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
