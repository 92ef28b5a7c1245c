from __future__ import annotations

import pytest

from tiendo.extract.comparisons import basis_of, read_basis_after, read_lead


@pytest.mark.parametrize(
    ("phrase", "basis"),
    [
        ("kh", "plan"),
        ("kế hoạch tỉnh giao", "plan"),
        ("chỉ tiêu nghị quyết", "plan"),
        ("kế hoạch vốn", "plan"),
        ("dự toán tỉnh giao", "budget"),
        ("dự toán huyện phấn đấu", "budget"),
        ("cùng kỳ năm 2021", "same_period"),
        ("cùng kỳ năm trước", "same_period"),
        ("năm trước", "previous"),
        ("năm 2021", "previous"),
        ("tháng trước", "previous"),
        ("ước thực hiện năm 2017", "previous"),
        ("diện tích gieo trồng", "other"),
    ],
)
def test_the_basis_is_named_by_its_words(phrase: str, basis: str) -> None:
    assert basis_of(phrase) == basis


@pytest.mark.parametrize(
    ("before", "measure", "negative", "basis"),
    [
        (", so với kế hoạch tỉnh giao đạt ", "ratio", False, "kế hoạch tỉnh giao"),
        (", cao hơn cùng kỳ năm ngoái ", "change", False, "cùng kỳ năm ngoái"),
        (", thấp hơn cùng kỳ năm trước ", "change", True, "cùng kỳ năm trước"),
        (", vượt dự toán năm (bằng ", "ratio", False, "dự toán năm"),
        (", tăng ", "change", False, None),
        (", giảm ", "change", True, None),
        (", tăng mạnh ", "change", False, None),
        (", còn so với cùng kỳ thì tăng ", "change", False, "cùng kỳ"),
    ],
)
def test_the_words_before_a_percentage_give_measure_sign_and_basis(
    before: str, measure: str, negative: bool, basis: str | None
) -> None:
    lead = read_lead(before)
    assert lead is not None
    assert (lead.measure, lead.negative) == (measure, negative)
    assert lead.basis_text == basis


@pytest.mark.parametrize(
    ("after", "basis"),
    [
        (" kh, giá trị", "kh"),
        (" so với cùng kỳ năm 2021.", "cùng kỳ năm 2021"),
        (" dự toán tỉnh giao và 34%", "dự toán tỉnh giao"),
        (" so cùng kỳ; tiếp", "cùng kỳ"),
        (" kế hoạch năm (quý", "kế hoạch năm"),
    ],
)
def test_a_basis_after_the_percentage_ends_at_the_next_item(after: str, basis: str) -> None:
    found = read_basis_after(after, 0)
    assert found is not None
    assert found[0] == basis


@pytest.mark.parametrize("after", [" trở lên", " chi, đảng bộ", ""])
def test_words_that_are_not_a_basis_are_not_read_as_one(after: str) -> None:
    assert read_basis_after(after, 0) is None
