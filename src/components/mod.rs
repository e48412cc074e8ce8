//! The Leptos components of the page. They read the shared [`crate::state::View`] from context
//! and take their texts from [`crate::i18n`].

mod cluster_list;
mod map_view;
mod status;

pub use cluster_list::ClusterList;
pub use map_view::MapView;
pub use status::{DataNotices, LoadErrorAlert, Loading};
