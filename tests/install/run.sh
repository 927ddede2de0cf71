#!/bin/sh
# Install into a temporary prefix, then build examples/parse_article.c as a
# user would: once with pkg-config, once with CMake's find_package, and run
# both on the sample article.
#   run.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
libdir=$(ls -d "$prefix"/lib*/ | head -n 1)
libdir=${libdir%/}
if [ -d "$libdir/x86_64-linux-gnu" ]; then libdir=$libdir/x86_64-linux-gnu; fi
test -f "$prefix/include/newsparse.h"
test -x "$prefix/bin/newsparse"

# 1. pkg-config consumer: only the include directory, nothing of the
# library's own dependencies
export PKG_CONFIG_PATH="$libdir/pkgconfig"
cflags=$(pkg-config --cflags libnewsparse)
set -- $cflags
if [ $# -ne 1 ] || [ "$(cd "${1#-I}" && pwd -P)" != "$(cd "$prefix/include" && pwd -P)" ]; then
  echo "pkg-config --cflags gives more than the include directory: $cflags" >&2
  exit 1
fi
cc -std=c99 -Wall -Werror "$src/examples/parse_article.c" \
  $(pkg-config --cflags --libs libnewsparse) -o "$tmp/pa_pkgconfig"
LD_LIBRARY_PATH="$libdir" "$tmp/pa_pkgconfig" "$src/examples/sample-article.txt" > "$tmp/out1"
grep -q "^paragraphs 6" "$tmp/out1"
grep -q "COUNTRY" "$tmp/out1"

# 2. CMake find_package consumer
cmake -S "$src/examples" -B "$tmp/cm" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$tmp/cm" >/dev/null
LD_LIBRARY_PATH="$libdir" "$tmp/cm/parse_article" "$src/examples/sample-article.txt" > "$tmp/out2"
cmp "$tmp/out1" "$tmp/out2"

# 3. the installed CLI runs from its prefix without LD_LIBRARY_PATH, also
# after the prefix is moved, and only newsparse_* symbols are exported
env -u LD_LIBRARY_PATH "$prefix/bin/newsparse" "$src/examples/sample-article.txt" > "$tmp/cli.json"
mv "$prefix" "$tmp/moved"
env -u LD_LIBRARY_PATH "$tmp/moved/bin/newsparse" --version > /dev/null
mv "$tmp/moved" "$prefix"
bad=$(nm -D --defined-only "$libdir/libnewsparse.so" | awk '$2 ~ /^[TDBRV]$/ {print $3}' | grep -v '^newsparse_' || true)
if [ -n "$bad" ]; then
  echo "non-API symbols exported: $bad" >&2
  exit 1
fi
echo "install test passed: pkg-config and find_package consumers agree"
