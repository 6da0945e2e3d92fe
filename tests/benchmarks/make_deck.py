#!/usr/bin/env python3
"""Writes a synthetic deck in Deep Dive's format for the benchmarks: by default 10,000 topics, 60,000 cards and
20,000 snippets, in 50 sections, with realistic sizes (notes of a few paragraphs, 5-25 line snippets, every card type).

    make_deck.py OUT_DIR [--topics N]

The text is generated, not meaningful; ids are stable so that runs compare.
"""
import argparse
import os
import random

WORDS = ("async await coroutine task loop thread process lock queue memory reference cycle garbage collector "
         "descriptor property slot decorator generator iterator metaclass closure scope default mutable list dict "
         "set tuple string bytes encoding exception context manager module import package django orm queryset "
         "migration transaction signal middleware request response fastapi pydantic model validation dependency "
         "profile benchmark cache index join select prefetch").split()


def sentence(rng, n=12):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng, sentences=4):
    return " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


def code(rng, lines):
    out = []
    for i in range(lines):
        indent = "    " * rng.randint(0, 2)
        out.append(f"{indent}{rng.choice(WORDS)}_{i} = {rng.choice(WORDS)}({rng.randint(0, 99)}, '{rng.choice(WORDS)}')")
    out.append("print('done')")
    return "\n".join(out)


def topic(rng, t, section):
    tid = f"t{t:05d}"
    parts = [f"---\nid: {tid}\ntitle: {sentence(rng, 4)[:-1]} {t}\ntags: {rng.choice(WORDS)}, {rng.choice(WORDS)}\n---\n"]
    parts += [paragraph(rng, rng.randint(3, 6)) for _ in range(3)]
    parts.append("## Key points\n\n" + "\n".join(f"- {sentence(rng)}" for _ in range(5)))
    parts.append(f"## References\n\n- [Docs {t}](https://docs.python.org/3/library/{rng.choice(WORDS)}.html)")
    snippets = ["## Snippets"]
    snippets.append(f"### Pitfall {t}\n\n```python id={tid}-p kind=pitfall fix={tid}-f\n{code(rng, rng.randint(5, 20))}\n```\n\n"
                    f"```output\ndone\n```\n\n{sentence(rng)}")
    snippets.append(f"### Fix {t}\n\n```python id={tid}-f kind=fix\n{code(rng, rng.randint(5, 20))}\n```\n\n```output\ndone\n```")
    parts.append("\n\n".join(snippets))
    cards = ["## Cards"]
    cards.append(f"### recall id={tid}-c1\n\n{sentence(rng)}?\n\n#### Answer\n\n{paragraph(rng, 2)}")
    cards.append(f"### choice id={tid}-c2\n\n{sentence(rng)}?\n\n- [x] {sentence(rng, 6)}\n- [ ] {sentence(rng, 6)}\n\n"
                 f"    {sentence(rng)}\n\n- [ ] {sentence(rng, 6)}\n\n    {sentence(rng)}")
    cards.append(f"### predict id={tid}-c3 snippet={tid}-p\n\nWhat does it print?")
    cards.append(f"### spot-bug id={tid}-c4 snippet={tid}-p line=2\n\nWhich line is wrong?")
    cards.append(f"### pair id={tid}-c5 a=\"{rng.choice(WORDS)}\" b=\"{rng.choice(WORDS)}\"\n\nWhich fits?\n\n"
                 f"- A: {sentence(rng, 6)}\n- B: {sentence(rng, 6)}")
    cards.append(f"### recall id={tid}-c6\n\n{sentence(rng)}?\n\n#### Answer\n\n{paragraph(rng, 1)}")
    parts.append("\n\n".join(cards))
    return tid, "\n\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--topics", type=int, default=10000)
    args = parser.parse_args()
    rng = random.Random(20261124)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "deck.md"), "w") as f:
        f.write("---\nid: synthetic\ntitle: Synthetic benchmark deck\nversion: 1\nlanguage: en\n---\n\nGenerated.\n")
    sections = 50
    per = (args.topics + sections - 1) // sections
    for s in range(sections):
        folder = os.path.join(args.out, f"{s:02d}-section")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "section.md"), "w") as f:
            f.write(f"---\nid: s{s:02d}\ntitle: Section {s}\n---\n")
        for i in range(per):
            t = s * per + i
            if t >= args.topics:
                break
            _, text = topic(rng, t, s)
            with open(os.path.join(folder, f"{i:04d}-topic.md"), "w") as f:
                f.write(text)


if __name__ == "__main__":
    main()
