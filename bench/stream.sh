#!/usr/bin/env bash
# A long --jsonl stream, generated on the fly and never stored:
#   bench/stream.sh [GB] [THREADS]
# 1. GB (default 1) of ordinary records (the evaluation texts, cycled);
# 2. the same with hostile records mixed in every 2,000 records: a 1 MiB
#    line of "Paris 5 and ", a 16 MiB record, a line that is not JSON.
# Prints records in and out, error records, peak RSS and MB/s; the run
# fails when a record is lost.
source "$(dirname "$0")/common.sh"
gb=${1:-1}
threads=${2:-2}

gen() { # mode: ordinary | hostile
  python3 - "$ev/data" "$gb" "$1" <<'PY'
import json, os, sys
data, gb, mode = sys.argv[1], float(sys.argv[2]), sys.argv[3]
lines = []
for name in ("conll2003-train.jsonl", "timeml-tbaq.jsonl", "structure-dev.jsonl"):
    with open(os.path.join(data, name), encoding="utf-8") as f:
        lines += [json.dumps({"id": i, "text": json.loads(l)["text"]}) + "\n"
                  for i, l in enumerate(f) if l.strip()]
hostile = [json.dumps({"id": "paris", "text": "Paris 5 and " * ((1 << 20) // 12)}) + "\n",
           json.dumps({"id": "big", "text": ("Word word. " * ((16 << 20) // 11 + 1))[:16 << 20]}) + "\n",
           '{"id": "broken", "text": "no end\n']
out = sys.stdout
limit, size, n, k = gb * 1e9, 0, 0, 0
while size < limit:
    l = lines[n % len(lines)]
    if mode == "hostile" and n % 2000 == 1999:
        l = hostile[k % len(hostile)]
        k += 1
    out.write(l)
    size += len(l)
    n += 1
sys.stderr.write("%d\n" % n)
PY
}

for mode in ordinary hostile; do
  t0=$EPOCHREALTIME
  gen "$mode" 2> "$tmp/in.$mode" | /usr/bin/time -f "%M" -o "$tmp/rss.$mode" \
    "$cli" --jsonl --threads "$threads" > "$tmp/out.$mode" || true
  t1=$EPOCHREALTIME
  in=$(cat "$tmp/in.$mode")
  out=$(wc -l < "$tmp/out.$mode")
  errors=$(grep -c '"error":' "$tmp/out.$mode" || true)
  rss=$(tail -n 1 "$tmp/rss.$mode")
  printf '%-9s records in %d, out %d (%d error records), peak RSS %.1f MB, %.1f MB/s\n' \
    "$mode" "$in" "$out" "$errors" "$(echo "$rss / 1024" | bc -l)" \
    "$(echo "$gb * 1000 / ($t1 - $t0)" | bc -l)"
  [ "$in" = "$out" ] || { echo "records were lost" >&2; exit 1; }
  rm -f "$tmp/out.$mode"
done
