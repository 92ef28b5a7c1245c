"""A figure said in the clause of a cause: "nguồn thu vượt dự toán nhờ kinh tế thành phố
ước tăng trưởng 16,5%", "giá trị xuất khẩu tăng mạnh do sản lượng cà phê tăng 12%".

The number belongs to the clause after "nhờ" / "do" (thanks to, because of): its subject
is the cause ("kinh tế thành phố", "sản lượng cà phê"), and the effect said before it,
with its own verb, is another statement.

>>> after_cause("giá trị xuất khẩu tăng mạnh do sản lượng cà phê")
'sản lượng cà phê'
>>> after_cause("kế hoạch vốn do tỉnh giao")
''
"""

from __future__ import annotations

import re
from typing import Final

# The effect ends with a predicate (a rise, a fall, a plan passed, a thing held), then the
# cause opens.
_CAUSE: Final = re.compile(
    r"^.+?\s(?:tăng|giảm|khá|mạnh|nhanh|cao|thấp|dự toán|kế hoạch|soát|ổn định|vượt)"
    r"\s+(?:nhờ|do|là do|chủ yếu do|chủ yếu nhờ)\s+(?P<cause>\S.*)$",
    re.IGNORECASE,
)


def after_cause(named: str) -> str:
    """The cause's words, for a name that holds an effect then its cause, or ""."""
    if " nhờ " not in named and " do " not in named:  # the cheap test first
        return ""
    found = _CAUSE.match(named)
    return found.group("cause").strip() if found else ""
