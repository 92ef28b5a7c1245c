"""How far to trust a figure: a number from 0 to 1 that the import screen uses to decide
what a clerk must look at.

A logistic model weighs signs of how the figure was read (was its kind named by a word
of its own clause, is its period named there, does its indicator stand verbatim right
before the number, is it an item of a list, does the indicator look generic or ragged, ...)
into a score; a calibration table then turns the score into the share of figures with
that score that were strictly right out of fold (isotonic, grouped by source), and
keeps 0,9 and over for the scores whose figures were right at least 95% of the time.
`scripts/train_confidence.py` learns both from the tuning part of the annotated corpus
and writes `confidence_weights.json` beside this file.

>>> round(score({}, {"bias": 0.0}), 2)
0.5
>>> calibrated(0.0, [[-1.0, 0.2], [1.0, 0.7]])
0.2
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from functools import cache, lru_cache
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
    r"^(?:đạt|là|tăng|giảm|có|được|với|trong|và|ước|so|bằng|chiếm|thu|đón|xảy|bắt|phát|"
    r"xếp|phân|tạm|hỗ|đưa|kéo|giải|tuyển|để|cho|tiêm|kết|cộng|của|ở|tại|đã)\b"
)
# Words of the figure's own clause that name a kind or a list (plain substrings: a
# search per word is far cheaper than one regular expression with word boundaries).
_TARGET_WORDS = ("kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu", "đến năm")
_BREAKDOWN = ("trong đó", "gồm", "riêng", "cụ thể")
# What may stand between an indicator and its number: "đạt", "ước đạt", "là", "hơn", ...
_TO_NUMBER = re.compile(
    r"\s*(?:(?:ước tính|ước thực hiện|ước đạt|ước|đạt|là|có|được|lên|còn|xuống|tới|đến|"
    r"khoảng|gần|hơn|trên|dưới|chỉ|mới|đã|thực hiện|chiếm|bằng)\s+)*\d"
)
_RATE_HEAD = re.compile(
    r"(?:tổng\s+)?(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|tốc độ|chỉ số|cơ cấu|độ che phủ|tỷ suất|"
    r"mức|lãi suất|giá trị|tăng trưởng|grdp|gdp)"
)
_FUNCTION_WORDS = frozenset(
    (
        "của", "với", "cùng", "là", "và", "nhờ", "như", "về", "cho", "trong", "tại", "ở",
        "đã", "được", "có", "các", "những", "số", "đạt", "trên", "từ",
    )
)  # fmt: skip
# Measures that name no object on their own ("sản lượng" of what?).
_GENERIC = frozenset(
    (
        "sản lượng", "diện tích", "năng suất", "tổng thu", "doanh thu", "giá trị", "xuất khẩu",
        "trị giá", "kim ngạch", "tổng", "thu", "chi", "vốn", "tổng số", "số", "nhập khẩu",
        "dịch vụ", "công nghiệp",
    )
)  # fmt: skip


@lru_cache(maxsize=64)
def _clause_signs(clause: str) -> tuple[bool, bool, bool, bool]:
    """(estimate word, target word, "lần lượt", other breakdown word) in a lower-case
    clause; the figures of one clause share them."""
    return (
        " ước " in f" {clause} " or "dự kiến" in clause or "dự ước" in clause,
        any(word in clause for word in _TARGET_WORDS),
        "lần lượt" in clause,
        any(word in clause for word in _BREAKDOWN),
    )


def features(draft: Draft, *, sentence_size: int, clause_text: str) -> dict[str, float]:
    """The signs the model weighs, each true or false (or a small count), for one draft.

    Only the draft and its own clause are read (a few searches over one clause), so
    that weighing a figure stays cheap beside reading it.
    """
    indicator = draft.indicator
    words = indicator.split()
    low_indicator = indicator.lower()
    quantity = draft.quantity
    unit_kind = quantity.unit.kind if quantity is not None else "percent"
    head = words[0].lower() if words else ""
    measured = bool(words) and (
        head in _MEASURE_FIRST_WORDS or " ".join(words[:2]).lower() in MEASURE_HEADS
    )
    clause = clause_text.lower()
    estimate_here, target_here, respectively, breakdown = _clause_signs(clause)
    at = clause.find(low_indicator) if words else -1
    adjacent = at >= 0 and _TO_NUMBER.match(clause, at + len(low_indicator)) is not None
    kind = draft.kind
    kind_here = (
        (kind == "estimate" and estimate_here)
        or (kind == "target" and target_here)
        or (kind == "actual" and not estimate_here and not target_here)
    )
    verbish = _VERBISH.match(low_indicator) is not None
    plain = (
        adjacent
        and kind_here
        and len(words) >= 3
        and not verbish
        and not draft.carried
        and draft.period.year is not None
        and draft.clause_size == 1
    )
    change_without_basis = any(
        c.measure == "change" and not c.basis_text for c in draft.comparisons
    )
    return {
        "strict_measure_head": _QUANTITY_HEAD.match(low_indicator) is not None,
        "indicator_carried": draft.carried,
        "clause_single": draft.clause_size == 1,
        "bases_named": bool(draft.comparisons) and all(c.basis_text for c in draft.comparisons),
        "measure_head": measured,
        "plain": plain,
        "plain_period_named": plain and draft.period_named,
        "indicator_one_word": len(words) == 1,
        "indicator_two_words": len(words) == 2,
        "indicator_long": len(words) > 8,
        "indicator_very_long": len(words) > 12,
        "indicator_has_digit": _DIGIT.search(indicator) is not None,
        "indicator_capitalised_inside": any(w[:1].isupper() for w in words[1:]),
        "indicator_verbatim": at >= 0,
        "indicator_adjacent": adjacent,
        "indicator_ends_in_function_word": bool(words) and words[-1] in _FUNCTION_WORDS,
        "indicator_comma": "," in indicator,
        "indicator_generic": low_indicator in _GENERIC,
        "percent_without_rate_head": (
            quantity is not None
            and unit_kind == "percent"
            and _RATE_HEAD.match(low_indicator) is None
        ),
        "kind_assumed": not draft.kind_cued,
        "kind_target": kind == "target",
        "planned_estimate": "dự kiến" in clause,
        "period_named_here": draft.period_named,
        "period_missing": draft.period.year is None,
        "period_months": draft.period.from_month is not None,
        "value_null": quantity is None,
        "percent_level": quantity is not None and unit_kind == "percent",
        "in_parentheses": draft.in_paren,
        "listed": draft.listed,
        "breakdown_words": breakdown or respectively,
        "respectively": respectively,
        "comparisons": min(len(draft.comparisons), 3),
        "basis_other": any(c.basis == "other" for c in draft.comparisons),
        "change_without_basis": change_without_basis,
        "lone_figure": sentence_size == 1,
        "bound": quantity is not None and quantity.bound is not None,
    }


def score(signs: dict[str, float], weights: dict[str, float]) -> float:
    """The logistic model's probability for these signs (before calibration)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit(signs, weights)))))


def logit(signs: dict[str, float], weights: dict[str, float]) -> float:
    total = weights.get("bias", 0.0)
    for name, value in signs.items():
        if value:
            total += weights.get(name, 0.0) * value
    return total


def calibrated(value: float, steps: list[list[float]]) -> float:
    """The confidence of a model score: the value of the last step at or under it.

    `steps` holds [score, confidence] pairs in increasing order; a score under the
    first step takes the first step's confidence.
    """
    cuts = [step[0] for step in steps]
    return steps[max(bisect_right(cuts, value) - 1, 0)][1]


@cache
def trained_model() -> tuple[dict[str, float], tuple[float, ...], tuple[float, ...]]:
    """The weights and the calibration steps (scores, confidences) shipped with the
    package; all zero and no calibration (confidence 0,5) if the file is missing."""
    try:
        data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        steps = [(float(s), float(c)) for s, c in data.get("calibration", [])]
    except (OSError, ValueError, KeyError, TypeError):
        return {"bias": 0.0}, (), ()
    return weights, tuple(s for s, _ in steps), tuple(c for _, c in steps)


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
    """The confidence the shipped model gives these signs, rounded for output."""
    weights, cuts, values = trained_model()
    if not cuts:
        return round(score(signs, weights), 3)
    return round(values[max(bisect_right(cuts, logit(signs, weights)) - 1, 0)], 3)
