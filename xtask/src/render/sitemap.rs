//! `sitemap.xml` (every page and the atlas root, with `lastmod` and the language alternates)
//! and `robots.txt`. The sitemap protocol wants absolute addresses: it is written only when
//! the site's public address is known.

use poles_model::map_image::escape as xml;
use poles_model::site::{Page, Site};

/// Whether `date` looks like `YYYY-MM-DD` (the W3C date a `lastmod` needs).
fn is_iso_date(date: &str) -> bool {
    date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// The sitemap of `pages` and the atlas root (updated on `updated`), or `None` without the
/// site's address. A `lastmod` that is not a `YYYY-MM-DD` date is left out.
pub fn sitemap(pages: &[Page], site: &Site, updated: &str) -> Option<String> {
    site.url()?;
    let lastmod = |date: &str| {
        if is_iso_date(date) {
            format!("<lastmod>{date}</lastmod>")
        } else {
            String::new()
        }
    };
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    out.push_str(&format!(
        "<url><loc>{}</loc>{}</url>\n",
        xml(&site.address("")),
        lastmod(updated)
    ));
    for page in pages {
        out.push_str(&format!(
            "<url><loc>{}</loc>{}",
            xml(&site.address(&page.path)),
            lastmod(&page.lastmod)
        ));
        let alternates = page
            .alternates
            .iter()
            .map(|(lang, path)| (lang.code(), path.as_str()))
            .chain([("x-default", page.default_alternate())]);
        for (hreflang, path) in alternates {
            out.push_str(&format!(
                "<xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\"/>",
                xml(&site.address(path))
            ));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    Some(out)
}

/// `robots.txt`: everything may be crawled; the sitemap's address when known. (Crawlers read
/// it only at a host's root: under a sub-path, copy its `Sitemap:` line to the host's own.)
pub fn robots(site: &Site) -> String {
    let mut out = String::from("# Pôles: every page may be crawled.\nUser-agent: *\nDisallow:\n");
    if let Some(url) = site.absolute("sitemap.xml") {
        out.push_str(&format!("\nSitemap: {url}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_markup() {
        assert_eq!(xml("a&b<c>\"'"), "a&amp;b&lt;c&gt;&quot;&apos;");
    }

    #[test]
    fn no_sitemap_without_a_site_address() {
        assert_eq!(sitemap(&[], &Site::unknown(), "2026-11-26"), None);
        assert!(!robots(&Site::unknown()).contains("Sitemap"));
        let site = Site::at("https://example.org/poles/").unwrap();
        assert!(robots(&site).contains("Sitemap: https://example.org/poles/sitemap.xml\n"));
        let map = sitemap(&[], &site, "2026-11-26").unwrap();
        assert!(map.contains(
            "<url><loc>https://example.org/poles/</loc><lastmod>2026-11-26</lastmod></url>"
        ));
        assert!(!sitemap(&[], &site, "soon").unwrap().contains("lastmod"));
    }
}
