//! The dataset's issues and load errors, in English and in French: an exhaustive `match` per
//! language, so a new kind does not compile until both write it.

use poles_model::format::format_decimal as decimal;
use poles_model::validate::{Code, IssueKind, JsonKind};
use poles_model::{Lang, LoadError};

use super::format_count;

/// What is wrong with a dataset, in English.
pub(super) fn issue_en(kind: &IssueKind) -> String {
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
pub(super) fn issue_fr(kind: &IssueKind) -> String {
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
pub(super) fn load_error_en(error: &LoadError) -> String {
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
pub(super) fn load_error_fr(error: &LoadError) -> String {
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
