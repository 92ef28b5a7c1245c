"""A learned second look at a figure's kind (actual, estimate, target) after the rules.

The rules read a kind from the words that mark it; where readers' conventions rather
than grammar decide ("ước" on a heading three lines up, a plan's year against the
document's), a small multinomial logistic model trained on the tuning parts
(`scripts/train_kind.py`) may know better. It changes the rules' kind only when it gives
another kind a probability over the threshold chosen by cross-validation by source.

The signs are cheap (a few splits of short slices and a dict lookup each): the rules'
kind, the words just before and after the number, the words of the clause before it,
the head of the figure's line (and of a heading line above it), and the figure's year
against the document's.

>>> signs = kind_signs("Phấn đấu đến năm 2025 đạt 100 tỷ đồng.", 0, 36, 26, 29, "target",
...     Period(2025), 2023)
>>> [s for s in signs if s.startswith(("k:", "y:", "b1:", "p:"))]
['k:target', 'y:later', 'p:phấn đấu', 'b1:đạt']
"""

from __future__ import annotations

import itertools
import json
import math
import os
import re
from bisect import bisect_left
from functools import cache, lru_cache
from pathlib import Path

from tiendo.extract.clauses import Draft
from tiendo.extract.figure import Kind
from tiendo.periods import Period

_WEIGHTS = Path(__file__).with_name("kind_weights.json")
KINDS: tuple[Kind, ...] = ("actual", "estimate", "target")
_STRIP = ",.;:()[]\"'“”‘’!?…-–+*/"
# Words read anywhere in the clause before the number, crossed with the rules' kind:
# the few that mark a kind in every reader's text.
_CUES = frozenset(
    ("ước", "dự", "kiến", "phấn", "đấu", "kế", "hoạch", "chỉ", "mục", "đạt", "thực", "sẽ",
     "giao", "tới", "đã", "toán", "bình", "quân", "lũy", "luỹ", "cả", "hết", "đến", "trên")
)  # fmt: skip
_CLAUSE = 120  # characters of the clause before the number read at most
_AFTER = 30
_HEAD = 40
# While training reads the rules' kinds (TIENDO_KIND_MODEL=record): (number's start,
# clause's start) -> the signs of each figure read from prose, as the hook saw them.
RECORDED: dict[tuple[int, int], list[str]] = {}


# Words that mark a whole report's figures: "ước" (an estimate), a plan, a target.
_MARKS = re.compile(r"(?<!\w)(ước|dự kiến|kế hoạch|mục tiêu|phấn đấu|chỉ tiêu)(?!\w)")


@lru_cache(maxsize=4)
def _marks(text: str) -> dict[str, list[int]]:
    """Where each marking word stands in a passage (read once per passage: the text's
    hash is kept by the string, so the cache is a lookup)."""
    found: dict[str, list[int]] = {}
    for match in _MARKS.finditer(text.lower()):
        found.setdefault(match.group(1), []).append(match.start())
    return found


def _words(text: str) -> list[str]:
    out = []
    for word in text.lower().split():
        word = word.strip(_STRIP)
        if word:
            out.append("#" if word[0].isdigit() else word)
    return out


def _year_relation(year: int | None, document_year: int | None) -> str:
    if year is None:
        return "none"
    if document_year is None:
        return "nodoc"
    if year < document_year:
        return "earlier"
    return "same" if year == document_year else "later"


def kind_signs(
    text: str,
    clause_start: int,
    clause_end: int,
    start: int,
    end: int,
    kind: str,
    period: Period,
    document_year: int | None,
    draft: Draft | None = None,
    kinds_read: list[int] | None = None,
) -> list[str]:
    """The signs of one figure: `text` is the passage, the offsets its clause's and its
    number's, `kind` the rules' reading, `period` the figure's and `document_year` the
    passage's year (None when unknown); `draft` tells how the rules read it."""
    relation = _year_relation(period.year, document_year)
    months = f"{period.from_month or ''}-{period.to_month or ''}"  # "-": a whole year
    signs = ["k:" + kind, "y:" + relation, "ky:" + kind + relation, "m:" + months]
    signs.append("km:" + kind + months)
    if draft is not None:
        # Whether a word named the kind or the rules assumed it, and where the figure
        # stands: in parentheses, an item of a list, its name carried from before.
        cued = "cued" if draft.kind_cued else "assumed"
        signs.append("r:" + kind + cued)
        signs.append("ry:" + kind + cued + relation)
        if draft.in_paren:
            signs.append("r:" + kind + "paren")
        if draft.listed:
            signs.append("r:" + kind + "listed")
        if draft.carried:
            signs.append("r:" + kind + "carried")
        if draft.comparisons:
            signs.append("r:" + kind + "compared")
        if draft.quantity is None:
            signs.append("r:" + kind + "bare")
    if kinds_read is not None:
        # The passage's figures before this one, as the rules read them: readers keep
        # one kind for a whole report more often than the words do.
        seen = kinds_read[0] + kinds_read[1] + kinds_read[2]
        last = kinds_read[3]
        signs.append("l:" + kind + (KINDS[last] if last >= 0 else "first"))
        if seen:
            for i in range(3):
                share = kinds_read[i] / seen
                level = "none" if not share else "most" if share >= 0.5 else "some"
                signs.append("s:" + kind + KINDS[i] + level)
    for mark, places in _marks(text).items():
        before = bisect_left(places, clause_start)
        if before:
            signs.append("p:" + mark)
            signs.append("kp:" + kind + mark)
        if before < len(places):
            signs.append("pa:" + mark)
    # The clause's last words before the number: its start may lie a long list away.
    clause = (
        _words(text[max(clause_start, start - _CLAUSE) : start]) if start > clause_start else []
    )
    window = clause[-5:]
    for word in window:
        signs.append("b:" + word)
    for first, second in itertools.pairwise(window):
        signs.append("bb:" + first + " " + second)
    if window:
        signs.append("b1:" + window[-1])
    for word in set(clause):
        signs.append("c:" + word)
        if word in _CUES:
            signs.append("kc:" + kind + word)
    after = _words(text[end : min(clause_end, end + _AFTER)])[:3]
    for word in after:
        signs.append("a:" + word)
    if after:
        signs.append("a1:" + after[0])
    line_start = text.rfind("\n", 0, clause_start) + 1
    head = _words(text[line_start : line_start + _HEAD])[:3]
    if head:
        signs.append("h:" + head[0])
        if len(head) > 1:
            signs.append("hh:" + head[0] + " " + head[1])
    if line_start > 1:
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
        if above.endswith(":"):
            heading = _words(above[:_HEAD])[:3]
            for word in heading:
                signs.append("H:" + word)
            if len(heading) > 1:
                signs.append("HH:" + heading[0] + " " + heading[1])
    return signs


@cache
def trained() -> tuple[dict[str, tuple[float, float, float]], float]:
    """The shipped weights (a sign -> its weight for each kind of KINDS) and the
    threshold; no weights (the rules decide) if the file is missing or the model is
    switched off (TIENDO_KIND_MODEL=off, as training reads the rules' kinds)."""
    if os.environ.get("TIENDO_KIND_MODEL") in ("off", "record"):
        return {}, 1.0
    try:
        data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
        weights = {
            str(k): (float(v[0]), float(v[1]), float(v[2])) for k, v in data["weights"].items()
        }
        threshold = float(data["threshold"])
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}, 1.0
    return weights, threshold


def probabilities(
    signs: list[str], weights: dict[str, tuple[float, float, float]]
) -> tuple[float, float, float]:
    """The model's probability of each kind of KINDS for a figure with these signs."""
    a = e = t = 0.0
    for sign in signs:
        w = weights.get(sign)
        if w is not None:
            a += w[0]
            e += w[1]
            t += w[2]
    top = max(a, e, t)
    a, e, t = math.exp(a - top), math.exp(e - top), math.exp(t - top)
    total = a + e + t
    return a / total, e / total, t / total


def revised_kind(
    text: str,
    clause_start: int,
    clause_end: int,
    start: int,
    end: int,
    draft: Draft,
    document_year: int | None,
    kinds_read: list[int],
) -> Kind:
    """The rules' kind of `draft`, or another the model holds more likely than the
    threshold (offsets into `text`, the passage)."""
    weights, threshold = trained()
    kind = draft.kind
    if not weights or threshold >= 1.0:
        if recording():
            RECORDED[(start, clause_start)] = kind_signs(
                text, clause_start, clause_end, start, end, kind, draft.period, document_year,
                draft, kinds_read,
            )  # fmt: skip
            _count(kinds_read, kind)
        return kind
    signs = kind_signs(
        text, clause_start, clause_end, start, end, kind, draft.period, document_year, draft,
        kinds_read,
    )  # fmt: skip
    _count(kinds_read, kind)
    return decided(kind, probabilities(signs, weights), threshold)


def _count(kinds_read: list[int], kind: Kind) -> None:
    index = KINDS.index(kind)
    kinds_read[index] += 1
    kinds_read[3] = index


@cache
def recording() -> bool:
    return os.environ.get("TIENDO_KIND_MODEL") == "record"


def decided(kind: Kind, chances: tuple[float, float, float], threshold: float) -> Kind:
    """`kind`, or the kind of KINDS whose chance exceeds the threshold (at least 0,5, so
    one at most)."""
    a, e, t = chances
    if a > threshold and kind != "actual":
        return "actual"
    if e > threshold and kind != "estimate":
        return "estimate"
    if t > threshold and kind != "target":
        return "target"
    return kind
