"""Searches cut down to where their matches can stand: the same answers as the patterns
they stand in for, on random text."""

from __future__ import annotations

import random

from tiendo.extract.ranking import _PLACE_LEVEL

_PIECES = (
    "năm", "nămx", "xnăm", "tháng", "quý", "nay", "ngay", "hiện", "ngày", "vụ", "sáng",
    "chiều", "trưa", "tối", "đêm", "Năm", "2024", "_", "²", "ª", "\u0307", "İ", " ", " ", ",",
    "(", ":", "-", "\n", "a", "đạt", "là", "mức", "Quảng Ninh", "tỉnh", ";", "xếp", "đ",
)  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(0, 12))) for _ in range(count)]


def test_a_place_level_is_matched_at_the_last_comma_as_a_search_finds_it() -> None:
    # ranking.framed_place matches _PLACE_LEVEL at the last comma (or the start) only.
    found = 0
    ends = ("", " đạt", " là mức ", " là", "đạt ")
    for text in (text + random.Random(text).choice(ends) for text in _texts(27, 20000)):
        plain = _PLACE_LEVEL.search(text)
        match = _PLACE_LEVEL.match(text, max(0, text.rfind(",")))
        assert (match and (match.span(), match.group("subject"))) == (
            plain and (plain.span(), plain.group("subject"))
        ), text
        found += plain is not None
    assert found > 1000
