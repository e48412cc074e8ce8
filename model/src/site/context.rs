//! What pages look up in the dataset: names, links and entries of regions, clusters and sectors.

use super::*;

/// The dataset and what pages need to look up in it.
pub(super) struct Context<'a> {
    pub(super) dataset: &'a Dataset,
    pub(super) site: &'a Site,
    catalogues: &'a Catalogues,
    pub(super) slugs: HashMap<RegionCode, String>,
    /// The day the pages are built: what they say is said of that day.
    pub(super) today: Day,
}

impl<'a> Context<'a> {
    pub(super) fn new(
        dataset: &'a Dataset,
        site: &'a Site,
        today: Day,
        catalogues: &'a Catalogues,
    ) -> Self {
        Context {
            dataset,
            site,
            catalogues,
            today,
            slugs: region_slugs(&dataset.regions),
        }
    }

    /// The texts of the pages in `lang`.
    pub(super) fn texts(&self, lang: Language) -> Texts<'a> {
        Texts::new(lang, self.catalogues.get(lang))
    }

    pub(super) fn region(&self, code: &RegionCode) -> Option<&'a Region> {
        self.dataset.regions.iter().find(|r| &r.code == code)
    }

    /// A region's name in `lang` (its code when the dataset has no such region).
    pub(super) fn region_name(&self, code: &RegionCode, lang: Language) -> String {
        self.region(code).map_or_else(
            || code.to_string(),
            |r| self.texts(lang).region_name(r).to_owned(),
        )
    }

    /// A link to a region's page (plain text when it has none).
    pub(super) fn region_item(&self, code: &RegionCode, lang: Language) -> Item {
        let text = self.region_name(code, lang);
        match self.slugs.get(code) {
            Some(slug) => Item::Page {
                text,
                path: region_path(slug, lang),
            },
            None => Item::Text(text),
        }
    }

    pub(super) fn cluster(&self, id: &ClusterId) -> Option<&'a Cluster> {
        self.dataset.clusters.iter().find(|c| &c.id == id)
    }

    /// The day the dataset was last updated.
    pub(super) fn updated(&self) -> Day {
        Day::parse(&self.dataset.updated).unwrap_or(Day::LAST)
    }

    /// A link to a cluster's page (plain text when it has none).
    pub(super) fn cluster_item(&self, cluster: &Cluster, lang: Language) -> Item {
        if is_slug(cluster.id.as_str()) {
            Item::Page {
                text: cluster.name.clone(),
                path: cluster_path(&cluster.id, lang),
            }
        } else {
            Item::Text(cluster.name.clone())
        }
    }

    pub(super) fn sector_label(&self, id: &SectorId, lang: Language) -> Option<String> {
        let sector = self.dataset.sectors.iter().find(|s| &s.id == id)?;
        Some(self.texts(lang).sector_label(sector).to_owned())
    }

    pub(super) fn sector_short(&self, id: &SectorId, lang: Language) -> Option<String> {
        let sector = self.dataset.sectors.iter().find(|s| &s.id == id)?;
        Some(self.texts(lang).sector_short(sector).to_owned())
    }

    /// The trail's first step: the atlas.
    pub(super) fn atlas_item(&self, lang: Language) -> Item {
        Item::Page {
            text: self.texts(lang).site().atlas.as_str().to_owned(),
            path: String::new(),
        }
    }

    pub(super) fn alternates(path_in: impl Fn(Language) -> String) -> Vec<(Language, String)> {
        Language::ALL.iter().map(|&l| (l, path_in(l))).collect()
    }

    /// The JSON-LD of a page: a `WebPage` in `lang` (`inLanguage`) about `entity`.
    pub(super) fn web_page(&self, path: &str, name: &str, lang: Language, entity: Value) -> Value {
        json!({
            "@context": "https://schema.org",
            "@type": "WebPage",
            "url": self.site.address(path),
            "name": name,
            "inLanguage": lang.code(),
            "mainEntity": entity,
        })
    }

    /// An entry for a cluster in a list: its link, and its city and primary sector.
    pub(super) fn cluster_entry(&self, cluster: &Cluster, lang: Language) -> Entry {
        let sector = cluster
            .primary_sector()
            .and_then(|id| self.sector_short(id, lang));
        let note = [Some(cluster.hq.city.clone()), sector]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        Entry {
            item: self.cluster_item(cluster, lang),
            note: (!note.is_empty()).then_some(note),
        }
    }
}
