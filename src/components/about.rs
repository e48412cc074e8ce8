//! The About panel, for a foreign investor: what a cluster is, what makes one succeed, what a
//! firm gains, a short history and the official channels to locate in France. Prose comes
//! from `i18n`; facts (history, counts, channels, agencies, data date) from the dataset.

use std::sync::Arc;

use leptos::prelude::*;
use poles_model::dataset::is_http_url;
use poles_model::tally::Tally;
use poles_model::Channel;

use crate::i18n::Texts;
use crate::state::{Atlas, View};

/// A button (or, in embed mode, a small link-styled button) that opens the About dialog.
#[component]
pub fn AboutButton() -> impl IntoView {
    let view = expect_context::<View>();
    let about = expect_context::<AboutDialog>();
    view! {
        <button type="button" class="tool" aria-haspopup="dialog" on:click=move |_| about.open(view)>
            {move || view.texts().about()}
        </button>
    }
}

/// Handle to the About dialog element, provided by [`AboutPanel`].
#[derive(Clone, Copy)]
pub struct AboutDialog(NodeRef<leptos::html::Dialog>);

impl AboutDialog {
    pub fn new() -> Self {
        AboutDialog(NodeRef::new())
    }

    fn open(self, view: View) {
        if let Some(dialog) = self.0.get() {
            view.dialogs.about.set(dialog.show_modal().is_ok());
        }
    }

    fn close(self) {
        if let Some(dialog) = self.0.get() {
            dialog.close();
        }
    }
}

/// A channel as a link when its address is `http(s)`, with its "unverified" mark.
fn channel_view(channel: &Channel, t: Texts) -> impl IntoView {
    let name = channel.name.clone();
    let link = if is_http_url(&channel.url) {
        view! { <a href=channel.url.clone() target="_blank" rel="noopener noreferrer">{name}</a> }
            .into_any()
    } else {
        name.into_any()
    };
    let description = channel.description.as_ref().map(|d| {
        let d = t.data(d);
        view! { " — "<span lang=d.lang()>{d.text.to_owned()}</span> }
    });
    let mark = channel
        .unverified
        .clone()
        .map(|note| view! { <span class="unverified" title=note>{t.unverified()}</span> });
    view! { <li>{link}{description}" "{mark}</li> }
}

/// The dialog itself (its frame rendered once the dataset is loaded, its body once opened).
#[component]
pub fn AboutPanel(atlas: Arc<Atlas>) -> impl IntoView {
    let view = expect_context::<View>();
    let dialog = expect_context::<AboutDialog>();
    let body = move || {
        let t = view.texts();
        let dataset = &atlas.dataset;
        // Where each cluster stands on the visitor's day, not its `status`: from 1 January 2027
        // every label of phase V has passed its term, and the data may not say what followed.
        let tally = Tally::on(atlas.index.today(), &dataset.clusters);
        let updated = atlas.index.updated();
        let past_term = (tally.unconfirmed > 0).then(
            || view! { <p>{t.sentences().unconfirmed_notice(tally.unconfirmed, updated)}</p> },
        );
        let milestones = dataset
            .milestones
            .iter()
            .map(|m| {
                let text = t.data(&m.text);
                view! { <li><strong>{t.dates().partial(m.date)}</strong>" — "<span lang=text.lang()>{text.text.to_owned()}</span></li> }
            })
            .collect_view();
        let channels = dataset
            .channels
            .iter()
            .map(|c| channel_view(c, t))
            .collect_view();
        let agencies = dataset
            .regions
            .iter()
            .filter_map(|r| Some((r, r.agency.as_ref()?)))
            .map(|(region, agency)| view! { <li><span class="agency-region">{t.region_name(region).to_owned()}" : "</span>{channel_view(agency, t)}</li> })
            .collect_view();
        view! {
            <p>{t.about_what()}</p>
            <div class="about-columns">
                <section>
                    <h3>{t.about_needs_heading()}</h3>
                    <ul>{t.about_needs().iter().map(|n| view! { <li>{*n}</li> }).collect_view()}</ul>
                </section>
                <section>
                    <h3>{t.about_gains_heading()}</h3>
                    <ul>{t.about_gains().iter().map(|g| view! { <li>{*g}</li> }).collect_view()}</ul>
                </section>
            </div>
            <section>
                <h3>{t.about_history_heading()}</h3>
                <ul class="milestones">{milestones}</ul>
                <p>{t.about_today(tally.labelled, tally.ended)}</p>
                {past_term}
            </section>
            <section>
                <h3>{t.locate_heading()}</h3>
                <p>{t.locate_intro()}</p>
                <ul class="channels">{channels}</ul>
                <details>
                    <summary>{t.regional_agencies()}</summary>
                    <ul class="channels">{agencies}</ul>
                </details>
            </section>
            <section>
                <h3>{t.about_data_heading()}</h3>
                <p>{super::footer::data_updated(t, dataset)}</p>
                <p>{t.about_sources(dataset.sources.len())}</p>
                {super::footer::licence(t, dataset)}
            </section>
        }
    };
    view! {
        <dialog class="about-dialog" node_ref=dialog.0 aria-labelledby="about-title" on:close=move |_| view.dialogs.about.set(false)>
            <div class="dialog-head">
                <h2 id="about-title">{move || view.texts().about_heading()}</h2>
                <button type="button" class="card-close" aria-label=move || view.texts().close() on:click=move |_| dialog.close()>
                    "×"
                </button>
            </div>
            // Written when it opens, not at load: no work for a page that never opens it.
            {move || view.dialogs.about.get().then(body.clone())}
        </dialog>
    }
}
