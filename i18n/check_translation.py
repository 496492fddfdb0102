#!/usr/bin/env python3
"""Quick structural check of one translation file against German, for
translators without Go: same keys, same placeholders, needed plural forms.
`lotse check` is the authoritative check."""
import json, re, sys
FORMS = {"ar": ["zero","one","two","few","many","other"], "ru": ["one","few","many","other"],
         "uk": ["one","few","many","other"], "fa": ["one","other"], "tr": ["one","other"],
         "fr": ["one","many","other"], "en": ["one","other"], "de": ["one","other"]}
lang = sys.argv[1]
de = json.load(open("i18n/de.json"))
tr = json.load(open(f"i18n/{lang}.json"))
ph = lambda s: sorted(set(re.findall(r"\{\{\s*\.(\w+)\s*\}\}", s)))
bad = 0
for k, m in de.items():
    if k not in tr:
        print("missing", k); bad += 1; continue
    t = tr[k]
    if not isinstance(t, dict) or "other" not in t:
        print("not a message with 'other':", k); bad += 1; continue
    want = ph(" ".join(v for f, v in m.items() if f not in ("description", "hash")))
    plural = any(f in m for f in ("one", "few", "many", "two", "zero"))
    forms = FORMS[lang] if plural else ["other"]
    for f in forms:
        if f not in t or not t[f].strip():
            print("missing form", f, "in", k); bad += 1
        elif ph(t[f]) != want and not (plural and ph(t[f]) == [x for x in want if x != "Count"]):
            print("placeholders differ in", k, f, ph(t[f]), "want", want); bad += 1
for k in tr:
    if k not in de:
        print("unused", k); bad += 1
print(f"{lang}: {len(tr)} messages, {bad} problems")
sys.exit(1 if bad else 0)
