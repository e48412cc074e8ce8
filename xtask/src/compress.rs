//! Precompressed copies for static hosts: after the release build, every text file of `dist/`
//! (wasm, JavaScript, CSS, HTML, JSON, GeoJSON, SVG, XML, plain text) gets a `.gz` (gzip level
//! 9) and a `.br` (brotli quality 11, 16 MiB window) beside it, so that a host which serves
//! precompressed files (nginx `gzip_static`/`brotli_static`, Caddy `precompressed`, most CDNs)
//! sends the smallest encoding without compressing on every request. A copy that would not be
//! smaller than the file is not written. See README "Deploying".

use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::{Compression, GzBuilder};

/// Extensions of the files that get precompressed copies (lower case, without the dot).
const TEXT: [&str; 10] = [
    "wasm", "js", "mjs", "css", "html", "json", "geojson", "svg", "xml", "txt",
];

/// Sizes of one file and of its compressed copies (0 when a copy was not written).
struct Compressed {
    raw: usize,
    gzip: usize,
    brotli: usize,
}

/// Writes `.gz` and `.br` beside each text file under `dir`; prints a summary and returns the
/// number of text files.
pub fn precompress(dir: &Path) -> Result<usize, String> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    files.sort();
    let mut done = Vec::new();
    for path in files {
        let body = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let gzip = write_smaller(&path, "gz", &body, gzip(&body)?)?;
        let brotli = write_smaller(&path, "br", &body, brotli(&body)?)?;
        done.push(Compressed {
            raw: body.len(),
            gzip,
            brotli,
        });
    }
    let total = |f: fn(&Compressed) -> usize| done.iter().map(f).sum::<usize>();
    println!(
        "==> precompressed {} files in {}: {} bytes raw, {} gzip -9, {} brotli -q 11 (files whose copy was written)",
        done.len(),
        dir.display(),
        total(|c| c.raw),
        total(|c| if c.gzip > 0 { c.gzip } else { c.raw }),
        total(|c| if c.brotli > 0 { c.brotli } else { c.raw }),
    );
    Ok(done.len())
}

/// The text files under `dir` (recursively), leaving out existing `.gz` and `.br` copies.
fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if is_text(&path) {
            out.push(path);
        }
    }
    Ok(())
}

fn is_text(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT.contains(&e.to_ascii_lowercase().as_str()))
}

/// Writes `compressed` as `path.ext` when smaller than `original`, else removes any stale copy.
/// Returns the size written (0 when none).
fn write_smaller(
    path: &Path,
    ext: &str,
    original: &[u8],
    compressed: Vec<u8>,
) -> Result<usize, String> {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    let target = PathBuf::from(name);
    if compressed.len() < original.len() {
        std::fs::write(&target, &compressed).map_err(|e| format!("{}: {e}", target.display()))?;
        Ok(compressed.len())
    } else {
        if target.exists() {
            std::fs::remove_file(&target).map_err(|e| format!("{}: {e}", target.display()))?;
        }
        Ok(0)
    }
}

/// gzip at level 9, reproducible (no file name, modification time 0).
pub fn gzip(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), Compression::best());
    encoder.write_all(body).map_err(|e| e.to_string())?;
    encoder.finish().map_err(|e| e.to_string())
}

/// brotli at quality 11 with a 16 MiB window (what `brotli -q 11` does).
pub fn brotli(body: &[u8]) -> Result<Vec<u8>, String> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        size_hint: body.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &body[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn copies_decompress_to_the_original() {
        let body = "Pôles — ".repeat(2000).into_bytes();
        let gz = gzip(&body).unwrap();
        let mut back = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, body);
        let br = brotli(&body).unwrap();
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, body);
        assert!(br.len() < gz.len() && gz.len() < body.len() / 20);
        assert_eq!(gzip(&body).unwrap(), gz, "reproducible");
    }

    #[test]
    fn writes_copies_only_when_smaller() {
        let dir = std::env::temp_dir().join(format!("poles-compress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("data/big.json"), "[1,2,3,4],".repeat(500)).unwrap();
        std::fs::write(dir.join("tiny.js"), "x").unwrap();
        std::fs::write(dir.join("icon.png"), [0u8; 600]).unwrap();
        assert_eq!(precompress(&dir).unwrap(), 2);
        assert!(dir.join("data/big.json.gz").exists() && dir.join("data/big.json.br").exists());
        assert!(!dir.join("tiny.js.gz").exists() && !dir.join("tiny.js.br").exists());
        assert!(!dir.join("icon.png.gz").exists());
        // A second run does not compress the copies again.
        assert_eq!(precompress(&dir).unwrap(), 2);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
