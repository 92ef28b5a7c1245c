"""Coordinated subjects that share a word written once: "Diện tích, năng suất và sản
lượng lúa" (three measures of one crop, named after the last measure) and "Sản lượng khai
thác và nuôi trồng thủy sản" (one measure of two activities on one object).

A list of subjects before "lần lượt" names its items at their places; when the items
are bare measures or bare activities, the object they share is written only after the
last one, and each item is that measure (or activity) of that object.

>>> shared_names(["Diện tích", "năng suất", "sản lượng lúa cả năm"])
['Diện tích lúa cả năm', 'năng suất lúa cả năm', 'sản lượng lúa cả năm']
>>> shared_names(["Sản lượng khai thác", "nuôi trồng thủy sản"])
['Sản lượng khai thác thủy sản', 'Sản lượng nuôi trồng thủy sản']
>>> shared_names(["Kim ngạch xuất khẩu", "nhập khẩu"])
['Kim ngạch xuất khẩu', 'Kim ngạch nhập khẩu']
>>> shared_names(["Đàn trâu", "đàn bò", "đàn lợn"]) is None
True
>>> shared_names(["thu ngân sách huyện Tân Phú", "Định Quán"]) is None
True
"""

from __future__ import annotations

from typing import Final

# Measures that name nothing measured until an object follows them.
_MEASURES: Final = (
    "diện tích", "năng suất", "sản lượng", "giá trị", "kim ngạch", "doanh thu", "số lượng",
    "khối lượng", "trị giá", "tổng đàn", "tổng mức", "tổng số", "chỉ số", "số", "lượng",
    "tổng", "giá trị sản xuất", "diện tích gieo trồng", "tỷ lệ", "tỉ lệ", "tốc độ tăng",
)  # fmt: skip
# Activities done to an object written once after the last of them.
_ACTIVITIES: Final = (
    "khai thác", "nuôi trồng", "sản xuất", "xuất khẩu", "nhập khẩu", "tiêu thụ", "thu mua",
    "đánh bắt", "chế biến", "gieo trồng", "thu hoạch", "trồng mới", "chăm sóc", "bán ra",
    "mua vào", "xuất", "nhập",
)  # fmt: skip


def _leading(words: list[str], phrases: tuple[str, ...]) -> int:
    """How many of `words` the longest phrase of `phrases` at their start takes, or 0."""
    lowered = [w.lower() for w in words]
    best = 0
    for phrase in phrases:
        size = len(phrase.split())
        if size > best and lowered[:size] == phrase.split():
            best = size
    return best


def shared_names(owns: list[str]) -> list[str] | None:
    """Each item's name when the items share the object written after the last one, or
    None when they do not (items that name themselves, as "huyện Tân Phú và Định Quán")."""
    items = [own.split() for own in owns]
    if len(items) < 2 or any(not words for words in items):
        return None
    last = items[-1]
    # Bare measures before the last, which is a measure with its object.
    if all(_leading(words, _MEASURES) == len(words) for words in items[:-1]):
        taken = _leading(last, _MEASURES)
        if taken and len(last) > taken:
            tail = last[taken:]
            return [" ".join(words + tail) for words in items[:-1]] + [" ".join(last)]
    # One measure of bare activities, the last with its object.
    head = _leading(items[0], _MEASURES)
    first_activity = items[0][head:]
    bare_activities = [first_activity, *items[1:-1]]
    if not head or any(_leading(w, _ACTIVITIES) != len(w) or not w for w in bare_activities):
        return None
    taken = _leading(last, _ACTIVITIES)
    measure = items[0][:head]
    if taken and len(last) == taken:
        # "Kim ngạch xuất khẩu và nhập khẩu": the measure is written once, before them.
        return [" ".join(items[0])] + [" ".join(measure + words) for words in items[1:]]
    if not taken:
        return None
    tail = last[taken:]
    names = [" ".join(items[0] + tail)]
    names += [" ".join(measure + words + tail) for words in items[1:-1]]
    return [*names, " ".join(measure + last)]


def opens_with_measure(item: str) -> bool:
    """True when `item` names a measure of its own ("doanh thu dịch vụ tiêu dùng")."""
    return _leading(item.split(), _MEASURES) > 0
