"""Write what older extractors read from corpus parts they had not been tuned on, for
scripts/train_confidence.py.

    .venv/bin/python scripts/confidence_history.py            # every view in VIEWS
    .venv/bin/python scripts/confidence_history.py tune-8@9f0df99 aa422dd   # by label

The extractor's rules were tuned on the tuning parts (tests/extract/data/corpus/tune.jsonl
and tune-2 ... tune-8), so the figures it reads there are easier than text it has never
seen, and a confidence learnt from them promises too much. A view is a (commit, part)
pair where the rules at that commit had not yet been tuned on that part: their mistakes
there are mistakes on unseen text.
- tune.jsonl at aa422dd (when the corpus arrived) and at 3637727 (the end of the first
  round: not yet tuned on the second round's passages); labels "aa422dd", "3637727";
- each later part read by the extractor of its time, before the part was opened for
  tuning: tune-10 at 59a6364 (the thirtieth round's rules; the thirty-first tuned on
  it), tune-9 at 5fbdd26 (the twelfth round's rules, before the thirteenth tuned on it),
  tune-8 at 9f0df99, tune-7 at e4f5c4a, tune-6 at 497645a, tune-5 at ddd07ea, tune-4 at
  7fea17c; labels "tune-8@9f0df99" and so on.
This checks each commit out into a temporary git worktree, runs its `extract_figures` on
every passage of the part in a separate interpreter, and writes the figures (without
offsets or confidence) to scripts/confidence_history/<label>.jsonl. A commit whose
extractor fails is reported and skipped (exit status 1), the other views still written.
Labels are not stored: the trainer scores these figures against the gold of the day.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests/extract/data/corpus"
OUT = ROOT / "scripts/confidence_history"


class View(NamedTuple):
    label: str  # the name the trainer knows the view by
    commit: str  # the extractor that reads
    part: str  # the corpus part it reads, a file of CORPUS

    @property
    def path(self) -> Path:
        return OUT / f"{self.label}.jsonl"


def _later(part: str, commit: str) -> View:
    return View(f"{part}@{commit}", commit, f"{part}.jsonl")


VIEWS = (
    View("aa422dd", "aa422dd", "tune.jsonl"),
    View("3637727", "3637727", "tune.jsonl"),
    _later("tune-10", "59a6364"),
    _later("tune-9", "5fbdd26"),
    _later("tune-8", "9f0df99"),
    _later("tune-7", "e4f5c4a"),
    _later("tune-6", "497645a"),
    _later("tune-5", "ddd07ea"),
    _later("tune-4", "7fea17c"),
)

_DUMP = """
import json, sys
from tiendo.extract import extract_figures
KEEP = ("text", "indicator", "value", "value_max", "unit", "bound", "kind", "period",
        "comparisons")
with open(sys.argv[1], encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in source:
        if not line.strip():
            continue
        record = json.loads(line)
        figures = [
            {k: v for k, v in f.as_dict(offsets=False).items() if k in KEEP}
            for f in extract_figures(record["text"])
        ]
        out.write(json.dumps({"id": record["id"], "figures": figures}, ensure_ascii=False) + "\\n")
"""


def dump(view: View) -> Path:
    """Run the view's commit on its part; the file is written only when the run ends well."""
    target = view.path
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / view.commit
        partial = Path(tmp) / "out.jsonl"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), view.commit], cwd=ROOT, check=True
        )
        try:
            subprocess.run(
                [sys.executable, "-c", _DUMP, str(CORPUS / view.part), str(partial)],
                cwd=tree,
                env={
                    "PYTHONPATH": str(tree),
                    "PATH": "/usr/bin:/bin",
                    "TIENDO_EXTRACT_SOURCES": "1",
                },
                check=True,
            )
            target.write_bytes(partial.read_bytes())
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True
            )
    return target


def main(argv: list[str]) -> int:
    by_label = {view.label: view for view in VIEWS}
    unknown = [label for label in argv if label not in by_label]
    if unknown:
        print(f"unknown views: {', '.join(unknown)}; known: {', '.join(by_label)}")
        return 2
    OUT.mkdir(exist_ok=True)
    failed = []
    for view in [by_label[label] for label in argv] or VIEWS:
        try:
            print(f"wrote {dump(view).relative_to(ROOT)}", flush=True)
        except subprocess.CalledProcessError as error:
            failed.append(view.label)
            print(f"skipped {view.label}: {view.part} at {view.commit} failed ({error})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
