//! Sharing the current view: "Copy link" (the view's static page when it has one), and the
//! "Embed" dialog that generates the iframe snippet (and the script tag of `embed.js`) for the
//! current view, with a copy button.

use leptos::prelude::*;
use poles_model::catalogue::Language;
use poles_model::embed::{element_snippet, snippet};
use poles_model::site::page_path;
use poles_model::{Dataset, ViewState};

use crate::history::address_with;
use crate::i18n::Texts;
use crate::state::{LoadedAtlas, View};

// The two continuations below may end after their view is gone (the clipboard answers
// later): they only write a signal, and writing a disposed signal does nothing (`set` is
// `try_update`), so they need no owner (src/defer.rs).

/// Copies `text` to the clipboard; `done` is set to true once it is there.
fn copy(text: String, done: RwSignal<bool>) {
    leptos::task::spawn_local(async move { done.set(write_to_clipboard(&text).await) });
}

/// Copies the view's `address`; `copied` holds it once it is on the clipboard.
fn copy_link(address: String, copied: RwSignal<Option<String>>) {
    leptos::task::spawn_local(async move {
        if write_to_clipboard(&address).await {
            copied.set(Some(address));
        }
    });
}

/// Writes `text` to the clipboard; whether it is there.
async fn write_to_clipboard(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await;
    if written.is_err() {
        web_sys::console::warn_1(&"Pôles: the clipboard refused the text".into());
    }
    written.is_ok()
}

/// The address of the app without query (the iframe's and embed.js's base).
fn app_address() -> String {
    address_with("")
        .split('#')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// The address "Copy link" gives for `state`: the page of the view when it has one (and the
/// atlas is the shipped one, `dataset` once loaded), else the atlas root with the view's query.
pub(crate) fn link_address(state: &ViewState, lang: Language, dataset: Option<&Dataset>) -> String {
    let page = dataset.and_then(|dataset| page_path(state, lang, dataset));
    // The atlas root: the directory of the document's base (pinned to the root on a page).
    let root = document().base_uri().ok().flatten().map(|base| {
        let base = base.split(['?', '#']).next().unwrap_or_default();
        base[..base.rfind('/').map_or(0, |slash| slash + 1)].to_owned()
    });
    match (page, root) {
        (Some(path), Some(root)) => format!("{root}{path}"),
        _ => address_with(&state.to_query()),
    }
}

#[component]
pub fn ShareTools() -> impl IntoView {
    let view = expect_context::<View>();
    let loaded = expect_context::<LoadedAtlas>().0;
    // The address last copied: the button says "Link copied" while the view is still that one.
    let copied_address = RwSignal::new(None::<String>);
    let address = move || {
        let atlas = loaded.get();
        let lang = view.lang.get_untracked();
        view.state
            .with(|s| link_address(s, lang, atlas.as_ref().map(|a| &a.dataset)))
    };
    let link_copied =
        Memo::new(move |_| copied_address.with(|c| c.as_deref() == Some(address().as_str())));
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let snippet_copied = RwSignal::new(false);
    // The code offered: `<poles-atlas>` (events, commands) or the plain iframe (the default).
    let element = RwSignal::new(false);
    let embed_code = move || {
        let mut state = view.state.get();
        state.embed = true;
        // The language asked for (`lang=`, the menu's choice) goes with the view; without one,
        // the embed speaks each of its visitors' own.
        let title = view.texts().embed_title();
        match element.get() {
            true => element_snippet(&app_address(), &state, title),
            false => snippet(&app_address(), &state.to_query(), title),
        }
    };
    let format_choice = move |is_element: bool, label: fn(&Texts) -> &'static str| {
        view! {
            <label class="embed-format">
                <input
                    type="radio"
                    name="embed-format"
                    prop:checked=move || element.get() == is_element
                    on:change=move |_| {
                        element.set(is_element);
                        snippet_copied.set(false);
                    }
                />
                {move || label(&view.texts())}
            </label>
        }
    };
    view! {
        <div class="share-tools">
            <button type="button" class="tool" on:click=move |_| copy_link(address(), copied_address)>
                {move || if link_copied.get() { view.texts().link_copied() } else { view.texts().copy_link() }}
            </button>
            <button
                type="button"
                class="tool"
                aria-haspopup="dialog"
                on:click=move |_| {
                    snippet_copied.set(false);
                    if let Some(dialog) = dialog.get() {
                        view.dialogs.embed.set(dialog.show_modal().is_ok());
                    }
                }
            >
                {move || view.texts().embed()}
            </button>
            <span class="visually-hidden" aria-live="polite">{move || link_copied.get().then(|| view.texts().link_copied())}</span>
        </div>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-title" on:close=move |_| view.dialogs.embed.set(false)>
            <h2 id="embed-title">{move || view.texts().embed_heading()}</h2>
            <p>{move || view.texts().embed_help()}</p>
            <fieldset class="embed-formats">
                <legend>{move || view.texts().embed_format()}</legend>
                {format_choice(false, |t| t.embed_iframe())}
                {format_choice(true, |t| t.embed_element())}
            </fieldset>
            <label for="embed-code">{move || view.texts().embed_code()}</label>
            <textarea id="embed-code" readonly rows="6" prop:value=embed_code></textarea>
            <div class="dialog-actions">
                <button type="button" class="button" on:click=move |_| copy(embed_code(), snippet_copied)>
                    {move || if snippet_copied.get() { view.texts().copied() } else { view.texts().copy_code() }}
                </button>
                {close_button(dialog, move || view.texts().close())}
            </div>
        </dialog>
    }
}

/// A dialog's Close button (`label`: its text).
pub(super) fn close_button(
    dialog: NodeRef<leptos::html::Dialog>,
    label: impl IntoView + 'static,
) -> impl IntoView {
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    view! { <button type="button" class="button button-quiet" on:click=close>{label}</button> }
}
