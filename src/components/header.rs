//! The page header: title, tagline and the language switch.

use leptos::prelude::*;
use poles_model::Lang;

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
                    aria-label=name
                    on:click=move |_| view.update(|s| s.lang = Some(lang))
                >
                    {lang.code().to_uppercase()}
                </button>
            }
        })
        .collect_view();
    view! {
        <header class="app-header">
            <h1 class="app-title">"Pôles"</h1>
            <p class="app-tagline">{move || view.texts().tagline}</p>
            <div class="header-tools">
                <div class="lang-switch" role="group" aria-label=move || view.texts().language_switch>{switch}</div>
            </div>
        </header>
    }
}
