"""Shares listed under a structure: "Cơ cấu kinh tế: nông nghiệp 27%, công nghiệp 28%,
dịch vụ 45%" gives the share (tỷ trọng) of each sector in that structure.

A structure ("cơ cấu kinh tế", "cơ cấu GRDP", "cơ cấu lao động") is split into parts
that add up to the whole, so a percentage listed after it, with no verb of its own, is
the part's share: "tỷ trọng dịch vụ trong cơ cấu kinh tế".

>>> structure_before("đến năm 2020, cơ cấu kinh tế: nông nghiệp 27%", 0, 40)
'cơ cấu kinh tế'
>>> structure_before("cơ cấu kinh tế chuyển dịch đúng hướng, thu ngân sách tăng 9%", 0, 40)
''
>>> structure_before("cơ cấu kinh tế gồm: nông nghiệp 38%; công nghiệp 27%; dịch vụ 35%", 0, 54)
'cơ cấu kinh tế'
>>> structure_before("cơ cấu kinh tế: nông nghiệp 38%, thu ngân sách 90 tỷ; dịch vụ 35%", 0, 54)
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft

# "cơ cấu kinh tế:", "cơ cấu kinh tế theo giá hiện hành:", "cơ cấu lao động của tỉnh hiện
# là:", "cơ cấu giá trị sản xuất gồm" (a name of four words at most, none of them a verb:
# "cơ cấu kinh tế chuyển dịch: ..." says how it moves), "cơ cấu GRDP gồm", "trong cơ cấu
# GRDP,": the structure opens the list (a colon, "gồm" or "là", or "trong ..." and a comma).
_STRUCTURE: Final = re.compile(
    r"(?P<whole>cơ cấu(?: (?!(?:chuyển|tiếp|được|đã|đang|có)\b)[^\W\d_]+){1,4}?)"
    r"(?:\s+(?:năm \d{4}|theo giá [^\W\d_]+(?: [^\W\d_]+)?(?: \d{4})?|"
    r"(?:ước|dự kiến)(?: đạt)?|(?:sau|đến|tới) năm \d{4}|của(?: [^\W\d_]+){1,3}?|hiện(?: nay)?))*"
    r"\s*(?::|\s(?:gồm|là)\b)"
    r"|trong (?P<within>cơ cấu(?: [^\W\d_]+){1,3}?)\s*,"
)
# Between the structure and the item: only other items of the list.
_LIST_ENDS: Final = re.compile(r"[.]|\b(?:tăng|giảm|đạt)\b")
# An item of the list with its share and nothing else ("công nghiệp - xây dựng 27,14%"): a
# semicolon after such items only separates them ("cơ cấu giá trị sản xuất gồm: nông
# nghiệp 38,52%; công nghiệp - xây dựng 27,14%; dịch vụ 34,34%"); after anything else,
# a share with a verb of its own ("chiếm") among them, it closes the list.
_SHARE_ITEM: Final = re.compile(r"\s*:?\s*(?![^;]*\bchiếm\b)[^\W\d_][^;:\d]*?\s\d[\d.,]*\s*%\s*")
_SHARE_WORD: Final = re.compile(r"^(?:tỷ|tỉ) trọng\s+")


def structure_before(low: str, floor: int, end: int) -> str:
    """The structure whose list the words before `end` (from `floor`) are in, or ""."""
    at = low.rfind("cơ cấu", floor, end)
    if at < 0:
        return ""
    opened = _STRUCTURE.match(low, max(floor, at - 6 if low.startswith("trong", at - 6) else at))
    if opened is None:
        return ""
    if _LIST_ENDS.search(low, opened.end(), end):
        return ""
    if low.find(";", opened.end(), end) >= 0:
        items = low[opened.end() : end].split(";")[:-1]
        if not all(_SHARE_ITEM.fullmatch(item) for item in items):
            return ""
    return opened.group("whole") or opened.group("within") or ""


def structure_share(low: str, norm: str, draft: Draft, sentence_start: int, named: str) -> str:
    """The share named for a percentage listed under a structure, or ""."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.text != "%" or draft.carried:
        return ""
    if low.find("cơ cấu", sentence_start, draft.anchor) < 0:
        return ""  # the structure must be named before it (looked up in its sentence only)
    lowered = named.lower()
    if not named or "cơ cấu" in lowered:
        return ""
    part = _SHARE_WORD.sub("", named)
    if names_measure(part.lower()):
        return ""  # "... cơ cấu kinh tế: thu nhập bình quân đạt ...": a measure of its own
    whole = structure_before(low, sentence_start, draft.anchor)
    if not whole:
        return ""
    start = low.find(whole, sentence_start)
    written = norm[start : start + len(whole)]
    return f"tỷ trọng {part} trong {written[:1].lower()}{written[1:]}"
