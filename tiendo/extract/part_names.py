"""A part of a measure taken over a scope: "chỉ số sản xuất toàn ngành công nghiệp tăng 8%;
trong đó sản xuất và phân phối điện tăng 25,1%", "GRDP khu vực nông, lâm nghiệp và thủy
sản tăng 3,53%, trong đó nông nghiệp tăng 4,58%".

The whole's name is its measure and its scope ("toàn ngành công nghiệp", "khu vực nông,
lâm nghiệp và thủy sản"); a part within the scope is the measure of that part alone:
"chỉ số sản xuất ngành sản xuất và phân phối điện", "GRDP nông nghiệp", not the measure
of the scope followed by the part.

>>> part_named("GRDP khu vực nông, lâm nghiệp và thủy sản nông nghiệp",
...            ["GRDP khu vực nông, lâm nghiệp và thủy sản"])
'GRDP nông nghiệp'
>>> part_named("chỉ số sản xuất toàn ngành công nghiệp khai khoáng",
...            ["chỉ số sản xuất toàn ngành công nghiệp"])
'chỉ số sản xuất ngành khai khoáng'
"""

from __future__ import annotations

# Measures reported over a scope, and the word a part of the scope takes after them.
_HEADS = {
    "grdp": "",
    "chỉ số sản xuất": "ngành ",
    "giá trị sản xuất": "",
    "giá trị tăng thêm": "",
    "tổng sản phẩm": "",
}
_OPENINGS = tuple(f"{head} " for head in _HEADS)
_SCOPES = ("khu vực ", "toàn ngành ")


def part_named(named: str, said: list[str]) -> str:
    """The part's own name for `named` read as the whole's name then the part, or `named`."""
    lowered = named.lower()
    if not lowered.startswith(_OPENINGS):  # the common case: one look-up
        return named
    for whole in reversed(said):
        folded = whole.lower()
        if not lowered.startswith(folded + " ") or len(folded) < 8:
            continue
        head = next((h for h in _HEADS if folded.startswith(h + " ")), "")
        if not head or not folded[len(head) + 1 :].startswith(_SCOPES):
            return named
        part = named[len(whole) + 1 :]
        if part.lower().startswith(("ngành ", "khu vực ")):
            return f"{named[: len(head)]} {part}"
        return f"{named[: len(head)]} {_HEADS[head]}{part}"
    return named
