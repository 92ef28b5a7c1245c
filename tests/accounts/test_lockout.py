from __future__ import annotations

from datetime import timedelta

import pytest

from tiendo.accounts.lockout import cool_off_text


@pytest.mark.parametrize(
    ("cool_off", "expected"),
    [
        (timedelta(hours=1), "1 giờ"),
        (timedelta(minutes=90), "1 giờ 30 phút"),
        (timedelta(minutes=15), "15 phút"),
        (timedelta(seconds=20), "1 phút"),
        (None, ""),
    ],
)
def test_cool_off_is_written_in_vietnamese_words(cool_off, expected):
    assert cool_off_text(cool_off) == expected
