//! A picture as the app asks the worker that draws it (`picture/`) for it: the view in plain
//! values, its texts already written in the reader's language. The app and the worker load
//! the same dataset from the same address, so positions in it mean the same on both sides.

use serde::{Deserialize, Serialize};

use super::{Format, Outlines, Scene};
use crate::catalogue::Language;
use crate::{Dataset, Day, RegionCode};

/// What the app sends: one picture of one view. Texts are written by the app's catalogue.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Request {
    /// The size.
    pub format: Format,
    /// The catalogue code of the language numbers are written in (`en`, `de` …).
    pub language: String,
    /// The dataset's address (relative to the page, which is beside the worker's script).
    pub data: String,
    /// The geometry's address.
    pub geometry: String,
    /// How many clusters the app's dataset holds (a check that both read the same file).
    pub clusters: usize,
    /// Clusters per region, in the dataset's order: the shading.
    pub counts: Vec<usize>,
    /// The positions of the clusters shown.
    pub visible: Vec<usize>,
    /// The day shown, `YYYY-MM-DD`.
    pub day: String,
    /// The open cluster's position, if any.
    pub open: Option<usize>,
    /// The selected region's code, if any.
    pub selected: Option<String>,
    /// The code of the region the picture is centred on, if any.
    pub focus: Option<String>,
    /// The sectors' names in the legend, in the dataset's order.
    pub sector_labels: Vec<String>,
    /// The title, the filters in words, the legends' headings, the credits and the date line.
    pub title: String,
    pub subtitle: String,
    pub shading_heading: String,
    pub sectors_heading: String,
    pub credits: String,
    pub date: String,
}

/// A region code kept by the request while its scene borrows it.
fn code(text: &Option<String>) -> Option<RegionCode> {
    text.as_deref().map(RegionCode::new)
}

impl Request {
    /// Draws the picture over `dataset` and `outlines` (those the request's addresses hold),
    /// or says why it cannot.
    pub fn draw(&self, dataset: &Dataset, outlines: &Outlines) -> Result<String, String> {
        if dataset.clusters.len() != self.clusters {
            return Err(format!(
                "the dataset has {} clusters here and {} in the app",
                dataset.clusters.len(),
                self.clusters
            ));
        }
        let day = Day::parse(&self.day).ok_or_else(|| format!("not a day: {}", self.day))?;
        let (selected, focus) = (code(&self.selected), code(&self.focus));
        Ok(super::svg(&Scene {
            format: self.format,
            language: Language::from_code(&self.language).unwrap_or_default(),
            sector_labels: &self.sector_labels,
            dataset,
            outlines,
            counts: &self.counts,
            visible: &self.visible,
            day,
            open: self.open,
            selected: selected.as_ref(),
            focus: focus.as_ref(),
            title: &self.title,
            subtitle: &self.subtitle,
            shading_heading: &self.shading_heading,
            sectors_heading: &self.sectors_heading,
            credits: &self.credits,
            date: &self.date,
        }))
    }
}
