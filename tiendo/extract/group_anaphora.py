"""A group named again by "<group> này" inside a longer name: the group it points back to.

"Điện thoại và linh kiện là nhóm hàng xuất khẩu lớn nhất ...; nhập khẩu nhóm hàng này đạt
8,7 tỉ USD": the group was named by the copula before it, so the figure is "nhập khẩu điện
thoại và linh kiện". "Mục tiêu thu nhập bình quân đầu người của đồng bào dân tộc thiểu số
... Năm 2023, thu nhập bình quân của nhóm này đạt 28,6 triệu đồng": the same measure "of"
the group was named before, whole; the figure is that measure. "Khối này nộp ngân sách
10.366 tỷ đồng", with no group named either way: the group is no part of what is measured,
and the name is what the group did ("nộp ngân sách").

A bare "<group> này" (the whole name) is read by naming's own anaphora rule; a place named
again ("tại 6 xã này", "khu vực này xảy ra") names no group of these nouns' kind.

>>> group_referent("nhập khẩu nhóm hàng này", "sau 8 tháng, điện thoại và linh kiện là "
...     "nhóm hàng có giá trị lớn nhất; ", [])
'nhập khẩu điện thoại và linh kiện'
>>> group_referent("thu nhập bình quân của nhóm này", "",
...     ["thu nhập bình quân đầu người của đồng bào dân tộc thiểu số"])
'thu nhập bình quân đầu người của đồng bào dân tộc thiểu số'
>>> group_referent("Khối này nộp ngân sách", "", [])
'nộp ngân sách'
>>> group_referent("nhóm hàng này", "", [])
''
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# Nouns that name a group of goods, firms or people, not a place.
_GROUP: Final = r"(?:nhóm hàng|nhóm ngành|nhóm|khối|mặt hàng|ngành hàng)"
_GROUP_AGAIN: Final = re.compile(rf"(?<![^\W_]){_GROUP} này(?![^\W_])", re.IGNORECASE)
# "X là nhóm hàng ...": the copula names the group; X runs back to the clause's start.
_NAMED_AS: Final = re.compile(
    rf"(?:^|[,;:.(])\s*([^,;:.()]{{3,80}}?)\s+là\s+{_GROUP}\b", re.IGNORECASE
)
# Words that open a clause before its subject ("sau 8 tháng năm 2019" ends at its comma).
_OPENERS: Final = re.compile(r"^(?:trong đó|riêng|còn|và|đặc biệt|hiện nay|hiện)\s+", re.IGNORECASE)
_OF_GROUP: Final = re.compile(rf"\s+của\s+{_GROUP} này$", re.IGNORECASE)


def group_referent(named: str, before: str, said: Sequence[str]) -> str:
    """The name with "<group> này" read back to its group (`before`: the text before
    the figure, `said`: the names said before it), or "" when it holds none or
    is nothing but the anaphor."""
    found = _GROUP_AGAIN.search(named)
    if found is None or found.end() - found.start() == len(named.strip()):
        return ""
    of_group = _OF_GROUP.search(named)
    if of_group is not None:
        # "thu nhập bình quân của nhóm này": the last name of that measure "of" someone.
        measure = named[: of_group.start()].lower()
        for earlier in reversed(said):
            folded = earlier.lower()
            at = folded.find(measure)
            if at >= 0 and folded.find(" của ", at + len(measure)) >= 0:
                return earlier[at:]
    group = _named_as(before)
    if group:
        return f"{named[: found.start()]}{group}{named[found.end() :]}"
    if found.start() == 0:
        return named[found.end() :].strip()  # "Khối này nộp ngân sách": what it did
    return ""


def _named_as(before: str) -> str:
    """The group the last copula before names ("điện thoại và linh kiện là nhóm hàng")."""
    if " là " not in before:
        return ""
    found = list(_NAMED_AS.finditer(before))
    return _OPENERS.sub("", found[-1].group(1).strip()) if found else ""
