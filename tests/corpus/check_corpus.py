#!/usr/bin/env python3
"""Golden-output tests: every *.txt here (and the bundled sample article) is
parsed by the CLI and compared with the .json beside it.

    check_corpus.py NEWSPARSE CORPUS_DIR [EXTRA.txt ...]

EXTRA texts (the bundled sample article) keep their goldens in CORPUS_DIR
under their own base name.
    NEWSPARSE_BLESS=1 check_corpus.py ...   rewrite the goldens (review the diff!)

An optional first line "#dct YYYY-MM-DD" in a .dct file beside the text
gives the reference date.  Output is compared as parsed JSON, so formatting
changes do not matter; any changed span, label or value does.
"""
import glob
import json
import os
import subprocess
import sys


def main():
    cli, corpus = sys.argv[1], sys.argv[2]
    texts = sorted(glob.glob(os.path.join(corpus, "*.txt"))) + sys.argv[3:]
    bless = os.environ.get("NEWSPARSE_BLESS") == "1"
    failed = 0
    for txt in texts:
        args = [cli, txt]
        dct_file = txt[:-4] + ".dct"
        if os.path.exists(dct_file):
            with open(dct_file, encoding="utf-8") as f:
                args[1:1] = ["--dct", f.read().strip()]
        p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        if p.returncode != 0:
            print("FAIL %s: exit %d: %s" % (txt, p.returncode, p.stderr.decode()[:200]))
            failed += 1
            continue
        got = json.loads(p.stdout)
        gold_path = os.path.join(corpus, os.path.basename(txt)[:-4] + ".json")
        if bless:
            with open(gold_path, "w", encoding="utf-8") as f:
                json.dump(got, f, indent=1, ensure_ascii=False)
                f.write("\n")
            print("blessed %s" % gold_path)
            continue
        if not os.path.exists(gold_path):
            print("FAIL %s: no golden %s (run with NEWSPARSE_BLESS=1)" % (txt, gold_path))
            failed += 1
            continue
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
        if got != gold:
            failed += 1
            print("FAIL %s differs from %s" % (txt, gold_path))
            for key in gold:
                if gold.get(key) != got.get(key):
                    print("  field %r: expected %s" % (key, json.dumps(gold.get(key))[:300]))
                    print("  %s  got      %s" % (" " * len(repr(key)), json.dumps(got.get(key))[:300]))
    passed = len(texts) - failed
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed or not texts else 0)


if __name__ == "__main__":
    main()
