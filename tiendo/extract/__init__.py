"""tiendo.extract: figures (targets, estimates, results) read out of Vietnamese text.

Pure Python: no Django, so that the extractor is fast to test and usable as a library.
`pip install` compiles it with mypyc where it can; `_sources` says which form loads.

>>> [f.value for f in extract_figures("Thu ngân sách đạt 123,4 tỷ đồng, bằng 18% dự toán.")]
[123.4]
"""

from __future__ import annotations

from tiendo.extract._sources import choose_sources_if_needed

# Before any other module of the package loads: it decides where they load from.
choose_sources_if_needed()

from tiendo.extract._patterns import preload  # noqa: E402

# Before the modules that compile patterns as they load (_patterns.py): start-up time.
preload()

from tiendo.extract.figure import (  # noqa: E402
    Basis,
    Bound,
    Comparison,
    Figure,
    Kind,
    Measure,
    figure_from_dict,
)
from tiendo.extract.prose import extract_figures  # noqa: E402

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
