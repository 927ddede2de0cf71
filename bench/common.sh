# Shared settings of the bench scripts (sourced).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
shared=${NEWSPARSE_SHARED:-$(cd "$root/../shared" 2>/dev/null && pwd || true)}
cli=${NEWSPARSE_CLI:-$root/build/cli/newsparse}
if [ ! -x "$cli" ]; then
  echo "build the CLI first (cmake -B build && cmake --build build), or set NEWSPARSE_CLI" >&2
  exit 2
fi
if [ -z "$shared" ] || [ ! -d "$shared/eval" ]; then
  echo "the evaluation kit is not next to the checkout (../shared); set NEWSPARSE_SHARED" >&2
  exit 2
fi
ev=$shared/eval
peers_dir=$here/.peers
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The JavaScript peers, installed once into bench/.peers from the kit.
setup_peers() {
  if [ -f "$peers_dir/node_modules/.ok" ]; then return 0; fi
  command -v npm >/dev/null || { echo "npm not found: peers skipped" >&2; return 1; }
  mkdir -p "$peers_dir"
  cp -r "$shared/peers/." "$peers_dir/"
  (cd "$peers_dir" && npm ci --no-audit --no-fund >/dev/null 2>&1) || { echo "npm ci failed: peers skipped" >&2; return 1; }
  touch "$peers_dir/node_modules/.ok"
}
