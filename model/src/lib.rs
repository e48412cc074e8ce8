//! Pure model of the Pôles atlas.
//!
//! Everything here is plain Rust with no browser dependency, so it is tested natively with
//! `cargo test`: the dataset format ([`dataset`]), its checks ([`validate`]), accent-insensitive
//! text ([`text`]), filtering and search ([`filter`]), the view state kept in the URL
//! ([`url_state`]), downloads ([`export`]) and the counts per region: choropleth classes, the
//! regions × sectors matrix and a region's profile ([`regions`]), the map as an SVG picture
//! drawn from the data ([`map_image`]), label periods, events and a
//! cluster's standing on a day ([`timeline`]), and what the static site says: its addresses,
//! each page's content and JSON-LD ([`site`]), and the texts in each language, not read yet
//! ([`catalogue`]).

pub mod catalogue;
pub mod dataset;
pub mod embed;
pub mod export;
pub mod filter;
pub mod format;
pub mod ids;
pub mod map_image;
pub mod regions;
pub mod site;
pub mod tally;
pub mod text;
pub mod timeline;
pub mod unverified;
pub mod url_state;
pub mod validate;

pub use dataset::{Channel, Cluster, Dataset, Lang, Localized, Region, Sector, Source, Status};
pub use filter::{Filters, Index, Selection};
pub use ids::{ClusterId, RegionCode, SectorId, SourceId};
pub use timeline::{Day, PartialDate, Standing};
pub use url_state::{Theme, Tiles, ViewState};
pub use validate::{load, load_owned, Issue, IssueKind, LoadError, Loaded, Severity};
