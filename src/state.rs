//! The loaded dataset and the reactive view state shared by the components.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::catalogue::Language;
use poles_model::validate::Original;
use poles_model::{
    Cluster, Dataset, Day, Index, Issue, Loaded, Region, RegionCode, Sector, SectorId, Source,
    SourceId, ViewState,
};

use crate::history::{self, Entry};
use crate::i18n::Texts;

/// A loaded, validated and indexed dataset. Immutable once loaded.
pub struct Atlas {
    pub dataset: Dataset,
    pub index: Index,
    pub issues: Vec<Issue>,
    /// How many records were left out as invalid.
    pub skipped: usize,
    /// The file's text, for the JSON download.
    pub original: Original,
}

impl Atlas {
    /// The loaded dataset, indexed to show `today` when no date is asked for.
    pub fn new(loaded: Loaded, today: Day) -> Self {
        let index = Index::new(&loaded.dataset).on(today);
        Atlas {
            index,
            dataset: loaded.dataset,
            issues: loaded.issues,
            skipped: loaded.skipped,
            original: loaded.original,
        }
    }

    /// The cluster at `position` in the dataset.
    pub fn cluster(&self, position: usize) -> &Cluster {
        &self.dataset.clusters[position]
    }

    /// The sector with this id.
    pub fn sector(&self, id: &SectorId) -> Option<&Sector> {
        self.dataset.sectors.iter().find(|s| &s.id == id)
    }

    /// The region with this INSEE code.
    pub fn region(&self, code: &RegionCode) -> Option<&Region> {
        self.dataset.regions.iter().find(|r| &r.code == code)
    }

    /// The source with this id.
    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.dataset.sources.iter().find(|s| &s.id == id)
    }

    /// Positions of the clusters whose successor is the cluster at `position`.
    pub fn predecessors(&self, position: usize) -> Vec<usize> {
        let id = &self.cluster(position).id;
        (0..self.dataset.clusters.len())
            .filter(|&p| self.cluster(p).successor.as_ref() == Some(id))
            .collect()
    }

    /// The colour of the cluster's primary sector.
    pub fn colour_of(&self, cluster: &Cluster) -> &str {
        cluster
            .primary_sector()
            .and_then(|id| self.sector(id))
            .map_or(poles_model::map_image::NO_SECTOR_COLOUR, |s| {
                s.color.as_str()
            })
    }
}

/// The loaded atlas, for what the page shows outside the loaded view ("Copy link" in the
/// header): `None` until the data has loaded. Provided by the App.
#[derive(Clone, Copy)]
pub struct LoadedAtlas(pub Signal<Option<Arc<Atlas>>>);

/// Today, by the visitor's clock (their time zone): the day the atlas shows without `at=`.
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(Day::LAST)
}

/// The view state, the single source of truth for what is shown (mirrored in the URL).
#[derive(Clone, Copy)]
pub struct View {
    pub state: RwSignal<ViewState>,
    /// The language shown: the one asked for (`lang=`, else the browser's, else English) once
    /// its texts are there, the one shown before until then.
    pub lang: Memo<Language>,
    /// The texts of the language shown.
    texts: RwSignal<Texts>,
    /// The cluster whose list item is hovered or focused (its marker is highlighted).
    pub hovered: RwSignal<Option<usize>>,
    /// The modal dialogs, each open or not.
    pub dialogs: Dialogs,
    /// The address bar, which records the view.
    pub address: history::Address,
}

/// Whether each modal dialog of the page is open. An open dialog handles Escape itself.
#[derive(Clone, Copy)]
pub struct Dialogs {
    /// About (its body is written only while it is open).
    pub about: RwSignal<bool>,
    /// Embed, in the header's share tools.
    pub embed: RwSignal<bool>,
    /// The map image, under the list (its SVG and PNG downloads).
    pub map_image: RwSignal<bool>,
}

impl Dialogs {
    /// Whether a modal dialog is open now (untracked: for key handlers).
    pub fn any_open(&self) -> bool {
        self.about.get_untracked() || self.embed.get_untracked() || self.map_image.get_untracked()
    }
}

impl View {
    /// The interface texts of the language shown.
    pub fn texts(&self) -> Texts {
        self.texts.get()
    }

    /// The interface texts of the language shown, untracked (views rebuilt by a closure that
    /// tracks the language itself, event handlers).
    pub fn texts_untracked(&self) -> Texts {
        self.texts.get_untracked()
    }

    /// Changes the view state and records it in the browser's history as `entry`.
    pub fn navigate(&self, entry: Entry, change: impl FnOnce(&mut ViewState)) {
        self.state.update(change);
        let address = self.address;
        self.state
            .with_untracked(|state| address.record(state, entry));
    }

    /// The view of `initial`, shown in `texts` until the language it asks for has come.
    pub fn new(initial: ViewState, browser_lang: Language, texts: Texts) -> Self {
        let state = RwSignal::new(initial);
        let asked = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser_lang));
        let texts = RwSignal::new(texts);
        crate::i18n::follow(asked, texts);
        View {
            state,
            lang: Memo::new(move |_| texts.with(|t| t.lang)),
            texts,
            hovered: RwSignal::new(None),
            dialogs: Dialogs {
                about: RwSignal::new(false),
                embed: RwSignal::new(false),
                map_image: RwSignal::new(false),
            },
            address: history::Address::new(),
        }
    }
}
