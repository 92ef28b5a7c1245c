"""Output counted in a measure word: "gạch nung đạt 320 triệu viên", "giày dép 45 triệu
đôi", "điện thoại thông minh ước đạt 21,6 triệu sản phẩm". The product named before the
number is what is counted; "viên", "đôi", "cái", "chiếc", "sản phẩm" only say by what
pieces, and add no word to its name (where "120 lượt khách" names the visitors counted).
Only with a scale before them ("triệu", "nghìn"): a bare "45 sản phẩm OCOP" counts the
products themselves.

>>> counts_output("triệu viên"), counts_output("nghìn sản phẩm"), counts_output("sản phẩm")
(True, True, False)
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.lexicon import MULTIPLIERS

_PIECES: Final = frozenset({"viên", "đôi", "cái", "chiếc", "tấm", "sản phẩm"})


def counts_output(unit: str) -> bool:
    """True when `unit` is a scale and a measure word of output ("triệu viên")."""
    scale, _, piece = unit.partition(" ")
    return scale in MULTIPLIERS and piece in _PIECES
