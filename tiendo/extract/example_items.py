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
"""

from __future__ import annotations

import re
from typing import Final

_GROUP_SUCH_AS: Final = re.compile(
    r"^(?:một số|nhiều|các|những|hầu hết(?: các)?|phần lớn(?: các)?)\s+"
    r"(?:sản phẩm|mặt hàng|nhóm hàng|hàng hóa|hàng hoá|ngành|lĩnh vực|loại cây|cây trồng"
    r"|loại|nhóm|chỉ tiêu|thị trường)\b[^,;:()]{0,60}?\s+như\s+(?=\S)",
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
