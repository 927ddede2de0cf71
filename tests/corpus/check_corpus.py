#!/usr/bin/env python3
"""Corpus tests: every *.txt here (and the bundled sample article) is parsed
by the CLI and checked against the hand-written assertions in the .expect
file beside it (for extra texts, CORPUS_DIR/<base name>.expect).

    check_corpus.py NEWSPARSE CORPUS_DIR [EXTRA.txt ...]

The assertions say what a person expects of the text, each with its reason
after "--"; they are written and changed by hand, never generated from the
library's output.  One per line:

    dct 2025-03-05                          the reference date to parse with
    headline "TEXT" -- reason               also dateline, byline
    no headline -- reason                   also dateline, byline
    paragraphs N -- reason                  how many body paragraphs
    paragraph K "PREFIX" -- reason          paragraph K (1-based) starts so
    related "TITLE" [URL] -- reason         a related item (URL: its link)
    related-count N -- reason
    find LABEL "TEXT" [= "VALUE"|null] -- reason
    not LABEL "TEXT" -- reason              LABEL may be ANY
    relation "PERSON" "OFFICE" ["OF"] -- reason
"""
import glob
import json
import os
import shlex
import subprocess
import sys


class Doc:
    def __init__(self, d):
        self.d = d

    def part(self, name):
        p = self.d[name]
        return p["text"] if p else None

    def entities(self, label, text):
        return [e for e in self.d["entities"]
                if e["text"] == text and (label == "ANY" or e["label"] == label)]


def check(doc, words):
    """None when the assertion holds, else what was found instead."""
    kind, args = words[0], words[1:]
    d = doc.d
    if kind in ("headline", "dateline", "byline"):
        got = doc.part(kind)
        return None if got == args[0] else "got %r" % got
    if kind == "no":
        got = doc.part(args[0])
        return None if got is None else "got %r" % got
    if kind == "paragraphs":
        n = len(d["paragraphs"])
        return None if n == int(args[0]) else "got %d: %r" % (n, [p["text"][:40] for p in d["paragraphs"]])
    if kind == "paragraph":
        k = int(args[0]) - 1
        got = d["paragraphs"][k]["text"] if k < len(d["paragraphs"]) else None
        return None if got is not None and got.startswith(args[1]) else "got %r" % (got or "")[:80]
    if kind == "related":
        items = [(r["text"], r["url"]) for r in d["related"]]
        want_url = args[1] if len(args) > 1 else None
        ok = any(t == args[0] and (want_url is None or u == want_url) for t, u in items)
        return None if ok else "got %r" % items
    if kind == "related-count":
        n = len(d["related"])
        return None if n == int(args[0]) else "got %d" % n
    if kind == "find":
        found = doc.entities(args[0], args[1])
        if not found:
            return "got %r" % [(e["label"], e["text"]) for e in d["entities"] if args[1] in e["text"]
                               or e["text"] in args[1]]
        if len(args) > 2 and args[2] == "=":
            want = None if args[3] == "null" else args[3]
            if not any(e["value"] == want for e in found):
                return "value %r" % [e["value"] for e in found]
        return None
    if kind == "not":
        found = doc.entities(args[0], args[1])
        return None if not found else "got %r" % [(e["label"], e["text"]) for e in found]
    if kind == "relation":
        ents = d["entities"]
        for r in d.get("relations", []):
            names = [ents[r["person"]]["text"], ents[r["office"]]["text"],
                     ents[r["of"]]["text"] if r["of"] is not None else None]
            if names[:2] == args[:2] and (len(args) < 3 or names[2] == args[2]):
                return None
        return "got %r" % d.get("relations")
    raise ValueError("unknown assertion %r" % kind)


def read_expect(path):
    dct, checks = None, []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("dct "):
                dct = line.split()[1]
                continue
            if " -- " not in line:
                raise ValueError("%s:%d: an assertion needs its reason after ' -- '" % (path, no))
            body, reason = line.split(" -- ", 1)
            checks.append((no, shlex.split(body), reason.strip()))
    return dct, checks


def main():
    cli, corpus = sys.argv[1], sys.argv[2]
    texts = sorted(glob.glob(os.path.join(corpus, "*.txt"))) + sys.argv[3:]
    passed = failed = 0
    for txt in texts:
        expect = os.path.join(corpus, os.path.basename(txt)[:-4] + ".expect")
        dct, checks = read_expect(expect)
        args = [cli] + (["--dct", dct] if dct else []) + [txt]
        p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        if p.returncode != 0:
            print("FAIL %s: exit %d: %s" % (txt, p.returncode, p.stderr.decode()[:200]))
            failed += 1
            continue
        doc = Doc(json.loads(p.stdout))
        for no, words, reason in checks:
            why = check(doc, words)
            if why is None:
                passed += 1
            else:
                failed += 1
                print("FAIL %s:%d %s (%s): %s" % (os.path.basename(expect), no,
                                                 " ".join(words), reason, why))
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or not passed else 0)


if __name__ == "__main__":
    main()
