#!/usr/bin/env bash
# tests/packaging/install-layout.sh BUILD_DIR APP_ID - `cmake --install` lays out a correct tree.
set -euo pipefail
build=$1
id=$2
prefix=$(mktemp -d)
trap 'rm -rf -- "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
expected=(
  bin/deepdive
  share/applications/$id.desktop
  share/metainfo/$id.metainfo.xml
  share/icons/hicolor/scalable/apps/$id.svg
)
for size in 16 24 32 48 64 128 256; do expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png"); done
for f in "${expected[@]}"; do
  [[ -s $prefix/$f ]] || { echo "missing: $f"; exit 1; }
done
extra=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort | comm -23 - <(printf '%s\n' "${expected[@]}" | sort))
[[ -z $extra ]] || { echo "unexpected files installed:"; echo "$extra"; exit 1; }
"$prefix/bin/deepdive" --version | grep -qx "Deep Dive [0-9.]*"
echo "installed ${#expected[@]} files"
