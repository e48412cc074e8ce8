//! The `interface` group: the app's texts.

use serde::Deserialize;

use super::map_image::MapImage;
use super::message::{Fielded, MemberCount, Plural, Template};

/// The app’s texts, one per field of its `Texts` (`src/i18n.rs`); each field’s comment is
/// its English text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interface {
    /// “Skip links”
    pub skip_links_label: Template,
    /// “Skip to the map”
    pub skip_to_map: Template,
    /// “Skip to the list of clusters”
    pub skip_to_list: Template,
    /// “Which French competitiveness cluster works on what, and where”
    pub tagline: Template,
    /// “Language”
    pub language_switch: Template,
    /// “Loading the clusters…”
    pub loading: Template,
    /// “The clusters could not be loaded.”
    pub load_failed: Template,
    /// “The server could not be reached. Check your connection and retry.”
    pub network_error: Template,
    /// “The server answered with an error (HTTP {status}).”
    pub http_error: Template,
    /// “The server took too long to answer. Retry in a moment.”
    pub timeout_error: Template,
    /// “The server sent a web page ({content_type}) instead of the data fil…”
    pub not_data_error: Template,
    /// “The dataset file is not valid: {error}”
    pub invalid_data: Template,
    /// “Retry”
    pub retry: Template,
    /// “{n} records of the dataset are invalid and are not shown.”
    pub skipped_records: Plural,
    /// “Details”
    pub details: Template,
    /// “The region outlines could not be loaded; the clusters are shown wit…”
    pub geometry_unavailable: Template,
    /// “Something went wrong. Please reload the page.”
    /// “The map could not start in this browser. …” (`public/boot.js`, when the wasm cannot
    /// start; written there by hand in every language, checked by `cargo xtask catalogue`)
    pub boot_failed: Template,
    pub panic_message: Template,
    /// “Reload”
    pub reload: Template,
    /// Where an issue is, then the whole issue line (the alert’s details).
    pub issue_place: IssuePlace,
    /// “Filters”
    pub filters_label: Template,
    /// “Search”
    pub search_label: Template,
    /// “Name, city, member, topic…”
    pub search_placeholder: Template,
    /// “Region”
    pub region_label: Template,
    /// “All of France”
    pub all_of_france: Template,
    /// “Sectors”
    pub sectors_label: Template,
    /// “clusters”
    pub chip_count_unit: Plural,
    /// “All sectors”
    pub reset_sectors: Template,
    /// “Show historical clusters”
    pub show_historical: Template,
    /// “Map of the competitiveness clusters of France”
    pub map_label: Template,
    /// “Overseas regions”
    pub overseas_label: Template,
    /// “Primary sector”
    pub legend_label: Template,
    /// “clusters here: press Enter to zoom in”
    pub cluster_icon_suffix: Template,
    /// “Arrow keys move between the markers; Home and End go to the first a…”
    pub marker_keys: Template,
    /// “Zoom in”
    pub zoom_in: Template,
    /// “Zoom out”
    pub zoom_out: Template,
    /// “A JavaScript library for interactive maps”
    pub leaflet_title: Template,
    /// “Clusters”
    pub list_label: Template,
    /// “{n} clusters shown”
    pub clusters_shown: Plural,
    /// “No cluster matches these filters.”
    pub no_match: Template,
    /// “Clear the filters”
    pub clear_filters: Template,
    /// “Show more ({n} left)”
    pub show_more: Plural,
    /// “historical”
    pub historical: Template,
    /// “became”
    pub became: Template,
    /// “{n} current clusters cover the region”
    pub profile_clusters: Plural,
    /// “Clusters by sector”
    pub profile_by_sector: Template,
    /// “A cluster with several sectors counts in each. Select a sector to s…”
    pub profile_by_sector_note: Template,
    /// “Key figures”
    pub profile_figures: Template,
    /// “Current clusters”
    pub profile_current: Template,
    /// “{total} ({n} head offices here)”
    pub profile_current_value: Plural,
    /// “Members of these clusters”
    pub profile_members: Template,
    /// The members of the region’s clusters, added up (the profile’s figures).
    pub profile_members_value: MembersValue,
    /// “Member counts are those of whole clusters, including their members…”
    pub profile_members_note: Template,
    /// “World-class (2005–2007 label)”
    pub profile_world_class: Template,
    /// “World vocation (2005–2007 label)”
    pub profile_world_vocation: Template,
    /// “Head office in another region”
    pub profile_hq_elsewhere: Template,
    /// “None”
    pub none: Template,
    /// “Compare the regions (table)”
    pub profile_compare: Template,
    /// “No current cluster covers this region.”
    pub profile_empty: Template,
    /// “Clusters per region”
    pub choropleth_heading: Template,
    /// “All current clusters; each counts in every region it covers.”
    pub choropleth_all: Template,
    /// “The clusters the filters show (whatever the region selected); each…”
    pub choropleth_filtered: Template,
    /// “Most: {regions} ({n})”
    pub choropleth_most: Template,
    /// “Most: {most} (in {regions} regions)”
    pub choropleth_most_many: Template,
    /// “No region has a cluster shown.”
    pub choropleth_none: Template,
    /// The tooltip over a shaded region.
    pub region_tooltip: RegionTooltip,
    /// “Regions × sectors”
    pub matrix_toggle: Template,
    /// “Table”
    pub matrix_toggle_short: Template,
    /// “Current clusters by region and sector”
    pub matrix_heading: Template,
    /// “Each cell counts the current clusters that cover the region and lis…”
    pub matrix_intro: Template,
    /// “A cluster counts in every region it covers and in every sector it l…”
    pub matrix_note: Template,
    /// “Total”
    pub total: Template,
    /// “Total (distinct clusters)”
    pub total_distinct: Template,
    /// “Sort by {column}”
    pub sort_by: Template,
    /// “Back to the map”
    pub back_to_map: Template,
    /// “Download the table (CSV)”
    pub download_matrix: Template,
    /// “, ” between the items of a list of names (regions, sectors): “、” in Japanese and
    /// Chinese
    pub list_separator: Template,
    /// “Close”
    pub close: Template,
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
    /// The card’s member count, by how the source words it.
    pub member_count: MemberCount<Plural>,
    /// “Facts checked: {month}”
    pub facts_checked: Template,
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
    /// “Date”
    pub time_label: Template,
    /// “Clusters covering the region, 2005 to today (at the end of each year)”
    pub profile_by_year: Template,
    /// “highest: {n}”
    pub profile_by_year_most: Template,
    /// “Today ({date})”
    pub time_today: Template,
    /// “Play the years”
    pub time_play: Template,
    /// “Pause”
    pub time_pause: Template,
    /// “Back to today”
    pub time_back_to_today: Template,
    /// “Name today”
    pub name_today: Template,
    /// “Now part of”
    pub successor: Template,
    /// “Absorbed”
    pub predecessors: Template,
    /// “Website”
    pub website: Template,
    /// “Sources”
    pub sources: Template,
    /// “unverified”
    pub unverified: Template,
    /// “No retrieved source confirms this field.”
    pub unverified_hint: Template,
    /// “Copy link”
    pub copy_link: Template,
    /// “Link copied”
    pub link_copied: Template,
    /// “Embed”
    pub embed: Template,
    /// “Embed this map”
    pub embed_heading: Template,
    /// “Paste this code into your page: it shows the map with the current f…”
    pub embed_help: Template,
    /// “Embed code”
    pub embed_code: Template,
    /// “Format” (the Embed dialog's choice of code)
    pub embed_format: Template,
    /// “Element (events, commands)”: `<poles-atlas>`
    pub embed_element: Template,
    /// “Plain iframe”
    pub embed_iframe: Template,
    /// “Map of the French competitiveness clusters”
    pub embed_title: Template,
    /// “Copy code”
    pub copy_code: Template,
    /// “Copied”
    pub copied: Template,
    /// “Full map ↗”
    pub open_full_map: Template,
    /// “Download the visible clusters:”
    pub download: Template,
    /// “CSV”
    pub download_csv: Template,
    /// “JSON”
    pub download_json: Template,
    /// The map image: its dialog and the words written in the picture.
    pub map_image: MapImage,
    /// “Data: {title}, updated {date}.”
    pub data_updated: Template,
    /// “About”
    pub about: Template,
    /// “About the competitiveness clusters”
    pub about_heading: Template,
    /// “A competitiveness cluster (pôle de compétitivité) brings together,…”
    pub about_what: Template,
    /// “What makes a cluster succeed”
    pub about_needs_heading: Template,
    /// What makes a cluster succeed (a list in the About dialog).
    pub about_needs: [Template; 4],
    /// “What a firm gains by joining”
    pub about_gains_heading: Template,
    /// What a firm gains by joining (a list in the About dialog).
    pub about_gains: [Template; 5],
    /// “A short history”
    pub about_history_heading: Template,
    /// The About dialog’s sentence counting current and former clusters.
    pub about_today: AboutToday,
    /// “Locate in France”
    pub locate_heading: Template,
    /// “Official channels for firms that want to invest or set up in France:”
    pub locate_intro: Template,
    /// “Regional investment-promotion agencies”
    pub regional_agencies: Template,
    /// “About the data”
    pub about_data_heading: Template,
    /// “Each fact cites its sources ({n} in all); fields no source confirms…”
    pub about_sources: Template,
    /// “2006 world-class view”
    pub view_2006: Template,
    /// “The world-class clusters of 2006”
    pub view_2006_heading: Template,
    /// “In 2006 a government brochure presented 16 clusters as world-class,…”
    pub view_2006_intro: Template,
    /// The five technology fields of the 2006 brochure (the 2006 view’s headings).
    pub field_2006: Fields2006,
    /// “In 2006:”
    pub name_2006: Template,
    /// “Today:”
    pub today: Template,
    /// “Contact”
    pub contact: Template,
    /// “Regional agency”
    pub agency: Template,
}

/// Where an issue of the dataset is, and the line that says it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IssuePlace {
    /// The record (or the whole file) the issue is in.
    pub record: RecordPlace,
    /// The line: `{record}`, then `{field}` when known, and `{issue}` (an `issues.kinds`).
    pub line: Fielded,
}

/// The record an issue is in.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordPlace {
    /// “clusters[{index}] (id “{id}”)”
    pub with_id: Template,
    /// “clusters[{index}]”
    pub without_id: Template,
    /// “Dataset”: an issue of the whole file.
    pub dataset: Template,
}

/// The members of a region's clusters, added up.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembersValue {
    /// “No cluster states a count”
    pub none_stated: Template,
    /// “{sum} (stated for {n} clusters out of {total}, {years})”
    pub exact: Plural,
    /// “about {sum} (stated for {n} clusters out of {total}, {years})”
    pub approximate: Plural,
    /// “{first}–{last}”: the `{years}` of the counts when they differ.
    pub year_range: Template,
}

/// The tooltip over a shaded region, with or without the sectors filtered on.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionTooltip {
    /// “{region} — {n} clusters”
    pub without_sectors: Plural,
    /// “{region} — {n} clusters ({sectors})”
    pub with_sectors: Plural,
}

/// The About dialog's count of current and former clusters: a sentence and its two phrases.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AboutToday {
    /// “Today this map shows {current}, and {historical} that merged or closed.”
    pub sentence: Template,
    /// “{n} labelled clusters”
    pub current: Plural,
    /// “{n} former ones”
    pub historical: Plural,
}

/// The fields of the 2006 brochure, by the dataset's `Field2006`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fields2006 {
    /// “Transport”
    pub transport: Template,
    /// “Biotechnology and healthcare”
    pub biotech_health: Template,
    /// “IT, images and networks”
    pub it_images_networks: Template,
    /// “Bio-agronomics”
    pub bio_agronomics: Template,
    /// “Chemicals”
    pub chemicals: Template,
}
