#!/usr/bin/env bash
# packaging/screenshots.sh - remakes the README's and AppStream's pictures from the real app and the bundled deck:
# the window in a light and a dark palette with each card type, in German and Spanish, and a page of the PDF handout.
# Run it in the development environment: packaging/devenv packaging/screenshots.sh
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$repo/build/ci
out=$repo/packaging/screenshots
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
cmake --build "$build" >/dev/null
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
# The test binaries find the highlighting plugin in the build tree (the app finds it beside itself).
DEEPDIVE_PLUGIN_DIR=$(dirname "$(find "$build" -name deepdive_highlighting.so -path '*deepdive/*' | head -n1)")
export DEEPDIVE_PLUGIN_DIR
"$build/app/deepdive" --data-dir "$work/data" --screenshot "$out/main.png"
# The window in German and in Spanish, as the system language picks them.
for lang in de_DE es_ES; do
  LANG=$lang.UTF-8 LC_ALL=$lang.UTF-8 "$build/app/deepdive" --data-dir "$work/data-$lang" --screenshot "$out/main-${lang%_*}.png"
done
DEEPDIVE_SCREENSHOT_DIR=$work/shots DEEPDIVE_SCREENSHOT_DECK=$repo/content/python DEEPDIVE_TEST_DATA=$repo/tests/data \
  "$build/tests/ui/tst_screenshots" >/dev/null
cp "$work/shots/quiz-choice-light-answered.png" "$out/main-light.png"
cp "$work/shots/quiz-spot-bug-dark-answered.png" "$out/main-dark.png"
# Statistics after a study session (the session test's history).
DEEPDIVE_SCREENSHOT_DIR=$work/shots DEEPDIVE_TEST_DATA=$repo/tests/data "$build/tests/ui/tst_studysession" >/dev/null
cp "$work/shots/statistics.png" "$out/statistics.png"
# A topic page with a pitfall beside its fix (page 1: a handout of up to five topics has a title line, no cover).
"$build/app/deepdive" --data-dir "$work/data" --export-pdf "$work/handout.pdf" \
  --scope topics:mutable-default-arguments >/dev/null
pdftoppm -r 80 -f 1 -l 1 -png "$work/handout.pdf" "$work/page"
cp "$work"/page-*1.png "$out/pdf-page.png"
ls -l "$out"
