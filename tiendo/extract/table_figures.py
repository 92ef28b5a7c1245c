"""The figures of the report tables in a passage, for prose.iter_figures.

The table modules are imported only for a text that holds a cell: most passages hold
none, and the command then starts without compiling them.
"""

from __future__ import annotations

from tiendo.extract.figure import Figure


def tables_of(text: str, year: int | None) -> tuple[list[Figure], str]:
    """The figures of the tables in `text`, and the text with the tables blanked out."""
    from tiendo.extract.tables import figures_from_table
    from tiendo.extract.text_tables import (
        blank_spans,
        bracket_header,
        caption_kind,
        caption_line,
        caption_months,
        caption_unit,
        caption_year,
        table_blocks,
    )

    blocks = table_blocks(text)
    tabled: list[Figure] = []
    for start, _, rows in blocks:
        table_year = caption_year(text, start) or year
        unit = caption_unit(text, start)
        kind = caption_kind(text, start)
        tabled += figures_from_table(
            rows,
            year=table_year,
            offset=start,
            unit=unit,
            kind=kind,
            caption=caption_line(text, start),
            header=bracket_header(caption_line(text, start)) or None,
            months=caption_months(text, start),
        )
    prose = blank_spans(text, [(start, end) for start, end, _ in blocks]) if blocks else text
    return tabled, prose
