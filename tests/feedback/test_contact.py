from __future__ import annotations

import pytest

from tiendo.feedback.contact import normalize_phone


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0912345678", "0912345678"),
        ("0912 345 678", "0912345678"),
        ("091.234.5678", "0912345678"),
        ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0387-654-321", "0387654321"),
        ("024 3825 1234", "02438251234"),
        ("(0214) 3840 123", "02143840123"),
        ("0123456789", None),  # old 11-digit prefixes were retired in 2018
        ("091234567", None),
        ("09123456789", None),
        ("0612345678", None),
        ("không có", None),
        ("", None),
    ],
)
def test_vietnamese_phone_numbers_are_recognised_and_normalised(raw, expected):
    assert normalize_phone(raw) == expected
