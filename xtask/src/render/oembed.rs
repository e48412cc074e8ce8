//! oEmbed (<https://oembed.com>) for the static pages and the atlas root: beside each page, a
//! static response `oembed.json` of type `rich` whose `html` is the plain iframe snippet the
//! app's Embed dialog gives for the page's view (`poles_model::embed::snippet`, with `embed=1`),
//! and in each page's head the discovery link to it (spec §4). Only when the site's public
//! address is known: the snippet and the discovery link need absolute addresses.

use maud::{html, Markup};
use poles_model::embed::{snippet, FRAME_HEIGHT};
use poles_model::site::{Page, Site, Texts, SHARE_IMAGE_SIZE, SITE_NAME};
use poles_model::ViewState;
use serde_json::{json, Value};

/// The response's file name, in the directory of its page (`clusters/<id>/oembed.json`), or at
/// the atlas root for the atlas itself.
pub const FILE: &str = "oembed.json";

/// The response's `width`: the snippet's frame is `width="100%"` with `max-width:100%`, so it
/// takes any width from 320 px; 800 is the width a consumer should plan for at most.
pub const WIDTH: u32 = 800;

/// The `type` of the discovery link of a JSON response.
pub const LINK_TYPE: &str = "application/json+oembed";

/// What a page (or the atlas root) embeds.
pub struct Embedded<'a> {
    /// The page's address relative to the atlas root, ending with `/` (`""`: the atlas root).
    pub path: &'a str,
    /// The page's `<title>`, the discovery link's `title`.
    pub page_title: &'a str,
    /// The response's `title` (the page's title for link previews, without the site's name,
    /// which is the `provider_name`).
    pub title: &'a str,
    /// The frame's title, in the page's language (the app's Embed dialog's).
    pub frame_title: &'a str,
    /// The view the app opens on the page.
    pub state: &'a ViewState,
}

impl<'a> Embedded<'a> {
    /// A generated page, whose texts are `t`.
    pub fn of(page: &'a Page, t: Texts<'a>) -> Embedded<'a> {
        Embedded {
            path: &page.path,
            page_title: &page.title,
            title: &page.share_title,
            frame_title: t.catalogue.interface.embed_title.as_str(),
            state: &page.state,
        }
    }

    /// The atlas root (`index.html`, in English, `t`: its own title; `state`: the default
    /// view).
    pub fn atlas(state: &'a ViewState, t: Texts<'a>) -> Embedded<'a> {
        let title = t.site().atlas_title.as_str();
        Embedded {
            path: "",
            page_title: title,
            title,
            frame_title: t.catalogue.interface.embed_title.as_str(),
            state,
        }
    }

    /// The response's address relative to the atlas root.
    pub fn file(&self) -> String {
        format!("{}{FILE}", self.path)
    }

    /// The discovery link (`<link rel="alternate" type="application/json+oembed">`), with the
    /// response's absolute address; nothing without the site's address.
    pub fn link(&self, site: &Site) -> Markup {
        html! {
            @if let Some(href) = site.absolute(&self.file()) {
                link rel="alternate" type=(LINK_TYPE) href=(href) title=(self.page_title);
            }
        }
    }

    /// The response (oEmbed 1.0, §2.3), with the snippet of the page's view in the embedded
    /// layout; `image`: the share image's absolute address, when there is one (the thumbnail).
    /// `None` without the site's address.
    pub fn response(&self, site: &Site, image: Option<&str>) -> Option<Value> {
        let root = site.url()?;
        let state = ViewState {
            embed: true,
            ..self.state.clone()
        };
        let mut response = json!({
            "version": "1.0",
            "type": "rich",
            "title": self.title,
            "provider_name": SITE_NAME,
            "provider_url": root,
            "html": snippet(root, &state.to_query(), self.frame_title),
            "width": WIDTH,
            "height": FRAME_HEIGHT,
        });
        if let Some(image) = image {
            response["thumbnail_url"] = image.into();
            response["thumbnail_width"] = SHARE_IMAGE_SIZE.0.into();
            response["thumbnail_height"] = SHARE_IMAGE_SIZE.1.into();
        }
        Some(response)
    }
}
