"""Odd and hostile input: extract_figures never raises and never takes long."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import extract_figures

MEGABYTE = 1_000_000

ADVERSARIAL = {
    "digit run": "9" * MEGABYTE,
    "dotted digits": "1." * (MEGABYTE // 2),
    "commas": "," * MEGABYTE,
    "mixed separators": "1,2.3,4.5" * (MEGABYTE // 9),
    "no spaces": "tăng12,5%sovớicùngkỳ" * (MEGABYTE // 20),
    "dashes and slashes": "12-3/4-5/6" * (MEGABYTE // 10),
    "open parentheses": "(" * MEGABYTE,
    "percent signs": "%" * MEGABYTE,
    "slash dates": "12/12/2012/" * (MEGABYTE // 11),
    "capitals in a parenthesis": "Thu (" + "ABC" * (MEGABYTE // 3) + " đạt 5 tỷ đồng",
    "predicate words": "tăng 5% so với cùng kỳ, " + "ước đạt " * (MEGABYTE // 8) + "5 tỷ đồng",
    "document number digits": "Thu số 1/" + "2" * MEGABYTE + " đạt 5 tỷ đồng",
    "dense figures": "thu 5 tỷ đồng, tăng 5%; " * (MEGABYTE // 250),
    # Bases without punctuation: each "kế hoạch ..." phrase must not run to the text's end.
    "bases without punctuation": "chỉ tiêu kế hoạch đề ra là 7% " * (MEGABYTE // 30),
    "repeated measure words": "năm tháng diện tích việc cao hơn vụ mùa 5 tấn " * (MEGABYTE // 50),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_a_megabyte_of_adversarial_input_is_read_quickly(name: str) -> None:
    text = ADVERSARIAL[name]
    started = time.process_time()
    figures = extract_figures(text)
    assert time.process_time() - started < 5.0, name
    assert all(0 <= f.start <= f.end <= len(text) for f in figures)


VIETNAMESE_WORDS = [
    "tăng", "giảm", "đạt", "bằng", "so với", "cùng kỳ", "kế hoạch", "KH", "dự toán", "tỷ đồng",
    "triệu", "nghìn", "ha", "tấn", "%", "trở lên", "từ", "đến", "khoảng", "quý I", "năm",
    "tháng", "ngày", "số", "lần thứ", "khóa", "(", ")", ";", ":", ",", ".", "/", "-", "\n",
    "Thu ngân sách", "phấn đấu", "ước", "đã", "về số", "gấp", "lần", "Hoà", "thuỷ", "o\u0300",
]  # fmt: skip
TOKENS = st.one_of(
    st.sampled_from(VIETNAMESE_WORDS),
    st.from_regex(r"\d{1,7}([.,]\d{1,4}){0,3}", fullmatch=True),
    st.sampled_from(list(" .,;:/-%()")),
)


@settings(max_examples=examples(300), deadline=None)
@given(st.text())
def test_any_string_is_accepted(text: str) -> None:
    for figure in extract_figures(text):
        assert 0 <= figure.start <= figure.end <= len(text)
        assert 0 <= figure.clause_start <= figure.clause_end <= len(text)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(TOKENS, max_size=60).map(" ".join), st.none() | st.integers(1900, 2100))
def test_digits_separators_and_report_words_in_any_order_are_accepted(
    text: str, year: int | None
) -> None:
    for figure in extract_figures(text, year=year):
        assert figure.unit
        assert figure.value is not None or figure.comparisons
        assert figure.value_max is None or figure.value is not None
