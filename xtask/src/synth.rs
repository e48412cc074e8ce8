//! `cargo xtask synth N [--seed S] [--out FILE]`: writes a seeded synthetic dataset of N
//! clusters in the app's format, for the benchmark (`cargo xtask bench`).
//!
//! The vocabulary, regions and sources are those of `data/clusters.json`. Clusters are spread
//! over the regions by a rough population weight, gathered around a few invented towns per
//! region (so that the map clusters them as it would real ones), with their head office inside
//! the region's bounding box shrunk by a tenth; each has 1–3 sectors, a 2nd region for about a
//! fifth of them, a few named members, and about 10% are historical with a current successor.
//! The same N and seed always give the same bytes. Every dataset written is checked with
//! `poles_model::load`: any issue (error or warning) fails the command.

use std::path::{Path, PathBuf};

use poles_model::timeline::{Event, EventKind};
use poles_model::{
    Cluster, Dataset, Localized, PartialDate, Region, RegionCode, SectorId, SourceId, Status,
};
use serde_json::json;

use crate::run::root;

/// Seed used when none is given.
pub const DEFAULT_SEED: u64 = 1;

/// Parses `N [--seed S] [--out FILE]`, writes the dataset and says where.
pub fn run(args: &[String]) -> Result<(), String> {
    const USAGE: &str = "usage: cargo xtask synth N [--seed S] [--out FILE]";
    let mut count = None;
    let mut seed = DEFAULT_SEED;
    let mut out = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => {
                seed = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .ok_or(format!("--seed needs a number; {USAGE}"))?;
            }
            "--out" => out = Some(PathBuf::from(args.next().ok_or(USAGE)?)),
            n => {
                let n: usize = n
                    .replace('_', "")
                    .parse()
                    .map_err(|_| format!("not a cluster count: {n}; {USAGE}"))?;
                count = Some(n);
            }
        }
    }
    let count = count.filter(|&n| n > 0).ok_or(USAGE)?;
    let out = out.unwrap_or_else(|| root().join(format!("target/bench/bench-{count}.json")));
    let bytes = write(count, seed, &out)?;
    println!(
        "{}: {count} synthetic clusters (seed {seed}), {bytes} bytes, valid",
        out.display()
    );
    Ok(())
}

/// Generates, checks and writes a dataset; returns its size in bytes.
pub fn write(count: usize, seed: u64, out: &Path) -> Result<usize, String> {
    let base = base_dataset()?;
    let bytes = to_checked_json(&generate(&base, count, seed))?;
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(bytes.len())
}

/// The real dataset, whose vocabulary, regions and sources the synthetic ones share.
pub fn base_dataset() -> Result<Dataset, String> {
    let path = root().join("data/clusters.json");
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let loaded = poles_model::load(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(loaded.dataset)
}

/// Serializes a dataset (compact JSON) and checks that it loads with no issue at all and
/// keeps every record.
pub fn to_checked_json(dataset: &Dataset) -> Result<Vec<u8>, String> {
    let bytes = serde_json::to_vec(dataset).map_err(|e| e.to_string())?;
    let loaded = poles_model::load(&bytes).map_err(|e| format!("generated dataset: {e}"))?;
    if let Some(issue) = loaded.issues.first() {
        return Err(format!(
            "generated dataset has {} issues, the first: {issue}",
            loaded.issues.len()
        ));
    }
    if loaded.dataset.clusters.len() != dataset.clusters.len() {
        return Err(format!(
            "generated dataset keeps {} of {} clusters",
            loaded.dataset.clusters.len(),
            dataset.clusters.len()
        ));
    }
    Ok(bytes)
}

/// A small seeded PRNG (xorshift64*, seeded through splitmix64): deterministic everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.unit() * n as f64) as usize % n.max(1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Roughly normal, mean 0, standard deviation 1 (sum of 4 uniforms).
    fn normal(&mut self) -> f64 {
        ((0..4).map(|_| self.unit()).sum::<f64>() - 2.0) * 3f64.sqrt()
    }

    /// An index drawn with probability proportional to `weights`.
    fn weighted(&mut self, weights: &[f64]) -> usize {
        let total: f64 = weights.iter().sum();
        let mut at = self.unit() * total;
        for (i, w) in weights.iter().enumerate() {
            if at < *w {
                return i;
            }
            at -= w;
        }
        weights.len() - 1
    }
}

/// Rough population of each region in millions (INSEE 2021); an unknown code weighs 1.
fn region_weight(code: &RegionCode) -> f64 {
    match code.as_str() {
        "11" => 12.3,
        "84" => 8.1,
        "32" => 6.0,
        "75" => 6.0,
        "76" => 6.0,
        "44" => 5.6,
        "93" => 5.1,
        "52" => 3.9,
        "53" => 3.4,
        "28" => 3.3,
        "27" => 2.8,
        "24" => 2.6,
        "04" => 0.9,
        "01" => 0.4,
        "02" => 0.4,
        "94" => 0.35,
        "03" => 0.3,
        "06" => 0.3,
        _ => 1.0,
    }
}

const NAME_HEADS: &[&str] = &[
    "Aero", "Agri", "Aqua", "Bio", "Cap", "Cosmé", "Digi", "Éco", "Énergie", "Hydro", "Indus",
    "Médi", "Nova", "Opti", "Plasti", "Techno", "Terra", "Vita", "Mer", "Photo", "Robo", "Textil",
    "Véhi", "Alim", "Géo", "Nucléo", "Kinéo", "Quanti", "Zéphyr", "Wave",
];
const NAME_TAILS: &[&str] = &[
    "Valley",
    "Campus",
    "Cluster",
    "Alliance",
    "Hub",
    "Innov",
    "Tech",
    "Réseau",
    "Pôle",
    "Lab",
    "Factory",
    "Sud",
    "Ouest",
    "Nord",
    "Est",
    "Centre",
    "Avenir",
    "Impulsion",
];
const TOWN_HEADS: &[&str] = &[
    "Saint-",
    "Sainte-",
    "Le ",
    "La ",
    "Les ",
    "Mont",
    "Bourg",
    "Château",
    "Ville",
    "Pont-",
    "Fontaine-",
    "",
    "",
    "",
    "",
];
const TOWN_ROOTS: &[&str] = &[
    "Aubin",
    "Brieuc",
    "Marcel",
    "Rivière",
    "Clair",
    "Bellerive",
    "Vernon",
    "Auray",
    "Gien",
    "Lunel",
    "Murat",
    "Niort",
    "Orange",
    "Privas",
    "Quimper",
    "Rodez",
    "Sète",
    "Tulle",
    "Uzès",
    "Vichy",
    "Yvetot",
    "Albi",
    "Besse",
    "Crest",
    "Dole",
    "Évian",
    "Figeac",
    "Gap",
    "Hyères",
    "Issoire",
    "Jarnac",
    "Kaysersberg",
    "Lodève",
    "Millau",
    "Nérac",
    "Ornans",
    "Pézenas",
];
const TOWN_TAILS: &[&str] = &[
    "",
    "",
    "",
    "",
    "-sur-Mer",
    "-sur-Loire",
    "-les-Bains",
    "-en-Vallée",
    "-le-Haut",
    "-d'Azur",
];
const COMPANY_WORDS: &[&str] = &[
    "Alpha", "Boréal", "Cobalt", "Delta", "Elan", "Fluxo", "Granit", "Helio", "Iris", "Jade",
    "Kappa", "Lumen", "Magma", "Nexus", "Orion", "Prisme", "Quartz", "Rhéa", "Sigma", "Titan",
];
const COMPANY_KINDS: &[&str] = &[
    "Industries",
    "Systèmes",
    "SA",
    "Group",
    "Technologies",
    "& Fils",
];
const RESEARCH: &[&str] = &[
    "CNRS", "INRAE", "CEA", "Inria", "Inserm", "IFREMER", "ONERA",
];
const TRAINING: &[&str] = &[
    "Université de",
    "École d'ingénieurs de",
    "IUT de",
    "Lycée technique de",
];
const ADJECTIVES_EN: &[&str] = &[
    "leading",
    "young",
    "regional",
    "cross-border",
    "industrial",
    "research-driven",
];
const ADJECTIVES_FR: &[&str] = &[
    "majeur",
    "jeune",
    "régional",
    "transfrontalier",
    "industriel",
    "tourné vers la recherche",
];

/// A town: a name and a centre, inside a region.
struct Town {
    name: String,
    lat: f64,
    lon: f64,
}

/// Generates `count` synthetic clusters over `base`'s vocabulary, regions and sources.
pub fn generate(base: &Dataset, count: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    let regions: Vec<&Region> = base.regions.iter().collect();
    let region_weights: Vec<f64> = regions.iter().map(|r| region_weight(&r.code)).collect();
    // Sectors: weighted by how often the real clusters have them, plus one.
    let sector_weights: Vec<f64> = base
        .sectors
        .iter()
        .map(|s| {
            1.0 + base
                .clusters
                .iter()
                .filter(|c| c.sectors.contains(&s.id))
                .count() as f64
        })
        .collect();
    // A few towns per region, more in the populous ones.
    let towns: Vec<Vec<Town>> = regions
        .iter()
        .zip(&region_weights)
        .map(|(region, weight)| {
            let n = 3 + (*weight as usize);
            (0..n).map(|_| town(&mut rng, region)).collect()
        })
        .collect();
    let source_ids: Vec<&SourceId> = base.sources.iter().map(|s| &s.id).collect();

    let mut clusters: Vec<Cluster> = (0..count)
        .map(|i| {
            let r = rng.weighted(&region_weights);
            let region = regions[r];
            let town = rng.pick(&towns[r]);
            cluster(
                &mut rng,
                i,
                base,
                &sector_weights,
                (region, town, &regions),
                &source_ids,
            )
        })
        .collect();

    // About 10% historical, each merged into a current cluster labelled by then (the first one
    // stays current): its periods end the year before, the merger on 1 January.
    let historical: Vec<bool> = (0..count).map(|i| i > 0 && rng.chance(0.1)).collect();
    let current: Vec<usize> = (0..count).filter(|&i| !historical[i]).collect();
    let first_year = |c: &Cluster| c.first_labelled().map_or(2005, |d| d.year);
    for i in (0..count).filter(|&i| historical[i]) {
        let successor = &clusters[*rng.pick(&current)];
        let merged = (first_year(&clusters[i]) + 1)
            .max(first_year(successor))
            .max(2008 + rng.below(16) as u16);
        if merged > 2026 {
            continue;
        }
        let successor = successor.id.clone();
        let cluster = &mut clusters[i];
        let end = PartialDate::parse(&format!("{}-12-31", merged - 1)).expect("a date");
        cluster
            .labels
            .periods
            .retain(|p| p.from.first_day() <= end.last_day());
        if let Some(last) = cluster.labels.periods.last_mut() {
            last.until = end;
        }
        let sources = cluster.events[0].sources.clone();
        cluster.events.push(Event {
            date: PartialDate::parse(&format!("{merged}-01-01")).expect("a date"),
            kind: EventKind::MergedInto,
            other: Some(successor.clone()),
            name: None,
            sources,
            note: None,
        });
        cluster.status = Status::Historical;
        cluster.successor = Some(successor);
    }

    let mut dataset = base.with_clusters(clusters);
    dataset.json_schema = None;
    dataset.title = Localized {
        en: format!("Synthetic benchmark dataset ({count} clusters, seed {seed})"),
        fr: format!("Jeu de données synthétique de test ({count} pôles, graine {seed})"),
    };
    dataset.licence = Localized {
        en: "Synthetic data generated by cargo xtask synth; not real clusters.".into(),
        fr: "Données synthétiques produites par cargo xtask synth ; pas de vrais pôles.".into(),
    };
    dataset
}

fn town(rng: &mut Rng, region: &Region) -> Town {
    let [w, s, e, n] = shrunk(region.bbox);
    Town {
        name: format!(
            "{}{}{}",
            rng.pick(TOWN_HEADS),
            rng.pick(TOWN_ROOTS),
            rng.pick(TOWN_TAILS)
        ),
        lat: s + rng.unit() * (n - s),
        lon: w + rng.unit() * (e - w),
    }
}

/// A bounding box shrunk by a tenth of its size on each side.
fn shrunk([w, s, e, n]: [f64; 4]) -> [f64; 4] {
    let (dx, dy) = ((e - w) * 0.1, (n - s) * 0.1);
    [w + dx, s + dy, e - dx, n - dy]
}

/// Rounds to 4 decimals (about 10 m), like the real dataset.
fn round4(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

fn cluster(
    rng: &mut Rng,
    index: usize,
    base: &Dataset,
    sector_weights: &[f64],
    (region, town, regions): (&Region, &Town, &[&Region]),
    source_ids: &[&SourceId],
) -> Cluster {
    let name = format!("{} {}", rng.pick(NAME_HEADS), rng.pick(NAME_TAILS));
    let name = if rng.chance(0.3) {
        format!("{name} {}", town.name)
    } else {
        name
    };
    let id = format!("{}-{index}", slug(&name));

    // Head office near the town, inside the region's shrunk box.
    let [w, s, e, n] = shrunk(region.bbox);
    let spread = ((e - w).min(n - s) * 0.08).max(0.005);
    let lat = round4((town.lat + rng.normal() * spread).clamp(s, n));
    let lon = round4((town.lon + rng.normal() * spread).clamp(w, e));

    let mut region_codes = vec![region.code.clone()];
    if rng.chance(0.2) {
        let other = rng.pick(regions);
        if other.code != region.code {
            region_codes.push(other.code.clone());
        }
    }

    let sector_count = match rng.unit() {
        x if x < 0.6 => 1,
        x if x < 0.9 => 2,
        _ => 3,
    };
    let mut sectors: Vec<SectorId> = Vec::new();
    while sectors.len() < sector_count.min(base.sectors.len()) {
        let id = &base.sectors[rng.weighted(sector_weights)].id;
        if !sectors.contains(id) {
            sectors.push(id.clone());
        }
    }
    let primary = base
        .sectors
        .iter()
        .find(|s| s.id == sectors[0])
        .map(|s| s.label.clone())
        .unwrap_or_default();

    let enterprises: Vec<String> = (0..rng.below(4))
        .map(|_| format!("{} {}", rng.pick(COMPANY_WORDS), rng.pick(COMPANY_KINDS)))
        .collect();
    let research: Vec<&str> = (0..rng.below(2)).map(|_| *rng.pick(RESEARCH)).collect();
    let training: Vec<String> = (0..rng.below(2))
        .map(|_| format!("{} {}", rng.pick(TRAINING), town.name))
        .collect();
    let members = 10 + rng.below(600);
    let sources = if source_ids.is_empty() {
        Vec::new()
    } else {
        (0..1 + rng.below(3))
            .map(|_| (*rng.pick(source_ids)).clone())
            .fold(Vec::new(), |mut all, s| {
                if !all.contains(&s) {
                    all.push(s);
                }
                all
            })
    };
    let year = 2005 + rng.below(19) as u16;

    let adjective = rng.below(ADJECTIVES_EN.len());
    let description_en = format!(
        "A {} {} cluster around {}, bringing together about {members} companies, laboratories and schools.",
        ADJECTIVES_EN[adjective],
        primary.en.to_lowercase(),
        town.name
    );
    let description_fr = format!(
        "Pôle {} {} autour de {}, qui réunit environ {members} entreprises, laboratoires et écoles.",
        primary.fr.to_lowercase(),
        ADJECTIVES_FR[adjective],
        town.name
    );
    let mut record = json!({
        "id": id,
        "name": name,
        "hq": { "city": town.name, "lat": lat, "lon": lon },
        "regions": region_codes,
        "sectors": sectors,
        "status": "current",
        "labels": { "periods": periods(year, sources.first()) },
        "events": [{ "date": first_day(year), "kind": "labelled", "sources": sources.first().into_iter().collect::<Vec<_>>() }],
        "description": { "en": description_en, "fr": description_fr },
        "members": { "enterprises": enterprises, "research": research, "training": training },
        "sources": sources,
    });
    // Optional fields, each present in a share of the records (built as JSON, so that fields
    // the format gains later keep their defaults).
    let optional = [
        (
            "website",
            rng.chance(0.8)
                .then(|| json!(format!("https://www.{}.example", slug(&name)))),
        ),
        (
            "short_name",
            rng.chance(0.2)
                .then(|| json!(name.split(' ').next().unwrap_or_default())),
        ),
        (
            "former_names",
            rng.chance(0.15)
                .then(|| json!([format!("{} {}", rng.pick(NAME_HEADS), rng.pick(NAME_TAILS))])),
        ),
        (
            "member_count",
            rng.chance(0.5).then(|| {
                let mut count = json!({ "value": members, "year": 2019 + rng.below(5) });
                if rng.chance(0.3) {
                    count["qualifier"] = json!("about");
                }
                if let Some(source) = sources.first() {
                    count["source"] = json!(source);
                }
                count
            }),
        ),
    ];
    for (field, value) in optional {
        if let Some(value) = value {
            record[field] = value;
        }
    }
    if year < 2008 {
        record["labels"]["label_2005_2007"] =
            json!(rng.pick(&["world-class", "world-vocation", "national"]));
    }
    serde_json::from_value(record).expect("a synthetic record has the format's shape")
}

/// The phases of the policy: their numeral and years.
const PHASES: [(&str, u16, u16); 5] = [
    ("I", 2005, 2008),
    ("II", 2009, 2012),
    ("III", 2013, 2018),
    ("IV", 2019, 2022),
    ("V", 2023, 2026),
];

/// The day a cluster first labelled in `year` was labelled: the 2005 call's for 2005.
fn first_day(year: u16) -> String {
    if year == 2005 {
        "2005-07-12".to_owned()
    } else {
        format!("{year}-01-01")
    }
}

/// A label held from `year` through phase V, one period per phase.
fn periods(year: u16, source: Option<&SourceId>) -> serde_json::Value {
    (PHASES.iter())
        .filter(|&&(_, _, end)| end >= year)
        .map(|&(phase, start, end)| {
            let from = if start <= year { first_day(year) } else { format!("{start}-01-01") };
            json!({ "phase": phase, "from": from, "until": format!("{end}-12-31"), "kind": "full", "sources": source.into_iter().collect::<Vec<_>>() })
        })
        .collect()
}

/// A lowercase ASCII slug of a name (accents dropped, other characters become hyphens).
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        let c = match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'É' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    // Room for "-<index>" within the 80 characters of a slug.
    slug.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_bytes_and_valid() {
        let base = base_dataset().expect("data/clusters.json loads");
        let a = to_checked_json(&generate(&base, 2000, 7)).expect("valid");
        let b = to_checked_json(&generate(&base, 2000, 7)).expect("valid");
        assert_eq!(a, b, "the same seed gives the same dataset");
        let c = to_checked_json(&generate(&base, 2000, 8)).expect("valid");
        assert_ne!(a, c, "another seed gives another dataset");

        let loaded = poles_model::load(&a).expect("loads");
        assert!(loaded.issues.is_empty(), "{:?}", loaded.issues.first());
        let clusters = &loaded.dataset.clusters;
        assert_eq!(clusters.len(), 2000);
        let historical = clusters
            .iter()
            .filter(|c| c.status == Status::Historical)
            .count();
        assert!(
            (100..=300).contains(&historical),
            "about 10% historical: {historical}"
        );
        assert!(clusters.iter().all(|c| (1..=3).contains(&c.sectors.len())));
        // Spread over many regions, the most populous holding the most clusters.
        let in_region =
            |code: &RegionCode| clusters.iter().filter(|c| &c.regions[0] == code).count();
        assert!(in_region(&RegionCode::new("11")) > in_region(&RegionCode::new("24")));
        assert!(
            base.regions
                .iter()
                .filter(|r| in_region(&r.code) > 0)
                .count()
                >= 12
        );
    }

    #[test]
    fn rng_is_deterministic_and_uniform_enough() {
        let mut a = Rng::new(42);
        let mut b = Rng::new(42);
        let draws: Vec<u64> = (0..100).map(|_| a.next()).collect();
        assert_eq!(draws, (0..100).map(|_| b.next()).collect::<Vec<_>>());
        let mut rng = Rng::new(1);
        let mean = (0..10_000).map(|_| rng.unit()).sum::<f64>() / 10_000.0;
        assert!((0.45..0.55).contains(&mean), "{mean}");
    }
}
