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

from tiendo.extract._pattern_codes import precompiled  # noqa: E402

# The code of each pattern, as the build wrote it (a tenth of a second at every start).
with precompiled():
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
