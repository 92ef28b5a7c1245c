"""The figure a contribution to growth is of.

"khu vực dịch vụ tăng 5,73%, đóng góp 2,08 điểm phần trăm": the contribution of the item
that rose, named before the verb or by the figure before it in its clause. Parts set apart
in parentheses are not that figure: "khu vực II (công nghiệp và xây dựng) tăng 11,78%
(công nghiệp tăng 13,81%, xây dựng tăng 6,29%), đóng góp 2,11 điểm phần trăm" breaks the
sector's rise down in the parenthesis, and the contribution after it is the sector's.

>>> low = "khu vực ii tăng 11,78% (công nghiệp tăng 13,81%), đóng góp 2,11 điểm"
>>> set_apart(low, low.index("13,81"), low.index("2,11")), set_apart(low, 0, low.index("2,11"))
(True, False)
"""

from __future__ import annotations

from tiendo.extract.clauses import Draft
from tiendo.extract.indicator import subject_indicator


def set_apart(low: str, at: int, later: int) -> bool:
    """True when `at` stands in a parenthesis that closes before `later`."""
    opening, closing = low.rfind("(", 0, at), low.rfind(")", 0, at)
    return opening > closing and 0 <= low.find(")", at) < later


def contributor(low: str, drafts: list[Draft], draft: Draft, pre: str) -> str:
    """'đóng góp của <the item that rose>' for a contribution whose words before the number
    are `pre`, or "" (see the module)."""
    lowered = pre.lower()
    # "nông nghiệp làm giảm 0,24 điểm phần trăm": a contribution that pulled growth down.
    verb = max(lowered.rfind("đóng góp"), lowered.rfind("làm giảm"))
    if verb < 0:
        return ""
    subject = subject_indicator(pre[:verb], unit="%", unit_kind="percent", tail="")
    if not subject.strip(" ,"):
        before = [
            d
            for d in drafts
            if d.anchor < draft.anchor
            and d.indicator
            and not set_apart(low, d.anchor, draft.anchor)
        ]
        if not before or before[-1].clause_start != draft.clause_start:
            return ""
        subject = before[-1].indicator
    return f"đóng góp của {subject}"
