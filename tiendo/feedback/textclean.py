"""Clean what citizens type before it is stored: NFC, no control characters.

>>> clean_text("  Ho\\u0300a\\x00 Bi\\u0300nh \\r\\n")
'Hòa Bình'
>>> clean_text("Dòng 1\\r\\nDòng 2", multiline=True)
'Dòng 1\\nDòng 2'
"""

from __future__ import annotations

import unicodedata

from tiendo.vietnamese import nfc

# Bidirectional overrides can make a message display differently from what it
# says (a "Trojan source" trick), so they go along with the C0/C1 controls.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def _is_unwanted(char: str, multiline: bool) -> bool:
    if multiline and char == "\n":
        return False
    if char in _BIDI_CONTROLS:
        return True
    return unicodedata.category(char) == "Cc"


def clean_text(value: str, *, multiline: bool = False) -> str:
    """NFC, line breaks unified to \\n (kept only when multiline), control characters
    dropped, tabs made spaces, surrounding blanks trimmed."""
    text = nfc(value).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        text = " ".join(text.split("\n"))
    cleaned = "".join(ch for ch in text if not _is_unwanted(ch, multiline))
    if not multiline:
        cleaned = " ".join(cleaned.split())
    return cleaned.strip()
