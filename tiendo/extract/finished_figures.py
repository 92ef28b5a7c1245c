"""The figure a finished draft gives out: its values, kind, period and comparisons, its
provenance text, and its offsets into the text the caller passed in."""

from __future__ import annotations

from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.confidence import features, weigh
from tiendo.extract.figure import Figure
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
    return Figure(
        text=text,
        indicator=draft.indicator,
        value=quantity.value if quantity else None,
        value_max=quantity.value_max if quantity else None,
        # "3,3%/năm" is written "%": a rate's time is how it is reckoned, not its
        # unit (every reader but one writes it so; corpus README).
        unit=quantity.unit.text if quantity else "%",
        kind=draft.kind,
        period=draft.period,
        bound=quantity.bound if quantity else None,
        comparisons=draft.comparisons,
        start=start,
        end=end,
        clause_start=clause_start,
        clause_end=clause_end,
        confidence=weigh(signs),
        signs=signs,
    )
