"""How far to trust a figure: a number from 0 to 1 that the import screen uses to decide
what a clerk must look at.

The score is a logistic model over signs of how the figure was read (was its kind
named by a word or assumed, was its period named in its own clause, is it an item of
an elliptic list, how long is its indicator, ...). The weights are learnt from the
tuning part of the annotated corpus by `scripts/train_confidence.py` and kept in
`confidence_weights.json` beside this file; the held-out part checks the calibration.

>>> round(score({}, {"bias": 0.0}), 2)
0.5
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from tiendo.extract.clauses import Draft
from tiendo.extract.lexicon import MEASURE_HEADS

_MEASURE_FIRST_WORDS = frozenset(head.split()[0] for head in MEASURE_HEADS)
_DIGIT = re.compile(r"\d")
_QUANTITY_HEAD = re.compile(
    r"(?:tổng\s+)?(?:giá trị|sản lượng|diện tích|năng suất|doanh thu|kim ngạch|thu nhập|"
    r"thu ngân sách|tổng thu|chi ngân sách|vốn đầu tư|tỷ lệ|tỉ lệ|tốc độ|chỉ số|số vụ|số người|"
    r"tổng mức|lượng|lượt khách|khối lượng|giải ngân)\b"
)
_WEIGHTS = Path(__file__).with_name("confidence_weights.json")
_VERBISH = re.compile(
    r"^(?:đạt|là|tăng|giảm|có|được|với|trong|và|ước|so|bằng|chiếm|thu|đón|xảy|bắt|phát)\b"
)


def features(draft: Draft, *, sentence_size: int, clause_text: str) -> dict[str, float]:
    """The signs the model weighs, each 0 or 1 (or a small count), for one draft."""
    indicator = draft.indicator
    words = indicator.split()
    quantity = draft.quantity
    unit_kind = quantity.unit.kind if quantity is not None else "percent"
    head = words[0].lower() if words else ""
    measured = bool(words) and (
        head in _MEASURE_FIRST_WORDS or " ".join(words[:2]).lower() in MEASURE_HEADS
    )
    subject_first = draft.item_start <= draft.clause_start + 2
    clean = (
        measured
        and (draft.kind_cued or draft.kind == "actual")
        and draft.period_named
        and not draft.listed
        and not draft.in_paren
        and 2 <= len(words) <= 8
    )
    change_without_basis = any(
        c.measure == "change" and not c.basis_text for c in draft.comparisons
    )
    return {
        "strict_measure_head": float(_QUANTITY_HEAD.match(indicator.lower()) is not None),
        "indicator_carried": float(draft.carried),
        "clause_single": float(draft.clause_size == 1),
        "first_in_sentence": float(draft.first_in_sentence),
        "bases_named": float(
            bool(draft.comparisons) and all(c.basis_text for c in draft.comparisons)
        ),
        "measure_head": float(measured),
        "subject_first": float(subject_first),
        "clean": float(clean),
        "clean_with_comparison": float(clean and bool(draft.comparisons)),
        "indicator_empty": float(not words),
        "indicator_one_word": float(len(words) == 1),
        "indicator_long": float(len(words) > 8),
        "indicator_very_long": float(len(words) > 12),
        "indicator_has_digit": float(_DIGIT.search(indicator) is not None),
        "indicator_starts_with_verb": float(bool(_VERBISH.match(indicator.lower()))),
        "indicator_capitalised_inside": float(any(w[:1].isupper() for w in words[1:])),
        "kind_assumed": float(not draft.kind_cued),
        "kind_target": float(draft.kind == "target"),
        "kind_estimate": float(draft.kind == "estimate"),
        "period_named_here": float(draft.period_named),
        "period_missing": float(draft.period.year is None),
        "value_null": float(quantity is None),
        "percent_level": float(quantity is not None and unit_kind == "percent"),
        "count_unit": float(unit_kind == "count"),
        "in_parentheses": float(draft.in_paren),
        "listed": float(draft.listed),
        "comparisons": float(min(len(draft.comparisons), 3)),
        "basis_other": float(any(c.basis == "other" for c in draft.comparisons)),
        "change_without_basis": float(change_without_basis),
        "crowded_sentence": float(sentence_size >= 5),
        "lone_figure": float(sentence_size == 1),
        "long_clause": float(len(clause_text) > 220),
        "quoted_level": float(draft.quoted_from is not None),
        "range": float(quantity is not None and quantity.value_max is not None),
        "bound": float(quantity is not None and quantity.bound is not None),
    }


def score(signs: dict[str, float], weights: dict[str, float]) -> float:
    total = weights.get("bias", 0.0)
    for name, value in signs.items():
        if value:
            total += weights.get(name, 0.0) * value
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@cache
def trained_weights() -> dict[str, float]:
    """The weights shipped with the package; all zero (confidence 0,5) if missing."""
    try:
        data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"bias": 0.0}
    return {str(k): float(v) for k, v in data["weights"].items()}


def table_features(
    *, kind_named: bool, unit_known: bool, year_known: bool, value_null: bool, comparisons: int
) -> dict[str, float]:
    """The signs of a figure read from a table cell: its header's words carry it."""
    return {
        "from_table": 1.0,
        "table_kind_named": float(kind_named),
        "table_unit_missing": float(not unit_known),
        "period_missing": float(not year_known),
        "value_null": float(value_null),
        "comparisons": float(min(comparisons, 3)),
    }


def weigh(signs: dict[str, float]) -> float:
    """The confidence the shipped weights give these signs, rounded for output."""
    return round(score(signs, trained_weights()), 3)
