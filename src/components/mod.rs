//! The Leptos components of the page. They read the shared [`crate::state::View`] from context
//! and take their texts from [`crate::i18n`].

mod about;
mod choropleth_legend;
mod cluster_card;
mod cluster_list;
mod filters;
mod focus_return;
mod footer;
mod header;
mod map_download;
mod map_view;
mod matrix;
mod matrix_toggle;
mod print_brief;
mod region_profile;
mod sector_legend;
mod share;
mod status;
mod swatch;
mod time_control;
mod view_2006;

pub use about::{AboutButton, AboutDialog, AboutPanel};
pub use choropleth_legend::ChoroplethLegend;
pub use cluster_card::ClusterCard;
pub use cluster_list::ClusterList;
pub use filters::FilterBar;
pub use focus_return::MatrixReturn;
pub use footer::AppFooter;
pub use header::AppHeader;
pub use map_view::MapView;
pub use matrix::MatrixView;
pub use matrix_toggle::MatrixToggle;
pub use print_brief::{Brief, PrintBrief};
pub use region_profile::RegionProfile;
pub use share::ShareTools;
pub use status::{DataNotices, LoadErrorAlert, Loading, UnconfirmedNotice};
pub use swatch::Swatch;
pub use time_control::TimeControl;
pub use view_2006::{View2006Panel, View2006Toggle};
