"""A branch of industry named bare, in a passage that named the measure of production.

"Chỉ số sản xuất toàn ngành công nghiệp giảm 1,09%. So với cùng kỳ, ngành khai khoáng giảm
14,92%": the four branches of industry (khai khoáng; chế biến, chế tạo; sản xuất và phân
phối điện; cung cấp nước, xử lý rác thải) are no measure, only the parts an index or value
of production is broken down into. A branch said with a rise and no measure of its own,
after the passage last named such a measure, rises in it ("chỉ số sản xuất ngành khai
khoáng"), whatever opens its clause ("So với cùng kỳ,", "nhờ", "riêng", "Theo ngành,").
A measure of another kind said in between ("doanh thu bán lẻ …") closes the breakdown.

>>> branch_of("riêng ngành khai khoáng")
'ngành khai khoáng'
>>> branch_of("khai khoáng có mức tăng cao nhất")
''
>>> production_measure("chỉ số sản xuất toàn ngành công nghiệp đi")
'chỉ số sản xuất'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft
from tiendo.extract.said_names import SaidNames

# A word that opens the clause of a part of a list, not the branch's name.
_OPENING: Final = re.compile(r"^(?:(?:riêng|nhờ|còn|chỉ có|có|như|và|trong đó)\s+)+")
# The branches of industry, with the class word a text may put before them. The whole
# name must be the branch: "khai khoáng có mức tăng cao nhất" says more than a part.
_BRANCH: Final = re.compile(
    r"(?:(?:ngành|công nghiệp|ngành công nghiệp)\s+)?"
    r"(?:khai khoáng|chế biến(?:,? chế tạo)?|sản xuất(?:,| và) phân phối điện[^;.]{0,60}|"
    r"(?:cung cấp|sản xuất) nước[^;.]{0,60})"
)
# The measures of production a passage breaks down by branch.
_PRODUCTION: Final = re.compile(r"^(?:chỉ số sản xuất|chỉ số phát triển sản xuất|giá trị sản xuất)")
_CLASS: Final = ("ngành ", "công nghiệp ")
# How many names back the measure may have been said.
_REACH: Final = 8


def branch_of(named: str) -> str:
    """The branch a bare name is, without the words that open its clause, or ""."""
    lowered = _OPENING.sub("", named.lower().strip())
    found = _BRANCH.fullmatch(lowered)
    return found.group(0) if found is not None else ""


def production_measure(named: str) -> str:
    """The measure of production a name opens with ("chỉ số sản xuất"), or ""."""
    found = _PRODUCTION.match(named.lower())
    return found.group(0) if found is not None else ""


def branch_measured(draft: Draft, named: str, said: SaidNames) -> str:
    """'chỉ số sản xuất ngành khai khoáng' for a bare rise of a branch after the passage
    named an index or value of production, or ""."""
    if (draft.quantity is not None and draft.quantity.unit.text != "%") or not said:
        return ""  # a level has its own name (a share "bằng" its basis is asked here)
    lowered = named.lower()
    if not any(word in lowered for word in ("khai khoáng", "chế", "nước", "điện")):
        return ""  # the cheap test: no branch word at all
    names = said.names
    last = names[-1].lower()
    measure = production_measure(last)
    if measure and lowered.startswith(last + " ") and branch_of(last[len(measure) + 1 :]):
        # "…, riêng khai khoáng giảm": the part took the branch before it as its head,
        # which is that branch's whole name, not the measure the two share.
        lowered = lowered[len(last) + 1 :]
    branch = branch_of(lowered)
    if not branch:
        return ""
    for earlier in reversed(names[-_REACH:]):
        measure = production_measure(earlier)
        if measure:
            if not branch.startswith(_CLASS):
                branch = f"ngành {branch}"
            return f"{measure} {branch}"
        if names_measure(earlier) and not branch_of(earlier):
            return ""  # another measure was said since: the breakdown is closed
    return ""
