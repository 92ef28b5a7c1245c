from __future__ import annotations

import random

from tiendo.extract.late_names import (
    _BARE_FLOW,
    _BEAT_PLAN_THEN,
    _FLOW_FINALS,
    _PLAN_FINALS,
    _PLAN_WORD,
    _RATE_SECONDS,
    _REACHED_AFTER_COMMA,
    _SHARE_HAS,
    _SHARE_OF_PEOPLE,
)


def _with_letter(word: str, at: int) -> list[str]:
    """`word` with the letter at `at` (from the end, if negative) replaced by each character
    to U+22FF."""
    at = at % len(word)
    return [word[:at] + chr(code) + word[at + 1 :] for code in range(0x2300)]


def test_a_plan_word_or_a_bare_flow_ends_with_a_letter_looked_at_first() -> None:
    for pattern, finals, words in (
        (_PLAN_WORD, _PLAN_FINALS, ["mục tiêu", "kế hoạch", "chỉ tiêu", "giá trị kế hoạch"]),
        (_BARE_FLOW, _FLOW_FINALS, ["thu", "chi", "tổng thu", "tổng  chi"]),
    ):
        for word in words:
            for text in [*_with_letter(word, -1), word + "\n"]:
                if pattern.match(text):
                    assert text[-1:] in finals, repr(text)


def test_a_share_named_as_a_rate_has_the_letters_looked_at_first() -> None:
    for pattern, word in (
        (_SHARE_HAS, "tỷ lệ có việc làm"),
        (_SHARE_HAS, "tỉ trọng có x"),
        (_SHARE_OF_PEOPLE, "tỷ trọng hộ nghèo"),
        (_SHARE_OF_PEOPLE, "tỉ trọng số người"),
    ):
        for at in (1, 2):
            for text in _with_letter(word, at):
                if pattern.match(text):
                    assert text[1:3] in _RATE_SECONDS, repr(text)


_PIECES = [
    "vượt", "đạt", "hoàn thành", "về đích", "mức", "kế hoạch", "chỉ tiêu", "dự toán",
    "mục tiêu", "năm", "2023", ",", "ước", "khoảng", "hơn", "trên", "gần", "  ", "\n", "x",
]  # fmt: skip


def _beaten_plan(rng: random.Random) -> str:
    """A text near a plan beaten then a level reached, its words picked at random."""
    blank = lambda: rng.choice([" ", " ", "  ", "\n", "\t"])  # noqa: E731
    words = [rng.choice(_PIECES) for _ in range(rng.randint(0, 3))]
    words += [rng.choice(["vượt", "đạt", "hoàn thành", "về đích"]), rng.choice(["", "mức"])]
    words += [rng.choice(["kế hoạch", "chỉ tiêu", "dự toán", "mục tiêu"])]
    words += [rng.choice(_PIECES) for _ in range(rng.randint(0, 2))]
    text = blank().join(word for word in words if word) + rng.choice([",", ", ", ",  "])
    tail = [rng.choice(["", "ước"]), "đạt", rng.choice(["", "khoảng", "hơn", "trên", "gần"])]
    tail += [rng.choice(_PIECES) for _ in range(rng.randint(0, 1))]
    return text + blank().join(word for word in tail if word) + rng.choice(["", " ", "\n"])


def test_a_plan_beaten_then_a_level_ends_with_words_looked_up_after_the_last_comma() -> None:
    rng = random.Random(5)
    found = 0
    for _ in range(5000):
        text = _beaten_plan(rng)
        if _BEAT_PLAN_THEN.search(text):
            found += 1
            comma = text.rfind(",")
            assert "đạt" in text[comma:], repr(text)
            assert " ".join(text[comma + 1 :].split()) in _REACHED_AFTER_COMMA, repr(text)
    assert found > 500


def test_people_a_falling_share_names_open_with_the_letters_looked_at_first() -> None:
    from tiendo.extract.growth_rates import _PEOPLE
    from tiendo.extract.late_names import _may_name_people

    for word in ["số hộ nghèo", "hộ nghèo", "người dân", "trẻ em", "lao động"]:
        for at in (0, 1):
            for text in _with_letter(word, at):
                if _PEOPLE.match(text):
                    assert _may_name_people(" " + text), repr(text)
    assert not _may_name_people("tỷ lệ hộ nghèo")
