"""Units of measure as Vietnamese reports write them, and the factor between two
spellings of one measure at different scales.

A commune reports revenue in "triệu đồng" while the district's target is in "tỷ
đồng"; a value moves from one to the other by a power of ten, never by guesswork:

>>> factor("triệu đồng", "tỷ đồng")
0.001
>>> factor("nghìn tấn", "tấn")
1000.0
>>> factor("ha", "tấn") is None
True
>>> factor("km²", "ha")
100.0
"""

from __future__ import annotations

from tiendo.extract.units import read_unit
from tiendo.vietnamese import normalize

# Longest first, so that "nghìn tỷ" is not read as "nghìn" + "tỷ ...".
_SCALES: tuple[tuple[str, int], ...] = (
    ("nghìn tỷ", 12),
    ("ngàn tỷ", 12),
    ("trăm triệu", 8),
    ("chục triệu", 7),
    ("tỷ", 9),
    ("triệu", 6),
    ("trăm nghìn", 5),
    ("chục nghìn", 4),
    ("nghìn", 3),
    ("ngàn", 3),
    ("vạn", 4),
)
# "tỷ" alone, in a report, means tỷ đồng ("nghìn" or "triệu" alone may count anything).
_MONEY_ALONE = {"tỷ", "nghìn tỷ", "ngàn tỷ"}
_IMPLIED_BASE = "đồng"
_BASE_SPELLINGS = {
    "đ": "đồng", "vnđ": "đồng", "vnd": "đồng", "đồng việt nam": "đồng",
    "héc ta": "ha", "hécta": "ha", "hecta": "ha", "hec ta": "ha",
}  # fmt: skip
# Areas at other scales than the hectare: (power of ten, "ha"). 1 km² = 100 ha.
_AREAS = {"km2": 2, "km²": 2, "ki lô mét vuông": 2, "m2": -4, "m²": -4, "mét vuông": -4}
# Abbreviated scales: "tr.đồng", "trđ".
_SHORT_FORMS = {"tr.đồng": "triệu đồng", "tr. đồng": "triệu đồng", "trđ": "triệu đồng"}


def spelled(unit: str) -> str:
    """One spelling per unit: NFC, new tone placement, lower case, single spaces,
    "tỉ" as "tỷ"."""
    words = normalize(unit).lower().split()
    text = " ".join("tỷ" if word == "tỉ" else word for word in words)
    return _SHORT_FORMS.get(text, text)


def split_scale(unit: str) -> tuple[int, str]:
    """(power of ten, base measure): split_scale("triệu đồng") == (6, "đồng"),
    split_scale("km²") == (2, "ha")."""
    text = spelled(unit)
    for word, power in _SCALES:
        if text == word:
            return power, _IMPLIED_BASE if word in _MONEY_ALONE else ""
        if text.startswith(word + " "):
            return _in_hectares(power, text[len(word) + 1 :])
    return _in_hectares(0, text)


def _in_hectares(power: int, base: str) -> tuple[int, str]:
    base = _BASE_SPELLINGS.get(base, base)
    if base in _AREAS:
        return power + _AREAS[base], "ha"
    return power, base


def factor(from_unit: str, to_unit: str) -> float | None:
    """What a value in `from_unit` is multiplied by to be in `to_unit`; None when
    they measure different things (or one is unknown while the other is not)."""
    if spelled(from_unit) == spelled(to_unit):
        return 1.0
    from_power, from_base = split_scale(from_unit)
    to_power, to_base = split_scale(to_unit)
    if not from_base or from_base != to_base:
        return None
    return 10.0 ** (from_power - to_power)


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """`value` in `from_unit` expressed in `to_unit`, rounded off float noise:
    convert(123400, "triệu đồng", "tỷ đồng") == 123.4."""
    scale = factor(from_unit, to_unit)
    if scale is None:
        return None
    return round(value * scale, 9)


class UnitMismatch(ValueError):
    """Two units that measure different things: no factor turns one into the other."""


def into_unit(value: float | None, unit: str, target_unit: str) -> float | None:
    """`value`, written in `unit`, in `target_unit`. A blank unit on either side means
    the target's own (nothing to convert); different measures raise UnitMismatch.

    >>> into_unit(4500.0, "triệu đồng", "tỷ đồng"), into_unit(7.0, "", "ha")
    (4.5, 7.0)
    """
    if value is None or not unit.strip() or not target_unit.strip():
        return value
    converted = convert(value, unit, target_unit)
    if converted is None:
        raise UnitMismatch(f"{unit!r} does not convert to {target_unit!r}")
    return converted


def is_counted(unit: str) -> bool:
    """True for a unit that counts whole things ("đảng viên", "hộ", "xã"), whose values
    are printed without decimals: "3.460 đảng viên", never "3.460,0 đảng viên". A scaled
    count ("nghìn lượt khách") or a rate ("người/km²") may have decimals.

    >>> is_counted("đảng viên"), is_counted("nghìn lượt khách"), is_counted("tỷ đồng")
    (True, False, False)
    """
    text = " " + normalize(unit).strip()
    found = read_unit(text.lower(), 0, text) if text.strip() else None
    return found is not None and found.kind == "count" and split_scale(unit)[0] == 0
