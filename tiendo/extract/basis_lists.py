"""'lần lượt' over a list of bases: one figure compared with several things in turn.

"Kim ngạch ước 159,3 triệu USD, lần lượt giảm 1,7% và tăng 6,7% so với tháng trước và cùng
kỳ" gives the one figure a fall on the month before and a rise on the same period; "thu nội
địa 3.000 tỷ đồng (lần lượt đạt 60,5% và 55,9% dự toán Trung ương, HĐND tỉnh giao)" gives
it two shares of a budget. The list of percentages is as long as the list of bases, and no
subjects stand before "lần lượt": the percentages are not the figures' before it, one each.

>>> low = "lần lượt giảm 1,7% và tăng 6,7% so với tháng trước và cùng kỳ"
>>> list_bases(low, low.index("tháng"), 2)
(('tháng trước', 'cùng kỳ'), 61)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from tiendo.extract.comparisons import basis_of, read_basis_after

if TYPE_CHECKING:  # the list and the draft modules import this one
    from tiendo.extract.clauses import Draft
    from tiendo.extract.figure import Basis, Comparison
    from tiendo.extract.respectively import RespectiveList

# One more basis after the first: ", cùng kỳ", " và cùng kỳ", " và so với kế hoạch".
_NEXT_BASIS: Final = re.compile(
    r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?:so với\s+|so\s+)?([^,;:.()\n]{2,40})"
)
# Words that stop a basis: a new verb or a new number starts a clause of its own.
_STOP: Final = re.compile(r"\s(?:và|tăng|giảm|bằng|đạt|nhưng|do|vì)\s|\d")
# Who set a budget or plan, named alone after the first basis: "dự toán Trung ương, HĐND
# tỉnh giao" lists two budgets and writes "dự toán" once.
_ISSUER: Final = re.compile(
    r"^(?:trung ương|tw|hđnd|ubnd|tỉnh|huyện|thành phố|thị xã|nghị quyết)\b"
)
# Only punctuation between a figure and the list that compares it, and the list's verb when
# it comes first: "159,3 triệu USD, lần lượt", "3.000 tỷ đồng (lần lượt", ", tăng lần lượt".
_ADJACENT: Final = re.compile(r"^[\s,(]*(?:(?:tăng|giảm|đạt|bằng)\s+)?$")


def list_bases(low: str, first_start: int, count: int) -> tuple[tuple[str, ...], int] | None:
    """The `count` bases listed from `first_start` and where they end, or None when the
    text there does not list exactly that many."""
    first = _read_one(low, first_start)
    if first is None:
        return None
    bases, end = [first[0]], first[1]
    head = basis_of(first[0])
    if head == "other":
        return None
    while len(bases) < count:
        match = _NEXT_BASIS.match(low, end)
        if match is None:
            return None
        piece = _read_one(low, match.start(1))
        if piece is None:
            return None
        text = piece[0]
        if basis_of(text) == "other" and not _ISSUER.match(text):
            return None
        bases.append(text)
        end = piece[1]
    if _NEXT_BASIS.match(low, end) and _names_basis_after(low, end):
        return None  # more bases than percentages: not one each
    return tuple(bases), end


# After bases named before the list: only the list's verb, if it comes first ("so với tháng
# trước và cùng kỳ tăng lần lượt", "so với tháng trước và cùng kỳ lần lượt tăng").
_TO_LIST: Final = re.compile(r"\s*,?\s*(?:(?:tăng|giảm|đạt|bằng)\s*)?$")


def fronted_bases(before: str, first_start: int, count: int) -> tuple[tuple[str, ...], int] | None:
    """The `count` bases listed from `first_start` in the words right before 'lần lượt', when
    nothing but the list's verb follows them ("Chỉ số tiêu thụ so với tháng trước và cùng kỳ
    tăng lần lượt 5,4% và 17,2%"), or None.

    >>> fronted_bases("chỉ số so với tháng trước và cùng kỳ tăng ", 14, 2)
    (('tháng trước', 'cùng kỳ'), 36)
    >>> fronted_bases("so với cùng kỳ, sản lượng tăng ", 7, 2) is None
    True
    """
    listed = list_bases(before, first_start, count)
    if listed is None or not _TO_LIST.match(before, listed[1]):
        return None
    return listed


def basis_for(text: str, first: str) -> Basis:
    """The basis kind of a listed basis; an issuer alone shares the first basis's kind."""
    own = basis_of(text)
    return own if own != "other" else basis_of(first)


def adjacent(low: str, figure_end: int, list_start: int) -> bool:
    """Whether only punctuation (and the list's verb) stands between a figure and a 'lần
    lượt' list."""
    return figure_end <= list_start and bool(_ADJACENT.match(low[figure_end:list_start]))


def _read_one(low: str, start: int) -> tuple[str, int] | None:
    window = low[start : start + 60]
    cut = re.search(r"[,;:.()\n]", window)
    phrase = window[: cut.start()] if cut else window
    stop = _STOP.search(" " + phrase)
    if stop is not None:
        phrase = phrase[: max(0, stop.start() - 1)]
    phrase = phrase.rstrip()
    if len(phrase) < 2:
        return None
    return phrase, start + len(phrase)


def _names_basis_after(low: str, end: int) -> bool:
    match = _NEXT_BASIS.match(low, end)
    if match is None:
        return False
    piece = _read_one(low, match.start(1))
    return piece is not None and basis_of(piece[0]) != "other"


def compared_figure(low: str, group: RespectiveList, drafts: list[Draft]) -> Draft | None:
    """The figure right before a list over bases, when nothing but punctuation parts them."""
    before = [
        d
        for d in drafts
        if d.quantity is not None and d.quantity.unit.kind != "percent" and d.anchor < group.start
    ]
    if not before:
        return None
    last = max(before, key=lambda d: d.anchor)
    if last.quantity is None or not adjacent(low, last.quantity.extent_end, group.start):
        return None
    return last


def per_basis(group: RespectiveList, items: list[Comparison]) -> list[Comparison]:
    """Each comparison of the list against the basis at its place."""
    first = group.bases[0]
    return [
        replace(item, basis=basis_for(text, first), basis_text=text)
        for item, text in zip(items, group.bases, strict=True)
    ]


# "đạt gần 102% và cây màu thực phẩm gần 105% kế hoạch": after a share with no basis, "và"
# (or a comma), the next item's name (no number, no verb of its own) and its share.
_NEXT_SHARE: Final = re.compile(
    r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)(?=[^\W\d])"
    r"(?![^\d%;:.()]*\b(?:tăng|giảm|vượt|chiếm|là)\b)[^\d%;:.()\n]{1,50}?"
    r"[ \t](?:(?:gần|hơn|trên|khoảng|đạt|bằng)[ \t]+)?\d[\d.,]*[ \t]*%"
)


def trailing_basis(low: str, unit_end: int) -> str | None:
    """The basis that the next item of a list of shares names after its own share, when the
    share ending at `unit_end` names none: "sản xuất cây lương thực đạt gần 102% và cây màu
    thực phẩm gần 105% kế hoạch" states the plan once, for both shares.

    >>> low = "lương thực đạt gần 102% và cây màu gần 105% kế hoạch."
    >>> trailing_basis(low, low.index("%") + 1)
    'kế hoạch'
    >>> trailing_basis("đạt 80% và còn 20% chưa giải ngân", 7) is None
    True
    """
    if "%" not in low[unit_end : unit_end + 80]:
        return None  # the cheap test first
    following = _NEXT_SHARE.match(low, unit_end)
    if following is None:
        return None
    after = read_basis_after(low, following.end())
    if after is None or basis_of(after[0]) not in ("plan", "budget"):
        return None
    return after[0]
