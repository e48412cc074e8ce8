//! The snippet a host site pastes to embed the atlas, and the messages between the embedded
//! app and its host page: the protocol of `<poles-atlas>` (`public/embed.js`), version
//! [`PROTOCOL_VERSION`], documented in README ("Embedding").
//!
//! The app posts `poles:ready`, `poles:view` (the view's query and the atlas address that shows
//! it), `poles:select` (the open cluster's id, or null) and `poles:resize`; the element sends one
//! command, `poles:command` with `command: "view"` and a query, made from its attributes. The
//! app accepts commands only from its parent window, from the origin the element wrote in the
//! frame's address (`#poles-host=<origin>`), and only the view's own parameters of them
//! ([`commanded`]): a host cannot change the dataset, the tiles or the layout by a message.

use crate::url_state::{Theme, ViewState};

/// The protocol's version, in every message (`v`): a change that breaks a host bumps it.
pub const PROTOCOL_VERSION: u32 = 1;
/// The app has its data and takes commands: `{type, v}`.
pub const READY_MESSAGE: &str = "poles:ready";
/// The view changed: `{type, v, query, address}` (the query without the embed's own
/// parameters; the address of the full atlas showing that view).
pub const VIEW_MESSAGE: &str = "poles:view";
/// A cluster's card opened or closed: `{type, v, id}` (`id` null when closed).
pub const SELECT_MESSAGE: &str = "poles:select";
/// From the host: `{type, v, command: "view", query}`.
pub const COMMAND_MESSAGE: &str = "poles:command";
/// Longest query a command may carry.
pub const MAX_COMMAND_CHARS: usize = 4000;

/// The host page's origin, from the frame's fragment (`#poles-host=https%3A%2F%2Fexample.org`):
/// a `http(s)` scheme and a host (and port), nothing else; `None` otherwise.
pub fn host_origin(fragment: &str) -> Option<String> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (_, value) =
        form_urlencoded::parse(fragment.as_bytes()).find(|(k, _)| k == "poles-host")?;
    let rest = (value.strip_prefix("https://")).or_else(|| value.strip_prefix("http://"))?;
    let valid = !rest.is_empty()
        && rest.len() <= 253 + 6
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    valid.then(|| value.into_owned())
}

/// The view a host's command asks for: the filters, card, date, table and language of `query`
/// (unknown ids dropped by the caller, as for any address), the rest (embed layout, accent,
/// dataset, tiles) kept from `current`.
pub fn commanded(current: &ViewState, query: &str) -> ViewState {
    let (asked, _) = ViewState::from_query(query);
    ViewState {
        embed: current.embed,
        plain: current.plain,
        theme: current.theme,
        accent: current.accent.clone(),
        data: current.data.clone(),
        tiles: current.tiles.clone(),
        ..asked
    }
}

/// The query a host sees in `poles:view`: the view without the embed's own parameters.
pub fn view_query(state: &ViewState) -> String {
    ViewState {
        embed: false,
        plain: false,
        theme: Theme::default(),
        accent: None,
        ..state.clone()
    }
    .to_query()
}

/// `type` of the message the embedded app posts to its parent window whenever its content
/// height changes: `{ "type": "poles:resize", "height": <CSS pixels> }`.
pub const RESIZE_MESSAGE: &str = "poles:resize";

/// `type` of the message asking the host page to scroll the iframe so that the point `top`
/// (CSS pixels from the top of the app) is in view: `{ "type": "poles:reveal", "top": <px> }`.
pub const REVEAL_MESSAGE: &str = "poles:reveal";

/// The height of the snippet's frame, in CSS pixels (its width is `100%`, at most its container's;
/// `embed.js` then follows the atlas's content height).
pub const FRAME_HEIGHT: u32 = 640;

/// The HTML to paste into a host page: an iframe showing `app_address` with `query` (the view,
/// already canonical and including `embed=1`), and the script that resizes it.
///
/// `app_address` is the app's address without query (e.g. `https://example.org/poles/`).
pub fn snippet(app_address: &str, query: &str, title: &str) -> String {
    let src = with_query(app_address, query);
    let script = script_address(app_address);
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{FRAME_HEIGHT}\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-poles-embed></iframe>\n<script src=\"{}\" async></script>",
        escape_attribute(&src),
        escape_attribute(title),
        escape_attribute(&script),
    )
}

/// The parameters `<poles-atlas>` takes as attributes: the view's, then its look (`theme`,
/// `plain`); the others (`accent`, `tiles`, `data`) go in its `src`.
pub const ELEMENT_ATTRIBUTES: [&str; 10] = [
    "sector", "region", "cluster", "q", "hist", "at", "view", "lang", "theme", "plain",
];

/// The HTML of `<poles-atlas>` showing `state`: the view as attributes, the frame's `label`, a
/// link to the same view for readers without JavaScript, and the script that defines it.
pub fn element_snippet(app_address: &str, state: &ViewState, label: &str) -> String {
    let query = ViewState {
        embed: false,
        ..state.clone()
    }
    .to_query();
    let (mut attributes, mut settings) = (String::new(), Vec::new());
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if ELEMENT_ATTRIBUTES.contains(&key.as_ref()) {
            attributes.push_str(&format!(" {key}=\"{}\"", escape_attribute(&value)));
        } else {
            settings.push((key, value));
        }
    }
    if !settings.is_empty() {
        let settings: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(settings)
            .finish();
        let src = format!("{app_address}?{settings}");
        attributes.push_str(&format!(" src=\"{}\"", escape_attribute(&src)));
    }
    let link = with_query(app_address, &query);
    format!(
        "<poles-atlas{attributes} label=\"{label}\"><a href=\"{}\">{}</a></poles-atlas>\n<script src=\"{}\" async></script>",
        escape_attribute(&link),
        escape_attribute(label), // safe as text too
        escape_attribute(&script_address(app_address)),
        label = escape_attribute(label),
    )
}

/// `embed.js` beside the app.
fn script_address(app_address: &str) -> String {
    let directory = app_address
        .rfind('/')
        .map_or(app_address, |end| &app_address[..=end]);
    format!("{directory}embed.js")
}

/// `app_address` with `query` (none when empty).
fn with_query(app_address: &str, query: &str) -> String {
    match query {
        "" => app_address.to_owned(),
        query => format!("{app_address}?{query}"),
    }
}

/// Text made safe inside a double-quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_points_iframe_and_script_at_the_app() {
        let html = snippet(
            "https://example.org/atlas/",
            "sector=aerospace,health&region=76&embed=1",
            "Pôles map",
        );
        assert_eq!(
            html,
            "<iframe src=\"https://example.org/atlas/?sector=aerospace,health&amp;region=76&amp;embed=1\" title=\"Pôles map\" width=\"100%\" height=\"640\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-poles-embed></iframe>\n<script src=\"https://example.org/atlas/embed.js\" async></script>"
        );
    }

    #[test]
    fn the_host_origin_is_an_origin_or_nothing() {
        let origin = |f: &str| host_origin(f);
        assert_eq!(
            origin("#poles-host=https%3A%2F%2Fexample.org").as_deref(),
            Some("https://example.org")
        );
        assert_eq!(
            origin("poles-host=http%3A%2F%2F127.0.0.1%3A8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        for hostile in [
            "",
            "#",
            "#other=https%3A%2F%2Fexample.org",
            "#poles-host=javascript%3Aalert(1)",
            "#poles-host=https%3A%2F%2Fexample.org%2Fpath",
            "#poles-host=https%3A%2F%2F",
            "#poles-host=*",
            "#poles-host=https%3A%2F%2Fevil.example%22%3E",
        ] {
            assert_eq!(origin(hostile), None, "{hostile}");
        }
    }

    #[test]
    fn a_command_changes_the_view_not_the_embedding() {
        let (current, _) = ViewState::from_query(
            "sector=health&embed=1&accent=%23aa0000&data=other.json&tiles=osm",
        );
        let next = commanded(&current, "region=76&cluster=aerospace-valley&lang=fr&embed=0&data=evil.json&accent=%23000000&at=2010&theme=dark&plain=1");
        assert_eq!(
            next.to_query(),
            "region=76&cluster=aerospace-valley&at=2010&lang=fr&embed=1&accent=%23aa0000&tiles=osm&data=other.json"
        );
        assert_eq!(
            view_query(&next),
            "region=76&cluster=aerospace-valley&at=2010&lang=fr&tiles=osm&data=other.json"
        );
        // Garbage asks for the default view, inside the same embedding.
        assert_eq!(
            commanded(&current, "%%%&&=").to_query(),
            "embed=1&accent=%23aa0000&tiles=osm&data=other.json"
        );
    }

    #[test]
    fn the_element_snippet_says_the_view_in_attributes() {
        let (state, _) = ViewState::from_query(
            "sector=health,marine&region=84&q=a%22b%3C&hist=1&at=2010-05&embed=1&accent=%23aa0000&tiles=osm",
        );
        assert_eq!(
            element_snippet("https://example.org/atlas/", &state, "Health <map>"),
            "<poles-atlas sector=\"health,marine\" region=\"84\" q=\"a&quot;b&lt;\" hist=\"1\" at=\"2010-05\" src=\"https://example.org/atlas/?accent=%23aa0000&amp;tiles=osm\" label=\"Health &lt;map&gt;\"><a href=\"https://example.org/atlas/?sector=health,marine&amp;region=84&amp;q=a%22b%3C&amp;hist=1&amp;at=2010-05&amp;accent=%23aa0000&amp;tiles=osm\">Health &lt;map&gt;</a></poles-atlas>\n<script src=\"https://example.org/atlas/embed.js\" async></script>"
        );
        let (dark, _) = ViewState::from_query("theme=dark&plain=1&embed=1&region=11");
        assert_eq!(
            element_snippet("https://example.org/", &dark, "Map"),
            "<poles-atlas region=\"11\" plain=\"1\" theme=\"dark\" label=\"Map\"><a href=\"https://example.org/?region=11&amp;plain=1&amp;theme=dark\">Map</a></poles-atlas>\n<script src=\"https://example.org/embed.js\" async></script>"
        );
        let (plain, _) = ViewState::from_query("embed=1");
        assert_eq!(
            element_snippet("https://example.org/", &plain, "Map"),
            "<poles-atlas label=\"Map\"><a href=\"https://example.org/\">Map</a></poles-atlas>\n<script src=\"https://example.org/embed.js\" async></script>"
        );
    }

    #[test]
    fn snippet_under_an_index_file_and_hostile_titles() {
        let html = snippet("https://example.org/a/index.html", "embed=1", "\"><script>");
        assert!(html.contains("src=\"https://example.org/a/index.html?embed=1\""));
        assert!(html.contains("src=\"https://example.org/a/embed.js\""));
        assert!(html.contains("title=\"&quot;&gt;&lt;script&gt;\""));
    }
}
