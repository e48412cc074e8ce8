//! The interface texts in French.

use poles_model::dataset::{Field2006, Qualifier};
use poles_model::regions::MemberTotal;
use poles_model::validate::RecordRef;
use poles_model::Lang;

use super::issues::{issue_fr, load_error_fr};
use super::{counted, format_count, Texts};

pub(super) const FR: Texts = Texts {
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
    embed_format: "Format",
    embed_element: "Élément (événements, commandes)",
    embed_iframe: "Iframe simple",
    embed_title: poles_model::embed::frame_title(Lang::Fr),
    copy_code: "Copier le code",
    copied: "Copié",
    open_full_map: "Carte complète ↗",
    download: "Télécharger les pôles affichés :",
    download_csv: "CSV",
    download_json: "JSON",
    map_image: "Image de la carte",
    map_image_heading: "Télécharger la carte",
    map_image_help: "Une image de la carte telle qu’elle est, dessinée à partir des données : les régions ombrées et leur légende, les marqueurs aux couleurs de leurs secteurs, les filtres en toutes lettres et les crédits.",
    map_image_size: "Taille",
    map_image_slide: "Diapositive (1600 × 900)",
    map_image_page: "Page, A4 paysage (1123 × 794)",
    map_image_svg: "Télécharger en SVG",
    map_image_png: "Télécharger en PNG",
    map_image_filter: |label, value| format!("{label}\u{a0}: {value}"),
    map_image_search: |query| format!("Recherche\u{a0}: «\u{a0}{query}\u{a0}»"),
    map_image_historical: "pôles historiques inclus",
    map_image_credits: |title, date| format!("Données\u{a0}: {title}, mises à jour le {date}\u{a0}; géométrie\u{a0}: IGN Admin Express, Licence Ouverte (Etalab)."),
    printed: |address, date| format!("{address} — imprimé le {date}"),
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
