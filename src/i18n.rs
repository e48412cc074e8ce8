//! Every piece of interface text, in English and French.
//!
//! One struct of texts per language: a key missing in either language is a compile error, so
//! the two can never drift apart. Components take their texts from [`texts`], never from
//! string literals of their own. Data texts (sector labels, descriptions) come from the
//! dataset's own `en`/`fr` fields.
//!
//! `en` and `fr` hold the two tables; `issues` writes the dataset's issues and load errors in
//! each language (an exhaustive `match` per language).

use poles_model::dataset::{Field2006, Qualifier};
use poles_model::regions::MemberTotal;
use poles_model::validate::{IssueKind, RecordRef};
use poles_model::{Lang, LoadError};

pub use poles_model::format::{format_count, format_date, format_month};

mod en;
mod fr;
mod issues;
#[cfg(test)]
mod tests;

/// The interface texts of one language.
pub struct Texts {
    pub skip_links_label: &'static str,
    pub skip_to_map: &'static str,
    pub skip_to_list: &'static str,
    pub tagline: &'static str,
    pub language_switch: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub network_error: &'static str,
    pub http_error: fn(u16) -> String,
    pub timeout_error: &'static str,
    pub not_data_error: fn(&str) -> String,
    pub invalid_data: &'static str,
    pub retry: &'static str,
    pub skipped_records: fn(usize) -> String,
    pub details: &'static str,
    pub geometry_unavailable: &'static str,
    pub panic_message: &'static str,
    pub reload: &'static str,
    // Dataset issues and load errors: the sentence; the parser's own words, when there are
    // some (`IssueKind::detail`, `LoadError::detail`), are shown after it, marked as English.
    /// What is wrong, for each kind of dataset issue.
    pub issue: fn(&IssueKind) -> String,
    /// Where an issue is, before what is wrong: the record (and its id) and the field.
    pub issue_place: fn(Option<&RecordRef>, &str) -> String,
    /// Why a dataset file cannot be read.
    pub load_error: fn(&LoadError) -> String,
    // Filters
    pub filters_label: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub region_label: &'static str,
    pub all_of_france: &'static str,
    pub sectors_label: &'static str,
    /// Read after a chip's count by screen readers: "Health 7 clusters".
    pub chip_count_unit: fn(usize) -> &'static str,
    pub reset_sectors: &'static str,
    pub show_historical: &'static str,
    // Map
    pub map_label: &'static str,
    pub overseas_label: &'static str,
    pub legend_label: &'static str,
    /// Follows the count in a cluster icon's accessible name: "5 clusters here: ...".
    pub cluster_icon_suffix: &'static str,
    /// Describes the keys of the markers (a single tab stop) to screen readers.
    pub marker_keys: &'static str,
    /// The titles of the map's zoom buttons, and of the link to Leaflet in its attribution.
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub leaflet_title: &'static str,
    // List
    pub list_label: &'static str,
    pub clusters_shown: fn(usize) -> String,
    pub no_match: &'static str,
    pub clear_filters: &'static str,
    pub show_more: fn(usize) -> String,
    pub historical: &'static str,
    pub became: &'static str,
    // Region profile
    /// "14 current clusters cover the region".
    pub profile_clusters: fn(usize) -> String,
    pub profile_by_sector: &'static str,
    pub profile_by_sector_note: &'static str,
    pub profile_figures: &'static str,
    pub profile_current: &'static str,
    /// The number of current clusters, and how many have their head office in the region.
    pub profile_current_value: fn(usize, usize) -> String,
    pub profile_members: &'static str,
    /// The member counts the data states for a region's clusters, added up, out of how many
    /// clusters.
    pub profile_members_value: fn(&MemberTotal, usize) -> String,
    pub profile_members_note: &'static str,
    pub profile_world_class: &'static str,
    pub profile_world_vocation: &'static str,
    pub profile_hq_elsewhere: &'static str,
    pub none: &'static str,
    pub profile_compare: &'static str,
    pub profile_empty: &'static str,
    // Choropleth legend
    pub choropleth_heading: &'static str,
    pub choropleth_all: &'static str,
    pub choropleth_filtered: &'static str,
    /// The region(s) with the most clusters, and that count.
    pub choropleth_most: fn(&str, usize) -> String,
    /// The most clusters a region has, and in how many regions (when more than three tie).
    pub choropleth_most_many: fn(usize, usize) -> String,
    pub choropleth_none: &'static str,
    /// A region's tooltip over the shading: name, count, and the sectors filtered on (labels,
    /// comma-separated; empty when none): "Occitanie — 3 clusters (Health)".
    // For the map's region tooltips, wired with the shading after the map refactor.
    #[allow(dead_code)]
    pub region_tooltip: fn(&str, usize, &str) -> String,
    // Regions × sectors matrix
    pub matrix_toggle: &'static str,
    pub matrix_toggle_short: &'static str,
    pub matrix_heading: &'static str,
    pub matrix_intro: &'static str,
    pub matrix_note: &'static str,
    pub total: &'static str,
    pub total_distinct: &'static str,
    pub sort_by: fn(&str) -> String,
    pub back_to_map: &'static str,
    pub download_matrix: &'static str,
    // Card
    pub close: &'static str,
    pub formerly: &'static str,
    pub brochure_2006: &'static str,
    pub sectors: &'static str,
    pub regions: &'static str,
    pub headquarters: &'static str,
    pub members: &'static str,
    pub enterprises: &'static str,
    pub research: &'static str,
    pub training: &'static str,
    pub no_names: &'static str,
    pub member_count: fn(usize, u16, Option<Qualifier>) -> String,
    /// When the card's facts were last checked, from a month such as "November 2026".
    pub facts_checked: fn(&str) -> String,
    pub label_world_class: &'static str,
    pub label_world_vocation: &'static str,
    pub label_national: &'static str,
    pub label_2005: &'static str,
    pub label_history: &'static str,
    pub time_label: &'static str,
    pub profile_by_year: &'static str,
    /// The top of the chart by year: "highest: 12".
    pub profile_by_year_most: fn(usize) -> String,
    /// The slider at today: "Today (4 December 2026)".
    pub time_today: fn(&str) -> String,
    pub time_play: &'static str,
    pub time_pause: &'static str,
    pub time_back_to_today: &'static str,
    pub name_today: &'static str,
    pub successor: &'static str,
    pub predecessors: &'static str,
    pub website: &'static str,
    pub sources: &'static str,
    pub unverified: &'static str,
    pub unverified_hint: &'static str,
    // Sharing, embedding, downloads
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub embed: &'static str,
    pub embed_heading: &'static str,
    pub embed_help: &'static str,
    pub embed_code: &'static str,
    pub embed_format: &'static str,
    pub embed_element: &'static str,
    pub embed_iframe: &'static str,
    pub embed_title: &'static str,
    pub copy_code: &'static str,
    pub copied: &'static str,
    pub open_full_map: &'static str,
    pub download: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
    // The map image (its dialog, and the words written in the picture)
    pub map_image: &'static str,
    pub map_image_heading: &'static str,
    pub map_image_help: &'static str,
    pub map_image_size: &'static str,
    pub map_image_slide: &'static str,
    pub map_image_page: &'static str,
    pub map_image_svg: &'static str,
    pub map_image_png: &'static str,
    /// A filter and its value, in the picture: "Region: Occitanie".
    pub map_image_filter: fn(&str, &str) -> String,
    /// The search, in the picture: "Search: “wine”".
    pub map_image_search: fn(&str) -> String,
    pub map_image_historical: &'static str,
    /// The picture's credits, from the dataset's title and update day.
    pub map_image_credits: fn(&str, &str) -> String,
    /// The printed page's address and the day it was printed.
    pub printed: fn(&str, &str) -> String,
    // Footer
    pub data_updated: fn(&str, &str) -> String,
    // About panel
    pub about: &'static str,
    pub about_heading: &'static str,
    pub about_what: &'static str,
    pub about_needs_heading: &'static str,
    pub about_needs: [&'static str; 4],
    pub about_gains_heading: &'static str,
    pub about_gains: [&'static str; 5],
    pub about_history_heading: &'static str,
    pub about_today: fn(usize, usize) -> String,
    pub locate_heading: &'static str,
    pub locate_intro: &'static str,
    pub regional_agencies: &'static str,
    pub about_data_heading: &'static str,
    pub about_sources: fn(usize) -> String,
    // The 2006 view
    pub view_2006: &'static str,
    pub view_2006_heading: &'static str,
    pub view_2006_intro: &'static str,
    pub field_2006: fn(Field2006) -> &'static str,
    pub name_2006: &'static str,
    pub today: &'static str,
    // Card: how to engage
    pub contact: &'static str,
    pub agency: &'static str,
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &en::EN,
        Lang::Fr => &fr::FR,
    }
}

/// `n` with the language's digit grouping, then the singular or the plural phrase ("1 cluster",
/// "2 clusters"; French, like CLDR, puts 0 and 1 in the singular: "0 pôle", "1 pôle").
pub fn counted(lang: Lang, n: usize, singular: &str, plural: &str) -> String {
    let one = match lang {
        Lang::En => n == 1,
        Lang::Fr => n <= 1,
    };
    format!(
        "{} {}",
        format_count(lang, n),
        if one { singular } else { plural }
    )
}
