#!/usr/bin/env python3
"""Writes a copy of an events benchmark folder whose article texts have each paragraph's wrapped lines joined
beforehand (a new paragraph at each indented line), for comparing dyad's reflow with a careful pre-join:

    python3 scripts/events/prejoin.py ../shared/bench/events-reuters /tmp/prejoined
    ./dyad eval events /tmp/prejoined

Written by the dyad authors; standard library only. The copy is a scratch folder: never commit it.
"""
import json
import re
import shutil
import sys
from pathlib import Path


def prejoin(text):
    paragraphs, current = [], []
    for line in text.split("\n"):
        if re.match(r"^\s+\S", line) and current:
            paragraphs.append(" ".join(current))
            current = []
        if line.strip():
            current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def main(src, dst):
    src, dst = Path(src), Path(dst)
    dst.mkdir(parents=True, exist_ok=True)
    shutil.copy(src / "gold.jsonl", dst / "gold.jsonl")
    with open(src / "articles.jsonl", encoding="utf-8") as inp, open(dst / "articles.jsonl", "w", encoding="utf-8") as out:
        for line in inp:
            if line.strip():
                article = json.loads(line)
                article["text"] = prejoin(article["text"])
                out.write(json.dumps(article) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: prejoin.py BENCH_FOLDER OUT_FOLDER")
    main(sys.argv[1], sys.argv[2])
