#!/usr/bin/env python3
"""Compare newsparse on the seed article with its hand-made annotation:
per-label precision/recall (exact spans), value accuracy, relations found.

    seed_check.py NEWSPARSE SEED_DIR      (SEED_DIR holds article.txt, expected.json)
"""
import collections
import json
import subprocess
import sys


def main():
    cli, seed = sys.argv[1], sys.argv[2]
    gold = json.load(open(seed + "/expected.json", encoding="utf-8"))
    out = subprocess.run([cli, seed + "/article.txt"], stdout=subprocess.PIPE, check=True).stdout
    pred = json.loads(out)
    g = {(e["start"], e["end"], e["label"]): e for e in gold["entities"]}
    p = {(e["start"], e["end"], e["label"]): e for e in pred["entities"]}
    labels = sorted({k[2] for k in g} | {k[2] for k in p})
    print("%-9s %5s %5s %6s %6s %s" % ("label", "gold", "pred", "P", "R", "values right"))
    for lab in labels:
        gs = [k for k in g if k[2] == lab]
        ps = [k for k in p if k[2] == lab]
        hit = [k for k in ps if k in g]
        vals = sum(1 for k in hit if g[k].get("value") == p[k].get("value"))
        print("%-9s %5d %5d %6.3f %6.3f %d/%d" % (lab, len(gs), len(ps),
              len(hit) / len(ps) if ps else 1.0, len(hit) / len(gs) if gs else 1.0,
              vals, len(hit)))
    def rel_set(doc):
        ents = doc["entities"]
        out = set()
        for r in doc.get("relations") or []:
            key = lambda i: (ents[i]["start"], ents[i]["end"]) if i is not None else None
            out.add((key(r["person"]), key(r["office"]), key(r.get("of"))))
        return out
    gr, pr = rel_set(gold), rel_set(pred)
    print("holds_office: %d of %d gold relations found, %d predicted" %
          (len(gr & pr), len(gr), len(pr)))
    for lab in labels:
        for k in sorted(set(x for x in g if x[2] == lab) ^ set(x for x in p if x[2] == lab)):
            src = "missed" if k in g else "extra "
            e = g.get(k) or p.get(k)
            print("  %s %-8s %r" % (src, lab, e["text"]))


if __name__ == "__main__":
    main()
