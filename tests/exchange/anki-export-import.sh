#!/usr/bin/env bash
# tests/exchange/anki-export-import.sh DEEPDIVE CHECKER [MIRROR] - real Anki 2.1.15 (anki-root.sh) makes a deck of
# its stock note types and exports it with its own exporters (anki_make_deck.py); `deepdive --import-anki` brings
# each package in, `deepdive --check-content` accepts the deck, and CHECKER (anki_import_check) compares every card
# with what Anki was given. Skips (exit 77, with the reason) when the root cannot be made.
set -euo pipefail
deepdive=$1
checker=$2
mirror=${3:-http://deb.debian.org/debian}
source "$(dirname "${BASH_SOURCE[0]}")/anki-root.sh"

name=deepdive-anki-export-$$
work=$root/tmp/$name
trap 'rm -rf --one-file-system -- "$work"' EXIT
mkdir -p "$work/col"
cp "$(dirname "${BASH_SOURCE[0]}")/anki_make_deck.py" "$work/"
anki_python "/tmp/$name/anki_make_deck.py" "/tmp/$name"

fail() { echo "FAIL: $*"; exit 1; }
for package in deck.apkg collection.colpkg; do
  echo "== $package"
  decks=$work/decks-${package%.*}
  "$deepdive" --data-dir "$work/data" --import-anki "$work/$package" --to "$decks" || fail "the import of $package failed"
  entries=$(ls -A "$decks")
  [[ $entries == anki-interview ]] || fail "$decks holds '$entries', expected only the deck folder anki-interview"
  "$deepdive" --data-dir "$work/data" --check-content "$decks/anki-interview" \
    || fail "--check-content refuses the deck imported from $package"
  "$checker" "$decks/anki-interview" "$work" || fail "the deck imported from $package differs from what Anki was given"
done
echo "Deep Dive imported both packages real Anki wrote"
