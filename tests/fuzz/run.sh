#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS [TARGET] - build a libFuzzer target with clang in build/fuzz and fuzz it for SECONDS:
# topicparser (the default), starting from every Markdown file of the decks as the corpus, htmltomarkdown (the
# HTML of Anki fields), starting from tests/fuzz/html, or ankipackage (the zip of an Anki package), from seeds it makes. Exits non-zero on a crash, leak or hang.
set -euo pipefail
seconds=${1:-30}
target=${2:-topicparser}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$repo/build/fuzz
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (packaging/devenv has it)" >&2; exit 1; }
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DDEEPDIVE_FUZZ=ON -DDEEPDIVE_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" >/dev/null
fi
cmake --build "$build" --target "fuzz_$target" >/dev/null
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
mkdir "$work/corpus"
i=0
if [[ $target == topicparser ]]; then
  while IFS= read -r -d '' f; do cp "$f" "$work/corpus/$((i++)).md"; done \
    < <(find "$repo/content" "$repo/tests/data" -name '*.md' -print0)
elif [[ $target == ankipackage ]]; then
  # Seeds made here (no binary files in the repository): a package with a small collection and one image, one in
  # Anki's newest format, and one whose media map points outside.
  python3 - "$work/corpus" <<'PY'
import json, os, sqlite3, sys, zipfile
out = sys.argv[1]
db = os.path.join(os.path.dirname(out), "seed.anki2")
con = sqlite3.connect(db)
con.execute("CREATE TABLE col (id integer primary key, ver int, models text, decks text)")
con.execute("INSERT INTO col VALUES (1, 11, '{}', '{}')")
con.commit(); con.close()
seeds = {
    "anki2.apkg": [("collection.anki2", open(db, "rb").read()), ("media", json.dumps({"0": "a.png"})), ("0", b"\x89PNG\r\n")],
    "anki21b.apkg": [("collection.anki21b", b"\x28\xb5\x2f\xfd"), ("media", b"")],
    "escape.apkg": [("collection.anki2", open(db, "rb").read()), ("media", json.dumps({"0": "../escape.png"})), ("0", b"x" * 64)],
}
for name, entries in seeds.items():
    with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as z:
        for entry, data in entries:
            z.writestr(entry, data)
PY
else
  cp "$repo/tests/fuzz/html/"* "$work/corpus/"
fi
cd "$work"
if ! "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
  -print_final_stats=1 corpus >log 2>&1; then
  cat log
  echo "fuzz: fuzz_$target crashed, leaked or hung on an input (above); fix it and add the input to a test" >&2
  exit 1
fi
grep -E '^(Done|stat::)' log
