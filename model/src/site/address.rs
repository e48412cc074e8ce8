//! Where the pages are: the site's public address, each page's path, the region slugs, and a
//! page's view both ways (the view it opens, the page of a view).

use super::*;

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

/// The page of a cluster in `language`.
pub fn cluster_path(id: &ClusterId, language: Language) -> String {
    format!("{}{id}/", index_path(language))
}

/// The page of a region in `language`, from its slug ([`region_slugs`]).
pub fn region_path(slug: &str, language: Language) -> String {
    match language {
        Language::En => format!("regions/{slug}/"),
        other => format!("{}/regions/{slug}/", other.code()),
    }
}

/// The page listing all clusters in `language` (the clusters' pages are under it).
pub fn index_path(language: Language) -> &'static str {
    match language {
        Language::En => "clusters/",
        Language::Fr => "fr/poles/",
        Language::De => "de/clusters/",
        Language::Es => "es/clusters/",
        Language::It => "it/clusters/",
        Language::Ja => "ja/clusters/",
        Language::Zh => "zh/clusters/",
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
pub(super) fn slug_of(text: &str) -> String {
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

/// The view the app opens on the page of `subject` in `language`.
pub fn page_state(subject: &Subject, language: Language, historical: bool) -> ViewState {
    let mut state = ViewState {
        lang: Some(language),
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

/// The page whose view is `state` (in the language in use, `language` when the state names
/// none): a cluster's page for a view with that cluster open and no other filter (with the
/// historical clusters shown or not for a historical cluster, whose page shows them), a
/// region's page for a view of that region alone. `None` for any other view, and for a view
/// of another dataset (`data=`), which has no pages. Used by "Copy link".
pub fn page_path(state: &ViewState, language: Language, dataset: &Dataset) -> Option<String> {
    if state.embed || state.accent.is_some() || state.tiles.is_some() || state.data.is_some() {
        return None;
    }
    let lang = state.lang.unwrap_or(language);
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
