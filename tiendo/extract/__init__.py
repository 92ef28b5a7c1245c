"""tiendo.extract: figures (targets, estimates, results) read out of Vietnamese text.

Pure Python: no Django, so that the extractor is fast to test and usable as a library.
`pip install` compiles it with mypyc where it can; `_sources` says which form loads.

>>> [f.value for f in extract_figures("Thu ngân sách đạt 123,4 tỷ đồng, bằng 18% dự toán.")]
[123.4]
"""

from __future__ import annotations

import copyreg
import dataclasses
from collections.abc import Callable
from typing import Any

from tiendo.extract._sources import choose_sources_if_needed

# Before any other module of the package loads: it decides where they load from.
choose_sources_if_needed()

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


def _frozen_from_fields(kind: type[Comparison], values: tuple[Any, ...]) -> Comparison:
    return kind(*values)


def _reduce_frozen(
    value: Comparison,
) -> tuple[Callable[..., Comparison], tuple[type[Comparison], tuple[Any, ...]]]:
    fields = tuple(getattr(value, field.name) for field in dataclasses.fields(value))
    return _frozen_from_fields, (type(value), fields)


# mypyc compiles a frozen dataclass into a class without __dict__, which pickle and copy
# rebuild by setting each field, and which refuses as frozen (FrozenInstanceError): the
# progress snapshots (tiendo/core/progress/store.py) pickle Comparisons. Rebuilt through
# the constructor instead, in both forms, so a pickle reads back in either.
copyreg.pickle(Comparison, _reduce_frozen)

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
