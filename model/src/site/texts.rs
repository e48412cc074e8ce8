//! The texts of the static pages in English and French (the app's own texts are in its `i18n`
//! module; these are the few the pages need). Numbers and months are written by
//! [`crate::format`], as in the app.

use crate::dataset::{Lang, Qualifier};
pub use crate::format::{format_count, format_month};

/// The texts of the pages, in one language (the app's own texts are in its `i18n` module).
pub struct Texts {
    /// The language's name, in itself (the link to the other language's page).
    pub language_name: &'static str,
    pub tagline: &'static str,
    /// The trail's first step.
    pub atlas: &'static str,
    pub trail_label: &'static str,
    pub language_label: &'static str,
    /// Where the map will be, for readers without JavaScript.
    pub map_needs_script: &'static str,
    pub all_clusters: &'static str,
    pub cluster: &'static str,
    pub former_cluster: &'static str,
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
    pub member_count: fn(&str, u16, Option<Qualifier>) -> String,
    pub facts_checked: fn(&str) -> String,
    pub label_world_class: &'static str,
    pub label_world_vocation: &'static str,
    pub label_national: &'static str,
    pub label_2005: &'static str,
    pub label_history: &'static str,
    /// Before the sources of a line of the label history.
    pub sources_of: &'static str,
    pub successor: &'static str,
    pub predecessors: &'static str,
    pub website: &'static str,
    pub contact: &'static str,
    pub agency: &'static str,
    pub sources: &'static str,
    pub unverified: &'static str,
    pub unverified_hint: &'static str,
    pub region_title: fn(&str) -> String,
    pub region_description: fn(&str, usize, &str) -> String,
    pub region_intro: fn(&str, usize, usize) -> String,
    pub head_office_here: &'static str,
    pub also_here: &'static str,
    pub historical_here: &'static str,
    pub none_here: &'static str,
    pub index_title: &'static str,
    pub index_description: fn(usize) -> String,
    pub historical_clusters: &'static str,
    /// "Other clusters in Occitanie".
    pub other_clusters: fn(&str) -> String,
    pub other_regions: &'static str,
    pub share_image_alt: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub not_found_link: &'static str,
}

/// The atlas's own title (that of `index.html` in English), which the app shows once the view
/// is no longer a page's (a function of its own, so that the app does not link every page text).
pub fn atlas_title(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Pôles — French competitiveness clusters",
        Lang::Fr => "Pôles — les pôles de compétitivité français",
    }
}

/// The page texts in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

const EN: Texts = Texts {
    language_name: "English",
    tagline: "Which French competitiveness cluster works on what, and where",
    atlas: "Atlas of the clusters",
    trail_label: "You are here",
    language_label: "Language",
    map_needs_script:
        "The interactive map needs JavaScript. Every fact it shows about this page is here.",
    all_clusters: "All clusters",
    cluster: "competitiveness cluster",
    former_cluster: "former competitiveness cluster",
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
    member_count: |n, year, qualifier| match qualifier {
        Some(Qualifier::About) => format!("about {n} members ({year})"),
        Some(Qualifier::Nearly) => format!("nearly {n} members ({year})"),
        Some(Qualifier::MoreThan) => format!("more than {n} members ({year})"),
        Some(Qualifier::AtLeast) => format!("at least {n} members ({year})"),
        Some(Qualifier::IncludingNetwork) => {
            format!("{n} members, network members included ({year})")
        }
        None => format!("{n} members ({year})"),
    },
    facts_checked: |month| format!("Facts checked: {month}"),
    label_world_class: "World-class cluster",
    label_world_vocation: "Cluster with a world vocation",
    label_national: "National cluster",
    label_2005: "2005–2007 label",
    label_history: "Label history",
    sources_of: "Sources:",
    successor: "Now part of",
    predecessors: "Absorbed",
    website: "Website",
    contact: "Contact",
    agency: "Regional agency",
    sources: "Sources",
    unverified: "unverified",
    unverified_hint: "No retrieved source confirms this field.",
    region_title: |region| format!("{region}: competitiveness clusters"),
    region_description: |region, n, names| match n {
        0 => format!("No competitiveness cluster labelled today covers {region}, France."),
        1 => format!("The competitiveness cluster covering {region}, France: {names}."),
        n => format!("The {n} competitiveness clusters covering {region}, France: {names}."),
    },
    region_intro: |region, n, historical| {
        let current = match n {
            0 => format!("No competitiveness cluster labelled today covers {region}"),
            1 => format!("1 competitiveness cluster labelled today covers {region}"),
            n => format!("{n} competitiveness clusters labelled today cover {region}"),
        };
        match historical {
            0 => format!("{current}."),
            1 => format!("{current}; 1 historical cluster did."),
            h => format!("{current}; {h} historical clusters did."),
        }
    },
    head_office_here: "Head office in the region",
    also_here: "Also covering the region",
    historical_here: "Historical clusters",
    none_here: "No current cluster has its head office here.",
    index_title: "All the French competitiveness clusters",
    index_description: |n| {
        format!("The {n} French competitiveness clusters (pôles de compétitivité) labelled today, region by region, and the historical ones.")
    },
    historical_clusters: "Historical clusters",
    other_clusters: |region| format!("Other clusters in {region}"),
    other_regions: "Other regions",
    share_image_alt: "Map of France with the competitiveness clusters, coloured by sector",
    not_found_title: "Page not found",
    not_found_text: "There is no page at this address. The atlas shows every cluster.",
    not_found_link: "Go to the atlas",
};

const FR: Texts = Texts {
    language_name: "Français",
    tagline: "Quel pôle de compétitivité travaille sur quoi, et où",
    atlas: "Atlas des pôles",
    trail_label: "Vous êtes ici",
    language_label: "Langue",
    map_needs_script: "La carte interactive a besoin de JavaScript. Tout ce qu’elle montre sur cette page est ici.",
    all_clusters: "Tous les pôles",
    cluster: "pôle de compétitivité",
    former_cluster: "ancien pôle de compétitivité",
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
    member_count: |n, year, qualifier| match qualifier {
        Some(Qualifier::About) => format!("environ {n} membres ({year})"),
        Some(Qualifier::Nearly) => format!("près de {n} membres ({year})"),
        Some(Qualifier::MoreThan) => format!("plus de {n} membres ({year})"),
        Some(Qualifier::AtLeast) => format!("au moins {n} membres ({year})"),
        Some(Qualifier::IncludingNetwork) => {
            format!("{n} membres, membres du réseau compris ({year})")
        }
        None => format!("{n} membres ({year})"),
    },
    facts_checked: |month| format!("Informations vérifiées\u{a0}: {month}"),
    label_world_class: "Pôle mondial",
    label_world_vocation: "Pôle à vocation mondiale",
    label_national: "Pôle national",
    label_2005: "Label 2005–2007",
    label_history: "Historique du label",
    sources_of: "Sources\u{a0}:",
    successor: "Intégré à",
    predecessors: "A absorbé",
    website: "Site web",
    contact: "Contact",
    agency: "Agence régionale",
    sources: "Sources",
    unverified: "non vérifié",
    unverified_hint: "Aucune source consultée ne confirme ce champ.",
    region_title: |region| format!("{region}\u{a0}: pôles de compétitivité"),
    region_description: |region, n, names| match n {
        0 => format!("Aucun pôle de compétitivité labellisé aujourd’hui dans la région {region}."),
        1 => format!("Le pôle de compétitivité présent dans la région {region}\u{a0}: {names}."),
        n => format!("Les {n} pôles de compétitivité présents dans la région {region}\u{a0}: {names}."),
    },
    region_intro: |region, n, historical| {
        let current = match n {
            0 => format!("Région {region}\u{a0}: aucun pôle de compétitivité labellisé aujourd’hui"),
            1 => format!("Région {region}\u{a0}: 1 pôle de compétitivité labellisé aujourd’hui"),
            n => format!("Région {region}\u{a0}: {n} pôles de compétitivité labellisés aujourd’hui"),
        };
        match historical {
            0 => format!("{current}."),
            1 => format!("{current}, et 1 pôle historique."),
            h => format!("{current}, et {h} pôles historiques."),
        }
    },
    head_office_here: "Siège dans la région",
    also_here: "Présents aussi dans la région",
    historical_here: "Pôles historiques",
    none_here: "Aucun pôle actuel n’a son siège ici.",
    index_title: "Tous les pôles de compétitivité français",
    index_description: |n| {
        format!("Les {n} pôles de compétitivité français labellisés aujourd’hui, région par région, et les pôles historiques.")
    },
    historical_clusters: "Pôles historiques",
    other_clusters: |region| format!("Autres pôles de la région {region}"),
    other_regions: "Autres régions",
    share_image_alt: "Carte de France des pôles de compétitivité, colorés par secteur",
    not_found_title: "Page introuvable",
    not_found_text: "Il n’y a pas de page à cette adresse. L’atlas montre tous les pôles.",
    not_found_link: "Aller à l’atlas",
};
