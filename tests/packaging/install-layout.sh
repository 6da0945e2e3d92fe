#!/usr/bin/env bash
# tests/packaging/install-layout.sh BUILD_DIR APP_ID LIBDIR - `cmake --install` lays out a correct tree, and the
# installed binary finds its highlighting plugin there.
set -euo pipefail
build=$1
id=$2
libdir=$3
prefix=$(mktemp -d)
trap 'rm -rf -- "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
expected=(
  bin/deepdive
  "$libdir/deepdive/deepdive_highlighting.so"
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
# The screenshot highlights its code: the plugin was found relative to the installed binary (not the build tree).
log=$(env -u DEEPDIVE_PLUGIN_DIR QT_QPA_PLATFORM=offscreen "$prefix/bin/deepdive" --data-dir "$prefix/data" \
  --screenshot "$prefix/shot.png" 2>&1)
[[ -s $prefix/shot.png ]] || { echo "no screenshot: $log"; exit 1; }
if grep -q "highlighting plugin" <<<"$log"; then echo "$log"; exit 1; fi
rm -rf -- "$prefix/data" "$prefix/shot.png"
echo "installed ${#expected[@]} files"
