"""The figure a finished draft gives out: its values, kind, period and comparisons, its
provenance text, and its offsets into the text the caller passed in."""

from __future__ import annotations

from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.confidence import features, weigh
from tiendo.extract.figure import Figure
from tiendo.extract.rise_bounds import floor_of_rise
from tiendo.extract.standard_names import GRADED_ENDS, standard_named
from tiendo.extract.textmap import MappedText

MAX_CLAUSE: Final = 400  # characters of provenance text before a figure's own stretch is used


def figure_of(draft: Draft, mapped: MappedText, original: str) -> Figure:
    """The finished figure of a draft read in `mapped`, with offsets into `original`."""
    quantity = draft.quantity
    clause_start, clause_end = draft.clause_start, draft.clause_end
    if clause_end - clause_start > MAX_CLAUSE:
        # A run-on clause (a list without stops) would repeat itself in every figure
        # it holds; the figure's own stretch is its provenance then.
        clause_start = max(clause_start, draft.item_start)
        clause_end = min(clause_end, max(draft.extent_end, clause_start + 1))
    if quantity is not None:
        start, end = quantity.start, quantity.unit.end
    else:
        start, end = draft.anchor, draft.extent_end
    if mapped.origin is not None:  # else normalising changed nothing: offsets hold
        clause_start = mapped.original_offset(clause_start)
        clause_end = mapped.original_end(clause_end)
        start, end = mapped.original_offset(start), mapped.original_end(end)
    text = original[clause_start:clause_end].strip().rstrip(".;:")
    signs = features(draft, clause_text=text)
    # Made as pickle makes one, then filled in field by field: compiled, calling Figure
    # runs the __init__ @dataclass writes, interpreted, with its fields passed by name
    # (about 9.000 instructions a figure); here each field is set natively. Every field
    # is set (test_finished_figures holds the two ways to the same figure).
    figure: Figure = Figure.__new__(Figure)
    figure.text = text
    figure.indicator = draft.indicator
    if draft.indicator.endswith(GRADED_ENDS):
        # "158 xã đạt chuẩn" in a passage on nông thôn mới (final_name reads it too, for
        # the names after it): again here, once the steps over the sentence have shared
        # their predicates ("20 xã và 109 khu dân cư được công nhận đạt chuẩn")
        figure.indicator = standard_named(draft.indicator, mapped.lower) or draft.indicator
    figure.value = quantity.value if quantity else None
    # "3,3%/năm" is written "%": a rate's time is how it is reckoned, not its unit
    # (every reader but one writes it so; corpus README).
    figure.unit = quantity.unit.text if quantity else "%"
    figure.kind = draft.kind
    figure.period = draft.period
    figure.value_max = quantity.value_max if quantity else None
    if quantity is not None:
        figure.bound = quantity.bound
    else:
        # "vượt kế hoạch từ 5% trở lên": a floor on the share or rise it only states
        floor = floor_of_rise(mapped.lower, draft.number_start, draft.clause_end)
        figure.bound = "at_least" if floor else None
    figure.comparisons = draft.comparisons
    figure.start = start
    figure.end = end
    figure.clause_start = clause_start
    figure.clause_end = clause_end
    figure.confidence = weigh(signs)
    figure.signs = signs
    return figure
