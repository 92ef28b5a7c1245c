"""A part of a measure taken over a scope: "chỉ số sản xuất toàn ngành công nghiệp tăng 8%;
trong đó sản xuất và phân phối điện tăng 25,1%", "GRDP khu vực nông, lâm nghiệp và thủy
sản tăng 3,53%, trong đó nông nghiệp tăng 4,58%".

The whole's name is its measure and its scope ("toàn ngành công nghiệp", "khu vực nông,
lâm nghiệp và thủy sản"); a part within the scope is the measure of that part alone:
"chỉ số sản xuất ngành sản xuất và phân phối điện", "GRDP nông nghiệp", not the measure
of the scope followed by the part.

>>> part_named("GRDP khu vực nông, lâm nghiệp và thủy sản nông nghiệp",
...            SaidNames(["GRDP khu vực nông, lâm nghiệp và thủy sản"]))
'GRDP nông nghiệp'
>>> part_named("chỉ số sản xuất toàn ngành công nghiệp khai khoáng",
...            SaidNames(["chỉ số sản xuất toàn ngành công nghiệp"]))
'chỉ số sản xuất ngành khai khoáng'
>>> part_named("Chỉ số sản xuất toàn ngành công nghiệp chế biến, chế tạo",
...            SaidNames(["Chỉ số sản xuất toàn ngành công nghiệp (IIP)"]))
'Chỉ số sản xuất ngành chế biến, chế tạo'
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.said_names import SaidNames

# Measures reported over a scope, and the word a part of the scope takes after them.
_HEADS: Final = {
    "grdp": "",
    "chỉ số sản xuất": "ngành ",
    "giá trị sản xuất": "",
    "giá trị tăng thêm": "",
    "tổng sản phẩm": "",
}
_OPENINGS: Final = tuple(f"{head} " for head in _HEADS)
# What `part_named` asks first: a lowered name that opens with none of these is returned.
PART_OPENINGS: Final = _OPENINGS
_SCOPES: Final = ("khu vực ", "toàn ngành ")
# A whole is 8 letters long at least and opens the part's name, which opens with one of
# the heads: so the whole opens with the first 8 letters of one.
_WHOLE_OPENINGS: Final = tuple(opening[:8] for opening in _OPENINGS)


def part_named(named: str, said: SaidNames) -> str:
    """The part's own name for `named` read as the whole's name then the part, or `named`."""
    lowered = named.lower()
    if not lowered.startswith(_OPENINGS):  # the common case: one look-up
        return named
    # The whole said last whose name, then a blank, opens this one: each opening of this
    # name is looked up among the wholes said, not each whole said tried on this name.
    last = said.index(_last_by_whole)
    position = length = -1
    at = lowered.find(" ", 8)
    while at >= 0:
        found = last.get(lowered[:at], -1)
        if found > position:
            position, length = found, at
        at = lowered.find(" ", at + 1)
    if position >= 0:
        folded = lowered[:length]
        head = next((h for h in _HEADS if folded.startswith(h + " ")), "")
        if not head or not folded[len(head) + 1 :].startswith(_SCOPES):
            return named
        part = named[length + 1 :]
        if part.startswith("("):
            return named  # the whole itself, with the letters that stand for it
        if part.lower().startswith(("ngành ", "khu vực ")):
            return f"{named[: len(head)]} {part}"
        return f"{named[: len(head)]} {_HEADS[head]}{part}"
    return named


def _last_by_whole(found: dict[str, int], name: str, position: int) -> None:
    """Keep where each name that may be a whole was said last."""
    folded = name.lower()
    if len(folded) >= 8 and folded.startswith(_WHOLE_OPENINGS):
        found[folded] = position
        if folded.endswith(")") and (paren := folded.rfind(" (")) > 0:
            # "chỉ số sản xuất toàn ngành công nghiệp (IIP)": a part named after the whole
            # follows its name without the letters that stand for it
            found[folded[:paren]] = position
