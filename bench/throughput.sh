#!/usr/bin/env bash
# Throughput on a corpus of at least 16 MB built from the evaluation texts
# (repeated as JSON Lines), side by side in one run:
#   bench/throughput.sh [--no-peers] [--no-callgrind]
# Runs LC_ALL=C wc -w and newsparse --jsonl on 1 and 2 threads on the same
# file in ROUNDS rounds (default 5) and prints medians and per-round ratios;
# then the peers on a slice (median of 3), peak RSS, engine creation and
# per-stage times (bench/stage_times, built with -DNEWSPARSE_BUILD_BENCH=ON),
# and callgrind instructions per MB as the noise-free number to track.
source "$(dirname "$0")/common.sh"
peers=1
callgrind=1
for a in "$@"; do
  [ "$a" = "--no-peers" ] && peers=0
  [ "$a" = "--no-callgrind" ] && callgrind=0
done
corpus=$tmp/corpus.jsonl
python3 - "$ev/data" "$corpus" <<'PY'
import json, sys, os
data, out = sys.argv[1], sys.argv[2]
texts = []
for name in ("conll2003-testa.jsonl", "timeml-tbaq.jsonl", "structure-dev.jsonl"):
    with open(os.path.join(data, name), encoding="utf-8") as f:
        texts += [json.loads(l)["text"] for l in f if l.strip()]
size, i = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while size < 16 * 1024 * 1024:
        t = texts[i % len(texts)]
        f.write(json.dumps({"id": i, "text": t}) + "\n")
        size += len(t.encode("utf-8"))
        i += 1
PY
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$corpus")
mb=$(python3 -c "print($bytes/1e6)")

wall() { # command...: wall seconds of one run, to the millisecond (bash's
  # EPOCHREALTIME: /usr/bin/time's 10 ms steps are too coarse for wc -w)
  local t0 t1
  t0=$EPOCHREALTIME
  "$@" > /dev/null
  t1=$EPOCHREALTIME
  python3 -c "print('%.3f' % ($t1 - $t0))"
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
spread() { # what values...: "<median>x what (<lowest>-<highest>)"
  local what=$1
  shift
  printf '%s\n' "$@" | sort -g | awk -v what="$what" \
    '{v[NR] = $1} END {printf "%sx %s (%s-%s)", v[int((NR + 1) / 2)], what, v[1], v[NR]}'
}
rate() { python3 -c "print('%.1f' % ($mb / max($1, 1e-9)))"; }
ratio() { python3 -c "print('%.2f' % ($1 / max($2, 1e-9)))"; }

echo "corpus: $(wc -l < "$corpus") records, $mb MB of text ($(du -m "$corpus" | cut -f1) MB JSONL)"
echo "machine: $(nproc) cores, $(uname -m), $(date -u +%Y-%m-%d)"
# The machine's speed drifts by tens of per cent within minutes, so the
# three commands run in rounds, one after the other, and each ratio is
# the median of the ratios within a round: a slow minute slows both sides.
rounds=${ROUNDS:-5}
w=() o=() p=() r1=() r2=()
for k in $(seq "$rounds"); do
  tw=$(LC_ALL=C wall wc -w "$corpus")
  to=$(wall "$cli" --jsonl "$corpus")
  tp=$(wall "$cli" --jsonl --threads 2 "$corpus")
  w+=("$tw") o+=("$to") p+=("$tp")
  r1+=("$(ratio "$to" "$tw")") r2+=("$(ratio "$to" "$tp")")
done
t_wc=$(median "${w[@]}")
t_one=$(median "${o[@]}")
t_two=$(median "${p[@]}")
rss=$( { /usr/bin/time -f %M "$cli" --jsonl "$corpus" > /dev/null; } 2>&1 | tail -n 1)
"$cli" --jsonl "$corpus" > "$tmp/one.jsonl"
"$cli" --jsonl --threads 2 "$corpus" > "$tmp/two.jsonl"
same=$(cmp -s "$tmp/one.jsonl" "$tmp/two.jsonl" && echo identical || echo DIFFERENT)
entities=$(python3 -c "import json,sys; print(sum(len(json.loads(l).get('entities',[])) for l in open(sys.argv[1])))" "$tmp/one.jsonl")
echo "$rounds rounds; times are medians, ratios the median of the ratios within a round (range)"
printf '%-34s %9s %9s %s\n' "what" "seconds" "MB/s" "note"
printf '%-34s %9s %9s %s\n' "LC_ALL=C wc -w" "$t_wc" "$(rate "$t_wc")" "the floor"
printf '%-34s %9s %9s %s\n' "newsparse --jsonl (1 thread)" "$t_one" "$(rate "$t_one")" \
  "$(spread "wc -w" "${r1[@]}")"
printf '%-34s %9s %9s %s\n' "newsparse --jsonl --threads 2" "$t_two" "$(rate "$t_two")" \
  "$(spread "one thread" "${r2[@]}"), output $same"
echo "entities: $entities ($(python3 -c "print('%.0f' % ($entities / $mb))") per MB); peak RSS $(( rss / 1024 )) MB"

if [ "$peers" = 1 ] && setup_peers; then
  head -c 400000 "$corpus" | head -n -1 > "$tmp/slice.jsonl"
  for p in compromise:run-compromise.js chrono:run-chrono.js wink:run-wink.js; do
    r1=$( (cd "$peers_dir" && node "${p#*:}" < "$tmp/slice.jsonl" 2>&1 >/dev/null) | grep -o 'MB/s=[0-9.]*' | cut -d= -f2)
    r2=$( (cd "$peers_dir" && node "${p#*:}" < "$tmp/slice.jsonl" 2>&1 >/dev/null) | grep -o 'MB/s=[0-9.]*' | cut -d= -f2)
    r3=$( (cd "$peers_dir" && node "${p#*:}" < "$tmp/slice.jsonl" 2>&1 >/dev/null) | grep -o 'MB/s=[0-9.]*' | cut -d= -f2)
    med=$(printf '%s\n%s\n%s\n' "$r1" "$r2" "$r3" | sort -n | sed -n 2p)
    printf '%-34s %9s %9s %s\n' "${p%%:*} (400 kB slice)" "-" "$med" \
      "$(python3 -c "print('newsparse is %.0fx faster' % ($(rate "$t_one") / max(float('$med' or 0), 1e-9)))")"
  done
fi

stage=$root/build/bench/stage_times
if [ -x "$stage" ]; then
  echo "stages (one thread, in-process):"
  "$stage" "$corpus" | sed 's/^/  /'
fi
if [ "$callgrind" = 1 ] && command -v valgrind >/dev/null; then
  head -c 1000000 "$corpus" | head -n -1 > "$tmp/mb.jsonl"
  slice=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$tmp/mb.jsonl")
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$cli" --jsonl "$tmp/mb.jsonl" \
    > /dev/null 2> "$tmp/cg.err"
  ir=$(grep -o 'Collected : [0-9]*' "$tmp/cg.err" | grep -o '[0-9]*$')
  echo "callgrind: $(python3 -c "print('%.0f' % ($ir / ($slice / 1e6) / 1e6))") M instructions per MB of text (start-up included)"
fi
