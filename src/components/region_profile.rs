//! The profile of the selected region (by a click on the map, the region select or `region=`
//! in the URL), at the top of the side panel: its current clusters by sector as a bar list
//! (each bar a button filtering by its sector), key figures (clusters and head offices, stated
//! member counts, world-class and world-vocation labels of 2005–2007, clusters headquartered
//! elsewhere), the region's investment agency, and the way to the regions × sectors table.
//! Everything comes from the dataset ([`poles_model::regions::RegionProfile`]), as text.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::dataset::is_http_url;
use poles_model::regions::{RegionProfile as Profile, Regions};
use poles_model::{Day, SectorId};

use super::focus_return::{focus_on_return, open_matrix, ReturnTo};
use super::Swatch;
use crate::history::Entry;
use crate::state::{Atlas, View};

#[component]
pub fn RegionProfile(
    atlas: Arc<Atlas>,
    regions: Arc<Regions>,
    current: Memo<Vec<usize>>,
    day: Memo<Day>,
) -> impl IntoView {
    let view = expect_context::<View>();
    let heading = NodeRef::<leptos::html::H2>::new();
    focus_on_return(ReturnTo::Profile, heading);
    let profile = {
        let (atlas, regions) = (atlas.clone(), regions.clone());
        Memo::new(move |_| {
            view.state
                .with(|s| s.filters.region.clone())
                .and_then(|code| current.with(|c| regions.profile(&atlas.dataset, &code, c)))
        })
    };
    // The counts by year of every region, computed the first time a region is shown.
    let years = StoredValue::new(None::<Arc<Vec<(u16, Vec<usize>)>>>);
    let years_of = {
        let (atlas, regions) = (atlas.clone(), regions.clone());
        move |region: usize| {
            let all = years.get_value().unwrap_or_else(|| {
                let all = Arc::new(regions.by_year(&atlas.index, atlas.index.today()));
                years.set_value(Some(all.clone()));
                all
            });
            all.iter()
                .map(|(year, counts)| (*year, counts[region]))
                .collect::<Vec<_>>()
        }
    };
    // The bars are static (a reactive attribute in each, rebuilt with every region, kept the
    // wasm memory growing by region change: issue 20's long fuzz runs); this one effect, living
    // as long as the profile, marks the pressed one.
    let bar_list = NodeRef::<leptos::html::Ul>::new();
    Effect::new(move |_| {
        let only = view.state.with(|s| match s.filters.sectors.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        });
        let Some(list) = bar_list.get() else { return };
        let buttons = list.get_elements_by_tag_name("button");
        for button in (0..buttons.length()).filter_map(|i| buttons.item(i)) {
            let sector = button.get_attribute("data-sector").map(SectorId::new);
            let pressed = only.is_some() && sector == only;
            let _ = button.set_attribute("aria-pressed", &pressed.to_string());
        }
    });
    move || {
        let profile = profile.get()?;
        let t = view.texts();
        let region = atlas.dataset.regions[profile.region].clone();
        let empty = profile.clusters.is_empty();
        let agency = region
            .agency
            .clone()
            .filter(|a| is_http_url(&a.url))
            .map(|a| {
                let mark = a.unverified.clone().map(
                    |note| view! { <span class="unverified" title=note>{t.unverified()}</span> },
                );
                view! {
                    <p class="profile-agency">
                        <span class="profile-term">{t.agency()}" "</span>
                        <a href=a.url target="_blank" rel="noopener noreferrer">{a.name}</a>
                        {mark}
                    </p>
                }
            });
        Some(view! {
            <section class="region-summary region-profile" aria-labelledby="region-summary-title">
                <div class="summary-head">
                    <h2 id="region-summary-title" tabindex="-1" node_ref=heading>{t.region_name(&region).to_owned()}</h2>
                    <button type="button" class="link-button" on:click=move |_| view.navigate(Entry::Push, |s| s.filters.region = None)>
                        {t.all_of_france()}
                    </button>
                </div>
                <p class="summary-total">{t.profile_clusters(profile.clusters.len())}</p>
                {if empty {
                    view! { <p class="profile-empty">{t.profile_empty()}</p> }.into_any()
                } else {
                    view! {
                        <SectorBars atlas=atlas.clone() profile=profile.clone() list=bar_list/>
                        <KeyFigures atlas=atlas.clone() profile=profile.clone()/>
                    }
                        .into_any()
                }}
                <YearsChart by_year=years_of(profile.region) year=day.get().year()/>
                {agency}
                <button type="button" class="link-button profile-compare" on:click=move |_| open_matrix(view)>
                    {t.profile_compare()}
                </button>
            </section>
        })
    }
}

/// How many clusters covered the region at the end of each year since 2005 (today for this
/// year): a bar per year, the year shown marked; the numbers are written for screen readers
/// (the bars are decorative) and in the bars' tooltips.
#[component]
fn YearsChart(by_year: Vec<(u16, usize)>, year: u16) -> impl IntoView {
    let view = expect_context::<View>();
    // Read once: the profile is rebuilt when the language changes (see `RegionProfile`).
    let t = view.texts_untracked();
    let most = by_year.iter().map(|&(_, n)| n).max().unwrap_or(0).max(1);
    let width = 10 * by_year.len();
    let bars = (by_year.iter().enumerate())
        .map(|(i, &(y, n))| {
            let height = n * 40 / most;
            view! {
                <rect
                    class="year-bar"
                    class:shown=y == year
                    x=(i * 10 + 1).to_string()
                    y=(40 - height).to_string()
                    width="8"
                    height=height.to_string()
                >
                    <title>{format!("{y}: {}", t.count(n))}</title>
                </rect>
            }
        })
        .collect_view();
    let (first, last) = (by_year.first().map(|p| p.0), by_year.last().map(|p| p.0));
    let alternative = (by_year.iter())
        .map(|&(y, n)| format!("{y}: {}{}", t.count(n), t.chip_count_unit(n)))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <h3 class="profile-subhead">{t.profile_by_year()}</h3>
        <figure class="years-chart">
            <svg viewBox=format!("0 0 {width} 40") preserveAspectRatio="none" aria-hidden="true" focusable="false">
                {bars}
            </svg>
            <figcaption class="years-axis" aria-hidden="true">
                <span>{first}</span>
                <span>{t.profile_by_year_most(most)}</span>
                <span>{last}</span>
            </figcaption>
            <p class="visually-hidden">{alternative}</p>
        </figure>
    }
}

/// The region's clusters by sector, most first: one button per sector with clusters, its bar
/// (decorative: the number is written) and its count; pressing it shows that sector's clusters
/// (pressing it again shows every sector); `list` is the list's reference, for the effect of
/// [`RegionProfile`] that marks the pressed bar.
#[component]
fn SectorBars(
    atlas: Arc<Atlas>,
    profile: Profile,
    list: NodeRef<leptos::html::Ul>,
) -> impl IntoView {
    let view = expect_context::<View>();
    // Read once: the profile is rebuilt when the language changes (see `RegionProfile`).
    let t = view.texts_untracked();
    let mut bars: Vec<(usize, usize)> = profile
        .by_sector
        .iter()
        .copied()
        .enumerate()
        .filter(|&(_, n)| n > 0)
        .collect();
    bars.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let most = bars.first().map_or(1, |&(_, n)| n.max(1));
    let items = bars
        .into_iter()
        .map(|(s, n)| {
            let sector = &atlas.dataset.sectors[s];
            let id = sector.id.clone();
            let toggle = move |_| {
                let id = id.clone();
                view.navigate(Entry::Push, |st| {
                    st.filters.sectors = if st.filters.sectors == std::slice::from_ref(&id) {
                        Vec::new()
                    } else {
                        vec![id]
                    };
                });
            };
            // At least a sliver, so that every bar shows.
            let width = (n * 100 / most).max(2).to_string();
            view! {
                <li>
                    <button
                        type="button"
                        class="profile-bar"
                        data-sector=sector.id.to_string()
                        title=t.sector_label(sector).to_owned()
                        aria-pressed="false"
                        on:click=toggle
                    >
                        <span class="bar-label"><Swatch colour=sector.color.clone()/>{t.sector_short(sector).to_owned()}</span>
                        <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                            <rect class="bar-fill" x="0" y="0" width=width height="10"></rect>
                        </svg>
                        <span class="bar-count">{t.count(n)}</span>
                        <span class="visually-hidden">{t.chip_count_unit(n)}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3 class="profile-subhead">{t.profile_by_sector()}</h3>
        <p class="profile-note">{t.profile_by_sector_note()}</p>
        <ul class="profile-bars" role="list" node_ref=list>{items}</ul>
    }
}

/// Clusters, member counts, 2005–2007 labels and clusters headquartered elsewhere.
#[component]
fn KeyFigures(atlas: Arc<Atlas>, profile: Profile) -> impl IntoView {
    let view = expect_context::<View>();
    let t = view.texts_untracked();
    let n = profile.clusters.len();
    let names = |positions: &[usize], with_hq_region: bool| {
        if positions.is_empty() {
            return view! { <span class="none">{t.none()}</span> }.into_any();
        }
        let items = positions
            .iter()
            .map(|&p| {
                let cluster = atlas.cluster(p);
                let id = cluster.id.clone();
                let open = move |_| {
                    let id = id.clone();
                    view.navigate(Entry::Push, |s| s.cluster = Some(id));
                };
                let hq_region = with_hq_region
                    .then(|| cluster.regions.first().and_then(|code| atlas.region(code)))
                    .flatten()
                    .map(|r| view! { <span class="profile-hq">" ("{t.region_name(r).to_owned()}")"</span> });
                view! {
                    <li data-id=cluster.id.to_string()>
                        <button type="button" class="link-button" on:click=open>{cluster.name.clone()}</button>
                        {hq_region}
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="profile-names" role="list">{items}</ul> }.into_any()
    };
    let members = &profile.members;
    view! {
        <h3 class="profile-subhead">{t.profile_figures()}</h3>
        <dl class="profile-figures">
            <div class="figure" data-figure="current">
                <dt>{t.profile_current()}</dt>
                <dd>{t.profile_current_value(n, n - profile.hq_elsewhere.len())}</dd>
            </div>
            <div class="figure" data-figure="members">
                <dt>{t.profile_members()}</dt>
                <dd>
                    {t.profile_members_value(members, n)}
                    {(members.stating > 0).then(|| view! { <span class="profile-note">{t.profile_members_note()}</span> })}
                </dd>
            </div>
            <div class="figure" data-figure="world-class">
                <dt>{t.profile_world_class()}</dt>
                <dd>{names(&profile.world_class, false)}</dd>
            </div>
            <div class="figure" data-figure="world-vocation">
                <dt>{t.profile_world_vocation()}</dt>
                <dd>{names(&profile.world_vocation, false)}</dd>
            </div>
            <div class="figure" data-figure="hq-elsewhere">
                <dt>{t.profile_hq_elsewhere()}</dt>
                <dd>{names(&profile.hq_elsewhere, true)}</dd>
            </div>
        </dl>
    }
}
