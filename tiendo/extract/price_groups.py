"""The groups of a price index's release, named by their index.

"Chỉ số giá tiêu dùng tháng 3 tăng 0,5% so với tháng trước. Trong các nhóm tăng mạnh, giáo
dục tăng 2,1%, giao thông tăng 1,4%": once the release has named its index and speaks of
its groups ("các nhóm", "có 4 nhóm tăng giá"), each bare rise of a group is the move of
that group's price index ("chỉ số giá nhóm giáo dục"), not of education or transport as a
sector of the economy. A name that is itself a price or an index ("giá vàng", "chỉ số giá
đô la Mỹ", "lạm phát cơ bản") keeps its own.

>>> group_index_name("ngành may mặc")
'chỉ số giá nhóm may mặc'
>>> group_index_name("nhóm hàng ăn và dịch vụ ăn uống")
'chỉ số giá nhóm hàng ăn và dịch vụ ăn uống'
>>> group_index_name("giá vàng")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# The index of the release, as the figure before names it.
_INDEX: Final = re.compile(r"\b(?:chỉ số giá|cpi)\b")
# Names that are a price, an index or a rate of their own, or more than a group's name.
_OWN_MEASURE: Final = re.compile(
    r"\b(?:giá|chỉ số|cpi|lạm phát|tỷ lệ|tỉ lệ|bình quân|khu vực|thành thị|nông thôn)\b|\d"
)
# Words a sector reading or the list put before the group's name.
_LEAD: Final = re.compile(r"^(?:ngành|nhóm|lĩnh vực)\s+")
# The release's groups spoken of between the index and the figure.
_GROUPS: Final = re.compile(r"\bnhóm\b")


def group_index_name(named: str) -> str:
    """'chỉ số giá nhóm <group>' for a bare group's name, else ''."""
    lowered = named.lower()
    if not named or len(named.split()) > 9 or _OWN_MEASURE.search(lowered):
        return ""
    group = _LEAD.sub("", named)
    return f"chỉ số giá nhóm {group}" if group else ""


def price_group(
    draft: Draft, named: str, sentences: tuple[list[Draft], list[Draft]], low: str
) -> str:
    """The name of a bare rise of a group listed after its price index's move, else ''."""
    if draft.quantity is not None or not draft.comparisons:
        return ""
    if any(c.measure != "change" for c in draft.comparisons):
        return ""
    sentence, previous = sentences
    index = next(
        (
            d
            for d in reversed(previous + sentence)
            if d.anchor < draft.anchor
            and d.quantity is None
            and _INDEX.search(d.indicator.lower())
            and not d.indicator.lower().startswith("chỉ số giá nhóm")
        ),
        None,
    )
    if index is None:
        return ""
    if _GROUPS.search(low, index.anchor, draft.anchor) is None:
        return ""
    if low.find(".", index.anchor, draft.item_start) >= 0 and not _GROUPS.search(
        low, low.rfind(".", index.anchor, draft.item_start), draft.anchor
    ):
        return ""  # a sentence after the index's that speaks of no group
    return group_index_name(named)
