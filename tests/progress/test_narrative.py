from __future__ import annotations

import pytest

from tiendo.extract.figure import Comparison
from tiendo.periods import Period
from tiendo.progress.narrative import Statement, format_value, write_paragraph, write_sentence

Q1 = Period(2022, 1, 3)


@pytest.mark.parametrize(
    ("value", "text"),
    [(220.0, "220"), (1234.5, "1.234,5"), (24.023, "24,023"), (1790.0, "1.790"), (0.5, "0,5")],
)
def test_values_are_written_in_vietnamese_notation(value: float, text: str) -> None:
    assert format_value(value) == text


@pytest.mark.parametrize(
    ("statement", "sentence"),
    [
        (
            Statement(
                "Giá trị sản xuất công nghiệp - TTCN",
                220.0,
                "tỷ đồng",
                Q1,
                "estimate",
                (Comparison("plan", "ratio", 23.08), Comparison("same_period", "change", 12.5)),
            ),
            "Giá trị sản xuất công nghiệp - TTCN quý I năm 2022 ước đạt 220 tỷ đồng, "
            "đạt 23,08% KH, tăng 12,5% so với cùng kỳ.",
        ),
        (
            Statement(
                "Tổng thu NSNN trên địa bàn",
                123.4,
                "tỷ đồng",
                Q1,
                "actual",
                (
                    Comparison("budget", "ratio", 18.0, "dự toán tỉnh giao"),
                    Comparison("budget", "ratio", 16.0, "huyện phấn đấu"),
                    Comparison("same_period", "ratio", 168.4),
                ),
            ),
            "Tổng thu NSNN trên địa bàn quý I năm 2022 đạt 123,4 tỷ đồng, bằng 18% dự toán "
            "tỉnh giao, bằng 16% dự toán huyện phấn đấu, bằng 168,4% so với cùng kỳ.",
        ),
        (
            Statement("tỷ lệ che phủ rừng", 57.0, "%", Period.year_of(2022), "actual"),
            "Tỷ lệ che phủ rừng năm 2022 đạt 57%.",
        ),
        (
            Statement(
                "Thu ngân sách",
                1234.56,
                "triệu đồng",
                Period(2022, 1, 9),
                "estimate",
                (Comparison("same_period", "change", -1.6),),
            ),
            "Thu ngân sách 9 tháng năm 2022 ước đạt 1.234,56 triệu đồng, giảm 1,6% so với cùng kỳ.",
        ),
        (
            Statement(
                "Sản lượng lương thực",
                34400.0,
                "tấn",
                Period(2022, 1, 6),
                "actual",
                (Comparison("previous", "change", 3.0),),
            ),
            "Sản lượng lương thực 6 tháng đầu năm 2022 đạt 34.400 tấn, tăng 3% so với năm trước.",
        ),
    ],
)
def test_sentence_follows_the_plain_report_form(statement: Statement, sentence: str) -> None:
    assert write_sentence(statement) == sentence


def test_paragraph_joins_sentences() -> None:
    one = Statement("Kết nạp đảng viên mới", 80.0, "đảng viên", Q1, "actual")
    two = Statement("Trồng rừng mới", 46.8, "ha", Q1, "actual")
    assert write_paragraph([one, two]) == (
        "Kết nạp đảng viên mới quý I năm 2022 đạt 80 đảng viên. "
        "Trồng rừng mới quý I năm 2022 đạt 46,8 ha."
    )


@pytest.mark.parametrize(
    ("indicator", "period", "sentence"),
    [
        (
            "Diện tích gieo trồng cây hằng năm",
            Period(2018, 7, 7),
            "Diện tích gieo trồng cây hằng năm trong tháng 7 năm 2018 đạt 4.042 ha.",
        ),
        (
            "Diện tích gieo trồng cây hằng năm",
            Period.year_of(2018),
            "Diện tích gieo trồng cây hằng năm trong năm 2018 đạt 4.042 ha.",
        ),
        (
            "Diện tích trồng rừng mới",
            Period(2018, 7, 7),
            "Diện tích trồng rừng mới tháng 7 năm 2018 đạt 4.042 ha.",
        ),
    ],
)
def test_an_indicator_ending_in_a_number_word_is_kept_apart_from_the_period(
    indicator: str, period: Period, sentence: str
) -> None:
    statement = Statement(indicator, 4042.0, "ha", period, "actual")
    assert write_sentence(statement) == sentence


def test_a_percentage_keeps_the_decimals_its_source_printed() -> None:
    from tiendo.extract import extract_figures

    statement = Statement(
        "Tổng thu NSNN trên địa bàn", 123.4, "tỷ đồng", Q1, "actual",
        (Comparison("budget", "ratio", 18.0, "dự toán tỉnh giao"),
         Comparison("budget", "ratio", 16.0, "huyện phấn đấu")),
        (None, 1),
    )  # fmt: skip
    sentence = write_sentence(statement)
    assert "bằng 18% dự toán tỉnh giao, bằng 16,0% dự toán huyện phấn đấu" in sentence
    [figure] = extract_figures(sentence)
    assert [c.percent for c in figure.comparisons] == [18.0, 16.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("giá trị giá trị sản xuất", "giá trị sản xuất"),
        ("Biểu đồ cột: giá trị Giá trị sản xuất", "Biểu đồ cột: giá trị sản xuất"),
        ("người người nhà nhà", "người người nhà nhà"),
        ("ngày ngày", "ngày ngày"),
    ],
)
def test_a_phrase_written_twice_in_a_row_is_written_once(text: str, expected: str) -> None:
    from tiendo.progress.narrative import without_repeated_phrases

    assert without_repeated_phrases(text) == expected


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (3460.04, "đảng viên", "3.460 đảng viên"),
        (80.0, "quần chúng", "80 quần chúng"),
        (12.5, "nghìn lượt khách", "12,5 nghìn lượt khách"),
        (123.4, "tỷ đồng", "123,4 tỷ đồng"),
        (57.25, "%", "57,25%"),
    ],
)
def test_counted_nouns_are_written_without_decimals(value: float, unit: str, text: str) -> None:
    from tiendo.progress.narrative import with_unit

    assert with_unit(value, unit) == text


@pytest.mark.parametrize(
    ("percent", "decimals", "text"),
    [(16.0, 1, "16,0"), (16.0, None, "16"), (18.0, 0, "18"), (23.0769, None, "23,08")],
)
def test_a_ratio_is_printed_by_one_rule_everywhere(percent, decimals, text) -> None:
    from tiendo.progress.narrative import percent_text
    from tiendo.reports.numbers import percent_text as report_percent

    assert percent_text(percent, decimals) == text
    assert report_percent(percent, decimals) == text
