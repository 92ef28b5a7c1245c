"""Vietnamese sentences in the style of official reports, one per statement.

Sentences keep to the plainest forms of shared/spec/figures.md, so that the figure
extractor reads back exactly the value, unit, period and comparisons written here:

>>> from tiendo.extract.figure import Comparison
>>> from tiendo.periods import Period
>>> sentence = write_sentence(Statement(
...     "Giá trị sản xuất công nghiệp - TTCN", 220.0, "tỷ đồng", Period(2022, 1, 3), "estimate",
...     (Comparison("plan", "ratio", 23.08), Comparison("same_period", "change", 5.2)),
... ))
>>> print(sentence.replace(", ", ",\\n"))
Giá trị sản xuất công nghiệp - TTCN quý I năm 2022 ước đạt 220 tỷ đồng,
đạt 23,08% KH,
tăng 5,2% so với cùng kỳ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tiendo.extract.figure import Comparison
from tiendo.periods import Period
from tiendo.progress.model import ObservationKind
from tiendo.progress.rounding import decimals_shown
from tiendo.units import is_counted
from tiendo.vietnamese import format_number, search_key

VALUE_DECIMALS = 3
PERCENT_DECIMALS = 2


@dataclass(frozen=True)
class Statement:
    """What one sentence says: an indicator's value for a period, and its comparisons."""

    indicator: str
    value: float
    unit: str
    period: Period
    kind: ObservationKind
    comparisons: tuple[Comparison, ...] = ()
    # Decimals to write each comparison with, as its source did ("16,0%"); None: as shown.
    percent_decimals: tuple[int | None, ...] = ()

    def decimals_of(self, index: int) -> int | None:
        return self.percent_decimals[index] if index < len(self.percent_decimals) else None


def format_value(value: float, max_decimals: int = VALUE_DECIMALS) -> str:
    """'1.234,5', '24,023', '220': as many decimals as the number has, at most three."""
    return format_number(value, min(decimals_shown(value), max_decimals))


def format_percent(percent: float, decimals: int | None = None) -> str:
    """'23,08%'; with `decimals`, exactly that many: format_percent(16.0, 1) == '16,0%'."""
    if decimals is None:
        decimals = min(decimals_shown(percent), PERCENT_DECIMALS)
    return format_number(percent, decimals) + "%"


def percent_text(percent: float, decimals: int | None = None) -> str:
    """A ratio as every part of tiendo prints it, without its sign: the source's
    decimals when given ("16,0"), else at most two with trailing zeros dropped
    ("18", "23,08"). The narrative, the report's table and the portal all call this.

    >>> percent_text(16.0, 1), percent_text(16.0), percent_text(23.0769)
    ('16,0', '16', '23,08')
    """
    places = PERCENT_DECIMALS if decimals is None else decimals
    return format_percent(round(percent, places), decimals).removesuffix("%")


def with_unit(value: float, unit: str) -> str:
    """'220 tỷ đồng', '57%'; a count is whole: with_unit(3460.4, "đảng viên") is
    '3.460 đảng viên'."""
    text = format_value(round(value) if is_counted(unit) else value)
    if not unit:
        return text
    return text + unit if unit == "%" else f"{text} {unit}"


def _budget_words(comparison: Comparison) -> str:
    words = comparison.basis_text.strip()
    if not search_key(words).startswith("du toan"):
        words = f"dự toán {words}".strip()
    return words


def comparison_phrase(comparison: Comparison, decimals: int | None = None) -> str:
    """'đạt 23,08% KH', 'bằng 18% dự toán tỉnh giao', 'giảm 1,6% so với cùng kỳ'."""
    basis = comparison.basis
    if basis == "plan":
        words, plain = "KH", "KH"
    elif basis == "budget":
        words = plain = _budget_words(comparison)
    elif basis == "same_period":
        words, plain = "so với cùng kỳ", "cùng kỳ"
    elif basis == "previous":
        words, plain = "so với năm trước", "năm trước"
    else:
        words = plain = comparison.basis_text.strip() or "mức so sánh"
    if comparison.measure == "change":
        verb = "tăng" if comparison.percent >= 0 else "giảm"
        target = words if words.startswith("so với") else f"so với {plain}"
        return f"{verb} {format_percent(abs(comparison.percent), decimals)} {target}"
    verb = "đạt" if basis == "plan" else "bằng"
    return f"{verb} {format_percent(comparison.percent, decimals)} {words}"


# A phrase of two to five words written twice in a row ("giá trị giá trị sản xuất"):
# the seam where a fixed caption meets an indicator that already begins with its words.
# Single words are left alone: Vietnamese doubles them on purpose ("ngày ngày").
_REPEATED_PHRASE = re.compile(r"\b(\w+(?:\s+\w+){1,4})\s+\1\b", re.IGNORECASE)


def without_repeated_phrases(text: str) -> str:
    """'giá trị giá trị sản xuất' -> 'giá trị sản xuất' (the first spelling is kept).

    >>> without_repeated_phrases("Biểu đồ giá trị Giá trị sản xuất")
    'Biểu đồ giá trị sản xuất'
    """
    return _REPEATED_PHRASE.sub(lambda match: match.group(1), text)


def lower_first(text: str) -> str:
    """The first letter in lower case, unless the first word is an acronym ("NSNN")."""
    text = text.strip()
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].lower() + text[1:]


def _capitalised(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


# Number words: "cây hằng năm" + "tháng 7" would read "năm tháng" (five months).
_NUMBER_WORDS = frozenset({
    "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi",
    "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ",
})  # fmt: skip


def _joined_period(indicator: str, period: Period) -> str:
    """The period after the indicator, with "trong" where the two could run together."""
    words = indicator.split()
    last = words[-1].lower() if words else ""
    label = period.label_vi()
    return f"trong {label}" if last in _NUMBER_WORDS else label


def write_sentence(statement: Statement) -> str:
    """One report sentence: indicator, period, (ước) đạt value unit, comparisons."""
    verb = "ước đạt" if statement.kind == "estimate" else "đạt"
    indicator = _capitalised(statement.indicator)
    parts = [
        f"{indicator} {_joined_period(indicator, statement.period)} {verb} "
        f"{with_unit(statement.value, statement.unit)}"
    ]
    parts.extend(
        comparison_phrase(comparison, statement.decimals_of(i))
        for i, comparison in enumerate(statement.comparisons)
    )
    return ", ".join(parts) + "."


def write_paragraph(statements: Iterable[Statement]) -> str:
    return " ".join(write_sentence(statement) for statement in statements)
