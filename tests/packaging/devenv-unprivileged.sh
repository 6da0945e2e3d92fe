#!/usr/bin/env bash
# tests/packaging/devenv-unprivileged.sh - packaging/devenv's root creation as an ordinary user (unshare mode), in a
# cheap form: a small root instead of the full package list. Run as root (CI does): it makes the user
# "deepdive-devenv-test" (with sub-uids, as adduser gives every user) and runs devenv as that user, checking that
#  - an interrupted creation leaves nothing behind in the cache,
#  - a completed root is entered and used, with its marker beside it,
#  - a changed package list replaces the old root, which the user can delete (it belongs to the user's sub-uids).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
((EUID == 0)) || { echo "devenv-unprivileged: run as root (it creates a test user)"; exit 1; }
user=deepdive-devenv-test
id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$user"
grep -q "^$user:" /etc/subuid || usermod --add-subuids 200000-265535 --add-subgids 200000-265535 "$user"
for tool in mmdebstrap bwrap newuidmap; do command -v "$tool" >/dev/null || { echo "missing $tool"; exit 1; }; done

work=$(mktemp -d /tmp/devenv-unprivileged.XXXXXX)
chmod 755 "$work"
cleanup() { runuser -u "$user" -- mmdebstrap --unshare-helper rm -rf -- "$work/cache" 2>/dev/null || true; rm -rf -- "$work"; }
trap cleanup EXIT
mkdir -p "$work/checkout/packaging"
cp "$repo/packaging/devenv" "$work/checkout/packaging/"
chown -R "$user:" "$work"
as_user() { runuser -u "$user" -- env -i HOME="/home/$user" PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  XDG_CACHE_HOME="$work/cache" DEEPDIVE_DEVENV=root DEEPDIVE_DEVENV_PACKAGES="$1" "${@:2}"; }
fail() { echo "FAIL: $*"; exit 1; }

echo "1. an interrupted creation leaves nothing behind"
as_user "bash" "$work/checkout/packaging/devenv" true &
pid=$!
for _ in $(seq 600); do compgen -G "$work/cache/deepdive-devenv/tmp-*/var" >/dev/null && break; sleep 0.2; done
compgen -G "$work/cache/deepdive-devenv/tmp-*/var" >/dev/null || fail "mmdebstrap never started writing the root"
pkill -TERM -u "$user" || true   # as Ctrl+C does: every process of the run, mmdebstrap included
wait "$pid" && fail "devenv succeeded although it was interrupted"
# A killed mmdebstrap may leave its unshared children running for a moment.
for _ in $(seq 50); do compgen -G "$work/cache/deepdive-devenv/tmp-*" >/dev/null || break; sleep 0.2; done
if compgen -G "$work/cache/deepdive-devenv/tmp-*" >/dev/null; then
  # The next run removes what a killed run left (as after a power loss); that must work too.
  as_user "bash" "$work/checkout/packaging/devenv" true || fail "devenv did not recover from an interrupted creation"
  compgen -G "$work/cache/deepdive-devenv/tmp-*" >/dev/null && fail "half-made root left behind: $(ls "$work/cache/deepdive-devenv")"
fi

echo "2. a root made as an ordinary user is complete and used"
version=$(as_user "bash" "$work/checkout/packaging/devenv" cat /etc/debian_version) || fail "devenv could not make or enter the root"
[[ $version == 13* ]] || fail "unexpected /etc/debian_version: $version"
first=$(compgen -G "$work/cache/deepdive-devenv/root-*.complete") || fail "no marker beside the root: $(ls "$work/cache/deepdive-devenv")"
[[ -d ${first%.complete} ]] || fail "marker without root"

echo "3. a new package list replaces the old root, which is removed"
as_user "bash less" "$work/checkout/packaging/devenv" sh -c "test -x /usr/bin/less" || fail "the new root lacks its package"
[[ -e ${first%.complete} ]] && fail "the old root ${first%.complete} was left behind"
[[ $(compgen -G "$work/cache/deepdive-devenv/root-*.complete" | wc -l) == 1 ]] || fail "expected one root: $(ls "$work/cache/deepdive-devenv")"
echo "devenv as an ordinary user: 3 passed, 0 failed"
