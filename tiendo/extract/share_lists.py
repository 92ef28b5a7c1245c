"""Items that go on with a figure which is only a share of a plan or budget.

"Diện tích lúa đạt 101,2% kế hoạch, ngô đạt 97,5%, rau các loại 104,3%": the first item
says the share and its basis, the next ones only their share; the basis is stated once for
the list (a basis stated once for several figures applies to each), so 97,5% is the share
of the plan for ngô, not a level of 97,5%. So for "thu ngân sách đạt 56,2% dự toán, chi
ngân sách 47,3%" and "sản lượng lúa bằng 102,4% kế hoạch năm, sản lượng ngô 98,1%".

Only a list of shares goes on so: the figure before must have no level of its own ("đạt
12.300 ha, bằng 101% kế hoạch, ngô 97%" leaves the 97% alone), be the figure right before
the item, and the item must be a name with no verb of its own but "đạt" or "bằng" (the
caller checks that it names no rate: "tỷ lệ che phủ rừng 42%" stays a level).

>>> from tiendo.extract.clauses import Draft
>>> from tiendo.extract.figure import Comparison
>>> share = Draft(0, 0, 0, 0, 30, comparisons=[Comparison("plan", "ratio", 101.2, "kế hoạch")])
>>> shares_only(share, [share], ", ngô đạt ")
True
>>> shares_only(share, [share], "; trong khi đó ngô đạt ")
False
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# A sibling item: a comma or a semicolon, then a name (no number, no clause of its own),
# then at most the verb of a share: ", ngô đạt ", "; chi ngân sách ", ", diện tích lạc ".
_SIBLING: Final = re.compile(r"^\s*[,;]\s*[^\W\d][^\d%;:.()]{0,50}?(?:\s+(?:đạt|bằng))?\s*$")
# Words that open a clause of another kind rather than another item of the list, or name
# a rate, whose percentage is its level: "độ che phủ rừng đạt 42%", "bảo hiểm y tế 92%".
_NOT_AN_ITEM: Final = re.compile(
    r"\b(?:trong khi|nhưng|song|tuy|riêng|so với|so|cao hơn|thấp hơn|ước|dự kiến|kế hoạch"
    r"|dự toán|chỉ tiêu|cùng kỳ|năm|tháng|quý|độ|che phủ|bao phủ|bảo hiểm|chỉ số|hệ số"
    r"|tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng)\b"
)


# "được" with a verb after it is part of a name ("số người được đào tạo nghề 48,5%", "số
# lao động được giải quyết việc làm"), not the verb that states a level ("được 48,5%").
_PASSIVE_IN_NAME: Final = re.compile(r"\bđược(?=\s+[^\W\d_])")


def named(item: str) -> str:
    """`item` without the "được" of a passive inside its name."""
    return _PASSIVE_IN_NAME.sub(" ", item)


def shares_only(previous: Draft, drafts: list[Draft], item: str) -> bool:
    """True when `item`, the words between the share-only figure `previous` and a bare
    percentage, name the next item of a list of shares of the same plan."""
    if previous.quantity is not None or not drafts or drafts[-1] is not previous:
        return False
    if len(previous.comparisons) != 1:
        return False  # "đạt 101% kế hoạch, tăng 3%": more than a share was said of it
    return _SIBLING.match(item) is not None and _NOT_AN_ITEM.search(item) is None


def share_item(low: str, previous_end: int, item_start: int, lead_start: int) -> str:
    """The words of the item before a bare percentage at `lead_start`, from `item_start`,
    or from `previous_end` (the end of the share before it) where only a semicolon stands
    between: "A đạt 19% dự toán; B 15,5%; C 45,2%" lists B in a clause of its own."""
    if previous_end < item_start and not low[previous_end:item_start].strip(" ;"):
        return low[previous_end:lead_start]
    return low[item_start:lead_start]
