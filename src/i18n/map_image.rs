//! The messages of the map's picture and of print (the catalogue's `interface.map_image`).

use poles_model::catalogue::fill;

use super::Texts;

impl Texts {
    /// A filter and its value, in the map's picture: "Region: Occitanie".
    pub fn map_image_filter(&self, label: &str, value: &str) -> String {
        fill(
            self.map_image_filter_tpl(),
            &[("label", label), ("value", value)],
        )
    }

    /// The search, in the map's picture.
    pub fn map_image_search(&self, query: &str) -> String {
        fill(self.map_image_search_tpl(), &[("query", query)])
    }

    /// The picture's credits, from the dataset's title and update day.
    pub fn map_image_credits(&self, title: &str, date: &str) -> String {
        fill(
            self.map_image_credits_tpl(),
            &[("title", title), ("date", date)],
        )
    }

    /// A printed page's address and the day it was printed.
    pub fn printed(&self, address: &str, date: &str) -> String {
        fill(
            self.map_image_printed_tpl(),
            &[("address", address), ("date", date)],
        )
    }
}
