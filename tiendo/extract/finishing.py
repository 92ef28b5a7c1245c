"""Finishing a figure: its period and its comparisons' bases, from the words around it
and the state of the passage; then its kind (figure_kinds.py) and its indicator
(naming.py), and the last readings of its period that its kind or its name settle.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.aimed_shares import aimed_share
from tiendo.extract.basis_levels import glossed_basis
from tiendo.extract.bound_leftovers import past_threshold
from tiendo.extract.clauses import Draft, inside
from tiendo.extract.contrast_periods import contrast_same_period
from tiendo.extract.estimated_wholes import estimate_whole
from tiendo.extract.figure_kinds import FigureKinds
from tiendo.extract.from_levels import first_level_year, span_end_period
from tiendo.extract.goal_levels import goal_level, goal_words
from tiendo.extract.kinds import Cues
from tiendo.extract.lead_verbs import without_lead_verb
from tiendo.extract.meeting_acts import documents_passed
from tiendo.extract.meeting_dates import meeting_period
from tiendo.extract.month_bases import month_compared
from tiendo.extract.passage import STOPS_PERIOD
from tiendo.extract.period_cues import PeriodMention
from tiendo.extract.plan_periods import plan_period
from tiendo.extract.plan_years import plan_year_before
from tiendo.extract.points import from_level
from tiendo.extract.quantities import Quantity
from tiendo.extract.reaching_pairs import reached_targets, without_reaching_pair
from tiendo.extract.report_terms import refer_to_term
from tiendo.extract.result_clauses import after_result_word
from tiendo.extract.same_period_quotes import quoted_same_months, same_period_quote
from tiendo.extract.sibling_items import (
    measure_of_subject,
    repeated_verb,
    set_beside,
    sibling_headed,
)
from tiendo.extract.superlative_names import superlative_named
from tiendo.extract.visitors import visitors_named
from tiendo.periods import Period

_PLAN_YEAR: Final = re.compile(r"\bnăm (\d{4})\b")
_FROM_BEFORE: Final = re.compile(r"\btừ\s+(?:mức\s+)?(?:trên\s+|dưới\s+|gần\s+)?$")
_TO_BEFORE: Final = re.compile(
    r"\b(?:lên|xuống)(?:\s+còn)?\s+(?:(?:mức|hơn|trên|dưới|gần|khoảng|xấp xỉ)\s+){0,2}$"
)


class FigureFinishing(FigureKinds):
    """Settles the period, kind and indicator of each figure of a sentence."""

    def _finish(
        self,
        draft: Draft,
        periods: list[PeriodMention],
        parens: list[tuple[int, int]],
        topic: str,
        sentence_start: int,
        cues: Cues,
    ) -> None:
        low = self.low
        if draft.quoted_from is not None:
            self._finish_quoted(draft, draft.quoted_from, periods)
            quoted_same_months(low, draft, draft.quoted_from)  # '7,9% của cùng kỳ năm 2022'
            return
        draft.period = self._period_at(draft, periods, parens)
        if draft.quantity is not None:
            self._from_level_period(draft, periods)
            draft.period = span_end_period(low, sentence_start, draft) or draft.period
            self._to_level_period(draft, periods)
        paren = inside(draft.anchor, parens)
        draft.in_paren = paren is not None
        draft.comparisons = [self._default_basis(c, draft) for c in draft.comparisons]
        self._remember_bases(draft)
        if draft.comparisons and (
            month := month_compared(
                draft.period,
                [c.basis_text for c in draft.comparisons],
                low[draft.clause_start : draft.anchor],
            )
        ):
            draft.period = month  # "so với tháng cùng kỳ năm trước": that month's figure
        if draft.period.year is None:
            # "..., đạt 92% kế hoạch năm 2024": the plan of a year is the figure's year.
            for comparison in draft.comparisons:
                planned = _PLAN_YEAR.search(comparison.basis_text)
                if comparison.basis in ("plan", "budget") and planned:
                    period = draft.period
                    months = (period.from_month, period.to_month) if period.to_month else (1, 12)
                    draft.period = Period(int(planned.group(1)), *months)
                    break
        period = draft.period
        # "phấn đấu năm 2024 ... Sáu tháng đầu năm, huyện đã thu được 812 tỷ đồng" (plan_years)
        if (
            period.year is None
            and period.from_month is not None
            and (planned_year := plan_year_before(low, draft.anchor))
        ):
            draft.period = Period(planned_year, period.from_month, period.to_month)
        own_cue = self._settle_kind(draft, periods, parens, paren, sentence_start, cues)
        if (
            draft.quantity is None
            and draft.kind == "actual"
            and draft.comparisons
            and aimed_share(low, draft.clause_start, draft.number_start)
        ):
            draft.kind = "target"  # "để đạt mục tiêu giải ngân trên 95% kế hoạch năm"
        quantity = draft.quantity
        # "hoàn thành mục tiêu mỗi năm kết nạp ... từ 3%": the goal's level (goal_levels).
        goal = (
            quantity is not None
            and not paren
            and goal_level(low, draft.clause_start, quantity.lead_start)
        )
        if goal and draft.kind != "target":
            draft.kind = "target"

        # "IIP tăng 4%; trong đó chế biến, chế tạo ước tăng 4,0%": the whole is estimated too.
        estimate_whole(low, draft, own_cue, self.draft_before(draft))
        # "… từ 15 tiêu chí nông thôn mới trở lên và 18 xã …": the words start after it
        subject_end = draft.anchor if draft.subject_end is None else draft.subject_end
        draft.item_start = past_threshold(low, draft.item_start, subject_end)
        self._name_indicator(draft, periods, topic, sentence_start)
        # "nâng tỷ lệ … lên 62%", "Công tác thu ngân sách được chỉ đạo, kết quả thu đạt …"
        draft.indicator = without_lead_verb(after_result_word(draft.indicator))
        if (
            quantity is not None
            and "vượt" in draft.indicator
            and not reached_targets(quantity.unit.kind, quantity.unit.text)
        ):
            # "phấn đấu vận động đạt, vượt 800 triệu đồng": the pair is the level's verb.
            lead = quantity.lead_start
            verbs = low[max(draft.clause_start, lead - 40) : lead]
            if low.startswith("vượt", lead):  # "vượt" read as the amount's bound
                verbs += "vượt "
            draft.indicator = without_reaching_pair(draft.indicator, verbs)
        if goal:
            draft.indicator = goal_words(draft.indicator)
        # "… hàng dệt may đạt 320 triệu USD, giày dép 150 triệu USD": the first item's head.
        sibling = sibling_headed(draft, self.sentence_drafts, low, self.norm)
        before = self.draft_before(draft)
        if before is None and self.previous_sentence:
            before = self.previous_sentence[-1]
        draft.indicator = (
            sibling
            or repeated_verb(draft.indicator, before)
            or measure_of_subject(draft, self.sentence_drafts, low, self.norm)
            or set_beside(draft.indicator, before)
            or draft.indicator
        )
        # "Khánh Hòa đón 520.000 lượt khách": the receiving verb names nothing counted.
        before_number = self.norm[draft.clause_start : draft.anchor]
        draft.indicator = visitors_named(draft.indicator, before_number)
        # "Trong các nguồn thu, lớn nhất vẫn là thu nội địa với 9.877 tỷ đồng": the name.
        draft.indicator = superlative_named(before_number) or draft.indicator
        if quantity is not None and quantity.over_plan and draft.kind == "target":
            draft.kind = "actual"  # "có nhiều chỉ tiêu đạt cao, như: thu ngân sách 45.799/…"
        if quantity is not None and quantity.planned and before is not None:
            # "thu ngân sách 45.799/36.875 tỷ đồng": the plan of the result before it, set
            # beside it; it opens no list of targets.
            draft.kind = "target"
            draft.indicator = f"chỉ tiêu {before.indicator}"
        draft.period = plan_period(draft, low)  # a plan is of the whole year (plan_periods)
        if quantity is not None and documents_passed(low, quantity):
            # "Sáng 17/12/2020, ... Kỳ họp ... thông qua 07 nghị quyết": done at the meeting.
            draft.period = meeting_period(low, draft.anchor) or draft.period
        # '(cùng kỳ 25 ca)'; "Cùng kỳ năm 2022, tỷ lệ giải ngân đạt 39,15%" after the figure
        # of the sentence before, first in its own sentence: that figure's months then.
        same_period_quote(low, draft, self.draft_before(draft) or before, paren)
        self._basis_gloss(draft, paren)  # 'so với cùng kỳ năm 2023 (37,37 triệu USD)'
        contrast_same_period(low, draft, self.draft_before(draft))  # ', trong khi cùng kỳ'
        refer_to_term(low, draft)  # "trong kỳ từ 15/7 đến 14/8/2019 ... trong kỳ khởi tố 5 vụ"

    def _basis_gloss(self, draft: Draft, paren: tuple[int, int] | None) -> None:
        """An amount alone in parentheses after the basis of the figure before it is that
        basis's level: its months, in the earlier year or month (basis_levels)."""
        before = self.draft_before(draft)
        if paren is None or draft.quantity is None or before is None or before.kind == "target":
            return
        earlier = glossed_basis(self.low, paren[0], draft.anchor, before.period)
        if earlier is not None:
            draft.period, draft.kind, draft.kind_cued = earlier, "actual", False

    def _to_level_period(self, draft: Draft, periods: list[PeriodMention]) -> None:
        """'A tăng từ 74 tỷ đồng năm 2010 lên 143 tỷ đồng năm 2014; B tăng từ 14,5 lên 26,6
        triệu đồng': a level after "lên"/"xuống" that names no time of its own is of the
        time the sentence's first such level named, as "từ" levels are (below). A time
        written between the two ("...; năm 2016 phấn đấu tăng lên 200 tỷ đồng") is the
        later level's own, and it keeps it."""
        quantity = draft.quantity
        assert quantity is not None
        near = max(0, quantity.lead_start - 24)
        if not _TO_BEFORE.search(self.low, near, quantity.start):
            return
        own = self._times_after_level(quantity, periods)
        if own:
            self.to_period = (draft.sentence, draft.period, own[0].end)
            return
        carried = self.to_period
        if carried is None or carried[0] != draft.sentence:
            return
        if not any(carried[2] <= m.start < quantity.start and not m.basis for m in periods):
            draft.period = carried[1]

    def _times_after_level(
        self, quantity: Quantity, periods: list[PeriodMention]
    ) -> list[PeriodMention]:
        """The times written right after the level of `quantity`, in its clause: its own
        ("từ 74 tỷ đồng năm 2010", "lên 143 tỷ đồng năm 2014")."""
        return [
            m
            for m in periods
            if quantity.end <= m.start < quantity.extent_end + 25
            and not m.basis
            and not STOPS_PERIOD.search(self.low[quantity.end : m.start])
        ]

    def _from_level_period(self, draft: Draft, periods: list[PeriodMention]) -> None:
        """'A giảm từ 33,1% năm 2016 xuống 26,9% năm 2020, B từ 43,7% xuống 36,0%': a level
        after "từ" that names no time of its own is of the time the list's first "từ" named."""
        quantity = draft.quantity
        assert quantity is not None
        low = self.low
        near = max(0, quantity.lead_start - 14)
        # A plain look-up first: the pattern needs "từ", and most numbers have none before.
        if low.find("từ", near, quantity.start) < 0 or not _FROM_BEFORE.search(
            low, near, quantity.start
        ):
            return
        if self._times_after_level(quantity, periods):
            self.from_period = (draft.sentence, draft.period)
        elif self.from_period is not None and self.from_period[0] == draft.sentence:
            draft.period = self.from_period[1]
        elif year := first_level_year(low, self.sentence_start, draft.anchor):  # from_levels
            draft.period = Period(year, draft.period.from_month, draft.period.to_month)
        elif draft.period.from_month is None and from_level(
            low, self.sentence_start, quantity.start, quantity.unit.end
        ):
            # "Mục tiêu đến năm 2025 nâng tỷ lệ che phủ rừng từ 41% lên 45%": the time a
            # move is to end by is the second level's; the text dates the first one not.
            draft.period = Period(None)
