"""A rise written after a share: "ước 255,8 nghìn tỷ đồng, chiếm 99% và tăng 21,3%".

A share ("chiếm 99%") is a part's weight in a whole at one time; it is not what rose. A
rise that follows it in the same clause, right after an amount the share was of, goes on
with that amount ("doanh thu đạt 22.296 tỷ đồng, chiếm 85,78% tổng mức và tăng 10,97%");
after a count, the share is a rate of it.
With no amount before it ("công nghiệp - xây dựng chiếm 36,50%, tăng 0,06% so với năm
2023") the share itself may be what moved, and readers say so: it is left alone, as is a
subject that names a rate ("tỷ trọng công nghiệp chiếm 40%, tăng 2%").
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

_SHARE_VERB: Final = re.compile(
    r"\bchiếm(?:\s+(?:tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ))?"
    r"(?:\s+(?:khoảng|gần|hơn|trên|dưới|tới|đến))?\s*$"
)
_RATE_NAMED: Final = re.compile(r"\b(?:tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|cơ cấu)\b")
# What an amount is: a sum or a measure. A share after a count ("21.000 hộ nghèo với 95.000
# nhân khẩu, chiếm 13,5% số hộ, giảm 5,7%") is a rate of that count, and may well move.
_AMOUNTS: Final = frozenset({"money", "measure"})
# Between the amount and its share: a comma at most, or the share opens a remark on the
# amount ("762,3 nghìn ha (chiếm 72,5%, bằng 96,8% cùng kỳ)").
_JOINED: Final = re.compile(r"^[\s,]*\(?\s*$")


def is_share(low: str, host: Draft) -> bool:
    """True when `host` is a share its clause states with "chiếm" of a subject that is
    no rate itself."""
    quantity = host.quantity
    if quantity is None or quantity.unit.kind != "percent":
        return False
    start = max(host.clause_start, quantity.lead_start - 30)
    # Cheap test first: most percentages have no "chiếm" right before them.
    if "chiếm" not in low[start : quantity.lead_start]:
        return False
    verb = _SHARE_VERB.search(low, start, quantity.lead_start)
    if verb is None:
        return False
    # The subject before the verb ("tỷ trọng" after it only says what the share is).
    return _RATE_NAMED.search(low, host.clause_start, verb.start()) is None


def owner_of_share(low: str, host: Draft, drafts: list[Draft]) -> Draft | None:
    """The amount right before the share `host` in its clause, or None."""
    if host not in drafts:
        return None
    index = drafts.index(host)
    if index == 0:
        return None
    before = drafts[index - 1]
    quantity = before.quantity
    if (
        quantity is None
        or quantity.unit.kind not in _AMOUNTS
        or before.clause_start != host.clause_start
        or host.quantity is None
    ):
        return None
    share_verb = low.rfind("chiếm", before.extent_end, host.quantity.lead_start)
    if share_verb < 0 or not _JOINED.match(low[before.extent_end : share_verb]):
        return None
    return before


# "châu Á (chiếm 63,42% tổng kim ngạch) tăng 10,43%": a share opened in parentheses right
# after its subject, closed before the rise.
_ASIDE_OPENING: Final = re.compile(r"\(\s*chiếm\b")
_ASIDE_CLOSE: Final = re.compile(r"\s*\)[\s,]*$")
# "…, tương đương hơn 3 tỷ USD": the subject's amount, which its share has already sized.
_EQUAL_GAP: Final = re.compile(r"[\s,]*tương đương(?:\s+với)?[\s:]*")


def aside_share(low: str, host: Draft, parens: list[tuple[int, int]], lead: int) -> bool:
    """True when the share `host` is a remark in parentheses on the subject before it,
    closed right before a rise whose lead starts at `lead`: the main clause says the
    subject rose ("châu Á (chiếm 63%) tăng 10%"), not its share."""
    quantity = host.quantity
    if quantity is None or not parens:
        return False
    paren = next((p for p in parens if p[0] <= quantity.start < p[1]), None)
    return (
        paren is not None
        and paren[1] <= lead
        and _ASIDE_OPENING.match(low, paren[0]) is not None
        and _ASIDE_CLOSE.match(low[paren[1] - 1 : lead]) is not None
    )


def sized_by_share(low: str, host: Draft, gap: str) -> bool:
    """True when a level after the rise-only figure `host` only restates its amount
    ("châu Á (chiếm 63%) tăng 10% so với cùng kỳ, tương đương hơn 3 tỷ USD"): with the
    subject's share said in its clause, "tương đương" gives the subject's level, not the
    rise's size."""
    return (
        host.quantity is None
        and _EQUAL_GAP.fullmatch(gap) is not None
        and "chiếm" in low[host.clause_start : host.anchor]
    )
