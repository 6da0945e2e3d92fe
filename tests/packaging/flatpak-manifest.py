#!/usr/bin/env python3
"""tests/packaging/flatpak-manifest.py MANIFEST DESKTOP_FILE APP_ID - the Flatpak manifest (not built here: no
flatpak-builder, no network) is well-formed and agrees with the rest of the packaging: its id is the app id, its
command is the desktop file's Exec, it uses a KDE runtime that ships KF6 SyntaxHighlighting and Qt >= 6.7, it builds
this repository with CMake, every git source is pinned to a tag or commit, and the sandbox asks for no more than a
window (no home or host file system: Deep Dive keeps everything in its own data folder)."""
import json
import os
import sys

manifest_path, desktop_path, app_id = sys.argv[1:]
problems = []
manifest = json.load(open(manifest_path, encoding="utf-8"))
for key in ("id", "runtime", "runtime-version", "sdk", "command", "modules"):
    if key not in manifest:
        problems.append(f"no `{key}`")
if manifest.get("id") != app_id:
    problems.append(f"id {manifest.get('id')!r} is not the app id {app_id!r}")
exec_line = next((line.split("=", 1)[1].split()[0] for line in open(desktop_path, encoding="utf-8")
                  if line.startswith("Exec=")), None)
if manifest.get("command") != exec_line:
    problems.append(f"command {manifest.get('command')!r} is not the desktop file's Exec {exec_line!r}")
if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
    problems.append("the runtime must be org.kde.Platform with org.kde.Sdk (KF6 SyntaxHighlighting is in it)")
major, minor = (int(x) for x in str(manifest.get("runtime-version", "0.0")).split(".")[:2])
if (major, minor) < (6, 7):
    problems.append(f"runtime-version {manifest.get('runtime-version')} has Qt older than 6.7")
for arg in manifest.get("finish-args", []):
    if arg.startswith("--filesystem") or arg in ("--share=network", "--socket=session-bus", "--device=all"):
        problems.append(f"the sandbox should not need {arg}")
modules = manifest.get("modules", [])
names = [m.get("name") for m in modules]
if not names or names[-1] != "deepdive":
    problems.append("the last module must be deepdive")
for module in modules:
    if module.get("buildsystem") not in ("cmake", "cmake-ninja"):
        problems.append(f"module {module.get('name')} does not build with CMake")
    for source in module.get("sources", []):
        if source.get("type") == "git" and not (source.get("tag") or source.get("commit")):
            problems.append(f"module {module.get('name')}: a git source needs a tag or commit")
        if source.get("type") == "dir":
            root = os.path.normpath(os.path.join(os.path.dirname(manifest_path), source["path"]))
            if not os.path.isfile(os.path.join(root, "CMakeLists.txt")):
                problems.append(f"module {module.get('name')}: {source['path']} is not the repository")
if "md4c" not in names:
    problems.append("md4c (not in the KDE runtime) must be built as a module")
for p in problems:
    print(f"{manifest_path}: {p}")
print(f"{len(modules)} modules, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
