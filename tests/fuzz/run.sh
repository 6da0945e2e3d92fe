#!/usr/bin/env bash
# tests/fuzz/run.sh SECONDS - build the libFuzzer target with clang in build/fuzz and fuzz the topic parser for
# SECONDS, starting from every Markdown file of the decks as the corpus. Exits non-zero on a crash, leak or hang.
set -euo pipefail
seconds=${1:-30}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$repo/build/fuzz
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (packaging/devenv has it)" >&2; exit 1; }
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DDEEPDIVE_FUZZ=ON -DDEEPDIVE_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" >/dev/null
fi
cmake --build "$build" --target fuzz_topicparser >/dev/null
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
mkdir "$work/corpus"
i=0
while IFS= read -r -d '' f; do cp "$f" "$work/corpus/$((i++)).md"; done \
  < <(find "$repo/content" "$repo/tests/data" -name '*.md' -print0)
cd "$work"
if ! "$build/tests/fuzz/fuzz_topicparser" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
  -print_final_stats=1 corpus >log 2>&1; then
  cat log
  echo "fuzz: the parser crashed, leaked or hung on an input (above); fix it and add the input to a test" >&2
  exit 1
fi
grep -E '^(Done|stat::)' log
