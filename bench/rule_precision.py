#!/usr/bin/env python3
"""Precision of each rule on two annotated sets (exact span and label).

    rule_precision.py TRAIN_GOLD TRAIN_PRED DEV_GOLD DEV_PRED [LABELS]

Golds are evaluation JSONL files, predictions the CLI's --jsonl output for
them; LABELS (default PERSON,COUNTRY,LOCATION,ORG) are the labels scored.
Prints, for every rule that made a prediction, how many it made and how
many of those are right on each set, most used first, and marks the rules
below 0.6 on the first set.
"""
import collections
import json
import sys


def precision(gold_path, pred_path, labels):
    gold = {}
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                gold[g["id"]] = {(e["start"], e["end"], e["label"]) for e in g["entities"]}
    right, made = collections.Counter(), collections.Counter()
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            p = json.loads(line)
            for e in p.get("entities", []):
                if e["label"] in labels:
                    made[e["rule"]] += 1
                    right[e["rule"]] += (e["start"], e["end"], e["label"]) in gold.get(p["id"], ())
    return right, made


def main():
    labels = set((sys.argv[5] if len(sys.argv) > 5 else "PERSON,COUNTRY,LOCATION,ORG").split(","))
    r1, m1 = precision(sys.argv[1], sys.argv[2], labels)
    r2, m2 = precision(sys.argv[3], sys.argv[4], labels)
    print("%-22s %7s %7s %7s %7s" % ("rule", "n", "P", "n dev", "P dev"))
    for rule in sorted(m1, key=lambda k: -m1[k]):
        p1 = r1[rule] / m1[rule]
        p2 = "%7.3f" % (r2[rule] / m2[rule]) if m2.get(rule) else "      -"
        print("%-22s %7d %7.3f %7d %s%s" % (rule, m1[rule], p1, m2.get(rule, 0), p2,
                                           "  below 0.6" if p1 < 0.6 else ""))


if __name__ == "__main__":
    main()
