//! The snippet a host site pastes to embed the atlas, and the message the embedded app sends
//! to its host page.

/// `type` of the message the embedded app posts to its parent window whenever its content
/// height changes: `{ "type": "poles:resize", "height": <CSS pixels> }`.
pub const RESIZE_MESSAGE: &str = "poles:resize";

/// `type` of the message asking the host page to scroll the iframe so that the point `top`
/// (CSS pixels from the top of the app) is in view: `{ "type": "poles:reveal", "top": <px> }`.
pub const REVEAL_MESSAGE: &str = "poles:reveal";

/// The HTML to paste into a host page: an iframe showing `app_address` with `query` (the view,
/// already canonical and including `embed=1`), and the script that resizes it.
///
/// `app_address` is the app's address without query (e.g. `https://example.org/poles/`).
pub fn snippet(app_address: &str, query: &str, title: &str) -> String {
    let src = if query.is_empty() {
        app_address.to_owned()
    } else {
        format!("{app_address}?{query}")
    };
    let directory = app_address
        .rfind('/')
        .map_or(app_address, |end| &app_address[..=end]);
    let script = format!("{directory}embed.js");
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-poles-embed></iframe>\n<script src=\"{}\" async></script>",
        escape_attribute(&src),
        escape_attribute(title),
        escape_attribute(&script),
    )
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
    fn snippet_under_an_index_file_and_hostile_titles() {
        let html = snippet("https://example.org/a/index.html", "embed=1", "\"><script>");
        assert!(html.contains("src=\"https://example.org/a/index.html?embed=1\""));
        assert!(html.contains("src=\"https://example.org/a/embed.js\""));
        assert!(html.contains("title=\"&quot;&gt;&lt;script&gt;\""));
    }
}
