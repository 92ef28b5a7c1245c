"""The members of a count, listed by their names after it, are no part of its name.

"4/8 huyện đạt chuẩn gồm Chợ Gạo, Gò Công Tây, Gò Công Đông và Cai Lậy", "có thêm 08 xã
đạt chuẩn, gồm Giáo Hiệu, Bộc Bố (Pác Nặm), ...": the names after "gồm" say which
districts or communes were counted, not what the count measures ("huyện đạt chuẩn").

>>> without_members("huyện đạt chuẩn gồm Chợ Gạo, Gò Công Tây, Gò Công Đông")
'huyện đạt chuẩn'
>>> without_members("xã đạt chuẩn, gồm Giáo Hiệu")
'xã đạt chuẩn'
>>> without_members("hộ gồm hộ nghèo và cận nghèo")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import VIETNAMESE_UPPER

_MEMBERS: Final = re.compile(
    r",?\s+(?:gồm|bao gồm|gồm có|là các|gồm các)\s+"
    r"(?:(?:các\s+)?(?:xã|huyện|phường|thị xã|thị trấn|thành phố|tỉnh|quận|tx\.?|tp\.?)\s+)?"
    rf"[{VIETNAMESE_UPPER}]"
)


def without_members(named: str) -> str:
    """`named` without the members listed by name after "gồm", or "" when it lists none."""
    if "gồm" not in named and " là các " not in named:  # the cheap test first
        return ""
    found = _MEMBERS.search(named)
    if found is None or found.start() == 0:
        return ""
    return named[: found.start()].rstrip(" ,")
