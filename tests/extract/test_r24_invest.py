"""Probe sentences for the twenty-fourth round's investment helper (invest): enterprise
registration, investment attracted, exports by market and tourism, read from real pages.

Each table holds wordings written for these tests (in the style of provincial investment
and trade reports) and near misses that look alike and must keep their reading."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures
from tiendo.periods import Period


def _changes(text: str) -> dict[float | None, list[float]]:
    """Each figure's value with the percentages of its changes."""
    return {
        f.value: [c.percent for c in f.comparisons if c.measure == "change"]
        for f in extract_figures(text)
    }


# Rises that name their aspects ("về số doanh nghiệp", "về số vốn") go to the levels those
# aspects name, also past a share of the plan said of the first level, and from a clause
# of the rises only after a semicolon.
_ASPECT_RISES = [
    ("Năm 2019, toàn tỉnh thành lập mới 640 doanh nghiệp, đạt 80% kế hoạch năm, tổng vốn "
     "đăng ký 5.210 tỷ đồng, tăng 12,4% về số doanh nghiệp, tăng 30,2% về số vốn đăng ký so "
     "với cùng kỳ.", {640: [12.4], 5210: [30.2]}),
    ("Lũy kế 9 tháng năm 2020, huyện có 95 doanh nghiệp đăng ký mới, tổng vốn đăng ký 410 tỷ "
     "đồng; giảm 5,5% về số doanh nghiệp và tăng 18% về số vốn so với cùng kỳ.",
     {95: [-5.5], 410: [18.0]}),
    ("Quý I/2023, thành phố cấp phép 27 dự án, đạt 30% kế hoạch, tổng vốn đầu tư 1.150 tỷ "
     "đồng, tăng 8% về số dự án, giảm 14% về vốn đầu tư so với cùng kỳ năm 2022.",
     {27: [8.0], 1150: [-14.0]}),
]  # fmt: skip
# Near misses: rises that name no aspect of the levels keep their own readings.
_NOT_ASPECT_RISES = [
    ("Năm 2019, tỉnh xuất khẩu 12.000 tấn gạo, đạt 80% kế hoạch, kim ngạch 6,3 triệu USD, "
     "tăng 12,4% so với cùng kỳ.", {12000: [], 6.3: [12.4]}),
    ("Lũy kế 9 tháng năm 2020, huyện có 95 doanh nghiệp đăng ký mới, tổng vốn đăng ký 410 tỷ "
     "đồng; xuất khẩu tăng 5,5% về lượng và 18% về giá trị.", {95: [], 410: []}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _ASPECT_RISES + _NOT_ASPECT_RISES)
def test_rises_that_name_their_aspects_go_to_the_levels_of_those_aspects(
    text: str, expected: dict[float, list[float]]
) -> None:
    found = _changes(text)
    for value, changes in expected.items():
        assert found[value] == changes, found


def _readings(text: str) -> list[tuple[float | None, str, list[float]]]:
    """Each figure's value, unit and the percentages of its comparisons."""
    return [(f.value, f.unit, [c.percent for c in f.comparisons]) for f in extract_figures(text)]


# A share in parentheses right after its subject ("châu Á (chiếm 63% …)") is a remark: the
# rise after the parenthesis is the subject's, and an amount "tương đương" after that rise
# is the subject's level, which the share has sized.
_ASIDE_SHARES = [
    ("Năm 2021, thị trường EU (chiếm 18,5% kim ngạch xuất khẩu) tăng 22,1% so với năm 2020.",
     [(18.5, "%", []), (None, "%", [22.1])]),
    ("9 tháng năm 2023, Nhật Bản (chiếm tỷ trọng 12%) tăng 7,4% so với cùng kỳ, tương đương "
     "gần 250 triệu USD.", [(12, "%", []), (250, "triệu usd", [7.4])]),
    ("Quý II/2024, hàng dệt may (chiếm 30,2%) giảm 3,5%, tương đương 96 triệu USD; giày dép "
     "(chiếm 11%) tăng 9%, tương đương 35 triệu USD.",
     [(30.2, "%", []), (96, "triệu usd", [-3.5]), (11, "%", []), (35, "triệu usd", [9.0])]),
]  # fmt: skip
# Near misses: a share after an amount stays beside it and the amount rose; a share said
# outside parentheses may be what moved; "tương đương" with no share before is left alone.
_NOT_ASIDE_SHARES = [
    ("Năm 2021, xuất khẩu đạt 120 triệu USD (chiếm 20% toàn vùng), tăng 5% so với cùng kỳ.",
     [(120, "triệu usd", [5.0]), (20, "%", [])]),
    ("Năm 2023, công nghiệp - xây dựng chiếm 36,5%, tăng 0,6% so với năm 2022.",
     [(36.5, "%", [0.6])]),
    ("Năm 2022, thị trường châu Á tăng 10% so với cùng kỳ, tương đương 3 tỷ USD.",
     [(None, "%", [10.0]), (3, "tỷ usd", [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _ASIDE_SHARES + _NOT_ASIDE_SHARES)
def test_a_share_in_parentheses_after_its_subject_leaves_the_rise_to_the_subject(
    text: str, expected: list[tuple[float | None, str, list[float]]]
) -> None:
    assert _readings(text) == expected


def _periods(text: str) -> list[tuple[float | None, Period, str]]:
    return [(f.value, f.period, f.kind) for f in extract_figures(text)]


# A sentence that opens with "Cùng kỳ năm X," / "Cùng kỳ năm trước," after a figure of the
# sentence before speaks of the same months of that earlier year, and what was is a result.
_SAME_PERIOD_OPENERS = [
    ("Đến ngày 30/9/2024, tỉnh giải ngân 3.120 tỷ đồng. Cùng kỳ năm 2023, tỷ lệ giải ngân "
     "đạt 48,2%.",
     [(3120, Period(2024), "actual"), (48.2, Period(2023), "actual")]),
    ("6 tháng đầu năm 2022, khách quốc tế ước đạt 45.000 lượt. Cùng kỳ năm trước, tỉnh chỉ "
     "đón 12.000 lượt khách quốc tế.",
     [(45000, Period(2022, 1, 6), "estimate"), (12000, Period(2021, 1, 6), "actual")]),
    ("Quý I/2025, vốn FDI đăng ký đạt 210 triệu USD. Cùng kỳ năm ngoái, vốn đăng ký chỉ "
     "là 95 triệu USD.",
     [(210, Period(2025, 1, 3), "actual"), (95, Period(2024, 1, 3), "actual")]),
]  # fmt: skip
# Near misses: a basis "so với cùng kỳ" before the figure, or "cùng kỳ" later in the
# sentence, leaves the figure in the passage's own time.
_NOT_SAME_PERIOD_OPENERS = [
    ("Quý I/2025, vốn FDI đăng ký đạt 210 triệu USD. So với cùng kỳ năm trước, vốn thực hiện "
     "đạt 95 triệu USD.",
     [(210, Period(2025, 1, 3), "actual"), (95, Period(2025, 1, 3), "actual")]),
    ("Quý I/2025, vốn FDI đăng ký đạt 210 triệu USD. Vốn thực hiện đạt 95 triệu USD, cao hơn "
     "cùng kỳ năm trước.",
     [(210, Period(2025, 1, 3), "actual"), (95, Period(2025, 1, 3), "actual")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _SAME_PERIOD_OPENERS + _NOT_SAME_PERIOD_OPENERS)
def test_a_sentence_opening_on_the_same_period_of_an_earlier_year_is_of_that_year(
    text: str, expected: list[tuple[float, Period, str]]
) -> None:
    assert _periods(text) == expected


def _names(text: str) -> dict[float | None, str]:
    return {f.value: f.indicator for f in extract_figures(text)}


# A verb that opens a sentence with a capital ("Có", "Ước có", "Với") is no name
# of a list item: the count after it is named by its own words, not by the measure of the
# sentence before with the verb appended.
_OPENING_VERBS = [
    ("Năm 2022, toàn tỉnh có 980 doanh nghiệp thành lập mới. Có 214 doanh nghiệp quay trở "
     "lại hoạt động, tăng 6% so với cùng kỳ.", 214, "doanh nghiệp quay trở lại hoạt động"),
    ("Trong năm 2023, toàn tỉnh có 1.200 hộ kinh doanh mới đăng ký. Có 85 hộ kinh doanh tạm "
     "ngừng kinh doanh.", 85, "hộ kinh doanh tạm ngừng kinh doanh"),
    ("Năm 2019, thành phố có 35 hợp tác xã mới. Có 4 hợp tác xã giải thể.", 4,
     "hợp tác xã giải thể"),
]  # fmt: skip
# Near misses: a place with a capital is still a list item's name.
_NOT_OPENING_VERBS = [
    ("Năm 2023, năng suất lúa đạt 60 tạ/ha, trong đó Duy Xuyên 66 tạ/ha, Hội An 58 tạ/ha.",
     58, "năng suất lúa Hội An"),
    ("Năm 2024, xuất khẩu đạt 900 triệu USD; Hoa Kỳ 320 triệu USD, EU 150 triệu USD.", 150,
     "kim ngạch xuất khẩu EU"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "name"), _OPENING_VERBS + _NOT_OPENING_VERBS)
def test_a_verb_opening_a_sentence_is_no_name_of_the_count_after_it(
    text: str, value: float, name: str
) -> None:
    assert _names(text)[value] == name


# A rise of a sum named again in its own words after a basis ("so với cùng kỳ, …, vốn đầu
# tư tăng 49%") is of the sum that name was given to earlier in the sentence, as a count
# named again ("số dự án") is of its count.
_SUMS_NAMED_AGAIN = [
    ("Năm 2018, tỉnh thu hút 15 dự án FDI với tổng vốn đầu tư 64,5 triệu USD; so với cùng "
     "kỳ, số dự án tăng 25%, vốn đầu tư tăng 38%.", {15: [25.0], 64.5: [38.0]}),
    ("6 tháng đầu năm 2021, thành phố cấp phép 40 dự án, vốn đăng ký 1.250 tỷ đồng; so với "
     "cùng kỳ, số dự án giảm 4%, vốn đăng ký tăng 17%.", {40: [-4.0], 1250: [17.0]}),
    ("Quý I/2024, xuất khẩu đạt 520 triệu USD, nhập khẩu 310 triệu USD; so với cùng kỳ, kim "
     "ngạch nhập khẩu tăng 12%.", {520: [], 310: [12.0]}),
]  # fmt: skip
# Near misses: a sum named in other words, or in the sentence before, keeps its rise apart.
_NOT_SUMS_NAMED_AGAIN = [
    ("So với năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2023, tổng vốn đầu tư toàn xã hội đạt 5.000 tỷ đồng; vốn đầu tư công tăng 10%.",
     {5000: [], None: [10.0]}),
    ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
     "Năm 2023, vốn đăng ký đạt 900 tỷ đồng. Quý IV, vốn đăng ký tăng 7%.",
     {900: [], None: [7.0]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _SUMS_NAMED_AGAIN + _NOT_SUMS_NAMED_AGAIN)
def test_a_rise_of_a_sum_named_again_goes_to_the_sum_of_that_name(
    text: str, expected: dict[float | None, list[float]]
) -> None:
    found = _changes(text)
    for value, changes in expected.items():
        assert found[value] == changes, found
