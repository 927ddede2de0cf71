#!/usr/bin/env python3
"""Web-copied layouts against what a reader expects of them.

    check_layouts.py CLI LAYOUT_DIR

Each NAME.txt in LAYOUT_DIR is a web copy in one site's layout (invented
text); NAME.expect lists what a person expects, one "key: value" a line:
headline, byline, dateline, published (the span's text, "(none)" for
none; "\\n" for a line break), paragraphs, related, sentences (counts),
first and last (how the first and the last paragraph begin), boilerplate
(the kinds of all boilerplate lines, in order) and boilerplate_has (kinds
that must be among them).  Prints each layout that is wrong with why, and
"N of M layouts right"; exits 1 when one is wrong.
"""
import json
import os
import subprocess
import sys


def span_text(doc, key):
    v = doc.get(key)
    return "(none)" if not v else v["text"]


def problems(doc, expect):
    out = []
    paras = [p["text"] for p in doc["paragraphs"]]
    kinds = [b["kind"] for b in doc.get("boilerplate", [])]
    for key, want in expect.items():
        if key in ("headline", "byline", "dateline", "published"):
            got = span_text(doc, key)
        elif key == "paragraphs":
            got = str(len(paras))
        elif key == "related":
            got = str(len(doc["related"]))
        elif key == "sentences":
            got = str(sum(len(p["sentences"]) for p in doc["paragraphs"]))
        elif key in ("first", "last"):
            p = paras[0] if key == "first" else paras[-1] if paras else ""
            got = p[:len(want)] if paras else "(none)"
        elif key == "boilerplate":
            got = " ".join(kinds)
        elif key == "boilerplate_has":
            missing = [k for k in want.split() if k not in kinds]
            if missing:
                out.append("boilerplate has no %s (has: %s)" % (" ".join(missing), " ".join(kinds)))
            continue
        else:
            out.append("unknown key %r" % key)
            continue
        if got != want:
            out.append("%s: expected %r, got %r" % (key, want, got))
    return out


def read_expect(path):
    expect = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition(": ")
            expect[key.rstrip(":")] = value.replace("\\n", "\n")
    return expect


def main():
    cli, folder = sys.argv[1], sys.argv[2]
    names = sorted(n[:-4] for n in os.listdir(folder) if n.endswith(".txt"))
    wrong = 0
    for name in names:
        path = os.path.join(folder, name)
        doc = json.loads(subprocess.run([cli, path + ".txt"], check=True,
                                        capture_output=True).stdout)
        found = problems(doc, read_expect(path + ".expect"))
        if found:
            wrong += 1
            print("FAIL %s: %s" % (name, "; ".join(found)))
    print("%d of %d layouts right" % (len(names) - wrong, len(names)))
    return 1 if wrong or not names else 0


if __name__ == "__main__":
    sys.exit(main())
