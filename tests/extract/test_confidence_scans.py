"""The clause signs of confidence.py look for a date and for a plan named as a basis by
their plain words, and try the patterns only where those stand: the answers must be the
searches' own, on any text made of the words and characters they hinge on."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.confidence import _NUMBER
from tiendo.extract.confidence_scans import (
    _PLAN_BASIS,
    dated,
    grouped_in_thousands,
    plan_bases,
    without_plan_bases,
)

# The search dated() stands for, as the clause signs ran it before.
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|ngày \d")
# The pattern grouped_in_thousands stands for, on the numbers the clause signs find.
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")

_DATE_PIECES = ["1", "12", "2014", "/", "ngày ", "ngày", " ", "a", "\u0663", "\u00a0", "%"]
_BASIS_PIECES = [
    "%", "so với", "vượt", "bằng", "so", "với", " ", "  ", "\t", "\u00a0", "\n", "mục tiêu",
    "chỉ tiêu", "kế hoạch", "kế", "tiêu", "năm", "đề ra", "giao", "tỉnh giao", "đạt", "86,6",
]  # fmt: skip


def _texts(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=14).map("".join)


@pytest.mark.parametrize(
    ("clause", "named"),
    [
        ("ngày 16/12/2014", True),
        ("tính đến 30/6/2024 đạt", True),
        ("1/1/20", False),
        ("tăng 7,5%/năm", False),
        ("đến ngày 5", True),
        ("ngày hôm nay", False),
        ("", False),
    ],
)
def test_a_day_is_named_where_the_date_search_finds_one(clause: str, named: bool) -> None:
    assert dated(clause) is named
    assert (_DATE.search(clause) is not None) is named


@settings(max_examples=examples(500), deadline=None)
@given(_texts(_DATE_PIECES))
def test_the_date_look_up_answers_as_the_search_of_both_forms(clause: str) -> None:
    assert dated(clause) == (_DATE.search(clause) is not None)


@pytest.mark.parametrize(
    ("clause", "without"),
    [
        ("đạt 86,6% kế hoạch năm", "đạt 86,6 "),
        ("bằng 90% chỉ tiêu tỉnh giao, vượt  mục tiêu đề ra", "bằng 90 ,  "),
        ("so với kế hoạch và kế hoạch năm sau", "  và kế hoạch năm sau"),
        ("phấn đấu đạt mục tiêu", "phấn đấu đạt mục tiêu"),
    ],
)
def test_a_plan_named_as_a_basis_is_taken_out_as_the_substitution_takes_it(
    clause: str, without: str
) -> None:
    assert without_plan_bases(clause, plan_bases(clause)) == without
    assert _PLAN_BASIS.sub(" ", clause) == without


@settings(max_examples=examples(1000), deadline=None)
@given(_texts(_BASIS_PIECES))
def test_the_basis_look_up_finds_every_start_the_pattern_matches_at(clause: str) -> None:
    starts = [at for at in range(len(clause)) if _PLAN_BASIS.match(clause, at)]
    assert plan_bases(clause) == starts
    assert without_plan_bases(clause, starts) == _PLAN_BASIS.sub(" ", clause)


@pytest.mark.parametrize(
    ("token", "grouped"),
    [("2.707.827", True), ("1.234,56", True), ("12.5", False), ("1,234.567", False),
     ("1234.567", False), ("1.234.56", False), ("1.234,5,6", False), ("2022", False)],
)  # fmt: skip
def test_a_number_is_grouped_in_thousands_as_the_pattern_reads_it(
    token: str, grouped: bool
) -> None:
    assert grouped_in_thousands(token) is grouped
    assert (_THOUSANDS.fullmatch(token) is not None) is grouped


@settings(max_examples=examples(1000), deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(".,"), st.text("0123456789\u0663", min_size=1, max_size=4)),
        max_size=4,
    ),
    st.text("0123456789\u0663", min_size=1, max_size=4),
)
def test_the_thousands_look_up_answers_as_the_pattern_on_any_number_found(
    parts: list[tuple[str, str]], first: str
) -> None:
    token = first + "".join(mark + digits for mark, digits in parts)
    assert _NUMBER.fullmatch(token)
    assert grouped_in_thousands(token) == (_THOUSANDS.fullmatch(token) is not None)
