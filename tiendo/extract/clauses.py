"""Clause structure: what lies between a figure and the words that may belong to it.

Vietnamese reports chain a figure and its comparisons with commas ("123,4 tỷ đồng,
bằng 18% dự toán tỉnh giao, bằng 168,4% so với cùng kỳ"); a stretch that brings a
new subject ("..., giảm nghèo bằng 122% kế hoạch") starts a new item instead.

>>> transparent(", nhưng mới "), transparent(", giảm nghèo ")
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

from tiendo.extract.figure import Comparison, Kind
from tiendo.extract.lexicon import CONNECTORS
from tiendo.extract.lexicon import words as word_list
from tiendo.extract.quantities import Quantity
from tiendo.periods import Period

CLAUSE_BREAK: Final = re.compile(r"[;:]")


def clause_breaks(low: str, start: int, end: int) -> list[int]:
    """Where each clause after the first starts in low[start:end], in order: after each
    ";" and ":", the ends of CLAUSE_BREAK.finditer(low, start, end). Found with str.find,
    which skips to one character far faster than the engine tests a set at each one."""
    found: list[int] = []
    for mark in (";", ":"):
        at = low.find(mark, start, end)
        while at >= 0:
            found.append(at + 1)
            at = low.find(mark, at + 1, end)
    found.sort()
    return found


_COMPARISON_CHUNK: Final = re.compile(
    r"^(?:vượt|gấp|ngang|cao hơn|thấp hơn|bằng|đạt|tăng|giảm|so với|so|hoàn thành|chưa đạt|"
    r"xấp xỉ|tương đương|không đạt|(?:nếu )?loại trừ yếu tố giá|(?:tính )?theo giá)\b"
)
# Adverbs of a comparison's verb that say it is nearly so ("gần bằng", "xấp xỉ đạt").
_NEARLY: Final = frozenset(("gần", "xấp xỉ", "gần như"))
# The negation of a comparison's verb ("915 triệu USD, chưa bằng 90% cùng kỳ", "không đạt
# 90% dự toán"): it says the level falls short of the share, and names no new subject.
_NEGATED: Final = frozenset(("chưa", "không"))
_PRICE_ASIDE: Final = re.compile(
    r"\b(?:trong đó\s+)?(?:nếu\s+)?(?:loại trừ yếu tố giá"
    r"|(?:tính\s+)?theo giá(?:\s+(?:so sánh|hiện hành|thực tế))?)"
    r"(?:\s+(?:năm\s+)?\d{4})?(?:\s+thì)?"
)
# A remark on the level just given ("đạt 74 tỷ USD, cao nhất từ trước đến nay, tăng 44%"):
# it names no new subject, so the comparison after it is still the figure's.
_REMARK_CHUNK: Final = re.compile(
    r"^(?:là\s+)?(?:mức\s+)?(?:cao|thấp|lớn|nhiều|nhỏ)\s+nhất(?:\s+(?:từ trước|trong|của|kể từ)"
    r"[^,]*)?$"
)
# Words that may stand between a comparison and the figure it introduces
# ("tuy tăng 21,5% so với năm 2019, đạt 7.280 tấn").
_PREDICATE_WORDS: Final = frozenset(
    word_list(
        "ước đạt là được với chỉ mới đã còn và nhưng song khoảng gần hơn trên dưới từ tính "
        "lên xuống"
    )
)
_PREDICATE_PHRASES: Final = ("trong đó",)


_NO_PERIOD: Final = Period(None)
# Compiled once: re.split with a pattern string looks it up in re's cache on every call.
_GAP_BREAK: Final = re.compile(r",(?!\d)|[()\-–]")  # the comma of "2,23" is a decimal mark


@dataclass
class Draft:
    """A figure being assembled within one sentence."""

    anchor: int  # the number, or for a comparison-only figure the comparison's first word
    item_start: int
    clause_start: int
    clause_end: int
    extent_end: int
    quantity: Quantity | None = None
    comparisons: list[Comparison] = field(default_factory=list)
    aspect: str = ""
    subject_end: int | None = None  # where the subject stops, when not at the anchor
    sentence: int = 0
    number_start: int = 0  # of a comparison-only figure: where its percentage starts
    indicator: str = ""
    kind: Kind = "actual"
    kind_cued: bool = False  # the kind was named by a word, not assumed
    in_paren: bool = False
    listed: bool = False  # an item of a list that shares its verb or its head
    head: str = ""  # the measure a list's named items share ("năng suất lúa")
    share_of: Draft | None = None  # the count whose share of a whole this rate is
    carried: bool = False  # the indicator was carried from the figure before

    # Written out, not left to @dataclass: mypyc compiles the methods a class spells out,
    # while those dataclasses generates stay interpreted Python, and a draft is made for
    # every figure and candidate (the same fields, defaults and keywords as generated).
    def __init__(
        self,
        anchor: int,
        item_start: int,
        clause_start: int,
        clause_end: int,
        extent_end: int,
        quantity: Quantity | None = None,
        comparisons: list[Comparison] | None = None,
        aspect: str = "",
        subject_end: int | None = None,
        sentence: int = 0,
        number_start: int = 0,
        indicator: str = "",
        kind: Kind = "actual",
        kind_cued: bool = False,
        in_paren: bool = False,
        listed: bool = False,
        head: str = "",
        share_of: Draft | None = None,
        carried: bool = False,
        period: Period = _NO_PERIOD,
        measured: str = "",
        quoted_from: Draft | None = None,
        respective: tuple[Draft, str, str] | None = None,
        named: str = "",
    ) -> None:
        self.anchor = anchor
        self.item_start = item_start
        self.clause_start = clause_start
        self.clause_end = clause_end
        self.extent_end = extent_end
        self.quantity = quantity
        self.comparisons = [] if comparisons is None else comparisons
        self.aspect = aspect
        self.subject_end = subject_end
        self.sentence = sentence
        self.number_start = number_start
        self.indicator = indicator
        self.kind = kind
        self.kind_cued = kind_cued
        self.in_paren = in_paren
        self.listed = listed
        self.head = head
        self.share_of = share_of
        self.carried = carried
        self.period = period
        self.measured = measured
        self.quoted_from = quoted_from
        self.respective = respective
        self.named = named

    @classmethod
    def of_level(
        cls, quantity: Quantity, clause: tuple[int, int], sentence: int, **found: Any
    ) -> Draft:
        """A draft for a quantity read as a level on its own (a share, an earlier level)."""
        return cls(
            anchor=quantity.start,
            item_start=quantity.lead_start,
            clause_start=clause[0],
            clause_end=clause[1],
            extent_end=quantity.extent_end,
            quantity=quantity,
            sentence=sentence,
            **found,
        )

    period: Period = _NO_PERIOD  # frozen, so one instance serves every draft
    measured: str = ""  # what a bare measure word ("diện tích") was found to be about
    quoted_from: Draft | None = None  # the figure whose basis quotes this earlier level
    # An item of a respective list of levels after its first: (the first item's draft,
    # the first item's own name, this item's name), to name it like the first.
    respective: tuple[Draft, str, str] | None = None
    named: str = ""  # the name a list's grammar gave ("năng suất lúa", coordination.py)


def same_unit_before(draft: Draft, drafts: list[Draft]) -> list[Draft]:
    """The figures of `drafts` read before `draft` and counted in its unit, in order."""
    quantity = draft.quantity
    if quantity is None:
        return []
    unit = quantity.unit.text
    return [
        d
        for d in drafts
        if d.anchor < draft.anchor and d.quantity is not None and d.quantity.unit.text == unit
    ]


_TWO_WORD_CONNECTORS: Final = ("trong khi", "đồng thời", "tương ứng", "tương đương")
# "với mức" or "với tốc độ" right before a rise names it as the figure's, "with a rise of".
_WITH_RISE: Final = (["với", "mức"], ["với", "tốc", "độ"])


def transparent(gap: str) -> bool:
    """True when `gap` (between a figure and a comparison) adds no new subject."""
    if "giá" in gap:
        gap = _PRICE_ASIDE.sub(" ", gap)  # "..., nếu loại trừ yếu tố giá thì tăng 6,1%"
    chunks = _GAP_BREAK.split(gap)
    for index, chunk in enumerate(chunks):
        words = chunk.split()
        if index == len(chunks) - 1 and words in _WITH_RISE:
            continue  # "đạt 4.380 tỷ đồng, với mức tăng 13,4%": the amount's own rise
        while words and words[0] in CONNECTORS:
            words.pop(0)
        # "…, tăng 800 tấn, tương ứng tăng 7,1%": the rate restates the difference.
        while len(words) > 1 and " ".join(words[:2]) in _TWO_WORD_CONNECTORS:
            words = words[2:]
        if not words:
            continue
        joined = " ".join(words)
        if index == len(chunks) - 1:
            if words == ["ước"]:
                return True  # "823,7 tỷ đồng, ước đạt 48,2%": the forecast of its share
            if joined in _NEARLY or joined in _NEGATED:
                return True  # "17.160 lượt, gần bằng 3% cùng kỳ": the verb's own adverb
            # "…, gấp 2,23 lần tháng trước và tăng 59,67%": a comparison joined by "và".
            return words[-1] == "và" and bool(_COMPARISON_CHUNK.match(joined))
        if not _COMPARISON_CHUNK.match(joined) and not _REMARK_CHUNK.match(joined):
            return False
    return True


def only_predicate(gap: str) -> bool:
    for phrase in _PREDICATE_PHRASES:
        gap = gap.replace(phrase, " ")
    words = gap.replace(",", " ").replace("(", " ").replace(")", " ").split()
    return all(word in _PREDICATE_WORDS for word in words)


def blank(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """text[start:end] with the given spans (period expressions) blanked out."""
    if not any(span_start < end and span_end > start for span_start, span_end in spans):
        return text[start:end]  # nothing to blank: the common case
    piece = list(text[start:end])
    for span_start, span_end in spans:
        for index in range(max(span_start, start), min(span_end, end)):
            piece[index - start] = " "
    return "".join(piece)


def paren_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each "(" with the first ")" after it, in text[start:end]; a ")" unopened is passed
    over and a "(" opened again moves the start."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    find = text.find
    next_open, next_close = find("(", start, end), find(")", start, end)
    while next_open >= 0 or next_close >= 0:
        if next_close < 0 or 0 <= next_open < next_close:
            opened = next_open
            next_open = find("(", next_open + 1, end)
            continue
        if opened is not None:
            spans.append((opened, next_close + 1))
            opened = None
        next_close = find(")", next_close + 1, end)
    return spans


_ASIDE: Final = re.compile(r"\([^()]*\)")


def without_asides(text: str) -> str:
    """`text` with each remark in parentheses made a space.

    >>> without_asides("lương thực (chiếm 31,1%) 8,8%")
    'lương thực   8,8%'
    """
    return _ASIDE.sub(" ", text) if "(" in text else text


def inside(position: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    for start, end in spans:
        if start <= position < end:
            return (start, end)
    return None
