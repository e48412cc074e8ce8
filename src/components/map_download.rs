//! "Map image": the dialog that downloads the current view as a picture drawn from the data
//! (`poles_model::map_image`), SVG or PNG, at a slide's size or an A4 page's.

use leptos::html::Dialog;
use leptos::prelude::*;
use poles_model::map_image::Format;

use crate::map_image::{file_name, png, MapInputs};
use crate::state::View;

/// The button that opens the dialog (in the line of downloads under the list).
#[component]
pub fn MapImageButton(dialog: NodeRef<Dialog>) -> impl IntoView {
    let view = expect_context::<View>();
    view! {
        <button
            type="button"
            class="link-button map-image"
            aria-haspopup="dialog"
            on:click=move |_| {
                if let Some(dialog) = dialog.get() {
                    view.dialogs.map_image.set(dialog.show_modal().is_ok());
                }
            }
        >
            {move || view.texts().map_image}
        </button>
    }
}

/// Logs a download that failed (nothing else can be done about it).
fn failed(error: wasm_bindgen::JsValue) {
    web_sys::console::error_2(&"Pôles: the map image could not be saved".into(), &error);
}

/// The dialog: the size, and a button per file type.
#[component]
pub fn MapImageDialog(dialog: NodeRef<Dialog>) -> impl IntoView {
    let view = expect_context::<View>();
    let inputs = expect_context::<MapInputs>();
    let page = RwSignal::new(false);
    let format = move || {
        if page.get_untracked() {
            Format::Page
        } else {
            Format::Slide
        }
    };
    let save_svg = move |_| {
        let format = format();
        let text = inputs.svg(view, format);
        if let Err(error) = crate::download::save(&file_name(format, "svg"), "image/svg+xml", &text)
        {
            failed(error);
        }
    };
    // Drawing the PNG waits for the image to decode; the continuation touches no reactive
    // value, only the DOM, so it needs no owner (src/defer.rs).
    let save_png = move |_| {
        let format = format();
        let text = inputs.svg(view, format);
        leptos::task::spawn_local(async move {
            let saved = match png(&text, format.size()).await {
                Ok(address) => crate::download::save_address(&file_name(format, "png"), &address),
                Err(error) => Err(error),
            };
            if let Err(error) = saved {
                failed(error);
            }
        });
    };
    let size_choice = move |is_page: bool, label: fn(&crate::i18n::Texts) -> &'static str| {
        view! {
            <label class="embed-format">
                <input
                    type="radio"
                    name="map-image-size"
                    prop:checked=move || page.get() == is_page
                    on:change=move |_| page.set(is_page)
                />
                {move || label(view.texts())}
            </label>
        }
    };
    view! {
        <dialog
            class="map-image-dialog"
            node_ref=dialog
            aria-labelledby="map-image-title"
            on:close=move |_| view.dialogs.map_image.set(false)
        >
            <h2 id="map-image-title">{move || view.texts().map_image_heading}</h2>
            <p>{move || view.texts().map_image_help}</p>
            <fieldset class="embed-formats">
                <legend>{move || view.texts().map_image_size}</legend>
                {size_choice(false, |t| t.map_image_slide)}
                {size_choice(true, |t| t.map_image_page)}
            </fieldset>
            <div class="dialog-actions">
                <button type="button" class="button" on:click=save_svg>{move || view.texts().map_image_svg}</button>
                <button type="button" class="button" on:click=save_png>{move || view.texts().map_image_png}</button>
                <button
                    type="button"
                    class="button button-quiet"
                    on:click=move |_| {
                        if let Some(dialog) = dialog.get() {
                            dialog.close();
                        }
                    }
                >
                    {move || view.texts().close}
                </button>
            </div>
        </dialog>
    }
}
