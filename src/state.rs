//! The loaded dataset and the reactive view state shared by the components.

use leptos::prelude::*;
use poles_model::{Cluster, Dataset, Index, Issue, Lang, Loaded, ViewState};

/// A loaded, validated and indexed dataset. Immutable once loaded.
pub struct Atlas {
    pub dataset: Dataset,
    pub index: Index,
    pub issues: Vec<Issue>,
    /// How many records were left out as invalid.
    pub skipped: usize,
}

impl Atlas {
    pub fn new(loaded: Loaded) -> Self {
        let index = Index::new(&loaded.dataset);
        Atlas {
            index,
            dataset: loaded.dataset,
            issues: loaded.issues,
            skipped: loaded.skipped,
        }
    }

    /// The cluster at `position` in the dataset.
    pub fn cluster(&self, position: usize) -> &Cluster {
        &self.dataset.clusters[position]
    }

    /// The colour of the cluster's primary sector.
    pub fn colour_of(&self, cluster: &Cluster) -> &str {
        let primary = cluster.primary_sector().unwrap_or_default();
        self.dataset
            .sectors
            .iter()
            .find(|s| s.id == primary)
            .map_or("#555555", |s| s.color.as_str())
    }
}

/// The view state, the single source of truth for what is shown (mirrored in the URL).
#[derive(Clone, Copy)]
pub struct View {
    pub state: RwSignal<ViewState>,
    /// The language in use (from the URL, else the browser, else English).
    pub lang: Memo<Lang>,
}

impl View {
    pub fn new(initial: ViewState, browser_lang: Lang) -> Self {
        let state = RwSignal::new(initial);
        let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser_lang));
        View { state, lang }
    }
}
