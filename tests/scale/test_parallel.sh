#!/bin/sh
# GNU parallel as the README's recipe runs it: chunks of a --jsonl stream on
# two jobs, --keep-order, give output byte-identical to one process.
#   test_parallel.sh NEWSPARSE
# Exit 77 when GNU parallel is not installed (skipped, not passed).
set -eu
cli=$1
command -v parallel >/dev/null 2>&1 || { echo "GNU parallel is not installed: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
while [ $i -lt 600 ]; do
  printf '{"id": %d, "text": "Report %d: ministers from Kenya and Chile met in Lima on March %d, and President Ana Berg said $%dm would follow.", "dct": "2025-06-01"}\n' \
    $i $i $((i % 28 + 1)) $i
  i=$((i + 1))
done > "$tmp/in.jsonl"
"$cli" --jsonl < "$tmp/in.jsonl" > "$tmp/one.jsonl"
parallel --will-cite --pipe --keep-order --block 16k -j2 "$cli" --jsonl \
  < "$tmp/in.jsonl" > "$tmp/par.jsonl"
cmp "$tmp/one.jsonl" "$tmp/par.jsonl"
test "$(wc -l < "$tmp/par.jsonl")" = 600
# the same with --threads inside each job
parallel --will-cite --pipe --keep-order --block 64k -j2 "$cli" --jsonl --threads 2 \
  < "$tmp/in.jsonl" | cmp "$tmp/one.jsonl" -
echo "GNU parallel: 600 records on 2 jobs, byte-identical to one process"
echo "2 passed, 0 failed"
