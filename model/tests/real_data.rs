//! The shipped dataset, `data/clusters.json`: it loads cleanly, has the expected counts, its
//! successor chains end at current clusters, and the world-class clusters of the 2006
//! government brochure are all there under a name that can be found.

use std::collections::HashMap;
use std::path::Path;

use poles_model::text::fold;
use poles_model::{load, Cluster, Loaded, Status};

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
fn has_57_current_and_22_historical_clusters() {
    let loaded = real();
    let count = |status| {
        loaded
            .dataset
            .clusters
            .iter()
            .filter(|c| c.status == status)
            .count()
    };
    assert_eq!(count(Status::Current), 57);
    assert_eq!(count(Status::Historical), 22);
}

#[test]
fn successor_chains_end_at_a_current_cluster() {
    let loaded = real();
    let by_id: HashMap<&str, &Cluster> = loaded
        .dataset
        .clusters
        .iter()
        .map(|c| (c.id.as_str(), c))
        .collect();
    for cluster in &loaded.dataset.clusters {
        let Some(first) = &cluster.successor else {
            continue;
        };
        assert_eq!(cluster.status, Status::Historical, "{}", cluster.id);
        let mut chain = vec![cluster.id.as_str()];
        let mut at = by_id
            .get(first.as_str())
            .unwrap_or_else(|| panic!("{}: successor {first} is not a cluster", cluster.id));
        while at.status == Status::Historical {
            chain.push(&at.id);
            assert!(chain.len() <= by_id.len(), "cycle: {chain:?}");
            let next = at
                .successor
                .as_deref()
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
const BROCHURE_2006: &[(&str, &str)] = &[
    (
        "Aerospace Valley (Midi-Pyrénées & Aquitaine aerospace)",
        "aerospace-valley",
    ),
    ("I-Trans", "i-trans"),
    ("Mov'eo", "nextmove"),
    ("Pôle Mer Bretagne", "pole-mer-bretagne-atlantique"),
    ("Pôle Mer PACA", "pole-mer-mediterranee"),
    ("Medicen", "medicen"),
    ("Lyonbiopôle", "lyonbiopole"),
    ("Alsace Biovalley", "biovalley-france"),
    ("Minalogic", "minalogic"),
    ("SCS (Secure Communication Solutions)", "scs"),
    ("System@tic", "systematic-paris-region"),
    (
        "Cap Digital (Image, Multimedia and Digital Lifestyle)",
        "cap-digital",
    ),
    ("Images & Réseaux", "images-et-reseaux"),
    (
        "IAR (Industries & Agro-Resources)",
        "iar-bioeconomy-for-change",
    ),
    ("Végépolys", "vegepolys-valley"),
    ("Axelera", "axelera"),
];

#[test]
fn the_2006_brochure_clusters_are_present_under_their_2006_names() {
    let loaded = real();
    let mut missing = Vec::new();
    for &(name_2006, id) in BROCHURE_2006 {
        let Some(cluster) = loaded.dataset.clusters.iter().find(|c| c.id == id) else {
            missing.push(format!("{name_2006}: no cluster `{id}`"));
            continue;
        };
        let wanted = fold(name_2006);
        let found = cluster
            .brochure_2006_name
            .iter()
            .chain(&cluster.former_names)
            .any(|name| fold(name).contains(&wanted));
        if !found {
            missing.push(format!(
                "{name_2006}: `{id}` has brochure_2006_name {:?} and former_names {:?}",
                cluster.brochure_2006_name, cluster.former_names
            ));
        }
    }
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

#[test]
fn the_2006_names_are_folded_as_searched() {
    // The comparisons above rely on these foldings.
    assert_eq!(fold("I-Trans"), fold("i-Trans"));
    assert_eq!(fold("System@tic"), "systematic");
    assert_eq!(fold("Mov'eo"), "moveo");
    assert_eq!(fold("Végépolys"), "vegepolys");
}
