//! Every piece of interface text, in English and French.
//!
//! One struct of texts per language: a key missing in either language is a compile error, so
//! the two can never drift apart. Components take their texts from [`texts`], never from
//! string literals of their own. Data texts (sector labels, descriptions) come from the
//! dataset's own `en`/`fr` fields.

use poles_model::dataset::{Field2006, Qualifier};
use poles_model::regions::MemberTotal;
use poles_model::validate::{Code, IssueKind, JsonKind, RecordRef};
use poles_model::{Lang, LoadError};

use poles_model::format::format_decimal as decimal;
pub use poles_model::format::{format_count, format_date, format_month};

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
    pub embed_title: &'static str,
    pub copy_code: &'static str,
    pub copied: &'static str,
    pub open_full_map: &'static str,
    pub download: &'static str,
    pub download_csv: &'static str,
    pub download_json: &'static str,
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

const EN: Texts = Texts {
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
    embed_title: "Map of the French competitiveness clusters",
    copy_code: "Copy code",
    copied: "Copied",
    open_full_map: "Full map ↗",
    download: "Download the visible clusters:",
    download_csv: "CSV",
    download_json: "JSON",
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

const FR: Texts = Texts {
    skip_links_label: "Liens d’évitement",
    skip_to_map: "Aller à la carte",
    skip_to_list: "Aller à la liste des pôles",
    tagline: "Quel pôle de compétitivité travaille sur quoi, et où",
    language_switch: "Langue",
    loading: "Chargement des pôles…",
    load_failed: "Les pôles n’ont pas pu être chargés.",
    network_error: "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
    http_error: |status| format!("Le serveur a répondu par une erreur (HTTP {status})."),
    timeout_error: "Le serveur met trop de temps à répondre. Réessayez dans un instant.",
    not_data_error: |kind| format!("Le serveur a envoyé une page web ({kind}) au lieu du fichier de données. Vérifiez l’adresse du jeu de données."),
    invalid_data: "Le fichier de données n’est pas valide :",
    retry: "Réessayer",
    skipped_records: |n| match n {
        1 => "1 enregistrement du jeu de données est invalide et n’est pas affiché.".to_owned(),
        n => {
            format!("{n} enregistrements du jeu de données sont invalides et ne sont pas affichés.")
        }
    },
    details: "Détails",
    geometry_unavailable:
        "Les contours des régions n’ont pas pu être chargés ; les pôles sont affichés sans eux.",
    panic_message: "Une erreur est survenue. Veuillez recharger la page.",
    reload: "Recharger",
    issue: issue_fr,
    issue_place: |record, field| {
        let record = match record {
            Some(RecordRef { index, id: Some(id) }) => {
                format!("clusters[{index}] (id «\u{a0}{id}\u{a0}»)")
            }
            Some(RecordRef { index, id: None }) => format!("clusters[{index}]"),
            None => "Jeu de données".to_owned(),
        };
        match field {
            "" => format!("{record}\u{a0}: "),
            field => format!("{record}, champ {field}\u{a0}: "),
        }
    },
    load_error: load_error_fr,
    filters_label: "Filtres",
    search_label: "Rechercher",
    search_placeholder: "Nom, ville, membre, thème…",
    region_label: "Région",
    all_of_france: "Toute la France",
    sectors_label: "Secteurs",
    chip_count_unit: |n| if n <= 1 { " pôle" } else { " pôles" },
    reset_sectors: "Tous les secteurs",
    show_historical: "Afficher les pôles historiques",
    map_label: "Carte des pôles de compétitivité de France",
    overseas_label: "Régions d’outre-mer",
    legend_label: "Secteur principal",
    cluster_icon_suffix: " pôles ici : Entrée pour zoomer",
    marker_keys: "Les flèches passent d’un marqueur à l’autre ; Début et Fin vont au premier et au dernier. Entrée ouvre la fiche d’un pôle, ou zoome sur un groupe. Échap revient à la carte.",
    zoom_in: "Zoom avant",
    zoom_out: "Zoom arrière",
    leaflet_title: "Une bibliothèque JavaScript pour les cartes interactives",
    list_label: "Pôles",
    clusters_shown: |n| counted(Lang::Fr, n, "pôle affiché", "pôles affichés"),
    no_match: "Aucun pôle ne correspond à ces filtres.",
    clear_filters: "Effacer les filtres",
    show_more: |n| format!("Afficher plus ({})", counted(Lang::Fr, n, "restant", "restants")),
    historical: "historique",
    became: "devenu",
    profile_clusters: |n| {
        let verb = if n <= 1 { "couvre" } else { "couvrent" };
        format!("{} {verb} la région", counted(Lang::Fr, n, "pôle actuel", "pôles actuels"))
    },
    profile_by_sector: "Pôles par secteur",
    profile_by_sector_note: "Un pôle à plusieurs secteurs compte dans chacun. Choisissez un secteur pour afficher ses pôles.",
    profile_figures: "Chiffres clés",
    profile_current: "Pôles actuels",
    profile_current_value: |n, here| format!("{} (dont {} ici)", format_count(Lang::Fr, n), counted(Lang::Fr, here, "siège", "sièges")),
    profile_members: "Membres de ces pôles",
    profile_members_value: |members, of| {
        let MemberTotal { sum, stating, years, approximate } = *members;
        if stating == 0 {
            return "Aucun pôle n’indique d’effectif".to_owned();
        }
        let about = if approximate { "environ " } else { "" };
        let years = match years {
            Some((first, last)) if first != last => format!("{first}–{last}"),
            Some((year, _)) => year.to_string(),
            None => String::new(),
        };
        format!(
            "{about}{} (indiqué pour {} sur {}, {years})",
            format_count(Lang::Fr, usize::try_from(sum).unwrap_or(usize::MAX)),
            counted(Lang::Fr, stating, "pôle", "pôles"),
            format_count(Lang::Fr, of),
        )
    },
    profile_members_note: "Les effectifs sont ceux des pôles entiers, y compris leurs membres dans d’autres régions.",
    profile_world_class: "Pôles mondiaux (label 2005–2007)",
    profile_world_vocation: "À vocation mondiale (label 2005–2007)",
    profile_hq_elsewhere: "Siège dans une autre région",
    none: "Aucun",
    profile_compare: "Comparer les régions (tableau)",
    profile_empty: "Aucun pôle actuel ne couvre cette région.",
    choropleth_heading: "Pôles par région",
    choropleth_all: "Tous les pôles actuels ; chacun compte dans chaque région qu’il couvre.",
    choropleth_filtered: "Les pôles qu’affichent les filtres (quelle que soit la région choisie) ; chacun compte dans chaque région qu’il couvre.",
    choropleth_most: |names, n| format!("Le plus : {names} ({})", format_count(Lang::Fr, n)),
    choropleth_most_many: |n, regions| format!("Le plus : {} (dans {} régions)", format_count(Lang::Fr, n), format_count(Lang::Fr, regions)),
    choropleth_none: "Aucune région n’a de pôle affiché.",
    region_tooltip: |name, n, sectors| {
        let clusters = counted(Lang::Fr, n, "pôle", "pôles");
        if sectors.is_empty() {
            format!("{name} — {clusters}")
        } else {
            format!("{name} — {clusters} ({sectors})")
        }
    },
    matrix_toggle: "Régions × secteurs",
    matrix_toggle_short: "Tableau",
    matrix_heading: "Pôles actuels par région et par secteur",
    matrix_intro: "Chaque case compte les pôles actuels qui couvrent la région et ont le secteur. Choisissez une région ou un secteur pour afficher ses pôles sur la carte ; triez les lignes avec les flèches.",
    matrix_note: "Un pôle compte dans chaque région qu’il couvre et dans chaque secteur qu’il a : les totaux comptent des pôles distincts et peuvent être inférieurs à la somme de leurs cases.",
    total: "Total",
    total_distinct: "Total (pôles distincts)",
    sort_by: |column| format!("Trier par {column}"),
    back_to_map: "Retour à la carte",
    download_matrix: "Télécharger le tableau (CSV)",
    close: "Fermer",
    formerly: "Anciennement",
    brochure_2006: "Nom dans la brochure de 2006",
    sectors: "Secteurs",
    regions: "Régions",
    headquarters: "Siège",
    members: "Membres",
    enterprises: "Entreprises",
    research: "Centres de recherche",
    training: "Organismes de formation",
    no_names: "Aucun nom dans le jeu de données",
    facts_checked: |month| format!("Informations vérifiées\u{a0}: {month}"),
    member_count: |n, year, qualifier| {
        let members = counted(Lang::Fr, n, "membre", "membres");
        match qualifier {
            Some(Qualifier::About) => format!("environ {members} ({year})"),
            Some(Qualifier::Nearly) => format!("près de {members} ({year})"),
            Some(Qualifier::MoreThan) => format!("plus de {members} ({year})"),
            Some(Qualifier::AtLeast) => format!("au moins {members} ({year})"),
            Some(Qualifier::IncludingNetwork) => {
                format!("{members}, membres du réseau compris ({year})")
            }
            None => format!("{members} ({year})"),
        }
    },
    label_world_class: "Pôle mondial",
    label_world_vocation: "Pôle à vocation mondiale",
    label_national: "Pôle national",
    label_2005: "Label 2005–2007",
    label_history: "Historique du label",
    time_label: "Date",
    profile_by_year: "Pôles couvrant la région, de 2005 à aujourd’hui (en fin d’année)",
    profile_by_year_most: |n| format!("maximum\u{a0}: {}", format_count(Lang::Fr, n)),
    time_today: |date| format!("Aujourd’hui ({date})"),
    time_play: "Rejouer les années",
    time_pause: "Pause",
    time_back_to_today: "Revenir à aujourd’hui",
    name_today: "Nom actuel",
    successor: "Intégré à",
    predecessors: "A absorbé",
    website: "Site web",
    sources: "Sources",
    unverified: "à vérifier",
    unverified_hint: "Aucune source consultée ne confirme ce champ.",
    copy_link: "Copier le lien",
    link_copied: "Lien copié",
    embed: "Intégrer",
    embed_heading: "Intégrer cette carte",
    embed_help: "Collez ce code dans votre page : il affiche la carte avec les filtres actuels et s’ajuste à son contenu.",
    embed_code: "Code d’intégration",
    embed_title: "Carte des pôles de compétitivité français",
    copy_code: "Copier le code",
    copied: "Copié",
    open_full_map: "Carte complète ↗",
    download: "Télécharger les pôles affichés :",
    download_csv: "CSV",
    download_json: "JSON",
    data_updated: |title, date| format!("Données : {title}, mises à jour le {date}."),
    about: "À propos",
    about_heading: "À propos des pôles de compétitivité",
    about_what: "Un pôle de compétitivité réunit, sur un territoire et autour d’une thématique, des entreprises de toutes tailles, des centres de recherche et des organismes de formation. Ils montent ensemble des projets d’innovation, avec un soutien public à la recherche et au développement.",
    about_needs_heading: "Ce qui fait réussir un pôle",
    about_needs: [
        "Une stratégie de développement commune à ses membres",
        "Des partenariats solides entre entreprises, recherche et formation",
        "Des technologies à fort potentiel de marché",
        "Une visibilité internationale",
    ],
    about_gains_heading: "Ce qu’une entreprise gagne à y adhérer",
    about_gains: [
        "L’accès aux entreprises de référence de son domaine",
        "L’accès aux chercheurs et à leurs laboratoires",
        "Du personnel qualifié issu des organismes de formation",
        "Un accompagnement et des financements pour les projets de R&D collaboratifs",
        "Des partenaires à l’étranger",
    ],
    about_history_heading: "Un peu d’histoire",
    about_today: |current, historical| {
        format!(
            "Cette carte montre aujourd’hui {}, et {}.",
            counted(Lang::Fr, current, "pôle labellisé", "pôles labellisés"),
            counted(Lang::Fr, historical, "ancien pôle fusionné ou disparu", "anciens pôles fusionnés ou disparus")
        )
    },
    locate_heading: "S’implanter en France",
    locate_intro: "Les canaux officiels pour les entreprises qui veulent investir ou s’implanter en France :",
    regional_agencies: "Agences régionales de développement économique",
    about_data_heading: "À propos des données",
    about_sources: |n| format!("Chaque fait cite ses sources ({} au total) ; les champs qu’aucune source ne confirme portent la mention « à vérifier ».", format_count(Lang::Fr, n)),
    contact: "Contact",
    agency: "Agence régionale",
    view_2006: "Pôles mondiaux de 2006",
    view_2006_heading: "Les pôles mondiaux de 2006",
    view_2006_intro: "En 2006, une brochure gouvernementale présentait 16 pôles comme mondiaux, dans cinq domaines technologiques. Les voici, avec leur nom actuel.",
    field_2006: |field| match field {
        Field2006::Transport => "Transports",
        Field2006::BiotechHealth => "Biotechnologies et santé",
        Field2006::ItImagesNetworks => "Informatique, images et réseaux",
        Field2006::BioAgronomics => "Bio-agronomie",
        Field2006::Chemicals => "Chimie",
    },
    name_2006: "En 2006 :",
    today: "Aujourd’hui :",
};

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
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

/// What is wrong with a dataset, in English.
fn issue_en(kind: &IssueKind) -> String {
    let count = |n: usize| format_count(Lang::En, n);
    let code = |code: &Code| match code {
        Code::Sector => "sector",
        Code::Region => "region",
    };
    match kind {
        IssueKind::ByteOrderMark => {
            "the file starts with a byte order mark (BOM), which was ignored".to_owned()
        }
        IssueKind::NotAnObject { found } => {
            format!("must be a JSON object, not {}", json_kind_en(*found))
        }
        IssueKind::Unreadable { .. } => "cannot be read:".to_owned(),
        IssueKind::Blank => "must not be empty".to_owned(),
        IssueKind::TooLong { chars, max } => format!(
            "is {} characters long (at most {})",
            count(*chars),
            count(*max)
        ),
        IssueKind::TooMany { len, max } => {
            format!("has {} entries (at most {})", count(*len), count(*max))
        }
        IssueKind::EmptyTranslation => "is empty; the other language is shown".to_owned(),
        IssueKind::NotASlug { value } => format!(
            "“{value}” is not an identifier (lowercase letters, digits and hyphens, at most 80)"
        ),
        IssueKind::NotAColour { value } => format!("“{value}” is not a #rrggbb colour"),
        IssueKind::NotADate { value } => format!("“{value}” is not a YYYY-MM-DD date"),
        IssueKind::NotARegionCode { value } => {
            format!("“{value}” is not an INSEE region code (two or three digits)")
        }
        IssueKind::NotHttp { value } => format!("“{value}” is not an http(s) address"),
        IssueKind::NotALink { value } => {
            format!("“{value}” is not an http(s) address, so it is not shown as a link")
        }
        IssueKind::NotAContact { value } => {
            format!("“{value}” is not a mailto: or http(s) address")
        }
        IssueKind::ListedTwice { value } => format!("“{value}” is listed twice"),
        IssueKind::NoCode { code: c } => format!("needs at least one {}", code(c)),
        IssueKind::UnknownCode { code: c, value } => format!("unknown {} “{value}”", code(c)),
        IssueKind::CodeListedTwice { code: c, value } => {
            format!("{} “{value}” is listed twice", code(c))
        }
        IssueKind::UnknownSources { ids } => match ids.as_slice() {
            [id] => format!("unknown source id: {id}"),
            ids => format!("unknown source ids: {}", ids.join(", ")),
        },
        IssueKind::NoSectors => "the sector vocabulary is empty".to_owned(),
        IssueKind::NoRegions => "the region list is empty".to_owned(),
        IssueKind::NoClusters => "the dataset has no clusters".to_owned(),
        IssueKind::LatitudeOutOfRange { lat } => {
            format!(
                "latitude {} is out of range (−90 to 90)",
                decimal(Lang::En, *lat)
            )
        }
        IssueKind::LongitudeOutOfRange { lon } => {
            format!(
                "longitude {} is out of range (−180 to 180)",
                decimal(Lang::En, *lon)
            )
        }
        IssueKind::OutsideRegions { lat, lon, regions } => format!(
            "({}, {}) lies outside the cluster’s regions ({})",
            decimal(Lang::En, *lat),
            decimal(Lang::En, *lon),
            regions.join(", ")
        ),
        IssueKind::DuplicateId { first } => {
            format!("the id is already used by clusters[{first}]")
        }
        IssueKind::CurrentWithSuccessor => "a current cluster cannot have a successor".to_owned(),
        IssueKind::UnknownSuccessor { id } => format!("“{id}” is not the id of a cluster"),
        IssueKind::SuccessorCycle { id } => {
            format!("“{id}” leads back to this cluster (a cycle of successors)")
        }
        IssueKind::SuccessorLeftOut { id } => format!(
            "“{id}” is left out because of its own errors; this cluster is shown without the link"
        ),
        IssueKind::EndsBeforeStart { from, until } => {
            format!("the period ends ({until}) before it starts ({from})")
        }
        IssueKind::PeriodsOverlap { other } => format!("overlaps labels.periods[{other}]"),
        IssueKind::DateAfterUpdate { date, updated } => {
            format!("{date} is after the dataset’s update ({updated})")
        }
        IssueKind::EventWithoutOther => {
            "a merger or an absorption must name the other cluster".to_owned()
        }
        IssueKind::UnknownEventOther { id } => {
            format!("“{id}” is not the id of a cluster; the event is shown without the link")
        }
        IssueKind::NoSources => "must cite at least one source".to_owned(),
        IssueKind::EndsInsidePeriod { period } => {
            format!("ends the label inside labels.periods[{period}]")
        }
        IssueKind::StatusContradictsPeriods { current: true } => {
            "says “historical”, but the periods keep the label on the day of the update".to_owned()
        }
        IssueKind::StatusContradictsPeriods { current: false } => {
            "says “current”, but the periods and events end the label by the day of the update"
                .to_owned()
        }
        IssueKind::EventContradictsSuccessor { other, successor } => {
            format!("names “{other}”, but the cluster’s successor is “{successor}”")
        }
        IssueKind::SuccessorLabelledLate { id, day } => {
            format!(
                "the successor “{id}” holds no label on {day}, the day after this cluster’s ended"
            )
        }
        IssueKind::CheckedAfterUpdate { checked, updated } => {
            format!("checked {checked}, after the dataset’s update ({updated})")
        }
        IssueKind::Stale { checked, updated } => format!(
            "checked {checked}, more than 12 months before the dataset’s update ({updated})"
        ),
    }
}

/// What is wrong with a dataset, in French.
fn issue_fr(kind: &IssueKind) -> String {
    let count = |n: usize| format_count(Lang::Fr, n);
    let q = |value: &str| format!("«\u{a0}{value}\u{a0}»");
    match kind {
        IssueKind::ByteOrderMark => {
            "le fichier commence par une marque d’ordre des octets (BOM), qui a été ignorée"
                .to_owned()
        }
        IssueKind::NotAnObject { found } => {
            format!("doit être un objet JSON, pas {}", json_kind_fr(*found))
        }
        IssueKind::Unreadable { .. } => "illisible\u{a0}:".to_owned(),
        IssueKind::Blank => "ne doit pas être vide".to_owned(),
        IssueKind::TooLong { chars, max } => format!(
            "compte {} caractères (au plus {})",
            count(*chars),
            count(*max)
        ),
        IssueKind::TooMany { len, max } => {
            format!("compte {} entrées (au plus {})", count(*len), count(*max))
        }
        IssueKind::EmptyTranslation => "est vide\u{a0}; l’autre langue est affichée".to_owned(),
        IssueKind::NotASlug { value } => format!(
            "{} n’est pas un identifiant (minuscules, chiffres et traits d’union, 80 au plus)",
            q(value)
        ),
        IssueKind::NotAColour { value } => {
            format!("{} n’est pas une couleur #rrvvbb", q(value))
        }
        IssueKind::NotADate { value } => format!("{} n’est pas une date AAAA-MM-JJ", q(value)),
        IssueKind::NotARegionCode { value } => format!(
            "{} n’est pas un code de région INSEE (deux ou trois chiffres)",
            q(value)
        ),
        IssueKind::NotHttp { value } => format!("{} n’est pas une adresse http(s)", q(value)),
        IssueKind::NotALink { value } => format!(
            "{} n’est pas une adresse http(s)\u{a0}: elle n’est pas affichée comme lien",
            q(value)
        ),
        IssueKind::NotAContact { value } => {
            format!("{} n’est pas une adresse mailto: ou http(s)", q(value))
        }
        IssueKind::ListedTwice { value } => format!("{} figure deux fois", q(value)),
        IssueKind::NoCode { code: Code::Sector } => "doit avoir au moins un secteur".to_owned(),
        IssueKind::NoCode { code: Code::Region } => "doit avoir au moins une région".to_owned(),
        IssueKind::UnknownCode { code: Code::Sector, value } => {
            format!("secteur inconnu {}", q(value))
        }
        IssueKind::UnknownCode { code: Code::Region, value } => {
            format!("région inconnue {}", q(value))
        }
        IssueKind::CodeListedTwice { code: Code::Sector, value } => {
            format!("le secteur {} figure deux fois", q(value))
        }
        IssueKind::CodeListedTwice { code: Code::Region, value } => {
            format!("la région {} figure deux fois", q(value))
        }
        IssueKind::UnknownSources { ids } => match ids.as_slice() {
            [id] => format!("identifiant de source inconnu\u{a0}: {id}"),
            ids => format!("identifiants de sources inconnus\u{a0}: {}", ids.join(", ")),
        },
        IssueKind::NoSectors => "le vocabulaire des secteurs est vide".to_owned(),
        IssueKind::NoRegions => "la liste des régions est vide".to_owned(),
        IssueKind::NoClusters => "le jeu de données ne contient aucun pôle".to_owned(),
        IssueKind::LatitudeOutOfRange { lat } => format!(
            "la latitude {} est hors limites (−90 à 90)",
            decimal(Lang::Fr, *lat)
        ),
        IssueKind::LongitudeOutOfRange { lon } => format!(
            "la longitude {} est hors limites (−180 à 180)",
            decimal(Lang::Fr, *lon)
        ),
        IssueKind::OutsideRegions { lat, lon, regions } => format!(
            "({}\u{a0}; {}) est hors des régions du pôle ({})",
            decimal(Lang::Fr, *lat),
            decimal(Lang::Fr, *lon),
            regions.join(", ")
        ),
        IssueKind::DuplicateId { first } => {
            format!("l’identifiant est déjà pris par clusters[{first}]")
        }
        IssueKind::CurrentWithSuccessor => {
            "un pôle actuel ne peut pas avoir de successeur".to_owned()
        }
        IssueKind::UnknownSuccessor { id } => {
            format!("{} n’est l’identifiant d’aucun pôle", q(id))
        }
        IssueKind::SuccessorCycle { id } => {
            format!("{} ramène à ce pôle (un cycle de successeurs)", q(id))
        }
        IssueKind::SuccessorLeftOut { id } => format!(
            "{} est écarté pour ses propres erreurs\u{a0}; ce pôle est affiché sans le lien",
            q(id)
        ),
        IssueKind::EndsBeforeStart { from, until } => {
            format!("la période finit ({until}) avant de commencer ({from})")
        }
        IssueKind::PeriodsOverlap { other } => {
            format!("chevauche labels.periods[{other}]")
        }
        IssueKind::DateAfterUpdate { date, updated } => {
            format!("{date} est postérieur à la mise à jour du jeu de données ({updated})")
        }
        IssueKind::EventWithoutOther => {
            "une fusion ou une absorption doit nommer l’autre pôle".to_owned()
        }
        IssueKind::UnknownEventOther { id } => format!(
            "{} n’est l’identifiant d’aucun pôle\u{a0}; l’événement est affiché sans le lien",
            q(id)
        ),
        IssueKind::NoSources => "doit citer au moins une source".to_owned(),
        IssueKind::EndsInsidePeriod { period } => {
            format!("met fin au label au milieu de labels.periods[{period}]")
        }
        IssueKind::StatusContradictsPeriods { current: true } => {
            "dit «\u{a0}historique\u{a0}», mais les périodes maintiennent le label au jour de la mise à jour"
                .to_owned()
        }
        IssueKind::StatusContradictsPeriods { current: false } => {
            "dit «\u{a0}actuel\u{a0}», mais les périodes et les événements mettent fin au label avant la mise à jour"
                .to_owned()
        }
        IssueKind::EventContradictsSuccessor { other, successor } => format!(
            "nomme {}, mais le successeur du pôle est {}",
            q(other),
            q(successor)
        ),
        IssueKind::SuccessorLabelledLate { id, day } => format!(
            "le successeur {} n’a aucun label le {day}, lendemain de la fin de celui de ce pôle",
            q(id)
        ),
        IssueKind::CheckedAfterUpdate { checked, updated } => format!(
            "vérifié le {checked}, après la mise à jour du jeu de données ({updated})"
        ),
        IssueKind::Stale { checked, updated } => format!(
            "vérifié le {checked}, plus de 12 mois avant la mise à jour du jeu de données ({updated})"
        ),
    }
}

fn json_kind_en(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Array => "an array",
        JsonKind::String => "a string",
        JsonKind::Number => "a number",
        JsonKind::Boolean => "a boolean",
        JsonKind::Null => "null",
    }
}

fn json_kind_fr(kind: JsonKind) -> &'static str {
    match kind {
        JsonKind::Array => "un tableau",
        JsonKind::String => "une chaîne",
        JsonKind::Number => "un nombre",
        JsonKind::Boolean => "un booléen",
        JsonKind::Null => "null",
    }
}

/// Why a dataset file cannot be read, in English.
fn load_error_en(error: &LoadError) -> String {
    match error {
        LoadError::Empty => "the file is empty.".to_owned(),
        LoadError::NotUtf8 { byte_offset } => format!(
            "the file is not valid UTF-8 text (byte {}).",
            format_count(Lang::En, *byte_offset)
        ),
        LoadError::NotAnObject { found } => format!(
            "the top level must be a JSON object, not {}.",
            json_kind_en(*found)
        ),
        LoadError::Syntax { line, column, .. } => {
            format!("invalid JSON at line {line}, column {column}:")
        }
        LoadError::Format {
            line, column, path, ..
        } => match path.as_str() {
            "" => format!("not in the dataset format at line {line}, column {column}:"),
            path => {
                format!("not in the dataset format at line {line}, column {column}, field {path}:")
            }
        },
        LoadError::UnsupportedVersion(version) => format!(
            "it is in format version {version}, and this app reads version {}.",
            poles_model::dataset::SCHEMA_VERSION
        ),
    }
}

/// Why a dataset file cannot be read, in French.
fn load_error_fr(error: &LoadError) -> String {
    match error {
        LoadError::Empty => "le fichier est vide.".to_owned(),
        LoadError::NotUtf8 { byte_offset } => format!(
            "le fichier n’est pas un texte UTF-8 valide (octet {}).",
            format_count(Lang::Fr, *byte_offset)
        ),
        LoadError::NotAnObject { found } => format!(
            "le premier niveau doit être un objet JSON, pas {}.",
            json_kind_fr(*found)
        ),
        LoadError::Syntax { line, column, .. } => {
            format!("JSON invalide à la ligne {line}, colonne {column}\u{a0}:")
        }
        LoadError::Format {
            line, column, path, ..
        } => match path.as_str() {
            "" => format!(
                "hors du format des données à la ligne {line}, colonne {column}\u{a0}:"
            ),
            path => format!(
                "hors du format des données à la ligne {line}, colonne {column}, champ {path}\u{a0}:"
            ),
        },
        LoadError::UnsupportedVersion(version) => format!(
            "il est en version {version} du format, et cette application lit la version {}.",
            poles_model::dataset::SCHEMA_VERSION
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn members(
        sum: u64,
        stating: usize,
        years: Option<(u16, u16)>,
        approximate: bool,
    ) -> MemberTotal {
        MemberTotal {
            sum,
            stating,
            years,
            approximate,
        }
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!((EN.clusters_shown)(1), "1 cluster shown");
        assert_eq!((EN.clusters_shown)(0), "0 clusters shown");
        assert_eq!((EN.clusters_shown)(12_345), "12,345 clusters shown");
        assert_eq!((FR.clusters_shown)(1), "1 pôle affiché");
        assert_eq!((FR.clusters_shown)(0), "0 pôle affiché");
        assert_eq!((FR.clusters_shown)(2), "2 pôles affichés");
        assert_eq!(
            (EN.profile_clusters)(1),
            "1 current cluster covers the region"
        );
        assert_eq!(
            (EN.profile_clusters)(14),
            "14 current clusters cover the region"
        );
        assert_eq!((FR.profile_clusters)(0), "0 pôle actuel couvre la région");
        assert_eq!(
            (FR.profile_clusters)(2),
            "2 pôles actuels couvrent la région"
        );
        assert_eq!((EN.profile_current_value)(14, 1), "14 (1 head office here)");
        assert_eq!((FR.profile_current_value)(8, 5), "8 (dont 5 sièges ici)");
        assert_eq!(
            (EN.profile_members_value)(&members(4210, 6, Some((2019, 2024)), true), 14),
            "about 4,210 (stated for 6 clusters out of 14, 2019–2024)"
        );
        assert_eq!(
            (EN.profile_members_value)(&members(90, 1, Some((2024, 2024)), false), 1),
            "90 (stated for 1 cluster out of 1, 2024)"
        );
        assert_eq!(
            (FR.profile_members_value)(&members(12_345, 1, Some((2020, 2020)), false), 3),
            "12\u{202f}345 (indiqué pour 1 pôle sur 3, 2020)"
        );
        assert_eq!(
            (FR.profile_members_value)(&MemberTotal::default(), 3),
            "Aucun pôle n’indique d’effectif"
        );
        assert_eq!(
            (EN.region_tooltip)("Occitanie", 3, "Health"),
            "Occitanie — 3 clusters (Health)"
        );
        assert_eq!((EN.region_tooltip)("Corse", 1, ""), "Corse — 1 cluster");
        assert_eq!((FR.region_tooltip)("Corse", 0, ""), "Corse — 0 pôle");
        assert_eq!((FR.show_more)(1), "Afficher plus (1 restant)");
        assert_eq!((EN.member_count)(1, 2024, None), "1 member (2024)");
        assert_eq!(
            (FR.member_count)(900, 2024, Some(Qualifier::MoreThan)),
            "plus de 900 membres (2024)"
        );
        assert_eq!((EN.chip_count_unit)(1), " cluster");
        assert_eq!((FR.chip_count_unit)(7), " pôles");
        assert_eq!(
            (EN.about_today)(1, 2),
            "Today this map shows 1 labelled cluster, and 2 former ones that merged or closed."
        );
    }

    /// One issue of each kind.
    fn every_kind() -> Vec<IssueKind> {
        let value = || "x".to_owned();
        let dates = || ("2024-01-01".to_owned(), "2026-01-15".to_owned());
        let (checked, updated) = dates();
        let (checked_2, updated_2) = dates();
        vec![
            IssueKind::ByteOrderMark,
            IssueKind::NotAnObject {
                found: JsonKind::Array,
            },
            IssueKind::Unreadable { detail: value() },
            IssueKind::Blank,
            IssueKind::TooLong {
                chars: 5000,
                max: 4000,
            },
            IssueKind::TooMany { len: 501, max: 500 },
            IssueKind::EmptyTranslation,
            IssueKind::NotASlug { value: value() },
            IssueKind::NotAColour { value: value() },
            IssueKind::NotADate { value: value() },
            IssueKind::NotARegionCode { value: value() },
            IssueKind::NotHttp { value: value() },
            IssueKind::NotALink { value: value() },
            IssueKind::NotAContact { value: value() },
            IssueKind::ListedTwice { value: value() },
            IssueKind::NoCode { code: Code::Region },
            IssueKind::UnknownCode {
                code: Code::Sector,
                value: value(),
            },
            IssueKind::CodeListedTwice {
                code: Code::Region,
                value: value(),
            },
            IssueKind::UnknownSources {
                ids: vec![value(), value()],
            },
            IssueKind::NoSectors,
            IssueKind::NoRegions,
            IssueKind::NoClusters,
            IssueKind::LatitudeOutOfRange { lat: 95.5 },
            IssueKind::LongitudeOutOfRange { lon: -183.37 },
            IssueKind::OutsideRegions {
                lat: 43.6,
                lon: 1.44,
                regions: vec!["53".into()],
            },
            IssueKind::DuplicateId { first: 2 },
            IssueKind::CurrentWithSuccessor,
            IssueKind::UnknownSuccessor { id: value() },
            IssueKind::SuccessorCycle { id: value() },
            IssueKind::SuccessorLeftOut { id: value() },
            IssueKind::EndsBeforeStart {
                from: "2010".into(),
                until: "2009-12".into(),
            },
            IssueKind::PeriodsOverlap { other: 1 },
            IssueKind::DateAfterUpdate {
                date: "2027-01-01".into(),
                updated: "2026-12-04".into(),
            },
            IssueKind::EventWithoutOther,
            IssueKind::UnknownEventOther { id: value() },
            IssueKind::NoSources,
            IssueKind::EndsInsidePeriod { period: 0 },
            IssueKind::StatusContradictsPeriods { current: true },
            IssueKind::StatusContradictsPeriods { current: false },
            IssueKind::EventContradictsSuccessor {
                other: value(),
                successor: value(),
            },
            IssueKind::SuccessorLabelledLate {
                id: value(),
                day: "2019-01-01".into(),
            },
            IssueKind::CheckedAfterUpdate { checked, updated },
            IssueKind::Stale {
                checked: checked_2,
                updated: updated_2,
            },
        ]
    }

    #[test]
    fn every_issue_is_written_in_both_languages() {
        for kind in every_kind() {
            let (en, fr) = ((EN.issue)(&kind), (FR.issue)(&kind));
            assert!(!en.is_empty() && !fr.is_empty(), "{kind:?}");
            assert_ne!(en, fr, "{kind:?} is not translated");
            // The parser's words are shown apart, never inside the sentence.
            if let Some(detail) = kind.detail() {
                assert!(!en.contains(detail) && !fr.contains(detail), "{kind:?}");
            }
        }
        assert_eq!(
            (FR.issue)(&IssueKind::LatitudeOutOfRange { lat: 95.5 }),
            "la latitude 95,5 est hors limites (−90 à 90)"
        );
        assert_eq!(
            (FR.issue)(&IssueKind::TooLong {
                chars: 5000,
                max: 4000
            }),
            "compte 5\u{202f}000 caractères (au plus 4\u{202f}000)"
        );
    }

    #[test]
    fn issue_places_name_the_record_and_field() {
        let record = RecordRef {
            index: 3,
            id: Some("delta".into()),
        };
        assert_eq!(
            (EN.issue_place)(Some(&record), "hq.lat"),
            "clusters[3] (id “delta”), field hq.lat: "
        );
        assert_eq!(
            (FR.issue_place)(Some(&record), ""),
            "clusters[3] (id «\u{a0}delta\u{a0}»)\u{a0}: "
        );
        assert_eq!(
            (FR.issue_place)(None, "updated"),
            "Jeu de données, champ updated\u{a0}: "
        );
    }

    #[test]
    fn load_errors_are_written_in_both_languages() {
        let detail = "EOF while parsing a list".to_owned();
        let errors = [
            LoadError::Empty,
            LoadError::NotUtf8 { byte_offset: 2678 },
            LoadError::NotAnObject {
                found: JsonKind::String,
            },
            LoadError::Syntax {
                line: 1,
                column: 35,
                detail: detail.clone(),
            },
            LoadError::Format {
                line: 182,
                column: 8,
                path: "extra".into(),
                detail: detail.clone(),
            },
            LoadError::UnsupportedVersion(2),
        ];
        for error in &errors {
            let (en, fr) = ((EN.load_error)(error), (FR.load_error)(error));
            assert_ne!(en, fr, "{error:?}");
            assert!(!en.contains(&detail) && !fr.contains(&detail), "{error:?}");
        }
        assert_eq!(
            (EN.load_error)(&errors[3]),
            "invalid JSON at line 1, column 35:"
        );
        assert_eq!(
            (FR.load_error)(&errors[3]),
            "JSON invalide à la ligne 1, colonne 35\u{a0}:"
        );
    }
}
