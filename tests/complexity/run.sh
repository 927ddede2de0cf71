#!/usr/bin/env bash
# Linear cost on every shape: runs complexity_probe under callgrind at two
# sizes, 4x apart, for SHAPES generated shapes, and requires the
# instructions spent in newsparse_parse to grow at most 4.5x.
#   run.sh PROBE [SHAPES [SMALL_BYTES]]
# Exit 77 (skipped) when valgrind is not installed.
probe=$1
shapes=${2:-24}
small=${3:-131072}
large=$((small * 4))
limit=4.5
command -v valgrind >/dev/null 2>&1 || { echo "valgrind not installed: skipped"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

instructions() { # shape bytes -> instructions in newsparse_parse
  valgrind --tool=callgrind --toggle-collect=newsparse_parse \
    --callgrind-out-file="$tmp/cg.$1.$2" "$probe" "$1" "$2" >/dev/null 2>"$tmp/log.$1.$2" || {
    echo "shape $1 at $2 bytes failed:" >&2; cat "$tmp/log.$1.$2" >&2; echo 0; return; }
  sed -n 's/^summary: //p' "$tmp/cg.$1.$2"
}

fail=0
jobs=$(nproc 2>/dev/null || echo 2)
for s in $(seq 1 "$shapes"); do echo "$s"; done > "$tmp/list"
# two runs at a time: callgrind is single-threaded
while read -r s; do
  (a=$(instructions "$s" "$small"); b=$(instructions "$s" "$large"); echo "$s $a $b" > "$tmp/r.$s") &
  while [ "$(jobs -r | wc -l)" -ge "$jobs" ]; do sleep 0.2; done
done < "$tmp/list"
wait
for s in $(seq 1 "$shapes"); do
  read -r shape a b < "$tmp/r.$s"
  verdict=$(awk -v a="$a" -v b="$b" -v l="$limit" 'BEGIN {
    if (a <= 0 || b <= 0) { print "failed"; exit }
    r = b / a; printf "%.2f %s", r, (r <= l ? "ok" : "SUPER-LINEAR") }')
  echo "shape $shape: $a -> $b instructions, ratio $verdict"
  case "$verdict" in *ok) ;; *) fail=1 ;; esac
done
[ "$fail" = 0 ] && echo "complexity: every shape within ${limit}x for 4x input" || echo "complexity: FAILED"
exit "$fail"
