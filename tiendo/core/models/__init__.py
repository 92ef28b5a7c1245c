from __future__ import annotations

from tiendo.core.models.document import Document
from tiendo.core.models.orgunit import OrgUnit
from tiendo.core.models.progress import ProgressSnapshot
from tiendo.core.models.resolution import Resolution, Task
from tiendo.core.models.result import Result
from tiendo.core.models.target import Baseline, Target

__all__ = [
    "Baseline",
    "Document",
    "OrgUnit",
    "ProgressSnapshot",
    "Resolution",
    "Result",
    "Target",
    "Task",
]
