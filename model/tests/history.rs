//! Twenty years of the policy in the shipped dataset: on each decision date, the clusters the
//! data shows as labelled are as many as the sources of that day count (each figure with its
//! source ids, from `data/clusters.json`). A cluster counts when the atlas shows it as
//! labelled: a period holds the day, or its label has passed its term with no later decision
//! recorded (`Standing::Unconfirmed`, shown with a notice).

use std::path::Path;

use poles_model::{load, Day, Loaded};

fn real() -> Loaded {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/clusters.json");
    load(&std::fs::read(path).expect("read data/clusters.json")).expect("it loads")
}

/// The ids of the clusters shown as labelled on `day`.
fn labelled_on(loaded: &Loaded, day: &str) -> Vec<String> {
    let day = Day::parse(day).expect("a day");
    (loaded.dataset.clusters.iter())
        .filter(|c| c.standing(day).is_shown_current())
        .map(|c| c.id.to_string())
        .collect()
}

/// (day, clusters counted, the sources that count them, why the figure is that one)
const COUNTS: &[(&str, usize, &str)] = &[
    // S301 ("the 66 poles labelled on 12 July 2005"), S512 (the five of 2007 "added to
    // the 66 of 2005"). S10, S300 and S445 say 67 (6 world-class + 9 world-vocation + 52
    // national), but only 66 leads to the 71 of 2007: 66 − Normandy Motor Valley − Vestapolis
    // + Mov'eo + Orphème (6 March 2006) + 5 (5 July 2007) = 71; no source names a 67th pole.
    ("2005-07-12", 66, "S301, S512"),
    // Normandy Motor Valley and Vestapolis become Mov'eo, Orphème (Eurobiomed) is labelled
    // (S300); "the 66 poles" in June 2006 (S435).
    ("2006-03-06", 66, "S300, S435"),
    // Five new poles (S512): 71, the peak of the policy.
    ("2007-07-05", 71, "S512"),
    // Six de-labelled, six labelled: "six of the 71 poles" (S221), S222, S234.
    ("2010-05-11", 71, "S221, S222, S234"),
    // Phase V: 55 poles (S30, S408).
    ("2023-03-27", 55, "S30, S408"),
    // The two water poles (S44, S78): 57 published, less Optitec, absorbed by SCS on 1 January
    // 2024 (S207) and still in the published figure.
    ("2024-01-08", 56, "S44, S78, S207"),
];

#[test]
fn the_clusters_labelled_on_each_decision_date_are_as_many_as_the_sources_count() {
    let loaded = real();
    let wrong: Vec<String> = (COUNTS.iter())
        .filter_map(|&(day, expected, sources)| {
            let ids = labelled_on(&loaded, day);
            (ids.len() != expected).then(|| {
                format!(
                    "{day}: {} labelled, {expected} per {sources}: {ids:?}",
                    ids.len()
                )
            })
        })
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// Known: phase IV labelled 56 poles on 5 February 2019 (S414, S318); the data shows 57,
/// because Images & Réseaux and TES applied together and were counted once as
/// "Images & Réseaux-TES" (S407, S440), while both records hold the label (each continued on
/// its own, and both were labelled again in 2023). No source dates a label of one without the
/// other, so the data keeps both rather than invent one; this stays a known failure.
#[test]
#[ignore = "known: 57 labelled on 5 February 2019 against the 56 published (Images & Réseaux-TES counted once)"]
fn the_phase_iv_count_of_5_february_2019() {
    assert_eq!(labelled_on(&real(), "2019-02-05").len(), 56);
}

#[test]
fn labels_in_phase_v_run_to_31_december_2026_and_are_unconfirmed_after() {
    let loaded = real();
    let on = |day| labelled_on(&loaded, day).len();
    assert_eq!(on("2026-12-31"), 56);
    // No later decision is in the data: the last labelled set stays, unconfirmed.
    let day = Day::parse("2027-01-15").unwrap();
    let unconfirmed = (loaded.dataset.clusters.iter())
        .filter(|c| matches!(c.standing(day), poles_model::Standing::Unconfirmed(_)))
        .count();
    assert_eq!((on("2027-01-15"), unconfirmed), (56, 56));
}

#[test]
fn the_index_stands_each_cluster_where_its_record_does() {
    use poles_model::timeline::Stand;
    use poles_model::Standing;
    let loaded = real();
    let index = poles_model::Index::new(&loaded.dataset);
    let days = COUNTS.iter().map(|(day, ..)| *day);
    for day in days.chain(["2004-12-31", "2026-12-31", "2027-01-15"]) {
        let day = Day::parse(day).expect("a day");
        for (p, cluster) in loaded.dataset.clusters.iter().enumerate() {
            let same = match (index.stand_at(p, day), cluster.standing(day)) {
                (None, _) => cluster.labels.periods.is_empty(),
                (Some(Stand::NotYet), Standing::NotYet)
                | (Some(Stand::Labelled(_)), Standing::Labelled(_))
                | (Some(Stand::Unconfirmed(_)), Standing::Unconfirmed(_))
                | (Some(Stand::Ended(_)), Standing::Ended(_)) => true,
                _ => false,
            };
            assert!(same, "{} on {day:?}", cluster.id);
        }
    }
}
