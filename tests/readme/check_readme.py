#!/usr/bin/env python3
"""The README cannot go stale: its example output is what the CLI writes
for the example input, and its Quick start holds two commands.

    check_readme.py NEWSPARSE README.md
"""
import json
import re
import subprocess
import sys


def main():
    cli, readme = sys.argv[1], sys.argv[2]
    text = open(readme, encoding="utf-8").read()
    failed = 0
    m = re.search(r"Output for `echo '([^`]*)' \| newsparse`.*?```json\n(.*?)```", text, re.S)
    if not m:
        print("FAIL: no example output in the README")
        return 1
    inp, shown = m.group(1), json.loads(m.group(2))
    got = json.loads(subprocess.run([cli], input=(inp + "\n").encode(), capture_output=True,
                                    timeout=60, check=True).stdout)
    if got != shown:
        failed += 1
        print("FAIL: the README's example output differs from the CLI's:")
        for k in got:
            if got.get(k) != shown.get(k):
                print("  %s: README %s" % (k, json.dumps(shown.get(k))[:300]))
                print("  %s  CLI    %s" % (" " * len(k), json.dumps(got.get(k))[:300]))
    q = re.search(r"## Quick start.*?```sh\n(.*?)```", text, re.S)
    commands = [l for l in (q.group(1).splitlines() if q else []) if l.strip()]
    if len(commands) != 2:
        failed += 1
        print("FAIL: Quick start holds %d commands, not 2" % len(commands))
    print("%d passed, %d failed" % (2 - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
