#!/usr/bin/env python3
"""Value errors of overlapping DATE pairs: value_errors.py GOLD PRED [-n N]"""
import collections, json, sys
gold = {r["id"]: r for r in map(json.loads, open(sys.argv[1], encoding="utf-8"))}
pred = {r["id"]: r for r in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
c = collections.Counter()
for i, g in gold.items():
    raw = g["text"].encode()
    ps = [e for e in pred[i]["entities"] if e["label"] == "DATE"]
    for e in g["entities"]:
        if e["label"] != "DATE":
            continue
        for p in ps:
            if p["start"] < e["end"] and e["start"] < p["end"]:
                if p.get("value") != e.get("value"):
                    c[(raw[e["start"]:e["end"]].decode().lower(), e["value"], p.get("value"),
                       g.get("dct", "")[:10])] += 1
                break
for (t, gv, pv, d), n in c.most_common(int(sys.argv[3]) if len(sys.argv) > 3 else 60):
    print("%3d %-28r gold=%-12s pred=%-12s dct=%s" % (n, t, gv, pv, d))
