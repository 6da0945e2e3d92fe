# tests/exchange/anki-root.sh - sourced by the tests that run real Anki: the Python library of Anki 2.1.15 (Debian
# bullseye's package) in a small bullseye root made once with mmdebstrap and cached beside the devenv's roots.
# Sets `root` (the root's folder) and defines `anki_python SCRIPT ARGS...` (paths as seen inside the root).
# Skips the test (exit 77, with the reason) when the root cannot be made: that needs root (CI runs the suite as
# root), mmdebstrap and the Debian mirror (`mirror`, set by the caller or Debian's).
mirror=${mirror:-http://deb.debian.org/debian}
skip() { echo "skipped: $*"; exit 77; }
((EUID == 0)) || skip "making the Anki 2.1.15 root with mmdebstrap needs root (CI runs this test as root)"
command -v mmdebstrap >/dev/null || skip "mmdebstrap is not installed (packaging/devenv has it)"
chroot=$(command -v chroot || echo /usr/sbin/chroot)
[[ -x $chroot ]] || skip "chroot is not installed"

anki_packages=(python3 python3-requests python3-pyaudio python3-psutil python3-distro python3-decorator python3-bs4
  python3-distutils python3-markdown python3-send2trash)
anki_cache=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/deepdive-devenv
anki_key=$(printf '%s\n' bullseye anki "$mirror" "${anki_packages[@]}" | sha256sum | cut -c1-16)
root=$anki_cache/anki-$anki_key
if [[ ! -e $root.complete || ! -d $root ]]; then
  mkdir -p "$anki_cache"
  anki_tmp=$anki_cache/tmp-anki-$$
  trap 'rm -rf --one-file-system -- "$anki_tmp"' EXIT
  rm -rf --one-file-system -- "$root" "$root.complete"
  echo "making the Anki 2.1.15 root $root (about a minute, once)"
  # Anki's own package would bring PyQt and its web engine; its Python library needs only these, so the .deb is
  # unpacked into /opt/anki.
  if ! mmdebstrap --quiet --variant=apt --include="$(IFS=,; echo "${anki_packages[*]}")" \
    --customize-hook='chroot "$1" sh -c "cd /tmp && apt-get download -qq anki && dpkg -x anki_*.deb /opt/anki && rm anki_*.deb"' \
    bullseye "$anki_tmp" "$mirror" >"$anki_cache/anki-root.log" 2>&1; then
    tail -5 "$anki_cache/anki-root.log"
    skip "the Anki 2.1.15 root could not be made from $mirror (no network?); see $anki_cache/anki-root.log"
  fi
  mv -T -- "$anki_tmp" "$root"
  touch "$root.complete"
  trap - EXIT
fi

# Runs a Python script with Anki's library inside the root.
anki_python() {
  "$chroot" "$root" env HOME=/tmp LANG=C.UTF-8 PYTHONPATH=/opt/anki/usr/share/anki python3 "$@"
}
