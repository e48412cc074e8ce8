//! "Map image": the dialog that downloads the current view as a picture drawn from the data
//! (`poles_model::map_image`, by the picture module), SVG or PNG, at a slide's size or an A4
//! page's.

use leptos::html::Dialog;
use leptos::prelude::*;
use poles_model::map_image::Format;

use super::share::close_button;
use crate::map_image::{file_name, MapInputs};
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
            {move || view.texts().map_image_download()}
        </button>
    }
}

/// The dialog: the size, and a button per file type.
#[component]
pub fn MapImageDialog(dialog: NodeRef<Dialog>) -> impl IntoView {
    let view = expect_context::<View>();
    let inputs = expect_context::<MapInputs>();
    // The picture module draws and saves, and reports its own failures (src/picture.rs).
    let save = move |png: bool, format: Format| {
        let (width, height) = format.size();
        let name = file_name(format, if png { "png" } else { "svg" });
        let more = [&png.into(), &name.into(), &width.into(), &height.into()];
        crate::picture::ask("save", &inputs.request(view, format), &more);
    };
    let page = RwSignal::new(false);
    let format = move || match page.get_untracked() {
        true => Format::Page,
        false => Format::Slide,
    };
    // One closure for the dialog's texts, static inside: a language change writes them anew.
    let body = move || {
        let t = view.texts();
        let size_choice = move |is_page: bool, label: &'static str| {
            view! {
                <label class="embed-format">
                    <input
                        type="radio"
                        name="map-image-size"
                        checked=page.get_untracked() == is_page
                        on:change=move |_| page.set(is_page)
                    />
                    {label}
                </label>
            }
        };
        view! {
            <h2 id="map-image-title">{t.map_image_heading()}</h2>
            <p>{t.map_image_help()}</p>
            <fieldset class="embed-formats">
                <legend>{t.map_image_size()}</legend>
                {size_choice(false, t.map_image_slide())}
                {size_choice(true, t.map_image_page())}
            </fieldset>
            <div class="dialog-actions">
                <button type="button" class="button" on:click=move |_| save(false, format())>{t.map_image_svg()}</button>
                <button type="button" class="button" on:click=move |_| save(true, format())>{t.map_image_png()}</button>
                {close_button(dialog, t.close())}
            </div>
        }
    };
    view! {
        <dialog
            class="map-image-dialog"
            node_ref=dialog
            aria-labelledby="map-image-title"
            on:close=move |_| view.dialogs.map_image.set(false)
        >
            {body}
        </dialog>
    }
}
