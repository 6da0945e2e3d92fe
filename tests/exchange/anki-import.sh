#!/usr/bin/env bash
# tests/exchange/anki-import.sh EXPORT_TOOL DECK [MIRROR] - imports Deep Dive's .apkg files with real Anki: the
# Python library of Anki 2.1.15 (Debian bullseye's package), in a small bullseye root made once with mmdebstrap and
# cached beside the devenv's roots. Checks the notes, fields, tags and decks Anki made, that a later export updates
# notes instead of adding them, and that a card's schedule arrives. Skips (exit 77, with the reason) when the root
# cannot be made: that needs root (CI runs the suite as root), mmdebstrap and the Debian mirror.
set -euo pipefail
tool=$1
deck=$2
mirror=${3:-http://deb.debian.org/debian}
skip() { echo "skipped: $*"; exit 77; }
((EUID == 0)) || skip "making the Anki 2.1.15 root with mmdebstrap needs root (CI runs this test as root)"
command -v mmdebstrap >/dev/null || skip "mmdebstrap is not installed (packaging/devenv has it)"
chroot=$(command -v chroot || echo /usr/sbin/chroot)
[[ -x $chroot ]] || skip "chroot is not installed"

packages=(python3 python3-requests python3-pyaudio python3-psutil python3-distro python3-decorator python3-bs4
  python3-distutils python3-markdown python3-send2trash)
cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/deepdive-devenv
key=$(printf '%s\n' bullseye anki "$mirror" "${packages[@]}" | sha256sum | cut -c1-16)
root=$cache/anki-$key
if [[ ! -e $root.complete || ! -d $root ]]; then
  mkdir -p "$cache"
  tmp=$cache/tmp-anki-$$
  trap 'rm -rf --one-file-system -- "$tmp"' EXIT
  rm -rf --one-file-system -- "$root" "$root.complete"
  echo "making the Anki 2.1.15 root $root (about a minute, once)"
  # Anki's own package would bring PyQt and its web engine; its Python library needs only these, so the .deb is
  # unpacked into /opt/anki.
  if ! mmdebstrap --quiet --variant=apt --include="$(IFS=,; echo "${packages[*]}")" \
    --customize-hook='chroot "$1" sh -c "cd /tmp && apt-get download -qq anki && dpkg -x anki_*.deb /opt/anki && rm anki_*.deb"' \
    bullseye "$tmp" "$mirror" >"$cache/anki-root.log" 2>&1; then
    tail -5 "$cache/anki-root.log"
    skip "the Anki 2.1.15 root could not be made from $mirror (no network?); see $cache/anki-root.log"
  fi
  mv -T -- "$tmp" "$root"
  touch "$root.complete"
  trap - EXIT
fi

work=$root/tmp/deepdive-anki-$$
trap 'rm -rf --one-file-system -- "$work"' EXIT
mkdir -p "$work/col" "$work/col2"
"$tool" "$deck" "$work"
cp "$(dirname "${BASH_SOURCE[0]}")/anki_check.py" "$work/"
"$chroot" "$root" env HOME=/tmp LANG=C.UTF-8 PYTHONPATH=/opt/anki/usr/share/anki \
  python3 "/tmp/deepdive-anki-$$/anki_check.py" "/tmp/deepdive-anki-$$"
