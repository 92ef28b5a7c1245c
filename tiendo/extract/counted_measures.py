"""A bare measure right after a count is the measure of the things counted.

"Tỉnh đã quyết định chủ trương đầu tư 9 dự án, tổng vốn 1.195,6 tỷ đồng": the capital
is the projects' capital ("tổng vốn dự án"); "có 26 cánh đồng lớn, diện tích trên 3.687
ha" is the fields' area; "57 liên kết theo chuỗi giá trị với quy mô 14.267 ha, sản
lượng 250.165 tấn" gives the scale and the output of those links.

>>> bare_measure("tổng vốn"), bare_measure("diện tích quy mô"), bare_measure("vốn điều lệ")
('tổng vốn', 'quy mô', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.money_of_acts import money_of_act
from tiendo.extract.units import counted_noun

_BARE: Final = re.compile(
    r"^(?:diện tích\s+)?(?P<measure>diện tích|(?:tổng\s+)?vốn(?: đầu tư| đăng ký)?|kinh phí|"
    r"tổng kinh phí|quy mô|sản lượng|tổng mức đầu tư|trị giá|giá trị|công suất|"
    r"tổng diện tích|tổng công suất)$",
    re.IGNORECASE,
)
_WITH_MONEY: Final = re.compile(r"^[\s,]*với(?:\s+(?:tổng số|số|khoảng|hơn|trên|gần))?\s*$")
_LONGEST_TAIL: Final = 6
_LONGEST_THING: Final = 5  # words of a crop's name ("cây ăn quả các loại")
_CLAUSE_IN_TAIL: Final = re.compile(r"\b(?:được|đã|đang|có|với|tại|trên|của|do|cho)\b")
_MEASURES: Final = (
    r"diện tích|tổng diện tích|(?:tổng\s+)?vốn(?: đầu tư| đăng ký)?|kinh phí|tổng kinh phí|"
    r"quy mô|sản lượng|tổng mức đầu tư|trị giá|giá trị|công suất|tổng công suất|năng suất"
)
# Between the count (or a measure of the same things) and the number: a comma or "với",
# the measure, and its verb or bound words ("2 cánh đồng măng tây xanh 56,65 ha": none).
_GAP: Final = re.compile(
    rf"^[\s,]*(?:(?:với|có|cho)\s+)?(?:(?:{_MEASURES})(?:\s+thu hoạch)?(?=\s|$))?"
    r"(?:\s+(?:là|đạt|ước|ước đạt|khoảng|trên|gần|hơn|xấp xỉ))*\s*$"
)


def bare_measure(named: str) -> str:
    """The measure word alone that `named` is, or ""."""
    found = _BARE.match(named.strip())
    return found.group("measure") if found else ""


def of_counted(draft: Draft, named: str, earlier: list[Draft], low: str) -> str:
    """The measure of what the count just before counted, or ""."""
    quantity = draft.quantity
    if quantity is None:
        return ""
    if quantity.unit.kind == "count" and bare_measure(named).lower() != "quy mô":
        # (a scale may be counted: "692 dự án nhà ở xã hội với quy mô 633.559 căn" is the
        # projects' scale in dwellings; any other count counts things of its own)
        return ""
    if act := money_of_act(draft, named, earlier, low):
        return act  # "xây 7 căn nhà với tổng số tiền 350 triệu đồng": the act's money
    measure = bare_measure(named)
    if (
        not measure
        and quantity.unit.kind == "money"
        and _WITH_MONEY.match(low[draft.item_start : quantity.lead_start])
    ):
        # "70 dự án đầu tư nước ngoài với 600 triệu USD": the capital of the projects.
        measure = "vốn"
    if not measure:
        return ""
    before = [d for d in earlier if d.anchor < draft.anchor and d.quantity is not None]
    lead = quantity.lead_start
    for other in reversed(before):
        counted = other.quantity
        if counted is None or not _GAP.match(low[counted.extent_end : lead]):
            return ""
        if counted.unit.kind == "count":
            # A long description after the noun is a clause of its own ("dự án được cấp
            # giấy chứng nhận đầu tư ..."): the noun alone says what the measure is of.
            tail = _CLAUSE_IN_TAIL.split(counted.tail, maxsplit=1)[0].strip()
            tail = tail if len(tail.split()) <= _LONGEST_TAIL else ""
            thing = f"{counted_noun(counted.unit.text)} {tail}".strip()
            return f"{measure} {thing}"
        lead = counted.lead_start  # "với quy mô 14.267 ha, sản lượng 250.165 tấn": the same
    return ""


# A measure of a crop or a product, then what it is of: "năng suất lúa bình quân".
_MEASURE_OF_THING: Final = re.compile(
    r"^(?:tổng\s+)?(?:năng suất|sản lượng|diện tích(?: gieo trồng| thu hoạch)?)"
    r"(?:\s+(?:xong|được))?\s+(?P<thing>.+)$",
    re.IGNORECASE,
)
_NOT_THING: Final = re.compile(
    r"\s+(?:bình quân|trung bình|ước|ước đạt|cả năm)(?=\s|$)", re.IGNORECASE
)
_ACT: Final = re.compile(r"\b(?:đã|được|thu hoạch|gieo|cạo|xuống giống|trồng|chung|vụ|này|đó)\b")
# ("82.805 ha cây ăn quả, cho sản lượng 450.000 tấn": the crop "gives" its output)
_CROP_MEASURE: Final = re.compile(
    r"^(?:cho\s+)?(?P<measure>(?:năng suất|sản lượng|diện tích)(?: thu hoạch)?)$", re.IGNORECASE
)
# The work done on a crop, after the crop's name: "bắp gieo trồng", "lúa thu hoạch".
_SOWN_AFTER: Final = re.compile(
    r"(?<=\S)\s+(?:gieo trồng|gieo cấy|thu hoạch|xuống giống|trồng(?: được)?)$"
)
# The farming of a crop or a stock before its name: "diện tích nuôi tôm nước lợ" is the
# area of the shrimp; its output is "sản lượng tôm nước lợ".
_FARMED_BEFORE: Final = re.compile(r"^nuôi(?:\s+trồng)?\s+(?=\S)")


# "lúa 2.875 ha (+54 ha), sản lượng 11.633 tấn": the difference in parentheses after the
# measure before stands between the two as well.
_PAREN_GAP: Final = re.compile(r"\s*\([^()]{0,40}\)")
# "diện tích nuôi tôm 639.761 ha, tăng 5,5% so với cùng kỳ, sản lượng 216.811 tấn": the
# item's own rise (or share of a plan) after its measure stands between the two as well.
_RISE_GAP: Final = re.compile(
    r"(?:\s*(?:,|và)\s*(?:tăng|giảm|bằng|đạt)\s+(?:nhẹ\s+|khoảng\s+)?\d[\d.,]*\s*%"
    r"(?:\s+(?:so\s+(?:với\s+)?)?(?:cùng kỳ|cùng vụ|vụ trước|kế hoạch|năm)"
    r"(?:\s+(?:năm\s+)?(?:trước|ngoái|\d{4}))?)?){1,2}"
)


def of_thing_before(draft: Draft, named: str, earlier: list[Draft], low: str) -> str:
    """'năng suất lúa bình quân 61,4 tạ/ha, sản lượng 36,39 vạn tấn': a bare crop measure
    listed after another one is of the same thing, or ""."""
    quantity = draft.quantity
    crop_measure = _CROP_MEASURE.match(named.strip()) if quantity is not None else None
    if crop_measure is None:
        return ""
    # (a rise of the item between the two is no item of its own: _RISE_GAP reads it)
    before = [
        d
        for d in earlier
        if d.anchor < draft.anchor and d.quantity is not None and d.quantity.unit.text != "%"
    ]
    thing = thing_measured_before(draft, before[-1], low) if before else ""
    return f"{crop_measure.group('measure')} {thing}" if thing else ""


def thing_measured_before(draft: Draft, before: Draft, low: str) -> str:
    """The thing the crop measure of `before`, the figure just before `draft`, is of, when
    only a bare measure word parts them ("ngô 300 ha, sản lượng 1.200 tấn": "ngô"), or ""."""
    quantity, other_quantity = draft.quantity, before.quantity
    if quantity is None or other_quantity is None:
        return ""
    gap_start = other_quantity.extent_end
    paren = _PAREN_GAP.match(low, gap_start, quantity.lead_start)
    gap_start = paren.end() if paren else gap_start
    rise = _RISE_GAP.match(low, gap_start, quantity.lead_start)
    if not _GAP.match(low[rise.end() if rise else gap_start : quantity.lead_start]):
        return ""
    other = _MEASURE_OF_THING.match(before.indicator)
    if other is None:
        return ""
    thing = _NOT_THING.sub("", " " + other.group("thing")).strip()
    sown = _SOWN_AFTER.search(thing.lower())
    if sown is not None:
        thing = thing[: sown.start()]  # "diện tích bắp gieo trồng": the crop is "bắp"
    farmed = _FARMED_BEFORE.match(thing.lower())
    thing = thing[farmed.end() :] if farmed else thing
    if not thing or not _short_things(thing) or _ACT.search(thing.lower()):
        return ""  # "diện tích đã cạo mủ": what was done, not what it was done to
    return thing


def _short_things(thing: str) -> bool:
    """True when `thing` is one short noun phrase, or two joined by "và" ("cây ăn quả và
    cây sơn tra"): the crops of both measures; a longer run of words is a clause."""
    if " và " not in thing:
        return len(thing.split()) <= _LONGEST_THING
    parts = thing.split(" và ")
    return len(parts) == 2 and all(0 < len(part.split()) <= _LONGEST_THING for part in parts)
