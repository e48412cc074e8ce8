//! Downloads of the visible clusters as CSV for spreadsheets (UTF-8 with a byte order mark, one
//! row per cluster). The JSON download, in the dataset's own format (reusable with `?data=`), is
//! the file's own text with only their records ([`crate::validate::Original::with`]).

use crate::dataset::{Cluster, Dataset, Lang, Status};
use crate::ids::{RegionCode, SectorId};

/// Byte order mark, so that spreadsheet apps read the CSV as UTF-8.
pub(crate) const BOM: &str = "\u{feff}";

/// CSV columns, in order.
pub const CSV_HEADER: [&str; 20] = [
    "id",
    "name",
    "status",
    "primary_sector",
    "sectors",
    "regions",
    "hq_city",
    "lat",
    "lon",
    "website",
    "successor",
    "description",
    "enterprises",
    "research",
    "training",
    "member_count",
    "member_count_year",
    "checked",
    "label_periods",
    "events",
];

/// The clusters at `positions` as CSV, with labels and descriptions in `lang`. Every value is
/// written as text (quoted as needed), so a spreadsheet never runs data as a formula: values
/// starting with `=`, `+`, `-` or `@` get a leading apostrophe.
pub fn to_csv(dataset: &Dataset, positions: &[usize], lang: Lang) -> String {
    let sector_label = |id: &SectorId| {
        dataset
            .sectors
            .iter()
            .find(|s| s.id == *id)
            .map_or(id.to_string(), |s| s.label.get(lang).to_owned())
    };
    let region_name = |code: &RegionCode| {
        dataset
            .regions
            .iter()
            .find(|r| r.code == *code)
            .map_or(code.to_string(), |r| r.name.clone())
    };
    let mut csv = Csv::new();
    csv.row(CSV_HEADER);
    for cluster in positions.iter().filter_map(|&p| dataset.clusters.get(p)) {
        let Cluster {
            hq,
            members,
            member_count,
            ..
        } = cluster;
        let record = [
            cluster.id.to_string(),
            cluster.name.clone(),
            match cluster.status {
                Status::Current => "current",
                Status::Historical => "historical",
            }
            .to_owned(),
            cluster
                .sectors
                .first()
                .map(sector_label)
                .unwrap_or_default(),
            cluster
                .sectors
                .iter()
                .map(sector_label)
                .collect::<Vec<_>>()
                .join("; "),
            cluster
                .regions
                .iter()
                .map(region_name)
                .collect::<Vec<_>>()
                .join("; "),
            hq.city.clone(),
            // serde_json's float writer (already linked) keeps core's float formatting out of
            // the wasm bundle.
            serde_json::to_string(&hq.lat).unwrap_or_default(),
            serde_json::to_string(&hq.lon).unwrap_or_default(),
            cluster.website.clone().unwrap_or_default(),
            cluster
                .successor
                .as_ref()
                .map_or("", |id| id.as_str())
                .to_owned(),
            cluster.description.get(lang).to_owned(),
            members.enterprises.join("; "),
            members.research.join("; "),
            members.training.join("; "),
            member_count
                .as_ref()
                .map(|m| m.value.to_string())
                .unwrap_or_default(),
            member_count
                .as_ref()
                .map(|m| m.year.to_string())
                .unwrap_or_default(),
            cluster.checked.clone().unwrap_or_default(),
            // "V 2023-01-01/2026-12-31 full; ..." and "2015-12-18 merged-into safe-cluster; ...":
            // the dataset's own words and ISO dates, for a spreadsheet to sort and filter.
            (cluster.labels.periods.iter())
                .map(|p| {
                    format!(
                        "{} {}/{} {}",
                        p.phase.numeral(),
                        p.from,
                        p.until,
                        p.kind.name()
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
            (cluster.events.iter())
                .map(|e| {
                    let other = (e.other.as_ref().map(|id| id.as_str()))
                        .or(e.name.as_deref())
                        .unwrap_or_default();
                    format!("{} {} {other}", e.date, e.kind.name())
                        .trim_end()
                        .to_owned()
                })
                .collect::<Vec<_>>()
                .join("; "),
        ];
        csv.row(record);
    }
    csv.finish()
}

/// A CSV text being written: UTF-8 with a byte order mark, rows ended by `\n`, a value quoted
/// when it holds a comma, a quote or a line break (RFC 4180, as the `csv` crate writes it; the
/// tests read it back with that crate). Every value is made formula-safe ([`defuse_formula`]).
/// Hand-written rather than the `csv` crate: writing is all the app needs, and the crate's
/// writer cost about 9 KB of wasm (docs/performance.md, Bytes).
pub(crate) struct Csv(String);

impl Csv {
    pub(crate) fn new() -> Self {
        Csv(BOM.to_owned())
    }

    /// Appends one row.
    pub(crate) fn row<S: AsRef<str>>(&mut self, values: impl IntoIterator<Item = S>) {
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            let value = defuse_formula(value.as_ref());
            if value.contains([',', '"', '\n', '\r']) {
                self.0.push('"');
                self.0.push_str(&value.replace('"', "\"\""));
                self.0.push('"');
            } else {
                self.0.push_str(&value);
            }
        }
        self.0.push('\n');
    }

    pub(crate) fn finish(self) -> String {
        self.0
    }
}

/// A value a spreadsheet would read as a formula, made plain text.
pub(crate) fn defuse_formula(value: &str) -> String {
    match value.chars().next() {
        // A negative number (`-4.49`) stays a number; serde_json's reader keeps core's float
        // parsing out of the wasm.
        Some('-') if serde_json::from_str::<f64>(value).is_ok() => value.to_owned(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => {
            format!("'{value}")
        }
        _ => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        let text = include_str!("../../data/clusters.json");
        crate::load(text.as_bytes()).unwrap().dataset
    }

    #[test]
    fn csv_has_bom_header_and_one_row_per_cluster() {
        let dataset = dataset();
        let csv = to_csv(&dataset, &[0, 1, 2], Lang::Fr);
        assert!(csv.starts_with('\u{feff}'));
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        assert_eq!(
            reader.headers().unwrap().iter().collect::<Vec<_>>(),
            CSV_HEADER
        );
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(&rows[0][0], dataset.clusters[0].id.as_str());
        assert_eq!(&rows[0][11], dataset.clusters[0].description.fr);
    }

    #[test]
    fn csv_carries_the_label_periods_and_events() {
        let dataset = dataset();
        let optitec = (dataset.clusters.iter())
            .position(|c| c.id.as_str() == "optitec")
            .unwrap();
        let csv = to_csv(&dataset, &[optitec], Lang::En);
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        assert!(
            row[18].starts_with("I 2005-07-12/2008-12-31 full; "),
            "{}",
            &row[18]
        );
        assert!(
            row[18].ends_with("V 2023-01-01/2023-12-31 full"),
            "{}",
            &row[18]
        );
        assert!(
            row[19].contains("2024-01-01 absorbed-by scs"),
            "{}",
            &row[19]
        );
    }

    #[test]
    fn csv_quotes_and_defuses_hostile_text() {
        let mut dataset = dataset();
        dataset.clusters[0].name = "=HYPERLINK(\"http://x\"), \"quoted\"\nline".to_owned();
        let csv = to_csv(&dataset, &[0], Lang::En);
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!(&row[1], "'=HYPERLINK(\"http://x\"), \"quoted\"\nline");
        assert_eq!(defuse_formula("-1.5"), "-1.5", "numbers stay numbers");
        for formula in ["-1+2", "+1", "-", "@SUM(A1)", "\t-1", "\r=1", "-inf"] {
            assert_eq!(defuse_formula(formula), format!("'{formula}"));
        }
    }

    #[test]
    fn json_export_is_a_loadable_dataset_of_the_visible_clusters() {
        let text = include_str!("../../data/clusters.json");
        let loaded = crate::load(text.as_bytes()).unwrap();
        let dataset = &loaded.dataset;
        let current: Vec<usize> = (0..dataset.clusters.len())
            .filter(|&i| dataset.clusters[i].successor.is_none())
            .collect();
        let json = loaded.original.with(&current);
        let exported = crate::load(json.as_bytes()).unwrap();
        assert!(!exported.has_errors(), "{:?}", exported.issues);
        let ids = |d: &Dataset, positions: &[usize]| -> Vec<String> {
            positions
                .iter()
                .map(|&p| d.clusters[p].id.to_string())
                .collect()
        };
        let all: Vec<usize> = (0..exported.dataset.clusters.len()).collect();
        assert_eq!(ids(&exported.dataset, &all), ids(dataset, &current));
        // The records as the file wrote them, and the rest of the file unchanged.
        assert_eq!(exported.dataset.sources, dataset.sources);
        assert_eq!(exported.dataset.clusters[0], dataset.clusters[current[0]]);
        assert!(crate::load(loaded.original.with(&[]).as_bytes()).is_ok());
    }

    #[test]
    fn json_export_keeps_the_file_around_the_records_as_read() {
        let text = include_str!("../../data/clusters.json");
        let loose = text.replacen("\"clusters\": [", "\"clusters\" :\n [ \n", 1);
        assert_ne!(loose, text);
        // A byte order mark (left out of the export), the array spaced out.
        for variant in [format!("\u{feff}{text}"), loose] {
            let loaded = crate::load_owned(variant.into_bytes()).unwrap();
            let first = loaded.original.with(&[0]);
            assert!(first.starts_with('{'), "{}", &first[..20]);
            let exported = crate::load(first.as_bytes()).unwrap();
            assert_eq!(
                exported.dataset.clusters,
                [loaded.dataset.clusters[0].clone()]
            );
            assert_eq!(exported.dataset.sources, loaded.dataset.sources);
        }
        // No records: the array is found by its name.
        let none = crate::load(text.as_bytes()).unwrap().original.with(&[]);
        assert_eq!(
            crate::load(none.as_bytes()).unwrap().original.with(&[]),
            none
        );
    }
}
