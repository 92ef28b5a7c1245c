"""Searches cut down to where their matches can stand: the same answers as the patterns
they stand in for, on random text."""

from __future__ import annotations

import random
import re

from tiendo.extract.char_scans import has_whole_word, is_word_at
from tiendo.extract.passage import _PERIOD_WORDS, _has_period_word
from tiendo.extract.ranking import _PLACE_LEVEL

_PIECES = (
    "năm", "nămx", "xnăm", "tháng", "quý", "nay", "ngay", "hiện", "ngày", "vụ", "sáng",
    "chiều", "trưa", "tối", "đêm", "Năm", "2024", "_", "²", "ª", "\u0307", "İ", " ", " ", ",",
    "(", ":", "-", "\n", "a", "đạt", "là", "mức", "Quảng Ninh", "tỉnh", ";", "xếp", "đ",
)  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(_PIECES, k=rng.randint(0, 12))) for _ in range(count)]


def test_is_word_at_is_what_a_word_character_class_matches_for_every_code_point() -> None:
    import sys

    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        assert is_word_at(chr(code), 0) == (word.match(chr(code)) is not None), hex(code)


def test_whole_words_are_found_where_a_pattern_with_word_boundaries_finds_them() -> None:
    # passage._has_period_word stands for a search of "\b(?:năm|tháng|...)\b".
    period_word = re.compile(r"\b(?:" + "|".join(_PERIOD_WORDS) + r")\b")
    found = 0
    for text in _texts(26, 20000):
        for word in ("năm", "ngày", "tối"):
            expected = re.search(rf"\b{word}\b", text) is not None
            assert has_whole_word(text, word) == expected, (text, word)
        expected = period_word.search(text) is not None
        assert _has_period_word(text) == expected, text
        found += expected
    assert found > 3000


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


def test_events_are_found_at_their_opening_words_as_a_search_finds_them() -> None:
    # festival_years.with_feasts tries _EVENT only where one of _EVENT_WORDS stands.
    from tiendo.extract.festival_years import _EVENT, _EVENT_WORDS
    from tiendo.extract.word_matches import matches_at_words

    pieces = (
        "giải", "giải ngân", "giải thể thao", "hội", "xã hội", "hội thi", "hội diễn", "hội khỏe",
        "hội khoẻ", "hội thao", "hội chợ", "liên hoan", "festival", "đại hội thể dục thể thao",
        "đại hội", "toàn quốc", "xuân", "2024", "2023 - 2024", "năm", "của", " ", ",", "x", "_",
    )  # fmt: skip
    rng = random.Random(28)
    found = 0
    for _ in range(20000):
        text = " ".join(rng.choices(pieces, k=rng.randint(0, 10)))
        expected = [(m.span(), m.groups()) for m in _EVENT.finditer(text)]
        assert [(m.span(), m.groups()) for m in matches_at_words(_EVENT, text, _EVENT_WORDS)] == (
            expected
        ), text
        found += bool(expected)
    assert found > 1000


def test_plans_met_are_found_where_the_verbs_with_a_leading_boundary_found_them() -> None:
    # met_plans._MET_VERB writes each verb before its word boundary; met_plan asks only
    # whether _MET or _MET_BEFORE finds a match, so each must open one where the plain
    # form did.
    from tiendo.extract.met_plans import _MET, _MET_BEFORE

    verb = (
        r"\b(?:đạt|vượt(?: xa)?|bảo đảm|đảm bảo|hoàn thành|(?:gần )?bằng|so với|bám sát|sát|đúng"
        r"|cao hơn|thấp hơn|kém|gấp (?:đôi|ba|[\d,]+ lần))\s+(?:mức\s+)?(?:(?:các|những)\s+)?"
    )
    plain_met = re.compile(
        verb + r"(?:\d+(?:\s*/\s*\d+)?\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ|nghị quyết)"
        r"(?:\s+[^\W\d_]+){0,3}?\s+(?:đã\s+|được\s+)?$"
    )
    plain_before = re.compile(verb + "$")
    pieces = (
        "đạt", "vượt", "vượt xa", "xa", "bảo đảm", "đảm bảo", "hoàn thành", "gần", "bằng",
        "gần bằng", "so với", "bám sát", "sát", "đúng", "cao hơn", "thấp hơn", "kém", "gấp",
        "gấp đôi", "gấp 2,7 lần", "ba", "mức", "các", "những", "18/20", "kế hoạch", "chỉ tiêu",
        "mục tiêu", "nghị quyết", "tỉnh", "đã", "được", "x", "_", "2", ",", "",
    )  # fmt: skip
    rng = random.Random(29)
    found = 0
    for _ in range(20000):
        text = " ".join(rng.choices(pieces, k=rng.randint(0, 9))) + rng.choice(("", " "))
        for start in (0, len(text) // 3):
            for fast, plain in ((_MET, plain_met), (_MET_BEFORE, plain_before)):
                expected = plain.search(text, start)
                match = fast.search(text, start)
                assert (match and match.start()) == (expected and expected.start()), text
                found += expected is not None
    assert found > 3000
