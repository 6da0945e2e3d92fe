#!/usr/bin/env bash
# tests/packaging/deb-roundtrip.sh BUILD_DIR [MIRROR] - builds the .deb with CPack, installs it into a clean
# Debian 13 root made with mmdebstrap, runs the installed deepdive (--version, --screenshot), then removes the
# package and checks that none of its files is left behind.
set -euo pipefail
# mmdebstrap needs real root here: inside the devenv's sandbox an ordinary user has neither root mode nor the
# newuidmap its unshare mode needs. CI runs the suite as root, so there the package is always installed for real.
if (($(id -u) != 0)); then
  echo "skipped: installing the package into a clean Debian root needs root (CI runs this test as root)"
  exit 77
fi
build=$1
mirror=${2:-http://deb.debian.org/debian}
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
cd "$build"
rm -f deepdive_*.deb
cpack -G DEB >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$build"/deepdive_*.deb)
cp "$deb" "$work/deepdive.deb"
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) kB)"
dpkg-deb -f "$deb" Depends

# Everything runs inside the root through mmdebstrap's hooks (which mount /proc and /dev for them).
export DEB="$work/deepdive.deb"
mmdebstrap --quiet --variant=apt \
  --customize-hook='cp "$DEB" "$1/tmp/deepdive.deb"' \
  --customize-hook='chroot "$1" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/deepdive.deb > /dev/null' \
  --customize-hook='chroot "$1" deepdive --version > "$1/tmp/version.txt"' \
  --customize-hook='chroot "$1" env QT_QPA_PLATFORM=offscreen deepdive --data-dir /tmp/data --screenshot /tmp/shot.png 2> "$1/tmp/shot.log"' \
  --customize-hook='chroot "$1" dpkg -L deepdive > "$1/tmp/files.txt"' \
  --customize-hook='cp "$1/tmp/version.txt" "$1/tmp/files.txt" "$1/tmp/shot.png" "$1/tmp/shot.log" "$1/../"' \
  --customize-hook='chroot "$1" apt-get remove --purge -y -qq deepdive > /dev/null' \
  --customize-hook='for f in $(cat "$1/tmp/files.txt"); do [ -d "$1$f" ] || ! [ -e "$1$f" ] || { echo "left behind: $f"; exit 1; }; done' \
  --customize-hook='! chroot "$1" dpkg -s deepdive > /dev/null 2>&1' \
  trixie "$work/root" "$mirror"

grep -qx "Deep Dive [0-9.]*" "$work/version.txt" || { echo "unexpected --version: $(cat "$work/version.txt")"; exit 1; }
echo "installed: $(cat "$work/version.txt")"
if grep -q "highlighting plugin" "$work/shot.log"; then cat "$work/shot.log"; exit 1; fi # found where it was installed
python3 - "$work/shot.png" <<'PY'
import struct, sys
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
width, height = struct.unpack('>II', data[16:24])
assert (width, height) == (1280, 800), (width, height)
print(f'screenshot from the installed app: {width}x{height}, {len(data)} bytes')
PY
echo "removed cleanly: $(grep -c . "$work/files.txt") paths checked"
