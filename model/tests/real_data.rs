//! The shipped dataset, `data/clusters.json`: it loads cleanly, has the expected counts, its
//! successor chains end at current clusters, the world-class clusters of the 2006
//! government brochure are all there under a name that can be found, and the facts corrected
//! from sources (issue 11) stay corrected.

use std::collections::HashMap;
use std::path::Path;

use poles_model::text::fold;
use poles_model::timeline::EventKind;
use poles_model::{load, Cluster, ClusterId, Loaded, RegionCode, Status};

fn real() -> Loaded {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/clusters.json");
    let bytes = std::fs::read(path).expect("read data/clusters.json");
    load(&bytes).expect("data/clusters.json loads")
}

#[test]
fn loads_without_errors_or_warnings() {
    let loaded = real();
    let shown: Vec<String> = loaded.issues.iter().map(ToString::to_string).collect();
    assert!(shown.is_empty(), "{}", shown.join("\n"));
    assert_eq!(loaded.skipped, 0);
}

#[test]
fn has_56_current_and_34_historical_clusters() {
    let loaded = real();
    let count = |status| {
        loaded
            .dataset
            .clusters
            .iter()
            .filter(|c| c.status == status)
            .count()
    };
    assert_eq!(count(Status::Current), 56);
    assert_eq!(count(Status::Historical), 34);
}

#[test]
fn successor_chains_end_at_a_current_cluster() {
    let loaded = real();
    let by_id: HashMap<&ClusterId, &Cluster> =
        loaded.dataset.clusters.iter().map(|c| (&c.id, c)).collect();
    for cluster in &loaded.dataset.clusters {
        let Some(first) = &cluster.successor else {
            continue;
        };
        assert_eq!(cluster.status, Status::Historical, "{}", cluster.id);
        let mut chain = vec![&cluster.id];
        let mut at = by_id
            .get(first)
            .unwrap_or_else(|| panic!("{}: successor {first} is not a cluster", cluster.id));
        while at.status == Status::Historical {
            chain.push(&at.id);
            assert!(chain.len() <= by_id.len(), "cycle: {chain:?}");
            let next = at
                .successor
                .as_ref()
                .unwrap_or_else(|| panic!("chain {chain:?} ends at a historical cluster"));
            at = by_id
                .get(next)
                .unwrap_or_else(|| panic!("{}: successor {next} is not a cluster", at.id));
        }
        assert!(
            at.successor.is_none(),
            "{} is current with a successor",
            at.id
        );
    }
}

/// The world-class and world-vocation clusters as named in the 2006 brochure, with the id of
/// the cluster they are today.
/// The 16 world-class clusters of the 2006 brochure (S500, September 2006), each in the
/// brochure's own words (its heading, without the footnote number), with today's record.
const BROCHURE_2006: &[(&str, &str)] = &[
    (
        "The Midi-Pyrenees and Aquitaine aerospace cluster",
        "aerospace-valley",
    ),
    ("The Rhône-Alpes “Chemicals-Environment” cluster", "axelera"),
    (
        "The “Therapeutic Innovations” cluster in Alsace",
        "biovalley-france",
    ),
    (
        "The \"Image, Multimedia and Digital Lifestyle\" cluster in the Paris region",
        "cap-digital",
    ),
    (
        "The Nord-Pas de Calais I-Trans rail transport cluster",
        "i-trans",
    ),
    (
        "The Brittany \"Images and Networks\" cluster",
        "images-et-reseaux",
    ),
    (
        "The Champagne-Ardennes and Picardie “Industry and Agri-resources” cluster",
        "iar-bioeconomy-for-change",
    ),
    ("“Lyonbiopôle” cluster", "lyonbiopole"),
    ("The “Medicen Paris Region” cluster", "medicen"),
    ("The Rhône-Alpes “Minalogic” cluster", "minalogic"),
    ("The Normandy and Paris Region “Movéo” Cluster", "nextmove"),
    (
        "The Brittany region “Seanergie”",
        "pole-mer-bretagne-atlantique",
    ),
    (
        "the Provence-Alpes-Côte d’Azur “Sea, Safety and Security”",
        "pole-mer-mediterranee",
    ),
    (
        "The Provence-Alpes-Côte d’Azur “Secure Communication Solutions” cluster",
        "scs",
    ),
    (
        "The “System@tic Paris-Région” cluster",
        "systematic-paris-region",
    ),
    (
        "“The specialized plant” cluster in the Loire Valley",
        "vegepolys-valley",
    ),
];

#[test]
fn the_2006_brochure_clusters_carry_the_brochures_own_words() {
    let loaded = real();
    let mut wrong = Vec::new();
    for &(name_2006, id) in BROCHURE_2006 {
        let Some(cluster) = (loaded.dataset.clusters.iter()).find(|c| c.id.as_str() == id) else {
            wrong.push(format!("{name_2006}: no cluster `{id}`"));
            continue;
        };
        if cluster.brochure_2006_name.as_deref() != Some(name_2006) {
            wrong.push(format!("`{id}`: {:?}", cluster.brochure_2006_name));
        }
    }
    let named = (loaded.dataset.clusters.iter())
        .filter(|c| c.brochure_2006_name.is_some())
        .count();
    assert_eq!(
        named,
        BROCHURE_2006.len(),
        "no other record has a 2006 name"
    );
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn the_2006_names_are_folded_as_searched() {
    // The comparisons above rely on these foldings.
    assert_eq!(fold("I-Trans"), fold("i-Trans"));
    assert_eq!(fold("System@tic"), "systematic");
    assert_eq!(fold("Mov'eo"), "moveo");
    assert_eq!(fold("Végépolys"), "vegepolys");
}

fn cluster<'a>(loaded: &'a Loaded, id: &str) -> &'a Cluster {
    loaded
        .dataset
        .clusters
        .iter()
        .find(|c| c.id.as_str() == id)
        .unwrap_or_else(|| panic!("no cluster `{id}`"))
}

#[test]
fn optitec_was_absorbed_by_scs() {
    let loaded = real();
    let optitec = cluster(&loaded, "optitec");
    assert_eq!(optitec.status, Status::Historical);
    assert_eq!(optitec.successor, Some(ClusterId::new("scs")));
    let scs = cluster(&loaded, "scs");
    assert_eq!(scs.status, Status::Current);
    assert!(scs.former_names.iter().any(|n| n.starts_with("Optitec")));
    assert!(
        scs.regions.contains(&RegionCode::new("76")),
        "SCS covers Occitanie"
    );
    assert!(scs.description.en.contains("photonics"));
}

#[test]
fn derbi_is_now_derbi_cemater() {
    let loaded = real();
    let derbi = cluster(&loaded, "derbi");
    assert_eq!(derbi.name, "Derbi-Cémater");
    assert!(derbi.former_names.iter().any(|n| n == "Derbi"));
}

#[test]
fn techtera_is_based_in_ecully() {
    let loaded = real();
    let techtera = cluster(&loaded, "techtera");
    assert_eq!(techtera.hq.city, "Écully");
    assert_eq!(techtera.hq.insee.as_deref(), Some("69081"));
}

#[test]
fn corrected_label_years() {
    let loaded = real();
    let first = |id| cluster(&loaded, id).first_labelled().map(|d| d.to_string());
    assert_eq!(first("eurobiomed").as_deref(), Some("2006-03-06"));
    assert_eq!(first("advancity").as_deref(), Some("2005-07-12"));
}

#[test]
fn de_labelled_clusters_have_no_successor_and_say_when_they_ended() {
    let loaded = real();
    for id in ["innoviandes", "pole-enfant", "prod-innov"] {
        let c = cluster(&loaded, id);
        assert_eq!(c.status, Status::Historical, "{id}");
        assert_eq!(c.successor, None, "{id}");
        let de_labelled = (c.events.iter())
            .find(|e| e.kind == EventKind::DeLabelled)
            .map(|e| e.date.to_string());
        assert_eq!(de_labelled.as_deref(), Some("2010-05-11"), "{id}");
        let end = c.labels.periods.last().map(|p| p.until.to_string());
        assert_eq!(end.as_deref(), Some("2010-05-10"), "{id}");
        assert!(c.description.en.contains("11 May 2010"), "{id}");
        assert!(c.description.fr.contains("11 mai 2010"), "{id}");
    }
}

#[test]
fn cancer_bio_sante_covered_limousin_too() {
    let loaded = real();
    let regions = &cluster(&loaded, "cancer-bio-sante").regions;
    assert!(regions.contains(&RegionCode::new("76")));
    assert!(regions.contains(&RegionCode::new("75")), "{regions:?}");
}

#[test]
fn aqua_valley_came_from_the_pole_eau_not_from_france_water_team() {
    let loaded = real();
    let names = &cluster(&loaded, "aqua-valley").former_names;
    assert!(names.iter().any(|n| n.starts_with("Pôle Eau")), "{names:?}");
    assert!(
        !names.iter().any(|n| fold(n).contains("france water team")),
        "{names:?}"
    );
}

#[test]
fn vehicule_du_futur_is_described_with_todays_regions() {
    let loaded = real();
    let c = cluster(&loaded, "vehicule-du-futur");
    assert!(c
        .description
        .en
        .contains("Bourgogne-Franche-Comté and Grand Est"));
    assert!(!c.description.en.contains("Alsace"));
}

#[test]
fn every_record_has_a_check_date() {
    let loaded = real();
    let missing: Vec<&str> = loaded
        .dataset
        .clusters
        .iter()
        .filter(|c| c.checked.is_none())
        .map(|c| c.id.as_str())
        .collect();
    assert!(missing.is_empty(), "no `checked`: {missing:?}");
}

/// Flags do not grow unnoticed: at most 35 on the facts of current records, and every flag on
/// a label period (a provisional label whose extension no source records) says why.
#[test]
fn current_records_carry_at_most_35_unverified_flags() {
    let loaded = real();
    let flags = || {
        (loaded.dataset.clusters.iter())
            .filter(|c| c.status == Status::Current)
            .flat_map(|c| &c.unverified)
    };
    let (periods, facts): (Vec<_>, Vec<_>) = flags().partition(|u| u.field == "labels.periods");
    assert!(
        facts.len() <= 35,
        "{} unverified flags on current records",
        facts.len()
    );
    assert!(periods.iter().all(|u| u.note.is_some()), "{periods:?}");
}
