//! How many clusters stand each way on a day: the counts of About and of the region pages.

use crate::timeline::{Day, Standing};
use crate::Cluster;

/// Clusters labelled, past their term with no later decision, and no longer labelled, on a
/// day (those not labelled yet are in none).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub labelled: usize,
    pub unconfirmed: usize,
    pub ended: usize,
}

impl Tally {
    /// The tally of `clusters` on `day`.
    pub fn on<'a>(day: Day, clusters: impl IntoIterator<Item = &'a Cluster>) -> Tally {
        let mut tally = Tally::default();
        for cluster in clusters {
            match cluster.standing(day) {
                Standing::Labelled(_) => tally.labelled += 1,
                Standing::Unconfirmed(_) => tally.unconfirmed += 1,
                Standing::Ended(_) => tally.ended += 1,
                Standing::NotYet => {}
            }
        }
        tally
    }
}
