"""Odd and hostile input: extract_figures never raises and never takes long."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract import extract_figures

MEGABYTE = 1_000_000


def repeated(unit: str, size: int, head: str = "", tail: str = "") -> str:
    """`unit` repeated to about `size` characters, between `head` and `tail`."""
    return head + unit * (size // len(unit)) + tail


# Each makes a text of about the size it is given, so a case can be read at two sizes.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digit run": lambda size: repeated("9", size),
    "dotted digits": lambda size: repeated("1.", size),
    "commas": lambda size: repeated(",", size),
    "mixed separators": lambda size: repeated("1,2.3,4.5", size),
    "no spaces": lambda size: repeated("tăng12,5%sovớicùngkỳ", size),
    "dashes and slashes": lambda size: repeated("12-3/4-5/6", size),
    "open parentheses": lambda size: repeated("(", size),
    "percent signs": lambda size: repeated("%", size),
    "slash dates": lambda size: repeated("12/12/2012/", size),
    "capitals in a parenthesis": lambda size: repeated("ABC", size, "Thu (", " đạt 5 tỷ đồng"),
    "predicate words": lambda size: repeated(
        "ước đạt ", size, "tăng 5% so với cùng kỳ, ", "5 tỷ đồng"
    ),
    "document number digits": lambda size: repeated("2", size, "Thu số 1/", " đạt 5 tỷ đồng"),
    # A tenth of the size: ordinary figures, and a megabyte of them would only time the reading.
    "dense figures": lambda size: repeated("thu 5 tỷ đồng, tăng 5%; ", size // 10),
    # Bases without punctuation: each "kế hoạch ..." phrase must not run to the text's end.
    "bases without punctuation": lambda size: repeated("chỉ tiêu kế hoạch đề ra là 7% ", size),
    "repeated measure words": lambda size: repeated(
        "năm tháng diện tích việc cao hơn vụ mùa 5 tấn ", size
    ),
    # Many short sentences with a figure each and none of the words a pass over a sentence
    # looks for: a pass that asked the whole text for its word read it once per sentence.
    "short sentences with a figure": lambda size: repeated("Thu đạt 5 tỷ đồng. ", size),
}


def seconds_to_read(text: str) -> float:
    started = time.process_time()
    figures = extract_figures(text)
    elapsed = time.process_time() - started
    assert all(0 <= f.start <= f.end <= len(text) for f in figures)
    return elapsed


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_takes_time_in_proportion_to_its_length(name: str) -> None:
    """A megabyte takes about four times what a quarter of it takes. A pattern that ran
    from each place to the text's end would make it sixteen, on a fast machine or a slow
    one; what a megabyte takes in seconds is the benchmark's business (benchmarks/), not
    a test's. Under a second the comparison is noise, and the case plainly fast (a busy
    CI machine read "dense figures", 0,22 s alone, in 0,62 s once)."""
    make = ADVERSARIAL[name]
    quarter = seconds_to_read(make(MEGABYTE // 4))
    whole = seconds_to_read(make(MEGABYTE))
    if whole >= max(1.0, 10 * quarter):
        # A busy machine can stall one reading; a pattern that grows with the square of
        # the text is as slow every time. The best of two readings of each size decides.
        quarter = min(quarter, seconds_to_read(make(MEGABYTE // 4)))
        whole = min(whole, seconds_to_read(make(MEGABYTE)))
    assert whole < max(1.0, 10 * quarter), (name, whole, quarter)


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
