"""Probe sentences for the ninth round's third naming helper (n9name3): incidents and the
harm they did, where a causative verb ("làm", "khiến", "gây") opens the harm."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiendo.extract import extract_figures
from tiendo.extract.incidents import _CAUSATIVE, incident_tail


def _named(text: str, value: float | None, unit: str) -> str:
    for figure in extract_figures(text):
        if figure.value == value and figure.unit == unit:
            return figure.indicator
    raise AssertionError(f"no figure {value} {unit} in {text!r}")


_LEAD = "Trong quý III, toàn huyện xảy ra 12 vụ tai nạn giao thông, làm chết 9 người. "


@pytest.mark.parametrize(
    ("text", "value", "unit", "expected"),
    [
        (_LEAD + "Trong số đó có 03 vụ nghiêm trọng làm chết 05 người.", 3, "vụ",
         "số vụ tai nạn giao thông nghiêm trọng"),
        (_LEAD + "Trong số đó có 03 vụ nghiêm trọng làm chết 05 người.", 5, "người",
         "số người chết do tai nạn giao thông nghiêm trọng"),
        (_LEAD + "Đáng chú ý có 1 vụ đặc biệt nghiêm trọng làm chết 4 người, bị thương 7 người.",
         7, "người", "số người bị thương do tai nạn giao thông đặc biệt nghiêm trọng"),
        (_LEAD + "Trong đó 2 vụ rất nghiêm trọng, làm chết 3 người.", 3, "người",
         "số người chết do tai nạn giao thông rất nghiêm trọng"),
    ],
)  # fmt: skip
def test_a_grave_share_of_the_incidents_named_before_counts_those_incidents(
    text: str, value: float, unit: str, expected: str
) -> None:
    assert _named(text, value, unit) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit", "expected"),
    [
        ("Dịp Tết, toàn tỉnh xảy ra 4 vụ tai nạn giao thông làm 2 người chết.", 4, "vụ",
         "số vụ tai nạn giao thông"),
        ("Năm qua, thành phố xảy ra 6 vụ cháy khiến 1 người bị thương.", 6, "vụ",
         "số vụ cháy"),
    ],
)  # fmt: skip
def test_the_harm_a_causative_verb_opens_is_no_part_of_the_incidents_counted(
    text: str, value: float, unit: str, expected: str
) -> None:
    assert _named(text, value, unit) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("tai nạn giao thông làm", "tai nạn giao thông"),
        ("nghiêm trọng làm chết", "nghiêm trọng"),
        ("cháy gây thiệt hại", "cháy"),
        ("tai nạn lao động", "tai nạn lao động"),
        ("sạt lở làng", "sạt lở làng"),
    ],
)
def test_an_incidents_tail_ends_before_its_causative_verb(tail: str, expected: str) -> None:
    assert incident_tail(tail) == expected


@given(st.text(alphabet=list("làmkhiếngâyc ntrọ,"), max_size=30))
def test_the_gate_of_incident_tail_agrees_with_its_pattern(tail: str) -> None:
    cause = _CAUSATIVE.search(tail)
    expected = tail[: cause.start()].rstrip(" ,") if cause else tail
    assert incident_tail(tail) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit", "expected"),
    [
        ("Huyện phấn đấu đến cuối năm giải ngân đạt 95% kế hoạch.", None, "%", "giải ngân"),
        ("Năm 2024, huyện phấn đấu đến cuối năm hộ nghèo còn 1.200 hộ nghèo, chiếm 3,1%.",
         3.1, "%", "tỷ lệ hộ nghèo"),
        # A share of the capital assigned, a share of the plan (twenty-third round).
        ("Thành phố phấn đấu đến hết niên hạn giải ngân trên 90% vốn được giao.", None, "%",
         "giải ngân vốn"),
    ],
)  # fmt: skip
def test_a_time_the_figure_is_reached_by_is_no_part_of_its_name(
    text: str, value: float | None, unit: str, expected: str
) -> None:
    assert _named(text, value, unit) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit", "expected"),
    [
        ("Số xe ô tô đến hết niên hạn sử dụng là 120 chiếc.", 120, "chiếc",
         "Số xe ô tô đến hết niên hạn sử dụng"),
        ("Số tàu cá hoạt động đến cuối tháng ba là 450 chiếc.", 450, "chiếc",
         "Số tàu cá hoạt động đến cuối tháng ba"),
    ],
)  # fmt: skip
def test_a_time_inside_a_name_stays_part_of_what_is_counted(
    text: str, value: float, unit: str, expected: str
) -> None:
    assert _named(text, value, unit) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit", "expected"),
    [
        ("Năm nay tỉnh có 5 dự án giảm vốn.", 5, "dự án", "dự án giảm vốn"),
        ("Các mô hình giảm nghèo được triển khai với tổng mức đầu tư dự kiến là 2,5 tỷ đồng.",
         2.5, "tỷ đồng", "tổng mức đầu tư mô hình giảm nghèo"),
    ],
)  # fmt: skip
def test_the_cheap_tests_before_two_naming_rules_let_every_match_through(
    text: str, value: float, unit: str, expected: str
) -> None:
    assert _named(text, value, unit) == expected
