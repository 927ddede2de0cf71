#!/usr/bin/env bash
# Engine.pipe against the CLI on the same corpus (the evaluation texts,
# repeated to at least MB megabytes, default 12):
#   bench/python_pipe.sh [MB]
# Prints MB/s of the CLI (--jsonl, one thread), of Engine.pipe on one and
# two threads touching every entity's label, span and value, the ratios,
# and whether every document equals the CLI's.
source "$(dirname "$0")/common.sh"
mb=${1:-12}
py=/usr/bin/python3
[ -x "$py" ] || py=python3
python3 - "$ev/data" "$tmp/corpus.jsonl" "$mb" <<'PY'
import json, os, sys
data, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
texts = []
for name in ("conll2003-train.jsonl", "timeml-tbaq.jsonl", "structure-dev.jsonl"):
    with open(os.path.join(data, name), encoding="utf-8") as f:
        texts += [json.loads(l)["text"] for l in f if l.strip()]
size = i = 0
with open(out, "w", encoding="utf-8") as f:
    while size < mb * 1e6:
        t = texts[i % len(texts)]
        f.write(json.dumps({"id": i, "text": t}) + "\n")
        size += len(t.encode("utf-8"))
        i += 1
PY
"$cli" --jsonl < "$tmp/corpus.jsonl" > "$tmp/cli.jsonl"
NEWSPARSE_LIBRARY=${NEWSPARSE_LIBRARY:-$root/build/lib/libnewsparse.so} PYTHONPATH=$root/bindings/python \
  "$py" - "$tmp/corpus.jsonl" "$tmp/cli.jsonl" "$cli" <<'PY'
import json, subprocess, sys, time
import newsparse
corpus, cli_out, cli = sys.argv[1], sys.argv[2], sys.argv[3]
texts = [json.loads(l)["text"] for l in open(corpus, encoding="utf-8")]
mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
engine = newsparse.Engine()

def cli_run():
    t0 = time.perf_counter()
    subprocess.run([cli, "--jsonl", corpus], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0

def pipe_run(threads):
    t0 = time.perf_counter()
    n = 0
    for doc in engine.pipe(texts, threads=threads):
        for e in doc.entities:
            n += len(e.label) + e.start + e.end + (e.value is None)
    return time.perf_counter() - t0

# Rounds of all three, interleaved so that each sees the same machine; the
# best time of each over the rounds.
rounds = [(cli_run(), pipe_run(1), pipe_run(2)) for _ in range(5)]
cli_s, one, two = (min(r[k] for r in rounds) for k in range(3))
same = all(doc.to_dict() == {k: v for k, v in json.loads(line).items() if k != "id"}
           for doc, line in zip(engine.pipe(texts, threads=2), open(cli_out, encoding="utf-8")))
print("corpus %.1f MB, %d documents" % (mb, len(texts)))
print("CLI --jsonl, 1 thread      %6.1f MB/s" % (mb / cli_s))
print("Engine.pipe, 1 thread      %6.1f MB/s  (%.0f%% of the CLI)" % (mb / one, 100 * cli_s / one))
print("Engine.pipe, 2 threads     %6.1f MB/s  (%.2fx one thread)" % (mb / two, one / two))
print("documents equal to the CLI's: %s" % ("all" if same else "NO"))
PY
