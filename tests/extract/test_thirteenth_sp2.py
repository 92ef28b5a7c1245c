"""A figure's name is lowered once (name_case.lower_name) and module constants are Final:
both only make the extractor faster, never change what it reads."""

from __future__ import annotations

import pytest

from tiendo.extract import name_case
from tiendo.extract.name_case import lower_name


@pytest.mark.parametrize(
    "name",
    [
        "Vốn đầu tư phát triển",
        "TỔNG THU NGÂN SÁCH NHÀ NƯỚC",
        "tỷ lệ hộ nghèo",
        "",
        "GRDP bình quân đầu người",
        "Đường GIAO THÔNG nông thôn",
    ],
)
def test_a_name_lowered_through_the_helper_is_what_str_lower_gives(name: str) -> None:
    assert lower_name(name) == name.lower()
    assert lower_name(lower_name(name)) == name.lower()


@pytest.mark.parametrize(
    "first, second",
    [
        ("Giá trị sản xuất công nghiệp", "Giá trị sản xuất nông nghiệp"),
        ("Thu ngân sách", "THU NGÂN SÁCH"),
        ("Kim ngạch xuất khẩu", "Kim ngạch nhập khẩu"),
    ],
)
def test_a_second_name_never_gets_the_lower_case_of_the_first(first: str, second: str) -> None:
    assert lower_name(first) == first.lower()
    assert lower_name(second) == second.lower()
    assert lower_name(first) == first.lower()


def test_the_same_name_asked_again_gets_the_string_lowered_the_first_time() -> None:
    name = "".join(["Diện tích ", "gieo trồng"])  # built at run time: a string of its own
    assert lower_name(name) is lower_name(name)


def test_an_equal_name_that_is_another_string_is_lowered_anew() -> None:
    first = "".join(["Sản lượng ", "lúa"])
    second = "".join(["Sản lượng ", "lúa"])
    lowered = lower_name(first)
    assert second is not first
    assert lower_name(second) == lowered
    assert name_case._LAST[0][0] is second
