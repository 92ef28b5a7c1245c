"""tiendo.extract: figures (targets, estimates, results) read out of Vietnamese text.

Pure Python: no Django, so that the extractor is fast to test and usable as a library.
`pip install` compiles it with mypyc where it can; `_sources` says which form loads.

>>> [f.value for f in extract_figures("Thu ngân sách đạt 123,4 tỷ đồng, bằng 18% dự toán.")]
[123.4]
"""

from __future__ import annotations

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


def _set_frozen_state(self: object, state: Any) -> None:
    """How pickle and copy fill in a Comparison: past its frozen __setattr__."""
    if isinstance(state, tuple):  # (the __dict__'s state, the slots' state)
        state = {**(state[0] or {}), **(state[1] or {})}
    for name, value in state.items():
        object.__setattr__(self, name, value)


# mypyc compiles a frozen dataclass into a class without __dict__, which pickle and copy
# fill in field by field, through the __setattr__ that refuses as frozen
# (FrozenInstanceError); the progress snapshots (tiendo/core/progress/store.py) pickle
# Comparisons. With this __setstate__ a pickle of either form, the ones stored before
# the extractor was compiled too, reads back in either.
Comparison.__setstate__ = _set_frozen_state  # type: ignore[attr-defined]

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
