#!/bin/sh
# Install the binding into a fresh virtual environment the documented way
# (offline: the package's own build backend needs nothing), then use it
# with only the built library.
#   venv_install.sh LIBRARY SOURCE_DIR
set -eu
lib=$1
src=$2
py=python3
# Debian's interpreter has the venv, setuptools and wheel packages this needs
if [ -x /usr/bin/python3 ]; then py=/usr/bin/python3; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$py" -m venv --system-site-packages "$tmp/venv"
before=$(ls -a "$src/bindings/python")
"$tmp/venv/bin/pip" install -q --no-index "$src/bindings/python"
# nothing written into the source tree (no build/, no *.egg-info)
if [ "$(ls -a "$src/bindings/python")" != "$before" ]; then
  echo "pip left files in bindings/python:" >&2
  ls -a "$src/bindings/python" >&2
  exit 1
fi
cd "$tmp"
NEWSPARSE_LIBRARY=$lib "$tmp/venv/bin/python" - "$src/examples/sample-article.txt" <<'PY'
import sys, newsparse
assert "/venv/" in newsparse.__file__, newsparse.__file__
text = open(sys.argv[1], encoding="utf-8").read()
doc = newsparse.parse(text, dct="2025-03-05")
assert len(doc.paragraphs) == 6 and len(doc.related) == 6, doc
for e in doc.entities:
    assert text[e.char_start:e.char_end].split() == e.text.split(), e
print("venv install ok:", newsparse.version(), len(doc.entities), "entities")
PY
