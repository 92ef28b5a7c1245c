"""Progress for the portal's templates: the lead's adapter (tiendo.core.progress) is
called once per resolution, and its JSON-ready output is only arranged and labelled
here, never recomputed.

The rows gain what a page needs beside the numbers: the link to the target's page,
the ratios paired with the words that name their baseline, and a small SVG bar.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from django.utils.safestring import mark_safe

from tiendo.core.models import Resolution
from tiendo.core.progress import stored_progress
from tiendo.periods import Period
from tiendo.portal.charts import progress_bar_svg
from tiendo.progress.narrative import percent_text
from tiendo.progress.status import STATUS_LABELS

# Display order of the statuses, worst news last so the eye meets good news first.
STATUS_ORDER = list(STATUS_LABELS)
# Baseline kinds in the order reports cite them.
RATIO_ORDER = ("plan", "budget_assigned", "budget_self", "same_period", "previous")


def status_counts(progress: dict[str, Any]) -> list[dict[str, Any]]:
    """[{"status", "label", "count"}] for the statuses present, in display order."""
    counts = progress.get("counts", {})
    return [
        {"status": status, "label": STATUS_LABELS[status], "count": counts[status]}
        for status in STATUS_ORDER
        if counts.get(status)
    ]


def _ratio_rows(row: dict[str, Any]) -> list[dict[str, Any]]:
    baselines = row.get("baselines", {})
    ratios = row.get("ratios", {})
    decimals = row.get("ratio_decimals") or {}
    kinds = [k for k in RATIO_ORDER if k in ratios] + sorted(set(ratios) - set(RATIO_ORDER))
    found = []
    for kind in kinds:
        label = baselines.get(kind, {}).get("label") or ("KH" if kind == "plan" else kind)
        if kind == "same_period":
            label = "cùng kỳ"
        found.append(
            {"kind": kind, "label": label, "percent": ratios[kind], "decimals": decimals.get(kind)}
        )
    return found


def _main_ratio(ratios: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The ratio the bar shows: % of plan, else % of the first budget."""
    for ratio in ratios:
        if ratio["kind"] in ("plan", "budget_assigned", "budget_self"):
            return ratio
    return None


def _decorate_row(row: dict[str, Any], base_url: str) -> dict[str, Any]:
    ratios = _ratio_rows(row)
    main = _main_ratio(ratios)
    bar_label = (
        f"Đạt {percent_text(main['percent'], main['decimals'])}% {main['label']}"
        if main
        else "Chưa có tỷ lệ"
    )
    baselines = row.get("baselines", {})
    plan_baseline = baselines.get("plan")
    return {
        **row,
        "url": f"{base_url}chi-tieu/{row['key']}/",
        "ratio_rows": ratios,
        "main_ratio": main,
        "plan_baseline": plan_baseline,
        # "giảm 1,5% so với năm trước (từ 5,2%)": a plan set as a change.
        "plan_words": (row.get("plan_text") or "").removeprefix("KH "),
        # Budget revenue is planned as dự toán (assigned, and aimed for), not as KH.
        "budget_baselines": [b for kind, b in baselines.items() if kind != "plan"],
        "bar_svg": mark_safe(progress_bar_svg(main["percent"] if main else None, bar_label)),
    }


class _Arranged:
    """The overviews arranged last, each with the stored dict it was made from: while
    a snapshot is unchanged its reads give the very same dict (tiendo.core.progress
    .store), so its overview is reused; a recomputed snapshot is a new dict, arranged
    afresh. Shared by every page that shows it: read it, do not change it."""

    SIZE = 64

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[int, str], tuple[Any, Any, dict[str, Any]]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[int, str], table: Any, computed_at: Any) -> dict[str, Any] | None:
        with self._lock:
            found = self._items.get(key)
            if found is None or found[0] is not table or found[1] != computed_at:
                return None
            self._items.move_to_end(key)
            return found[2]

    def put(
        self, key: tuple[int, str], table: Any, computed_at: Any, overview: dict[str, Any]
    ) -> None:
        with self._lock:
            self._items[key] = (table, computed_at, overview)
            self._items.move_to_end(key)
            while len(self._items) > self.SIZE:
                self._items.popitem(last=False)


_arranged = _Arranged()


def resolution_overview(resolution: Resolution, base_url: str) -> dict[str, Any]:
    """The adapter's progress of a resolution, arranged for a page.

    `base_url` is the resolution's page ("/nghi-quyet/15-nq-hu-2022/"); each target row
    gets its own page under it. `computed_at` is when the stored progress was computed
    ("Cập nhật lúc …"). The result is shared (see _Arranged): read it only.
    """
    stored = stored_progress(resolution)
    progress = stored.as_dict()
    key = (resolution.pk, base_url)
    known = _arranged.get(key, progress, stored.computed_at)
    if known is not None:
        return known
    overview = _arrange(progress, stored.computed_at, base_url)
    _arranged.put(key, progress, stored.computed_at, overview)
    return overview


def _arrange(progress: dict[str, Any], computed_at: Any, base_url: str) -> dict[str, Any]:
    period = progress.get("period") or {}
    return {
        **progress,
        "computed_at": computed_at,
        "period_label": Period(
            period.get("year"), period.get("from_month"), period.get("to_month")
        ).label_vi(),
        "status_counts": status_counts(progress),
        "rows": [_decorate_row(row, base_url) for row in progress.get("targets", [])],
        "task_status": {task["key"]: task for task in progress.get("tasks", [])},
    }
