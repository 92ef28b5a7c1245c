"""How far to trust a figure: a number from 0 to 1 that the import screen uses to decide
what a clerk must look at.

A logistic model weighs signs of the figure and of its own clause (is the indicator a
named measure standing right before its number, is the number put by a verb or one of a
list, does the clause name the figure's kind and year, how many numbers, percentages and
commas crowd it, "lần lượt", ...) into a score; a calibration table then turns the score
into the share of figures with that score that were strictly right. The signs are read
from what the figure says and its clause's text only (`figure_signs` gives the same for a
written figure), so that the figures an older extractor read from the tuning passages,
before its rules were tuned on them, can be labelled and weighed too: the calibration is
learnt on those, as text the rules had never seen, and keeps 0,9 and over for the scores
whose unseen figures were right at least 95% of the time. `scripts/train_confidence.py`
learns both and writes `confidence_weights.json` beside this file.

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
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, Final

from tiendo.extract.clauses import Draft
from tiendo.extract.conf_scans import (
    clause_counts,
    followed_in_list,
    last_word_before,
    next_digit,
    number_end,
    number_value_at,
)
from tiendo.extract.conf_words import clause_words, number_follows
from tiendo.extract.confidence_scans import plan_bases, without_plan_bases
from tiendo.extract.indicator_signs import indicator_signs

_TABLE_ROW: Final = " | "  # a figure read from a table row keeps the row as its text
_WEIGHTS: Final = Path(__file__).with_name("confidence_weights.json")
# Words of the figure's own clause that name a kind or a list, as plain substrings (no
# word boundaries): conf_words.clause_words finds them in one pass, held to these.
_TARGET_WORDS: Final = ("kế hoạch", "chỉ tiêu", "mục tiêu", "phấn đấu", "đến năm")
_BREAKDOWN: Final = ("trong đó", "gồm", "riêng", "cụ thể")
# What may stand between an indicator and its number: "đạt", "ước đạt", "là", "hơn", ...
# (conf_words.number_follows reads it natively; the tests hold it to this pattern)
_TO_NUMBER: Final = re.compile(
    r"\s*(?:(?:ước tính|ước thực hiện|ước đạt|ước|đạt|là|có|được|lên|còn|xuống|tới|đến|"
    r"khoảng|gần|hơn|trên|dưới|chỉ|mới|đã|thực hiện|chiếm|bằng)\s+)*\d"
)


def _clause_signs(clause: str) -> tuple[bool, bool, bool, bool, bool]:
    """(estimate word, target word, "lần lượt", other breakdown word, "dự kiến") in a
    lower-case clause (conf_words.clause_words: _TARGET_WORDS, _BREAKDOWN and the
    estimate's words, in one pass); the figures of one clause share them. A plan named
    only as the basis of a comparison ("đạt 86,6% kế hoạch") does not make the clause a
    target's."""
    estimate, target, respectively, breakdown, planned = clause_words(clause)
    if target and (bases := plan_bases(clause)):
        target = clause_words(without_plan_bases(clause, bases))[1]
    return estimate, target, respectively, breakdown, planned


# -- signs read from the finished figure and its clause only --------------------------
#
# The signs are a function of what a figure says (indicator, kind, period, value, unit,
# bound, comparisons) and of its clause's text, nothing of the extractor's inner state:
# so they can be computed, the same, for the figures an older extractor wrote, whose
# rules had never seen the tuning passages (scripts/train_confidence.py learns from
# both). Most describe how hard the clause is to read (several numbers, a list, "lần
# lượt", parentheses, a kind or period the clause does not name), not how the current
# rules read it.

# The numbers of a clause and a number followed as in a list, as patterns: conf_scans
# reads both natively (clause_counts, number_end, followed_in_list), and the tests hold
# its scans to these.
_NUMBER: Final = re.compile(r"\d\d*(?:[.,]\d+)*")  # "\d+" as numbers.NUMBER_TOKEN writes it
# Possessive: no run given back can end where the next character matches (a separator
# or digit stands only where the run of other characters stops), so the matches are those
# of the plain quantifiers, without the engine trying every shorter run first.
_NEXT_IN_LIST: Final = re.compile(r"[^\d,;]{0,25}+[,;]\s*+[^\d,;]{0,25}+\d")
# Words that put a number as what the clause asserts ("đạt 5", "ước 7", "là 9").
_AFTER_VERB: Final = frozenset(
    (
        "đạt", "là", "ước", "có", "khoảng", "hơn", "trên", "gần", "lên", "còn", "tới", "được",
        "chiếm", "đón", "thu", "xuống", "mới", "chỉ", "bằng", "tổng", "giao", "vốn",
    )
)  # fmt: skip


class _Clause:
    """What the signs read from a clause, once for all its figures."""

    __slots__ = ("dated", "estimate", "low", "numbers", "planned", "tail", "target", "text")

    def __init__(self, text: str) -> None:
        clause = text.lower()
        estimate, target, respectively, breakdown, planned = _clause_signs(clause)
        # One native pass counts the numbers and what crowds the clause; where each
        # number stands and its value are worked out only when a figure asks for them
        # (_number_place stops at the figure's own number, often the first).
        numbers, percents, commas, blanks, paren, self.dated = clause_counts(clause)
        words = blanks + 1
        self.text = text
        self.low = clause
        self.estimate = estimate
        self.target = target
        self.planned = planned  # "dự kiến": estimate or target, annotators differ
        self.numbers = numbers  # numbers that are not years
        # The signs of how crowded the clause is, the last ones of every figure's signs.
        tail: list[str] = []
        if breakdown:
            tail.append("breakdown_words")
        if respectively:
            tail.append("respectively")
        if numbers <= 1:
            tail.append("numbers_one")
        if numbers >= 3:
            tail.append("numbers_three_plus")
        if numbers >= 6:
            tail.append("numbers_six_plus")
        if percents >= 3:
            tail.append("percents_three_plus")
        if commas >= 3:
            tail.append("commas_three_plus")
        if paren:
            tail.append("parentheses")
        if words > 40:
            tail.append("clause_long")
        if words <= 12:
            tail.append("clause_short")
        self.tail = tuple(tail)


# The figures of one clause come one after another: each clause is read once. A figure
# finds its clause among the last few read by the clause as written (an equality test,
# cheaper than hashing the text), so that it does not even lower-case it again.
_RECENT: Final[list[_Clause]] = []
_RECENT_KEPT: Final = 4


def _clause(text: str) -> _Clause:
    for facts in _RECENT:
        if facts.text == text:
            return facts
    facts = _Clause(text)
    if len(_RECENT) >= _RECENT_KEPT:
        del _RECENT[0]
    _RECENT.append(facts)
    return facts


def _number_place(facts: _Clause, value: float) -> tuple[bool, bool]:
    """(is the number put by a verb, does another number follow it as in a list), for
    the first number of the clause with the figure's value."""
    clause = facts.low
    tolerance = 1e-6 * max(1.0, abs(value))  # once, not for each number of the clause
    size = len(clause)
    start = next_digit(clause, 0)
    while start < size:
        end = number_end(clause, start)
        number = number_value_at(clause, start, end)
        if number is None or abs(number - value) > tolerance:
            start = next_digit(clause, end)
            continue
        # the last word of the 20 characters before the number
        after_verb = last_word_before(clause, start, 20) in _AFTER_VERB
        return after_verb, followed_in_list(clause, end)
    return False, False


def _followed_in_list(clause: str, end: int) -> bool:
    """True when another number follows the one ending at `end`, as in a list."""
    return followed_in_list(clause, end)


def read_signs(
    indicator: str,
    kind: str,
    year: int | None,
    from_month: int | None,
    value: float | None,
    percent: bool,
    bound: bool,
    ranged: bool,
    comparisons: list[tuple[str, str]],
    clause_text: str,
) -> dict[str, float]:
    """The signs the model weighs for one figure read from prose (only those that
    hold, each 1 or a small count, always in the same order). `value` is None for a
    figure of comparisons only. The extractor passes its arguments in order, once a
    figure; `figure_signs` names them."""
    low_indicator, count, before, after, rate_head, verbish = indicator_signs(indicator)
    facts = _clause(clause_text)
    clause = facts.low
    signs: dict[str, float] = {}
    for name in before:  # dict.fromkeys, without a call through the method
        signs[name] = 1.0
    # the indicator: as written in the clause, and right before its number
    at = clause.find(low_indicator) if count else -1
    adjacent = at >= 0 and number_follows(clause, at + len(low_indicator))
    if at >= 0:
        signs["indicator_verbatim"] = 1.0
    if adjacent:
        signs["indicator_adjacent"] = 1.0
    for name in after:
        signs[name] = 1.0
    # the number
    after_verb = followed = False
    if value is None:
        signs["value_null"] = 1.0
    else:
        if percent:
            if not rate_head:
                signs["percent_without_rate_head"] = 1.0
            signs["percent_level"] = 1.0
        after_verb, followed = _number_place(facts, value)
    if bound:
        signs["bound"] = 1.0
    if ranged:
        signs["ranged"] = 1.0
    if after_verb:
        signs["number_after_verb"] = 1.0
    if followed:
        signs["number_followed_by_another"] = 1.0
    # kind and period, and whether the clause names them
    if kind == "estimate":
        kind_here = facts.estimate
    elif kind == "target":
        kind_here = facts.target
    else:
        kind_here = kind == "actual" and not facts.estimate and not facts.target
    year_here = year is not None and str(year) in clause
    if (
        adjacent
        and kind_here
        and count >= 3
        and not verbish
        and facts.numbers <= 2
        and year is not None
    ):
        signs["plain"] = 1.0
        if year_here or (from_month is not None and ("tháng" in clause or "quý" in clause)):
            signs["plain_period_named"] = 1.0
    if kind == "estimate":
        signs["kind_estimate"] = 1.0
    if not kind_here and (facts.estimate or facts.target):
        signs["kind_word_elsewhere"] = 1.0
    if facts.planned:
        signs["planned_estimate"] = 1.0
    if year_here:
        signs["year_here"] = 1.0
    if year is None:
        signs["period_missing"] = 1.0
    if from_month is not None:
        signs["period_months"] = 1.0
    if facts.dated:
        signs["date_in_clause"] = 1.0
    # comparisons
    if comparisons:
        signs["comparisons"] = float(min(len(comparisons), 3))
        if any(basis == "other" for basis, _ in comparisons):
            signs["basis_other"] = 1.0
    # how crowded the clause is
    for name in facts.tail:
        signs[name] = 1.0
    return signs


def features(draft: Draft, *, clause_text: str) -> dict[str, float]:
    """The signs of a draft figure: those `figure_signs` reads from the finished figure.

    Only what the figure will say and its own clause are read (a few searches over one
    clause, cached for the figures of one clause), so weighing a figure stays cheap
    beside reading it.
    """
    quantity = draft.quantity
    period = draft.period
    if quantity is None:
        value, percent, bound, ranged = None, True, False, False
    else:
        value = quantity.value
        percent = quantity.unit.kind == "percent"
        bound = quantity.bound is not None
        ranged = quantity.value_max is not None
    return read_signs(
        draft.indicator,
        draft.kind,
        period.year,
        period.from_month,
        value,
        percent,
        bound,
        ranged,
        [(c.basis, c.measure) for c in draft.comparisons] if draft.comparisons else [],
        clause_text,
    )


def figure_signs(figure: Mapping[str, Any]) -> dict[str, float]:
    """The signs of a figure as written out (`Figure.as_dict`), by any version of the
    extractor: the same as the extractor computed for it while reading."""
    text = str(figure.get("text") or "")
    period = figure.get("period") or {}
    comparisons = [
        (str(c.get("basis")), str(c.get("measure"))) for c in figure.get("comparisons") or []
    ]
    value_null = figure.get("value") is None
    if _TABLE_ROW in text:
        return table_features(
            unit_known=bool(figure.get("unit")),
            year_known=period.get("year") is not None,
            value_null=value_null,
            comparisons=len(comparisons),
        )
    return read_signs(
        indicator=str(figure.get("indicator") or ""),
        kind=str(figure.get("kind")),
        year=period.get("year"),
        from_month=period.get("from_month"),
        value=None if value_null else float(figure["value"]),
        # "%" or a rate per a time written after it ("%/năm"), as the extractor reads both
        percent=str(figure.get("unit") or "").startswith("%"),
        bound=figure.get("bound") is not None,
        ranged=figure.get("value_max") is not None,
        comparisons=comparisons,
        clause_text=text,
    )


def score(signs: dict[str, float], weights: dict[str, float]) -> float:
    """The logistic model's probability for these signs (before calibration)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit(signs, weights)))))


def logit(signs: dict[str, float], weights: dict[str, float]) -> float:
    # weights.get called on the dict itself: compiled, a bound method kept in a local is
    # called as a Python object at each sign.
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


# The calibration's confidences as written out, each rounded once for the model in use
# (kept with the values they were rounded from): round() to 3 places goes through a
# decimal conversion at each figure.
_ROUNDED: Final[list[tuple[tuple[float, ...], tuple[float, ...]]]] = []


def _rounded(values: tuple[float, ...]) -> tuple[float, ...]:
    # trained_model() gives the same tuple until its cache is cleared: one identity test.
    if not _ROUNDED or _ROUNDED[0][0] is not values:
        _ROUNDED[:] = [(values, tuple([round(value, 3) for value in values]))]
    return _ROUNDED[0][1]


def table_features(
    *, unit_known: bool, year_known: bool, value_null: bool, comparisons: int
) -> dict[str, float]:
    """The signs of a figure read from a table cell: its header's words carry it."""
    return {
        "from_table": 1.0,
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
    return _rounded(values)[max(_cuts_at_or_under(cuts, logit(signs, weights)) - 1, 0)]


def _cuts_at_or_under(cuts: tuple[float, ...], value: float) -> int:
    """bisect_right(cuts, value), natively: compiled, a call into bisect costs more than
    the few comparisons it makes."""
    low, high = 0, len(cuts)
    while low < high:
        middle = (low + high) // 2
        if value < cuts[middle]:
            high = middle
        else:
            low = middle + 1
    return low
