"""A verb that makes something happen, before what it made happen: "khiến", "làm", "giúp",
"gây ra". What was made to happen names the figure ("mưa lớn làm 1.250 ha lúa ngập"), so
the verb goes; "làm việc", "làm ăn", "làm giàu" are acts of their own and stay.

>>> without_causative("làm hư hỏng")
'hư hỏng'
>>> without_causative("làm việc trong tỉnh")
'làm việc trong tỉnh'
"""

from __future__ import annotations

import re
from typing import Final

_CAUSATIVE: Final = re.compile(
    r"^(?:khiến cho|khiến|làm cho|làm(?!\s+(?:việc|ăn|giàu|chủ)\b)|giúp|gây ra|gây)(?:\s+|$)",
    re.IGNORECASE,
)
# (the Kelvin sign is "k" to a pattern that ignores case: a look at the first letter first,
# then at the next two: "khiến", "làm", "giúp", "gây"; "ı" and "İ" are "i" to it too)
_INITIALS: Final = "kK\u212alLgG"
_SECONDS: Final = "hHàÀiI\u0130\u0131âÂ"
_THIRDS: Final = "iI\u0130\u0131mMúÚyY"


def without_causative(text: str) -> str:
    """`text` without the causative verb it opens with, if any (the same string if none)."""
    if text[:1] in _INITIALS and text[1:2] in _SECONDS and text[2:3] in _THIRDS:
        return _CAUSATIVE.sub("", text)
    return text
