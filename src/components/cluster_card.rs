//! The detail card of the open cluster: every field of the record, a discreet mark on the
//! fields the dataset lists as unverified, links only for `http(s)` addresses. Close button
//! and Escape close it and return focus where it was.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::dataset::{is_contact_address, is_http_url, Label2005};
use poles_model::timeline::text::{Lookup, Part, Sentence};
use poles_model::timeline::Day;
use poles_model::{Cluster, Localized};
use wasm_bindgen::JsCast;

use super::print_brief::print_button;
use super::Swatch;
use crate::history::Entry;
use crate::i18n::Texts;
use crate::state::{Atlas, View};

#[component]
pub fn ClusterCard(atlas: Arc<Atlas>, day: Memo<Day>) -> impl IntoView {
    let view = expect_context::<View>();
    let position = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            view.state
                .with(|s| s.cluster.as_ref().and_then(|id| atlas.index.position(id)))
        })
    };
    let close = move || view.navigate(Entry::Push, |s| s.cluster = None);

    // Focus: into the card when it opens, back where it was when it closes.
    let title = NodeRef::<leptos::html::H2>::new();
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |was_open: Option<bool>| {
        let open = position.get().is_some();
        if open && was_open != Some(true) {
            opener.set_value(document().active_element().and_then(|e| e.dyn_into().ok()));
        }
        if open {
            crate::defer::next_frame(move || {
                if let Some(title) = title.get_untracked() {
                    let _ = title.focus();
                    crate::embed::reveal_in_host(&title);
                }
            });
        } else if was_open == Some(true) {
            if let Some(element) = opener.get_value().filter(|e| e.is_connected()) {
                let _ = element.focus();
            }
        }
        open
    });
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        // A modal dialog (About, Embed) handles its own Escape.
        let dialog_open = view.dialogs.any_open();
        if event.key() == "Escape" && position.get_untracked().is_some() && !dialog_open {
            close();
        }
    });
    on_cleanup(move || escape.remove());

    move || {
        let position = position.get()?;
        let t = view.texts();
        let day = day.get();
        Some(view! {
            <aside class="card" role="region" aria-labelledby="card-title">
                <button type="button" class="card-close" aria-label=view.texts().close() on:click=move |_| close()>
                    "×"
                </button>
                {card_body(&atlas, position, (t, day), view, title)}
            </aside>
        })
    }
}

/// A "unverified" mark when the cluster lists any of `fields` (or a part of one) as
/// unverified, with the notes the dataset gives for them.
fn unverified_mark(cluster: &Cluster, fields: &[&str], t: Texts) -> Option<impl IntoView> {
    let hint = poles_model::unverified::hint(cluster, fields, t.unverified_hint())?;
    Some(view! { <span class="unverified" title=hint>{t.unverified()}</span> })
}

/// A definition-list row, left out when `value` is `None`.
fn row(term: &'static str, value: Option<AnyView>, mark: Option<AnyView>) -> Option<impl IntoView> {
    let value = value?;
    Some(view! {
        <div class="card-row">
            <dt>{term} {mark}</dt>
            <dd>{value}</dd>
        </div>
    })
}

/// A sentence of the timeline, the clusters it names as buttons that open their card.
pub fn sentence_view(sentence: Sentence, view: View) -> impl IntoView {
    (sentence.into_iter())
        .map(|part| match part {
            Part::Text(text) => text.into_any(),
            Part::Cluster(id, name) => view! {
                <button type="button" class="link-button" on:click=move |_| {
                    let id = id.clone();
                    view.navigate(Entry::Push, |s| s.cluster = Some(id));
                }>{name}</button>
            }
            .into_any(),
        })
        .collect_view()
}

/// The periods and events of the cluster, in order of date (an event before the period it
/// opens).
fn label_history(atlas: &Atlas, cluster: &Cluster, t: Texts, view: View) -> Option<AnyView> {
    let sentences = t.sentences();
    let lookup: Lookup = &|id| atlas.index.position(id).map(|p| atlas.cluster(p));
    let mut lines: Vec<((Day, bool), AnyView)> = (cluster.labels.periods.iter())
        .map(|p| {
            let line = sentences.period(p).into_any();
            ((p.from.first_day(), true), line)
        })
        .chain(cluster.events.iter().map(|e| {
            let line = sentence_view(sentences.event(e, lookup), view).into_any();
            ((e.date.first_day(), false), line)
        }))
        .collect();
    if lines.is_empty() {
        return None;
    }
    lines.sort_unstable_by_key(|(day, _)| *day);
    let items = lines
        .into_iter()
        .map(|(_, line)| view! { <li>{line}</li> })
        .collect_view();
    Some(view! { <ul class="card-history">{items}</ul> }.into_any())
}

/// The description, in English with its mark (“(in English)” in the reader's language) where
/// the dataset has none in the reader's.
fn description(t: Texts, text: &Localized) -> impl IntoView {
    let text = t.data(text);
    let mark = text
        .english
        .then(|| view! { " "<span class="in-english">{t.in_english()}</span> });
    view! { <p class="card-description"><span lang=text.lang()>{text.text.to_owned()}</span>{mark}</p> }
}

fn card_body(
    atlas: &Arc<Atlas>,
    position: usize,
    (t, day): (Texts, Day),
    view: View,
    title: NodeRef<leptos::html::H2>,
) -> impl IntoView {
    let cluster = atlas.cluster(position);
    let lookup: Lookup = &|id| atlas.index.position(id).map(|p| atlas.cluster(p));
    let standing = (t.sentences()).standing(cluster, day, atlas.index.updated(), lookup);
    let name = cluster.name_on(day);
    let name_today = (name != cluster.name).then(|| cluster.name.clone().into_any());
    let open_cluster =
        move |id: poles_model::ClusterId| view.navigate(Entry::Push, |s| s.cluster = Some(id));
    let cluster_link = |p: usize| {
        let other = atlas.cluster(p);
        let id = other.id.clone();
        view! { <button type="button" class="link-button" on:click=move |_| open_cluster(id.clone())>{other.name.clone()}</button> }
    };
    let mark = |fields: &[&str]| unverified_mark(cluster, fields, t).map(IntoAny::into_any);

    let sectors = cluster
        .sectors
        .iter()
        .filter_map(|id| atlas.sector(id))
        .map(|s| view! { <li class="tag-sector"><Swatch colour=s.color.clone()/>{t.sector_label(s).to_owned()}</li> })
        .collect_view();
    let regions = cluster
        .regions
        .iter()
        .map(|code| {
            atlas
                .region(code)
                .map_or_else(|| code.to_string(), |r| t.region_name(r).to_owned())
        })
        .collect::<Vec<_>>()
        .join(t.list_separator());
    let former =
        (!cluster.former_names.is_empty()).then(|| cluster.former_names.join("; ").into_any());
    let brochure = cluster.brochure_2006_name.clone().map(IntoAny::into_any);
    let label_2005 = cluster.labels.label_2005_2007.map(|label| {
        match label {
            Label2005::WorldClass => t.label_world_class(),
            Label2005::WorldVocation => t.label_world_vocation(),
            Label2005::National => t.label_national(),
        }
        .into_any()
    });
    let member_count = cluster.member_count.as_ref().map(|m| {
        t.member_count(m.value as usize, m.year, m.qualifier)
            .into_any()
    });
    let successor = cluster
        .successor
        .as_ref()
        .and_then(|id| atlas.index.position(id))
        .map(|p| cluster_link(p).into_any());
    let predecessors = atlas.predecessors(position);
    let predecessors = (!predecessors.is_empty()).then(|| {
        view! { <ul class="inline-list">{predecessors.into_iter().map(|p| view! { <li>{cluster_link(p)}</li> }).collect_view()}</ul> }.into_any()
    });
    let website = cluster.website.as_deref().filter(|u| is_http_url(u)).map(|url| {
        view! { <a href=url.to_owned() target="_blank" rel="noopener noreferrer">{url.to_owned()}</a> }.into_any()
    });
    let contact = cluster
        .contact
        .as_deref()
        .filter(|a| is_contact_address(a))
        .map(|address| {
            let shown = address
                .strip_prefix("mailto:")
                .unwrap_or(address)
                .to_owned();
            view! { <a href=address.to_owned() rel="noopener noreferrer">{shown}</a> }.into_any()
        });
    let agency = cluster
        .regions
        .first()
        .and_then(|code| atlas.region(code))
        .and_then(|r| r.agency.clone());
    let agency_mark = agency
        .as_ref()
        .and_then(|a| a.unverified.clone())
        .map(|note| {
            view! { <span class="unverified" title=note>{t.unverified()}</span> }.into_any()
        });
    let agency = agency.filter(|a| is_http_url(&a.url)).map(|a| {
        view! { <a href=a.url target="_blank" rel="noopener noreferrer">{a.name}</a> }.into_any()
    });
    let sources = cluster
        .sources
        .iter()
        .filter_map(|id| atlas.source(id))
        .map(|source| {
            let title = match &source.date {
                Some(date) => format!("{} ({date})", source.title),
                None => source.title.clone(),
            };
            match source.url.as_deref().filter(|u| is_http_url(u)) {
                Some(url) => view! { <li><a href=url.to_owned() target="_blank" rel="noopener noreferrer">{title}</a></li> }.into_any(),
                None => view! { <li>{title}</li> }.into_any(),
            }
        })
        .collect_view();
    let members = [
        (t.enterprises(), &cluster.members.enterprises, "enterprises"),
        (t.research(), &cluster.members.research, "research"),
        (t.training(), &cluster.members.training, "training"),
    ]
    .into_iter()
    .map(|(label, names, kind)| {
        let names = if names.is_empty() {
            view! { <p class="none">{t.no_names()}</p> }.into_any()
        } else {
            view! { <ul>{names.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul> }
                .into_any()
        };
        view! {
            <div class={format!("triad-kind triad-{kind}")}>
                <h3><span class="triad-icon" aria-hidden="true"></span>{label}</h3>
                {names}
            </div>
        }
    })
    .collect_view();

    view! {
        <h2 id="card-title" tabindex="-1" node_ref=title>{name.to_owned()}</h2>
        {cluster.short_name.clone().map(|s| view! { <p class="card-short">{s}</p> })}
        {mark(&["name", "short_name"]).map(|m| view! { <p class="card-name-flag">{m}</p> })}
        <p class="card-status">{sentence_view(standing, view)}</p>
        <ul class="card-sectors" role="list" aria-label=t.sectors()>{sectors}</ul>
        {description(t, &cluster.description)}
        <dl class="card-fields">
            {row(t.name_today(), name_today, None)}
            {row(t.formerly(), former, mark(&["former_names"]))}
            {row(t.brochure_2006(), brochure, mark(&["brochure_2006_name"]))}
            {row(t.headquarters(), Some(cluster.hq.city.clone().into_any()), mark(&["hq"]))}
            {row(t.regions(), Some(regions.into_any()), mark(&["regions"]))}
            {row(t.label_2005(), label_2005, mark(&["labels.label_2005_2007"]))}
            {row(t.label_history(), label_history(atlas, cluster, t, view), mark(&["labels.periods", "events"]))}
            {row(t.successor(), successor, None)}
            {row(t.predecessors(), predecessors, None)}
            {row(t.website(), website, mark(&["website"]))}
            {row(t.members(), member_count, mark(&["member_count"]))}
            {row(t.contact(), contact, mark(&["contact"]))}
            {row(t.agency(), agency, agency_mark)}
        </dl>
        <section class="triad" aria-label=t.members()>{members}</section>
        <details class="card-sources">
            <summary>{t.sources()}</summary>
            <ul>{sources}</ul>
        </details>
        {cluster.checked.as_deref().map(|date| view! { <p class="card-checked">{t.facts_checked(&t.dates().iso_month(date))}</p> })}
        <p class="card-print">{print_button(t.map_image_print())}</p>
    }
}
