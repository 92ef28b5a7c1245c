"""A measure named again by its bare head word, once its full name has been given.

Reports name a measure in full once ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ
tiêu dùng tháng 4 đạt ...") and then go on with its head alone ("Tính chung 4 tháng,
tổng mức đạt ..."). The head alone names nothing a reader could tell apart: it stands
for the full name said before, as a pronoun would.

The full name is looked for among the names of the passage said so far: no scan of the
text, and an index of those names rather than a walk through all of them.
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.said_names import SaidNames

# Heads that need a complement to name a measure. A sector or a thing counted ("xã",
# "lúa") names something by itself, so it is no such head. ("sản lượng" alone is of the
# crop its clause names, which a later reading finds: "70 ha cao su ... với sản lượng".)
_BARE_HEADS: Final = frozenset(
    {
        "tổng mức", "chỉ số", "kim ngạch", "tổng kim ngạch", "giá trị", "tổng giá trị",
        "doanh thu", "tổng doanh thu", "tổng vốn",
        "vốn thực hiện", "tổng", "tổng thu", "tổng chi", "tốc độ tăng", "tốc độ tăng trưởng",
    }
)  # fmt: skip


_BARE_OPENINGS: Final = tuple(f"{head} " for head in _BARE_HEADS)


# An adjective of comparison left as a name ("cao hơn mức 17%"): it names nothing.
_COMPARATIVES: Final = frozenset(
    {"cao", "thấp", "lớn", "nhỏ", "nhiều", "ít", "cao hơn", "thấp hơn"}
)


def recalled(named: str, said: SaidNames, draft: Draft, sentence: list[Draft]) -> str:
    """The full name, said earlier in the passage, that the bare head `named` stands for;
    `named` itself when it is no bare head or none was said."""
    lowered = named.lower()
    if lowered in _COMPARATIVES and said:
        # "..., thấp hơn mức 0,03% của giai đoạn trước": the level the measure just named
        # is compared with is a level of that measure.
        return said.last
    if lowered not in _BARE_HEADS:  # the common case: one set look-up
        return shortened(named, lowered, said)
    if draft.quantity is None and any(d.anchor < draft.anchor for d in sentence):
        # "khối lượng 580 nghìn tấn, trị giá 339 triệu USD; sản lượng tăng 9% và kim ngạch
        # tăng 16%": a bare rise after figures of its own sentence is theirs.
        return named
    # The first one said: a measure is named in full first, its parts ("..., trong đó
    # khai khoáng") come after it with its name before their own.
    return said.index(_first_by_bare_head).get(lowered + " ", named)


def _first_by_bare_head(found: dict[str, str], name: str, position: int) -> None:
    """Keep the first name said that opens with each bare head (and a blank)."""
    folded = name.lower()
    if folded.startswith(_BARE_OPENINGS):
        for opening in _BARE_OPENINGS:
            if opening not in found and folded.startswith(opening):
                found[opening] = name


# Heads of the long names that reports shorten when they name them again.
_LONG_NAME_HEADS: Final = ("tổng mức", "chỉ số", "doanh thu", "kim ngạch", "tổng vốn", "vốn đầu tư")
# What the longer name goes on with when it is no longer name of the same measure.
_NOT_THE_NAME: Final = ("và ", "của ", "trên ", "tại ", "ở ", "cả ", "toàn ", "so ")


def shortened(named: str, lowered: str, said: SaidNames) -> str:
    """The long name said first that `named` shortens: "tổng mức bán lẻ" for "tổng mức bán
    lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", named in full earlier."""
    if not lowered.startswith(_LONG_NAME_HEADS) or " " not in lowered:
        return named
    longer = said.index(_first_by_short_name).get(lowered)
    if longer is None or lowered in said.index(_each_name):
        # "Chỉ số sản xuất công nghiệp tăng 5%, trong đó chỉ số sản xuất công nghiệp chế
        # biến ... Tính chung, chỉ số sản xuất công nghiệp ...": a name said as it is is a
        # measure of its own (the whole its parts' names open with), no short name.
        return named
    return longer


def _each_name(found: dict[str, bool], name: str, position: int) -> None:
    """Keep every name said, lowered."""
    found[name.lower()] = True


def _first_by_short_name(found: dict[str, str], name: str, position: int) -> None:
    """Keep, for each short name a long name said opens with, the first long name."""
    folded = name.lower()
    if not folded.startswith(_LONG_NAME_HEADS) or any(ch.isdigit() for ch in name):
        return
    at = folded.find(" ")
    while at >= 0:
        rest = folded[at + 1 :]
        if len(rest.split()) < 3:
            return  # the longer the short name, the fewer words the rest holds
        # "tổng mức bán lẻ hàng hóa | và doanh thu dịch vụ": a part of the whole, not its
        # short name; "kim ngạch xuất khẩu | của cả nước": the place was another
        if not rest.startswith(_NOT_THE_NAME):
            found.setdefault(folded[:at], name)
        at = folded.find(" ", at + 1)


def named_by_this(lowered: str, said: SaidNames) -> str:
    """The name said last that "<head> này" points back to: "tổng mức này" is the last
    "tổng mức ..." named, not whatever was named last; "" when none was."""
    head = pointed_head(lowered)
    if not head or " " not in head:
        return ""  # "số này", "mức này": too bare to pick one name out
    if len(head.split()) <= _HEAD_WORDS:  # as naming asks: "<head> này" of 4 words at most
        return said.index(_last_by_head).get(head, "")
    opening = head + " "
    for earlier in reversed(said.names):
        folded = earlier.lower()
        if folded.startswith(opening) or folded == head:
            return earlier
    return ""


def pointed_head(lowered: str) -> str:
    """The head "<head> này" points back with ("chỉ số này" gives "chỉ số"), or ""."""
    return lowered[: -len(" này")].strip() if lowered.endswith(" này") else ""


_HEAD_WORDS: Final = 3


def _last_by_head(found: dict[str, str], name: str, position: int) -> None:
    """Keep the last name said that is, or opens with, each head of a few words."""
    folded = name.lower()
    at = folded.find(" ")
    while at >= 0:
        head = folded[:at]
        if len(head.split()) > _HEAD_WORDS:
            return  # the name's longer openings hold more words still
        found[head] = name
        at = folded.find(" ", at + 1)
    if len(folded.split()) <= _HEAD_WORDS:
        found[folded] = name


# What `recalled` asks first, for a caller that asks it of many names: a lowered name
# that is none of RECALLED_NAMES and opens with none of RECALLED_OPENINGS is returned as
# it was.
RECALLED_NAMES: Final = _BARE_HEADS | _COMPARATIVES
RECALLED_OPENINGS: Final = _LONG_NAME_HEADS
