"""Progress of targets: ratios, status, pace, forecasts, checks, roll-ups, narrative.

Pure Python (no Django): the portal, the workspace, the reports and the API all call
`evaluate_resolution` with plain dataclasses built from the database.

>>> from tiendo.periods import Period
>>> target = TargetSpec("thu", "Thu ngân sách", "tỷ đồng", 700.0, Period.year_of(2022))
>>> result = Observation("thu", "", Period.year_of(2022), 735.0, source_label="Báo cáo")
>>> progress = evaluate_resolution([target], [result], Period.year_of(2022))
>>> progress.targets[0].status_label
'Vượt'
>>> print(progress.as_text())
Năm 2022, có 1/1 chỉ tiêu đạt và vượt (trong đó 1 chỉ tiêu vượt).
<BLANKLINE>
Thu ngân sách năm 2022 đạt 735 tỷ đồng, đạt 105% KH.
"""

from __future__ import annotations

from tiendo.progress.baselines import Baseline
from tiendo.progress.checks import ProgressWarning, find_conflicts, infer_base
from tiendo.progress.evaluate import evaluate_resolution
from tiendo.progress.model import Observation, PlanChange, TargetSpec, TaskSpec
from tiendo.progress.narrative import Statement, write_sentence
from tiendo.progress.pace import Forecast, forecast_year_end
from tiendo.progress.quantity import Quantity
from tiendo.progress.resolution_progress import ResolutionProgress
from tiendo.progress.rollup import combine, roll_up
from tiendo.progress.rounding import decimals_in_text
from tiendo.progress.status import STATUS_LABELS, Status
from tiendo.progress.target_progress import TargetProgress
from tiendo.progress.tasks import task_status

__all__ = [
    "STATUS_LABELS",
    "Baseline",
    "Forecast",
    "Observation",
    "PlanChange",
    "ProgressWarning",
    "Quantity",
    "ResolutionProgress",
    "Statement",
    "Status",
    "TargetProgress",
    "TargetSpec",
    "TaskSpec",
    "combine",
    "decimals_in_text",
    "evaluate_resolution",
    "find_conflicts",
    "forecast_year_end",
    "infer_base",
    "roll_up",
    "task_status",
    "write_sentence",
]
