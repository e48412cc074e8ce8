//! Trunk's `index.html` as the template of every page: the same scripts, styles and boot
//! script (relative addresses), with the page's `<html lang>`, a `<base>` at the atlas root,
//! its own head tags in place of the atlas's title and description, and its content as the
//! whole `<body>`: the atlas's own (its shell, the script that lays it out, its `<noscript>`
//! alert) is left out, since a page's content is its first paint and reads without JavaScript.
//!
//! The atlas's own `index.html` gets one tag, its oEmbed discovery link ([`Template::atlas`]),
//! when the site's address is known; [`without_discovery`] removes it again, so that the
//! template is the same whether the pages were written into this `dist/` before or not.

use std::ops::Range;

/// The release `index.html`, with the places a page changes.
#[derive(Debug)]
pub struct Template {
    html: String,
    /// The value of `<html lang="…">`.
    lang: Range<usize>,
    /// Just after `<meta charset="utf-8">`, where `<base>` goes (before any address).
    after_charset: usize,
    /// `<title>…</title>`, replaced by the page's head tags.
    title: Range<usize>,
    /// `<meta name="description" …>`, left out.
    description: Range<usize>,
    /// The position of `</head>`.
    head_end: usize,
    /// What `<body…>` holds (up to `</body>`), replaced by the page's content.
    body: Range<usize>,
}

/// The one place `needle` occurs in `html` after `from` (ASCII case-insensitive).
fn find_once(html: &str, needle: &str, from: usize) -> Result<usize, String> {
    let lower = html.to_ascii_lowercase();
    let needle = needle.to_ascii_lowercase();
    let mut found = lower[from..]
        .match_indices(&needle)
        .map(|(at, _)| at + from);
    match (found.next(), found.next()) {
        (Some(at), None) => Ok(at),
        (None, _) => Err(format!("index.html has no `{needle}`")),
        (Some(_), Some(_)) => Err(format!("index.html has more than one `{needle}`")),
    }
}

/// The end of the tag that starts at `start` (just after its `>`).
fn tag_end(html: &str, start: usize) -> Result<usize, String> {
    html[start..]
        .find('>')
        .map(|at| start + at + 1)
        .ok_or_else(|| "index.html ends inside a tag".to_owned())
}

/// `range` widened to its whole line when nothing else is on it (so that leaving it out leaves
/// no blank line).
fn whole_line(html: &str, range: Range<usize>) -> Range<usize> {
    let line_start = html[..range.start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = html[range.end..]
        .find('\n')
        .map_or(html.len(), |at| range.end + at + 1);
    let blank = |text: &str| text.trim().is_empty();
    if blank(&html[line_start..range.start]) && blank(&html[range.end..line_end]) {
        line_start..line_end
    } else {
        range
    }
}

/// `html` without the oEmbed discovery links (`<link … type="application/json+oembed" …>`) that
/// [`Template::atlas`] added, each with the white space before it: Trunk's `index.html` again.
pub fn without_discovery(html: &str) -> String {
    let discovery = format!("type=\"{}\"", super::oembed::LINK_TYPE);
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("<link") {
        let end = rest[at..].find('>').map_or(rest.len(), |end| at + end + 1);
        if rest[at..end].contains(&discovery) {
            out.push_str(rest[..at].trim_end());
        } else {
            out.push_str(&rest[..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

impl Template {
    /// Finds the places a page changes in Trunk's `index.html`; an error names what is missing
    /// (the pages need the `index.html` of this repository, built by Trunk).
    pub fn parse(html: &str) -> Result<Template, String> {
        if html.contains("id=\"poles-page\"") {
            return Err("index.html is already a generated page".to_owned());
        }
        let html_tag = find_once(html, "<html", 0)?;
        let html_tag_end = tag_end(html, html_tag)?;
        let lang_attr = html[html_tag..html_tag_end]
            .find("lang=\"")
            .map(|at| html_tag + at + "lang=\"".len())
            .ok_or("index.html: <html> has no lang=\"…\"")?;
        let lang_end = lang_attr
            + html[lang_attr..]
                .find('"')
                .ok_or("index.html: unterminated lang")?;
        let charset = find_once(html, "<meta charset=", 0)?;
        let after_charset = tag_end(html, charset)?;
        let title_start = find_once(html, "<title>", 0)?;
        let title_end = find_once(html, "</title>", 0)? + "</title>".len();
        let description_start = find_once(html, "<meta name=\"description\"", 0)?;
        let description_end = tag_end(html, description_start)?;
        let head_end = find_once(html, "</head>", 0)?;
        let body = find_once(html, "<body", 0)?;
        let body_start = tag_end(html, body)?;
        let body_end = find_once(html, "</body>", body_start)?;
        let in_head = |at: usize| after_charset <= at && at < head_end;
        if !(in_head(title_start) && in_head(description_start) && head_end < body) {
            return Err(
                "index.html: the title and description must follow <meta charset> in <head>"
                    .to_owned(),
            );
        }
        Ok(Template {
            html: html.to_owned(),
            lang: lang_attr..lang_end,
            after_charset,
            title: title_start..title_end,
            description: whole_line(html, description_start..description_end),
            head_end,
            body: body_start..body_end,
        })
    }

    /// The atlas's own `index.html` with `tag` (HTML) on a line of its own at the end of its
    /// head, after the last tag (the inverse of [`without_discovery`] for a discovery link).
    pub fn atlas(&self, tag: &str) -> String {
        let at = self.html[..self.head_end].trim_end().len();
        format!("{}\n  {tag}{}", &self.html[..at], &self.html[at..])
    }

    /// A page: `lang` in `<html lang>`, `base` as `<base href>`, `head` in place of the title
    /// and description, `head_end` before `</head>`, `body` as the content of `<body>`. `base`, `head`,
    /// `head_end` and `body` are HTML (escaped by their writer); `lang` is a language code.
    pub fn page(&self, lang: &str, base: &str, head: &str, head_end: &str, body: &str) -> String {
        let base = format!(
            "\n  <base href=\"{}\">",
            poles_model::embed::escape_attribute(base)
        );
        // On a line of its own (Trunk ends the head with its preload links, on the same line).
        let head_end = if self.html[..self.head_end].ends_with('\n') {
            head_end.to_owned()
        } else {
            format!("\n{head_end}")
        };
        let body = format!("{body}\n");
        let mut edits: Vec<(Range<usize>, &str)> = vec![
            (self.lang.clone(), lang),
            (self.after_charset..self.after_charset, &base),
            (self.title.clone(), head),
            (self.description.clone(), ""),
            (self.head_end..self.head_end, &head_end),
            (self.body.clone(), &body),
        ];
        edits.sort_by_key(|(range, _)| (range.start, range.end));
        let mut out = String::with_capacity(self.html.len() + body.len() + head.len() + 256);
        let mut at = 0;
        for (range, text) in edits {
            out.push_str(&self.html[at..range.start]);
            out.push_str(text);
            at = range.end;
        }
        out.push_str(&self.html[at..]);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pôles — French competitiveness clusters</title>
  <meta name="description" content="Interactive atlas">
  <link rel="stylesheet" href="./poles-1.css">
</head>
<body>
  <script src="./shell-1.js"></script>
  <div id="poles-shell"><header><h1>Pôles</h1></header></div>
  <noscript><p>needs JavaScript</p></noscript>
</body>
</html>"#;

    #[test]
    fn a_page_changes_only_its_places() {
        let template = Template::parse(INDEX).unwrap();
        let page = template.page(
            "fr",
            "../../../",
            "<title>T</title>",
            "<X>",
            "<main>M</main>",
        );
        assert_eq!(
            page,
            r#"<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <base href="../../../">
  <title>T</title>
  <link rel="stylesheet" href="./poles-1.css">
<X></head>
<body><main>M</main>
</body>
</html>"#
        );
    }

    #[test]
    fn the_real_index_html_is_a_template() {
        let html = std::fs::read_to_string(crate::run::root().join("index.html")).unwrap();
        let template = Template::parse(&html).unwrap();
        let body = &html[template.body.clone()];
        assert!(body.contains("<div id=\"poles-shell\">") && body.contains("<noscript>"));
    }

    #[test]
    fn the_atlas_discovery_link_comes_and_goes() {
        let link = "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://e.org/oembed.json\" title=\"T\">";
        let atlas = Template::parse(INDEX).unwrap().atlas(link);
        assert!(atlas.contains(&format!("href=\"./poles-1.css\">\n  {link}\n</head>")));
        assert_eq!(without_discovery(&atlas), INDEX);
        // Trunk's head ends on the line of its last tag.
        let trunk = INDEX.replace(">\n</head>", "></head>");
        let atlas = Template::parse(&trunk).unwrap().atlas(link);
        assert!(atlas.contains(&format!("href=\"./poles-1.css\">\n  {link}</head>")));
        assert_eq!(without_discovery(&atlas), trunk);
        // Other links stay.
        assert_eq!(without_discovery(INDEX), INDEX);
    }

    #[test]
    fn missing_or_repeated_places_are_errors() {
        assert!(Template::parse(&INDEX.replace("<title>", "<titl>")).is_err());
        assert!(Template::parse(&INDEX.replace("</head>", "</head></head>")).is_err());
        assert!(Template::parse(&INDEX.replace(" lang=\"en\"", "")).is_err());
        let page =
            Template::parse(INDEX)
                .unwrap()
                .page("en", "", "", "", "<div id=\"poles-page\">");
        assert!(Template::parse(&page).is_err(), "a page is not a template");
    }
}
