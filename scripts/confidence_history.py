"""Write what an older extractor read from the tuning part, for scripts/train_confidence.py.

    .venv/bin/python scripts/confidence_history.py            # the commits in COMMITS

The extractor's rules were tuned on tests/extract/data/corpus/tune.jsonl, so the
figures it reads there are easier than text it has never seen, and a confidence learnt
from them promises too much. The rules at an older commit had not yet been tuned on
those passages (aa422dd: when the corpus arrived) or not on the second round's
(3637727: the end of the first round): their mistakes there are mistakes on unseen
text. This checks each commit out into a temporary git worktree, runs its
`extract_figures` on every tuning passage in a separate interpreter, and writes the
figures (without offsets or confidence) to scripts/confidence_history/<commit>.jsonl.
Labels are not stored: the trainer scores these figures against the gold of the day.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TUNE = ROOT / "tests/extract/data/corpus/tune.jsonl"
OUT = ROOT / "scripts/confidence_history"
COMMITS = ("aa422dd", "3637727")

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


def dump(commit: str) -> Path:
    target = OUT / f"{commit}.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / commit
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), commit], cwd=ROOT, check=True
        )
        try:
            subprocess.run(
                [sys.executable, "-c", _DUMP, str(TUNE), str(target)],
                cwd=tree,
                env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
                check=True,
            )
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=True
            )
    return target


def main(argv: list[str]) -> int:
    OUT.mkdir(exist_ok=True)
    for commit in argv or COMMITS:
        print(f"wrote {dump(commit).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
