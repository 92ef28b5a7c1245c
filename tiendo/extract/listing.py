"""Lists that share a verb: "lần lượt" lists, and elliptic items after a rise.

"Nhật Bản 18 ngàn tấn, trị giá 85 triệu USD, tăng lần lượt 27% và 23%" gives each
figure its own rise; "tăng 15,5%, trong đó khai khoáng 11,1%, chế biến 15,5%" makes
the bare percentages rises too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from tiendo.extract.basis_clauses import fronted_basis
from tiendo.extract.basis_lists import compared_figure, per_basis
from tiendo.extract.breakdowns import names_measure
from tiendo.extract.clauses import Draft, without_asides
from tiendo.extract.compared_items import after_compared
from tiendo.extract.comparisons import basis_of
from tiendo.extract.coordination import opens_with_measure, shared_names
from tiendo.extract.figure import Basis, Comparison
from tiendo.extract.finishing import FigureFinishing
from tiendo.extract.group_lists import group_members
from tiendo.extract.level_lists import LevelList, item_name
from tiendo.extract.levels_after import level_after_number
from tiendo.extract.list_items import parenthesized_item
from tiendo.extract.passage import bases_of
from tiendo.extract.plan_shares import plan_of_heading
from tiendo.extract.quantities import Quantity
from tiendo.extract.respectively import RespectiveList, split_subjects, without_time
from tiendo.extract.share_lists import named, share_item, shares_only
from tiendo.extract.stated_verbs import first_item_states_level
from tiendo.extract.superlative_items import superlative_of_rise, superlative_sign

# "... lần lượt", "... tăng lần lượt": the verb of the list is not part of its subjects.
_VERB_BEFORE_LIST: Final = re.compile(r"[\s,]*(?:(?:tăng|giảm|đạt|bằng|chiếm)\s*)?$")
# "Ước cả năm 2019, ...", "Ước tính đến hết tháng 7, ...", "Theo số liệu dự ước, ...":
# an opening that puts the whole sentence in the estimate.
# An item of an elliptic list: a name and nothing that states a level or a verb.
_ELLIPTIC_ITEM: Final = re.compile(
    r"^[\s,;:(]*(?:trong đó|riêng|gồm|bao gồm|và|còn|nhóm|ngành)?[\s,:]*[^\W\d][^\d%;.]{0,60}$"
)
_LEVEL_WORDS: Final = re.compile(  # "tổng mức bán lẻ" (total retail sales): an amount
    r"\b(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|chiếm|đạt|là|bằng|còn|được|có|(?<!tổng )mức|cơ cấu"
    r"|tăng|giảm|vượt|tốc độ|bình quân|đóng góp)\b"
)
# "tăng 7,2% (kế hoạch 9 - 10%)", "(kế hoạch cả năm 8,2%)": the rate a plan set, named right
# before it (with the time or the body that set it), is no rise.
_PLAN_RIGHT_BEFORE: Final = re.compile(
    r"\b(?:kế hoạch|mục tiêu|chỉ tiêu)(?:\s+(?:cả năm|năm|nghị quyết|đề ra|đặt ra|giao|được giao"
    r"|\d{4}))*\s*(?:là\s*)?$"
)
# A heading that states a rise for the list after its colon: "Các ngành tăng so với cùng kỳ".
_CHANGE_HEADING: Final = re.compile(
    r"\b(tăng|giảm)\b(?:[^:;%\d]*?\bso (?:với )?([^,;:%]{2,50}?))?"
    # "một số sản phẩm tăng cao:", "… giảm mạnh như:": how much, and "như", say no more.
    r"(?:\s+(?:cao|khá|mạnh|nhẹ|nhanh|đáng kể|khá cao))?(?:\s+như)?[\s,]*$"
)
# A part of a share of a plan: "trong đó ngân sách Trung ương đạt", ", vốn các chương trình".
_BREAKDOWN_OPENING: Final = re.compile(r"^[\s,;:(]*(?:trong đó|riêng|gồm|bao gồm)\b")
_SHARE_ITEM: Final = re.compile(
    r"^[\s,;:(]*(?:trong đó|riêng|gồm|bao gồm|và)?[\s,:]*[^\W\d][^\d%;.]{0,60}$"
)
_SHARE_VERB: Final = re.compile(r"\b(?:đạt|giải ngân|thực hiện)\s*(?:gần|hơn|trên|khoảng)?\s*$")
# "Các ngành", "Những sản phẩm": a heading that names the kind of its items, not a measure.
_ITEMS_NAMED: Final = re.compile(
    r"[\s\W]*(?:các|những)\s+(?:ngành|nhóm|sản phẩm|mặt hàng|lĩnh vực)\b"
)
# A clause that holds nothing before "lần lượt" but a basis and the verb.
_BASIS_ONLY: Final = re.compile(
    r"[\s,;:]*(?:so (?:với )?[^,;:()\d]{2,40}?)?[\s,]*(?:(?:tăng|giảm|bằng|đạt)\s+)?"
    r"(?=lần lượt\b)"
)
# A clause whose subject points back at the figures before it: "các chỉ tiêu này lần lượt
# tăng 25%, 12% và 18%", "cả ba sản phẩm trên so với cùng kỳ lần lượt tăng …".
_ANAPHORA: Final = re.compile(
    r"[\s,;:]*(?:các|những|cả|hai|ba|bốn)\s+(?:[^\W\d_]+\s+){0,3}(?:này|nêu trên|trên)\b"
    r"[\s,]*(?:so (?:với )?[^,;:()\d]{2,40}?)?[\s,]*(?:(?:tăng|giảm|bằng|đạt)\s+)?"
    r"(?=lần lượt\b)"
)
_SIGNS: Final = ("(-", "(−", "(+")  # a sign in parentheses right before an item's percentage


class ListReading(FigureFinishing):
    """Figures whose verb, basis or measure is stated once for a whole list."""

    def _elliptic_change(
        self,
        quantity: Quantity,
        drafts: list[Draft],
        segment_start: int,
        clause_start: int,
        sentence: tuple[int, int] | None = None,
    ) -> Draft | None:
        """'..., tăng 15,5% so với cùng kỳ, trong đó khai khoáng 11,1%, chế biến 15,5%': a bare
        percentage listed after a rise shares its verb and basis, not a level of its own;
        so does one listed after a share of a plan (elliptic_share)."""
        share = self._elliptic_share(quantity, drafts, segment_start, clause_start)
        if share is not None:
            return share
        if sentence is not None and self.low[quantity.start - 2 : quantity.start] in _SIGNS:
            # "…: phân bón (-4,5%), gạch nung (-11,2%)": each item signs its own change.
            signed = self._headed_change(quantity, segment_start, clause_start, sentence, drafts)
            if signed is not None:
                return signed
        changes = [
            d
            for d in drafts
            if d.comparisons and d.comparisons[-1].measure == "change" and d.quantity is None
        ]
        if not changes:
            if sentence is None:
                return None
            return self._headed_change(quantity, segment_start, clause_start, sentence, drafts)
        previous = changes[-1]
        item_start = max(previous.extent_end, segment_start)
        item = self.low[item_start : quantity.lead_start]
        if item.rstrip().endswith("("):
            # "đồ dùng gia đình (24,4%) 16,6%": a remark on the item, not its rise; but
            # "…: chế biến thực phẩm (3,54%), dệt (8,71%)": each item's rate alone in them.
            named = parenthesized_item(item, self.low, quantity.unit.end)
            if named is None:
                return None
            item_start += named
            item = self.low[item_start : quantity.lead_start].rstrip(" (")
        elif ")" in item and previous.extent_end < segment_start:
            # "đồ dùng gia đình (24,4%) 16,6%": the share in parentheses is set aside, and
            # the item's name is what stands before it.
            item_start = max(previous.extent_end, clause_start)
            item = without_asides(self.low[item_start : quantity.lead_start])
        if (
            not _ELLIPTIC_ITEM.match(item)
            or _LEVEL_WORDS.search(item)
            or _PLAN_RIGHT_BEFORE.search(item)
        ) and not superlative_of_rise(item, previous, drafts, quantity.start):
            if sentence is not None and ":" in self.low[previous.extent_end : quantity.lead_start]:
                # "..., tăng 10,2%; các nhóm lần lượt tăng: lương thực (31,1%) 8,8%": a
                # heading of its own after the rise before.
                return self._headed_change(quantity, segment_start, clause_start, sentence, drafts)
            return None
        if level_after_number(self.low, quantity.unit.end):
            return None
        last = previous.comparisons[-1]
        # "giảm 5%, trong đó A 3%, B 7%": the items fall as the head does, unless the item
        # says its own way ("tăng 0,3%, giảm nhiều nhất là nhóm giao thông với 1,2%").
        sign = superlative_sign(item) or (-1 if last.percent < 0 else 1)
        percent = -quantity.value if sign < 0 else quantity.value
        return Draft(
            head=previous.head if previous.listed else "",
            anchor=quantity.lead_start,
            item_start=item_start,
            clause_start=clause_start,
            clause_end=previous.clause_end,
            extent_end=quantity.extent_end,
            comparisons=[Comparison(last.basis, "change", percent, last.basis_text)],
            sentence=previous.sentence,
            number_start=quantity.lead_start,
            listed=True,
        )

    def _elliptic_share(
        self, quantity: Quantity, drafts: list[Draft], segment_start: int, clause_start: int
    ) -> Draft | None:
        """'giải ngân gần 60% kế hoạch, trong đó ngân sách Trung ương đạt 53,71%, vốn các
        chương trình mục tiêu 85,52%': the parts of a share of a plan or budget, each a
        share of the same plan, not a rate of its own."""
        shares = [
            d
            for d in drafts
            if d.comparisons
            and d.comparisons[-1].measure == "ratio"
            and d.comparisons[-1].basis in ("plan", "budget")
        ]
        if not shares or level_after_number(self.low, quantity.unit.end):
            return None
        previous = shares[-1]
        item_start = max(previous.extent_end, segment_start)
        item = share_item(self.low, previous.extent_end, item_start, quantity.lead_start)
        if (
            not (previous.listed or previous.anchor in self.carried_shares)
            and not _BREAKDOWN_OPENING.match(item)
            and plan_of_heading(self.low, self.sentence_start, previous.anchor) is None
            and not shares_only(previous, drafts, item)
        ):
            # The first part follows "trong đó" or "riêng", or a heading that measures its
            # items against a plan ("vượt chỉ tiêu: A đạt 158%, B 121%").
            return None
        if not _SHARE_ITEM.match(item) or _LEVEL_WORDS.search(_SHARE_VERB.sub("", named(item))):
            return None
        last = previous.comparisons[-1]
        return Draft(
            anchor=quantity.lead_start,
            item_start=item_start,
            clause_start=clause_start,
            clause_end=previous.clause_end,
            extent_end=quantity.extent_end,
            comparisons=[Comparison(last.basis, "ratio", quantity.value, last.basis_text)],
            sentence=previous.sentence,
            number_start=quantity.lead_start,
            listed=True,
        )

    def _headed_change(
        self,
        quantity: Quantity,
        segment_start: int,
        clause_start: int,
        sentence: tuple[int, int],
        drafts: list[Draft] | None = None,
    ) -> Draft | None:
        """'Các ngành tăng so với cùng kỳ: khai khoáng 11,1%; chế biến 15,5%': the heading
        before the colon states the rise (and its basis) that every bare item shares."""
        low = self.low
        index, sentence_start = sentence
        colon = low.rfind(":", sentence_start, clause_start)
        if colon < 0:
            return None
        heading = _CHANGE_HEADING.search(low, sentence_start, colon)
        # "lương thực, thực phẩm (chiếm 31,1%) 8,8%": the item's share in parentheses is
        # a remark on it; its name is what stands outside them.
        item_start = max(colon + 1, clause_start)
        # "…: điện (+6,1%), nước máy (+4,2%)": an item starts after the one before it.
        signed = low[quantity.start - 2 : quantity.start] in _SIGNS
        earlier = [d.extent_end for d in drafts or [] if colon < d.anchor < quantity.start]
        if signed and earlier and max(earlier) > item_start:
            item_start = max(earlier) + (low[max(earlier)] == ")")
        item = without_asides(low[item_start : quantity.lead_start])
        if heading is None or not _ELLIPTIC_ITEM.match(item) or _LEVEL_WORDS.search(item):
            return None
        if level_after_number(low, quantity.unit.end) or first_item_states_level(
            low, colon, quantity.start
        ):
            return None
        basis_text = (heading.group(2) or "").strip()
        falls = heading.group(1) == "giảm"
        basis: Basis = basis_of(basis_text) if basis_text else "same_period"
        percent = -quantity.value if falls else quantity.value
        if signed:
            # "phân bón (-4,5%)": the item's own sign says whether it rose or fell.
            rose = low[quantity.start - 1] == "+"
            percent = quantity.value if rose else -quantity.value
        opening = max(sentence_start, low.rfind(";", sentence_start, heading.start()) + 1)
        subject = low[opening : heading.start()]
        # "Các ngành tăng ...:" names a kind of item, not a measure: the items are of the
        # measure the passage spoke of last ("chỉ số sản xuất công nghiệp"), or of the
        # amount its sentence stated before the heading.
        # A heading after a figure of its sentence ("..., tăng 10,2%; các nhóm ...:") leaves
        # the items to the figure before it (breakdowns.py).
        after_figure = opening > sentence_start and any(d.anchor < colon for d in drafts or [])
        head = self.last_indicator if _ITEMS_NAMED.match(subject) and not after_figure else ""
        return Draft(
            head=head,
            anchor=quantity.lead_start,
            item_start=item_start,
            clause_start=clause_start,
            clause_end=quantity.extent_end,
            extent_end=quantity.extent_end,
            comparisons=[Comparison(basis, "change", percent, basis_text)],
            sentence=index,
            number_start=quantity.lead_start,
            listed=True,
        )

    def _distribute(
        self,
        group: RespectiveList,
        quantities: list[Quantity],
        drafts: list[Draft],
        clause_of: Callable[[int], tuple[int, int]],
        sentence: int,
    ) -> list[Draft]:
        """Give each percentage of a 'lần lượt' list to its figure, or to its subject."""
        clause_start, clause_end = clause_of(group.start)
        fronted = fronted_basis(self.low, clause_start, group.start)  # "; so với cùng kỳ, tăng"
        if group.basis_text is None and fronted is not None:
            group = replace(group, basis_text=fronted)
        basis: Basis = basis_of(group.basis_text) if group.basis_text else "other"
        if group.basis_text is None and group.measure == "change":
            basis = "same_period"  # settled in _finish, as for any rise without a basis
        falls = group.signs or (group.negative,) * len(group.members)
        items = [
            Comparison(
                basis,
                group.measure,
                -quantities[m].value if group.measure == "change" and fall
                else quantities[m].value,
                group.basis_text or "",
            )
            for m, fall in zip(group.members, falls, strict=True)
        ]  # fmt: skip
        count = len(items)
        figures = [
            d
            for d in drafts
            if d.quantity is not None
            and d.quantity.unit.kind != "percent"
            and clause_start <= d.anchor < group.start
        ]
        figures = after_compared(figures, group.measure)  # compared_items.py
        if not figures and (
            _BASIS_ONLY.match(self.low, clause_start)
            or _ANAPHORA.match(self.low, clause_start)
            or fronted is not None
            or not self.low[clause_start : group.start].strip(" ,;:")
        ):
            # "Gạo xuất khẩu 265.350 tấn, trị giá 135,8 triệu USD; so với cùng kỳ lần lượt
            # tăng 13,7% và 26%": a clause with no subject of its own lists the rises of
            # the figures of the clause before.
            figures = [
                d
                for d in drafts
                if d.quantity is not None
                and d.quantity.unit.kind != "percent"
                and d.anchor < clause_start
                and not d.comparisons
            ]
        if not group.bases and group.basis_text is None and group.measure == "change":
            # "dịch vụ khác ước 1.220 tỷ đồng, tăng lần lượt 1,53% và 10,12%", after a
            # figure compared with the month before and the same period: the same bases.
            earlier = [bases_of(d) for d in drafts if d.anchor < group.start]
            stated = next((b for b in reversed(earlier) if b), self.stated_bases)
            if len(stated) == count and len(figures) < count:
                group = replace(group, bases=stated)
        if group.bases and len(figures) < count:
            compared = compared_figure(self.low, group, drafts)
            if compared is not None:
                # "159,3 triệu USD, lần lượt giảm 1,7% và tăng 6,7% so với tháng trước và
                # cùng kỳ": one figure, compared with each basis in turn.
                compared.comparisons.extend(per_basis(group, items))
                return drafts
            if not figures:
                # "CPI tăng 0,5% và 3,1% so với tháng trước và cùng kỳ": a figure of rises
                # only, one on each basis.
                item_start = max(
                    [clause_start] + [d.extent_end for d in drafts if d.anchor < group.start]
                )
                drafts.append(
                    Draft(
                        anchor=group.start,
                        item_start=item_start,
                        clause_start=clause_start,
                        clause_end=clause_end,
                        extent_end=group.end,
                        comparisons=per_basis(group, items),
                        sentence=sentence,
                        number_start=quantities[group.members[0]].lead_start,
                    )
                )
                drafts.sort(key=lambda d: d.anchor)
                return drafts
        if len(figures) >= count and group.verb == "chiếm":
            # "3.440 hộ nghèo và 6.800 hộ cận nghèo, lần lượt chiếm 1,2% và 2,36% tổng số
            # hộ": each share is the level of a rate of its own.
            for whole, member in zip(figures[-count:], group.members, strict=True):
                clause = (clause_start, clause_end)
                share = Draft.of_level(
                    quantities[member], clause, sentence, listed=True, share_of=whole
                )
                drafts.append(share)
            drafts.sort(key=lambda d: d.anchor)
            return drafts
        if len(figures) >= count:
            for draft, item in zip(figures[-count:], items, strict=True):
                draft.comparisons.append(item)
                draft.listed = True
            return drafts
        subject_start = max(
            [clause_start] + [d.extent_end for d in drafts if d.anchor < group.start]
        )
        subjects = _VERB_BEFORE_LIST.sub("", self.low[subject_start : group.start])
        spans = without_time(
            self.low, split_subjects(self.low, subject_start, subject_start + len(subjects), count)
        )
        owns = [" ".join(self.norm[a:b].split()) for a, b in spans]
        names = shared_names(owns) or []
        if grouped := group_members(self.low, subjects, count, self.previous_sentence):
            # "ba khu vực này lần lượt tăng …": the figures of the sentence before.
            names = grouped
            spans = [(subject_start, subject_start + len(subjects))] * count
        listed: list[Draft] = []
        for position, ((item_start, item_end), item, member) in enumerate(
            zip(spans, items, group.members, strict=False)
        ):
            listed.append(
                Draft(
                    named=names[position] if names else "",  # "Diện tích, năng suất … lúa"
                    anchor=item_end,
                    item_start=item_start,
                    clause_start=clause_start,
                    clause_end=clause_end,
                    extent_end=group.end,
                    comparisons=[item],
                    sentence=sentence,
                    number_start=quantities[member].lead_start,
                    listed=True,
                )
            )
        if not names and len(listed) == len(owns) > 1:
            # "Sản lượng lúa, ngô và khoai lang lần lượt tăng …": every item after the
            # first, the last one too, is named like the first.
            _name_like_first(listed, owns, measured=True)
        drafts.extend(listed)
        drafts.sort(key=lambda d: d.anchor)
        return drafts

    def _distribute_levels(
        self,
        group: LevelList,
        quantities: list[Quantity],
        drafts: list[Draft],
        clause_of: Callable[[int], tuple[int, int]],
        sentence: int,
    ) -> list[Draft]:
        """Make each level of a respective list a figure of the subject listed at its place
        ("A, B và C lần lượt là 120, 98 và 76 tỷ đồng"); with no subjects listed, every
        level is of the head before "lần lượt"."""
        clause = clause_of(group.start)
        count = len(group.members)
        subject_start = max([clause[0]] + [d.extent_end for d in drafts if d.anchor < group.start])
        subjects = _VERB_BEFORE_LIST.sub("", self.low[subject_start : group.start])
        subject_end = subject_start + len(subjects)
        spans = without_time(self.low, split_subjects(self.low, subject_start, subject_end, count))
        if spans and not _listed_apart(self.low, spans, subject_start):
            spans = []
        owns = [" ".join(self.norm[a:b].split()) for a, b in spans]
        names = shared_names(owns) if spans else None
        listed: list[Draft] = []
        for position, member in enumerate(group.members):
            draft = Draft.of_level(quantities[member], clause, sentence, listed=True)
            if names:
                draft.named = names[position]  # "Diện tích, năng suất và sản lượng lúa"
            if not spans:
                draft.item_start, draft.subject_end = subject_start, subject_end
            else:
                span_start, span_end = spans[position]
                draft.item_start = subject_start if position == 0 else span_start
                draft.subject_end = span_end
            listed.append(draft)
        if spans:
            _name_like_first(listed, owns)
        drafts.extend(listed)
        drafts.sort(key=lambda d: d.anchor)
        return drafts


def _name_like_first(listed: list[Draft], owns: list[str], *, measured: bool = False) -> None:
    """Name every item of a respective list after the first like the first: in "Sản
    lượng lúa, ngô và khoai lang" the first item's name is judged by the shortest other
    item, so that every item keeps the same head ("sản lượng ngô", "sản lượng khoai
    lang"). With `measured`, only a head that names a measure is shared ("chủ yếu nhờ
    sắn và khoai sọ" shares nothing)."""
    first, first_words = listed[0], owns[0]
    first_name = min(
        (item_name(first_words, other) for other in owns[1:]),
        key=lambda name: len(name.split()),
    )
    if _names_itself(first_words, owns[1:]):
        first_name = first_words  # "Khách quốc tế, khách nội địa và …"
    head = first_words[: len(first_words) - len(first_name)].strip()
    if measured and not (head and first_words.endswith(first_name) and names_measure(head.lower())):
        return
    first.respective = (first, first_name, first_words)
    for draft, own in zip(listed[1:], owns[1:], strict=True):
        draft.respective = (first, first_name, own)


def _listed_apart(low: str, spans: list[tuple[int, int]], floor: int) -> bool:
    """True when the subjects are a list of their own ("A, B và C", "A và B"), not commas
    that happen to stand before the list's head."""
    last_gap = low[spans[-2][1] : spans[-1][0]]
    return "và" in last_gap or (spans[0][0] - floor) < 3


def _names_itself(first: str, others: list[str]) -> bool:
    """True when another item opens with the first item's first word ("Khách quốc tế,
    khách nội địa"): the word is the item's own, not a head shared by the list."""
    opener = first.split()[0].lower() if first.split() else ""
    if others and all(opens_with_measure(o) for o in others):
        return True  # "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ": a measure each
    return any(o.split()[0].lower() == opener and len(o.split()) > 1 for o in others if o)
