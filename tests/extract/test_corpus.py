"""The annotated corpus: well formed, split by source, and its held-out part unchanged."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from scripts.corpus_split import held_out

CORPUS = Path(__file__).parent / "data" / "corpus"
# Recorded when the held-out part was frozen, before any tuning (README, "Reading figures").
HELD_OUT_SHA256 = "c22a7c81218aae5b556806c7d150cb48e6de567cad579430874687a73c041d7b"
FIELDS = {"text", "indicator", "value", "value_max", "unit", "bound", "kind", "period"}


def _records(name: str) -> list[dict[str, object]]:
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_held_out_part_is_the_one_frozen_before_tuning() -> None:
    digest = hashlib.sha256((CORPUS / "heldout.jsonl").read_bytes()).hexdigest()
    assert digest == HELD_OUT_SHA256


def test_no_source_is_on_both_sides_and_each_side_follows_the_rule() -> None:
    tune, held = _records("tune.jsonl"), _records("heldout.jsonl")
    assert not {r["source"] for r in tune} & {r["source"] for r in held}
    assert not any(held_out(str(r["source"])) for r in tune)
    assert all(held_out(str(r["source"])) for r in held)


def test_the_corpus_is_as_large_as_promised() -> None:
    records = _records("tune.jsonl") + _records("heldout.jsonl")
    figures = sum(len(r["figures"]) for r in records)  # type: ignore[arg-type]
    assert len(records) >= 250 and figures >= 1200
    assert len({r["source"] for r in records}) >= 120
    assert len({r["province"] for r in records}) >= 25


# The later parts in the order they were written: each shares no source with those before.
LATER_PARTS = [
    "calibration.jsonl",
    *(f"tune-{n}.jsonl" for n in range(2, 11)),
]
EARLIER_PARTS = {name: LATER_PARTS[:index] for index, name in enumerate(LATER_PARTS)}


@pytest.mark.parametrize(
    ("name", "sources"),
    [
        ("calibration.jsonl", 100),
        ("tune-2.jsonl", 100),
        ("tune-3.jsonl", 90),
        ("tune-4.jsonl", 90),
        ("tune-5.jsonl", 100),
        ("tune-6.jsonl", 95),
        ("tune-7.jsonl", 93),
        ("tune-8.jsonl", 95),
        ("tune-9.jsonl", 90),
        ("tune-10.jsonl", 97),
    ],
)
def test_the_later_parts_share_no_source_with_the_corpus_or_the_development_set(
    name: str, sources: int
) -> None:
    fresh = {r["source"] for r in _records(name)}
    corpus = {r["source"] for r in _records("tune.jsonl") + _records("heldout.jsonl")}
    for earlier in EARLIER_PARTS[name]:
        corpus |= {r["source"] for r in _records(earlier)}
    dev = Path(__file__).parents[3] / "shared" / "eval" / "figures-dev.jsonl"
    if dev.exists():
        corpus |= {json.loads(line)["source"] for line in dev.read_text().splitlines() if line}
    assert len(fresh) >= sources and not fresh & corpus


@pytest.mark.parametrize(
    "name",
    [
        "tune.jsonl",
        "heldout.jsonl",
        "second-reader.jsonl",
        "calibration.jsonl",
        "calibration-second-reader.jsonl",
        "tune-2.jsonl",
        "tune-3.jsonl",
        "tune-4.jsonl",
        "tune-5.jsonl",
        "tune-6.jsonl",
        "tune-7.jsonl",
        "tune-8.jsonl",
        "tune-9.jsonl",
        "tune-10.jsonl",
        "tune-10-second-reader.jsonl",
    ],
)
def test_every_figure_has_the_spec_fields_and_quotes_its_passage(name: str) -> None:
    for record in _records(name):
        for figure in record["figures"]:  # type: ignore[attr-defined]
            assert set(figure) >= FIELDS, (record["id"], figure)
            assert figure["text"] in record["text"], record["id"]
            assert figure["kind"] in ("target", "estimate", "actual")
