"""Who set a plan or a budget, read from the words that named it.

A district report compares its revenue with the budget the province assigned and
with the higher one the district set itself; both are `"basis": "budget"`, and the
issuer keeps them apart.

>>> issuer_of("dự toán tỉnh giao"), issuer_of("dự toán huyện phấn đấu")
('tỉnh', 'huyện')
>>> issuer_of("dự toán HĐND thành phố giao"), issuer_of("kế hoạch TW giao"), issuer_of("dự toán")
('HĐND thành phố', 'Trung ương', '')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

# Longer names first, so "thị xã" is not read as "xã" and "thành phố" not cut short.
_LEVEL: Final = r"thành phố|tp\.?|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường"
_ISSUER: Final = re.compile(
    rf"(?<![^\W_])(?:(hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân)\s+)?"
    rf"({_LEVEL}|trung ương|tw|chính phủ|bộ)(?![^\W_])"
)
_BODY: Final = {"hội đồng nhân dân": "hđnd", "ủy ban nhân dân": "ubnd", "uỷ ban nhân dân": "ubnd"}
_NAME = {"tp": "thành phố", "tp.": "thành phố", "tw": "Trung ương", "trung ương": "Trung ương",
         "chính phủ": "Chính phủ", "bộ": "Bộ"}  # fmt: skip


@functools.lru_cache(maxsize=1024)
def issuer_of(basis_text: str) -> str:
    """The body named in a basis phrase, as a short Vietnamese name; "" if none."""
    low = unicodedata.normalize("NFC", basis_text).lower()
    match = _ISSUER.search(low)
    if match is None:
        return ""
    body, level = match.groups()
    name = _NAME.get(level, level)
    if body:
        return f"{_BODY.get(body, body).upper()} {name}"
    return name
