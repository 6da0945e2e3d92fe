#!/usr/bin/env bash
# tests/exchange/anki-import.sh EXPORT_TOOL DECK [MIRROR] - imports Deep Dive's .apkg files with real Anki 2.1.15
# (anki-root.sh). Checks the notes, fields, tags and decks Anki made, that a later export updates notes instead of
# adding them, and that a card's schedule arrives. Skips (exit 77, with the reason) when the root cannot be made.
set -euo pipefail
tool=$1
deck=$2
mirror=${3:-http://deb.debian.org/debian}
source "$(dirname "${BASH_SOURCE[0]}")/anki-root.sh"

work=$root/tmp/deepdive-anki-$$
trap 'rm -rf --one-file-system -- "$work"' EXIT
mkdir -p "$work/col" "$work/col2"
"$tool" "$deck" "$work"
cp "$(dirname "${BASH_SOURCE[0]}")/anki_check.py" "$work/"
anki_python "/tmp/deepdive-anki-$$/anki_check.py" "/tmp/deepdive-anki-$$"
