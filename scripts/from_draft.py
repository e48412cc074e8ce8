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


regions = sorted(
    ({"code": f["properties"]["code"], "name": f["properties"]["name"],
      "overseas": f["properties"]["code"] in OVERSEAS, "bbox": bbox(f["geometry"])}
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
    "clusters": [cluster(r) for r in draft],
}
json.dump(dataset, sys.stdout, ensure_ascii=False, indent=1)
print()
