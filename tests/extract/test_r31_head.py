"""Round 31 (list heads): a rate listed after one that names the measure takes that measure.

- "giá trị tăng thêm ngành nông nghiệp tăng 4,94%, thủy sản chỉ tăng 0,62%": an adverb
  between a later item and its verb ("chỉ", "cũng", "vẫn", "đều", "lại") belongs to the
  verb, so the item is still a bare part of the list's measure (shared_heads._ITEM_VERB);
- "…, lâm nghiệp tăng 4,31% và nông nghiệp tăng 2,01%": the last item, after "và", is an
  item of the same list (shared_heads._AND_AFTER_RATE);
- "công nghiệp chỉ tăng 6,4%, giá trị sản xuất ngành dịch vụ tăng 8,2%, xây dựng tăng
  8,9%": a list whose first item is a bare part names no measure for all its items; the
  measure one item names later is its own (shared_heads.headed_rate).
"""

from __future__ import annotations

import pytest

from tests.extract.readings import name_read


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        (
            "So với cùng kỳ, giá trị tăng thêm ngành nông nghiệp tăng 4,9%, thủy sản chỉ tăng "
            "0,6%.",
            0.6,
            "giá trị tăng thêm ngành thủy sản",
        ),
        (
            "So với năm trước, giá trị sản xuất ngành trồng trọt tăng 2,2%, chăn nuôi cũng tăng "
            "3,4%.",
            3.4,
            "giá trị sản xuất ngành chăn nuôi",
        ),
        (
            "So với cùng kỳ, giá trị sản xuất ngành trồng trọt giảm 0,5%, chăn nuôi lại tăng "
            "2,1%, thủy sản vẫn tăng 1,9%.",
            1.9,
            "giá trị sản xuất ngành thủy sản",
        ),
        (
            "So với cùng kỳ, giá trị tăng thêm ngành thủy sản tăng 5,1%, lâm nghiệp tăng 4,3% "
            "và nông nghiệp tăng 2,0%.",
            2.0,
            "giá trị tăng thêm ngành nông nghiệp",
        ),
        (
            "So với năm 2023, chỉ số sản xuất ngành chế biến, chế tạo tăng 12%, khai khoáng chỉ "
            "giảm 1,3%.",
            -1.3,
            "chỉ số sản xuất ngành khai khoáng",
        ),
        # near misses: a plain item after the measure, which was read so before
        (
            "So với cùng kỳ, giá trị tăng thêm ngành nông nghiệp tăng 4,9%, thủy sản tăng 0,6%.",
            0.6,
            "giá trị tăng thêm ngành thủy sản",
        ),
        (
            "So với năm trước, giá trị sản xuất ngành trồng trọt tăng 2,2%, chăn nuôi tăng 3,4%.",
            3.4,
            "giá trị sản xuất ngành chăn nuôi",
        ),
    ],
)
def test_a_later_item_of_a_list_takes_the_measure_its_first_item_names(
    text: str, percent: float, expected: str
) -> None:
    assert name_read(text, None, percent) == expected


@pytest.mark.parametrize(
    ("text", "percent", "expected"),
    [
        (
            "Năm 2023, so với năm 2022, công nghiệp chỉ tăng 6,4%, giá trị sản xuất ngành dịch "
            "vụ tăng 8,2%, xây dựng tăng 8,9%.",
            8.9,
            "xây dựng",
        ),
        (
            "So với cùng kỳ, nông nghiệp tăng 3,1%, giá trị tăng thêm ngành công nghiệp tăng 9%, "
            "dịch vụ tăng 6,5%.",
            6.5,
            "dịch vụ",
        ),
        (
            "So với cùng kỳ, thủy sản tăng 2%, giá trị sản xuất ngành trồng trọt tăng 1,2%, "
            "chăn nuôi tăng 4%.",
            4.0,
            "chăn nuôi",
        ),
        # near misses: bare items of a bare list, and a sector joined by "và" in its name
        (
            "So với cùng kỳ, công nghiệp tăng 6,4%, xây dựng tăng 8,9%.",
            8.9,
            "xây dựng",
        ),
        (
            "So với cùng kỳ, giá trị tăng thêm ngành công nghiệp tăng 5% và nông, lâm nghiệp và "
            "thủy sản tăng 2%.",
            2.0,
            "nông, lâm nghiệp và thủy sản",
        ),
    ],
)
def test_a_list_that_opens_on_a_bare_part_keeps_its_later_items_bare(
    text: str, percent: float, expected: str
) -> None:
    assert name_read(text, None, percent) == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        (
            "Tỷ lệ thất nghiệp ước tính 2,3%, trong đó khu vực thành thị 3,6% và khu vực nông "
            "thôn 1,6%.",
            1.6,
            "Tỷ lệ thất nghiệp khu vực nông thôn",
        ),
        (
            "Tỷ lệ lao động qua đào tạo ở khu vực thành thị đạt 80%, khu vực nông thôn 62%.",
            62.0,
            "Tỷ lệ lao động qua đào tạo ở khu vực nông thôn",
        ),
        (
            "Tỷ lệ hộ dùng nước sạch khu vực thành thị 98,5%, khu vực nông thôn 71,2%.",
            71.2,
            "Tỷ lệ hộ dùng nước sạch khu vực nông thôn",
        ),
        # near miss: the first item is a class noun alone, no measure before it
        (
            "Khu vực thành thị 3,6%, khu vực nông thôn 1,6%.",
            1.6,
            "khu vực nông thôn",
        ),
    ],
)
def test_an_item_named_by_the_class_noun_of_the_item_before_takes_its_whole_head(
    text: str, value: float, expected: str
) -> None:
    assert name_read(text, value) == expected
