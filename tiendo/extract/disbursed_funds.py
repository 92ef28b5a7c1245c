"""What was disbursed, when the verb "giải ngân" alone names a figure.

"Kế hoạch vốn đầu tư công năm 2023 ... được giao 4.654,6 tỷ đồng. ... toàn tỉnh đã giải
ngân 2.874,3 tỷ đồng": disbursing spends the funds a plan or a total named before, so the
figure is the disbursement of those funds ("giải ngân vốn đầu tư công"). Within one
sentence, the funds or the programme just given an amount are what is disbursed next:
"chương trình phục hồi ... được giao 362 tỷ đồng nhưng ... chỉ giải ngân 6,82 tỷ đồng".
A line or clause opened by the funds it speaks of ("Vốn ngân sách địa phương: kế hoạch
6.157,9 tỷ đồng, giải ngân 4.491 tỷ đồng", "Tiếp đó là vốn chương trình mục tiêu, giải
ngân được 92 tỷ đồng") names them for its plan and its disbursement.

>>> funds_of("tổng kinh phí bố trí cho Tiểu dự án 3 của tỉnh", whole=True)
'kinh phí Tiểu dự án 3'
>>> funds_of("Tổng kế hoạch vốn đầu tư công của tỉnh", whole=True)
'vốn đầu tư công'
>>> funds_of("vốn ngân sách trung ương", whole=True)
''
>>> funds_of("chương trình phục hồi kinh tế được giao", whole=False)
'vốn chương trình phục hồi kinh tế'
>>> funds_label("- Vốn ngân sách Trung ương (ODA): kế hoạch 1.156,4 tỷ đồng, giải ngân ")
'vốn ngân sách Trung ương (ODA)'
>>> funds_label("Năm 2019, đối với vốn ngân sách tỉnh, giải ngân ")
'vốn ngân sách tỉnh'
>>> funds_label("Năm 2019: giải ngân ")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.name_case import lower_name
from tiendo.extract.said_names import SaidNames

_BARE: Final = ("giải ngân", "đã giải ngân", "giải ngân được")
# A plan or a total of funds: "tổng vốn đầu tư công", "kế hoạch vốn ...", "phân bổ kế
# hoạch vốn ...".
_WHOLE: Final = re.compile(
    r"^(?:phân bổ |giao )?(?:tổng |kế hoạch )+(?P<funds>(?:vốn|kinh phí)\b.*)$", re.IGNORECASE
)
# Any funds, or a programme given an amount.
_FUNDS: Final = re.compile(r"^(?:tổng |kế hoạch )*(?P<funds>(?:vốn|kinh phí)\b.*)$", re.IGNORECASE)
_PROGRAMME: Final = re.compile(r"^(?:chương trình|tiểu dự án|dự án|đề án)\b", re.IGNORECASE)
# How the funds were allotted: no part of what they are.
_ALLOTTED: Final = re.compile(r"\s(?:bố trí|phân bổ|dành) cho(?=\s)", re.IGNORECASE)
# Whose, when, by whom: the funds' name ends before these.
_END: Final = re.compile(
    r"\s(?:của|thuộc|do|năm|giai đoạn|thủ tướng|được giao|giao|theo|đã|chưa|trong)\b.*$",
    re.IGNORECASE,
)


def funds_of(name: str, *, whole: bool) -> str:
    """The funds `name` gives an amount of ("vốn đầu tư công"), or ""; a plan or total
    only when `whole`, and a programme ("vốn chương trình ...") only when not."""
    if not whole and _PROGRAMME.match(name):
        return "vốn " + _END.sub("", name).strip()
    found = (_WHOLE if whole else _FUNDS).match(name)
    if found is None:
        return ""
    funds = _ALLOTTED.sub("", found.group("funds"))
    return " ".join(_END.sub("", funds).split())


def _last_whole(found: dict[str, str], name: str, position: int) -> None:
    """Keep the funds of the last plan or total said."""
    if "vốn" in name.lower() or "kinh phí" in name.lower():
        funds = funds_of(name, whole=True)
        if funds:
            found["whole"] = funds


def disbursed(draft: Draft, named: str, sentence: list[Draft], said: SaidNames) -> str:
    """'giải ngân vốn đầu tư công' for a figure named only 'giải ngân', or ""."""
    if lower_name(named) not in _BARE:  # the cheap test first
        return ""
    before = [
        d
        for d in sentence
        if d.anchor < draft.anchor and d.quantity is not None and d.quantity.unit.kind == "money"
    ]
    if before:
        last = before[-1].indicator
        if last.lower().startswith("giải ngân ") and last.lower() not in _BARE:
            return last  # "đã giải ngân 46 tỷ đồng, tương đương 53,06% kế hoạch"
        own = funds_of(last, whole=False)
        if own:
            return f"giải ngân {own}"
    whole = said.index(_last_whole).get("whole", "")
    return f"giải ngân {whole}" if whole else ""


# The funds a line or clause opens with, before a colon or a comma; a time, a bullet or a
# frame ("đối với", "tiếp đó là") may stand before them.
_LABEL: Final = re.compile(
    r"\s*(?:[-–+•]\s*)?(?:(?:năm|tháng|quý)\s[^,:;]{1,20}[,:]\s*)?"
    r"(?:(?:đối với|tiếp đó là|tiếp theo là|kế đến là|riêng|còn)\s+)?"
    r"(?:nguồn\s+)?(?P<funds>vốn\s[^,:;.]{2,60}?)\s*[:,]\s",
    re.IGNORECASE,
)
# What the funds' line says of them: their plan, or how much of them was disbursed.
_LINE_MEASURES: Final = {"kế hoạch": "kế hoạch", **{bare: "giải ngân" for bare in _BARE}}
_REACH: Final = 160
_PREDICATE: Final = re.compile(
    r"\b(?:tăng|giảm|đạt|được|đã|là|có|chiếm|bằng|còn|chưa)\b", re.IGNORECASE
)
_BOUNDS: Final = frozenset({"gần", "hơn", "trên", "khoảng", "đạt", "xấp xỉ"})


def funds_label(before: str) -> str:
    """The funds the line or clause of `before` (the text up to a number) opens with, or ""."""
    # A full stop ends a sentence only before a blank: "1.156,4" goes on.
    cut = max(before.rfind(mark) for mark in (". ", ";", "\n"))
    found = _LABEL.match(before, cut + 1)
    if found is None:
        return ""
    funds = " ".join(_END.sub("", found.group("funds")).split())
    if _PREDICATE.search(funds):
        return ""  # "vốn ngân sách tỉnh tăng mạnh, giải ngân …": a clause, not a label
    return "v" + funds[1:]  # "Vốn ngân sách Trung ương" opening its line: the name goes on


def labelled(draft: Draft, named: str, norm: str) -> str:
    """'giải ngân vốn ngân sách địa phương' for a plan or a disbursement named by its
    word alone on a line that opens with the funds, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind != "money":
        return ""
    # The words of the number's own clause: "…, giải ngân được gần 92 tỷ đồng".
    words = norm[draft.clause_start : quantity.lead_start].rsplit(",", 1)[-1].split()
    while words and words[-1].lower() in _BOUNDS:
        words.pop()
    own = lower_name(" ".join(words))
    measure = _LINE_MEASURES.get(lower_name(named)) or _LINE_MEASURES.get(own)
    if measure is None:
        return ""
    funds = funds_label(norm[max(0, quantity.lead_start - _REACH) : quantity.lead_start])
    return f"{measure} {funds}" if funds else ""
