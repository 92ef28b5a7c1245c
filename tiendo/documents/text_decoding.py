"""Bytes of a plain-text file -> Unicode text, whichever encoding wrote them.

Order of the checks: a byte-order mark; UTF-16 without one (many zero bytes);
strict UTF-8; else the 8-bit candidates (Windows-1258, TCVN3, VNI) ranked by
how many well-formed Vietnamese syllables each decoding yields. A UTF-8 file
whose letters are VNI or TCVN3 bytes seen as Latin text (a legacy font's text
pasted into a modern editor) is repaired the same way.

>>> decode_text("Việt Nam".encode("utf-8"))
('Việt Nam', 'utf-8')
>>> decode_text("Vi\\xd6t Nam".encode("latin-1"))
('Việt Nam', 'tcvn3')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from tiendo.documents.legacy_encodings import (
    decode_tcvn3,
    decode_vni,
    tcvn3_to_unicode,
    vni_to_unicode,
)
from tiendo.documents.syllables import is_vietnamese_syllable

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Punctuation that real text outside ASCII uses; other non-letters count as noise.
_NON_ASCII_NON_WORD = re.compile(r"[^\x00-\x7f\w\u0300-\u036f]")
_ORDINARY_SYMBOLS = frozenset("“”‘’–—…•°±×÷€§©®«»\u00a0\u200b\ufeff")


def vietnamese_score(text: str) -> int:
    """Well-formed non-ASCII syllables minus malformed words and stray symbols."""
    score = 0
    for match in _WORD.finditer(text):
        word = match.group(0)
        if word.isascii():
            continue
        score += 1 if is_vietnamese_syllable(word) else -1
    for char in _NON_ASCII_NON_WORD.findall(text):
        if char not in _ORDINARY_SYMBOLS and not unicodedata.category(char).startswith("L"):
            score -= 1
    return score


def _decode_cp1258(data: bytes) -> str:
    # Windows-1258 writes tones as combining marks; NFC puts them on the letter.
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


_LEGACY: list[tuple[str, Callable[[bytes], str]]] = [
    ("windows-1258", _decode_cp1258),
    ("vni", decode_vni),
    ("tcvn3", decode_tcvn3),
]


_SAMPLE_BYTES = 32_000
_UNICODE_VIETNAMESE = frozenset("ăđơưĩũĂĐƠƯĨŨ")
# Counted by the regular expression engine: a loop in Python over every character of a
# large file took 40% of `tiendo extract` on a .txt file.
_LATIN1_LETTERS = re.compile("[\xa0-\xff]")
_UNICODE_ONLY_LETTERS = re.compile("[" + "".join(sorted(_UNICODE_VIETNAMESE)) + "\u1ea0-\u1ef9]")


def _count(pattern: re.Pattern[str], text: str) -> int:
    """How many characters of `text` the one-character `pattern` matches."""
    return len(text) - len(pattern.sub("", text))


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (NFC text, encoding name). Never fails: the last resort is Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _finish(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _finish(data.decode("utf-16", errors="replace"), "utf-16")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _finish(data.decode(utf16, errors="replace"), utf16)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _repair_legacy_in_unicode(unicodedata.normalize("NFC", text))
    # The first part of the file tells the encoding as well as the whole would.
    sample = data[:_SAMPLE_BYTES].rsplit(b"\n", 1)[0] if len(data) > _SAMPLE_BYTES else data
    best_name, best_decode, best_score = "", _LEGACY[0][1], -(10**9)
    for name, decode in _LEGACY:
        score = vietnamese_score(decode(sample))
        if score > best_score:
            best_name, best_decode, best_score = name, decode, score
    return _finish(best_decode(data), best_name)


def _finish(text: str, encoding: str) -> tuple[str, str]:
    return unicodedata.normalize("NFC", text), encoding


def _utf16_without_bom(data: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' when most of one byte column is zero, else ''."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return ""
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return ""


def _repair_legacy_in_unicode(text: str) -> tuple[str, str]:
    """Undo VNI or TCVN3 text that was saved as Latin-1 characters in a UTF-8 file.

    As for the legacy encodings, the first part of the text tells as well as the whole.
    """
    sample = text[:_SAMPLE_BYTES]
    latin = _count(_LATIN1_LETTERS, sample)
    if latin < 3:
        return text, "utf-8"
    # Letters that only Unicode Vietnamese has (ạ ... ỹ, ă đ ơ ư ĩ ũ) mean the text is fine.
    unicode_only = _count(_UNICODE_ONLY_LETTERS, sample)
    if unicode_only * 10 > latin:
        return text, "utf-8"
    current = vietnamese_score(text)
    best = (text, "utf-8", current)
    for name, convert in (("utf-8 (vni)", vni_to_unicode), ("utf-8 (tcvn3)", tcvn3_to_unicode)):
        candidate = unicodedata.normalize("NFC", convert(text))
        score = vietnamese_score(candidate)
        if score > best[2]:
            best = (candidate, name, score)
    # Only a clear gain: real Unicode Vietnamese can also contain a few Latin-1 letters.
    if best[1] != "utf-8" and best[2] - current >= max(3, latin // 4):
        return best[0], best[1]
    return text, "utf-8"
