"""A group named with "như" before its first example is named by the example.

"Một số sản phẩm giảm như bia (giảm 6,12%) và tinh bột mì (giảm 1,37%)": the fall is the
beer's; "một số sản phẩm giảm" only says which examples follow, as "như:" with a colon
does ("một số sản phẩm tăng khá như: điện sản xuất tăng 15,2%"). A group is some, many or
all of a kind of thing (products, goods, branches, crops). Examples listed together that
share one figure ("các cây trồng chính như lúa, ngô, thuốc lá đều đạt 100% kế hoạch") leave
the group its name; a name without such a group
before "như" ("giá trị sản xuất như năm trước") is left as it is, and so are places, which
`list_items.item_name` reads.

>>> example_item("một số sản phẩm giảm như bia")
'bia'
>>> example_item("Nhiều mặt hàng xuất khẩu chủ lực tăng cao như hàng dệt may")
'hàng dệt may'
>>> example_item("các cây trồng chính như lúa, ngô, thuốc lá")
''
>>> example_item("giá trị sản xuất như năm trước")
''
>>> example_after_basis("một số sản phẩm", "Một số sản phẩm tăng so với 2023 như xi măng tăng ")
'xi măng'
"""

from __future__ import annotations

import re
from typing import Final

_GROUP: Final = (
    r"^(?:một số|nhiều|các|những|hầu hết(?: các)?|phần lớn(?: các)?)\s+"
    r"(?:sản phẩm|mặt hàng|nhóm hàng|hàng hóa|hàng hoá|ngành|lĩnh vực|loại cây|cây trồng"
    r"|loại|nhóm|chỉ tiêu|thị trường)\b"
)
_GROUP_SUCH_AS: Final = re.compile(_GROUP + r"[^,;:()]{0,60}?\s+như\s+(?=\S)", re.IGNORECASE)
_GROUP_ALONE: Final = re.compile(_GROUP, re.IGNORECASE)
# The group's rise said with its basis before "như": "một số sản phẩm tăng cao so với cùng
# kỳ như tivi tăng 36,6%". The basis is read off the name, and the example with it; the
# example is the words after "như" up to its own verb (and the word that grades it).
_BASIS_SUCH_AS: Final = re.compile(
    r"\bso(?:\s+với)?\s+[^,;:()]{1,40}?\s+như:?\s+([^,;:()]+?)\s+(?:tăng|giảm)(?:\s+\S+)?\s*$",
    re.IGNORECASE,
)


def example_item(named: str) -> str:
    """The example a group's name leads to with "như", or "" (see the module)."""
    found = _GROUP_SUCH_AS.match(named)
    if found is None:
        return ""
    example = named[found.end() :].strip()
    if "," in example or " và " in example:
        return ""  # several examples sharing the figure: the group is what it is of
    return example if 0 < len(example.split()) <= 6 else ""


def example_after_basis(named: str, before_number: str) -> str:
    """The example after a group's basis ("… tăng so với cùng kỳ như tivi tăng"), or ""."""
    if _GROUP_ALONE.match(named) is None:
        return ""
    found = _BASIS_SUCH_AS.search(before_number)
    if found is None:
        return ""
    example = found.group(1).strip()
    if " và " in example:
        return ""  # several examples sharing the figure: the group is what it is of
    return example if len(example.split()) <= 6 else ""
