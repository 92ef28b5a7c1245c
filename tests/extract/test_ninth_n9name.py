"""Ninth round (n9name): the indicator of a figure, from the grammar of its clause."""

from __future__ import annotations

import pytest

from tiendo.extract import extract_figures


def _names(sentence: str) -> list[tuple[float | None, str]]:
    return [(f.value, f.indicator) for f in extract_figures(sentence, year=2025)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # The verb that set the body up is no part of the name: its members are counted.
        (
            "Hội nghị đã bầu Ban Chấp hành khóa mới gồm 21 đồng chí.",
            [(21, "ủy viên Ban Chấp hành khóa mới")],
        ),
        # The term and the passive that appointed it end the body's name.
        (
            "Ban Chấp hành Đảng bộ phường nhiệm kỳ 2025-2030 được chỉ định gồm 19 đồng chí.",
            [(19, "ủy viên Ban Chấp hành Đảng bộ phường")],
        ),
        # A body that is no committee has "thành viên", not "ủy viên".
        (
            "Đoàn Chủ tịch Hội nghị gồm 7 đồng chí.",
            [(7, "thành viên Đoàn Chủ tịch Hội nghị")],
        ),
        (
            "Ban Thường vụ Thị ủy khóa XV gồm 11 đồng chí.",
            [(11, "ủy viên Ban Thường vụ Thị ủy")],
        ),
    ],
)
def test_a_body_said_to_consist_of_people_counts_its_members(
    sentence: str, names: list[tuple[float | None, str]]
) -> None:
    assert _names(sentence) == names
