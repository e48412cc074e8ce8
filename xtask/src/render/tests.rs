//! The pages written from the shipped dataset and from a hostile one: every page exists with
//! the right head, data strings stay text in HTML and JSON-LD, and the sitemap lists exactly
//! the pages.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use poles_model::site::{Page, Site};
use serde_json::Value;

use super::*;

/// A fresh `dist/`-like directory holding the repository's `index.html` (a valid template: Trunk
/// keeps the places pages change) and `dataset` as `data/clusters.json`.
fn dist_with(name: &str, dataset: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("poles-pages-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::copy(root().join("index.html"), dir.join("index.html")).unwrap();
    std::fs::write(dir.join("data/clusters.json"), dataset).unwrap();
    std::fs::copy(
        root().join("data/regions.geojson"),
        dir.join("data/regions.geojson"),
    )
    .unwrap();
    dir
}

fn real_bytes() -> Vec<u8> {
    std::fs::read(root().join("data/clusters.json")).unwrap()
}

fn read(dist: &Path, path: &str) -> String {
    std::fs::read_to_string(dist.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every `index.html` under `dist` except the atlas's own, as paths relative to `dist`.
fn written_pages(dist: &Path) -> BTreeSet<String> {
    fn walk(dir: &Path, base: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, base, out);
            } else if path.file_name().unwrap() == "index.html" {
                let relative = path.parent().unwrap().strip_prefix(base).unwrap();
                if !relative.as_os_str().is_empty() {
                    out.insert(format!("{}/", relative.display()));
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dist, dist, &mut out);
    out
}

/// The contents of the page's JSON-LD script, parsed.
fn json_ld(html: &str) -> Value {
    let start = html
        .find("<script type=\"application/ld+json\">")
        .expect("a JSON-LD script")
        + "<script type=\"application/ld+json\">".len();
    let end = start + html[start..].find("</script>").unwrap();
    let text = &html[start..end];
    assert!(!text.contains('<'), "no markup in the JSON-LD: {text}");
    serde_json::from_str(text).expect("the JSON-LD parses")
}

fn all_pages(dataset: &[u8], site: &Site) -> Vec<Page> {
    let loaded = poles_model::load(dataset).unwrap();
    let today = poles_model::Day::parse(&loaded.dataset.updated).unwrap();
    poles_model::site::pages(&loaded.dataset, site, today, &catalogues().unwrap())
}

#[test]
fn every_page_is_written_and_the_sitemap_lists_exactly_them() {
    let dist = dist_with("real", &real_bytes());
    let site = Site::at("https://example.org/poles/").unwrap();
    let summary = generate(&dist, None, &site).unwrap();
    let expected: BTreeSet<String> = all_pages(&real_bytes(), &site)
        .into_iter()
        .map(|p| p.path)
        .collect();
    assert_eq!(summary.pages, expected.len());
    assert_eq!(written_pages(&dist), expected);

    let map = read(&dist, "sitemap.xml");
    let locs: BTreeSet<String> = map
        .split("<loc>")
        .skip(1)
        .map(|rest| rest[..rest.find("</loc>").unwrap()].to_owned())
        .collect();
    let mut expected_locs: BTreeSet<String> = expected
        .iter()
        .map(|path| format!("https://example.org/poles/{path}"))
        .collect();
    expected_locs.insert("https://example.org/poles/".to_owned());
    assert_eq!(locs, expected_locs);
    assert_eq!(map.matches("<url>").count(), expected_locs.len());
    assert!(map.contains("<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/poles/fr/poles/aerospace-valley/\"/>"));
    // Each page's lastmod is the date its record was last checked (or the dataset's update).
    let dataset = poles_model::load(&real_bytes()).unwrap().dataset;
    let checked = dataset.clusters[0]
        .checked
        .clone()
        .unwrap_or(dataset.updated);
    assert!(map.contains(&format!("<lastmod>{checked}</lastmod>")));
    assert!(read(&dist, "robots.txt").contains("Sitemap: https://example.org/poles/sitemap.xml"));
    assert!(read(&dist, "404.html").contains("<base href=\"https://example.org/poles/\">"));
    assert!(dist.join(html::STYLESHEET).is_file());

    // Generating again replaces the pages (a cluster gone from the data loses its page).
    let mut dataset: Value = serde_json::from_slice(&real_bytes()).unwrap();
    let gone = dataset["clusters"][0]["id"].as_str().unwrap().to_owned();
    dataset["clusters"].as_array_mut().unwrap().remove(0);
    let other = dist.join("other.json");
    std::fs::write(&other, serde_json::to_vec(&dataset).unwrap()).unwrap();
    generate(&dist, Some(&other), &Site::unknown()).unwrap();
    assert!(!dist.join(format!("clusters/{gone}")).exists());
    assert!(
        !dist.join("sitemap.xml").exists(),
        "no sitemap without the site's address"
    );
    assert_eq!(
        written_pages(&dist).len(),
        expected.len() - Language::ALL.len()
    );
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn a_cluster_page_has_its_head_and_facts() {
    let dist = dist_with("head", &real_bytes());
    let site = Site::at("https://example.org/poles/").unwrap();
    generate(&dist, None, &site).unwrap();
    let html = read(&dist, "fr/poles/aerospace-valley/index.html");
    for expected in [
        "<html lang=\"fr\">",
        "<base href=\"../../../\">",
        "<title>Aerospace Valley — pôle de compétitivité, Toulouse | Pôles</title>",
        "<meta name=\"description\" content=\"Pôle aéronautique, spatial",
        "<link rel=\"canonical\" href=\"https://example.org/poles/fr/poles/aerospace-valley/\">",
        "<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/poles/clusters/aerospace-valley/\">",
        "<link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.org/poles/fr/poles/aerospace-valley/\">",
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/poles/clusters/aerospace-valley/\">",
        "<meta property=\"og:url\" content=\"https://example.org/poles/fr/poles/aerospace-valley/\">",
        "<meta property=\"og:locale\" content=\"fr_FR\">",
        "data-state=\"cluster=aerospace-valley&amp;lang=fr\"",
        "<h1 id=\"page-title\">Aerospace Valley</h1>",
        "<a href=\"fr/regions/occitanie/\">Occitanie</a>",
        "<a href=\"https://www.aerospace-valley.com\" rel=\"noopener noreferrer\" target=\"_blank\">",
        "<li>Thales</li>",
        "<a class=\"tool\" href=\"clusters/aerospace-valley/\" hreflang=\"en\" lang=\"en\">English</a>",
    ] {
        assert!(html.contains(expected), "missing {expected}");
    }
    assert_eq!(html.matches("<title>").count(), 1);
    assert_eq!(html.matches("name=\"description\"").count(), 1);
    assert!(
        !html.contains("<noscript><p class=\"alert"),
        "the atlas's alert is left out"
    );
    assert!(
        !html.contains("poles-shell") && !html.contains("shell.js"),
        "the atlas's shell and its script are left out"
    );
    assert!(
        html.contains("rel=\"rust\""),
        "the rest of the template stays"
    );
    let data = json_ld(&html);
    assert_eq!(
        (&data["@type"], &data["inLanguage"]),
        (&"WebPage".into(), &"fr".into())
    );
    let org = &data["mainEntity"];
    assert_eq!(org["@type"], "Organization");
    assert_eq!(org["address"]["addressLocality"], "Toulouse");
    // Without a share image or a site address: no og:image.
    assert_eq!(
        html.contains("og:image"),
        root().join("public/share.png").is_file()
    );
    let region = read(&dist, "regions/occitanie/index.html");
    assert_eq!(json_ld(&region)["mainEntity"]["@type"], "ItemList");
    assert!(region.contains("<base href=\"../../\">"));
    assert!(region.contains("data-state=\"region=76&amp;lang=en\""));
    std::fs::remove_dir_all(&dist).unwrap();
}

/// A dataset whose strings are markup, script breakers and quotes.
fn hostile_dataset() -> Vec<u8> {
    const EVIL: &str = "</script><script>alert(1)</script><!--\"'&amp;<b>";
    let mut dataset: Value = serde_json::from_slice(&real_bytes()).unwrap();
    let cluster = &mut dataset["clusters"][0];
    cluster["name"] = EVIL.into();
    cluster["short_name"] = format!("short {EVIL}").into();
    cluster["description"]["en"] = format!("<img src=x onerror=alert(2)> {EVIL}").into();
    cluster["hq"]["city"] = format!("\"><svg onload=alert(3)> {EVIL}").into();
    cluster["members"]["enterprises"] = vec![Value::from(EVIL)].into();
    cluster["former_names"] = vec![Value::from(EVIL)].into();
    cluster["website"] = "https://example.org/\"><script>alert(4)</script>".into();
    dataset["regions"][0]["name"] = format!("Région {EVIL}").into();
    dataset["sectors"][0]["label"]["en"] = EVIL.into();
    serde_json::to_vec(&dataset).unwrap()
}

#[test]
fn hostile_strings_stay_text_in_html_and_json_ld() {
    let bytes = hostile_dataset();
    let loaded = poles_model::load(&bytes).unwrap();
    assert_eq!(loaded.skipped, 0, "{:?}", loaded.issues);
    let id = loaded.dataset.clusters[0].id.clone();
    let dist = dist_with("hostile", &bytes);
    generate(&dist, None, &Site::at("https://example.org/").unwrap()).unwrap();
    // The app's scripts, in the template's head (its body, with the shell's script, is the
    // atlas's own).
    let index = read(&dist, "index.html");
    let template_scripts = index[..index.find("</head>").unwrap()]
        .matches("<script")
        .count();
    let mut checked = 0;
    for path in written_pages(&dist) {
        let html = read(&dist, &format!("{path}index.html"));
        for bad in ["<script>alert", "<img", "<svg", "<b>", "<!--\""] {
            assert!(!html.contains(bad), "{path}: {bad}");
        }
        // Exactly the app's scripts and the JSON-LD: nothing broke out.
        assert_eq!(
            html.matches("<script").count(),
            template_scripts + 1,
            "{path}"
        );
        assert_eq!(
            html.matches("</script>").count(),
            template_scripts + 1,
            "{path}"
        );
        json_ld(&html);
        checked += 1;
    }
    assert!(checked > 100);
    let html = read(&dist, &format!("clusters/{id}/index.html"));
    assert!(html.contains("<h1 id=\"page-title\">&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--&quot;'&amp;amp;&lt;b&gt;</h1>"));
    assert!(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(html.contains("<title>&lt;/script&gt;"));
    let org = &json_ld(&html)["mainEntity"];
    assert_eq!(
        org["name"],
        "</script><script>alert(1)</script><!--\"'&amp;<b>"
    );
    assert_eq!(
        org["alternateName"][0],
        "short </script><script>alert(1)</script><!--\"'&amp;<b>"
    );
    // The website is not an http(s) address without white space... it is one: kept, escaped.
    assert!(!html.contains("href=\"https://example.org/\"><script>"));
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn json_ld_text_cannot_close_its_script() {
    let value = serde_json::json!({"name": "</script><!-- & >"});
    let text = html::json_ld_text(&value);
    assert_eq!(
        text,
        r#"{"name":"\u003c/script\u003e\u003c!-- \u0026 \u003e"}"#
    );
    assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), value);
}

#[test]
fn pages_are_not_written_over_a_page() {
    let dist = dist_with("twice", &real_bytes());
    generate(&dist, None, &Site::unknown()).unwrap();
    let page = read(&dist, "clusters/aerospace-valley/index.html");
    assert!(page.contains("<link rel=\"canonical\" href=\"clusters/aerospace-valley/\">"));
    assert!(!page.contains("og:url") && !page.contains("og:image"));
    assert!(
        !page.contains("hreflang=\"fr\" href"),
        "no relative language alternates"
    );
    assert!(page.contains("<a class=\"tool\" href=\"fr/poles/aerospace-valley/\" hreflang=\"fr\""));
    std::fs::copy(
        dist.join("clusters/aerospace-valley/index.html"),
        dist.join("index.html"),
    )
    .unwrap();
    assert!(generate(&dist, None, &Site::unknown()).is_err());
    std::fs::remove_dir_all(&dist).unwrap();
}

#[test]
fn the_share_image_is_a_committed_1200_by_630_png() {
    let png = std::fs::read(root().join("public").join(poles_model::site::SHARE_IMAGE))
        .expect("public/share.png (cargo xtask share-image makes it)");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    assert_eq!((size(16), size(20)), poles_model::site::SHARE_IMAGE_SIZE);
    assert!(png.len() < 300_000, "{} bytes", png.len());
}

#[test]
fn the_atlas_title_of_the_pages_is_that_of_index_html() {
    let html = std::fs::read_to_string(root().join("index.html")).unwrap();
    let english = catalogues()
        .unwrap()
        .get(Language::En)
        .site
        .atlas_title
        .clone();
    assert!(html.contains(&format!("<title>{}</title>", english.as_str())));
}

/// `text` of an HTML attribute value, unescaped (the references the writers use).
fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The attributes of a tag (`<link a="1" b>`: `a` → `1`, `b` → ``), unescaped.
fn attributes(tag: &str) -> std::collections::BTreeMap<String, String> {
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut rest = inner[inner.find(char::is_whitespace).unwrap_or(inner.len())..].trim_start();
    let mut out = std::collections::BTreeMap::new();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let value = if let Some(after) = rest.strip_prefix("=\"") {
            let end = after.find('"').expect("a closed attribute value");
            rest = &after[end + 1..];
            unescape(&after[..end])
        } else {
            String::new()
        };
        out.insert(name, value);
        rest = rest.trim_start();
    }
    out
}

/// What a consumer finds in a page (oEmbed §4): the `href` and `title` of each
/// `<link rel="alternate" type="application/json+oembed">` of its head.
fn discovery_links(html: &str) -> Vec<(String, String)> {
    let head = &html[..html.find("</head>").expect("a head")];
    head.match_indices("<link")
        .map(|(at, _)| attributes(&head[at..at + head[at..].find('>').unwrap() + 1]))
        .filter(|a| {
            a.get("rel").map(String::as_str) == Some("alternate")
                && a.get("type").map(String::as_str) == Some("application/json+oembed")
        })
        .map(|a| {
            (
                a["href"].clone(),
                a.get("title").cloned().unwrap_or_default(),
            )
        })
        .collect()
}

/// Checks `response` against oEmbed 1.0 §2.3 (a `rich` response): the required fields and
/// their types, the optional ones' types, the thumbnail's three fields together.
fn check_oembed(response: &Value, name: &str) {
    let object = response
        .as_object()
        .unwrap_or_else(|| panic!("{name}: an object"));
    let known = [
        "type",
        "version",
        "title",
        "author_name",
        "author_url",
        "provider_name",
        "provider_url",
        "cache_age",
        "thumbnail_url",
        "thumbnail_width",
        "thumbnail_height",
        "html",
        "width",
        "height",
    ];
    for key in object.keys() {
        assert!(known.contains(&key.as_str()), "{name}: unknown field {key}");
    }
    assert_eq!(response["version"], "1.0", "{name}");
    assert_eq!(response["type"], "rich", "{name}");
    let html = response["html"].as_str().unwrap_or_default();
    assert!(!html.is_empty(), "{name}: html");
    let positive = |key: &str| response[key].as_u64().is_some_and(|n| n > 0);
    assert!(
        positive("width") && positive("height"),
        "{name}: width, height"
    );
    for key in [
        "title",
        "author_name",
        "author_url",
        "provider_name",
        "provider_url",
    ] {
        assert!(
            response.get(key).is_none_or(Value::is_string),
            "{name}: {key}"
        );
    }
    assert!(
        response.get("cache_age").is_none_or(|v| v.is_u64()),
        "{name}"
    );
    let thumbnail = ["thumbnail_url", "thumbnail_width", "thumbnail_height"];
    let present = thumbnail
        .iter()
        .filter(|k| object.contains_key(**k))
        .count();
    assert!(
        present == 0 || present == 3,
        "{name}: all of {thumbnail:?} or none"
    );
    if present == 3 {
        assert!(response["thumbnail_url"].is_string(), "{name}");
        assert!(
            positive("thumbnail_width") && positive("thumbnail_height"),
            "{name}"
        );
    }
}

/// The `src` of the snippet's iframe, unescaped.
fn iframe_src(html: &str) -> String {
    let start = html.find("<iframe").expect("an iframe");
    attributes(&html[start..start + html[start..].find('>').unwrap() + 1])["src"].clone()
}

#[test]
fn a_consumer_discovers_each_page_s_oembed_and_gets_its_snippet() {
    use poles_model::embed::snippet;

    let catalogues = catalogues().unwrap();
    let frame_title = |lang: Language| catalogues.get(lang).interface.embed_title.as_str();

    const ROOT: &str = "https://example.org/poles/";
    let dist = dist_with("oembed", &real_bytes());
    let template = read(&dist, "index.html");
    let site = Site::at(ROOT).unwrap();
    generate(&dist, None, &site).unwrap();
    // Discover, fetch (the file the address names) and check, as a consumer would; `state` is
    // the view the app opens there, `lang` its language. Returns the response.
    let consume = |page: &str, state: &ViewState, lang: Language, title: &str| -> Value {
        let html = read(&dist, &format!("{page}index.html"));
        let links = discovery_links(&html);
        assert_eq!(links.len(), 1, "{page}: one discovery link");
        let (href, link_title) = &links[0];
        assert_eq!(href, &format!("{ROOT}{page}oembed.json"), "{page}");
        assert_eq!(link_title, title, "{page}");
        let file = href.strip_prefix(ROOT).unwrap();
        let response: Value = serde_json::from_str(&read(&dist, file)).expect("JSON");
        check_oembed(&response, page);
        let mut embedded = state.clone();
        embedded.embed = true;
        assert_eq!(
            response["html"],
            snippet(ROOT, &embedded.to_query(), frame_title(lang)),
            "{page}: the Embed dialog's snippet"
        );
        let src = iframe_src(response["html"].as_str().unwrap());
        assert!(
            src.starts_with(ROOT) && src.contains("embed=1"),
            "{page}: {src}"
        );
        assert_eq!(response["provider_name"], "Pôles");
        assert_eq!(response["provider_url"], ROOT);
        assert_eq!(
            (&response["width"], &response["height"]),
            (&800.into(), &640.into())
        );
        assert_eq!(response["thumbnail_url"], format!("{ROOT}share.png"));
        assert!(dist.join("share.png").is_file());
        assert_eq!(
            (&response["thumbnail_width"], &response["thumbnail_height"]),
            (&1200.into(), &630.into())
        );
        response
    };
    // Every page: its view is its `data-state`, what the app reads.
    let mut checked = 0;
    for page in written_pages(&dist) {
        let html = read(&dist, &format!("{page}index.html"));
        let start = html.find("data-state=\"").unwrap() + "data-state=\"".len();
        let query = unescape(&html[start..start + html[start..].find('"').unwrap()]);
        let (state, warnings) = ViewState::from_query(&query);
        assert!(warnings.is_empty(), "{page}");
        let lang = state.lang.expect("a page's view has its language");
        let title_start = html.find("<title>").unwrap() + "<title>".len();
        let title =
            unescape(&html[title_start..title_start + html[title_start..].find('<').unwrap()]);
        consume(&page, &state, lang, &title);
        checked += 1;
    }
    assert!(checked > 100);
    let response = consume(
        "fr/poles/aerospace-valley/",
        &ViewState::from_query("cluster=aerospace-valley&lang=fr").0,
        Language::Fr,
        "Aerospace Valley — pôle de compétitivité, Toulouse | Pôles",
    );
    assert_eq!(
        response["html"],
        "<iframe src=\"https://example.org/poles/?cluster=aerospace-valley&amp;lang=fr&amp;embed=1\" title=\"Carte des pôles de compétitivité français\" width=\"100%\" height=\"640\" style=\"border:0;max-width:100%\" loading=\"lazy\" data-poles-embed></iframe>\n<script src=\"https://example.org/poles/embed.js\" async></script>"
    );
    assert_eq!(
        response["title"],
        "Aerospace Valley — pôle de compétitivité, Toulouse"
    );
    // The atlas root: its own index.html gains the one link, nothing else (but its first
    // view, tests/first_view.rs).
    let atlas_title = catalogues.get(Language::En).site.atlas_title.as_str();
    let response = consume("", &ViewState::default(), Language::En, atlas_title);
    assert_eq!(
        iframe_src(response["html"].as_str().unwrap()),
        format!("{ROOT}?embed=1")
    );
    let index = read(&dist, "index.html");
    let linked = crate::render::first_view::without(&index);
    assert_eq!(template::without_discovery(&linked), template);
    assert_eq!(
        linked.len() - template.len(),
        "\n  ".len() + discovery_tag(ROOT, atlas_title).len()
    );
    // Writing the pages again keeps one link.
    generate(&dist, None, &site).unwrap();
    assert_eq!(read(&dist, "index.html"), index);
    std::fs::remove_dir_all(&dist).unwrap();
}

/// The atlas's discovery link, as written.
fn discovery_tag(root: &str, title: &str) -> String {
    format!("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{root}oembed.json\" title=\"{title}\">")
}

#[test]
fn without_the_site_s_address_there_is_no_oembed() {
    let dist = dist_with("no-oembed", &real_bytes());
    // The atlas's index.html without the address (Trunk's, with its first view).
    generate(&dist, None, &Site::unknown()).unwrap();
    let template = read(&dist, "index.html");
    // Written with the address: the next run without it takes everything back.
    generate(&dist, None, &Site::at("https://example.org/").unwrap()).unwrap();
    assert!(dist.join("oembed.json").is_file());
    assert!(dist.join("clusters/aerospace-valley/oembed.json").is_file());
    generate(&dist, None, &Site::unknown()).unwrap();
    assert_eq!(
        read(&dist, "index.html"),
        template,
        "the index.html written without the address again"
    );
    assert!(!dist.join("oembed.json").exists());
    for page in written_pages(&dist) {
        assert!(!dist.join(format!("{page}oembed.json")).exists(), "{page}");
        let html = read(&dist, &format!("{page}index.html"));
        assert!(discovery_links(&html).is_empty(), "{page}");
        assert!(!html.contains("json+oembed"), "{page}");
    }
    std::fs::remove_dir_all(&dist).unwrap();
}

mod first_view;
mod languages;

#[test]
fn region_pages_and_the_index_count_the_labels_of_their_day() {
    let dataset = poles_model::load(&real_bytes()).unwrap().dataset;
    let site = Site::at("https://example.org/").unwrap();
    let catalogues = catalogues().unwrap();
    let page = |day: &str, path: &str| {
        let day = poles_model::Day::parse(day).unwrap();
        let pages = poles_model::site::pages(&dataset, &site, day, &catalogues);
        pages.into_iter().find(|p| p.path == path).expect(path)
    };
    let intro = |day: &str| {
        let region = page(day, "regions/nouvelle-aquitaine/");
        region.content.intro.expect("an intro").text
    };
    // ENTER's two-year label of phase V ran to 31 December 2024, and the data records nothing
    // after it: shown as last labelled, never counted as labelled.
    assert!(
        !intro("2024-06-01").contains("term"),
        "{}",
        intro("2024-06-01")
    );
    let now = intro(&dataset.updated);
    assert!(
        now.contains("The label of 1 cluster shown has passed its term"),
        "{now}"
    );
    let after_phase_v = intro("2027-01-15");
    assert!(
        after_phase_v
            .starts_with("No competitiveness cluster labelled today covers Nouvelle-Aquitaine"),
        "{after_phase_v}"
    );
    assert!(
        after_phase_v.contains("clusters shown have passed their term"),
        "{after_phase_v}"
    );
    let labelled = |day: &str| {
        let day = poles_model::Day::parse(day).unwrap();
        let labelled = |c: &&poles_model::Cluster| {
            matches!(c.standing(day), poles_model::Standing::Labelled(_))
        };
        dataset.clusters.iter().filter(labelled).count()
    };
    for day in [dataset.updated.as_str(), "2027-01-15"] {
        let index = page(day, "clusters/");
        assert!(
            index
                .description
                .starts_with(&format!("The {} French", labelled(day))),
            "{day}: {}",
            index.description
        );
    }
}
