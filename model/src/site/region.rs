//! The page of a region, and the index of all clusters.

use super::*;
use crate::tally::Tally;
use crate::Standing;

impl<'a> Context<'a> {
    /// Links to the other current clusters covering the region `code` (at most
    /// [`MAX_RELATED`]), for the page of cluster `id`.
    pub(super) fn other_clusters(
        &self,
        code: &RegionCode,
        id: &ClusterId,
        lang: Language,
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
            label: self
                .texts(lang)
                .other_clusters(&self.region_name(code, lang)),
            items,
        })
    }

    /// The clusters whose regions include `code`, in name order, by where they stand on the
    /// build day: current ones (labelled, or past their term) headquartered there, current ones
    /// that also cover it, historical ones.
    pub(super) fn clusters_of_region(&self, code: &RegionCode) -> [Vec<&'a Cluster>; 3] {
        let mut groups: [Vec<&Cluster>; 3] = Default::default();
        for cluster in &self.dataset.clusters {
            let Some(at) = cluster.regions.iter().position(|r| r == code) else {
                continue;
            };
            // As the app shows the day: past its term with no later decision, a label is
            // shown as last labelled; a cluster not labelled yet is not shown.
            let group = match (cluster.standing(self.today), at) {
                (Standing::NotYet, _) => continue,
                (Standing::Ended(_), _) => 2,
                (_, 0) => 0,
                _ => 1,
            };
            groups[group].push(cluster);
        }
        for group in &mut groups {
            group.sort_by_key(|c| crate::text::fold(&c.name));
        }
        groups
    }

    pub(super) fn region_page(&self, region: &Region, lang: Language) -> Option<Page> {
        let t = self.texts(lang);
        let w = t.site();
        let slug = self.slugs.get(&region.code)?;
        let path = region_path(slug, lang);
        let subject = Subject::Region(region.code.clone());
        let [here, also, historical] = self.clusters_of_region(&region.code);
        let current = here.len() + also.len();
        let shown = Tally::on(self.today, here.iter().chain(&also).copied());
        let name = t.region_name(region);
        let share_title = t.region_title(name);
        let names: Vec<&str> = here.iter().chain(&also).map(|c| c.name.as_str()).collect();
        let description = t.region_description(name, current, &names);
        let section = |heading: &str, clusters: &[&Cluster], empty: Option<&str>| Section {
            heading: heading.to_owned(),
            entries: clusters
                .iter()
                .map(|c| self.cluster_entry(c, lang))
                .collect(),
            empty: empty.map(str::to_owned),
            members: false,
        };
        let mut sections = vec![section(
            w.head_office_here.as_str(),
            &here,
            Some(w.none_here.as_str()),
        )];
        if !also.is_empty() {
            sections.push(section(w.also_here.as_str(), &also, None));
        }
        if !historical.is_empty() {
            sections.push(section(w.historical_here.as_str(), &historical, None));
        }
        let facts = region
            .agency
            .as_ref()
            .filter(|a| is_http_url(&a.url))
            .map(|a| Fact {
                term: w.agency.as_str().to_owned(),
                values: vec![Item::External {
                    text: a.name.clone(),
                    url: a.url.clone(),
                }],
                unverified: a
                    .unverified
                    .as_ref()
                    .map(|note| format!("{} ({note})", w.unverified_hint.as_str())),
            })
            .into_iter()
            .collect();
        let listed: Vec<&Cluster> = here
            .iter()
            .chain(&also)
            .chain(&historical)
            .copied()
            .collect();
        let list = json!({
            "@type": "ItemList",
            "name": share_title,
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
            json_ld: self.web_page(&path, &share_title, lang, list),
            state: page_state(&subject, lang, false),
            subject,
            lang,
            alternates: Self::alternates(|l| region_path(slug, l)),
            title: format!("{share_title} | {SITE_NAME}"),
            share_title,
            description: cut(&description, MAX_DESCRIPTION_CHARS),
            lastmod: self.dataset.updated.clone(),
            content: Content {
                trail: vec![self.atlas_item(lang), Item::Text(name.to_owned())],
                heading: name.to_owned(),
                subheading: None,
                status: Vec::new(),
                tags: vec![],
                intro: Some(DataText {
                    text: self.with_past_term(
                        t.region_intro(name, shown.labelled, historical.len()),
                        shown.unconfirmed,
                        lang,
                    ),
                    english: None,
                }),
                facts,
                sections,
                checked: None,
                related: Some(Related {
                    label: t.other_regions(),
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

    /// `sentence`, followed by the notice of the `past` labels past their term, if any.
    fn with_past_term(&self, sentence: String, past: usize, lang: Language) -> String {
        if past == 0 {
            return sentence;
        }
        let notice = self
            .texts(lang)
            .sentences()
            .unconfirmed_notice(past, self.updated());
        let space = if matches!(lang, Language::Ja | Language::Zh) {
            ""
        } else {
            " "
        };
        format!("{sentence}{space}{notice}")
    }

    pub(super) fn index_page(&self, lang: Language) -> Page {
        let t = self.texts(lang);
        let w = t.site();
        let path = index_path(lang).to_owned();
        let subject = Subject::Index;
        let mut regions: Vec<&Region> = self.dataset.regions.iter().collect();
        regions.sort_by_key(|r| (r.overseas, crate::text::fold(t.region_name(r))));
        let mut sections: Vec<Section> = regions
            .iter()
            .filter_map(|region| {
                let [here, _, _] = self.clusters_of_region(&region.code);
                (!here.is_empty()).then(|| Section {
                    heading: t.region_name(region).to_owned(),
                    entries: here.iter().map(|c| self.cluster_entry(c, lang)).collect(),
                    empty: None,
                    members: false,
                })
            })
            .collect();
        let mut historical: Vec<&Cluster> = (self.dataset.clusters.iter())
            .filter(|c| matches!(c.standing(self.today), Standing::Ended(_)))
            .collect();
        historical.sort_by_key(|c| crate::text::fold(&c.name));
        if !historical.is_empty() {
            sections.push(Section {
                heading: w.historical_clusters.as_str().to_owned(),
                entries: historical
                    .iter()
                    .map(|c| self.cluster_entry(c, lang))
                    .collect(),
                empty: None,
                members: false,
            });
        }

        let regions_list: Vec<Item> = regions
            .iter()
            .map(|r| self.region_item(&r.code, lang))
            .collect();
        let share_title = w.index_title.as_str().to_owned();
        let description =
            t.index_description(Tally::on(self.today, &self.dataset.clusters).labelled);
        let list = json!({
            "@type": "ItemList",
            "name": share_title,
            "numberOfItems": self.dataset.clusters.len(),
        });
        Page {
            state: page_state(&subject, lang, false),
            subject,
            lang,
            alternates: Self::alternates(|l| index_path(l).to_owned()),
            title: format!("{share_title} | {SITE_NAME}"),
            json_ld: self.web_page(&path, &share_title, lang, list),
            description: cut(&description, MAX_DESCRIPTION_CHARS),
            lastmod: self.dataset.updated.clone(),
            content: Content {
                trail: vec![self.atlas_item(lang), Item::Text(share_title.clone())],
                heading: share_title.clone(),
                subheading: None,
                status: Vec::new(),
                tags: vec![],
                intro: Some(DataText {
                    text: description,
                    english: None,
                }),
                facts: vec![Fact {
                    term: w.regions.as_str().to_owned(),
                    values: regions_list,
                    unverified: None,
                }],
                sections,
                checked: None,
                related: None,
            },
            share_title,
            path,
        }
    }
}
