//! The shape of the timeline's sentences (a cluster's standing, its events): parts of text and
//! links to other clusters. The words are the catalogue's, written by `catalogue::Sentences`
//! for the app's card and the static pages alike.

use crate::dataset::Cluster;
use crate::ids::ClusterId;

/// A sentence whose parts may name another cluster (a link in the card and on the pages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Text(String),
    /// Another cluster: its id and the name it bore then.
    Cluster(ClusterId, String),
}

/// The parts of one sentence.
pub type Sentence = Vec<Part>;

/// The sentence as plain text.
pub fn plain(sentence: &[Part]) -> String {
    (sentence.iter())
        .map(|part| match part {
            Part::Text(text) | Part::Cluster(_, text) => text.as_str(),
        })
        .collect()
}

/// Finds a cluster of the dataset by id.
pub type Lookup<'a> = &'a dyn Fn(&ClusterId) -> Option<&'a Cluster>;
