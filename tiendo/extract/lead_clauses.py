"""An act clause before the one that states the number, left out of the figure's name.

"Tỉnh tổ chức xuống giống đồng loạt, phát huy vai trò của 31 cánh đồng lớn làm mẫu": the
clause is two acts joined by a comma, and the number is the object of the second
("phát huy vai trò của 31 cánh đồng lớn làm mẫu"). The first act ("tổ chức xuống giống
đồng loạt") is another predicate of the same subject, not what the number counts; a name
that keeps it names the lead-in, not the figure. So do "liên quan xe đầu kéo và xe con, gây
thiệt hại tài sản ước 1,4 tỷ đồng" and "Văn phòng tham mưu thẩm định, trình công nhận 12 xã".

Only an act that takes a counted or measured object opens the second clause ("phát huy",
"gây", "trình", "thông qua", "cung ứng", ...), and the first is a clause of its own: four
words or more, with no comma of a list in it. Names of listed things keep their commas
("giá trị sản xuất nông, lâm, thủy sản", "khai thác, nuôi trồng thủy sản"), and a short
list of acts is one act ("tiếp nhận, xử lý").

>>> _second_act("tổ chức xuống giống đồng loạt, phát huy vai trò của cánh đồng lớn", "phát")
'phát huy vai trò của cánh đồng lớn'
>>> _second_act("Giá trị sản xuất nông, lâm, thủy sản", "thủy")
''
>>> _second_act("tiếp nhận, xử lý", "xử")
''
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.clauses import Draft

# Acts that take the counted or measured thing as their object, opening a second clause.
_ACTS: Final = (
    "phát huy ", "gây ", "trình ", "cung ứng ", "cung cấp ", "thông qua ", "bầu ",
    "nhân rộng ", "thu hút ", "hỗ trợ ", "đón ", "phục vụ ", "giải quyết ", "kết nạp ",
    "khen thưởng ", "tặng ", "đưa ",
)  # fmt: skip
_LEAD_WORDS: Final = 4  # "họp hội nghị bất thường": a clause, not a listed word


def _second_act(named: str, opening: str) -> str:
    """The part of `named` from the act whose first word is `opening`, or "" when what
    comes before it is no clause of its own or the part opens with no act."""
    at = named.lower().rfind(f", {opening} ")
    if at < 0:
        return ""
    lead, act = named[:at], named[at + 2 :]
    if "," in lead or len(lead.split()) < _LEAD_WORDS:
        return ""
    return act if act.lower().startswith(_ACTS) else ""


def without_lead(draft: Draft, named: str, low: str) -> str:
    """`named` without the act clause before the one that states the number, or ""."""
    quantity = draft.quantity
    if quantity is None or ", " not in named:
        return ""  # the cheap test
    comma = low.rfind(", ", draft.clause_start, quantity.lead_start)
    if comma < 0:
        return ""
    opening = low[comma + 2 : quantity.lead_start].split(" ", 1)[0]
    return _second_act(named, opening) if opening else ""
