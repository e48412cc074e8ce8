//! Every piece of interface text, in English and French.
//!
//! One struct of texts per language: a key missing in either language is a compile error, so
//! the two can never drift apart. Components take their texts from [`texts`], never from
//! string literals of their own. Data texts (sector labels, descriptions) come from the
//! dataset's own `en`/`fr` fields.

use poles_model::dataset::Field2006;
use poles_model::Lang;

/// The interface texts of one language.
pub struct Texts {
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
    // Filters
    pub filters_label: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub region_label: &'static str,
    pub all_of_france: &'static str,
    pub sectors_label: &'static str,
    /// Read after a chip's count by screen readers: "Health 7 clusters".
    pub chip_count_suffix: &'static str,
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
    pub clusters_shown: fn(&str) -> String,
    pub no_match: &'static str,
    pub clear_filters: &'static str,
    pub show_more: fn(&str) -> String,
    pub historical: &'static str,
    pub became: &'static str,
    // Region summary
    pub region_clusters: fn(&str) -> String,
    pub by_sector: &'static str,
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
    pub member_count: fn(&str, u16, Option<&str>) -> String,
    /// When the card's facts were last checked, from a month such as "November 2026".
    pub facts_checked: fn(&str) -> String,
    pub label_world_class: &'static str,
    pub label_world_vocation: &'static str,
    pub label_national: &'static str,
    pub label_2005: &'static str,
    pub phase: &'static str,
    pub labelled_in: &'static str,
    pub successor: &'static str,
    pub predecessors: &'static str,
    pub website: &'static str,
    pub sources: &'static str,
    pub unverified: &'static str,
    pub unverified_hint: &'static str,
    pub status_historical: &'static str,
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
    pub about_today: fn(&str, &str) -> String,
    pub locate_heading: &'static str,
    pub locate_intro: &'static str,
    pub regional_agencies: &'static str,
    pub about_data_heading: &'static str,
    pub about_sources: fn(&str) -> String,
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
    filters_label: "Filters",
    search_label: "Search",
    search_placeholder: "Name, city, member, topic…",
    region_label: "Region",
    all_of_france: "All of France",
    sectors_label: "Sectors",
    chip_count_suffix: " clusters",
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
    clusters_shown: |n| format!("{n} clusters shown"),
    no_match: "No cluster matches these filters.",
    clear_filters: "Clear the filters",
    show_more: |n| format!("Show more ({n} left)"),
    historical: "historical",
    became: "became",
    region_clusters: |n| format!("{n} clusters"),
    by_sector: "Clusters by primary sector",
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
    member_count: |n, year, qualifier| match qualifier {
        Some(q) => format!("{q} {n} members ({year})"),
        None => format!("{n} members ({year})"),
    },
    label_world_class: "World-class cluster",
    label_world_vocation: "Cluster with a world vocation",
    label_national: "National cluster",
    label_2005: "2005–2007 label",
    phase: "Phase",
    labelled_in: "First labelled",
    successor: "Now part of",
    predecessors: "Absorbed",
    website: "Website",
    sources: "Sources",
    unverified: "unverified",
    unverified_hint: "No retrieved source confirms this field.",
    status_historical: "Historical cluster (no longer labelled)",
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
    about_today: |current, historical| format!("Today this map shows {current} labelled clusters, and {historical} former ones that merged or closed."),
    locate_heading: "Locate in France",
    locate_intro: "Official channels for firms that want to invest or set up in France:",
    regional_agencies: "Regional investment-promotion agencies",
    about_data_heading: "About the data",
    about_sources: |n| format!("Each fact cites its sources ({n} in all); fields no source confirms are marked “unverified”."),
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
    filters_label: "Filtres",
    search_label: "Rechercher",
    search_placeholder: "Nom, ville, membre, thème…",
    region_label: "Région",
    all_of_france: "Toute la France",
    sectors_label: "Secteurs",
    chip_count_suffix: " pôles",
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
    clusters_shown: |n| format!("{n} pôles affichés"),
    no_match: "Aucun pôle ne correspond à ces filtres.",
    clear_filters: "Effacer les filtres",
    show_more: |n| format!("Afficher plus ({n} restants)"),
    historical: "historique",
    became: "devenu",
    region_clusters: |n| format!("{n} pôles"),
    by_sector: "Pôles par secteur principal",
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
    member_count: |n, year, qualifier| match qualifier {
        Some("about") => format!("environ {n} membres ({year})"),
        Some("more than") => format!("plus de {n} membres ({year})"),
        Some(q) => format!("{n} membres ({year}, {q})"),
        None => format!("{n} membres ({year})"),
    },
    label_world_class: "Pôle mondial",
    label_world_vocation: "Pôle à vocation mondiale",
    label_national: "Pôle national",
    label_2005: "Label 2005–2007",
    phase: "Phase",
    labelled_in: "Labellisé en",
    successor: "Intégré à",
    predecessors: "A absorbé",
    website: "Site web",
    sources: "Sources",
    unverified: "non vérifié",
    unverified_hint: "Aucune source consultée ne confirme ce champ.",
    status_historical: "Pôle historique (plus labellisé)",
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
    about_today: |current, historical| format!("Cette carte montre aujourd’hui {current} pôles labellisés, et {historical} anciens pôles fusionnés ou disparus."),
    locate_heading: "S’implanter en France",
    locate_intro: "Les canaux officiels pour les entreprises qui veulent investir ou s’implanter en France :",
    regional_agencies: "Agences régionales de développement économique",
    about_data_heading: "À propos des données",
    about_sources: |n| format!("Chaque fait cite ses sources ({n} au total) ; les champs qu’aucune source ne confirme sont marqués « non vérifié »."),
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

/// A `YYYY-MM-DD` date written out in `lang` ("26 November 2026" / "26 novembre 2026"); other
/// text is returned as it is.
pub fn format_date(lang: Lang, iso: &str) -> String {
    write_date(lang, iso, true)
}

/// The month and year of a `YYYY-MM-DD` date in `lang` ("November 2026" / "novembre 2026").
pub fn format_month(lang: Lang, iso: &str) -> String {
    write_date(lang, iso, false)
}

fn write_date(lang: Lang, iso: &str, day_shown: bool) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<usize>().ok());
    let (Some(Some(year)), Some(Some(month @ 1..=12)), Some(Some(day @ 1..=31))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return iso.to_owned();
    };
    match (lang, day_shown) {
        (Lang::En, false) => format!("{} {year}", EN[month - 1]),
        (Lang::Fr, false) => format!("{} {year}", FR[month - 1]),
        (Lang::En, true) => format!("{day} {} {year}", EN[month - 1]),
        (Lang::Fr, true) => format!(
            "{}{} {} {year}",
            day,
            if day == 1 { "er" } else { "" },
            FR[month - 1]
        ),
    }
}

/// A whole number with the language's digit grouping (`12,345` / `12 345`).
pub fn format_count(lang: Lang, n: usize) -> String {
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_per_language() {
        assert_eq!(format_count(Lang::En, 100_000), "100,000");
        assert_eq!(format_count(Lang::Fr, 12_345), "12\u{202f}345");
        assert_eq!(format_count(Lang::En, 999), "999");
    }

    #[test]
    fn dates_are_written_per_language() {
        assert_eq!(format_date(Lang::En, "2026-11-26"), "26 November 2026");
        assert_eq!(format_date(Lang::Fr, "2024-01-01"), "1er janvier 2024");
        assert_eq!(format_date(Lang::Fr, "someday"), "someday");
        assert_eq!(format_date(Lang::En, "2026-13-01"), "2026-13-01");
        assert_eq!(format_month(Lang::En, "2026-11-27"), "November 2026");
        assert_eq!(format_month(Lang::Fr, "2026-11-27"), "novembre 2026");
    }
}
