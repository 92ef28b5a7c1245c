"""named_targets.py looks a target's noun and its opening up by plain words before it asks
_TARGET_BEFORE, and reads the text after the last break once for both of its questions:
the answers must be the patterns' own, on any text made of the words they hinge on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.mentions import find_quantities
from tiendo.extract.named_targets import (
    _DONE,
    _PASS_WORDS,
    _PASSED_PLAN,
    _TARGET_BEFORE,
    _WITH,
    after_last_break,
    names_level,
    names_target,
    opened_noun,
)

_PIECES = [
    "chỉ tiêu", "mục tiêu", "kế hoạch", "dự toán", "kịch bản", "kh", "khu", "tiêu", "so với",
    "so", "với", "là", "đạt", "vượt", "thấp hơn", "chưa đạt", "mức", "đã", "năm", "2024",
    "2016-2020", "95%", "12", "3,5%", "1.200", "\u0663\u0663\u0663\u0663", ",", ";", ":", "%",
    "(", ")", ".", "/", " ", " ", "  ", "\u00a0", "\t", "\x00", "a",
]  # fmt: skip


def _texts(max_size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_PIECES), max_size=max_size).map("".join)


def _last_break_by_max(text: str) -> str:
    """after_last_break as it was written, with max() of the four look-ups."""
    return text[max(text.rfind(","), text.rfind(";"), text.rfind("%"), text.rfind(")")) + 1 :]


@pytest.mark.parametrize(
    ("window", "opened"),
    [
        ("tổng thu (chỉ tiêu ", True),
        ("thấp hơn 4,5% so với chỉ tiêu ", True),
        ("năm 2024 kế hoạch ", True),
        ("đạt 95%  dự toán ", True),
        ("vốn:\u00a0kh ", True),
        ("đặt mục tiêu đến năm 2013 tỷ lệ hộ nghèo giảm còn ", False),
        ("chỉ tiêu ", False),
        ("", False),
    ],
)
def test_an_opened_noun_is_one_after_a_break_a_number_or_so_voi(window: str, opened: bool) -> None:
    assert opened_noun(window, 0) is opened


@settings(max_examples=examples(1500), deadline=None)
@given(_texts(), st.integers(min_value=0, max_value=40))
def test_the_noun_look_up_finds_every_window_the_target_search_matches(
    window: str, start: int
) -> None:
    if _TARGET_BEFORE.search(window, start) is not None:
        assert opened_noun(window, start)


@settings(max_examples=examples(500), deadline=None)
@given(_texts())
def test_the_last_break_is_the_greatest_of_the_four_look_ups(text: str) -> None:
    assert after_last_break(text) == _last_break_by_max(text)


def _names_level_as_written(low: str, start: int, lead_start: int, kind: str) -> bool:
    """names_level as it was written: names_target, then the plan a result passed."""
    before = low[start:lead_start]
    if names_target(before):
        return True
    if kind == "count":
        return False
    last = _last_break_by_max(before[-120:])
    if not any(word in last for word in _PASS_WORDS):
        return False
    match = _PASSED_PLAN.search(last)
    return (
        match is not None and not _DONE.search(match.group(1)) and not _WITH.search(match.group(1))
    )


@settings(max_examples=examples(1500), deadline=None)
@given(
    st.lists(st.sampled_from([*_PIECES, "tăng trưởng", "thu ngân sách"]), max_size=40).map("".join),
    st.sampled_from(["7,5%", "28.000 tỷ đồng", "16/24 chỉ tiêu", "12 xã", "850 ha"]),
    st.sampled_from([0, 3, 30]),
)
def test_names_level_answers_as_it_did_with_two_looks_at_the_last_break(
    head: str, number: str, start: int
) -> None:
    low = f"{head} {number}"
    quantities = find_quantities(low, low, 0, len(low))
    if not quantities:
        return
    quantity = quantities[-1]
    start = min(start, quantity.lead_start)
    expected = _names_level_as_written(low, start, quantity.lead_start, quantity.unit.kind)
    assert names_level(low, start, quantity) is expected


@pytest.mark.parametrize(
    ("low", "named"),
    [
        ("tăng trưởng 9,4%, vượt mục tiêu 8,5%", True),
        ("tổng thu đạt 42.999 tỷ đồng (chỉ tiêu 28.000 tỷ đồng", True),
        ("vượt xa chỉ tiêu với hơn 690 ha", False),
        ("đặt mục tiêu đến năm 2013 tỷ lệ hộ nghèo giảm còn 3,5%", False),
        ("thu ngân sách đạt 540 tỷ đồng", False),
    ],
)
def test_names_level_finds_a_level_named_or_passed_and_no_other(low: str, named: bool) -> None:
    quantity = find_quantities(low, low, 0, len(low))[-1]
    assert names_level(low, 0, quantity) is named
    assert _names_level_as_written(low, 0, quantity.lead_start, quantity.unit.kind) is named
