//! The page of a cluster.

use super::*;

impl Context<'_> {
    /// The periods and events of `cluster` in order of date, each with its sources.
    fn label_history(&self, cluster: &Cluster, lang: Language) -> Option<Section> {
        let t = self.texts(lang);
        let said = t.sentences();
        let lookup = |id: &ClusterId| self.cluster(id);
        // In order of date, an event before the period it opens.
        let mut lines: Vec<((Day, bool), String, &[SourceId])> = (cluster.labels.periods.iter())
            .map(|p| {
                let line = said.period(p);
                ((p.from.first_day(), true), line, p.sources.as_slice())
            })
            .chain(cluster.events.iter().map(|e| {
                let line = plain(&said.event(e, &lookup));
                ((e.date.first_day(), false), line, e.sources.as_slice())
            }))
            .collect();
        lines.sort_by_key(|(day, ..)| *day);
        let entries: Vec<Entry> = (lines.into_iter())
            .map(|(_, line, sources)| {
                let titles: Vec<&str> = (sources.iter())
                    .filter_map(|id| self.dataset.sources.iter().find(|s| &s.id == id))
                    .map(|s| s.title.as_str())
                    .collect();
                Entry {
                    item: Item::Text(line),
                    note: (!titles.is_empty()).then(|| t.sources_of(&titles)),
                }
            })
            .collect();
        (!entries.is_empty()).then(|| Section {
            heading: t.site().label_history.as_str().to_owned(),
            entries,
            empty: None,
            members: false,
        })
    }

    /// A sentence of the timeline as items: the clusters it names link to their pages.
    pub(super) fn sentence_items(&self, sentence: Sentence, lang: Language) -> Vec<Item> {
        (sentence.into_iter())
            .map(|part| match part {
                Part::Text(text) => Item::Text(text),
                Part::Cluster(id, name) => match self.cluster(&id) {
                    Some(other) => Item::Page {
                        text: name,
                        path: cluster_path(&other.id, lang),
                    },
                    None => Item::Text(name),
                },
            })
            .collect()
    }

    pub(super) fn cluster_page(&self, cluster: &Cluster, lang: Language) -> Page {
        let t = self.texts(lang);
        let w = t.site();
        let historical = cluster.status == Status::Historical;
        let subject = Subject::Cluster(cluster.id.clone());
        let path = cluster_path(&cluster.id, lang);
        let kind = if historical {
            w.former_cluster.as_str()
        } else {
            w.cluster.as_str()
        };
        let share_title = if cluster.hq.city.is_empty() {
            format!("{} — {kind}", cluster.name)
        } else {
            format!("{} — {kind}, {}", cluster.name, cluster.hq.city)
        };
        let intro = Some(t.data(&cluster.description)).filter(|d| !d.text.is_empty());
        let description = cut(
            intro.as_ref().map_or(&share_title, |d| &d.text),
            MAX_DESCRIPTION_CHARS,
        );
        let unverified =
            |fields: &[&str]| crate::unverified::hint(cluster, fields, w.unverified_hint.as_str());
        let fact = |term: &str, values: Vec<Item>, fields: &[&str]| {
            (!values.is_empty()).then(|| Fact {
                term: term.to_owned(),
                values,
                unverified: unverified(fields),
            })
        };
        let text = |s: &str| Item::Text(s.to_owned());

        let former = if cluster.former_names.is_empty() {
            vec![]
        } else {
            vec![text(&cluster.former_names.join("; "))]
        };
        let label_2005: Vec<Item> = cluster
            .labels
            .label_2005_2007
            .map(|label| {
                text(match label {
                    Label2005::WorldClass => w.label_world_class.as_str(),
                    Label2005::WorldVocation => w.label_world_vocation.as_str(),
                    Label2005::National => w.label_national.as_str(),
                })
            })
            .into_iter()
            .collect();
        let successor: Vec<Item> = cluster
            .successor
            .as_ref()
            .and_then(|id| self.cluster(id))
            .map(|c| self.cluster_item(c, lang))
            .into_iter()
            .collect();
        let predecessors: Vec<Item> = self
            .dataset
            .clusters
            .iter()
            .filter(|c| c.successor.as_ref() == Some(&cluster.id))
            .map(|c| self.cluster_item(c, lang))
            .collect();
        let website: Vec<Item> = cluster
            .website
            .iter()
            .filter(|u| is_http_url(u))
            .map(|url| Item::External {
                text: url.clone(),
                url: url.clone(),
            })
            .collect();
        let member_count: Vec<Item> = cluster
            .member_count
            .as_ref()
            .map(|m| text(&t.member_count(m.value, m.year, m.qualifier)))
            .into_iter()
            .collect();
        let contact: Vec<Item> = cluster
            .contact
            .iter()
            .filter(|a| is_contact_address(a))
            .map(|address| Item::External {
                text: address
                    .strip_prefix("mailto:")
                    .unwrap_or(address)
                    .to_owned(),
                url: address.clone(),
            })
            .collect();
        let agency = cluster
            .regions
            .first()
            .and_then(|code| self.region(code))
            .and_then(|r| r.agency.as_ref());
        let agency_fact = agency.filter(|a| is_http_url(&a.url)).map(|a| Fact {
            term: w.agency.as_str().to_owned(),
            values: vec![Item::External {
                text: a.name.clone(),
                url: a.url.clone(),
            }],
            unverified: a
                .unverified
                .as_ref()
                .map(|note| format!("{} ({note})", w.unverified_hint.as_str())),
        });

        let facts: Vec<Fact> = [
            fact(w.formerly.as_str(), former, &["former_names"]),
            fact(
                w.brochure_2006.as_str(),
                cluster.brochure_2006_name.iter().map(|n| text(n)).collect(),
                &["brochure_2006_name"],
            ),
            fact(
                w.headquarters.as_str(),
                vec![text(&cluster.hq.city)],
                &["hq"],
            ),
            fact(
                w.regions.as_str(),
                cluster
                    .regions
                    .iter()
                    .map(|code| self.region_item(code, lang))
                    .collect(),
                &["regions"],
            ),
            fact(
                w.label_2005.as_str(),
                label_2005,
                &["labels.label_2005_2007"],
            ),
            fact(w.successor.as_str(), successor, &[]),
            fact(w.predecessors.as_str(), predecessors, &[]),
            fact(w.website.as_str(), website, &["website"]),
            fact(w.members.as_str(), member_count, &["member_count"]),
            fact(w.contact.as_str(), contact, &["contact"]),
            agency_fact,
        ]
        .into_iter()
        .flatten()
        .collect();

        let members = &cluster.members;
        let mut sections: Vec<Section> = [
            (&w.enterprises, &members.enterprises),
            (&w.research, &members.research),
            (&w.training, &members.training),
        ]
        .into_iter()
        .map(|(heading, names)| Section {
            heading: heading.as_str().to_owned(),
            entries: names
                .iter()
                .map(|n| Entry {
                    item: text(n),
                    note: None,
                })
                .collect(),
            empty: Some(w.no_names.as_str().to_owned()),
            members: true,
        })
        .collect();
        sections.extend(self.label_history(cluster, lang));
        let sources: Vec<Entry> = cluster
            .sources
            .iter()
            .filter_map(|id| self.dataset.sources.iter().find(|s| &s.id == id))
            .map(|source| {
                let title = match &source.date {
                    Some(date) => format!("{} ({date})", source.title),
                    None => source.title.clone(),
                };
                let item = match source.url.as_deref().filter(|u| is_http_url(u)) {
                    Some(url) => Item::External {
                        text: title,
                        url: url.to_owned(),
                    },
                    None => Item::Text(title),
                };
                Entry { item, note: None }
            })
            .collect();
        if !sources.is_empty() {
            sections.push(Section {
                heading: w.sources.as_str().to_owned(),
                entries: sources,
                empty: None,
                members: false,
            });
        }

        let mut trail = vec![self.atlas_item(lang)];
        if let Some(code) = cluster.regions.first() {
            trail.push(self.region_item(code, lang));
        }
        trail.push(Item::Text(cluster.name.clone()));

        let mut org = json!({
            "@type": "Organization",
            "name": cluster.name,
        });
        let alternate_names: Vec<&String> = cluster
            .short_name
            .iter()
            .chain(&cluster.former_names)
            .collect();
        if !alternate_names.is_empty() {
            org["alternateName"] = json!(alternate_names);
        }
        if let Some(intro) = &intro {
            org["description"] = json!(intro.text);
        }
        if let Some(url) = cluster.website.as_deref().filter(|u| is_http_url(u)) {
            org["url"] = json!(url);
        }
        let mut address = json!({
            "@type": "PostalAddress",
            "addressLocality": cluster.hq.city,
            "addressCountry": "FR",
        });
        if let Some(code) = cluster.regions.first() {
            address["addressRegion"] = json!(self.region_name(code, lang));
        }
        org["address"] = address;
        if !cluster.regions.is_empty() {
            org["areaServed"] = cluster
                .regions
                .iter()
                .map(|code| {
                    json!({"@type": "AdministrativeArea", "name": self.region_name(code, lang)})
                })
                .collect();
        }
        let topics: Vec<String> = cluster
            .sectors
            .iter()
            .filter_map(|id| self.sector_label(id, lang))
            .collect();
        if !topics.is_empty() {
            org["knowsAbout"] = json!(topics);
        }
        let member_names: Vec<Value> = members
            .all()
            .map(|name| json!({"@type": "Organization", "name": name}))
            .collect();
        if !member_names.is_empty() {
            org["member"] = Value::Array(member_names);
        }

        Page {
            state: page_state(&subject, lang, historical),
            subject,
            lang,
            alternates: Self::alternates(|l| cluster_path(&cluster.id, l)),
            title: format!("{share_title} | {SITE_NAME}"),
            json_ld: self.web_page(&path, &share_title, lang, org),
            share_title,
            description,
            lastmod: cluster
                .checked
                .clone()
                .unwrap_or_else(|| self.dataset.updated.clone()),
            content: Content {
                trail,
                heading: cluster.name.clone(),
                subheading: cluster.short_name.clone(),
                status: self.sentence_items(
                    (t.sentences())
                        .standing(cluster, self.today, self.updated(), &|id| self.cluster(id)),
                    lang,
                ),
                tags: cluster
                    .sectors
                    .iter()
                    .filter_map(|id| {
                        Some(Tag {
                            sector: id.to_string(),
                            label: self.sector_label(id, lang)?,
                        })
                    })
                    .collect(),
                intro: intro.clone(),
                facts,
                sections,
                checked: cluster.checked.as_deref().map(|date| t.facts_checked(date)),
                related: cluster
                    .regions
                    .first()
                    .and_then(|code| self.other_clusters(code, &cluster.id, lang)),
            },
            path,
        }
    }
}
