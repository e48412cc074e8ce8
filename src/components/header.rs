//! The page header: title, tagline, the tools and the language menu.

use leptos::prelude::*;
use poles_model::catalogue::Language;

use super::{AboutButton, MatrixToggle, ShareTools};
use crate::history::{address_with, Entry};
use crate::i18n::NAMES;
use crate::state::View;

#[component]
pub fn AppHeader() -> impl IntoView {
    let view = expect_context::<View>();
    // Each language named in itself (and marked as in itself), in a native select: keyboard
    // operable, labelled, and as narrow as its longest name whatever the number of languages.
    let options = (Language::ALL.into_iter().zip(NAMES))
        .map(|(lang, name)| {
            view! {
                <option value=lang.code() lang=lang.code() selected=move || view.lang.get() == lang>
                    {name}
                </option>
            }
        })
        .collect_view();
    let switch = view! {
        <span class="lang-code" aria-hidden="true">{move || format!("{} ▾", view.lang.get().code().to_ascii_uppercase())}</span>
        <select
            class="lang-select"
            aria-label=move || view.texts().language_switch()
            prop:value=move || view.lang.get().code()
            on:change=move |event| {
                if let Some(lang) = Language::from_code(&event_target_value(&event)) {
                    view.navigate(Entry::Push, |s| s.lang = Some(lang));
                }
            }
        >
            {options}
        </select>
    };
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
            {(!embedded).then(|| view! { <p class="app-tagline">{move || view.texts().tagline()}</p> })}
            <div class="header-tools">
                {if embedded {
                    view! {
                        <a class="tool" href=full_map target="_blank" rel="noopener">
                            {move || view.texts().open_full_map()}
                        </a>
                    }
                        .into_any()
                } else {
                    view! { <ShareTools/> }.into_any()
                }}
                <MatrixToggle/>
                <AboutButton/>
                <div class="lang-switch">{switch}</div>
            </div>
        </header>
    }
}
