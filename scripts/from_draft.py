#!/usr/bin/env python3
"""One-off conversion of the hand-compiled draft (clusters-draft.json, source-extracts.json)
into data/clusters.json, schema version 1. Kept as the record of how the dataset was made;
the app and the tests never run it. Usage: from_draft.py DRAFT_DIR GEOJSON > clusters.json"""
import json
import sys

draft_dir, geojson = sys.argv[1], sys.argv[2]
draft = json.load(open(f"{draft_dir}/clusters-draft.json"))
meta = json.load(open(f"{draft_dir}/clusters-draft.meta.json"))
extracts = json.load(open(f"{draft_dir}/sources/source-extracts.json"))
geo = json.load(open(geojson))

SECTORS = {  # id: (French label, colour, English short label, French short label)
    "aerospace": ("Aéronautique, spatial, défense et sécurité", "#1f4e9c", "Aerospace & defence", "Aérospatial et défense"),
    "mobility": ("Automobile, ferroviaire, mobilité et logistique", "#e66100", "Mobility", "Mobilité"),
    "digital": ("Numérique, électronique, optique et photonique", "#5e3c99", "Digital & photonics", "Numérique et photonique"),
    "health": ("Santé, biotechnologies et technologies médicales", "#c8102e", "Health", "Santé"),
    "agrifood": ("Agriculture, agroalimentaire, forêt et bioéconomie", "#4d9221", "Agrifood & bioeconomy", "Agroalimentaire et bioéconomie"),
    "energy": ("Énergie (nucléaire, renouvelables, systèmes électriques)", "#d4a000", "Energy", "Énergie"),
    "materials": ("Chimie, matériaux, plasturgie, céramique et textile", "#8c564b", "Chemistry & materials", "Chimie et matériaux"),
    "manufacturing": ("Industrie du futur, mécanique et microtechniques", "#5f6b7a", "Manufacturing", "Industrie du futur"),
    "environment": ("Eau, environnement, risques, économie circulaire et construction", "#0f8b8d", "Water & environment", "Eau et environnement"),
    "marine": ("Économie maritime et ressources marines", "#1a8fd6", "Maritime", "Maritime"),
    "consumer": ("Biens de consommation (cosmétique, filière équine) et finance", "#d14d9c", "Consumer & finance", "Consommation et finance"),
}
LABELS = {"mondial": "world-class", "vocation mondiale": "world-vocation", "national": "national"}
FIELDS = {"hq_city": "hq.city", "lat": "hq.lat", "lon": "hq.lon", "region_codes": "regions",
          "labelled_year": "labels.year", "label_2005_2007": "labels.label_2005_2007",
          "phase": "labels.phase"}
OVERSEAS = {"01", "02", "03", "04", "06"}
# The 2006 brochure's technology fields of its 16 world-class clusters (source S16).
FIELD_2006 = {
    "aerospace-valley": "transport", "i-trans": "transport", "nextmove": "transport",
    "pole-mer-bretagne-atlantique": "transport", "pole-mer-mediterranee": "transport",
    "medicen": "biotech-health", "lyonbiopole": "biotech-health", "biovalley-france": "biotech-health",
    "minalogic": "it-images-networks", "scs": "it-images-networks", "systematic-paris-region": "it-images-networks",
    "cap-digital": "it-images-networks", "images-et-reseaux": "it-images-networks",
    "iar-bioeconomy-for-change": "bio-agronomics", "vegepolys-valley": "bio-agronomics",
    "axelera": "chemicals",
}
MILESTONES = [
    (2005, "The government labels 67 clusters: 6 world-class, 9 with a world vocation and 52 national.",
     "Le gouvernement labellise 67 pôles : 6 mondiaux, 9 à vocation mondiale et 52 nationaux.", ["S10"]),
    (2006, "A government brochure presents 16 of the 66 designated clusters as world-class.",
     "Une brochure gouvernementale présente 16 des 66 pôles désignés comme pôles mondiaux.", ["S16"]),
    (2007, "With the last additions, 71 clusters are labelled: the peak of the policy.",
     "Avec les derniers ajouts, 71 pôles sont labellisés : le maximum de la politique.", ["S14", "S17", "S70"]),
    (2019, "Phase IV: 56 clusters, many of them after mergers.",
     "Phase IV : 56 pôles, dont beaucoup issus de fusions.", ["S50"]),
    (2023, "Phase V (2023–2026): 55 clusters labelled on 27 March 2023.",
     "Phase V (2023-2026) : 55 pôles labellisés le 27 mars 2023.", ["S30", "S31"]),
    (2024, "Two water clusters are labelled in January 2024, for 57 clusters today.",
     "Deux pôles de l’eau sont labellisés en janvier 2024, soit 57 pôles aujourd’hui.", ["S44", "S78"]),
]
GENERAL = "from general knowledge; no retrieved source names this address"
CHANNELS = [
    {"name": "Business France — Invest in France", "url": "https://www.businessfrance.fr",
     "description": {"en": "The national agency that helps foreign companies invest and set up in France.",
                     "fr": "L’agence nationale qui accompagne les entreprises étrangères qui investissent et s’implantent en France."},
     "unverified": GENERAL},
]
AGENCIES = {  # region code: (name, url, unverified note or None)
    "11": ("Choose Paris Region", "https://www.chooseparisregion.org", GENERAL),
    "24": ("Dev'Up Centre-Val de Loire", "https://www.devup-centrevaldeloire.fr", GENERAL),
    "27": ("Agence économique régionale de Bourgogne-Franche-Comté (AER BFC)", "https://aer-bfc.com", None),
    "28": ("AD Normandie", "https://adnormandie.fr", None),
    "32": ("Nord France Invest", "https://www.nordfranceinvest.com", GENERAL),
    "44": ("Grand E-nov+", "https://www.grandenov.plus", GENERAL),
    "52": ("Solutions&co", "https://www.solutions-eco.fr", GENERAL),
    "53": ("Bretagne Commerce International", "https://www.bretagnecommerceinternational.com", GENERAL),
    "75": ("ADI Nouvelle-Aquitaine", "https://www.adi-na.fr", None),
    "76": ("AD'OCC", "https://www.agence-adocc.com", GENERAL),
    "84": ("Auvergne-Rhône-Alpes Entreprises", "https://www.auvergnerhonealpes-entreprises.fr", GENERAL),
    "93": ("risingSUD", "https://www.risingsud.fr", GENERAL),
}


def bbox(geometry):
    points = []
    def walk(c):
        if isinstance(c[0], (int, float)):
            points.append(c)
        else:
            for x in c:
                walk(x)
    walk(geometry["coordinates"])
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return [round(min(xs), 3), round(min(ys), 3), round(max(xs), 3), round(max(ys), 3)]


def agency(code):
    if code not in AGENCIES:
        return {}
    name, url, note = AGENCIES[code]
    out = {"name": name, "url": url}
    if note:
        out["unverified"] = note
    return {"agency": out}


regions = sorted(
    ({"code": f["properties"]["code"], "name": f["properties"]["name"],
      "overseas": f["properties"]["code"] in OVERSEAS, "bbox": bbox(f["geometry"]),
      **agency(f["properties"]["code"])}
     for f in geo["features"]),
    key=lambda r: (r["overseas"], r["code"]))


def source(s):
    ref, _, more = s["ref"].partition(" (")
    more = more.removeprefix("+ ")
    url = ref if ref.startswith("http") else None
    if ref.startswith("github:"):
        url = "https://github.com/" + ref[len("github:"):].split("@")[0]
    out = {"id": s["id"], "title": s["title"]}
    if url and "..." not in url:
        out["url"] = url
    if s.get("date"):
        out["date"] = s["date"]
    if more:
        out["note"] = more.rstrip(")")
    return out


def unverified(entry):
    field, _, note = entry.partition(" (")
    out = {"field": FIELDS.get(field, field)}
    if note:
        out["note"] = note.rstrip(")")
    return out


def cluster(r):
    out = {"id": r["id"], "name": r["name"]}
    if r["short_name"] and r["short_name"] != r["name"]:
        out["short_name"] = r["short_name"]
    out["former_names"] = r["former_names"]
    if r["brochure_2006_name"]:
        out["brochure_2006_name"] = r["brochure_2006_name"]
        out["brochure_2006_field"] = FIELD_2006[r["id"]]
        if "S16" not in r["source"]:
            r["source"].append("S16")
    if r["website"]:
        out["website"] = r["website"]
    out["hq"] = {"city": r["hq_city"], "insee": r["hq_insee_code"], "lat": r["lat"], "lon": r["lon"]}
    out["regions"] = r["region_codes"]
    out["sectors"] = r["sectors"]
    out["status"] = r["status"]
    if r["successor"]:
        out["successor"] = r["successor"]
    labels = {}
    if r["label_2005_2007"]:
        labels["label_2005_2007"] = LABELS[r["label_2005_2007"]]
    if r["phase"]:
        labels["phase"] = r["phase"]
    if r["labelled_year"]:
        labels["year"] = r["labelled_year"]
    out["labels"] = labels
    out["description"] = {"en": r["description"], "fr": r["description_fr"]}
    members = r["members"] or {}
    out["members"] = {k: members.get(k, []) for k in ("enterprises", "research", "training")}
    if r["member_count"]:
        out["member_count"] = r["member_count"]
    out["sources"] = r["source"]
    out["unverified"] = [unverified(u) for u in r["_unverified"]]
    return out


dataset = {
    "$schema": "clusters.schema.json",
    "schema_version": 1,
    "title": {"en": "French competitiveness clusters (pôles de compétitivité)",
              "fr": "Les pôles de compétitivité français"},
    "updated": "2026-11-26",
    "licence": "Compiled by the Pôles contributors from the cited sources; descriptions in our own words. "
               "Region geometry: IGN Admin Express via france-geojson, Licence Ouverte (Etalab).",
    "sectors": [{"id": k, "label": {"en": v, "fr": SECTORS[k][0]},
                 "short_label": {"en": SECTORS[k][2], "fr": SECTORS[k][3]}, "color": SECTORS[k][1]}
                for k, v in meta["sector_vocabulary"].items()],
    "regions": regions,
    "sources": [source(s) for s in extracts],
    "milestones": [{"year": y, "text": {"en": en, "fr": fr}, "sources": src} for y, en, fr, src in MILESTONES],
    "channels": CHANNELS,
    "clusters": [cluster(r) for r in draft],
}
json.dump(dataset, sys.stdout, ensure_ascii=False, indent=1)
print()
