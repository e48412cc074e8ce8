//! The page of a region, and the index of all clusters.

use super::*;

impl<'a> Context<'a> {
    /// Links to the other current clusters covering the region `code` (at most
    /// [`MAX_RELATED`]), for the page of cluster `id`.
    pub(super) fn other_clusters(
        &self,
        code: &RegionCode,
        id: &ClusterId,
        lang: Lang,
    ) -> Option<Related> {
        let [here, also, _] = self.clusters_of_region(code);
        let items: Vec<Item> = here
            .iter()
            .chain(&also)
            .filter(|c| &c.id != id)
            .take(MAX_RELATED)
            .map(|c| self.cluster_item(c, lang))
            .collect();
        (!items.is_empty()).then(|| Related {
            label: (texts(lang).other_clusters)(&self.region_name(code)),
            items,
        })
    }

    /// The clusters whose regions include `code`, in name order: current ones headquartered
    /// there, current ones that also cover it, historical ones.
    pub(super) fn clusters_of_region(&self, code: &RegionCode) -> [Vec<&'a Cluster>; 3] {
        let mut groups: [Vec<&Cluster>; 3] = Default::default();
        for cluster in &self.dataset.clusters {
            let Some(at) = cluster.regions.iter().position(|r| r == code) else {
                continue;
            };
            let group = match (cluster.status, at) {
                (Status::Historical, _) => 2,
                (Status::Current, 0) => 0,
                (Status::Current, _) => 1,
            };
            groups[group].push(cluster);
        }
        for group in &mut groups {
            group.sort_by_key(|c| crate::text::fold(&c.name));
        }
        groups
    }

    pub(super) fn region_page(&self, region: &Region, lang: Lang) -> Option<Page> {
        let t = texts(lang);
        let slug = self.slugs.get(&region.code)?;
        let path = region_path(slug, lang);
        let subject = Subject::Region(region.code.clone());
        let [here, also, historical] = self.clusters_of_region(&region.code);
        let current = here.len() + also.len();
        let share_title = (t.region_title)(&region.name);
        let names: Vec<&str> = here.iter().chain(&also).map(|c| c.name.as_str()).collect();
        let description = (t.region_description)(&region.name, current, &names.join(", "));
        let section = |heading: &str, clusters: &[&Cluster], empty: Option<&str>| Section {
            heading: heading.to_owned(),
            entries: clusters
                .iter()
                .map(|c| self.cluster_entry(c, lang))
                .collect(),
            empty: empty.map(str::to_owned),
            members: false,
        };
        let mut sections = vec![section(t.head_office_here, &here, Some(t.none_here))];
        if !also.is_empty() {
            sections.push(section(t.also_here, &also, None));
        }
        if !historical.is_empty() {
            sections.push(section(t.historical_here, &historical, None));
        }
        let facts = region
            .agency
            .as_ref()
            .filter(|a| is_http_url(&a.url))
            .map(|a| Fact {
                term: t.agency.to_owned(),
                values: vec![Item::External {
                    text: a.name.clone(),
                    url: a.url.clone(),
                }],
                unverified: a
                    .unverified
                    .as_ref()
                    .map(|note| format!("{} ({note})", t.unverified_hint)),
            })
            .into_iter()
            .collect();
        let listed: Vec<&Cluster> = here
            .iter()
            .chain(&also)
            .chain(&historical)
            .copied()
            .collect();
        let json_ld = json!({
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": share_title,
            "url": self.site.address(&path),
            "numberOfItems": listed.len(),
            "itemListElement": listed
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let mut item = json!({"@type": "ListItem", "position": i + 1, "name": c.name});
                    if is_slug(c.id.as_str()) {
                        item["url"] = json!(self.site.address(&cluster_path(&c.id, lang)));
                    }
                    item
                })
                .collect::<Vec<_>>(),
        });
        Some(Page {
            state: page_state(&subject, lang, false),
            subject,
            lang,
            alternates: Self::alternates(|l| region_path(slug, l)),
            title: format!("{share_title} | {SITE_NAME}"),
            share_title,
            description: cut(&description, MAX_DESCRIPTION_CHARS),
            lastmod: self.dataset.updated.clone(),
            json_ld,
            content: Content {
                trail: vec![Self::atlas_item(lang), Item::Text(region.name.clone())],
                heading: region.name.clone(),
                subheading: None,
                status: Vec::new(),
                tags: vec![],
                intro: Some((t.region_intro)(&region.name, current, historical.len())),
                facts,
                sections,
                checked: None,
                related: Some(Related {
                    label: t.other_regions.to_owned(),
                    items: self
                        .dataset
                        .regions
                        .iter()
                        .filter(|r| r.code != region.code)
                        .map(|r| self.region_item(&r.code, lang))
                        .collect(),
                })
                .filter(|r| !r.items.is_empty()),
            },
            path,
        })
    }

    pub(super) fn index_page(&self, lang: Lang) -> Page {
        let t = texts(lang);
        let path = index_path(lang).to_owned();
        let subject = Subject::Index;
        let mut regions: Vec<&Region> = self.dataset.regions.iter().collect();
        regions.sort_by_key(|r| (r.overseas, crate::text::fold(&r.name)));
        let mut sections: Vec<Section> = regions
            .iter()
            .filter_map(|region| {
                let [here, _, _] = self.clusters_of_region(&region.code);
                (!here.is_empty()).then(|| Section {
                    heading: region.name.clone(),
                    entries: here.iter().map(|c| self.cluster_entry(c, lang)).collect(),
                    empty: None,
                    members: false,
                })
            })
            .collect();
        let mut historical: Vec<&Cluster> = self
            .dataset
            .clusters
            .iter()
            .filter(|c| c.status == Status::Historical)
            .collect();
        historical.sort_by_key(|c| crate::text::fold(&c.name));
        if !historical.is_empty() {
            sections.push(Section {
                heading: t.historical_clusters.to_owned(),
                entries: historical
                    .iter()
                    .map(|c| self.cluster_entry(c, lang))
                    .collect(),
                empty: None,
                members: false,
            });
        }
        let current = self.dataset.clusters.len() - historical.len();
        let regions_list: Vec<Item> = regions
            .iter()
            .map(|r| self.region_item(&r.code, lang))
            .collect();
        let share_title = t.index_title.to_owned();
        let description = (t.index_description)(current);
        let json_ld = json!({
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": share_title,
            "url": self.site.address(&path),
            "numberOfItems": self.dataset.clusters.len(),
        });
        Page {
            state: page_state(&subject, lang, false),
            subject,
            lang,
            alternates: Self::alternates(|l| index_path(l).to_owned()),
            title: format!("{share_title} | {SITE_NAME}"),
            share_title,
            description: cut(&description, MAX_DESCRIPTION_CHARS),
            lastmod: self.dataset.updated.clone(),
            json_ld,
            content: Content {
                trail: vec![Self::atlas_item(lang), Item::Text(t.index_title.to_owned())],
                heading: t.index_title.to_owned(),
                subheading: None,
                status: Vec::new(),
                tags: vec![],
                intro: Some(description),
                facts: vec![Fact {
                    term: t.regions.to_owned(),
                    values: regions_list,
                    unverified: None,
                }],
                sections,
                checked: None,
                related: None,
            },
            path,
        }
    }
}
