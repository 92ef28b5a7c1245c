"""What a sentence asserts, beyond its own figures: whether it opens a list of targets.

>>> announces_targets("Các chỉ tiêu chủ yếu đến năm 2025:", "target")
True
>>> announces_targets("Tỉnh phấn đấu đến năm 2030 trở thành tỉnh phát triển khá", "target")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.comparisons import basis_of
from tiendo.extract.kinds import latest_cue
from tiendo.extract.period_cues import PeriodMention

# A sentence without figures that names targets, goals or a plan, or ends on a colon,
# announces that the sentences after it list targets; one that states an aim in words
# ("phấn đấu ... trở thành tỉnh khá") does not.
_ANNOUNCES_WORDS: Final = ("chỉ tiêu", "mục tiêu", "kế hoạch", "nhiệm vụ", "định hướng", "dự toán")
# (r"\b(?:chỉ tiêu|…|dự toán)\b|:\s*$" with each word's leading boundary after it, as a
# look-behind, and each alternative opening with a letter: a search skips to them)
_ANNOUNCES: Final = re.compile("|".join(rf"{w}(?<=\b{w})\b" for w in _ANNOUNCES_WORDS) + r"|:\s*$")


def may_announce_targets(low: str) -> bool:
    """False when lower-case `low` holds none of the words announces_targets needs: a
    target cue found in it could then set nothing, and the cue need not be looked for.
    (Lower-casing it again changes only a kept "İ", which is in none of the words.)"""
    return (
        ":" in low
        or "chỉ tiêu" in low
        or "mục tiêu" in low
        or "kế hoạch" in low
        or "nhiệm vụ" in low
        or "định hướng" in low
        or "dự toán" in low
    )  # _ANNOUNCES_WORDS, written out: a generator costs more than the look-ups


def announces_targets(sentence: str, cue: str) -> bool:
    """True when a figure-less sentence whose last cue is `cue` sets the kind of the
    sentences after it; a cue other than a target always does."""
    if cue != "target":
        return True
    low = sentence.lower()
    # Plain look-ups first: the pattern, opening with a word boundary, is tried at every
    # position, and most sentences hold none of its words.
    if not may_announce_targets(low):
        return False
    return _ANNOUNCES.search(low) is not None


def own_estimate(low: str, clause_start: int, anchor: int) -> bool:
    """True when the clause of a figure states its estimate itself, before the number
    ("tổng giá trị sản xuất ước 3,6 ngàn tỷ đồng"), rather than taking it from a heading.

    >>> own_estimate("báo cáo: tổng giá trị ước 3,6 tỷ đồng", 8, 26)
    True
    """
    stretch = low[clause_start:anchor]
    # Plain look-ups first: every estimate cue holds one of these words.
    if "ước" not in stretch and "dự" not in stretch:
        return False
    return latest_cue(stretch) == "estimate"


# "IIP ước giảm 6,48% so với tháng trước, trong đó chế biến giảm 6,14%": the items of a
# breakdown are compared with the basis its head named.
# (r"\bso …" with the boundary after "so", as a look-behind: a search skips to the word)
_BREAKDOWN_BASIS: Final = re.compile(
    r"so(?<=\bso) (?:với )?([^,;:()]{2,40}?)\s*[,;:(]\s*(?:trong đó|bao gồm|gồm|cụ thể)\b"
)
_LIST_BASIS: Final = re.compile(r"(?:^|[,:;]\s*)so (?:với )?([^,;:]{2,50}?)\s*[,:]")
# _LIST_BASIS but for its "^": opening with a character class, a search skips to the marks
# (the "^" keeps the search trying every position).
_MARKED_LIST_BASIS: Final = re.compile(r"[,:;]\s*so (?:với )?([^,;:]{2,50}?)\s*[,:]")
# "Nhiều địa phương tăng so cùng kỳ như A 1.017 ha (tăng 35,1%), B ...": the basis of a list.
_LIST_BASIS_SUCH_AS: Final = re.compile(r"so(?<=\bso) (?:với )?([^,;:()]{2,40}?)\s+(?:như|gồm)\b")
_LIST_BASIS_COLON: Final = re.compile(r"so(?<=\bso) (?:với )?([^,;:]{2,50}?)\s*:")
# Each pattern with the words one of which every match of it holds: a pattern is run only
# where one stands (a search tries every position, and most sentences hold none).
_LIST_BASES: Final = (
    (_LIST_BASIS, ("so ",)),
    (_LIST_BASIS_COLON, (":",)),
    (_LIST_BASIS_SUCH_AS, ("như", "gồm")),
    (_BREAKDOWN_BASIS, ("trong đó", "gồm", "cụ thể")),
)


def list_bases_of(sentence: str) -> list[tuple[int, str]]:
    """Where each basis named for the items of a list ends in lower-case `sentence`, with
    its words, in the patterns' order; a basis that names nothing known is passed over.

    >>> list_bases_of("tăng 9% so với cùng kỳ, trong đó a tăng 5%")
    [(32, 'cùng kỳ')]
    """
    if "so " not in sentence:  # every pattern needs it; most sentences have none
        return []
    return [
        (m.end(), m.group(1))
        for pattern, words in _LIST_BASES
        if any(word in sentence for word in words)
        for m in (list_bases(sentence) if pattern is _LIST_BASIS else pattern.finditer(sentence))
        if basis_of(m.group(1)) != "other"
    ]


def list_bases(sentence: str) -> list[re.Match[str]]:
    """`_LIST_BASIS.finditer(sentence)`, the same matches: its "^" can match only at the
    start, so the search from there on needs only a mark before "so"."""
    first = _LIST_BASIS.match(sentence)
    rest = _MARKED_LIST_BASIS.finditer(sentence, first.end() if first is not None else 0)
    return [first, *rest] if first is not None else list(rest)


_SETS_APART: Final = re.compile(r"\b(?:trong khi|còn|nhưng|song|riêng)\b")


def period_between(low: str, periods: list[PeriodMention], start: int, end: int) -> bool:
    """True when a clause set apart from the figure ("trong khi", "còn", "riêng") names a
    time of its own before a comparison: "tăng 9%, trong khi 5 tháng năm 2023 chỉ tăng
    4%" speaks of another time, so the second rise is a figure of its own."""
    return any(
        start <= m.start < end
        and not m.basis
        and m.scope != "date"
        and (
            _SETS_APART.search(low, start, m.start) is not None
            # "tăng 8,1% (năm 2022 tăng 7,2%)": a remark that opens with a time of its own
            # and is still open at the comparison is that time's figure.
            or (not low[start : m.start].strip(" (") and "(" in low[start : m.start]
                and ")" not in low[m.start : end])
        )
        for m in periods
    )  # fmt: skip


# "16.133 con/KH 16.200-16.500 con": the plan's level a district report writes after a
# slash, up to the mark that ends it (not a document's number: "Kế hoạch số 45/KH-UBND").
_SLASH_PLAN: Final = re.compile(r"/(?:kh|nq) (?:tăng )?\d[^,;]*")


def slash_plans(low: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where each plan's level given after a slash stands in `low[start:end]`: a remark, as
    one in parentheses is, whose plan word announces nothing of the figures after it.

    >>> slash_plans("đàn bò 16.133 con/kh 16.200 con, đàn lợn 61.280 con", 0, 51)
    [(17, 31)]
    """
    if "/" not in low[start:end]:  # most sentences hold none
        return []
    return [m.span() for m in _SLASH_PLAN.finditer(low, start, end)]
