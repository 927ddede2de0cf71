#!/bin/sh
# The README's picture of the HTML view: the bundled sample article through
# `newsparse --html`, rendered by headless Chromium (Debian's chromium).
#   docs/screenshot.sh [NEWSPARSE]     writes docs/sample-article.png
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$here/../build/cli/newsparse}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" --html "$here/../examples/sample-article.txt" > "$tmp/page.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profile" --hide-scrollbars --window-size=900,1100 \
  --screenshot="$here/sample-article.png" "file://$tmp/page.html" 2>/dev/null
echo "wrote $here/sample-article.png"
