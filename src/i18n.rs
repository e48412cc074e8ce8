//! Every piece of interface text, in English and French.
//!
//! One struct of texts per language: a key missing in either language is a compile error, so
//! the two can never drift apart. Components take their texts from [`texts`], never from
//! string literals of their own. Data texts (sector labels, descriptions) come from the
//! dataset's own `en`/`fr` fields.

use poles_model::Lang;

/// The interface texts of one language.
pub struct Texts {
    pub tagline: &'static str,
    pub loading: &'static str,
    pub load_failed: &'static str,
    pub network_error: &'static str,
    pub http_error: fn(u16) -> String,
    pub invalid_data: &'static str,
    pub retry: &'static str,
    pub skipped_records: fn(usize) -> String,
    pub details: &'static str,
    pub geometry_unavailable: &'static str,
    pub map_label: &'static str,
    pub list_label: &'static str,
    pub clusters_shown: fn(&str) -> String,
    pub panic_message: &'static str,
    pub reload: &'static str,
}

const EN: Texts = Texts {
    tagline: "Which French competitiveness cluster works on what, and where",
    loading: "Loading the clusters…",
    load_failed: "The clusters could not be loaded.",
    network_error: "The server could not be reached. Check your connection and retry.",
    http_error: |status| format!("The server answered with an error (HTTP {status})."),
    invalid_data: "The dataset file is not valid:",
    retry: "Retry",
    skipped_records: |n| match n {
        1 => "1 record of the dataset is invalid and is not shown.".to_owned(),
        n => format!("{n} records of the dataset are invalid and are not shown."),
    },
    details: "Details",
    geometry_unavailable:
        "The region outlines could not be loaded; the clusters are shown without them.",
    map_label: "Map of the competitiveness clusters of France",
    list_label: "Clusters",
    clusters_shown: |n| format!("{n} clusters shown"),
    panic_message: "Something went wrong. Please reload the page.",
    reload: "Reload",
};

const FR: Texts = Texts {
    tagline: "Quel pôle de compétitivité travaille sur quoi, et où",
    loading: "Chargement des pôles…",
    load_failed: "Les pôles n’ont pas pu être chargés.",
    network_error: "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
    http_error: |status| format!("Le serveur a répondu par une erreur (HTTP {status})."),
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
    map_label: "Carte des pôles de compétitivité de France",
    list_label: "Pôles",
    clusters_shown: |n| format!("{n} pôles affichés"),
    panic_message: "Une erreur est survenue. Veuillez recharger la page.",
    reload: "Recharger",
};

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
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
}
