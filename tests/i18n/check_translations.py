#!/usr/bin/env python3
"""Checks Qt Linguist .ts files: every entry finished, nothing obsolete, and each translation keeping its source's
placeholders (%1, %n), accelerator (&File), HTML tags and surrounding whitespace.

    check_translations.py [--lupdate LUPDATE --sources DIR] FILE.ts...

With --lupdate, the sources in DIR are scanned the way the update_translations target scans them, and a source string
missing from a .ts file (or an entry the sources no longer have) is a problem too. Exit status 1 on any problem, with
one line per problem: FILE: context "source": what is wrong.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:n|\d{1,2})")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
# "&File" is an accelerator; "&&" is a literal ampersand, "& " is text.
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def entries(path):
    """(context, source, numerus, translation element) for every message."""
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message.get("numerus") == "yes", message.find("translation")


def accelerators(text):
    return len(ACCELERATOR.findall(text.replace("&&", "")))


def forms(translation, numerus):
    if translation is None:
        return []
    if numerus:
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def check_text(source, text, numerus):
    """What is wrong with one translation of `source`, as a list of messages."""
    problems = []
    if not text.strip():
        return ["the translation is empty"]
    want = sorted(PLACEHOLDER.findall(source))
    have = sorted(PLACEHOLDER.findall(text))
    if numerus:
        # A singular form may spell the number out ("ein Treffer"): %n is optional there, the rest is not.
        want_rest = [p for p in want if p not in ("%n", "%Ln")]
        have_rest = [p for p in have if p not in ("%n", "%Ln")]
        if want_rest != have_rest:
            problems.append(f"placeholders {want_rest} in the source but {have_rest} in the translation")
    elif want != have:
        problems.append(f"placeholders {want} in the source but {have} in the translation")
    if accelerators(source) != accelerators(text):
        problems.append(f"{accelerators(source)} accelerator(s) (&) in the source but {accelerators(text)} in the translation")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        problems.append(f"HTML tags {sorted(TAG.findall(source))} in the source but {sorted(TAG.findall(text))} in the translation")
    for name, edge in (("leading", lambda s: s[: len(s) - len(s.lstrip())]), ("trailing", lambda s: s[len(s.rstrip()):])):
        if edge(source) != edge(text):
            problems.append(f"{name} whitespace {edge(source)!r} in the source but {edge(text)!r} in the translation")
    if source.rstrip().endswith(("…", "...")) != text.rstrip().endswith(("…", "...")):
        problems.append("the source ends with an ellipsis (a dialog follows) and the translation does not, or the reverse")
    return problems


def check_file(path, problems):
    plurals_only = os.path.basename(path).endswith("_en.ts")
    for context, source, numerus, translation in entries(path):
        where = f'{path}: {context} "{source}"'
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("obsolete", "vanished"):
            problems.append(f"{where}: obsolete (the sources no longer have it); run the update_translations target")
            continue
        if kind in ("unfinished", "missing"):
            problems.append(f"{where}: unfinished")
            continue
        if plurals_only and not numerus:
            continue
        for text in forms(translation, numerus):
            for problem in check_text(source, text, numerus):
                problems.append(f"{where}: {problem}")


def check_sources(lupdate, sources, path, problems):
    """Scans the sources into a copy of `path` and reports what lupdate added or dropped."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(path))
        shutil.copyfile(path, copy)
        args = [lupdate, "-extensions", "cpp,h", sources, "-ts", copy, "-no-obsolete", "-locations", "none", "-silent"]
        if path.endswith("_en.ts"):
            args.append("-pluralonly")
        run = subprocess.run(args, capture_output=True, text=True)
        if run.returncode != 0:
            problems.append(f"{path}: lupdate failed: {run.stderr.strip()}")
            return
        keys = lambda p: {(c, s, n) for c, s, n, _ in entries(p)}
        committed, scanned = keys(path), keys(copy)
        for context, source, _ in sorted(scanned - committed):
            problems.append(f'{path}: {context} "{source}": in the sources but missing from the file; run the '
                            "update_translations target and translate it")
        for context, source, _ in sorted(committed - scanned):
            problems.append(f'{path}: {context} "{source}": no longer in the sources; run the update_translations target')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--lupdate")
    parser.add_argument("--sources")
    args = parser.parse_args()
    problems = []
    for path in args.files:
        check_file(path, problems)
        if args.lupdate:
            check_sources(args.lupdate, args.sources, path, problems)
    for problem in problems:
        print(problem)
    total = sum(1 for path in args.files for _ in entries(path))
    print(f"{len(args.files)} file(s), {total} entries, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
