"""Scores on the shared development set and on our own held-out passages, so that a
change that loses quality shows up in the tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tiendo.extract import extract_figures

EVAL = Path(__file__).parents[3] / "shared" / "eval"
HELD_OUT = Path(__file__).parent / "data" / "holdout-figures.jsonl"
CONSTRUCTIONS = Path(__file__).parent / "data" / "constructions.jsonl"
CONSTRUCTIONS_22 = Path(__file__).parent / "data" / "constructions-22.jsonl"
CONSTRUCTIONS_23 = Path(__file__).parent / "data" / "constructions-23.jsonl"


def score(gold: Path, tmp_path: Path) -> dict[str, float]:
    """The shared scorer's metrics for extract_figures on `gold`."""
    scorer = EVAL / "score_figures.py"
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
    metrics: dict[str, float] = json.loads(result.stdout.splitlines()[-2])
    return metrics


def test_the_development_set_scores_above_the_project_thresholds(tmp_path: Path) -> None:
    metrics = score(EVAL / "figures-dev.jsonl", tmp_path)
    assert metrics["figure_f1"] >= 0.95
    assert metrics["strict_f1"] >= 0.85


def test_our_held_out_passages_keep_their_score(tmp_path: Path) -> None:
    # Written for tiendo in other phrasings; half of it was never used for tuning. The
    # floor sits under today's score, to catch a change that generalises worse.
    metrics = score(HELD_OUT, tmp_path)
    assert metrics["figure_f1"] >= 0.95
    assert metrics["strict_f1"] >= 0.80


def test_the_constructions_written_blind_keep_their_score(tmp_path: Path) -> None:
    # Sixty passages written in the twenty-first round by a reader who never ran the
    # extractor, five for each construction the round worked on (docs/extraction.md):
    # 0,524 strict at the round's start, 0,743 when first scored, 0,869 at its end.
    metrics = score(CONSTRUCTIONS, tmp_path)
    assert metrics["figure_f1"] >= 0.95
    assert metrics["strict_f1"] >= 0.85


def test_the_twenty_second_rounds_constructions_written_blind_keep_their_score(
    tmp_path: Path,
) -> None:
    # 67 passages written in the twenty-second round by a reader who never ran the
    # extractor, two or three for each construction the round fixed: 0,676 strict at the
    # round's start, 0,850 when first scored, 0,908 at its end (docs/extraction.md).
    metrics = score(CONSTRUCTIONS_22, tmp_path)
    assert metrics["figure_f1"] >= 0.97
    assert metrics["strict_f1"] >= 0.87


def test_the_twenty_third_rounds_constructions_written_blind_keep_their_score(
    tmp_path: Path,
) -> None:
    # 60 passages written in the twenty-third round by a reader who never ran the
    # extractor nor read its code, two for each of 30 constructions the round fixed from
    # real pages: 0,645 strict at the round's start, 0,918 when first scored
    # (docs/extraction.md).
    metrics = score(CONSTRUCTIONS_23, tmp_path)
    assert metrics["figure_f1"] >= 0.98
    assert metrics["strict_f1"] >= 0.89
