"""What the things counted had to undergo: "có 1.200 người phải sơ tán".

"phải" after a count says either what the things must reach or do ("14 xã phải đạt chuẩn",
"3 chỉ tiêu phải phấn đấu thêm": an aim, a target) or what befell them ("1.200 người phải
sơ tán", "35 hộ phải di dời", "40 người phải nhập viện": a report of what happened). A verb
of a plight, or of the remedy it forced, after "phải" reads the second way; a future or an
aim before "phải" ("sẽ phải di dời") keeps it ahead.

>>> undergone("người phải sơ tán"), undergone("hộ dân phải di dời đến nơi an toàn")
(True, True)
>>> undergone("xã phải đạt chuẩn"), undergone("hộ sẽ phải di dời"), undergone("")
(False, False, False)
"""

from __future__ import annotations

import re
from typing import Final

# The counted noun's words (a few), "phải", then a verb of a plight or its remedy.
_UNDERGONE: Final = re.compile(
    r"^(?:(?!sẽ\b|cần\b|phấn\b|dự\b)\S+\s+){0,3}?(?:buộc\s+)?phải\s+"
    r"(?:sơ tán|di dời|di chuyển|nhập viện|cấp cứu|điều trị|cách ly|nghỉ học|nghỉ việc|"
    r"ngừng|tạm dừng|tạm ngừng|dừng|đóng cửa|chịu|tiêu hủy|tiêu huỷ|gieo cấy lại|"
    r"gieo trồng lại|trồng lại|ở nhờ|thôi việc|bỏ học)\b"
)


def undergone(tail: str) -> bool:
    """True when lower-case `tail` (the words after a count's number) says what the things
    counted had to undergo, not what they must do."""
    return "phải" in tail and _UNDERGONE.match(tail) is not None
