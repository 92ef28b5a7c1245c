"""tails.read_tail finds the hard stop, the digit, the comma-separated chunks and where a
stop word can start in place (quant_tails.py), and asks the money patterns only after
the words they open with: each must answer as the pattern did, and read_tail as it read
before (written out here as it was)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import tails
from tiendo.extract.criteria import criteria_met_after
from tiendo.extract.quant_tails import chunk_at, first_digit, hard_stop_at, stop_start
from tiendo.extract.units import UnitKind, UnitMatch

_ANY_DIGIT = re.compile(r"\d")


def _old_read_tail(
    low: str, norm: str, start: int, ceiling: int, unit: UnitMatch
) -> tuple[str, int]:
    if unit.kind == "money":
        noun = tails._MONEY_NOUN.match(low, start, ceiling) or tails._MONEY_PURPOSE.match(
            low, start, ceiling
        )
        if noun:
            return " ".join(norm[noun.start(1) : noun.end(1)].split()), noun.end(1)
        return "", start
    if unit.kind == "scale":
        return "", start
    if unit.kind == "percent":
        word = tails._FIRST_WORD.match(low, start)
        if not word or word.group(1) in tails._NOT_PERCENT_TAIL:
            return "", start
    met = criteria_met_after(low, start, ceiling) if unit.kind == "count" else None
    if met:
        return " ".join(norm[start:met].split()), met
    window = low[start : min(ceiling, start + 160)]
    governed_at = -1
    hard = tails._HARD_STOP.search(window)
    if hard:
        window = window[: hard.start()]
    stop = tails._TAIL_STOP.search(window)
    cut = stop.start() if stop else len(window)
    digit = tails._DIGIT.search(window, 0, cut)
    if digit:
        cut = digit.start()
        year = tails._YEAR_WORDS.search(window, 0, cut)  # "… cuối năm 2023": the year's words
        if year:
            cut = year.start()
        per = tails._PER_POPULATION.search(window)
        if per and per.start() <= cut:
            cut = per.end()
        elif unit.kind == "count" and (governed := tails._GOVERNS_NEXT.search(window, 0, cut)):
            governed_at = start + governed.start()  # "31 chỉ tiêu cùng 5 …": "cùng" goes
    end = start + cut
    if unit.kind in ("count", "percent"):
        while True:
            chunk = tails._TAIL_CHUNK.match(low, end)
            if not chunk or chunk.end() > ceiling:
                break
            words = chunk.group(1).split()
            limit = 10 if len(low[start:end].split()) <= 1 else 5
            if (
                not words
                or len(words) > limit
                or tails._CHUNK_NOT_TAIL.match(chunk.group(1).strip())
            ):
                break
            end = chunk.end()
    named_end = governed_at if start <= governed_at and end == start + cut else end
    tail = " ".join(norm[start:named_end].split()).strip(" ,")
    if unit.kind == "percent" and (
        not tail[:1].isalpha() or tail.split()[0].lower() in tails._NOT_PERCENT_TAIL
    ):
        tail = ""
    return tail, (end if tail else start)


def _answers(text: str, at: int, end: int) -> None:
    hard = tails._HARD_STOP.search(text[at:end])
    assert hard_stop_at(text, at, end) == (at + hard.start() if hard else max(at, end))
    digit = _ANY_DIGIT.search(text, at, end)
    assert first_digit(text, at, end) == (digit.start() if digit else -1)
    window = text[at : hard_stop_at(text, at, end)]
    stop = tails._TAIL_STOP.search(window)
    opening = stop_start(window)
    if stop is not None:  # no match starts before the place stop_start gives
        assert 0 <= opening <= stop.start()
    found = tails._TAIL_STOP.search(window, opening) if opening >= 0 else None
    assert (found and found.span()) == (stop and stop.span())
    chunk = tails._TAIL_CHUNK.match(text, at)
    assert chunk_at(text, at) == (chunk.span(1) if chunk else None)
    for pattern, openings in (
        (tails._MONEY_NOUN, tails._MONEY_NOUN_OPENINGS),
        (tails._MONEY_PURPOSE, tails._MONEY_PURPOSE_OPENINGS),
    ):
        if pattern.match(text, at, end):
            assert tails._opens_after_blanks(text, at, end, openings)
    kinds: tuple[UnitKind, ...] = ("count", "percent", "money", "measure", "scale")
    for kind in kinds:
        unit = UnitMatch("x", kind, at)
        assert tails.read_tail(text, text, at, end, unit) == _old_read_tail(
            text, text, at, end, unit
        )


@pytest.mark.parametrize(
    "text",
    [
        " hộ nghèo, cận nghèo, hộ mới thoát nghèo; tăng 5",
        " hộ nghèo so với năm 2020",
        " và 5 xã",
        "  và tỷ lệ dân số tham gia bảo hiểm y tế đạt 90,7%",
        " cuộc học tập, quán triệt chỉ thị, nghị quyết, thu hút 20 người",
        " chi, đảng bộ có nguồn",
        ",  , x",
        ",  và x",
        ", ",
        ",\n",
        ", a\n",
        ", " + "a" * 70 + ",",
        " tỷ đồng vốn FDI, bằng",
        " đầu tư hạ tầng giao thông, ",
        " cho thấy",
        " trẻ 5 tuổi",
        " giường trên 1 vạn dân",
        " ha rừng trong năm 2023",
        " người dân trong 6 tháng",
        " xã đạt chuẩn\u00a0và 4 huyện",
        " \u201cxã\u201d",
        " đồng thời",
        " tương đương 5",
        " Covid-19 x",
    ],
)
def test_the_words_after_a_unit_are_read_as_the_patterns_read_them(text: str) -> None:
    for at in range(len(text) + 1):
        _answers(text, at, len(text))
        _answers(text, at, (at + len(text)) // 2)


_PIECES = [
    " ", " ", " ", "  ", "\t", "\n", "\u00a0", ",", ", ", ";", ".", ":", "(", ")", '"', "“",
    "và", "so", "so với", "song", "tăng", "giảm", "bằng", "khen", "trở lên", "trong", "trong đó",
    "vào", "với", "cùng các", "đồng thời", "để", "nhằm", "chiếm", "đạt", "là", "năm", "tháng",
    "tuổi", "trên", "/", "vạn", "dân", "hộ", "nghèo", "xã", "vốn", "tiền", "cho", "đầu tư",
    "thấy", "đồng", "Covid-", "h5n1", "5", "19", "2.000", "90,7", "%", "x", "ư",
]  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(_PIECES), max_size=20).map("".join),
        st.lists(st.sampled_from(_PIECES), max_size=20).map(" ".join),
        st.text(max_size=30),
    ),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=200),
)
def test_the_words_after_any_unit_read_in_place_answer_as_the_patterns(
    text: str, at: int, end: int
) -> None:
    at = min(at, len(text))
    _answers(text, at, max(at, min(end, len(text))))
