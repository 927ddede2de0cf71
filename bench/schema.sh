#!/usr/bin/env bash
# The CLI's output on every evaluation set validated against
# schema/newsparse.schema.json (python3-jsonschema):
#   bench/schema.sh
source "$(dirname "$0")/common.sh"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
for f in "$ev"/data/*.jsonl; do
  "$cli" --jsonl < "$f" > "$tmp/out.jsonl" || true
  "$py" - "$root/schema/newsparse.schema.json" "$tmp/out.jsonl" "$(basename "$f")" <<'PY'
import json, sys, jsonschema
v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
n = bad = 0
for line in open(sys.argv[2], encoding="utf-8"):
    n += 1
    errs = list(v.iter_errors(json.loads(line)))
    if errs:
        bad += 1
        if bad <= 3:
            print("  line %d: %s" % (n, errs[0].message[:200]))
print("%-34s %5d documents, %d invalid" % (sys.argv[3], n, bad))
PY
done
