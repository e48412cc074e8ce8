//! The `data` group: the names of the dataset's sectors and regions, and the mark of a text
//! left in English.

use serde::Deserialize;

use super::message::Template;

/// What the dataset names, in the language (the filters, the legend, the card, the pages).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Data {
    /// The mark after a description shown in English for want of a translation (“(en anglais)”;
    /// empty in English).
    pub in_english: Template,
    /// The sectors, by id.
    pub sectors: SectorNames,
    /// The regions, by INSEE code.
    pub regions: RegionNames,
}

/// A sector's long and short names.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorName {
    /// The full name (the card, the pages).
    pub label: String,
    /// The short name (a filter chip, the legend).
    pub short: String,
}

/// The names of the dataset's sectors, by id.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorNames {
    /// “Aerospace & defence”
    pub aerospace: SectorName,
    /// “Mobility”
    pub mobility: SectorName,
    /// “Digital & photonics”
    pub digital: SectorName,
    /// “Health”
    pub health: SectorName,
    /// “Agrifood & bioeconomy”
    pub agrifood: SectorName,
    /// “Energy”
    pub energy: SectorName,
    /// “Chemistry & materials”
    pub materials: SectorName,
    /// “Manufacturing”
    pub manufacturing: SectorName,
    /// “Water & environment”
    pub environment: SectorName,
    /// “Maritime”
    pub marine: SectorName,
    /// “Consumer & finance”
    pub consumer: SectorName,
}

impl SectorNames {
    /// The names of the sector `id`, when the catalogue knows it.
    pub fn get(&self, id: &str) -> Option<&SectorName> {
        Some(match id {
            "aerospace" => &self.aerospace,
            "mobility" => &self.mobility,
            "digital" => &self.digital,
            "health" => &self.health,
            "agrifood" => &self.agrifood,
            "energy" => &self.energy,
            "materials" => &self.materials,
            "manufacturing" => &self.manufacturing,
            "environment" => &self.environment,
            "marine" => &self.marine,
            "consumer" => &self.consumer,
            _ => return None,
        })
    }
}

/// The names of the regions, by INSEE code (the official French names in en, fr, de, es, it).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionNames {
    /// Île-de-France
    #[serde(rename = "11")]
    pub ile_de_france: String,
    /// Centre-Val de Loire
    #[serde(rename = "24")]
    pub centre_val_de_loire: String,
    /// Bourgogne-Franche-Comté
    #[serde(rename = "27")]
    pub bourgogne_franche_comte: String,
    /// Normandie
    #[serde(rename = "28")]
    pub normandie: String,
    /// Hauts-de-France
    #[serde(rename = "32")]
    pub hauts_de_france: String,
    /// Grand Est
    #[serde(rename = "44")]
    pub grand_est: String,
    /// Pays de la Loire
    #[serde(rename = "52")]
    pub pays_de_la_loire: String,
    /// Bretagne
    #[serde(rename = "53")]
    pub bretagne: String,
    /// Nouvelle-Aquitaine
    #[serde(rename = "75")]
    pub nouvelle_aquitaine: String,
    /// Occitanie
    #[serde(rename = "76")]
    pub occitanie: String,
    /// Auvergne-Rhône-Alpes
    #[serde(rename = "84")]
    pub auvergne_rhone_alpes: String,
    /// Provence-Alpes-Côte d'Azur
    #[serde(rename = "93")]
    pub provence_alpes_cote_d_azur: String,
    /// Corse
    #[serde(rename = "94")]
    pub corse: String,
    /// Guadeloupe
    #[serde(rename = "01")]
    pub guadeloupe: String,
    /// Martinique
    #[serde(rename = "02")]
    pub martinique: String,
    /// Guyane
    #[serde(rename = "03")]
    pub guyane: String,
    /// La Réunion
    #[serde(rename = "04")]
    pub la_reunion: String,
    /// Mayotte
    #[serde(rename = "06")]
    pub mayotte: String,
}

impl RegionNames {
    /// The name of the region `code`, when the catalogue knows it.
    pub fn get(&self, code: &str) -> Option<&str> {
        Some(match code {
            "11" => &self.ile_de_france,
            "24" => &self.centre_val_de_loire,
            "27" => &self.bourgogne_franche_comte,
            "28" => &self.normandie,
            "32" => &self.hauts_de_france,
            "44" => &self.grand_est,
            "52" => &self.pays_de_la_loire,
            "53" => &self.bretagne,
            "75" => &self.nouvelle_aquitaine,
            "76" => &self.occitanie,
            "84" => &self.auvergne_rhone_alpes,
            "93" => &self.provence_alpes_cote_d_azur,
            "94" => &self.corse,
            "01" => &self.guadeloupe,
            "02" => &self.martinique,
            "03" => &self.guyane,
            "04" => &self.la_reunion,
            "06" => &self.mayotte,
            _ => return None,
        })
    }
}
