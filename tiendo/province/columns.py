"""The columns of the communes' table, as the screens name them in their links
(?sap-xep=ti-le, ?sap-xep=-ti-le for the other way), and the links that sort by them."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from tiendo.periods import Period

SORT_PARAM = "sap-xep"
# (Vietnamese slug, key of tiendo.progress.communes, heading)
COLUMNS = (
    ("ten", "name", "Xã, phường"),
    ("gia-tri", "value", "Số liệu"),
    ("ke-hoach", "plan", "Kế hoạch"),
    ("ti-le", "ratio", "% kế hoạch"),
    ("trang-thai", "status", "Trạng thái"),
    ("ky", "period", "Kỳ số liệu"),
    ("xa-cu", "predecessors", "Các xã cũ (trước sáp nhập)"),
)
_BY_SLUG = {slug: key for slug, key, _ in COLUMNS}
_BY_KEY = {key: slug for slug, key, _ in COLUMNS}


def read_sort(text: str | None) -> tuple[str, bool]:
    """'-ti-le' -> ('ratio', True); anything else sorts by name."""
    text = (text or "").strip()
    descending = text.startswith("-")
    key = _BY_SLUG.get(text.removeprefix("-"))
    return (key, descending) if key else ("name", False)


@dataclass(frozen=True)
class Heading:
    label: str
    url: str
    # "ascending", "descending" or "none", as aria-sort wants it.
    aria_sort: str


def headings(sort: str, descending: bool, keep: dict[str, str]) -> list[Heading]:
    """One link per column: sorted by it, or the other way if it is the current one.
    Figures open with the largest first, statuses with the best."""
    found = []
    for slug, key, label in COLUMNS:
        current = key == sort
        if current:
            next_descending = not descending
        else:
            next_descending = key in ("value", "ratio", "period", "predecessors")
        query = {**keep, SORT_PARAM: ("-" if next_descending else "") + slug}
        state = "none"
        if current:
            state = "descending" if descending else "ascending"
        found.append(Heading(label, "?" + urlencode(query), state))
    return found


def sort_code(sort: str, descending: bool) -> str:
    return ("-" if descending else "") + _BY_KEY.get(sort, "ten")


def period_choices(year: int) -> list[Period]:
    """The cumulative periods reports use in a target's year: quý I to cả năm."""
    return [Period(year, 1, 3), Period(year, 1, 6), Period(year, 1, 9), Period(year, 1, 12)]
