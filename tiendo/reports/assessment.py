"""Sections II and III of a report, written from the progress data: what went well,
what is behind and by how much, the forecast, the tasks overdue, and what has to be
done in the months left. Nothing here is canned: every sentence names a target, a
task or a figure from `resolution_progress(...).as_dict()`, and a section with
nothing to say says so in one line.

>>> target = {"indicator": "Giá trị sản xuất công nghiệp", "unit": "tỷ đồng",
...     "status": "behind", "direction": "higher", "aggregation": "sum", "value": 220.0,
...     "judged_against": "plan", "ratios": {"plan": 23.08}, "ratio_decimals": {"plan": 2},
...     "baselines": {"plan": {"value": 953.2}}, "value_max": None,
...     "period": {"year": 2022, "from_month": 1, "to_month": 3},
...     "target_period": {"year": 2022, "from_month": 1, "to_month": 12},
...     "forecast": {"value": 880.0, "expected_share": 0.25}}
>>> print(shortfall(target).replace(", ", ",\\n"))
Giá trị sản xuất công nghiệp đạt 23,08% KH,
thấp hơn mức cần đạt theo tiến độ (25%) 1,92 điểm phần trăm; dự báo cả năm khoảng 880 tỷ đồng,
bằng 92,32% KH,
còn thiếu khoảng 73,2 tỷ đồng
>>> print(catch_up(target).replace(", ", ",\\n"))
Tập trung chỉ đạo giá trị sản xuất công nghiệp: để đạt KH (953,2 tỷ đồng),
9 tháng còn lại cần thực hiện thêm 733,2 tỷ đồng,
bình quân 81,47 tỷ đồng/tháng (gấp 1,11 lần bình quân đã đạt,
73,33 tỷ đồng/tháng).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tiendo.progress.narrative import lower_first
from tiendo.progress.summary import count
from tiendo.reports.content import Section
from tiendo.reports.numbers import percent_text, quantity_text

Target = Mapping[str, Any]

GOOD = ("exceeded", "met", "on_track")
BEHIND = ("not_met", "at_risk", "behind")
_GOOD_WORDS = {"exceeded": "vượt", "met": "đạt", "on_track": "đúng tiến độ"}
_BEHIND_WORDS = {"not_met": "chưa đạt", "at_risk": "có nguy cơ không đạt", "behind": "chậm tiến độ"}


@dataclass(frozen=True)
class Headings:
    """The headings of the format file's [assessment] table."""

    strengths: str
    shortcomings: str
    nothing_behind: str


def _main_ratio(target: Target) -> tuple[str, str, float, int | None, float] | None:
    """(kind, words, percent, decimals, baseline value) of the ratio the status was
    judged by; None when there is none (no plan, or a plan that is a range)."""
    kind = target.get("judged_against") or "plan"
    percent = (target.get("ratios") or {}).get(kind)
    baseline = (target.get("baselines") or {}).get(kind) or {}
    plan = target.get("plan") if kind == "plan" else None
    value = plan if plan is not None else baseline.get("value")
    if percent is None or value is None:
        return None
    words = "KH" if kind == "plan" else str(baseline.get("label") or kind)
    decimals = (target.get("ratio_decimals") or {}).get(kind)
    return kind, words, float(percent), decimals, float(value)


def _higher_and_plain(target: Target) -> bool:
    return target.get("direction", "higher") == "higher" and target.get("value_max") is None


def _months(target: Target) -> tuple[int, int] | None:
    """(months elapsed, months left) of the target's period at the report's period end."""
    period, whole = target.get("period") or {}, target.get("target_period") or {}
    if not period.get("to_month") or period.get("year") != whole.get("year"):
        return None
    start, end = whole.get("from_month") or 1, whole.get("to_month") or 12
    elapsed = period["to_month"] - start + 1
    return (elapsed, end - period["to_month"]) if elapsed > 0 else None


def _subject(target: Target) -> str:
    return str(target.get("indicator") or "").strip()


def shortfall(target: Target) -> str:
    """What is behind and by how much: the ratio against the pace expected, the
    forecast against the plan, the amount missing."""
    subject, unit = _subject(target), str(target.get("unit") or "")
    main = _main_ratio(target)
    value = target.get("value")
    if main is None or value is None or not _higher_and_plain(target):
        plan = str(target.get("plan_text") or "").strip()
        result = quantity_text(value, unit) if value is not None else "chưa có số liệu"
        return f"{subject}: {result}" + (f", {plan}" if plan else "")
    _, words, percent, decimals, base = main
    parts = [f"{subject} đạt {percent_text(percent, decimals)}% {words}"]
    forecast = target.get("forecast") or {}
    expected = forecast.get("expected_share")
    if target.get("status") != "not_met" and expected:
        pace = 100.0 * float(expected)
        if pace > percent:
            parts[0] += (
                f", thấp hơn mức cần đạt theo tiến độ ({percent_text(pace)}%) "
                f"{percent_text(pace - percent)} điểm phần trăm"
            )
    if target.get("status") == "not_met":
        parts.append(f"còn thiếu {quantity_text(base - float(value), unit)} so với {words}")
    elif forecast.get("value") is not None:
        expected_value = float(forecast["value"])
        text = f"dự báo cả năm khoảng {quantity_text(round(expected_value, 1), unit)}"
        text += f", bằng {percent_text(100.0 * expected_value / base)}% {words}"
        if expected_value < base:
            text += f", còn thiếu khoảng {quantity_text(round(base - expected_value, 1), unit)}"
        parts.append(text)
    return "; ".join(parts)


def catch_up(target: Target) -> str:
    """What the months left must bring for a flow to reach its plan; '' when the
    period is over, the target is not a flow, or there is no plan to reach."""
    main, months, value = _main_ratio(target), _months(target), target.get("value")
    if main is None or months is None or value is None or not _higher_and_plain(target):
        return ""
    if target.get("aggregation", "sum") != "sum":
        return ""
    elapsed, left = months
    _, words, _, _, base = main
    missing = base - float(value)
    if left <= 0 or missing <= 0:
        return ""
    unit = str(target.get("unit") or "")
    per_month, so_far = missing / left, float(value) / elapsed
    text = (
        f"Tập trung chỉ đạo {lower_first(_subject(target))}: để đạt {words} "
        f"({quantity_text(base, unit)}), {count(left)} tháng còn lại cần thực hiện thêm "
        f"{quantity_text(missing, unit)}, bình quân {quantity_text(per_month, unit)}/tháng"
    )
    if so_far > 0:
        text += (
            f" (gấp {percent_text(per_month / so_far)} lần bình quân đã đạt, "
            f"{quantity_text(so_far, unit)}/tháng)"
        )
    return text + "."


def _good_mention(target: Target) -> str:
    main = _main_ratio(target)
    if main is None:
        return _subject(target)
    _, words, percent, decimals, _ = main
    return f"{_subject(target)} (đạt {percent_text(percent, decimals)}% {words})"


def _rises(targets: Sequence[Target]) -> list[str]:
    """'Tổng thu ngân sách tăng 68,4% so với cùng kỳ': growth over the same period."""
    found = []
    for target in targets:
        change = (target.get("changes") or {}).get("same_period")
        if change is not None and change > 0 and target.get("unit") != "%":
            found.append(f"{_subject(target)} tăng {percent_text(change, 1)}% so với cùng kỳ")
    return found


def _tasks(progress: Mapping[str, Any], *statuses: str) -> list[Mapping[str, Any]]:
    return [task for task in progress.get("tasks", []) if task.get("status") in statuses]


def _task_words(task: Mapping[str, Any]) -> str:
    return f"“{str(task.get('text') or '').rstrip('.')}” (hạn {task.get('deadline_vi', '')})"


def _task_paragraph(progress: Mapping[str, Any], words: str, *statuses: str) -> list[str]:
    """['1 nhiệm vụ quá hạn chưa hoàn thành: “…” (hạn 30/09/2022).'], or [] when none."""
    tasks = _tasks(progress, *statuses)
    if not tasks:
        return []
    named = "; ".join(_task_words(task) for task in tasks)
    return [f"{count(len(tasks))} nhiệm vụ {words}: {named}."]


def _named(targets: Iterable[Target]) -> str:
    return "; ".join(lower_first(_subject(target)) for target in targets)


def strengths(progress: Mapping[str, Any]) -> list[str]:
    targets = list(progress.get("targets", []))
    paragraphs = []
    for status in GOOD:
        chosen = [t for t in targets if t.get("status") == status]
        if chosen:
            mentions = "; ".join(_good_mention(t) for t in chosen)
            paragraphs.append(f"{count(len(chosen))} chỉ tiêu {_GOOD_WORDS[status]}: {mentions}.")
    rises = _rises(targets)
    if rises:
        paragraphs.append("So với cùng kỳ: " + "; ".join(rises) + ".")
    return paragraphs + _task_paragraph(progress, "đã hoàn thành", "done_on_time", "done_late")


def shortcomings(progress: Mapping[str, Any], warnings: Sequence[str]) -> list[str]:
    targets = list(progress.get("targets", []))
    paragraphs = []
    for status in BEHIND:
        for target in (t for t in targets if t.get("status") == status):
            paragraphs.append(f"Chỉ tiêu {_BEHIND_WORDS[status]}: {shortfall(target)}.")
    paragraphs += _task_paragraph(progress, "quá hạn chưa hoàn thành", "overdue")
    paragraphs += _task_paragraph(progress, "hoàn thành muộn", "done_late")
    no_data = [t for t in targets if t.get("status") == "no_data"]
    if no_data:
        paragraphs.append(f"Chưa có số liệu để đánh giá chỉ tiêu {_named(no_data)}.")
    no_plan = [t for t in targets if t.get("status") == "no_plan"]
    if no_plan:
        mentions = "; ".join(
            f"{_subject(t)} ({quantity_text(t.get('value'), str(t.get('unit') or ''))})"
            if t.get("value") is not None
            else _subject(t)
            for t in no_plan
        )
        paragraphs.append(f"Chưa có kế hoạch năm để đánh giá tiến độ: {mentions}.")
    if warnings:
        paragraphs.append(
            "Số liệu cần rà soát: " + "; ".join(w.rstrip(".") for w in warnings) + "."
        )
    return paragraphs


def solutions(progress: Mapping[str, Any], warnings: Sequence[str]) -> list[str]:
    """Section III: one line per target to catch up, task overdue, plan or figure
    missing; drawn from the same data as section II."""
    targets = list(progress.get("targets", []))
    lines = []
    for status in BEHIND:
        for target in (t for t in targets if t.get("status") == status):
            line = catch_up(target)
            if not line:
                line = f"Có giải pháp khắc phục đối với chỉ tiêu {lower_first(_subject(target))}."
            lines.append(line)
    for task in _tasks(progress, "overdue"):
        lines.append(f"Khẩn trương hoàn thành nhiệm vụ quá hạn {_task_words(task)}.")
    no_plan = [t for t in targets if t.get("status") == "no_plan"]
    if no_plan:
        lines.append(
            f"Xác định kế hoạch năm cho chỉ tiêu {_named(no_plan)} để có căn cứ đánh giá tiến độ."
        )
    no_data = [t for t in targets if t.get("status") == "no_data"]
    if no_data:
        lines.append(f"Đôn đốc các đơn vị báo cáo số liệu chỉ tiêu {_named(no_data)}.")
    if warnings:
        lines.append("Rà soát, đối chiếu lại với nguồn các số liệu cần rà soát nêu tại mục II.")
    return lines


def assessment_sections(
    progress: Mapping[str, Any], warnings: Sequence[str], headings: Headings
) -> list[Section]:
    good = strengths(progress)
    bad = shortcomings(progress, warnings) or [headings.nothing_behind]
    sections = [Section(headings.shortcomings, bad)]
    if good:
        sections.insert(0, Section(headings.strengths, good))
    return sections
