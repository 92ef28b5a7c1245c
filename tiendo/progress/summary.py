"""One paragraph in the style of Party reports on how many targets were reached.

>>> items = [SummaryItem("Thu ngân sách", "exceeded"), SummaryItem("Tỷ lệ hộ nghèo", "not_met",
...          "3,8%, KH dưới 3,5%")] + [SummaryItem(f"Chỉ tiêu {i}", "met") for i in range(24)]
>>> from tiendo.periods import Period
>>> print(summarize(items, Period.year_of(2022), final=True).replace("; ", ";\\n"))
Năm 2022, có 25/26 chỉ tiêu đạt và vượt (trong đó 1 chỉ tiêu vượt);
1 chỉ tiêu chưa đạt: Tỷ lệ hộ nghèo (3,8%, KH dưới 3,5%).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tiendo.periods import Period
from tiendo.progress.status import Status, is_achieved
from tiendo.vietnamese import format_number

# (statuses, how the group is named, whether its targets are named one by one)
_FINAL_GROUPS: tuple[tuple[tuple[Status, ...], str, bool], ...] = (
    (("not_met",), "chưa đạt", True),
    (("on_track",), "đúng tiến độ", False),
    (("behind",), "chậm tiến độ", True),
    (("at_risk",), "có nguy cơ không đạt", True),
    (("overdue",), "quá hạn", True),
    (("open",), "đang thực hiện", False),
    (("no_data",), "chưa có số liệu", True),
    (("no_plan",), "chưa có kế hoạch để đánh giá", True),
)
_PACE_GROUPS: tuple[tuple[tuple[Status, ...], str, bool], ...] = tuple(
    group for group in _FINAL_GROUPS if group[0] != ("on_track",)
)


@dataclass(frozen=True)
class SummaryItem:
    name: str
    status: Status
    # Why it is named: "đạt 92,5% KH".
    detail: str = ""

    def mention(self) -> str:
        return f"{self.name} ({self.detail})" if self.detail else self.name


def count(n: int) -> str:
    """A count as a plain number, like every other number tiendo prints ("1", "25",
    "1.234"): a padded "00/02" or "01/04" reads as a code, not a quantity."""
    return format_number(n)


def _groups_text(
    items: Sequence[SummaryItem],
    groups: Sequence[tuple[tuple[Status, ...], str, bool]],
    noun: str,
) -> list[str]:
    parts = []
    for statuses, words, named in groups:
        members = [item for item in items if item.status in statuses]
        if not members:
            continue
        text = f"{count(len(members))} {noun} {words}"
        if named:
            text += ": " + ", ".join(item.mention() for item in members)
        parts.append(text)
    return parts


def _opening(period: Period, final: bool) -> str:
    label = period.label_vi()
    if final:
        return label[:1].upper() + label[1:]
    return f"Đến hết {label}"


def summarize(
    items: Sequence[SummaryItem], period: Period, *, final: bool, noun: str = "chỉ tiêu"
) -> str:
    """'Năm 2022, có 25/26 chỉ tiêu đạt và vượt; 1 chỉ tiêu chưa đạt: ...'.

    Mid-period (`final` False) it leads with the targets on track and names those
    behind or at risk.
    """
    if not items:
        return ""
    total = len(items)
    if final:
        achieved = [item for item in items if is_achieved(item.status)]
        exceeded = sum(1 for item in items if item.status == "exceeded")
        lead = f"có {count(len(achieved))}/{count(total)} {noun} đạt và vượt"
        if exceeded:
            lead += f" (trong đó {count(exceeded)} {noun} vượt)"
        rest = _groups_text(items, _FINAL_GROUPS, noun)
    else:
        good = [item for item in items if item.status == "on_track" or is_achieved(item.status)]
        lead = f"có {count(len(good))}/{count(total)} {noun} đúng tiến độ"
        rest = _groups_text(items, _PACE_GROUPS, noun)
    return f"{_opening(period, final)}, " + "; ".join([lead, *rest]) + "."


def summarize_tasks(items: Sequence[SummaryItem]) -> str:
    """'Về nhiệm vụ: 3/5 nhiệm vụ hoàn thành (2 đúng hạn, 1 muộn); 1 nhiệm vụ quá hạn: X.'

    The split into on time and late is given only for what was done, and a part with
    nothing in it is left out: "0/2 nhiệm vụ hoàn thành", not "(0 đúng hạn, 0 muộn)".
    """
    if not items:
        return ""
    on_time = sum(1 for item in items if item.status == "done_on_time")
    late = sum(1 for item in items if item.status == "done_late")
    lead = f"{count(on_time + late)}/{count(len(items))} nhiệm vụ hoàn thành"
    split = [f"{count(n)} {words}" for n, words in ((on_time, "đúng hạn"), (late, "muộn")) if n]
    if split:
        lead += f" ({', '.join(split)})"
    groups: tuple[tuple[tuple[Status, ...], str, bool], ...] = (
        (("overdue",), "quá hạn", True),
        (("open",), "đang thực hiện", False),
    )
    rest = _groups_text(items, groups, "nhiệm vụ")
    return "Về nhiệm vụ: " + "; ".join([lead, *rest]) + "."
