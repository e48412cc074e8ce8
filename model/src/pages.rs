//! What the static pages say: one page per cluster (current and historical), per region and an
//! index of all clusters, in English and in French, generated at build time by
//! `cargo xtask pages` (which writes the HTML) so that search engines, link previews and
//! visitors without JavaScript read real content at a stable address.
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
use crate::url_state::ViewState;
use crate::validate::is_slug;

mod texts;
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
    Cluster(String),
    /// The region with this INSEE code.
    Region(String),
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
    /// "Historical cluster (no longer labelled)".
    pub status: Option<String>,
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
pub fn cluster_path(id: &str, lang: Lang) -> String {
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
pub fn region_slug(regions: &[Region], code: &str) -> Option<String> {
    let region = regions.iter().find(|r| r.code == code)?;
    let candidate = slug_of(&region.name);
    let shared = regions
        .iter()
        .filter(|r| slug_of(&r.name) == candidate)
        .nth(1)
        .is_some();
    let is_a_code = regions.iter().any(|r| r.code == candidate);
    if !candidate.is_empty() && !shared && !is_a_code {
        Some(candidate)
    } else if is_region_code(code) {
        Some(code.to_owned())
    } else {
        None
    }
}

/// [`region_slug`] of every region that has one, by INSEE code.
pub fn region_slugs(regions: &[Region]) -> HashMap<String, String> {
    regions
        .iter()
        .filter_map(|r| Some((r.code.to_string(), region_slug(regions, &r.code)?)))
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

fn is_region_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

/// The view the app opens on the page of `subject` in `lang`.
pub fn page_state(subject: &Subject, lang: Lang, historical: bool) -> ViewState {
    let mut state = ViewState {
        lang: Some(lang),
        ..ViewState::default()
    };
    match subject {
        Subject::Cluster(id) => {
            state.cluster = Some(id.as_str().into());
            // A historical cluster's marker is shown only with the historical clusters.
            state.filters.show_historical = historical;
        }
        Subject::Region(code) => state.filters.region = Some(code.as_str().into()),
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
    let lang = state.lang.unwrap_or(lang);
    let Filters {
        sectors,
        region,
        query,
        show_historical,
        brochure_2006,
    } = &state.filters;
    if !sectors.is_empty() || !query.is_empty() || *brochure_2006 {
        return None;
    }
    match (&state.cluster, region) {
        (Some(id), None) => {
            let cluster = dataset.clusters.iter().find(|c| &c.id == id)?;
            let historical = cluster.status == Status::Historical;
            (is_slug(id) && (historical || !show_historical)).then(|| cluster_path(id, lang))
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
pub fn pages(dataset: &Dataset, site: &Site) -> Vec<Page> {
    let context = Context::new(dataset, site);
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        pages.push(context.index_page(lang));
        for cluster in dataset.clusters.iter().filter(|c| is_slug(&c.id)) {
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

/// The dataset and what pages need to look up in it.
struct Context<'a> {
    dataset: &'a Dataset,
    site: &'a Site,
    slugs: HashMap<String, String>,
}

impl<'a> Context<'a> {
    fn new(dataset: &'a Dataset, site: &'a Site) -> Self {
        Context {
            dataset,
            site,
            slugs: region_slugs(&dataset.regions),
        }
    }

    fn region(&self, code: &str) -> Option<&'a Region> {
        self.dataset.regions.iter().find(|r| r.code == code)
    }

    fn region_name(&self, code: &str) -> String {
        self.region(code)
            .map_or_else(|| code.to_owned(), |r| r.name.clone())
    }

    /// A link to a region's page (plain text when it has none).
    fn region_item(&self, code: &str, lang: Lang) -> Item {
        let text = self.region_name(code);
        match self.slugs.get(code) {
            Some(slug) => Item::Page {
                text,
                path: region_path(slug, lang),
            },
            None => Item::Text(text),
        }
    }

    fn cluster(&self, id: &str) -> Option<&'a Cluster> {
        self.dataset.clusters.iter().find(|c| c.id == id)
    }

    /// A link to a cluster's page (plain text when it has none).
    fn cluster_item(&self, cluster: &Cluster, lang: Lang) -> Item {
        if is_slug(&cluster.id) {
            Item::Page {
                text: cluster.name.clone(),
                path: cluster_path(&cluster.id, lang),
            }
        } else {
            Item::Text(cluster.name.clone())
        }
    }

    fn sector_label(&self, id: &str, lang: Lang) -> Option<String> {
        let sector = self.dataset.sectors.iter().find(|s| s.id == id)?;
        Some(sector.label.get(lang).to_owned())
    }

    fn sector_short(&self, id: &str, lang: Lang) -> Option<String> {
        let sector = self.dataset.sectors.iter().find(|s| s.id == id)?;
        Some(sector.short(lang).to_owned())
    }

    /// The trail's first step: the atlas.
    fn atlas_item(lang: Lang) -> Item {
        Item::Page {
            text: texts(lang).atlas.to_owned(),
            path: String::new(),
        }
    }

    fn alternates(path_in: impl Fn(Lang) -> String) -> Vec<(Lang, String)> {
        Lang::ALL.iter().map(|&l| (l, path_in(l))).collect()
    }

    /// An entry for a cluster in a list: its link, and its city and primary sector.
    fn cluster_entry(&self, cluster: &Cluster, lang: Lang) -> Entry {
        let sector = cluster
            .primary_sector()
            .and_then(|id| self.sector_short(id, lang));
        let note = [Some(cluster.hq.city.clone()), sector]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        Entry {
            item: self.cluster_item(cluster, lang),
            note: (!note.is_empty()).then_some(note),
        }
    }

    fn cluster_page(&self, cluster: &Cluster, lang: Lang) -> Page {
        let t = texts(lang);
        let historical = cluster.status == Status::Historical;
        let subject = Subject::Cluster(cluster.id.to_string());
        let path = cluster_path(&cluster.id, lang);
        let kind = if historical {
            t.former_cluster
        } else {
            t.cluster
        };
        let share_title = if cluster.hq.city.is_empty() {
            format!("{} — {kind}", cluster.name)
        } else {
            format!("{} — {kind}, {}", cluster.name, cluster.hq.city)
        };
        let description = match cluster.description.get(lang) {
            "" => share_title.clone(),
            text => text.to_owned(),
        };
        let unverified = |fields: &[&str]| {
            let notes: Vec<&str> = cluster
                .unverified
                .iter()
                .filter(|u| fields.contains(&u.field.as_str()))
                .map(|u| u.note.as_deref().unwrap_or(""))
                .collect();
            (!notes.is_empty()).then(|| {
                let notes: Vec<&str> = notes.into_iter().filter(|n| !n.is_empty()).collect();
                if notes.is_empty() {
                    t.unverified_hint.to_owned()
                } else {
                    format!("{} ({})", t.unverified_hint, notes.join("; "))
                }
            })
        };
        let fact = |term: &str, values: Vec<Item>, fields: &[&str]| {
            (!values.is_empty()).then(|| Fact {
                term: term.to_owned(),
                values,
                unverified: unverified(fields),
            })
        };
        let text = |s: &str| Item::Text(s.to_owned());

        let former = if cluster.former_names.is_empty() {
            vec![]
        } else {
            vec![text(&cluster.former_names.join("; "))]
        };
        let label_2005: Vec<Item> = cluster
            .labels
            .label_2005_2007
            .map(|label| {
                text(match label {
                    Label2005::WorldClass => t.label_world_class,
                    Label2005::WorldVocation => t.label_world_vocation,
                    Label2005::National => t.label_national,
                })
            })
            .into_iter()
            .collect();
        let successor: Vec<Item> = cluster
            .successor
            .as_deref()
            .and_then(|id| self.cluster(id))
            .map(|c| self.cluster_item(c, lang))
            .into_iter()
            .collect();
        let predecessors: Vec<Item> = self
            .dataset
            .clusters
            .iter()
            .filter(|c| c.successor.as_ref() == Some(&cluster.id))
            .map(|c| self.cluster_item(c, lang))
            .collect();
        let website: Vec<Item> = cluster
            .website
            .iter()
            .filter(|u| is_http_url(u))
            .map(|url| Item::External {
                text: url.clone(),
                url: url.clone(),
            })
            .collect();
        let member_count: Vec<Item> = cluster
            .member_count
            .as_ref()
            .map(|m| {
                text(&(t.member_count)(
                    &format_count(lang, m.value),
                    m.year,
                    m.qualifier.as_deref(),
                ))
            })
            .into_iter()
            .collect();
        let contact: Vec<Item> = cluster
            .contact
            .iter()
            .filter(|a| is_contact_address(a))
            .map(|address| Item::External {
                text: address
                    .strip_prefix("mailto:")
                    .unwrap_or(address)
                    .to_owned(),
                url: address.clone(),
            })
            .collect();
        let agency = cluster
            .regions
            .first()
            .and_then(|code| self.region(code))
            .and_then(|r| r.agency.as_ref());
        let agency_fact = agency.filter(|a| is_http_url(&a.url)).map(|a| Fact {
            term: t.agency.to_owned(),
            values: vec![Item::External {
                text: a.name.clone(),
                url: a.url.clone(),
            }],
            unverified: a
                .unverified
                .as_ref()
                .map(|note| format!("{} ({note})", t.unverified_hint)),
        });

        let facts: Vec<Fact> = [
            fact(t.formerly, former, &["former_names"]),
            fact(
                t.brochure_2006,
                cluster.brochure_2006_name.iter().map(|n| text(n)).collect(),
                &[],
            ),
            fact(
                t.headquarters,
                vec![text(&cluster.hq.city)],
                &["hq.city", "hq.lat", "hq.lon", "hq"],
            ),
            fact(
                t.regions,
                cluster
                    .regions
                    .iter()
                    .map(|code| self.region_item(code, lang))
                    .collect(),
                &["regions"],
            ),
            fact(t.label_2005, label_2005, &["labels.label_2005_2007"]),
            fact(
                t.phase,
                cluster.labels.phase.iter().map(|p| text(p)).collect(),
                &["labels.phase"],
            ),
            fact(
                t.labelled_in,
                cluster
                    .labels
                    .year
                    .map(|y| text(&y.to_string()))
                    .into_iter()
                    .collect(),
                &["labels.year"],
            ),
            fact(t.successor, successor, &[]),
            fact(t.predecessors, predecessors, &[]),
            fact(t.website, website, &["website"]),
            fact(t.members, member_count, &["member_count"]),
            fact(t.contact, contact, &["contact"]),
            agency_fact,
        ]
        .into_iter()
        .flatten()
        .collect();

        let members = &cluster.members;
        let mut sections: Vec<Section> = [
            (t.enterprises, &members.enterprises),
            (t.research, &members.research),
            (t.training, &members.training),
        ]
        .into_iter()
        .map(|(heading, names)| Section {
            heading: heading.to_owned(),
            entries: names
                .iter()
                .map(|n| Entry {
                    item: text(n),
                    note: None,
                })
                .collect(),
            empty: Some(t.no_names.to_owned()),
            members: true,
        })
        .collect();
        let sources: Vec<Entry> = cluster
            .sources
            .iter()
            .filter_map(|id| self.dataset.sources.iter().find(|s| &s.id == id))
            .map(|source| {
                let title = match &source.date {
                    Some(date) => format!("{} ({date})", source.title),
                    None => source.title.clone(),
                };
                let item = match source.url.as_deref().filter(|u| is_http_url(u)) {
                    Some(url) => Item::External {
                        text: title,
                        url: url.to_owned(),
                    },
                    None => Item::Text(title),
                };
                Entry { item, note: None }
            })
            .collect();
        if !sources.is_empty() {
            sections.push(Section {
                heading: t.sources.to_owned(),
                entries: sources,
                empty: None,
                members: false,
            });
        }

        let mut trail = vec![Self::atlas_item(lang)];
        if let Some(code) = cluster.regions.first() {
            trail.push(self.region_item(code, lang));
        }
        trail.push(Item::Text(cluster.name.clone()));

        let page_address = self.site.address(&path);
        let mut org = json!({
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": cluster.name,
            "mainEntityOfPage": page_address,
        });
        let alternate_names: Vec<&String> = cluster
            .short_name
            .iter()
            .chain(&cluster.former_names)
            .collect();
        if !alternate_names.is_empty() {
            org["alternateName"] = json!(alternate_names);
        }
        if let Some(text) = Some(cluster.description.get(lang)).filter(|d| !d.is_empty()) {
            org["description"] = json!(text);
        }
        if let Some(url) = cluster.website.as_deref().filter(|u| is_http_url(u)) {
            org["url"] = json!(url);
        }
        let mut address = json!({
            "@type": "PostalAddress",
            "addressLocality": cluster.hq.city,
            "addressCountry": "FR",
        });
        if let Some(code) = cluster.regions.first() {
            address["addressRegion"] = json!(self.region_name(code));
        }
        org["address"] = address;
        if !cluster.regions.is_empty() {
            org["areaServed"] = cluster
                .regions
                .iter()
                .map(|code| json!({"@type": "AdministrativeArea", "name": self.region_name(code)}))
                .collect();
        }
        let topics: Vec<String> = cluster
            .sectors
            .iter()
            .filter_map(|id| self.sector_label(id, lang))
            .collect();
        if !topics.is_empty() {
            org["knowsAbout"] = json!(topics);
        }
        let member_names: Vec<Value> = members
            .all()
            .map(|name| json!({"@type": "Organization", "name": name}))
            .collect();
        if !member_names.is_empty() {
            org["member"] = Value::Array(member_names);
        }

        Page {
            state: page_state(&subject, lang, historical),
            subject,
            lang,
            alternates: Self::alternates(|l| cluster_path(&cluster.id, l)),
            title: format!("{share_title} | {SITE_NAME}"),
            share_title,
            description: cut(&description, MAX_DESCRIPTION_CHARS),
            lastmod: cluster
                .checked
                .clone()
                .unwrap_or_else(|| self.dataset.updated.clone()),
            json_ld: org,
            content: Content {
                trail,
                heading: cluster.name.clone(),
                subheading: cluster.short_name.clone(),
                status: historical.then(|| t.status_historical.to_owned()),
                tags: cluster
                    .sectors
                    .iter()
                    .filter_map(|id| {
                        Some(Tag {
                            sector: id.to_string(),
                            label: self.sector_label(id, lang)?,
                        })
                    })
                    .collect(),
                intro: Some(cluster.description.get(lang).to_owned()).filter(|d| !d.is_empty()),
                facts,
                sections,
                checked: cluster
                    .checked
                    .as_deref()
                    .map(|date| (t.facts_checked)(&format_month(lang, date))),
                related: cluster
                    .regions
                    .first()
                    .and_then(|code| self.other_clusters(code, &cluster.id, lang)),
            },
            path,
        }
    }

    /// Links to the other current clusters covering the region `code` (at most
    /// [`MAX_RELATED`]), for the page of cluster `id`.
    fn other_clusters(&self, code: &str, id: &str, lang: Lang) -> Option<Related> {
        let [here, also, _] = self.clusters_of_region(code);
        let items: Vec<Item> = here
            .iter()
            .chain(&also)
            .filter(|c| c.id != id)
            .take(MAX_RELATED)
            .map(|c| self.cluster_item(c, lang))
            .collect();
        (!items.is_empty()).then(|| Related {
            label: (texts(lang).other_clusters)(&self.region_name(code)),
            items,
        })
    }

    /// The clusters whose regions include `code`, in name order: current ones headquartered
    /// there, current ones that also cover it, historical ones.
    fn clusters_of_region(&self, code: &str) -> [Vec<&'a Cluster>; 3] {
        let mut groups: [Vec<&Cluster>; 3] = Default::default();
        for cluster in &self.dataset.clusters {
            let Some(at) = cluster.regions.iter().position(|r| r == code) else {
                continue;
            };
            let group = match (cluster.status, at) {
                (Status::Historical, _) => 2,
                (Status::Current, 0) => 0,
                (Status::Current, _) => 1,
            };
            groups[group].push(cluster);
        }
        for group in &mut groups {
            group.sort_by_key(|c| crate::text::fold(&c.name));
        }
        groups
    }

    fn region_page(&self, region: &Region, lang: Lang) -> Option<Page> {
        let t = texts(lang);
        let slug = self.slugs.get(region.code.as_str())?;
        let path = region_path(slug, lang);
        let subject = Subject::Region(region.code.to_string());
        let [here, also, historical] = self.clusters_of_region(&region.code);
        let current = here.len() + also.len();
        let share_title = (t.region_title)(&region.name);
        let names: Vec<&str> = here.iter().chain(&also).map(|c| c.name.as_str()).collect();
        let description = (t.region_description)(&region.name, current, &names.join(", "));
        let section = |heading: &str, clusters: &[&Cluster], empty: Option<&str>| Section {
            heading: heading.to_owned(),
            entries: clusters
                .iter()
                .map(|c| self.cluster_entry(c, lang))
                .collect(),
            empty: empty.map(str::to_owned),
            members: false,
        };
        let mut sections = vec![section(t.head_office_here, &here, Some(t.none_here))];
        if !also.is_empty() {
            sections.push(section(t.also_here, &also, None));
        }
        if !historical.is_empty() {
            sections.push(section(t.historical_here, &historical, None));
        }
        let facts = region
            .agency
            .as_ref()
            .filter(|a| is_http_url(&a.url))
            .map(|a| Fact {
                term: t.agency.to_owned(),
                values: vec![Item::External {
                    text: a.name.clone(),
                    url: a.url.clone(),
                }],
                unverified: a
                    .unverified
                    .as_ref()
                    .map(|note| format!("{} ({note})", t.unverified_hint)),
            })
            .into_iter()
            .collect();
        let listed: Vec<&Cluster> = here
            .iter()
            .chain(&also)
            .chain(&historical)
            .copied()
            .collect();
        let json_ld = json!({
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": share_title,
            "url": self.site.address(&path),
            "numberOfItems": listed.len(),
            "itemListElement": listed
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let mut item = json!({"@type": "ListItem", "position": i + 1, "name": c.name});
                    if is_slug(&c.id) {
                        item["url"] = json!(self.site.address(&cluster_path(&c.id, lang)));
                    }
                    item
                })
                .collect::<Vec<_>>(),
        });
        Some(Page {
            state: page_state(&subject, lang, false),
            subject,
            lang,
            alternates: Self::alternates(|l| region_path(slug, l)),
            title: format!("{share_title} | {SITE_NAME}"),
            share_title,
            description: cut(&description, MAX_DESCRIPTION_CHARS),
            lastmod: self.dataset.updated.clone(),
            json_ld,
            content: Content {
                trail: vec![Self::atlas_item(lang), Item::Text(region.name.clone())],
                heading: region.name.clone(),
                subheading: None,
                status: None,
                tags: vec![],
                intro: Some((t.region_intro)(&region.name, current, historical.len())),
                facts,
                sections,
                checked: None,
                related: Some(Related {
                    label: t.other_regions.to_owned(),
                    items: self
                        .dataset
                        .regions
                        .iter()
                        .filter(|r| r.code != region.code)
                        .map(|r| self.region_item(&r.code, lang))
                        .collect(),
                })
                .filter(|r| !r.items.is_empty()),
            },
            path,
        })
    }

    fn index_page(&self, lang: Lang) -> Page {
        let t = texts(lang);
        let path = index_path(lang).to_owned();
        let subject = Subject::Index;
        let mut regions: Vec<&Region> = self.dataset.regions.iter().collect();
        regions.sort_by_key(|r| (r.overseas, crate::text::fold(&r.name)));
        let mut sections: Vec<Section> = regions
            .iter()
            .filter_map(|region| {
                let [here, _, _] = self.clusters_of_region(&region.code);
                (!here.is_empty()).then(|| Section {
                    heading: region.name.clone(),
                    entries: here.iter().map(|c| self.cluster_entry(c, lang)).collect(),
                    empty: None,
                    members: false,
                })
            })
            .collect();
        let mut historical: Vec<&Cluster> = self
            .dataset
            .clusters
            .iter()
            .filter(|c| c.status == Status::Historical)
            .collect();
        historical.sort_by_key(|c| crate::text::fold(&c.name));
        if !historical.is_empty() {
            sections.push(Section {
                heading: t.historical_clusters.to_owned(),
                entries: historical
                    .iter()
                    .map(|c| self.cluster_entry(c, lang))
                    .collect(),
                empty: None,
                members: false,
            });
        }
        let current = self.dataset.clusters.len() - historical.len();
        let regions_list: Vec<Item> = regions
            .iter()
            .map(|r| self.region_item(&r.code, lang))
            .collect();
        let share_title = t.index_title.to_owned();
        let description = (t.index_description)(current);
        let json_ld = json!({
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": share_title,
            "url": self.site.address(&path),
            "numberOfItems": self.dataset.clusters.len(),
        });
        Page {
            state: page_state(&subject, lang, false),
            subject,
            lang,
            alternates: Self::alternates(|l| index_path(l).to_owned()),
            title: format!("{share_title} | {SITE_NAME}"),
            share_title,
            description: cut(&description, MAX_DESCRIPTION_CHARS),
            lastmod: self.dataset.updated.clone(),
            json_ld,
            content: Content {
                trail: vec![Self::atlas_item(lang), Item::Text(t.index_title.to_owned())],
                heading: t.index_title.to_owned(),
                subheading: None,
                status: None,
                tags: vec![],
                intro: Some(description),
                facts: vec![Fact {
                    term: t.regions.to_owned(),
                    values: regions_list,
                    unverified: None,
                }],
                sections,
                checked: None,
                related: None,
            },
            path,
        }
    }
}

/// Each sector's id and colour, for the sectors whose id is a slug and whose colour is
/// `#rrggbb` (safe in a CSS class name and value; the others keep the default grey).
pub fn sector_colours(dataset: &Dataset) -> Vec<(&str, &str)> {
    dataset
        .sectors
        .iter()
        .filter(|s| is_slug(&s.id) && crate::validate::is_hex_colour(&s.color))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn region(code: &str, name: &str) -> Region {
        Region {
            code: code.into(),
            name: name.to_owned(),
            overseas: false,
            bbox: [0.0, 0.0, 1.0, 1.0],
            agency: None,
        }
    }

    #[test]
    fn region_slugs_fold_names_and_fall_back_to_codes() {
        let regions = [
            region("11", "Île-de-France"),
            region("93", "Provence-Alpes-Côte d'Azur"),
            region("04", "La Réunion"),
            region("24", "Centre-Val de Loire"),
            // Two regions that fold alike, one without letters, one named like a code.
            region("51", "Twin"),
            region("52", "TWIN!"),
            region("53", "«»"),
            region("54", "11"),
            // Neither a slug nor a usable code: no page.
            region("../x", "…"),
        ];
        let slugs = region_slugs(&regions);
        let slug = |code: &str| slugs.get(code).map(String::as_str);
        assert_eq!(slug("11"), Some("ile-de-france"));
        assert_eq!(slug("93"), Some("provence-alpes-cote-d-azur"));
        assert_eq!(slug("04"), Some("la-reunion"));
        assert_eq!(slug("24"), Some("centre-val-de-loire"));
        assert_eq!(slug("51"), Some("51"));
        assert_eq!(slug("52"), Some("52"));
        assert_eq!(slug("53"), Some("53"));
        assert_eq!(slug("54"), Some("54"));
        assert_eq!(slug("../x"), None);
        let unique: std::collections::HashSet<&String> = slugs.values().collect();
        assert_eq!(unique.len(), slugs.len());
        assert!(slugs.values().all(|s| is_slug(s)));
    }

    #[test]
    fn slugs_are_ascii_whatever_the_name() {
        for name in [
            "Ελλάδα",
            "<script>alert(1)</script>",
            "a/../../b",
            "x\u{202e}y",
            "  ",
        ] {
            let slug = slug_of(name);
            assert!(slug.is_empty() || is_slug(&slug), "{name:?} -> {slug:?}");
        }
        assert_eq!(slug_of("a/../../b"), "a-b");
    }

    #[test]
    fn the_address_query_overrides_the_page_view() {
        let page = "cluster=aerospace-valley&lang=en";
        assert_eq!(start_query(page, ""), page);
        assert_eq!(start_query(page, "?"), page);
        assert_eq!(
            start_query(page, "?lang=fr"),
            "lang=fr&cluster=aerospace-valley"
        );
        assert_eq!(
            start_query(page, "utm_source=x"),
            "utm_source=x&cluster=aerospace-valley&lang=en"
        );
        assert_eq!(
            start_query(page, "?cluster=minalogic&sector=a%2Cb"),
            "cluster=minalogic&sector=a%2Cb&lang=en"
        );
        let (state, _) = ViewState::from_query(&start_query(page, "?lang=fr&utm_source=x"));
        assert_eq!(state.cluster.as_deref(), Some("aerospace-valley"));
        assert_eq!(state.lang, Some(Lang::Fr));
    }

    #[test]
    fn paths_in_each_language() {
        assert_eq!(cluster_path("minalogic", Lang::En), "clusters/minalogic/");
        assert_eq!(cluster_path("minalogic", Lang::Fr), "fr/poles/minalogic/");
        assert_eq!(region_path("occitanie", Lang::En), "regions/occitanie/");
        assert_eq!(region_path("occitanie", Lang::Fr), "fr/regions/occitanie/");
        assert_eq!(index_path(Lang::Fr), "fr/poles/");
    }

    #[test]
    fn descriptions_are_cut_at_a_word() {
        assert_eq!(cut("short text", 160), "short text");
        let long = "word ".repeat(60);
        let cut_text = cut(&long, 160);
        assert!(cut_text.chars().count() <= 160, "{cut_text}");
        assert!(cut_text.ends_with("word…"));
        let one_word = "x".repeat(300);
        assert_eq!(cut(&one_word, 10).chars().count(), 10);
        assert_eq!(cut("Héllo, wörld and more", 14), "Héllo, wörld…");
    }

    #[test]
    fn months_in_each_language() {
        assert_eq!(format_month(Lang::En, "2026-11-27"), "November 2026");
        assert_eq!(format_month(Lang::Fr, "2026-02-01"), "février 2026");
        assert_eq!(format_month(Lang::En, "soon"), "soon");
        assert_eq!(format_month(Lang::En, "2026-13-01"), "2026-13-01");
    }

    #[test]
    fn site_addresses() {
        let site = Site::at("https://example.org/poles").unwrap();
        assert_eq!(site.url(), Some("https://example.org/poles/"));
        assert_eq!(
            site.address("clusters/x/"),
            "https://example.org/poles/clusters/x/"
        );
        assert_eq!(site.address(""), "https://example.org/poles/");
        let unknown = Site::unknown();
        assert_eq!(unknown.address("clusters/x/"), "clusters/x/");
        assert_eq!(unknown.address(""), "./");
        for bad in [
            "example.org",
            "javascript:alert(1)",
            "https://example.org/?a=1",
            "https://example.org/#top",
            "https://exa\"mple.org/",
            "ftp://example.org/",
        ] {
            assert!(Site::at(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn counts_are_grouped() {
        assert_eq!(format_count(Lang::En, 12_345), "12,345");
        assert_eq!(format_count(Lang::Fr, 1_200), "1\u{202f}200");
        assert_eq!(format_count(Lang::En, 850), "850");
    }
}
