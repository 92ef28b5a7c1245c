"""Vietnamese text and number conventions shared by every part of tiendo.

Pure Python: extract, progress and the Django apps all use it.

>>> same_word("thuỷ", "thủy")
True
>>> search_key("Bảo Thắng - Đảng bộ")
'bao thang - dang bo'
>>> format_number(1234.5)
'1.234,5'
>>> parse_number("1.234,5")
1234.5
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Old style puts the tone on the second vowel of "oa", "oe", "uy" (hoà, thuỷ);
# the new style on the first (hòa, thủy). Both are correct Vietnamese, so every
# comparison folds them onto one placement: the new one.
_OLD_TO_NEW = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
# The same pairs in capitals ("THUỶ") and capitalised ("Uỷ ban").
_OLD_TO_NEW.update(
    {
        case(old): case(new)
        for old, new in list(_OLD_TO_NEW.items())
        for case in (str.upper, str.capitalize)
    }
)
# Only the pair that ends an open syllable changes: in "hoàn", "toán", "khuỷu" the
# tone rightly sits on the second vowel in both styles, and the u of "quý" belongs
# to the consonant. One regular expression, so megabytes fold at C speed.
_OLD_STYLE_PAIR = re.compile(
    "(?<![qQ])(?:" + "|".join(map(re.escape, _OLD_TO_NEW)) + ")(?![^\\W\\d_])"
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold_tone_placement(text: str) -> str:
    """Rewrite old-style tone placement as new style, keeping the length unchanged.

    >>> fold_tone_placement("Thuỷ lợi hoà bình, quý, hoàn thành")
    'Thủy lợi hòa bình, quý, hoàn thành'
    """
    return _OLD_STYLE_PAIR.sub(lambda match: _OLD_TO_NEW[match.group()], text)


def normalize(text: str) -> str:
    """NFC with new-style tone placement: the form tiendo stores and matches."""
    return fold_tone_placement(nfc(text))


def strip_diacritics(text: str) -> str:
    """'Đảng bộ Bảo Thắng' -> 'Dang bo Bao Thang' (đ is a letter of its own in Unicode)."""
    decomposed = unicodedata.normalize("NFD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D")


def search_key(text: str) -> str:
    """Lower-case, diacritic-free, single-spaced: how search compares words."""
    return " ".join(strip_diacritics(nfc(text)).lower().split())


def same_word(a: str, b: str) -> bool:
    return normalize(a).lower() == normalize(b).lower()


def format_number(value: float | int | None, decimals: int | None = None) -> str:
    """Vietnamese notation: '.' groups thousands, ',' marks decimals.

    >>> format_number(953.2, 1), format_number(1790), format_number(23.08)
    ('953,2', '1.790', '23,08')
    """
    if value is None:
        return ""
    if decimals is None:
        text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


_THOUSANDS_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_THOUSANDS_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")


class NumberError(ValueError):
    """Text that is not a number; `message_vi` says so in Vietnamese."""

    def __init__(self, text: str) -> None:
        self.message_vi = f"“{text}” không phải là số (ví dụ đúng: 1.234,5)."
        super().__init__(f"not a number: {text!r}")


def parse_number(text: str) -> float:
    """Numbers as Vietnamese staff type them: "1.234,5", "1234,5", "1.790", "-2,5".

    >>> parse_number("1.234,5"), parse_number("1.790"), parse_number("23,08")
    (1234.5, 1790.0, 23.08)
    >>> parse_number("12.5")  # one dot not followed by three digits: a decimal point
    12.5
    """
    raw = _THOUSANDS_SPACES.sub("", text.strip())
    sign = 1.0
    if raw[:1] in "+-\u2212" and raw:
        sign = -1.0 if raw[0] != "+" else 1.0
        raw = raw[1:].strip()
    if not raw:
        raise NumberError(text)
    if "," in raw:
        # Comma marks decimals, so any dot groups thousands.
        integer, _, decimals = raw.partition(",")
        integer = integer.replace(".", "")
        candidate = f"{integer}.{decimals}"
    elif _THOUSANDS_DOTS.match(raw):
        candidate = raw.replace(".", "")
    else:
        candidate = raw
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", candidate):
        raise NumberError(text)
    return sign * float(candidate)


def format_date(value: dt.date | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y")
