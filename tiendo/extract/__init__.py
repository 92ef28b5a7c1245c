"""tiendo.extract: figures (targets, estimates, results) read out of Vietnamese text.

Pure Python: no Django, so that the extractor is fast to test and usable as a library.

>>> [f.value for f in extract_figures("Thu ngân sách đạt 123,4 tỷ đồng, bằng 18% dự toán.")]
[123.4]
"""

from __future__ import annotations

from tiendo.extract.figure import (
    Basis,
    Bound,
    Comparison,
    Figure,
    Kind,
    Measure,
    figure_from_dict,
)
from tiendo.extract.prose import extract_figures

__all__ = [
    "Basis",
    "Bound",
    "Comparison",
    "Figure",
    "Kind",
    "Measure",
    "extract_figures",
    "figure_from_dict",
]
