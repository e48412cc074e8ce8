//! The page header: title, tagline and the language switch.

use leptos::prelude::*;
use poles_model::Lang;

use super::{AboutButton, MatrixToggle, ShareTools};
use crate::history::{address_with, Entry};
use crate::state::View;

#[component]
pub fn AppHeader() -> impl IntoView {
    let view = expect_context::<View>();
    let switch = Lang::ALL
        .into_iter()
        .map(|lang| {
            let name = match lang {
                Lang::En => "English",
                Lang::Fr => "Français",
            };
            view! {
                <button
                    type="button"
                    class="lang"
                    lang=lang.code()
                    aria-pressed=move || (view.lang.get() == lang).to_string()
                    title=name
                    on:click=move |_| view.navigate(Entry::Push, |s| s.lang = Some(lang))
                >
                    {lang.code().to_ascii_uppercase()}
                    <span class="visually-hidden">" – "{name}</span>
                </button>
            }
        })
        .collect_view();
    let embedded = view.state.with_untracked(|s| s.embed);
    // In an iframe: a slim bar with a link to the full map instead of the page header.
    let full_map = move || {
        let mut state = view.state.get();
        state.embed = false;
        address_with(&state.to_query())
    };
    view! {
        <header class="app-header" class:embed-bar=embedded>
            <h1 class="app-title">"Pôles"</h1>
            {(!embedded).then(|| view! { <p class="app-tagline">{move || view.texts().tagline}</p> })}
            <div class="header-tools">
                {if embedded {
                    view! {
                        <a class="tool" href=full_map target="_blank" rel="noopener">
                            {move || view.texts().open_full_map}
                        </a>
                    }
                        .into_any()
                } else {
                    view! { <ShareTools/> }.into_any()
                }}
                <MatrixToggle/>
                <AboutButton/>
                <div class="lang-switch" role="group" aria-label=move || view.texts().language_switch>{switch}</div>
            </div>
        </header>
    }
}
