"""level_lists: rises listed after as many levels, each naming its aspect ("về lượng")."""

from __future__ import annotations

import pytest

from tests.extract.readings import comparisons_read

SP = "same_period"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a fall and a rise, each with its verb: each goes to its level, with its sign
        ("Xuất khẩu cà phê đạt 30 nghìn tấn, trị giá 90 triệu USD, tăng 5% về lượng và giảm "
         "1,5% về giá trị.",
         [(30.0, "nghìn tấn", [(SP, "change", 5.0)]),
          (90.0, "triệu usd", [(SP, "change", -1.5)])]),
        ("Nhập khẩu sắt thép ước 210 nghìn tấn, giá trị 150 triệu USD, giảm 8,2% về lượng "
         "và tăng 1,7% về giá trị so với cùng kỳ.",
         [(210.0, "nghìn tấn", [(SP, "change", -8.2)]),
          (150.0, "triệu usd", [(SP, "change", 1.7)])]),
        ("Gạo xuất khẩu được 65 nghìn tấn, trị giá 40 triệu USD; so với cùng kỳ tăng 12% về "
         "khối lượng và giảm 3% về kim ngạch.",
         [(65.0, "nghìn tấn", [(SP, "change", 12.0)]),
          (40.0, "triệu usd", [(SP, "change", -3.0)])]),
        # the same verb twice keeps one sign
        ("Xuất khẩu gạo đạt 50 nghìn tấn, trị giá 30 triệu USD, giảm 3,1% về lượng và giảm "
         "2,4% về giá trị so với cùng kỳ.",
         [(50.0, "nghìn tấn", [(SP, "change", -3.1)]),
          (30.0, "triệu usd", [(SP, "change", -2.4)])]),
        # near-miss: one level for two rises is no list; the second is a figure of its own
        ("Xuất khẩu cà phê đạt 30 nghìn tấn, tăng 5% về lượng và giảm 1,5% về giá trị.",
         [(30.0, "nghìn tấn", [(SP, "change", 5.0)]), (None, "%", [(SP, "change", -1.5)])]),
        # near-miss: no levels at all
        ("So với cùng kỳ năm trước, kinh tế tiếp tục phát triển. "
         "Xuất khẩu cà phê tăng 5% về lượng và giảm 1,5% về giá trị.",
         [(None, "%", [(SP, "change", 5.0)]), (None, "%", [(SP, "change", -1.5)])]),
    ],
)  # fmt: skip
def test_rises_naming_their_aspects_go_to_the_levels_before_with_their_own_verbs(
    text: str, rows: list[tuple[float | None, str, list[tuple[str, str, float]]]]
) -> None:
    assert comparisons_read(text, 2024) == rows
