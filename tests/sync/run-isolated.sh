#!/bin/sh
# Runs "$@" in a network namespace of its own that has only the loopback interface (bwrap brings it up), so that the
# Syncthing instances of the end-to-end test can reach each other and nothing else. Exits 77, which CTest counts as a
# skip, when Syncthing is missing or no such namespace can be made here.
if ! command -v syncthing >/dev/null 2>&1; then
    echo "SKIP: syncthing is not installed (Debian: apt install syncthing); the end-to-end sync test did not run"
    exit 77
fi
if ! command -v bwrap >/dev/null 2>&1; then
    echo "SKIP: bwrap (bubblewrap) is not installed, so no network namespace can be made for Syncthing"
    exit 77
fi
if ! why=$(bwrap --dev-bind / / --unshare-net -- true 2>&1); then
    echo "SKIP: cannot make a network namespace with only loopback (bwrap --unshare-net: $why); Syncthing was not started"
    exit 77
fi
exec bwrap --dev-bind / / --unshare-net --die-with-parent -- "$@"
