"""Split the annotated corpus into its tuning and held-out parts, by source.

    python3 scripts/corpus_split.py tests/extract/data/corpus/part-*.jsonl

A passage is held out when the SHA-256 of its source address, read as a number, is
divisible by 3: a third of the sources, decided before any tuning and never by
looking at the passages, with every passage of a source on the same side. Writes
`tune.jsonl` and `heldout.jsonl` beside the parts, in id order, and prints the
held-out file's SHA-256 (the README records it, so the frozen part can be checked).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def held_out(source: str) -> bool:
    return int(hashlib.sha256(source.strip().encode("utf-8")).hexdigest(), 16) % 3 == 0


def split(paths: list[Path]) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    tune: list[dict[str, object]] = []
    held: list[dict[str, object]] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                (held if held_out(str(record["source"])) else tune).append(record)
    return sorted(tune, key=lambda r: str(r["id"])), sorted(held, key=lambda r: str(r["id"]))


def write(path: Path, records: list[dict[str, object]]) -> str:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    path.write_text(text, encoding="utf-8")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    tune, held = split(paths)
    folder = paths[0].parent
    write(folder / "tune.jsonl", tune)
    digest = write(folder / "heldout.jsonl", held)
    figures = [sum(len(r["figures"]) for r in part) for part in (tune, held)]  # type: ignore[arg-type]
    print(f"tune: {len(tune)} passages, {figures[0]} figures")
    print(f"held out: {len(held)} passages, {figures[1]} figures, sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
