"""The two 8-bit Vietnamese encodings that predate Unicode in government files.

TCVN3 (also called ABC, the .VnTime fonts) gives each lower-case accented
letter a byte of its own in 0xA1-0xFE; only the seven base capitals
(Ă Â Ê Ô Ơ Ư Đ) have capital codes, because capitals with tone marks were
drawn by a second font (.VnTimeH) from the lower-case codes.

VNI (the VNI-Windows fonts) writes most accented letters as an ASCII vowel
followed by one "modifier" byte that the font draws as the accent; a few
letters (đ, ơ, ư and the i's with tones) have one byte of their own. Both
cases of the modifiers exist, matching the case of the vowel.

The tables below are written from the encodings' layouts; each byte is named
by the character Windows-1252 shows for it, which is how such files look
when opened as Latin text.

>>> decode_tcvn3(b"C\\xe9ng ho\\xb5 x\\xb7 h\\xe9i")
'Cộng hoà xã hội'
>>> decode_vni(b"Vie\\xe4t Nam")
'Việt Nam'
"""

from __future__ import annotations

import re
import unicodedata

# --- TCVN3 -------------------------------------------------------------------

# Byte -> character; bytes not listed are ASCII or unused.
_TCVN3: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # Stand-alone tone marks, placed after a vowel.
    0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip

# A line typed in the capitals font keeps lower-case codes for the toned
# letters ("CéNG HßA" for CỘNG HÒA): when every ASCII letter of a word is a
# capital, the whole word was meant in capitals.
_CAPITALS_WORD = re.compile(r"\w*[A-Z]\w*")


def decode_tcvn3(data: bytes) -> str:
    text = data.decode("latin-1").translate(_TCVN3)
    return unicodedata.normalize("NFC", _restore_capitals(text))


def _restore_capitals(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        ascii_letters = [ch for ch in word if ch.isascii() and ch.isalpha()]
        if len(ascii_letters) >= 2 and all(ch.isupper() for ch in ascii_letters):
            return word.upper()
        return word

    lines = []
    for line in text.split("\n"):
        letters = [ch for ch in line if ch.isascii() and ch.isalpha()]
        # A whole line in capitals also fixes its one-letter words ("X· HéI").
        if len(letters) >= 4 and all(ch.isupper() for ch in letters):
            lines.append(line.upper())
        else:
            lines.append(_CAPITALS_WORD.sub(fix, line))
    return "\n".join(lines)


# --- VNI ---------------------------------------------------------------------

# Modifier (lower-case form) -> the marks it adds: a shape (circumflex,
# breve, horn) and/or a tone. The capital modifiers are the same letters in
# upper case (Ù for ù ...), which Latin-1 places exactly 0x20 lower.
_COMBINING = {
    "circumflex": "\u0302", "breve": "\u0306",
    "acute": "\u0301", "grave": "\u0300", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323",
}  # fmt: skip
_VNI_MODIFIERS: dict[str, tuple[str, ...]] = {
    "ù": ("acute",), "ø": ("grave",), "û": ("hook",), "õ": ("tilde",), "ï": ("dot",),
    "â": ("circumflex",), "á": ("circumflex", "acute"), "à": ("circumflex", "grave"),
    "å": ("circumflex", "hook"), "ã": ("circumflex", "tilde"), "ä": ("circumflex", "dot"),
    "ê": ("breve",), "é": ("breve", "acute"), "è": ("breve", "grave"),
    "ú": ("breve", "hook"), "ü": ("breve", "tilde"), "ë": ("breve", "dot"),
}  # fmt: skip
# Letters that have a byte of their own.
_VNI_SINGLE = {
    "ñ": "đ", "ô": "ơ", "ö": "ư",
    "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
}  # fmt: skip


def _vni_table() -> dict[str, str]:
    """Every two-character VNI spelling (vowel + modifier) -> its Unicode letter."""
    table: dict[str, str] = {}
    for modifier, marks in _VNI_MODIFIERS.items():
        if "circumflex" in marks:
            bases = "aeo"
        elif "breve" in marks:
            bases = "a"
        else:
            bases = "aeiouy" + "ôö"  # ô and ö stand for ơ and ư
        for base in bases:
            letter = _VNI_SINGLE.get(base, base)
            composed = unicodedata.normalize(
                "NFC", letter + "".join(_COMBINING[mark] for mark in marks)
            )
            table[base + modifier] = composed
            table[base.upper() + modifier.upper()] = composed.upper()
            # Shift held for the vowel only.
            table[base.upper() + modifier] = composed.upper()
    return table


_VNI_PAIRS = _vni_table()
_VNI_SINGLES = {**_VNI_SINGLE, **{k.upper(): v.upper() for k, v in _VNI_SINGLE.items()}}
_VNI_MODIFIER_CHARS = "".join(_VNI_MODIFIERS) + "".join(_VNI_MODIFIERS).upper()
_VNI_PATTERN = re.compile(f"[aeiouyôöAEIOUYÔÖ][{_VNI_MODIFIER_CHARS}]|[{''.join(_VNI_SINGLES)}]")


def vni_to_unicode(text: str) -> str:
    """Convert text whose characters are VNI bytes seen as Windows-1252."""

    def replace(match: re.Match[str]) -> str:
        spelled = match.group(0)
        if len(spelled) == 1:
            return _VNI_SINGLES[spelled]
        # A vowel the modifier cannot go with ("ià") stays as written.
        return _VNI_PAIRS.get(spelled) or _VNI_SINGLES.get(spelled[0], spelled[0]) + spelled[1]

    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(replace, text))


def decode_vni(data: bytes) -> str:
    return vni_to_unicode(decode_cp1252_lenient(data))


def tcvn3_to_unicode(text: str) -> str:
    """Convert text whose characters are TCVN3 bytes seen as Latin-1 or Windows-1252."""
    return decode_tcvn3(encode_cp1252_lenient(text))


# Windows-1252 leaves five bytes unassigned; reading them as Latin-1 keeps the
# conversion total and reversible.
_CP1252_UNDEFINED = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})
_CP1252_CHARS = [
    chr(byte) if byte in _CP1252_UNDEFINED else bytes([byte]).decode("cp1252")
    for byte in range(256)
]
_CP1252_BYTES = {char: byte for byte, char in enumerate(_CP1252_CHARS)}


_LATIN1_TO_CP1252 = {byte: char for byte, char in enumerate(_CP1252_CHARS) if chr(byte) != char}


def decode_cp1252_lenient(data: bytes) -> str:
    return data.decode("latin-1").translate(_LATIN1_TO_CP1252)


def encode_cp1252_lenient(text: str) -> bytes:
    """Inverse of decode_cp1252_lenient; other characters (and Latin-1 ones) kept if they fit."""
    out = bytearray()
    for char in text:
        byte = _CP1252_BYTES.get(char)
        if byte is None:
            byte = ord(char) if ord(char) < 0x100 else ord("?")
        out.append(byte)
    return bytes(out)


# --- Writing (for tests and for exporting to old systems) --------------------

_TCVN3_REVERSE = {char: byte for byte, char in _TCVN3.items() if len(char) == 1}
# The one-byte letters first: VNI writes ĩ as one byte, not i + tilde.
_VNI_REVERSE: dict[str, str] = {letter: char for char, letter in _VNI_SINGLES.items()}
for _spelled, _letter in _VNI_PAIRS.items():
    # Keep the spelling whose modifier has the vowel's case.
    if _spelled[0].isupper() == _spelled[1].isupper():
        _VNI_REVERSE.setdefault(_letter, _spelled)


def encode_tcvn3(text: str) -> bytes:
    """Unicode -> TCVN3; toned capitals become their lower-case codes, as in the fonts."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        byte = _TCVN3_REVERSE.get(char, _TCVN3_REVERSE.get(char.lower()))
        if byte is None:
            byte = ord(char) if ord(char) < 0x80 else ord("?")
        out.append(byte)
    return bytes(out)


def encode_vni(text: str) -> bytes:
    """Unicode -> VNI-Windows bytes."""
    spelled = "".join(_VNI_REVERSE.get(char, char) for char in unicodedata.normalize("NFC", text))
    return encode_cp1252_lenient(spelled)


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode_windows1258(text: str) -> bytes:
    """Unicode -> Windows-1258: shaped letters (ă, ơ, ...) whole, tones as combining marks."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(ch for ch in parts if ch in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258", errors="replace")
