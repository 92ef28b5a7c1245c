"""The twenty-fifth round's shortcuts for speed each give what the plain reading gave: the
patterns they skip would have found nothing, and the searches they start later find the
same matches (random texts built from the pieces the patterns read)."""

from __future__ import annotations

import random

from tiendo.extract import (
    aims,
    current_levels,
    earlier_when,
    from_levels,
    money_of_acts,
    remaining_levels,
    year_ends,
)

_PIECES = (
    "cùng kỳ", "cùng kì", "năm", "2023", "trước", "ngoái", "khi", "khi grdp", "chỉ tăng",
    "quý", "tháng", "đầu", "cuối", "tiên", "của", "nay", "hai", "ba", "2", "3", "những",
    "các", "10", ",", ";", ".", "(", ")", ":", "\n", "\t", "x", "đ", "thu",
)  # fmt: skip


def _texts(seed: int, count: int, pieces: tuple[str, ...] = _PIECES) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        chosen = rng.choices(pieces, k=rng.randint(0, 24))
        texts.append("".join(piece + rng.choice(("", " ", " ", "  ")) for piece in chosen))
    return texts


def test_earlier_when_asks_its_pattern_only_where_khi_stands() -> None:
    endings = _texts(26, 4000, ("năm", "2023", "trước", "cùng kỳ", ",", "khi", "thu", "đạt"))
    for text, ending in zip(_texts(25, 4000), endings, strict=True):
        text += ending
        plain = earlier_when._WHEN.search(text)
        assert earlier_when.after_earlier_when(text) is (plain is not None)
        time = earlier_when.earlier_time(text, 2024)
        assert (time is None) is (plain is None)


def test_year_ends_searches_from_the_units_as_finditer_does() -> None:
    near = (
        "hai",
        "3",
        "những",
        "quý đầu",
        "tháng cuối",
        "tiên của",
        "năm",
        "2023",
        "nay",
        "\t",
    )
    for text in _texts(27, 2000) + _texts(28, 2000, near):
        expected = [(m.span(), m.groups()) for m in year_ends._PART.finditer(text)]
        assert [(m.span(), m.groups()) for m in year_ends._parts(text)] == expected


_LEVEL_PIECES = (
    "lên", "xuống", "còn", "xuống còn", "giảm", "mức", "từ", "từ mức", "khoảng", "gần",
    "trên", "mục tiêu", "kế hoạch", "vượt", "bằng", "so với", "và", "đạt", "thu", "5",
    "12,5", "%", ",", ";", ":", ".", "(", "\t",
)  # fmt: skip


def test_the_level_gates_hide_no_match() -> None:
    # last_level_year and level_now ask their patterns only where a word every match
    # holds stands in the window; the pattern then finds what it found before.
    for text in _texts(29, 1500, _LEVEL_PIECES):
        for end in range(len(text) + 1):
            window = max(0, end - 14)
            if from_levels._TO_LEVEL_BEFORE.search(text, window, end):
                assert any(text.find(w, window, end) >= 0 for w in ("lên", "còn", "xuống"))
            window = max(0, end - 12)
            if current_levels._FROM.search(text, window, end):
                assert text.find("từ", window, end) >= 0


def test_remains_in_reads_as_the_lazy_pattern() -> None:
    for text in _texts(30, 3000, _LEVEL_PIECES):
        assert remaining_levels._remains_in(text) is (
            remaining_levels._REMAINS.match(text) is not None
        )


def test_aim_content_searches_from_its_first_noun() -> None:
    for text in _texts(31, 1500, _LEVEL_PIECES):
        for end in range(0, len(text) + 1, 3):
            window = max(0, end - 40)
            plain = aims._AIM_CONTENT.search(text, window, end)
            nouns = [text.find(w, window, end) for w in ("mục tiêu", "kế hoạch")]
            first = min((at for at in nouns if at >= 0), default=-1)
            found = aims._AIM_CONTENT.search(text, first, end) if first >= 0 else None
            assert (found and (found.span(), found.group(1))) == (
                plain and (plain.span(), plain.group(1))
            )


def test_money_measure_looks_at_the_last_letter_as_the_pattern_would() -> None:
    import re

    for last in ("n", "á", "í"):  # of "số tiền", "trị giá", "kinh phí"
        folded = re.compile(last, re.IGNORECASE)
        for code in range(0x30000):
            if folded.fullmatch(chr(code)):
                assert chr(code) in money_of_acts._MONEY_LAST
    pieces = ("Tổng", "số tiền", "SỐ TIỀN", "trị giá", "Kinh phí", "với", "hỗ trợ", "2", " ")
    for text in _texts(33, 3000, pieces):
        plain = money_of_acts._MONEY.match(text.strip())
        assert money_of_acts.money_measure(text) == (plain.group("measure") if plain else "")
