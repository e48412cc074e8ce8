#!/usr/bin/env python3
"""Writes the bad-dataset corpus (bad/*.json) and its manifest (bad/expected.json) from
valid-minimal.json. Run it again after changing the minimal dataset or a case; the Rust test
model/tests/bad_corpus.rs checks each file against the manifest.

Manifest entry, per file:
  kind          "load_error" (the file cannot be read), "issue" (it loads, with issues) or "ok"
  contains      a substring of the LoadError or Issue message
  severity      "error" | "warning"                    (issue)
  field         the issue's field, a JSON path         (issue)
  record_index  index of the record, or null for the dataset as a whole   (issue)
  record_id     the id the issue names, or null when the record has no readable id (issue)
  issues        how many issues the file produces in all
  loaded        the ids of the clusters that still load (issue, ok)
  literal_name  a name that must load exactly as written (ok)
"""

import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
BAD = os.path.join(HERE, "bad")
VALID = json.load(open(os.path.join(HERE, "valid-minimal.json"), encoding="utf-8"))
ALL = ["alpha", "beta", "gamma", "delta"]
ALPHA, BETA, GAMMA, DELTA = 0, 1, 2, 3

cases = {}


def dump(data):
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def case(name, content, **expect):
    assert name not in cases, name
    cases[name] = (content, expect)


def mutated(fn):
    data = copy.deepcopy(VALID)
    fn(data)
    return data


def record(index, fn):
    return dump(mutated(lambda d: fn(d["clusters"][index])))


def record_issue(name, index, field, contains, fn=None, content=None, record_id="",
                 severity="error", issues=1, loaded=None):
    if record_id == "":
        record_id = ALL[index]
    if loaded is None:
        loaded = [i for i in ALL if i != ALL[index]] if severity == "error" else ALL
    case(name, content if content is not None else record(index, fn), kind="issue",
         severity=severity, field=field, contains=contains, record_index=index,
         record_id=record_id, issues=issues, loaded=loaded)


def dataset_issue(name, field, contains, fn=None, content=None, severity="error", loaded=ALL):
    case(name, content if content is not None else dump(mutated(fn)), kind="issue",
         severity=severity, field=field, contains=contains, record_index=None, record_id=None,
         issues=1, loaded=loaded)


def load_error(name, content, contains):
    case(name, content, kind="load_error", contains=contains)


text = dump(VALID).decode("utf-8")


def replaced(old, new):
    assert text.count(old) == 1, old
    return text.replace(old, new).encode("utf-8")


# --- files that cannot be read ---------------------------------------------------------------
load_error("empty.json", b"", "the file is empty")
load_error("whitespace-only.json", b" \n\t\r\n   \n", "the file is empty")
load_error("truncated.json", text.encode("utf-8")[: len(text) // 2], "EOF while parsing")
bad_utf8 = replaced('"name": "Delta"', '"name": "Delt@"')
at = bad_utf8.index(b'"Delt@"') + 5
bad_utf8 = bad_utf8[:at] + b"\xff" + bad_utf8[at + 1:]
load_error("invalid-utf8.json", bad_utf8, f"not valid UTF-8 (byte {at})")
load_error("top-level-array.json", ("[\n" + text + "]\n").encode("utf-8"),
           "the top level must be a JSON object, not an array")
load_error("unknown-top-level-field.json", dump(mutated(lambda d: d.update(extra=True))),
           "unknown field `extra`")
load_error("unsupported-version.json", dump(mutated(lambda d: d.update(schema_version=2))),
           "schema_version 2 is not supported (this app reads version 1)")
load_error("version-2-with-new-field.json",
           dump(mutated(lambda d: d.update(schema_version=2, communes=[]))),
           "schema_version 2 is not supported")
load_error("schema-version-missing.json", dump(mutated(lambda d: d.pop("schema_version"))),
           "missing field `schema_version`")
load_error("trailing-characters.json", (text + "{}\n").encode("utf-8"), "trailing characters")
load_error("nan-literal.json", replaced('"lat": 47.7483', '"lat": NaN'), "expected value")
load_error("deep-nesting-document.json", b"[" * 10000 + b"]" * 10000 + b"\n",
           "the top level must be a JSON object, not an array")
load_error("deep-nesting-unclosed.json",
           text[: text.index('"clusters": [') + 13].encode("utf-8") + b"[" * 10000,
           "EOF while parsing a list")

# --- records of the wrong shape (serde errors, named by path) --------------------------------
record_issue("lat-as-string.json", DELTA, "hq.lat", 'invalid type: string "47.7483", expected f64',
             lambda c: c["hq"].update(lat="47.7483"))
record_issue("sectors-as-string.json", DELTA, "sectors",
             'invalid type: string "marine", expected a sequence',
             lambda c: c.update(sectors="marine"))
record_issue("missing-hq.json", DELTA, "hq", "missing field `hq`", lambda c: c.pop("hq"))
record_issue("missing-name.json", GAMMA, "name", "missing field `name`", lambda c: c.pop("name"))
record_issue("missing-hq-lon.json", DELTA, "hq.lon", "missing field `lon`",
             lambda c: c["hq"].pop("lon"))
record_issue("members-wrong-type.json", GAMMA, "members.enterprises",
             "invalid type: integer `3`, expected a sequence",
             lambda c: c.update(members={"enterprises": 3}))
record_issue("unknown-status.json", DELTA, "status", "unknown variant `active`",
             lambda c: c.update(status="active"))
record_issue("unknown-record-field.json", DELTA, "colour", "unknown field `colour`",
             lambda c: c.update(colour="#ffffff"))
record_issue("id-as-number.json", DELTA, "id", "invalid type: integer `7`, expected a string",
             lambda c: c.update(id=7), record_id=None)
record_issue("record-not-object.json", DELTA, "", "must be a JSON object, not a string",
             content=dump(mutated(lambda d: d["clusters"].__setitem__(DELTA, "delta"))),
             record_id=None)
record_issue("record-is-array.json", DELTA, "", "must be a JSON object, not an array",
             content=dump(mutated(lambda d: d["clusters"].__setitem__(DELTA, ["delta", "Delta"]))),
             record_id=None)
record_issue("lat-overflow.json", DELTA, "hq.lat", "number out of range",
             content=replaced('"lat": 47.7483', '"lat": 1e400'))
record_issue("duplicate-key-in-record.json", DELTA, "name", "duplicate field `name`",
             content=replaced('"name": "Delta",', '"name": "Delta",\n   "name": "Delta again",'))
deep = dump(mutated(lambda d: d["clusters"][DELTA].update(sectors="@DEEP@"))).decode("utf-8")
record_issue("deep-nesting-record.json", DELTA, "sectors[0]",
             "invalid type: sequence, expected a string",
             content=deep.replace('"@DEEP@"', "[" * 10000 + "]" * 10000).encode("utf-8"))

# --- each rule of validate.rs ----------------------------------------------------------------
record_issue("duplicate-id.json", DELTA, "id", "duplicate id (already used by clusters[2])",
             lambda c: c.update(id="gamma", successor="beta"), record_id="gamma",
             loaded=["alpha", "beta", "gamma"])
record_issue("bad-slug-id.json", DELTA, "id", '"Delta_Pole" is not a slug',
             lambda c: c.update(id="Delta_Pole"), record_id="Delta_Pole")
record_issue("unknown-sector.json", DELTA, "sectors[1]", 'unknown sector "space"',
             lambda c: c.update(sectors=["marine", "space"]))
record_issue("duplicate-sector-in-record.json", DELTA, "sectors[1]",
             'sector "marine" is listed twice', lambda c: c.update(sectors=["marine", "marine"]))
record_issue("no-sectors-in-record.json", DELTA, "sectors", "needs at least one sector",
             lambda c: c.update(sectors=[]))
record_issue("unknown-region.json", DELTA, "regions[1]", 'unknown region "99"',
             lambda c: c.update(regions=["53", "99"]))
record_issue("successor-missing.json", DELTA, "successor", '"omega" is not the id of a cluster',
             lambda c: c.update(successor="omega"))
record_issue("successor-cycle.json", GAMMA, "successor",
             '"delta" leads back to this cluster (a cycle of successors)',
             content=dump(mutated(lambda d: (d["clusters"][GAMMA].update(successor="delta"),
                                             d["clusters"][DELTA].update(successor="gamma")))),
             issues=2, loaded=["alpha", "beta"])
record_issue("successor-self.json", DELTA, "successor", '"delta" leads back to this cluster',
             lambda c: c.update(successor="delta"))
record_issue("successor-left-out.json", DELTA, "successor",
             '"beta" is left out because of its own errors; this cluster is shown without the link',
             content=record(BETA, lambda c: c.update(website="javascript:void(0)")),
             severity="warning", issues=2, loaded=["alpha", "gamma", "delta"])
record_issue("current-with-successor.json", DELTA, "successor",
             "a current cluster cannot have a successor", lambda c: c.update(status="current"))
record_issue("lat-out-of-range.json", DELTA, "hq.lat", "latitude 147.7 is out of range (-90 to 90)",
             lambda c: c["hq"].update(lat=147.7))
record_issue("lon-out-of-range.json", DELTA, "hq.lon",
             "longitude -183.37 is out of range (-180 to 180)",
             lambda c: c["hq"].update(lon=-183.37))
record_issue("hq-outside-regions.json", DELTA, "hq",
             "(43.596, 1.4321) lies outside the cluster's regions (53)",
             lambda c: c["hq"].update(lat=43.596, lon=1.4321))
record_issue("website-javascript.json", DELTA, "website",
             '"javascript:alert(1)" is not an http(s) address',
             lambda c: c.update(website="javascript:alert(1)"))
record_issue("empty-name.json", DELTA, "name", "must not be empty", lambda c: c.update(name="  "))
record_issue("long-name.json", DELTA, "name", "is 201 characters long (at most 200)",
             lambda c: c.update(name="D" * 201))
record_issue("long-description.json", GAMMA, "description.fr",
             "is 4001 characters long (at most 4000)",
             lambda c: c["description"].update(fr="é" * 4001))
record_issue("too-many-former-names.json", GAMMA, "former_names", "has 501 entries (at most 500)",
             lambda c: c.update(former_names=[f"Name {i}" for i in range(501)]))
record_issue("unknown-source-in-record.json", GAMMA, "sources", "unknown source ids: S9",
             lambda c: c.update(sources=["S1", "S9"]), severity="warning")
record_issue("empty-description.json", DELTA, "description.fr",
             "is empty; the other language is shown",
             lambda c: c["description"].update(fr=""), severity="warning")

dataset_issue("bad-sector-colour.json", "sectors[1].color", '"blue" is not a #rrggbb colour',
              lambda d: d["sectors"][1].update(color="blue"))
dataset_issue("duplicate-sector-vocabulary.json", "sectors[2].id",
              '"marine" is not a unique lowercase slug',
              lambda d: d["sectors"].append(dict(d["sectors"][1], color="#000000")))
dataset_issue("source-url-javascript.json", "sources[0].url",
              '"javascript:alert(1)" is not an http(s) address; it will not be a link',
              lambda d: d["sources"][0].update(url="javascript:alert(1)"), severity="warning")
dataset_issue("empty-clusters.json", "clusters", "the dataset has no clusters",
              lambda d: d.update(clusters=[]), loaded=[])
record_issue("contact-javascript.json", DELTA, "contact",
             '"javascript:alert(1)" is not a mailto: or http(s) address',
             lambda c: c.update(contact="javascript:alert(1)"))
dataset_issue("duplicate-region-code.json", "regions[2]", '"76" is listed twice',
              lambda d: d["regions"].append(dict(d["regions"][0])))
dataset_issue("duplicate-source-id.json", "sources[1]", 'is listed twice',
              lambda d: d["sources"].append(dict(d["sources"][0])))
dataset_issue("updated-not-a-date.json", "updated", '"last week" is not a YYYY-MM-DD date',
              lambda d: d.update(updated="last week"), severity="warning")
dataset_issue("channel-url-javascript.json", "channels[0].url",
              '"javascript:alert(1)" is not an http(s) address; it will not be a link',
              lambda d: d.update(channels=[{"name": "X", "url": "javascript:alert(1)"}]), severity="warning")
dataset_issue("bom.json", "", "byte order mark", content=b"\xef\xbb\xbf" + text.encode("utf-8"),
              severity="warning")

# --- strings that look like code are text ----------------------------------------------------
html_name = '<img src=x onerror="alert(1)"> Bêta & <b>Co</b></td>'
case("html-in-strings.json",
     record(BETA, lambda c: (c.update(name=html_name, former_names=["<script>alert(1)</script>"]),
                             c["description"].update(en="javascript:alert(1) <a href=x>link</a>"))),
     kind="ok", issues=0, loaded=ALL, literal_name=html_name)

os.makedirs(BAD, exist_ok=True)
for old in os.listdir(BAD):
    os.remove(os.path.join(BAD, old))
manifest = {}
for name, (content, expect) in sorted(cases.items()):
    with open(os.path.join(BAD, name), "wb") as f:
        f.write(content)
    manifest[name] = expect
with open(os.path.join(BAD, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(manifest, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"{len(cases)} cases")
