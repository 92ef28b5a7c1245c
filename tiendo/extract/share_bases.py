"""The basis of a share that names none: the one its sentence named for a share before it,
the target its sentence stated ("Chỉ tiêu … là 1.200 ha; đã trồng 1.260 ha, đạt 105%"), or
that of the share of the item before ("ngô 3,8 nghìn ha (bằng 79%), khoai lang 520 ha
(81%)").
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.carried_shares import carried_share_basis
from tiendo.extract.clauses import Draft
from tiendo.extract.comparisons import basis_of
from tiendo.extract.figure import Comparison
from tiendo.extract.list_items import sibling_share_basis
from tiendo.extract.listing import ListReading
from tiendo.extract.quantities import Quantity
from tiendo.extract.quoted import bare_share

# A target stated as a level earlier in the sentence: "Chỉ tiêu … là", "kế hoạch giao …".
_TARGET_STATED: Final = re.compile(
    r"\b(chỉ tiêu|kế hoạch)\b(?: (?!đạt|vượt|bằng|so)[^\s,;:.]+){0,8} (?:là|giao)\b"
)


class ShareBases(ListReading):
    """Finds the basis of a share from the sentence and the figures around it."""

    def _sentence_ratio_basis(self, start: int, position: int) -> str | None:
        """The basis of the last share its sentence named before `position`, if any."""
        basis_text = self.ratio_basis
        if basis_text and basis_text[:8] in self.low[start:position]:
            return basis_text
        # "Chỉ tiêu trồng rừng năm 2023 là 1.200 ha; đã trồng 1.260 ha, đạt 105%": a share
        # of nothing named, after the sentence set the target, is a share of that target.
        target = _TARGET_STATED.search(self.low, start, position)
        return target.group(1) if target else None

    def _continued_share(
        self,
        quantity: Quantity,
        paren: tuple[int, int],
        host: Draft | None,
        start: int,
        drafts: list[Draft],
    ) -> bool:
        """A bare share in parentheses after an amount ("360 tỷ đồng (82%)") goes on with
        the ratios the passage gives ("(420% dự toán)") when the sentence (or its whole's,
        before a list of parts) names their basis, or with the share of the item before
        ("ngô 3,8 nghìn ha (bằng 79%), khoai lang 520 ha (81%)"): a comparison of it."""
        basis_text = self._sentence_ratio_basis(start, quantity.start)
        if basis_text is None and host is not None:
            basis_text = sibling_share_basis(self.low, host, drafts)
        if basis_text is None:  # "" is the sibling's share of no named basis
            basis_text = carried_share_basis(self.low, start, quantity, self.previous_sentence)
        if (
            basis_text is None
            or host is None
            or host.quantity is None
            or host.quantity.unit.kind not in ("money", "measure", "count")
            or not bare_share(self.low, paren, quantity.lead_start, quantity.unit.end)
        ):
            return False
        share = Comparison(basis_of(basis_text), "ratio", quantity.value, basis_text)
        host.comparisons.append(share)
        return True
