"""A sentence about the branches of an estimated index of production shares its estimate.

"Chỉ số sản xuất công nghiệp quý I ước tăng 6,2%. Nhiều ngành cấp II tăng khá: dệt tăng
9%, ...", "Các ngành giảm chiếm 40% giá trị toàn ngành, như ...": the branches ("các
ngành", "nhiều ngành", "5 ngành") are the parts the index is reckoned from, counted no
sooner than the index itself, so their rises are estimated with it, though the sentence
that gives them neither says "ước" nor opens with "trong đó".

>>> branches_opening("nhiều ngành cấp ii có tỷ trọng lớn tăng mạnh: a tăng 5%", 0)
True
>>> branches_opening("tuy vậy, 11 ngành công nghiệp cấp ii có chỉ số giảm", 0)
True
>>> branches_opening("ngành du lịch đón 2 triệu lượt khách", 0)
False
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from tiendo.extract.clauses import Draft

# The branches as the sentence's subject, after at most a short lead ("Tuy vậy, ",
# "So với cùng kỳ, "): a set of them, by a plural word or a count.
_BRANCHES: Final = re.compile(
    r"[\s,;:(\-–•+*]*(?:[^\W\d_][^,;:.\d]{0,30},\s*)?"
    r"(?:các|nhiều|một số|hầu hết|đa số|\d+(?:/\d+)?)\s+(?:nhóm\s+)?ngành\b"
    # ... said to rise or fall, or named by their index, before the clause goes on: "các
    # ngành, địa phương đã giải ngân ...", "các ngành chức năng đã kiểm tra ...", "12
    # ngành, lĩnh vực hoàn thành 85% kế hoạch" are the bodies of the administration.
    r"(?=[^,;:.\d]{0,60}?\b(?:tăng|giảm|chỉ số)\b)"
)
# The index the branches make up: of production, of industry.
_INDEX: Final = re.compile(r"\b(?:chỉ số|iip)\b")


def branches_opening(low: str, sentence_start: int) -> bool:
    """True when the sentence at `sentence_start` opens with a set of branches."""
    return _BRANCHES.match(low, sentence_start) is not None


def branches_of_index(low: str, sentence_start: int, previous: list[Draft]) -> bool:
    """True when the sentence opens with a set of branches and goes on from an estimated
    index of production: the last figure the sentence before stated its kind of is that
    index's estimate, or the sentence before was itself one of estimated branches
    ("Nhiều ngành tăng: ... . Tuy vậy, 5 ngành giảm, như ...")."""
    if not previous:
        return False
    if "ngành" not in low[sentence_start : sentence_start + 60]:
        return False  # most sentences name no branch near their start
    if not branches_opening(low, sentence_start):
        return False
    cued = [d for d in previous if d.kind_cued]
    estimated = [d for d in cued if d.kind == "estimate"]
    if (
        cued
        and cued[-1].kind == "estimate"
        and any(_INDEX.search(d.indicator.lower()) for d in estimated)
    ):
        return True
    if any(d.kind != "estimate" for d in previous):  # the branches before, all estimated
        return False
    start = previous[0].item_start
    before = max(low.rfind(". ", 0, start) + 2, low.rfind("\n", 0, start) + 1)
    return branches_opening(low, before)
