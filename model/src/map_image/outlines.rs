//! The region outlines as data (read from the GeoJSON the app already loads,
//! `data/regions.geojson`) and the projection that puts them in a picture: Web Mercator, as
//! the app's Leaflet maps, fitted into a rectangle.

use serde_json::Value;

use crate::RegionCode;

/// The app's metropolitan map fits this box at first (`[west, south, east, north]`, degrees);
/// the first view of `index.html` (issue 24) draws the same box in the same place.
pub const FRANCE_BOUNDS: [f64; 4] = [-5.2, 41.3, 9.6, 51.1];

/// A position, `[longitude, latitude]` in degrees.
pub type Point = [f64; 2];

/// One region's outline: its polygons, each a list of rings (the outer ring first).
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// The INSEE code of the region (the feature's `code` property).
    pub code: RegionCode,
    /// The polygons, each a list of closed rings of positions.
    pub polygons: Vec<Vec<Vec<Point>>>,
}

/// The outlines of the regions, in the order of the file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outlines {
    /// One outline per feature with a `code` and a polygon geometry.
    pub regions: Vec<Outline>,
}

/// The positions of a ring as GeoJSON writes them (two or three numbers each).
fn ring(value: &Value) -> Vec<Point> {
    let positions = value.as_array().map(Vec::as_slice).unwrap_or_default();
    (positions.iter())
        .filter_map(|p| Some([p.get(0)?.as_f64()?, p.get(1)?.as_f64()?]))
        .collect()
}

/// The rings of a polygon.
fn polygon(value: &Value) -> Vec<Vec<Point>> {
    let rings = value.as_array().map(Vec::as_slice).unwrap_or_default();
    rings.iter().map(ring).collect()
}

impl Outlines {
    /// Reads a GeoJSON `FeatureCollection` whose features have a `code` property; features
    /// without a code, or whose geometry is not a `Polygon` or `MultiPolygon`, are left out.
    /// For native readers (the tests, the tools): the app reads the same shape from the
    /// parsed GeoJSON it already holds, into [`Outline`]s (`src/map_image.rs`), with no JSON
    /// reader of its own in the wasm.
    pub fn from_geojson(text: &str) -> Result<Self, serde_json::Error> {
        let collection: Value = serde_json::from_str(text)?;
        let features = collection["features"].as_array().map(Vec::as_slice);
        let regions = (features.unwrap_or_default().iter())
            .filter_map(|feature| {
                let code = feature["properties"]["code"].as_str()?;
                let coordinates = &feature["geometry"]["coordinates"];
                let polygons = match feature["geometry"]["type"].as_str()? {
                    "Polygon" => vec![polygon(coordinates)],
                    "MultiPolygon" => coordinates.as_array()?.iter().map(polygon).collect(),
                    _ => return None,
                };
                Some(Outline {
                    code: RegionCode::new(code),
                    polygons,
                })
            })
            .collect();
        Ok(Outlines { regions })
    }

    /// The outline of the region `code`, if the file has one.
    pub fn get(&self, code: &RegionCode) -> Option<&Outline> {
        self.regions.iter().find(|o| &o.code == code)
    }
}

impl Outline {
    /// The bounding box of the outline, `[west, south, east, north]` in degrees (`None` when
    /// it has no position).
    pub fn extent(&self) -> Option<[f64; 4]> {
        let points = self.polygons.iter().flatten().flatten();
        points.fold(None, |extent, &[lon, lat]| {
            let [w, s, e, n] = extent.unwrap_or([lon, lat, lon, lat]);
            Some([w.min(lon), s.min(lat), e.max(lon), n.max(lat)])
        })
    }
}

/// The inverse Gudermannian's series: |E₂ₙ| / (2n + 1)!, Euler's numbers over factorials.
const INVERSE_GUDERMANNIAN: [f64; 26] = [
    1.0,
    0.16666666666666666,
    0.041666666666666664,
    0.012103174603174604,
    0.0038166887125220456,
    0.001265657567740901,
    0.00043403821615627174,
    0.00015245460634432195,
    5.451840749278952e-05,
    1.9769638623820764e-05,
    7.249253438951267e-06,
    2.682532472943501e-06,
    1.0002143043783698e-06,
    3.753440637619269e-07,
    1.416301006847138e-07,
    5.3697258552517034e-08,
    2.0443728926252124e-08,
    7.812072322827638e-09,
    2.99497237899411e-09,
    1.151569581270183e-09,
    4.4394705637184804e-10,
    1.7155636188569481e-10,
    6.643898905317058e-11,
    2.5780890679918337e-11,
    1.0022127908165134e-11,
    3.902528568724682e-12,
];

/// Web Mercator's `y` of a latitude (in radians of the sphere, growing northwards): the
/// inverse Gudermannian, `ln(tan(π/4 + φ/2))`, as its series (no `tan` and `ln` of libm in the
/// wasm: 8 KB), within 2e-7 up to 70°, where latitudes are clamped (no region is beyond).
pub(super) fn mercator_y(lat: f64) -> f64 {
    let x = lat.clamp(-70.0, 70.0).to_radians();
    let x2 = x * x;
    x * INVERSE_GUDERMANNIAN
        .iter()
        .rev()
        .fold(0.0, |sum, c| sum * x2 + c)
}

/// A rectangle of the picture, `(x, y, width, height)` in pixels.
pub type Rect = (f64, f64, f64, f64);

/// A bounding box in degrees projected into a rectangle of the picture: Web Mercator, the box
/// centred and as large as fits (the same scale both ways, so shapes keep their proportions).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// The rectangle of the picture the frame fills.
    pub rect: Rect,
    scale: f64,
    origin: (f64, f64),
}

impl Frame {
    /// Fits `bbox` (`[west, south, east, north]`) into `rect`.
    pub fn fit(bbox: [f64; 4], rect: Rect) -> Self {
        let [w, s, e, n] = bbox;
        let (x0, x1) = (w.to_radians(), e.to_radians());
        let (y0, y1) = (mercator_y(s), mercator_y(n));
        let (width, height) = ((x1 - x0).max(1e-9), (y1 - y0).max(1e-9));
        let scale = (rect.2 / width).min(rect.3 / height);
        // The box's centre at the rectangle's centre.
        let origin = (
            rect.0 + rect.2 / 2.0 - scale * (x0 + x1) / 2.0,
            rect.1 + rect.3 / 2.0 + scale * (y0 + y1) / 2.0,
        );
        Frame {
            rect,
            scale,
            origin,
        }
    }

    /// Where `[lon, lat]` falls in the picture.
    pub fn project(&self, [lon, lat]: Point) -> (f64, f64) {
        (
            self.origin.0 + self.scale * lon.to_radians(),
            self.origin.1 - self.scale * mercator_y(lat),
        )
    }

    /// SVG path data of `outline` in this frame, one decimal (consecutive points that round
    /// to the same pixel once).
    pub fn path(&self, outline: &Outline) -> String {
        let mut data = String::new();
        for ring in outline.polygons.iter().flatten() {
            let mut last = None;
            for &point in ring {
                let (x, y) = self.project(point);
                let here = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
                if last == Some(here) {
                    continue;
                }
                data.push(if last.is_none() { 'M' } else { 'L' });
                data.push_str(&format!("{},{}", tenth(here.0), tenth(here.1)));
                last = Some(here);
            }
            if last.is_some() {
                data.push('Z');
            }
        }
        data
    }
}

/// A number of tenths written as a decimal without a trailing `.0` (integers only: the
/// formatting of floats would add kilobytes to the wasm).
pub(super) fn tenth(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    match tenth {
        0 => format!("{sign}{whole}"),
        _ => format!("{sign}{whole}.{tenth}"),
    }
}

/// A number of pixels written with one decimal at most.
#[inline(never)]
pub fn px(value: f64) -> String {
    tenth((value * 10.0).round() as i64)
}
