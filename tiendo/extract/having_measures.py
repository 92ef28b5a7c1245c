"""A measure named after the verb that has or yields it: "xã có diện tích tự nhiên 5.000
ha", "Hải Hậu cho sản lượng cao nhất, 77.380 tấn".

"có" (has) and "cho" (yields) before a measure word say that the subject has that measure;
the measure word opens the name.

>>> having("có diện tích tự nhiên")
'diện tích tự nhiên'
>>> having("cho vay ưu đãi")
''
"""

from __future__ import annotations

from typing import Final

_VERBS: Final = ("có ", "cho ")
_MEASURES: Final = (
    "diện tích", "sản lượng", "năng suất", "tổng", "doanh thu", "giá trị", "thu nhập",
    "kim ngạch", "tỷ lệ", "dân số", "quy mô", "công suất",
)  # fmt: skip


def having(named: str) -> str:
    """`named` without the verb that has the measure it names, or ''."""
    lowered = named.lower()
    if not lowered.startswith(_VERBS):  # the cheap test first
        return ""
    rest = named.split(" ", 1)[1] if " " in named else ""
    return rest if rest.lower().startswith(_MEASURES) else ""
