#!/usr/bin/env python3
"""List entity errors of a prediction against gold, with context, to see
what to fix:  entity_errors.py GOLD.jsonl PRED.jsonl LABEL [--fp|--fn] [-n N]"""
import argparse
import collections
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("label")
    ap.add_argument("--fp", action="store_true")
    ap.add_argument("--fn", action="store_true")
    ap.add_argument("-n", type=int, default=40)
    ap.add_argument("--summary", action="store_true", help="count texts only")
    a = ap.parse_args()
    gold = {r["id"]: r for r in map(json.loads, open(a.gold, encoding="utf-8"))}
    pred = {r["id"]: r for r in map(json.loads, open(a.pred, encoding="utf-8"))}
    shown = 0
    counts = collections.Counter()
    for i, g in gold.items():
        raw = g["text"].encode("utf-8")
        gs = {(e["start"], e["end"]) : e for e in g["entities"] if e["label"] == a.label}
        allg = {(e["start"], e["end"]): e["label"] for e in g["entities"]}
        ps = {(e["start"], e["end"]): e for e in pred.get(i, {}).get("entities", [])
              if e["label"] == a.label}
        allp = {(e["start"], e["end"]): e["label"] for e in pred.get(i, {}).get("entities", [])}
        items = []
        if not a.fn:
            items += [("FP", k, allg.get(k, "-")) for k in ps if k not in gs]
        if not a.fp:
            items += [("FN", k, allp.get(k, "-")) for k in gs if k not in ps]
        for kind, (s, e), other in sorted(items, key=lambda x: x[1]):
            text = raw[s:e].decode("utf-8", "replace")
            counts[(kind, text, other)] += 1
            if a.summary or shown >= a.n:
                continue
            ctx = raw[max(0, s - 50):s].decode("utf-8", "replace").replace("\n", "|")
            post = raw[e:e + 40].decode("utf-8", "replace").replace("\n", "|")
            print("%s %-8s %s[[%s]]%s" % (kind, other, ctx, text, post))
            shown += 1
    if a.summary:
        for (kind, text, other), c in counts.most_common(a.n):
            print("%4d %s %-8s %s" % (c, kind, other, text))


if __name__ == "__main__":
    main()
