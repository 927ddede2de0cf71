#!/usr/bin/env python3
"""The architecture, checked from the sources alone:

- no library source file over 800 lines, no function over 80;
- no private header included by more than half of the library's sources;
- no include cycle between headers;
- no stage includes the header of a later stage (the pipeline: input ->
  structure -> tokens -> engine/document -> tagger -> names -> resolve ->
  output -> API).

    check_arch.py LIB_DIR
"""
import glob
import os
import re
import sys

# pipeline stage of each private header; base headers (-1) serve everyone
STAGE = {
    "alloc.h": -1, "buf.h": -1, "format.h": -1, "bytes.h": -1, "error.h": -1, "utf8.h": -1, "span.h": -1,
    "calendar.h": -1, "sort.h": -1, "cues.h": -1, "hash.h": -1, "words.h": -1, "map.h": -1, "wordlist.h": -1,
    "offmap.h": 1, "input.h": 1,
    "lines.h": 2, "structure.h": 2, "published.h": 2, "page.h": 2, "webcopy.h": 2,
    "tokens.h": 3, "evidence.h": 4,
    "gazetteer.h": 4, "regex.h": 4, "rules.h": 4, "defines.h": 4, "engine.h": 4, "doc.h": 4,
    "tagger.h": 5, "values.h": 5, "tense.h": 5,
    "names.h": 6, "names_stage.h": 6,
    "resolve.h": 7,
    "display.h": -1, "json.h": 8,
}
# sources whose stage is not that of a header of their own name
SOURCE_STAGE = {"sentences.c": 2, "ruleset.c": 4, "money.c": 5, "dates.c": 5, "dates_named.c": 5, "holidays.c": 5, "durations.c": 5, "words.c": -1,
                "names_evidence.c": 6, "doc.c": 4, "names_known.c": 6, "names_tables.c": 6, "html.c": 9, "newsparse.c": 9, "batch.c": 9,
                "display.c": -1}


def includes(path):
    with open(path, encoding="utf-8") as f:
        return re.findall(r'^#include "([^"]+)"', f.read(), re.M)


def functions(path):
    """(name, lines) of each function defined in a C file."""
    lines = open(path, encoding="utf-8").read().split("\n")
    out, i = [], 0
    while i < len(lines):
        m = re.match(r"^(?!typedef|#|struct\s+\w+\s*\{)[A-Za-z_][\w \*]*?\b(\w+)\s*\(", lines[i])
        if m and not lines[i].rstrip().endswith(";"):
            j = i
            while j < len(lines) and j < i + 6 and not lines[j].rstrip().endswith(("{", ";")):
                j += 1
            if j < len(lines) and lines[j].rstrip().endswith("{") and "=" not in lines[j]:
                k = j + 1
                while k < len(lines) and lines[k] != "}":
                    k += 1
                out.append((m.group(1), k - i + 1, i + 1))
                i = k
        i += 1
    return out


def main():
    lib = sys.argv[1]
    sources = sorted(glob.glob(os.path.join(lib, "*.c")))
    headers = sorted(os.path.basename(h) for h in glob.glob(os.path.join(lib, "*.h")))
    problems = []
    checks = 0
    for src in sources + [os.path.join(lib, h) for h in headers]:
        n = sum(1 for _ in open(src, encoding="utf-8"))
        checks += 1
        if n > 800:
            problems.append("%s: %d lines (800 at most)" % (src, n))
    for src in sources:
        for name, n, line in functions(src):
            checks += 1
            if n > 80:
                problems.append("%s:%d: %s is %d lines (80 at most)" % (src, line, name, n))
    for h in headers:
        if h not in STAGE:
            problems.append("%s: no stage assigned in check_arch.py" % h)
    counts = {h: 0 for h in headers}
    for src in sources:
        for inc in includes(src):
            if inc in counts:
                counts[inc] += 1
    for h, c in counts.items():
        checks += 1
        if c > len(sources) / 2:
            problems.append("%s is included by %d of %d sources (half at most)" %
                            (h, c, len(sources)))
    # cycles between headers
    graph = {h: [i for i in includes(os.path.join(lib, h)) if i in STAGE] for h in headers}

    def cycle(h, path):
        if h in path:
            return path[path.index(h):] + [h]
        for nxt in graph.get(h, []):
            c = cycle(nxt, path + [h])
            if c:
                return c
        return None
    for h in headers:
        checks += 1
        c = cycle(h, [])
        if c:
            problems.append("include cycle: " + " -> ".join(c))
            break
    # no include of a later stage
    for path in sources + [os.path.join(lib, h) for h in headers]:
        base = os.path.basename(path)
        own = base if base.endswith(".h") else base[:-2] + ".h"
        stage = SOURCE_STAGE.get(base, STAGE.get(own))
        if stage is None:
            problems.append("%s: no stage (add it to SOURCE_STAGE)" % base)
            continue
        for inc in includes(path):
            checks += 1
            if inc in STAGE and STAGE[inc] > stage and stage >= 0:
                problems.append("%s (stage %d) includes %s of the later stage %d" %
                                (base, stage, inc, STAGE[inc]))
            if inc in STAGE and stage < 0 and STAGE[inc] >= 0:
                problems.append("%s (a base module) includes the stage header %s" % (base, inc))
    for p in problems:
        print("FAIL " + p)
    print("%d passed, %d failed" % (checks - len(problems), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
