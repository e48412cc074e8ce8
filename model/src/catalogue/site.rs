//! The `site` group: the texts of the static pages.

use serde::Deserialize;

use super::message::{Plural, Template};

/// The texts of the static pages (the member count and “Facts checked” are the card’s, in
/// `interface`); each field’s comment is its English text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// “Pôles — French competitiveness clusters”
    pub atlas_title: Template,
    /// “Which French competitiveness cluster works on what, and where”
    pub tagline: Template,
    /// “Atlas of the clusters”
    pub atlas: Template,
    /// “You are here”
    pub trail_label: Template,
    /// “Language”
    pub language_label: Template,
    /// “The interactive map needs JavaScript. Every fact it shows about thi…”
    pub map_needs_script: Template,
    /// “All clusters”
    pub all_clusters: Template,
    /// “competitiveness cluster”
    pub cluster: Template,
    /// “former competitiveness cluster”
    pub former_cluster: Template,
    /// “Formerly”
    pub formerly: Template,
    /// “Name in the 2006 brochure”
    pub brochure_2006: Template,
    /// “Sectors”
    pub sectors: Template,
    /// “Regions”
    pub regions: Template,
    /// “Headquarters”
    pub headquarters: Template,
    /// “Members”
    pub members: Template,
    /// “Enterprises”
    pub enterprises: Template,
    /// “Research centres”
    pub research: Template,
    /// “Training organisations”
    pub training: Template,
    /// “No names in the dataset”
    pub no_names: Template,
    /// “World-class cluster”
    pub label_world_class: Template,
    /// “Cluster with a world vocation”
    pub label_world_vocation: Template,
    /// “National cluster”
    pub label_national: Template,
    /// “2005–2007 label”
    pub label_2005: Template,
    /// “Label history”
    pub label_history: Template,
    /// “Sources:”
    pub sources_of: Template,
    /// “Now part of”
    pub successor: Template,
    /// “Absorbed”
    pub predecessors: Template,
    /// “Website”
    pub website: Template,
    /// “Contact”
    pub contact: Template,
    /// “Regional agency”
    pub agency: Template,
    /// “Sources”
    pub sources: Template,
    /// “unverified”
    pub unverified: Template,
    /// “No retrieved source confirms this field.”
    pub unverified_hint: Template,
    /// “{region}: competitiveness clusters”
    pub region_title: Template,
    /// A region page’s meta description, with or without current clusters.
    pub region_description: NoneOrSome,
    /// A region page’s first sentence.
    pub region_intro: RegionIntro,
    /// “Head office in the region”
    pub head_office_here: Template,
    /// “Also covering the region”
    pub also_here: Template,
    /// “Historical clusters”
    pub historical_here: Template,
    /// “No current cluster has its head office here.”
    pub none_here: Template,
    /// “All the French competitiveness clusters”
    pub index_title: Template,
    /// “The {n} French competitiveness clusters (pôles de compétitivité) la…”
    pub index_description: Template,
    /// “Historical clusters”
    pub historical_clusters: Template,
    /// “Other clusters in {region}”
    pub other_clusters: Template,
    /// “Other regions”
    pub other_regions: Template,
    /// “Map of France with the competitiveness clusters, coloured by sector”
    pub share_image_alt: Template,
    /// “Page not found”
    pub not_found_title: Template,
    /// “There is no page at this address. The atlas shows every cluster.”
    pub not_found_text: Template,
    /// “Go to the atlas”
    pub not_found_link: Template,
}

/// A region page's sentence when no current cluster covers it, and when some do.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoneOrSome {
    /// No cluster.
    pub none: Template,
    /// `{n}` clusters.
    pub some: Plural,
}

/// A region page's first sentence: the current clusters, then the historical ones.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionIntro {
    /// “{n} competitiveness clusters labelled today cover {region}”
    pub current: NoneOrSome,
    /// “{current}; {n} historical clusters did.”: `{current}` and the historical count.
    pub sentence: NoneOrSome,
}
