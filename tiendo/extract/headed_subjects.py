"""Subjects of a respective list that each open with the same head noun, and hold commas
of their own: "nhóm nông sản, thủy sản và nhóm nhiên liệu, khoáng sản lần lượt giảm 9,9% và
45,5%" lists two groups, not four names. The head said again marks where each subject
starts; the commas inside a subject join its parts.

>>> low = "nhóm nông sản, thủy sản và nhóm nhiên liệu, khoáng sản"
>>> pieces = [(0, 13), (15, 23), (27, 43), (45, 55)]
>>> [low[a:b] for a, b in headed_subjects(low, pieces, 2)]
['nhóm nông sản, thủy sản', 'nhóm nhiên liệu, khoáng sản']
"""

from __future__ import annotations


def _head(low: str, piece: tuple[int, int]) -> str:
    words = low[piece[0] : piece[1]].split(maxsplit=1)
    return words[0] if len(words) == 2 else ""  # a head names something after it


def headed_subjects(
    low: str, pieces: list[tuple[int, int]], count: int
) -> list[tuple[int, int]] | None:
    """The `count` subjects of `pieces` (names parted by commas and "và", in order) that
    open with one head word said again, each running to the next; None when the pieces
    hold no such list, or no piece beside the heads to join to one."""
    if len(pieces) <= count or count < 2:
        return None
    for first in range(len(pieces) - count):
        head = _head(low, pieces[first])
        if not head:
            continue
        starts = [i for i in range(first, len(pieces)) if _head(low, pieces[i]) == head]
        if len(starts) != count or len(starts) == len(pieces) - first:
            continue  # not as many heads, or nothing to join to one
        ends = [pieces[i - 1][1] for i in starts[1:]] + [pieces[-1][1]]
        return [(pieces[s][0], e) for s, e in zip(starts, ends, strict=True)]
    return None
