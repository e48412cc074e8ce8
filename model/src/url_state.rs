//! The view state kept in the URL's query string, so that a link reproduces a view.
//!
//! Parameters, in the canonical order they are written: `sector` (comma-separated ids),
//! `region` (INSEE code), `q` (search text), `cluster` (id of the open card), `hist=1`
//! (historical clusters shown), `at` (the date shown: `2010`, `2010-05` or `2010-05-11`), `view` (`2006`: the 2006 brochure's world-class clusters; `matrix`: the regions × sectors
//! table; both: `2006,matrix`), `lang` (`en`, `fr`, `de`, `es`, `it`, `ja`, `zh`), `embed=1` (iframe layout), `plain=1` (an embed
//! without its slim bar), `theme` (`light`, `dark`, `auto`), `accent` (`#rrggbb` theme colour), `tiles`
//! (background tiles), `data` (address of another dataset). Defaults are omitted.
//!
//! Reading never fails: a malformed or unknown value is dropped with a warning and the default
//! is used; a search text longer than [`MAX_QUERY_CHARS`] is cut, with a warning. Warnings are
//! short (values quoted in them are cut) and few: at most [`MAX_WARNINGS`], then one that
//! counts the others, whatever the link.
//! [`ViewState::from_query`] checks the syntax; [`ViewState::retain_known`] then drops ids the
//! loaded dataset does not have.

use std::collections::HashSet;

use crate::catalogue::Language;
use crate::filter::{Filters, Index};
use crate::ids::{ClusterId, RegionCode, SectorId};
use crate::timeline::PartialDate;
use crate::validate::{is_hex_colour, is_region_code, is_slug};

/// Longest search text kept from a URL.
pub const MAX_QUERY_CHARS: usize = 200;
/// Longest dataset address kept from a URL.
const MAX_DATA_URL_CHARS: usize = 2000;
/// Most warnings written for one reading of a URL; a last one counts the others.
pub const MAX_WARNINGS: usize = 10;
/// Longest value quoted in a warning.
const MAX_QUOTED_CHARS: usize = 40;

/// Everything a link restores.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewState {
    pub filters: Filters,
    /// Id of the cluster whose card is open.
    pub cluster: Option<ClusterId>,
    /// Language asked for; `None`: the browser's, else English.
    pub lang: Option<Language>,
    /// Compact layout for iframes.
    pub embed: bool,
    /// Theme colour, `#rrggbb` (lowercase).
    pub accent: Option<String>,
    /// Address of the dataset to load instead of `data/clusters.json`.
    pub data: Option<String>,
    /// Background map tiles. Off by default: no request leaves the site unless asked.
    pub tiles: Option<Tiles>,
    /// The regions × sectors table is shown instead of the map (`view=matrix`).
    pub matrix: bool,
    /// Light (the default), dark, or as the visitor's system says (`theme=auto`).
    pub theme: Theme,
    /// An embed without its slim bar (`plain=1`), for hosts that frame it themselves.
    pub plain: bool,
}

/// The colour theme (the `theme` parameter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows `prefers-color-scheme`.
    Auto,
}

impl Theme {
    /// The parameter's value, also the `data-theme` of the page's root element.
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    fn parse(value: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark, Theme::Auto]
            .into_iter()
            .find(|theme| theme.code() == value)
    }
}

/// Where background map tiles come from (the `tiles` parameter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tiles {
    /// OpenStreetMap's standard tiles (`tiles=osm`).
    Osm,
    /// An `https` URL template with `{z}`, `{x}` and `{y}` placeholders.
    Template(String),
}

impl Tiles {
    /// Reads the parameter's value: `osm`, or an `https` template with `{z}`, `{x}` and `{y}`,
    /// no longer than a dataset address, without white space, control characters, quotes,
    /// angle brackets or backslashes.
    pub fn parse(value: &str) -> Option<Tiles> {
        if value == "osm" {
            return Some(Tiles::Osm);
        }
        let template = value.len() <= MAX_DATA_URL_CHARS
            && value
                .get(..8)
                .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
            && ["{z}", "{x}", "{y}"].iter().all(|p| value.contains(p))
            && !value.chars().any(|c| {
                c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\')
            });
        template.then(|| Tiles::Template(value.to_owned()))
    }

    /// The parameter's value: `osm` or the template.
    pub fn as_param(&self) -> &str {
        match self {
            Tiles::Osm => "osm",
            Tiles::Template(template) => template,
        }
    }
}

/// A parameter that was ignored, and why (shown as a console warning).
pub type Warning = String;

/// The warnings of one reading: the first [`MAX_WARNINGS`], written, and how many others.
#[derive(Default)]
struct Warnings {
    written: Vec<Warning>,
    others: usize,
}

impl Warnings {
    /// Adds a warning, written only if it is among the first [`MAX_WARNINGS`].
    fn push(&mut self, warning: impl FnOnce() -> String) {
        if self.written.len() < MAX_WARNINGS {
            self.written.push(warning());
        } else {
            self.others += 1;
        }
    }

    fn finish(mut self) -> Vec<Warning> {
        match self.others {
            0 => {}
            1 => self.written.push("1 more warning not shown".to_owned()),
            n => self.written.push(format!("{n} more warnings not shown")),
        }
        self.written
    }
}

impl ViewState {
    /// Reads a query string (with or without the leading `?`). Never fails.
    pub fn from_query(query: &str) -> (ViewState, Vec<Warning>) {
        let mut state = ViewState::default();
        let mut warnings = Warnings::default();
        let mut seen = HashSet::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            if !seen.insert(key.clone()) {
                warnings.push(|| format!("repeated parameter `{}` ignored", shorten(&key)));
                continue;
            }
            if let Err(why) = state.set(&key, &value) {
                warnings.push(|| format!("parameter `{}` ignored: {why}", shorten(&key)));
            } else if key == "q" && value.chars().nth(MAX_QUERY_CHARS).is_some() {
                warnings.push(|| {
                    format!("parameter `q` cut to its first {MAX_QUERY_CHARS} characters")
                });
            }
        }
        (state, warnings.finish())
    }

    /// Applies one parameter, or says why its value is not acceptable.
    fn set(&mut self, key: &str, value: &str) -> Result<(), String> {
        let invalid = || Err(format!("invalid value \"{}\"", shorten(value)));
        match key {
            "sector" => {
                let ids: Vec<&str> = value.split(',').filter(|s| !s.is_empty()).collect();
                if !ids.iter().all(|id| is_slug(id)) {
                    return invalid();
                }
                // Repeated ids are dropped, the first occurrence keeping its place.
                let mut seen = HashSet::new();
                self.filters.sectors = ids
                    .into_iter()
                    .filter(|id| seen.insert(*id))
                    .map(SectorId::new)
                    .collect();
            }
            "region" if is_region_code(value) => self.filters.region = Some(RegionCode::new(value)),
            "q" => self.filters.query = value.chars().take(MAX_QUERY_CHARS).collect(),
            "cluster" if is_slug(value) => self.cluster = Some(ClusterId::new(value)),
            "hist" if value == "1" || value == "0" => self.filters.show_historical = value == "1",
            "at" => match PartialDate::parse(value) {
                Some(date) => self.filters.at = Some(date),
                None => return invalid(),
            },
            // `2006` (a filter), `matrix` (a screen), or both: `2006,matrix`.
            "view" => {
                let views: Vec<&str> = value.split(',').collect();
                if !views.iter().all(|v| matches!(*v, "2006" | "matrix")) {
                    return invalid();
                }
                self.filters.brochure_2006 = views.contains(&"2006");
                self.matrix = views.contains(&"matrix");
            }
            "lang" => match Language::from_code(value) {
                Some(lang) => self.lang = Some(lang),
                None => return invalid(),
            },
            "embed" if value == "1" || value == "0" => self.embed = value == "1",
            "plain" if value == "1" || value == "0" => self.plain = value == "1",
            "theme" => match Theme::parse(value) {
                Some(theme) => self.theme = theme,
                None => return invalid(),
            },
            "accent" => {
                let colour = if value.starts_with('#') {
                    value.to_owned()
                } else {
                    format!("#{value}")
                };
                if !is_hex_colour(&colour) {
                    return invalid();
                }
                self.accent = Some(colour.to_ascii_lowercase());
            }
            "data" if is_dataset_address(value) => self.data = Some(value.to_owned()),
            "tiles" => match Tiles::parse(value) {
                Some(tiles) => self.tiles = Some(tiles),
                None => return invalid(),
            },
            "region" | "cluster" | "hist" | "embed" | "plain" | "data" => return invalid(),
            _ => return Err("unknown parameter".to_owned()),
        }
        Ok(())
    }

    /// Drops sector, region and cluster ids that `index` does not know, with a warning each.
    pub fn retain_known(&mut self, index: &Index) -> Vec<Warning> {
        let mut warnings = Warnings::default();
        self.filters.sectors.retain(|id| {
            let known = index.has_sector(id);
            if !known {
                warnings.push(|| format!("unknown sector \"{}\" ignored", shorten(id.as_str())));
            }
            known
        });
        if let Some(code) = self.filters.region.take_if(|code| !index.has_region(code)) {
            warnings.push(|| format!("unknown region \"{}\" ignored", shorten(code.as_str())));
        }
        if let Some(id) = self.cluster.take_if(|id| index.position(id).is_none()) {
            warnings.push(|| format!("unknown cluster \"{}\" ignored", shorten(id.as_str())));
        }
        warnings.finish()
    }

    /// The canonical query string (without `?`), defaults omitted; empty for the default view.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.filters.sectors.is_empty() {
            let ids: Vec<&str> = self.filters.sectors.iter().map(SectorId::as_str).collect();
            pairs.push(("sector", ids.join(",")));
        }
        pairs.extend(
            self.filters
                .region
                .as_ref()
                .map(|r| ("region", r.to_string())),
        );
        if !self.filters.query.is_empty() {
            pairs.push(("q", self.filters.query.clone()));
        }
        pairs.extend(self.cluster.as_ref().map(|c| ("cluster", c.to_string())));
        if self.filters.show_historical {
            pairs.push(("hist", "1".to_owned()));
        }
        pairs.extend(self.filters.at.map(|at| ("at", at.to_string())));
        let views: Vec<&str> = [
            (self.filters.brochure_2006, "2006"),
            (self.matrix, "matrix"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect();
        if !views.is_empty() {
            pairs.push(("view", views.join(",")));
        }
        pairs.extend(self.lang.map(|l| ("lang", l.code().to_owned())));
        if self.embed {
            pairs.push(("embed", "1".to_owned()));
        }
        if self.plain {
            pairs.push(("plain", "1".to_owned()));
        }
        if self.theme != Theme::Light {
            pairs.push(("theme", self.theme.code().to_owned()));
        }
        pairs.extend(self.accent.clone().map(|a| ("accent", a)));
        pairs.extend(
            self.tiles
                .as_ref()
                .map(|t| ("tiles", t.as_param().to_owned())),
        );
        pairs.extend(self.data.clone().map(|d| ("data", d)));
        pairs
            .iter()
            .map(|(key, value)| {
                let encoded: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
                format!("{key}={}", encoded.replace("%2C", ","))
            })
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// A dataset address: relative (no scheme) or `http(s)`, without control characters or
/// backslashes, and without white space at either end (the browser's URL parser strips it, so
/// that " //host" would be read as the protocol-relative `//host`).
fn is_dataset_address(value: &str) -> bool {
    let scheme = value
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.contains('/'));
    !value.is_empty()
        && value.len() <= MAX_DATA_URL_CHARS
        && !value.chars().any(|c| c.is_control() || c == '\\')
        && value.trim() == value
        && !value.starts_with("//")
        && match scheme {
            None => true,
            Some(_) => crate::dataset::is_http_url(value),
        }
}

/// A value cut for a warning message.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(MAX_QUOTED_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
