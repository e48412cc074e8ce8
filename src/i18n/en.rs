//! The interface texts in English.

use poles_model::dataset::{Field2006, Qualifier};
use poles_model::regions::MemberTotal;
use poles_model::validate::RecordRef;
use poles_model::Lang;

use super::issues::{issue_en, load_error_en};
use super::{counted, format_count, Texts};

pub(super) const EN: Texts = Texts {
    skip_links_label: "Skip links",
    skip_to_map: "Skip to the map",
    skip_to_list: "Skip to the list of clusters",
    tagline: "Which French competitiveness cluster works on what, and where",
    language_switch: "Language",
    loading: "Loading the clusters…",
    load_failed: "The clusters could not be loaded.",
    network_error: "The server could not be reached. Check your connection and retry.",
    http_error: |status| format!("The server answered with an error (HTTP {status})."),
    timeout_error: "The server took too long to answer. Retry in a moment.",
    not_data_error: |kind| format!("The server sent a web page ({kind}) instead of the data file. Check the dataset address."),
    invalid_data: "The dataset file is not valid:",
    retry: "Retry",
    skipped_records: |n| match n {
        1 => "1 record of the dataset is invalid and is not shown.".to_owned(),
        n => format!("{n} records of the dataset are invalid and are not shown."),
    },
    details: "Details",
    geometry_unavailable:
        "The region outlines could not be loaded; the clusters are shown without them.",
    panic_message: "Something went wrong. Please reload the page.",
    reload: "Reload",
    issue: issue_en,
    issue_place: |record, field| {
        let record = match record {
            Some(RecordRef { index, id: Some(id) }) => format!("clusters[{index}] (id “{id}”)"),
            Some(RecordRef { index, id: None }) => format!("clusters[{index}]"),
            None => "Dataset".to_owned(),
        };
        match field {
            "" => format!("{record}: "),
            field => format!("{record}, field {field}: "),
        }
    },
    load_error: load_error_en,
    filters_label: "Filters",
    search_label: "Search",
    search_placeholder: "Name, city, member, topic…",
    region_label: "Region",
    all_of_france: "All of France",
    sectors_label: "Sectors",
    chip_count_unit: |n| if n == 1 { " cluster" } else { " clusters" },
    reset_sectors: "All sectors",
    show_historical: "Show historical clusters",
    map_label: "Map of the competitiveness clusters of France",
    overseas_label: "Overseas regions",
    legend_label: "Primary sector",
    cluster_icon_suffix: " clusters here: press Enter to zoom in",
    marker_keys: "Arrow keys move between the markers; Home and End go to the first and last. Enter opens a cluster's card, or zooms into a group. Escape goes back to the map.",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    leaflet_title: "A JavaScript library for interactive maps",
    list_label: "Clusters",
    clusters_shown: |n| counted(Lang::En, n, "cluster shown", "clusters shown"),
    no_match: "No cluster matches these filters.",
    clear_filters: "Clear the filters",
    show_more: |n| format!("Show more ({} left)", format_count(Lang::En, n)),
    historical: "historical",
    became: "became",
    profile_clusters: |n| {
        let verb = if n == 1 { "covers" } else { "cover" };
        format!("{} {verb} the region", counted(Lang::En, n, "current cluster", "current clusters"))
    },
    profile_by_sector: "Clusters by sector",
    profile_by_sector_note: "A cluster with several sectors counts in each. Select a sector to show its clusters.",
    profile_figures: "Key figures",
    profile_current: "Current clusters",
    profile_current_value: |n, here| format!("{} ({} here)", format_count(Lang::En, n), counted(Lang::En, here, "head office", "head offices")),
    profile_members: "Members of these clusters",
    profile_members_value: |members, of| {
        let MemberTotal { sum, stating, years, approximate } = *members;
        if stating == 0 {
            return "No cluster states a count".to_owned();
        }
        let about = if approximate { "about " } else { "" };
        let years = match years {
            Some((first, last)) if first != last => format!("{first}–{last}"),
            Some((year, _)) => year.to_string(),
            None => String::new(),
        };
        format!(
            "{about}{} (stated for {} out of {}, {years})",
            format_count(Lang::En, usize::try_from(sum).unwrap_or(usize::MAX)),
            counted(Lang::En, stating, "cluster", "clusters"),
            format_count(Lang::En, of),
        )
    },
    profile_members_note: "Member counts are those of whole clusters, including their members in other regions.",
    profile_world_class: "World-class (2005–2007 label)",
    profile_world_vocation: "World vocation (2005–2007 label)",
    profile_hq_elsewhere: "Head office in another region",
    none: "None",
    profile_compare: "Compare the regions (table)",
    profile_empty: "No current cluster covers this region.",
    choropleth_heading: "Clusters per region",
    choropleth_all: "All current clusters; each counts in every region it covers.",
    choropleth_filtered: "The clusters the filters show (whatever the region selected); each counts in every region it covers.",
    choropleth_most: |names, n| format!("Most: {names} ({})", format_count(Lang::En, n)),
    choropleth_most_many: |n, regions| format!("Most: {} (in {} regions)", format_count(Lang::En, n), format_count(Lang::En, regions)),
    choropleth_none: "No region has a cluster shown.",
    region_tooltip: |name, n, sectors| {
        let clusters = counted(Lang::En, n, "cluster", "clusters");
        if sectors.is_empty() {
            format!("{name} — {clusters}")
        } else {
            format!("{name} — {clusters} ({sectors})")
        }
    },
    matrix_toggle: "Regions × sectors",
    matrix_toggle_short: "Table",
    matrix_heading: "Current clusters by region and sector",
    matrix_intro: "Each cell counts the current clusters that cover the region and list the sector. Select a region or a sector to show its clusters on the map; sort the rows with the arrows.",
    matrix_note: "A cluster counts in every region it covers and in every sector it lists, so the totals count distinct clusters: they can be smaller than the sums of their cells.",
    total: "Total",
    total_distinct: "Total (distinct clusters)",
    sort_by: |column| format!("Sort by {column}"),
    back_to_map: "Back to the map",
    download_matrix: "Download the table (CSV)",
    close: "Close",
    formerly: "Formerly",
    brochure_2006: "Name in the 2006 brochure",
    sectors: "Sectors",
    regions: "Regions",
    headquarters: "Headquarters",
    members: "Members",
    enterprises: "Enterprises",
    research: "Research centres",
    training: "Training organisations",
    no_names: "No names in the dataset",
    facts_checked: |month| format!("Facts checked: {month}"),
    member_count: |n, year, qualifier| {
        let members = counted(Lang::En, n, "member", "members");
        match qualifier {
            Some(Qualifier::About) => format!("about {members} ({year})"),
            Some(Qualifier::Nearly) => format!("nearly {members} ({year})"),
            Some(Qualifier::MoreThan) => format!("more than {members} ({year})"),
            Some(Qualifier::AtLeast) => format!("at least {members} ({year})"),
            Some(Qualifier::IncludingNetwork) => {
                format!("{members}, network members included ({year})")
            }
            None => format!("{members} ({year})"),
        }
    },
    label_world_class: "World-class cluster",
    label_world_vocation: "Cluster with a world vocation",
    label_national: "National cluster",
    label_2005: "2005–2007 label",
    label_history: "Label history",
    time_label: "Date",
    profile_by_year: "Clusters covering the region, 2005 to today (at the end of each year)",
    profile_by_year_most: |n| format!("highest: {}", format_count(Lang::En, n)),
    time_today: |date| format!("Today ({date})"),
    time_play: "Play the years",
    time_pause: "Pause",
    time_back_to_today: "Back to today",
    name_today: "Name today",
    successor: "Now part of",
    predecessors: "Absorbed",
    website: "Website",
    sources: "Sources",
    unverified: "unverified",
    unverified_hint: "No retrieved source confirms this field.",
    copy_link: "Copy link",
    link_copied: "Link copied",
    embed: "Embed",
    embed_heading: "Embed this map",
    embed_help: "Paste this code into your page: it shows the map with the current filters and resizes itself.",
    embed_code: "Embed code",
    embed_format: "Format",
    embed_element: "Element (events, commands)",
    embed_iframe: "Plain iframe",
    embed_title: poles_model::embed::frame_title(Lang::En),
    copy_code: "Copy code",
    copied: "Copied",
    open_full_map: "Full map ↗",
    download: "Download the visible clusters:",
    download_csv: "CSV",
    download_json: "JSON",
    map_image: "Map image",
    map_image_heading: "Download the map",
    map_image_help: "A picture of the map as it is now, drawn from the data: the shading of the regions and its legend, the markers in their sectors’ colours, the filters in words and the credits.",
    map_image_size: "Size",
    map_image_slide: "Slide (1600 × 900)",
    map_image_page: "Page, A4 landscape (1123 × 794)",
    map_image_svg: "Download SVG",
    map_image_png: "Download PNG",
    map_image_filter: |label, value| format!("{label}: {value}"),
    map_image_search: |query| format!("Search: “{query}”"),
    map_image_historical: "historical clusters included",
    map_image_credits: |title, date| format!("Data: {title}, updated {date}; geometry: IGN Admin Express, Licence Ouverte (Etalab)."),
    printed: |address, date| format!("{address} — printed on {date}"),
    data_updated: |title, date| format!("Data: {title}, updated {date}."),
    about: "About",
    about_heading: "About the competitiveness clusters",
    about_what: "A competitiveness cluster (pôle de compétitivité) brings together, in one place and around one field, companies large and small, research centres and training organisations. They work together on shared innovation projects, with public support for research and development.",
    about_needs_heading: "What makes a cluster succeed",
    about_needs: [
        "A common development strategy shared by its members",
        "Strong partnerships between companies, research and training",
        "A focus on technologies with real market potential",
        "Visibility abroad",
    ],
    about_gains_heading: "What a firm gains by joining",
    about_gains: [
        "Access to the leading companies of its field",
        "Access to researchers and their laboratories",
        "Qualified staff from the training organisations",
        "Support and funding for joint R&D projects",
        "Partners abroad",
    ],
    about_history_heading: "A short history",
    about_today: |current, historical| {
        format!(
            "Today this map shows {}, and {} that merged or closed.",
            counted(Lang::En, current, "labelled cluster", "labelled clusters"),
            counted(Lang::En, historical, "former one", "former ones")
        )
    },
    locate_heading: "Locate in France",
    locate_intro: "Official channels for firms that want to invest or set up in France:",
    regional_agencies: "Regional investment-promotion agencies",
    about_data_heading: "About the data",
    about_sources: |n| format!("Each fact cites its sources ({} in all); fields no source confirms are marked “unverified”.", format_count(Lang::En, n)),
    contact: "Contact",
    agency: "Regional agency",
    view_2006: "2006 world-class view",
    view_2006_heading: "The world-class clusters of 2006",
    view_2006_intro: "In 2006 a government brochure presented 16 clusters as world-class, in five technology fields. Here they are, with what they are called today.",
    field_2006: |field| match field {
        Field2006::Transport => "Transport",
        Field2006::BiotechHealth => "Biotechnology and healthcare",
        Field2006::ItImagesNetworks => "IT, images and networks",
        Field2006::BioAgronomics => "Bio-agronomics",
        Field2006::Chemicals => "Chemicals",
    },
    name_2006: "In 2006:",
    today: "Today:",
};
