"""Vietnamese phone numbers: accept what people type, store one canonical form.

>>> normalize_phone("+84 912 345 678")
'0912345678'
>>> normalize_phone("024.3825.1234")
'02438251234'
>>> normalize_phone("12345") is None
True
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s.\-()]")
# Mobile: 10 digits on the 03, 05, 07, 08 and 09 networks (since the 2018 renumbering).
_MOBILE = re.compile(r"0[35789]\d{8}")
# Landline: 0 + area code starting with 2 + subscriber number, 11 digits in all.
_LANDLINE = re.compile(r"02\d{9}")


def normalize_phone(raw: str) -> str | None:
    """The number as 0XXXXXXXXX, or None when it is not a Vietnamese phone number."""
    digits = _SEPARATORS.sub("", raw.strip())
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("84") and len(digits) in (11, 12):
        digits = "0" + digits[2:]
    if _MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits):
        return digits
    return None
