"""The development set's score, so that a change that loses quality shows up in the tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tiendo.extract import extract_figures

EVAL = Path(__file__).parents[3] / "shared" / "eval"


def test_the_development_set_scores_above_the_project_thresholds(tmp_path: Path) -> None:
    gold, scorer = EVAL / "figures-dev.jsonl", EVAL / "score_figures.py"
    if not (gold.exists() and scorer.exists()):
        pytest.skip("shared/eval is not available")
    predictions = tmp_path / "pred.jsonl"
    with gold.open(encoding="utf-8") as source, predictions.open("w", encoding="utf-8") as out:
        for line in source:
            if line.strip():
                passage = json.loads(line)
                figures = [f.as_dict() for f in extract_figures(passage["text"])]
                out.write(json.dumps({"id": passage["id"], "figures": figures}) + "\n")
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(predictions), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    metrics = json.loads(result.stdout.splitlines()[-2])
    assert metrics["figure_f1"] >= 0.95
    assert metrics["strict_f1"] >= 0.85
