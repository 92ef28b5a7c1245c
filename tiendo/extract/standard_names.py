"""A place counted as "đạt chuẩn" with no standard after it meets the standard the passage
has named: after "… 33 xã đạt chuẩn nông thôn mới", "toàn tỉnh có 158 xã đạt chuẩn" counts the
communes that meet the new-rural standard, "xã đạt chuẩn nông thôn mới", and "25 xã đạt
chuẩn nâng cao" is "xã đạt chuẩn nông thôn mới nâng cao". "về đích" (reached the goal)
is said of the same standard.

The readable golds of passages that say "đạt chuẩn nông thôn mới" whole name the standard
in 49 of the 57 such counts and shares; most of the other eight close the name with words
of their own ("… đạt chuẩn năm 2020 được trình công nhận", "… đăng ký về đích năm 2019"),
which the rule leaves alone: it reads only a name that ends on the bare verb, or on
"nâng cao"/"kiểu mẫu" after it, right after the places.

>>> said = "… 33 xã đạt chuẩn nông thôn mới …"
>>> standard_named("tổng số xã đạt chuẩn", said)
'tổng số xã đạt chuẩn nông thôn mới'
>>> standard_named("xã đạt chuẩn kiểu mẫu", said), standard_named("thôn, bản về đích", said)
('xã đạt chuẩn nông thôn mới kiểu mẫu', 'thôn, bản về đích nông thôn mới')
>>> standard_named("trường đạt chuẩn", said), standard_named("xã đạt chuẩn", "nông thôn mới")
('', '')
"""

from __future__ import annotations

import re
from typing import Final

_STANDARD: Final = "nông thôn mới"
_SAID_WHOLE: Final = f"đạt chuẩn {_STANDARD}"
# How a name ends when it may close on a bare "đạt chuẩn": the callers' quick test.
GRADED_ENDS: Final = ("chuẩn", "đích", "nâng cao", "kiểu mẫu")
# The places a new-rural programme counts, one or several ("thôn, bản").
_PLACE: Final = (
    r"(?:xã|huyện|thôn|bản|ấp|khu dân cư|đơn vị cấp huyện|thị xã|thành phố|phường|thị trấn"
    r"|làng)"
)
# Places, a few words of state between ("đã", "được công nhận"), the bare verb, and the
# grade of the standard, at the end of the name.
_BARE: Final = re.compile(
    rf"\b{_PLACE}(?:, {_PLACE})* (?:đã |được công nhận |mới |hoàn thành )?(đạt chuẩn|về đích)"
    r"((?: nâng cao| kiểu mẫu)?)$",
    re.IGNORECASE,
)


def standard_named(named: str, low: str) -> str:
    """`named` with "nông thôn mới" after its bare "đạt chuẩn"/"về đích" when the passage
    (`low`, lower case) has said "đạt chuẩn nông thôn mới" whole, else ""."""
    bare = _BARE.search(named)
    # The ellipsis repeats a phrase the passage has said whole, somewhere ("… 33 xã đạt
    # chuẩn nông thôn mới …"): a passage that names the programme only ("xây dựng nông
    # thôn mới") is left alone: its golds read 19 : 1 for the standard too, but that
    # wider reading lost a figure on the calibration part.
    if bare is None or _SAID_WHOLE not in low:
        return ""
    return f"{named[: bare.end(1)]} {_STANDARD}{bare.group(2)}"
