"""Items of a list named only by their part: "Kim ngạch xuất khẩu hàng dệt may đạt 320
triệu USD, giày dép 150 triệu USD, thủy sản 95 triệu USD" gives the export value of
footwear and of seafood, not "giày dép" and "thủy sản".

The first item names the measure and its part; every later item in the same unit with
no verb and no measure of its own names only a part, and shares the head of the item
before it (named in full in its turn).

>>> headed("Kim ngạch xuất khẩu hàng dệt may", "giày dép")
'Kim ngạch xuất khẩu hàng giày dép'
>>> headed("Giá trị sản xuất ngành nông nghiệp", "lâm nghiệp")
'Giá trị sản xuất ngành lâm nghiệp'
>>> headed("Tổng đàn trâu", "bò"), headed("Thu ngân sách", "Định Quán")
('Tổng đàn bò', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft, same_unit_before
from tiendo.extract.level_lists import item_name
from tiendo.extract.reached import measure_of_clause
from tiendo.extract.traded_parts import traded_item

# A bare item: a few lower-case words, no number, no verb, no word of a time or a place.
# ("điện tử - linh kiện": two words a dash joins are one item)
_BARE_ITEM: Final = re.compile(r"^[^\W\d_A-ZĐ][^\W\d_]*(?: (?:[-–] )?[^\W\d_]+){0,3}$")
_NOT_BARE: Final = re.compile(
    r"\b(?:đạt|là|có|tăng|giảm|còn|được|chiếm|bằng|với|trong|của|năm|tháng|quý|huyện|tỉnh"
    r"|xã|thành phố|toàn|khoảng|trên|dưới|gần|hơn|và|ước|dự kiến|gồm)\b"
)

_BOUNDS: Final = (" trên", " dưới", " gần", " hơn", " khoảng")
# A budget's columns, which name the same measure as the item before ("dự toán …, quyết
# toán …"): a bound after them goes with the amount.
_COLUMNS: Final = frozenset(("quyết toán", "dự toán", "thực hiện", "kế hoạch"))
_PART: Final = re.compile(r"^trong đó\s*:?\s*")
_BOTH_TRADES: Final = re.compile(
    r"\b(?:xuất|nhập)(?:\s+khẩu)?\s*(?:,|và|-|–)?\s*(?:xuất|nhập) khẩu$"
)


def headed(first: str, item: str) -> str:
    """`item` with the head that `first` (the list's first item, in full) names, or ""."""
    name = item_name(first, item)
    if not name or not first.lower().endswith(name.lower()) or item[:1].isupper():
        return ""
    head = first[: len(first) - len(name)].strip()
    if not head or not names_measure(head.lower()):
        return ""
    return f"{head} {item}"


def sibling_headed(draft: Draft, earlier: list[Draft], low: str, norm: str) -> str:
    """The name of a bare item listed after a figure of the same unit in its sentence, or
    "" when the figure is no such item."""
    quantity = draft.quantity
    if quantity is None or quantity.unit.kind == "percent" or draft.carried or draft.named:
        return ""
    if draft.respective is not None:
        return ""
    written = norm[draft.item_start : draft.anchor]
    # "Hàng hóa nhập khẩu đạt 3,5 tỷ USD; trong đó máy móc thiết bị 1,1 tỷ USD": a part
    # of goods traded, named before the trade verb, is traded too (the breakdown gave it
    # the whole's head, "kim ngạch", so its own words are what must name no measure).
    parted = "trong đó" in written  # a plain look-up first: most items have none
    if not parted and names_measure(draft.indicator):
        return ""
    item = " ".join(written.split()).strip(" ,;:")
    if item.endswith(_BOUNDS) and item.rsplit(" ", 1)[0] in _COLUMNS:
        # "…, quyết toán trên 393.000 tỉ đồng": the bound is the amount's, not the column's.
        item = item.rsplit(" ", 1)[0]
    part = _PART.match(item) if parted else None
    if parted and part is None and names_measure(draft.indicator):
        return ""
    if part is not None:
        item = item[part.end() :]
        if names_measure(item.lower()):
            return ""
    if not _BARE_ITEM.match(item) or not item.islower() or _NOT_BARE.search(item):
        return ""
    if part is not None:
        return _traded_part(draft, earlier, item)
    before = [d for d in same_unit_before(draft, earlier) if d.sentence == draft.sentence]
    if not before or ":" in low[before[-1].anchor : draft.item_start]:
        return ""  # a colon after the item before opens a breakdown of its own
    previous = before[-1]
    return (
        traded_item(previous.indicator, item)
        or _after_named_item(previous, item, norm)
        or headed(previous.indicator, item)
        or priced_item(previous.indicator, item, quantity.unit.text)
    )


# The price a list of goods opens with: "giá", "giá bán", "giá thu mua".
_PRICE_HEAD: Final = re.compile(r"^giá(?: (?:bán|mua|thu mua|bán lẻ|bình quân))?(?= )", re.I)
_RANGE_OPENING: Final = re.compile(r"\s+(?:từ|ở mức|khoảng)$")


def priced_item(first: str, item: str, unit: str) -> str:
    """'giá tôm chân trắng bình quân 150 nghìn đồng/kg, tôm sú 200 nghìn đồng/kg': goods
    listed after a price in a price's unit (money per a measure) are priced too, by the
    head the first item's name opens with; "" otherwise.

    >>> priced_item("giá lúa tươi bình quân", "ngô hạt", "đồng/kg")
    'giá ngô hạt'
    """
    head = _PRICE_HEAD.match(first)
    if head is None or "đồng/" not in unit:
        return ""
    goods = _RANGE_OPENING.sub("", item)  # "tôm sú từ 200 - 250 nghìn đồng/kg"
    return f"{head.group(0)} {goods}" if goods else ""


def _after_named_item(previous: Draft, item: str, norm: str) -> str:
    """'Dệt may, da giày xuất khẩu đạt 680 triệu USD; túi xách 154 triệu USD; điện tử -
    linh kiện 207 triệu USD': after an item the list named in full ('kim ngạch xuất khẩu
    túi xách'), the next takes the head that item's own words were added to."""
    written = " ".join(norm[previous.item_start : previous.anchor].split()).strip(" ,;:")
    name = previous.indicator
    if not written or len(written) >= len(name) or not name.lower().endswith(" " + written):
        return ""
    head = name[: len(name) - len(written)].strip()
    return f"{head} {item}" if names_measure(head.lower()) else ""


def _traded_part(draft: Draft, earlier: list[Draft], item: str) -> str:
    """The name of a part after "trong đó" of the whole right before it, when the whole
    names its goods before the trade verb; its unit may be another of the same kind
    ("2,1 tỷ USD, trong đó hàng dệt may 700 triệu USD")."""
    assert draft.quantity is not None
    kind = draft.quantity.unit.kind
    wholes = [
        d
        for d in earlier
        if d.anchor < draft.anchor and d.sentence == draft.sentence and d.quantity is not None
    ]
    if not wholes or wholes[-1].quantity is None or wholes[-1].quantity.unit.kind != kind:
        return ""
    # "kim ngạch xuất, nhập khẩu …, trong đó xuất khẩu 65,7 tỷ USD": a part that is a
    # trade of its own, or a whole that names both trades, has no goods to replace.
    whole = wholes[-1].indicator
    if "khẩu" in item or _BOTH_TRADES.search(whole.lower()):
        return ""
    return traded_item(whole, item)


# Verbs that name a measure by its first word: "thu ngân sách", "chi ngân sách".
_MEASURE_VERBS: Final = ("thu", "chi", "giải ngân", "huy động", "xuất khẩu", "nhập khẩu")


def repeated_verb(indicator: str, earlier: Draft | None) -> str:
    """'Năm 2023, thu ngân sách đạt 4.500 tỷ đồng. Năm 2022 thu được 4.100 tỷ đồng': a bare
    verb that opens the measure named just before, in the same unit, is that measure.

    >>> repeated_verb("thu", None)
    ''
    """
    if earlier is None or earlier.quantity is None or indicator.lower() not in _MEASURE_VERBS:
        return ""
    named = earlier.indicator
    opens = named.lower().removeprefix("tổng ")  # "Tổng thu ngân sách …; tháng 9, thu …"
    return named if opens.startswith(indicator.lower() + " ") else ""


# A measure that names nothing measured until an object follows it.
_BARE_MEASURE: Final = re.compile(
    r"^(?:tổng\s+)?(?:sản lượng|năng suất|diện tích|doanh thu|giá trị sản xuất|giá trị"
    r"|kim ngạch|tổng đàn)$",
    re.IGNORECASE,
)


def measure_of_subject(draft: Draft, earlier: list[Draft], low: str, norm: str) -> str:
    """A bare measure of a later clause ("Cây cà phê có diện tích 12.500 ha, sản lượng
    35.000 tấn"; "Hoạt động du lịch tiếp tục khởi sắc, doanh thu đạt 3.150 tỷ đồng") is
    of the subject the sentence named first, or ""."""
    measure = draft.indicator
    if not _BARE_MEASURE.match(measure) or draft.carried:
        return ""
    before = [d for d in earlier if d.anchor < draft.anchor and d.sentence == draft.sentence]
    if before and before[-1].quantity is not None:
        for other in reversed(before):
            head = _BARE_MEASURE_HEAD.match(other.indicator)
            thing = _ACTIVITY.sub("", other.indicator[head.end() :].strip()) if head else ""
            if thing and len(thing.split()) <= 3 and not _NOT_A_THING.search(thing.lower()):
                return f"{measure} {thing}"  # "diện tích Cây cà phê": "sản lượng Cây cà phê"
        return ""
    opening = low.rfind(".", 0, draft.anchor) + 1
    comma = low.rfind(",", opening, draft.anchor)
    if before or comma < 0 or low.rfind(",", opening, comma) >= 0:
        return ""
    return measure_of_clause([norm[opening:comma], f" đạt {measure}"])


_BARE_MEASURE_HEAD: Final = re.compile(
    r"^(?:tổng\s+)?(?:sản lượng|năng suất|diện tích|doanh thu|giá trị sản xuất|giá trị"
    r"|kim ngạch|tổng đàn)\s",
    re.IGNORECASE,
)
# The work done on the thing measured, and words that are no thing at all.
# ("diện tích gieo sạ": the work alone, no thing)
_ACTIVITY: Final = re.compile(
    r"^(?:(?:gieo trồng|gieo cấy|gieo sạ|trồng mới|trồng|xuống giống)(?:\s+|$))+"
)
_NOT_A_THING: Final = re.compile(r"\b(?:bình quân|thu hoạch|đã|được|vụ|cạo|tiêu thụ|chung)\b")


# A level set beside the figure's own: "cao hơn mức bình quân chung của cả nước (55%)".
_SET_BESIDE: Final = re.compile(
    r"^(?:cao hơn|thấp hơn|nhanh hơn|chậm hơn)\s+(?:so với\s+)?(?:mức\s+)?"
    r"(?:tăng(?!\s+trưởng)\s+)?",
    re.IGNORECASE,
)


def set_beside(indicator: str, earlier: Draft | None) -> str:
    """The measure named just before, for whom the words after "cao hơn mức" name, or "".

    >>> set_beside("cao hơn mức bình quân chung của cả nước", None)
    ''
    """
    # Every match holds "hơn", so an "ơ" (either case, to a pattern ignoring case): most
    # indicators hold none, and the match is not tried.
    if "ơ" not in indicator and "Ơ" not in indicator:
        return ""
    beside = _SET_BESIDE.match(indicator)
    if beside is None or earlier is None or not earlier.indicator:
        return ""
    rest = indicator[beside.end() :].strip()
    return f"{earlier.indicator} {rest}".strip() if rest else ""
