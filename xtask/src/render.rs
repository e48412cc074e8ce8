//! `cargo xtask pages [--dist DIR] [--data FILE] [--site-url URL] [--trunk]`: writes the static
//! pages into a built `dist/` (by default after Trunk, through the post-build hook of
//! `Trunk.toml`): one page per cluster, region and the index in each language
//! (`poles_model::site` says what they say), `sitemap.xml`, `robots.txt`, `404.html`, the pages'
//! stylesheet, the share image, and an oEmbed response beside each page and at the root (with
//! its discovery link in each page and in the atlas's `index.html`).
//!
//! - `--dist DIR`: the built app (default `dist/`); `--trunk`: Trunk's staging directory
//!   (`TRUNK_STAGING_DIR`, set for hooks).
//! - The pages are built from the dataset the app ships, `DIR/data/clusters.json`;
//!   `--data FILE` first puts FILE there.
//! - `--site-url URL`, else the environment variable `POLES_SITE_URL` (which
//!   `.cargo/config.toml` may set): the public address of the atlas root. Without it, canonical
//!   and alternate links are relative, and there is no `og:url`, `og:image`, `sitemap.xml` or
//!   oEmbed (the atlas's `index.html` then has no discovery link).
//! - The atlas's `index.html` gets its first view (`first_view`): the default view as HTML,
//!   of the day of the build.

mod first_view;
mod html;
mod oembed;
mod sitemap;
mod template;

use std::path::{Path, PathBuf};

use poles_model::catalogue::{Catalogues, Language};
use poles_model::site::{Site, Texts, SHARE_IMAGE};
use poles_model::ViewState;

use crate::run::root;
use template::Template;

/// The environment variable holding the public address of the atlas root.
pub const SITE_URL_VAR: &str = "POLES_SITE_URL";

/// What the pages write at the top of `dist/` (removed first, so that a page gone from the
/// data does not linger).
const OUTPUTS: [&str; 14] = [
    "clusters",
    "regions",
    "fr",
    "de",
    "es",
    "it",
    "ja",
    "zh",
    "sitemap.xml",
    "robots.txt",
    "404.html",
    html::STYLESHEET,
    SHARE_IMAGE,
    oembed::FILE,
];

/// What was written.
#[derive(Debug)]
pub struct Summary {
    pub pages: usize,
    /// Bytes of every file written (pages, sitemap, robots.txt, 404.html, stylesheet, image,
    /// oEmbed responses, the atlas's `index.html` when its discovery link changed).
    pub bytes: u64,
    /// Bytes of the HTML pages alone.
    pub page_bytes: u64,
}

/// Today, by the system clock (UTC): the pages say what the data says of the day they are built.
fn today() -> poles_model::Day {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    poles_model::Day::from_unix_days((seconds / 86_400) as i64).unwrap_or(poles_model::Day::LAST)
}

pub fn run(args: &[String]) -> Result<(), String> {
    let mut dist = root().join("dist");
    let mut data = None;
    let mut site_url = std::env::var(SITE_URL_VAR).ok();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--dist" => dist = PathBuf::from(value("--dist")?),
            "--data" => data = Some(PathBuf::from(value("--data")?)),
            "--site-url" => site_url = Some(value("--site-url")?),
            "--trunk" => {
                dist = std::env::var_os("TRUNK_STAGING_DIR")
                    .map(PathBuf::from)
                    .ok_or("--trunk: TRUNK_STAGING_DIR is not set (run from a Trunk hook)")?;
            }
            other => return Err(format!("pages: unknown argument `{other}`")),
        }
    }
    let site = match site_url.as_deref().map(str::trim) {
        None | Some("") => Site::unknown(),
        Some(url) => Site::at(url)?,
    };
    let summary = generate(&dist, data.as_deref(), &site)?;
    println!(
        "pages: {} pages ({} KB), 404.html, robots.txt{} in {}",
        summary.pages,
        summary.page_bytes.div_ceil(1024),
        if site.url().is_some() {
            ", sitemap.xml, oembed.json per page"
        } else {
            ""
        },
        dist.display()
    );
    match site.url() {
        Some(url) => println!("pages: public address {url}"),
        None => println!(
            "pages: {SITE_URL_VAR} is not set: canonical links are relative; no hreflang alternates, og:url, og:image, sitemap.xml or oEmbed (see README, Publishing)"
        ),
    }
    Ok(())
}

/// The repository's catalogues (`i18n/catalogue/`): the pages' texts.
pub fn catalogues() -> Result<Catalogues, String> {
    Catalogues::read(|language| {
        let path = format!("i18n/catalogue/{}.json", language.code());
        std::fs::read_to_string(root().join(&path)).map_err(|e| format!("{path}: {e}"))
    })
}

/// Writes the pages into `dist`, from `dist/data/clusters.json` (replaced by `data` first when
/// given), with Trunk's `dist/index.html` as the template.
pub fn generate(dist: &Path, data: Option<&Path>, site: &Site) -> Result<Summary, String> {
    let shown = |path: &Path| path.display().to_string();
    let dataset_path = dist.join("data/clusters.json");
    if let Some(data) = data {
        std::fs::copy(data, &dataset_path)
            .map_err(|e| format!("copy {} to {}: {e}", shown(data), shown(&dataset_path)))?;
    }
    let bytes = std::fs::read(&dataset_path).map_err(|e| {
        format!(
            "{}: {e} (build the app first: cargo xtask build)",
            shown(&dataset_path)
        )
    })?;
    let loaded = poles_model::load(&bytes).map_err(|e| format!("{}: {e}", shown(&dataset_path)))?;
    if loaded.skipped > 0 {
        println!(
            "pages: {} invalid records of {} have no page (cargo xtask validate says why)",
            loaded.skipped,
            shown(&dataset_path)
        );
    }
    let index_path = dist.join("index.html");
    let written_index =
        std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", shown(&index_path)))?;
    // Trunk's own, without the discovery link and the first view an earlier run may have added.
    let index = first_view::without(&template::without_discovery(&written_index));
    let template = Template::parse(&index)?;

    for name in OUTPUTS {
        let path = dist.join(name);
        let removed = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else if path.exists() {
            std::fs::remove_file(&path)
        } else {
            Ok(())
        };
        removed.map_err(|e| format!("remove {}: {e}", shown(&path)))?;
    }

    let mut summary = Summary {
        pages: 0,
        bytes: 0,
        page_bytes: 0,
    };
    let mut write = |relative: &str, contents: &[u8]| -> Result<(), String> {
        let path = dist.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", shown(parent)))?;
        }
        std::fs::write(&path, contents).map_err(|e| format!("{}: {e}", shown(&path)))?;
        summary.bytes += contents.len() as u64;
        Ok(())
    };

    let share_image = root().join("public").join(SHARE_IMAGE);
    let image = match std::fs::read(&share_image) {
        Ok(png) => {
            write(SHARE_IMAGE, &png)?;
            true
        }
        Err(_) => {
            println!(
                "pages: warning: no {} (make it with cargo xtask share-image): no og:image",
                shown(&share_image)
            );
            false
        }
    };
    let image_url = site.absolute(SHARE_IMAGE).filter(|_| image);
    let catalogues = catalogues()?;
    let all = poles_model::site::pages(&loaded.dataset, site, today(), &catalogues);
    let mut page_bytes = 0;
    for page in &all {
        let t = html::texts(page, &catalogues);
        let html = template.page(
            page.lang.code(),
            &page.base_href(),
            &html::one_per_line(html::head(page, site, image_url.as_deref(), t)),
            &format!("  {}\n", html::one_per_line(html::head_end(page))),
            &html::body(page, &catalogues).into_string(),
        );
        write(&format!("{}index.html", page.path), html.as_bytes())?;
        page_bytes += html.len() as u64;
        let embedded = oembed::Embedded::of(page, t);
        if let Some(response) = embedded.response(site, image_url.as_deref()) {
            write(
                &embedded.file(),
                &serde_json::to_vec(&response).expect("JSON"),
            )?;
        }
    }
    // The atlas root: its response, and its discovery link in index.html (the one tag the
    // pages add to the atlas's first visit).
    let atlas_state = ViewState::default();
    let english = Texts::new(Language::En, catalogues.get(Language::En));
    let atlas = oembed::Embedded::atlas(&atlas_state, english);
    let atlas_index = match atlas.response(site, image_url.as_deref()) {
        Some(response) => {
            write(&atlas.file(), &serde_json::to_vec(&response).expect("JSON"))?;
            template.atlas(&atlas.link(site).into_string())
        }
        None => index,
    };
    let geojson_path = dist.join("data/regions.geojson");
    let geojson = std::fs::read_to_string(&geojson_path)
        .map_err(|e| format!("{}: {e}", shown(&geojson_path)))?;
    let outlines = poles_model::map_image::Outlines::from_geojson(&geojson)
        .map_err(|e| format!("{}: {e}", shown(&geojson_path)))?;
    let first = first_view::render(&loaded.dataset, &outlines, today(), &catalogues);
    let atlas_index = first_view::with(&atlas_index, &first)?;
    if atlas_index != written_index {
        write("index.html", atlas_index.as_bytes())?;
    }
    let mut stylesheet = std::fs::read_to_string(root().join("style/pages.css"))
        .map_err(|e| format!("style/pages.css: {e}"))?;
    stylesheet.push_str(&html::sector_colours(&loaded.dataset));
    write(html::STYLESHEET, stylesheet.as_bytes())?;
    write("404.html", html::not_found(site, &catalogues).as_bytes())?;
    write("robots.txt", sitemap::robots(site).as_bytes())?;
    if let Some(map) = sitemap::sitemap(&all, site, &loaded.dataset.updated) {
        write("sitemap.xml", map.as_bytes())?;
    }
    summary.pages = all.len();
    summary.page_bytes = page_bytes;
    Ok(summary)
}

/// Whether `dist` holds the pages (the build's hook ran).
pub fn check(dist: &Path) -> Result<(), String> {
    for name in [
        "clusters/index.html",
        "fr/poles/index.html",
        "zh/clusters/index.html",
        "404.html",
        "robots.txt",
    ] {
        if !dist.join(name).is_file() {
            return Err(format!(
                "{} has no {name}: the post-build hook of Trunk.toml did not run (cargo xtask pages writes the pages)",
                dist.display()
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
