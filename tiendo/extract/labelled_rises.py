"""Rises labelled one by one with the names of the levels stated before them.

"Khối lượng hành khách vận chuyển tháng 9 ước đạt 2.076 nghìn người, luân chuyển đạt 169
triệu người.km; so với tháng trước, vận chuyển tăng 0,8%, luân chuyển tăng 1,18%": a
transport release gives its levels first and then, for each basis, a series of rises
each opened by the word that named one of those levels. Each rise is that level's, on the
basis the series follows; read alone, each would be a figure of its own with the label
for its name, or be taken by the level just before it.

Only a series of two rises or more is read so, each label naming exactly one level of the
sentence and no two the same one: a single part after a total ("bán lẻ hàng hóa tăng 6%")
is a breakdown of the total, not a restatement of it.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft
from tiendo.extract.numbers import parse_number

# A rise and the words before it back to the last mark or basis ("..., luân chuyển tăng 1,18%").
_RISE: Final = re.compile(
    r"([^\d%,;:()]{2,40}?)\s+(tăng|giảm)\s+(?:khoảng\s+|gần\s+|hơn\s+)?(\d[\d.]*(?:,\d+)?)\s*%"
)
# What may stand between two rises of one series.
_JOINER: Final = re.compile(r"\s*(?:,|và|;)?\s*(?:và\s+)?")
_LONGEST_LABEL: Final = 3  # words


def _label_level(words: list[str], levels: list[tuple[Draft, str]]) -> Draft | None:
    """The one level whose name holds the longest tail of `words` (up to three words)."""
    for size in range(min(_LONGEST_LABEL, len(words)), 0, -1):
        label = " " + " ".join(words[-size:]) + " "
        named = [draft for draft, name in levels if label in name]
        if len(named) == 1:
            return named[0]
        if named:
            return None  # the label names several levels: no reading
    return None


def give_labelled_rises(low: str, drafts: list[Draft]) -> None:
    """Move each rise of a labelled series to the level its label names."""
    levels = [
        (d, " " + " ".join(d.indicator.lower().split()) + " ")
        for d in drafts
        if d.quantity is not None and d.quantity.unit.kind != "percent" and d.indicator
    ]
    if len(levels) < 2:
        return
    start = min(d.clause_start for d in drafts)
    end = max(d.clause_end for d in drafts)
    series: list[tuple[re.Match[str], Draft]] = []
    found: list[list[tuple[re.Match[str], Draft]]] = []
    for match in _RISE.finditer(low, start, end):
        words = match.group(1).split()
        # "số vụ giảm 20%, số người chết giảm 26,32%": counts named again (own_counts.py)
        level = _label_level(words, levels) if words[:1] != ["số"] else None
        joined = (
            series
            and _JOINER.fullmatch(low, series[-1][0].end(), match.start(1)) is not None
            and len(words) <= _LONGEST_LABEL
        )
        if level is None or level.anchor > match.start():
            series = []
            continue
        if not joined:
            series = []
            found.append(series)
        series.append((match, level))
    for group in found:
        if len(group) < 2 or len({id(level) for _, level in group}) < len(group):
            continue
        for match, level in group:
            _move(low, drafts, match, level)


def _move(low: str, drafts: list[Draft], match: re.Match[str], level: Draft) -> None:
    """Take the rise `match` states from the draft that holds it (the nearest before its
    end that holds a rise of that size) and give it to `level`."""
    value = parse_number(match.group(3))
    if value is None:
        return
    signed = -value if match.group(2) == "giảm" else value
    holders = [
        draft
        for draft in drafts
        if draft is not level
        and draft.anchor < match.end()
        and any(c.measure == "change" and c.percent == signed for c in draft.comparisons)
    ]
    if not holders:
        return
    holder = max(holders, key=lambda draft: draft.anchor)
    moved = next(c for c in holder.comparisons if c.measure == "change" and c.percent == signed)
    if holder.quantity is None and len(holder.comparisons) == 1:
        drafts.remove(holder)
    else:
        holder.comparisons.remove(moved)
    level.comparisons.append(moved)
