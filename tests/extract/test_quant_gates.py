"""The gates that ask a pattern only where it can match (what follows the blanks read in
place): points.purpose_end and parts_of_totals.part_of_total answer as they did when they
looked for the words in the next few characters (written out here as they were)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract.examples import examples
from tiendo.extract.numbers import parse_number
from tiendo.extract.parts_of_totals import _OUT_OF, _RANK_BEFORE, part_of_total
from tiendo.extract.points import _PURPOSE, purpose_end
from tiendo.extract.units import read_unit


def _old_purpose_end(low: str, extent_end: int, ceiling: int, kind: str) -> int:
    if kind not in ("measure", "count", "money"):
        return extent_end
    near = low[extent_end : extent_end + 7]
    if "để" not in near and "nhằm" not in near:
        return extent_end
    purpose = _PURPOSE.match(low, extent_end, ceiling)
    return purpose.end() if purpose else extent_end


def _old_part_of_total(
    low: str, norm: str, first: int, last: int, end: int, value: float
) -> int | None:
    if value < 2 or "trong" not in low[last : last + 8]:
        return None
    match = _OUT_OF.match(low, last, end)
    if match is None:
        return None
    total = parse_number(match.group(1))
    if total is None or total <= value:
        return None
    if _RANK_BEFORE.search(low, max(0, first - 12), first):
        return None
    unit = read_unit(low, match.end(), norm, year_like=True)
    if unit is None or unit.kind != "count":
        return None
    return match.end()


def _answers(text: str, at: int, end: int) -> None:
    for kind in ("measure", "count", "money", "percent"):
        assert purpose_end(text, at, end, kind) == _old_purpose_end(text, at, end, kind)
    for value in (1.0, 2.0, 9.0):
        first = max(0, at - 1)
        assert part_of_total(text, text, first, at, end, value) == _old_part_of_total(
            text, text, first, at, end, value
        )


@pytest.mark.parametrize(
    "text",
    ["9 trong 11 nhóm hàng", "9  trong tổng số 11 xã", "9trong 11 xã", "9    trong 11 xã",
     "9   trong 11 xã", "9 \t trong 11 xã", "5 tấn để sản xuất, x", "5 ha nhằm trồng rừng",
     "5 ha  để\tlàm", "5 ha để", "5 ha đểx a,", "160 trong số 178 xã", "5 ha     để làm, x",
     "5 ha      để làm, x", "5 ha   nhằm làm, x", "5 ha    nhằm làm, x", "tăng hơn gấp",
     "giảm 5", "1 trong 5", "htrong"],
)  # fmt: skip
def test_a_purpose_or_a_total_is_read_as_before(text: str) -> None:
    for at in range(len(text) + 1):
        _answers(text, at, len(text))


_PIECES = [" ", "  ", "   ", "\t", "\n", ",", ".", "9", "11", "trong", "số", "tổng", "để",
           "nhằm", "sản", "xuất", "xã", "nhóm", "hàng", "là", "x", "%", "tăng", "giảm", "hơn",
           "gấp", "tă", "giả", "hơ", "t", "g", "h"]  # fmt: skip


@settings(max_examples=examples(300), deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
        st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join),
    ),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=80),
)
def test_a_purpose_or_a_total_after_any_number_is_read_as_before(
    text: str, at: int, end: int
) -> None:
    at = min(at, len(text))
    _answers(text, at, max(at, min(end, len(text))))
