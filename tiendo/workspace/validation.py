"""Checks on a value a unit types in: errors block the save, warnings ask for a
confirmation ("Xác nhận số liệu bất thường").

>>> [i.code for i in check_value(-5, unit="tỷ đồng", indicator="Thu ngân sách")]
['negative']
>>> [i.code for i in check_value(120, unit="%", indicator="Tỷ lệ che phủ rừng")]
['percent_range']
>>> [i.code for i in check_value(700, unit="tỷ đồng", indicator="Thu", same_period_last_year=200)]
['jump']
"""

from __future__ import annotations

from dataclasses import dataclass

from tiendo.vietnamese import format_number, search_key

# A value more than this many times above or below last year's needs a confirmation.
JUMP_FACTOR = 3.0

# Indicators that may fall below zero or rise above 100%: rates of change.
_CHANGE_WORDS = ("tang truong", "toc do tang", "muc tang", "ty le tang", "tang giam", "chenh lech")


@dataclass(frozen=True)
class Issue:
    code: str
    message_vi: str
    blocking: bool


def is_change_rate(indicator: str) -> bool:
    key = search_key(indicator)
    return any(word in key for word in _CHANGE_WORDS)


def is_percent(unit: str) -> bool:
    return unit.strip() == "%" or search_key(unit) in {"phan tram", "%"}


def check_value(
    value: float | None,
    *,
    unit: str,
    indicator: str,
    same_period_last_year: float | None = None,
    factor: float = JUMP_FACTOR,
) -> list[Issue]:
    if value is None:
        return []
    issues: list[Issue] = []
    change_rate = is_change_rate(indicator)
    if value < 0 and not change_rate:
        issues.append(Issue("negative", "Giá trị không được âm.", blocking=True))
    if is_percent(unit) and not change_rate and value > 100:
        issues.append(Issue("percent_range", "Tỷ lệ phần trăm phải từ 0 đến 100.", blocking=True))
    last = same_period_last_year
    if last is not None and last > 0 and value > 0 and not change_rate:
        ratio = value / last
        if ratio > factor or ratio < 1 / factor:
            issues.append(
                Issue(
                    "jump",
                    f"Chênh lệch lớn so với cùng kỳ năm trước ({format_number(last)} "
                    f"→ {format_number(value)}, gấp {format_number(round(ratio, 2))} lần). "
                    "Hãy kiểm tra lại, nếu đúng thì đánh dấu “Xác nhận số liệu bất thường”.",
                    blocking=False,
                )
            )
    return issues
