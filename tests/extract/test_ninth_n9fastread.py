"""The ninth round's speed work (n9fastread) reads what the slower forms read.

Each faster reader is held to the plain form it replaces on random text made of the
words, marks and blanks the plain form is sensitive to.
"""

from __future__ import annotations

import random
import re

import pytest

from tiendo.extract import kinds
from tiendo.extract.comparisons import _RATIO_VERB, _RATIO_VERB_REACH
from tiendo.extract.endings import search_ending
from tiendo.extract.figure_kinds import _STRONG_TARGET_WORDS, STRONG_TARGET_SOURCE
from tiendo.extract.kinds import (
    _ANY_CUE_SOURCE,
    _FIRST_WORDS,
    _KINDS,
    Cues,
    _later_will,
    _read_kind,
)
from tiendo.extract.met_plans import met_plan
from tiendo.extract.name_quantities import DATE_WORDS as _DATE_WORDS
from tiendo.extract.name_quantities import DATE_WORDS_REACH as _DATE_WORDS_REACH
from tiendo.extract.period_cues import _MONTHS, _months_of
from tiendo.extract.rate_names import in_rate_name

_STRONG_TARGET_WHOLE = re.compile(STRONG_TARGET_SOURCE)


def _words(text: str) -> list[str]:
    return text.split()


_CUE_SOUP = _words(
    "dự ước tính đạt thực hiện kiến báo toán là giao phấn đấu đặt ra mục tiêu chỉ đến năm "
    "2025 của : nhóm sẽ đề định hướng giữ ở mức phải duy trì dưới trên cần kế hoạch được "
    "vượt bằng với thành % xác thông qua chủ trương nhằm đã kết quả ghi nhận có hoàn trong "
    "quy công mong mơ muốn cuối hết , 2đã nước trước bước (kh (khó kh kịch bản cố gắng sự "
    "quyết tâm lên theo thời gian tới sắp từ nay tỷ lệ bảo đảm ; . được giao bố trí phân bổ "
    "nhiệm vụ phương kết đãi ướcx “đã (ước -được 5ước hiện khai tính"
)
_GLUES = [" ", " ", " ", "", ", ", "  ", "\n", "(", '"']


def _soup(rng: random.Random, vocabulary: list[str], glues: list[str], most: int) -> str:
    words = [rng.choice(vocabulary) for _ in range(rng.randint(1, most))]
    return "".join(word + rng.choice(glues) for word in words)


class _PlainCues:
    """Cues as the round before read them: the whole alternation tried at every candidate
    of _FIRST_WORDS, and every cue's kind as read worked out at once."""

    def __init__(self, text: str) -> None:
        every_cue = re.compile(_ANY_CUE_SOURCE)
        found: list[tuple[int, int, kinds.Kind]] = []
        done = 0
        for candidate in _FIRST_WORDS.finditer(text):
            position = candidate.start()
            if position < done:
                continue
            match = every_cue.match(text, position)
            if match is not None and match.lastgroup is not None:
                kind = _KINDS[match.lastgroup]
                done = match.end()
                if kind == "actual" and in_rate_name(text, position, done):
                    continue
                if (
                    kind == "target"
                    and text.startswith(("đề ra", "đặt ra"), position)
                    and met_plan(text, position)
                ):
                    continue
                found.append((position, done, kind))
        self.found = found
        self.read: list[tuple[int, int, kinds.Kind]] = []
        for index, (start, end, kind) in enumerate(found):
            read = _read_kind(text, found[index - 1], (start, end, kind)) if index else kind
            if read == "target" and index and _later_will(text, found[index - 1 : index + 1]):
                read = self.read[index - 1][2]  # a "sẽ" after a forecast's "sẽ" (round 27)
            self.read.append((start, end, read))


def test_cues_tried_per_first_word_find_what_the_whole_alternation_finds() -> None:
    rng = random.Random(9)
    for _ in range(4000):
        text = _soup(rng, _CUE_SOUP, _GLUES, 16)
        plain = _PlainCues(text)
        cues = Cues(text)
        assert cues.all_cues() == plain.found, text
        kinds_read = [cues.kind_read(index) for index in range(len(cues.found))]
        assert kinds_read == [kind for _, _, kind in plain.read], text


def test_the_kinds_read_lazily_answer_as_the_list_read_at_once() -> None:
    """latest() over random stretches, with and without spans to skip, against the latest
    of the round before (kept here), which read every cue's kind at once."""

    def plain_latest(
        text: str, read: list[tuple[int, int, kinds.Kind]], start: int, end: int, skip: list
    ) -> kinds.Kind | None:
        if end <= start:
            return None
        recent_start = max(start, end - 40)
        recent = text[recent_start:end]
        done = kinds._RECENT_ACTUAL.search(recent) if "được" in recent else None
        skipped = lambda position: any(a <= position < b for a, b in skip)  # noqa: E731
        if done is not None:
            after = recent_start + done.start()
            for cue_start, cue_end, kind in reversed(read):
                if cue_start < after:
                    break
                if cue_end <= end and not skipped(cue_start):
                    return kind
            for cue_start, cue_end, kind in reversed(read):
                if cue_end > after:
                    continue
                if cue_start < start or kind != "estimate":
                    break
                gap = text[cue_end:after]
                if "," not in gap and ";" not in gap and ":" not in gap and ". " not in gap:
                    return "estimate"
                break
            return "actual"
        for cue_start, cue_end, kind in reversed(read):
            if cue_end <= start:
                break
            if cue_end > end or cue_start < start or skipped(cue_start):
                continue
            return kind
        return None

    rng = random.Random(21)
    for _ in range(3000):
        text = _soup(rng, _CUE_SOUP, _GLUES, 14)
        read = _PlainCues(text).read
        cues = Cues(text)
        for _ in range(4):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            skip = (
                [(rng.randint(0, len(text)), rng.randint(0, len(text)))]
                if rng.random() < 0.3
                else []
            )
            expected = plain_latest(text, read, start, end, skip)
            assert cues.latest(start, end, skip or None) == expected, (text, start, end, skip)


_MONTH_SOUP = _words(
    "tháng 6 9 12 13 mười một hai mười năm sáu nửa đầu cuối của năm 2024 2023 hằng cây x "
    "- / , ( 10/2022 tháng6 xtháng thángx nửa"
)


def test_months_searched_near_their_words_are_the_months_of_a_full_scan() -> None:
    rng = random.Random(5)
    glues = [" ", " ", "  ", "\t", "\n ", "", ", ", "   "]
    for _ in range(6000):
        text = _soup(rng, _MONTH_SOUP, glues, 12)
        expected = [(m.span(), m.groups()) for m in _MONTHS.finditer(text)]
        assert [(m.span(), m.groups()) for m in _months_of(text)] == expected, text


@pytest.mark.parametrize("tail", ["", " ", "  \n", "\n", "\t ", " x", "đạt ", "\n\n"])
def test_the_ratio_verb_tried_near_the_end_is_the_one_a_full_search_finds(tail: str) -> None:
    rng = random.Random(len(tail))
    vocabulary = _words(
        "bằng đạt được tương đương ứng hoàn thành thực hiện giải ngân là chiếm x so (, 5 % "
        "tổng thu ngân sách"
    )
    for _ in range(3000):
        text = _soup(rng, vocabulary, [" ", "", ",", "(", "  ", "\n"], 8) + tail
        expected = _RATIO_VERB.search(text)
        found = search_ending(_RATIO_VERB, text, _RATIO_VERB_REACH)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        ), text


@pytest.mark.parametrize("tail", ["", " ", "  \n", "\n", "\t ", " x", "\n\n"])
def test_date_words_tried_near_the_end_are_those_a_full_search_finds(tail: str) -> None:
    rng = random.Random(len(tail))
    vocabulary = _words("ngày tháng năm đến tới từ số quý sáng chiều tối hôm x / ( hômx 12")
    for _ in range(3000):
        text = _soup(rng, vocabulary, [" ", "", ",", "  ", "\n"], 6) + tail
        expected = _DATE_WORDS.search(text)
        found = search_ending(_DATE_WORDS, text, _DATE_WORDS_REACH)
        assert (found and found.span()) == (expected and expected.span()), text


def test_strong_target_words_split_into_alternatives_match_as_the_grouped_pattern() -> None:
    grouped = re.compile(
        "|".join(rf"{word}(?<=\b{word})\b" for word in _STRONG_TARGET_WORDS)
        + r"|đến năm(?<=\bđến năm) \d{4}"
        + r"|(?:nghị quyết|đại hội|kế hoạch|chương trình|đề án)[^.;:]{0,160}?xác định\s*:"
    )
    vocabulary = _words(
        "nghị quyết đại hội kế hoạch chương trình đề án xác định : . ; đến năm 2025 sẽ phấn "
        "đấu mục tiêu x hướng tới dự toán đặt ra"
    )
    rng = random.Random(3)
    for _ in range(4000):
        text = _soup(rng, vocabulary, [" ", "", " ", ", "], 14)
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = grouped.search(text, start, end)
        found = _STRONG_TARGET_WHOLE.search(text, start, end)
        assert (found and found.span()) == (expected and expected.span()), text


def test_periods_of_a_text_without_digits_are_found_without_the_patterns_that_need_one() -> None:
    from tiendo.extract.period_cues import find_periods

    vocabulary = _words(
        "năm tháng quý i ii iv nay hiện ngày vụ đông xuân mùa đến tới vào hết cuối từ đầu "
        "trong cả riêng sáu mười một nửa năm học giai đoạn nhiệm kỳ niên thời điểm này so với "
        "lũy kế / - , ( x"
    )
    rng = random.Random(13)
    for _ in range(5000):
        text = _soup(rng, vocabulary, [" ", " ", "  ", ", ", "\n"], 12)
        assert find_periods(text, 7, digits=False) == find_periods(text, 7), text
