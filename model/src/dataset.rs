//! The dataset format (`data/clusters.json`): one versioned object holding the vocabulary,
//! the regions, the sources and the clusters. The JSON Schema in `data/clusters.schema.json`
//! is generated from these types (`cargo xtask schema`).

use serde::{Deserialize, Serialize};

use crate::ids::{ClusterId, RegionCode, SectorId, SourceId};
use crate::timeline::{Event, PartialDate, Period};

/// The format version this build reads (2: label periods and events replace the free-text
/// phase and the year of version 1).
pub const SCHEMA_VERSION: u32 = 2;

#[cfg(feature = "schema")]
use schemars::JsonSchema;

/// A language of the interface and of the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// All languages, in the order the switch shows them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code (`en`, `fr`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Parses a code such as `fr`, `fr-FR` or `EN`; `None` for any other language.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }
}

/// A text in English and French.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct Localized {
    pub en: String,
    pub fr: String,
}

impl Localized {
    /// The text in `lang`, falling back to the other language when empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, other) = match lang {
            Lang::En => (&self.en, &self.fr),
            Lang::Fr => (&self.fr, &self.en),
        };
        if first.is_empty() {
            other
        } else {
            first
        }
    }
}

/// The whole dataset file. `C` is the type of a cluster record: [`Cluster`] once validated,
/// an unparsed JSON value while loading (so that one bad record does not sink the others).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset<C = Cluster> {
    /// Address of the JSON Schema, for editors (`clusters.schema.json`).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub json_schema: Option<String>,
    /// Format version; this build reads version 2.
    pub schema_version: u32,
    /// Title of the dataset, shown in the About panel.
    pub title: Localized,
    /// Date of the last update, `YYYY-MM-DD`.
    pub updated: String,
    /// The licence statement of the data.
    #[serde(default)]
    pub licence: Localized,
    /// The sector vocabulary; each cluster's sectors are ids from it.
    pub sectors: Vec<Sector>,
    /// The regions clusters may cover (INSEE codes).
    pub regions: Vec<Region>,
    /// The sources the facts come from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Dated facts of the policy's history, shown in the About panel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// Official channels for firms that want to locate in France ("Locate in France").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channels: Vec<Channel>,
    /// The clusters, current and historical.
    pub clusters: Vec<C>,
}

impl<C> Dataset<C> {
    /// The same metadata (vocabulary, regions, sources) with other cluster records.
    pub fn with_clusters<D>(&self, clusters: Vec<D>) -> Dataset<D> {
        Dataset {
            json_schema: self.json_schema.clone(),
            schema_version: self.schema_version,
            title: self.title.clone(),
            updated: self.updated.clone(),
            licence: self.licence.clone(),
            sectors: self.sectors.clone(),
            regions: self.regions.clone(),
            sources: self.sources.clone(),
            milestones: self.milestones.clone(),
            channels: self.channels.clone(),
            clusters,
        }
    }
}

/// One sector of the vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sector {
    /// Stable identifier used in URLs, e.g. `aerospace`.
    pub id: SectorId,
    pub label: Localized,
    /// A few words for the filter chips; the full label when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_label: Option<Localized>,
    /// Marker and chip colour, `#rrggbb`.
    pub color: String,
}

/// One region (2016 boundaries, INSEE code).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// INSEE region code, e.g. `76` (Occitanie) or `04` (La Réunion).
    pub code: RegionCode,
    pub name: String,
    /// True for the overseas regions, drawn as insets.
    #[serde(default)]
    pub overseas: bool,
    /// Bounding box `[west, south, east, north]` in degrees, used to check HQ coordinates.
    pub bbox: [f64; 4],
    /// The region's investment-promotion agency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<Channel>,
}

/// A dated fact of the policy's history (About lists them; the time slider marks their dates).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// As precise as the sources allow: `2005`, `2005-07` or `2005-07-12`.
    pub date: PartialDate,
    pub text: Localized,
    /// Ids into the dataset's `sources`.
    #[serde(default)]
    pub sources: Vec<SourceId>,
}

/// An organisation a firm can contact (a national channel or a regional agency).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub name: String,
    /// Its website, `http(s)` only.
    pub url: String,
    /// What it offers, in a sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    /// Why no retrieved source confirms it, when none does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unverified: Option<String>,
}

/// A source of facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Identifier cited by clusters, e.g. `S42`.
    pub id: SourceId,
    pub title: String,
    /// Address of the source (`http(s)`), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Date or period of the source, free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Further places the facts were checked, free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Sector {
    /// The chip label in `lang`.
    pub fn short(&self, lang: Lang) -> &str {
        self.short_label.as_ref().unwrap_or(&self.label).get(lang)
    }
}

/// Whether a cluster is labelled today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Current,
    Historical,
}

/// The label given in the first call (2005–2007).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Label2005 {
    /// "Pôle mondial".
    WorldClass,
    /// "Pôle à vocation mondiale".
    WorldVocation,
    /// "Pôle national".
    National,
}

/// The technology fields of the 2006 brochure of the world-class clusters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Field2006 {
    Transport,
    BiotechHealth,
    ItImagesNetworks,
    BioAgronomics,
    Chemicals,
}

impl Field2006 {
    /// The fields in the brochure's order.
    pub const ALL: [Field2006; 5] = [
        Field2006::Transport,
        Field2006::BiotechHealth,
        Field2006::ItImagesNetworks,
        Field2006::BioAgronomics,
        Field2006::Chemicals,
    ];
}

/// Head office.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Hq {
    pub city: String,
    /// INSEE commune code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insee: Option<String>,
    /// Latitude, WGS84 (centroid of the commune, not a street address).
    pub lat: f64,
    /// Longitude, WGS84.
    pub lon: f64,
}

/// Labelling history.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// Label of the 2005–2007 call, if the cluster (or its main predecessor) had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_2005_2007: Option<Label2005>,
    /// The periods the label was held, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<Period>,
}

/// Named members in the three kinds of the 2006 brochure.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Members {
    #[serde(default)]
    pub enterprises: Vec<String>,
    #[serde(default)]
    pub research: Vec<String>,
    #[serde(default)]
    pub training: Vec<String>,
}

impl Members {
    /// Every named member, of every kind.
    pub fn all(&self) -> impl Iterator<Item = &String> {
        self.enterprises
            .iter()
            .chain(&self.research)
            .chain(&self.training)
    }
}

/// A member count stated by a source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MemberCount {
    pub value: u32,
    pub year: u16,
    /// How the source words it when it is not exact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Qualifier>,
    /// Id of the source stating it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceId>,
}

/// How a source words a member count that is not exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub enum Qualifier {
    #[serde(rename = "about")]
    About,
    #[serde(rename = "nearly")]
    Nearly,
    #[serde(rename = "more than")]
    MoreThan,
    #[serde(rename = "at least")]
    AtLeast,
    /// The count includes the members of the cluster's network.
    #[serde(rename = "including network members")]
    IncludingNetwork,
}

/// A field that no retrieved source confirms.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Unverified {
    /// Field name, e.g. `website` or `hq`.
    pub field: String,
    /// Why, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// One competitiveness cluster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cluster {
    /// Stable slug, used in URLs, e.g. `aerospace-valley`.
    pub id: ClusterId,
    /// Official or usual name.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// Earlier names and merged predecessors' names.
    #[serde(default)]
    pub former_names: Vec<String>,
    /// Name in the 2006 government brochure of the world-class clusters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brochure_2006_name: Option<String>,
    /// Technology field the 2006 brochure placed it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brochure_2006_field: Option<Field2006>,
    /// Official website, `http(s)` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// A contact address: `mailto:` or `http(s)`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    pub hq: Hq,
    /// INSEE codes of the regions covered, HQ region first.
    pub regions: Vec<RegionCode>,
    /// Sector ids, primary first.
    pub sectors: Vec<SectorId>,
    pub status: Status,
    /// For a historical cluster: the id of the cluster it became part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor: Option<ClusterId>,
    #[serde(default)]
    pub labels: Labels,
    /// Dated facts of its history (labels, renamings, mergers), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    pub description: Localized,
    #[serde(default)]
    pub members: Members,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_count: Option<MemberCount>,
    /// Ids into the dataset's `sources`.
    #[serde(default)]
    pub sources: Vec<SourceId>,
    /// Fields no retrieved source confirms.
    #[serde(default)]
    pub unverified: Vec<Unverified>,
    /// The date (`YYYY-MM-DD`) this record's facts were last checked against its sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<String>,
}

impl Cluster {
    /// The primary sector id (the first one).
    pub fn primary_sector(&self) -> Option<&SectorId> {
        self.sectors.first()
    }

    /// Whether `field` is listed as unverified.
    pub fn is_unverified(&self, field: &str) -> bool {
        self.unverified.iter().any(|u| u.field == field)
    }
}

/// Whether `address` is a `mailto:` address with an `@`, or an `http(s)` one.
pub fn is_contact_address(address: &str) -> bool {
    let mailto = address
        .get(..7)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("mailto:"));
    (mailto
        && address[7..].contains('@')
        && !address
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>'))
        || is_http_url(address)
}

/// Whether `url` is an absolute `http:` or `https:` address (the only links the app renders).
pub fn is_http_url(url: &str) -> bool {
    let after_scheme = ["https://", "http://"].iter().find_map(|scheme| {
        url.get(..scheme.len())
            .filter(|head| head.eq_ignore_ascii_case(scheme))
            .map(|_| &url[scheme.len()..])
    });
    matches!(after_scheme, Some(rest) if !rest.is_empty() && !rest.starts_with('/'))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_codes() {
        assert_eq!(Lang::from_code("fr-FR"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn localized_falls_back() {
        let text = Localized {
            en: "Hello".into(),
            fr: String::new(),
        };
        assert_eq!(text.get(Lang::Fr), "Hello");
    }

    #[test]
    fn only_http_urls_are_links() {
        assert!(is_http_url("https://www.aerospace-valley.com"));
        assert!(is_http_url("HTTP://example.org/a?b=c"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("data:text/html,<script>"));
        assert!(!is_http_url("//example.org"));
        assert!(!is_http_url("https://exa mple.org"));
        assert!(!is_http_url("ftp://example.org"));
    }
}
