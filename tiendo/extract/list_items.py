"""Items of a list named only by a place or a market, and items of a respective list.

>>> item_name("Hội An"), item_name("trong đó nông nghiệp"), item_name("Hiện trên ")
('Hội An', '', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.member_acts import body_name
from tiendo.extract.regions import is_region, may_hold_region
from tiendo.extract.school_levels import is_school_level, may_end_with_level, without_level

# Words that may open a list item before its name ("..., còn Lệ Thủy", "như Minh Hóa"),
# also as they open the sentence that breaks down the whole before it ("Trong đó, huyện
# Cái Nước 12.000 tấn", "Cụ thể, thị trường Nhật Bản ...").
_ITEM_OPENERS: Final = re.compile(
    # (whole words only: "Lào Cai" opens on no "là", "Vàng Danh" on no "và")
    r"^(?:[\s,;:(]|(?:và|còn|riêng|như|trong đó|cụ thể|gồm|là|tại|ở|đứng đầu là|tiếp theo là)"
    r"(?![^\W_])"
    # "Xét theo thị trường, Hoa Kỳ ...": the axis the items are listed along
    r"|(?:xét |chia |phân )?theo (?:thị trường|đối tác|địa bàn|địa phương|khu vực)\b"
    r"[^,:]{0,20}[,:])*",
    re.IGNORECASE,
)
_PLACE_WORDS: Final = frozenset(
    {"huyện", "quận", "xã", "phường", "tỉnh", "thị", "trấn", "thành", "phố", "tp", "tp.", "châu"}
    | {"trường", "nước"}
)
_ITEM_VERBS: Final = frozenset({"ước", "đạt", "khoảng", "gần", "hơn", "trên", "với"})
# Words of time or linking that open a sentence with a capital: "Hiện trên 30% diện tích
# ...", "Nay khoảng 80% hộ dân ...". Alone before the number they are no name of an item;
# nor is a verb that opens a sentence on its count ("Có 308 doanh nghiệp hoạt động trở
# lại", "Đã có 12 dự án …", "Với 76,44 tỷ USD, …").
_OPENING_WORDS: Final = frozenset(
    {"hiện", "nay", "hiện nay", "còn", "song", "tuy", "nhưng", "vậy"}
    | {"có", "đã có", "đã", "với", "đạt", "ước", "ước đạt", "ước tính", "ước có", "dự kiến"}
    # ... nor is a number's own hedge ("Khoảng 60.000 tấn xuất khẩu", "Gần 500 hộ …")
    | {"khoảng", "gần", "hơn", "trên", "dưới", "chừng", "xấp xỉ", "tổng cộng", "chỉ", "mới"}
)
# "như Minh Hoá", "như thị xã Ayun Pa": a name of one to four words after the word
_SUCH_AS: Final = re.compile(r".*\s(?:như|gồm|là)\s+(?=\S+(?:\s+\S+){0,3}$)")


def item_name(pre: str) -> str:
    """The name that alone makes up a list item's words ("Duy Xuyên", "huyện Đầm Dơi",
    "châu Mỹ", "EU"), or ""."""
    if pre.islower():
        # no capital, so no name: most items are named in plain words, but for a level of
        # schooling ("…, tiểu học 98,1%")
        if not may_end_with_level(pre.strip().rstrip(" ,;:(")):
            return ""  # (the openers' pattern only for words that end as a level does)
        level = _ITEM_OPENERS.sub("", pre.strip()).strip(" ,;:(")
        return level if is_school_level(level) else ""
    pre = pre.strip().lstrip("),; ")  # "(tăng 35,1%), Quảng Trạch": after the last item
    pre = pre.rstrip("( ")  # "là quận Lê Chân (406 ca)": the number in parentheses
    listed = " như " in pre or " gồm " in pre or " là " in pre  # most items have none
    if listed:
        # "như TP Cà Mau ước 360 tỷ đồng": the item's own hedge is no word of its name
        while pre.rsplit(" ", 1)[-1] in _ITEM_VERBS and " " in pre:
            pre = pre.rsplit(" ", 1)[0].rstrip()
    such_as = _SUCH_AS.match(pre) if listed else None
    if such_as:
        pre = pre[such_as.end() :]  # "Nhiều địa phương tăng mạnh như Minh Hoá": the item
    words = _ITEM_OPENERS.sub("", pre.strip()).strip(" ,;:(").split()
    # "TP Cà Mau ước 360 tỷ đồng": the item's own verb or hedge after its name
    while len(words) > 1 and words[-1] in _ITEM_VERBS:
        words.pop()
    if body := body_name(words):
        # "Sở Tài chính 53,8%", "Khối Cơ quan Dân Chính Đảng thành phố 333 đảng viên": a
        # body, capitalised on its own name only, and often longer than a place's name
        return body
    if not 1 <= len(words) <= 5 or " ".join(words).lower() in _OPENING_WORDS:
        return ""
    if may_hold_region(words) and is_region(" ".join(words)):
        return " ".join(words)  # "Đông Nam bộ 0,3%": a region, named in sentence case
    named = [w for w in words if w.lower() not in _PLACE_WORDS]
    proper = all(w[:1].isupper() for w in named)
    opens_lower = words[0][:1].islower() and words[0].lower() not in _PLACE_WORDS
    if not named or not proper or opens_lower:
        return ""
    return " ".join(words)


# The whole's scope at the end of a list's measure: "toàn huyện", "của cả tỉnh" (not "cả
# nước": a country's total beside a province's is the measure they are compared on).
_WHOLE_SCOPE: Final = re.compile(
    r"\s+(?:của\s+|trên\s+)?(?:toàn|cả)\s+(?:huyện|tỉnh|thành phố|thị xã|quận)$"
)


def listed_name(head: str, name: str) -> str:
    """A list item named only by a place, a market or a level of schooling, under the
    list's measure: "thu ngân sách" and "Định Quán" give "thu ngân sách Định Quán"; a level
    takes the place of the level the first item was named with ("tỷ lệ phòng học kiên cố ở
    cấp mầm non" and "tiểu học" give "tỷ lệ phòng học kiên cố tiểu học")."""
    if is_school_level(name):
        head = without_level(head)
    # "năng suất lúa bình quân toàn huyện" then "xã Tân Hòa 68 tạ/ha": the whole's scope is
    # no scope of its part, whose own place takes it over.
    head = _WHOLE_SCOPE.sub("", head).strip() or head
    return f"{head} {name}"


def respective_indicator(first: Draft, first_name: str, own: str) -> str:
    """An item of a respective list named like its first item: "thu ngân sách huyện Tân
    Phú" and "Định Quán" give "thu ngân sách huyện Định Quán"."""
    named = first.indicator
    if first_name and named.lower().endswith(first_name.lower()):
        return f"{named[: len(named) - len(first_name)]}{own}".strip()
    return f"{named} {own}".strip() if named else own


# "…: chế biến thực phẩm (3,54%), dệt (8,71%)": after the item before, a name and "(" alone.
_NAME_THEN_PAREN: Final = re.compile(
    r"^[\s,;]*\)?[\s,;]*(?:và\s+)?(?=[^\W\d])([^\d%();.:]{1,60}?)\s*\($"
)
# The rate closes its parentheses, and the list goes on or ends: "(8,71%), may mặc".
_PAREN_CLOSED: Final = re.compile(r"[ \t]*\)[ \t]*(?:[,;.]|và\b|$)")


def parenthesized_item(item: str, low: str, unit_end: int) -> int | None:
    """Where the name starts in `item`, the words between the item before and a rate that
    stands alone in parentheses ("), dệt (" before "8,71%)"), or None when the parentheses
    hold more than the rate ("đồ dùng gia đình (24,4%) 16,6%": a remark on the item).

    >>> parenthesized_item("), dệt (", "), dệt (8,71%), may", 13)
    3
    >>> parenthesized_item(" đồ dùng (", " đồ dùng (24,4%) 16,6%", 15) is None
    True
    """
    if not _PAREN_CLOSED.match(low, unit_end):
        return None
    named = _NAME_THEN_PAREN.match(item)
    return named.start(1) if named else None


# The item's own words, then its share in parentheses: " hộ được cấp nước sạch (bằng".
_SHARE_AFTER: Final = re.compile(r"[^\d,;:()]{0,40}\((?:bằng|đạt)?\s*\d")


def sibling_share_basis(low: str, host: Draft, drafts: list[Draft]) -> str | None:
    """The basis words ("" when none were named) of the share in parentheses that the item
    before `host` took, when `host`'s bare share goes on with it: "ngô 3,8 nghìn ha (bằng
    79%), khoai lang 520 ha (81%)" is a list of amounts, each with its share of the same
    whole, the first one saying what the share is."""
    before = [d for d in drafts if d is not host and d.sentence == host.sentence]
    if not before or host.quantity is None:
        return None
    sibling = before[-1]
    if (
        sibling.quantity is None
        or sibling.quantity.unit.kind != host.quantity.unit.kind
        or not sibling.comparisons
        or sibling.comparisons[-1].measure != "ratio"
        or sibling.comparisons[-1].basis != "other"
        or not _SHARE_AFTER.match(low, sibling.quantity.extent_end, host.anchor)
    ):
        return None
    return sibling.comparisons[-1].basis_text
