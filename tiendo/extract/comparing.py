"""A percentage read as a comparison of the figure it follows, or of the one it opens.

"..., bằng 18% dự toán tỉnh giao" compares; "tỷ lệ hộ nghèo giảm 2%" states a level.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.aimed_items import opens_item
from tiendo.extract.amount_shares import heading_share, names_amount
from tiendo.extract.basis_lists import trailing_basis
from tiendo.extract.clauses import Draft, blank, transparent
from tiendo.extract.comparisons import Lead, basis_of, read_basis_after, read_lead
from tiendo.extract.count_rates import bare_rate_of_count, planned_before
from tiendo.extract.count_shares import count_share_of_whole
from tiendo.extract.economy_growth import economy_grows
from tiendo.extract.figure import ComparisonFound, Measure
from tiendo.extract.growth_parts import (
    is_growth_part,
    least_rise_aimed,
    names_growth,
    names_rise_rate,
    only_rates_between,
    quoted_part_rate,
    rise_aimed_at,
)
from tiendo.extract.index_moves import moves_after_stated_move
from tiendo.extract.passed_plans import last_passed, passes_its_plan, plan_passed_before
from tiendo.extract.percent_gaps import rate_gap_after
from tiendo.extract.plan_beside import beside_plan_rate, names_plan_rate, plan_level_in_parens
from tiendo.extract.plan_levels import plan_level
from tiendo.extract.plan_rises import planned_rise
from tiendo.extract.plan_shares import names_subject, plan_of_heading
from tiendo.extract.point_gaps import rate_against_other_time
from tiendo.extract.points import signed_change
from tiendo.extract.quantities import Quantity
from tiendo.extract.range_rises import range_rise
from tiendo.extract.rate_denominators import rate_over_whole
from tiendo.extract.restated_differences import restated_difference
from tiendo.extract.rise_bounds import floored_rise_basis
from tiendo.extract.rise_levels import RATE_SUBJECT as _RATE_SUBJECT
from tiendo.extract.rise_levels import names_rate, own_time, plan_beside, rate_subject, reaches_rate
from tiendo.extract.share_bases import ShareBases
from tiendo.extract.shared_verbs import shared_verb_lead

_ASPECT: Final = re.compile(r"[ \t]*về[ \t]+(số[ \t]+[^\W\d_]+(?:[ \t][^\W\d_]+)?)")
_LEVEL_AFTER: Final = re.compile(
    r"[ \t]*(?:mỗi năm|/năm|hằng năm|hàng năm|một năm"
    r"|bình quân(?![ \t]+(?:cả nước|chung|của|vùng|toàn|các)))"
)
# The word boundary checked behind "so": a search skips to each "s".
_LOOKAHEAD_BASIS: Final = re.compile(r"so(?<=\bso) (?:với )?([^,;.()\n]{2,50})")
_OWN_COMPARISON: Final = re.compile(r"\b(?:vượt|bằng|đạt)\b")
_PART_OPENING: Final = re.compile(r"[\s,;:(]*(?:trong đó|riêng)\b")
_SIBLING_PART = re.compile(r"[\s,;]*(?:và\s+)?[^\W\d][^\d%;.(]{0,50}(?:tăng|giảm)(?:\s+\S+)?\s*$")
_OPENING_CHANGE: Final = re.compile(
    r"^[\s,;:(\-–•+*]*(?:[\divx]+[.)]\s*)?(?:và\s+)?(tăng|giảm|nâng|hạ|kéo giảm)\b"
)
# "tăng trưởng" right before the percentage, as a verb (after a comma read_lead reads it);
# after "tốc độ", "mức", "tỷ lệ" it is the rate's own name.
_GROWN: Final = re.compile(r"(?:^|\s)(?<!độ )(?<!mức )(?<!lệ )(tăng trưởng)\s*$")
_RATIO_VERBS = frozenset({"bằng", "đạt", "đạt được", "tương đương", "tương ứng", "là", "được"})

_FROM_LEVEL: Final = re.compile(
    r"\b(?:tăng|giảm|nâng|hạ|kéo giảm|từ)(?:\s+[^\W\d_]+){0,2}?\s+từ\s+(?:mức\s+)?"
    r"(?:trên|dưới|gần)?\s*$"
    r"|^\s*,?\s*từ\s+(?:mức\s+)?(?:trên|dưới|gần)?\s*$"
)
# "từ" right before the first level, its verb after it or none: "từ trên 23% năm 2015 ...".
_FROM_ONLY: Final = re.compile(r"(?:^|[\s,])từ\s+(?:mức\s+)?(?:trên|dưới|gần|khoảng)?\s*$")
# What follows that level up to the one it moves to: its year, a verb, then "xuống/lên".
_TO_FOLLOWS: Final = re.compile(
    r"[^%;.()]{0,30}?\b(?:xuống|(?<!trở )lên)(?:\s+(?:còn|mức|tới|đến))?\s*"
    r"(?:trên|dưới|gần|khoảng)?\s*\d"
)
# (each word's leading boundary is a look-behind: a search skips to the words' first letters)
# What names a rate's level just before it ("tỷ lệ 8,88%", "còn 3,2%", "lên 45%").
_LEVEL_WORD: Final = re.compile(
    r"(?:\b(?:tỷ|tỉ) lệ|xuống(?<=\bxuống)|còn(?<=\bcòn)|lên(?<=\blên)|\bở mức)"
    r"\s*(?:khoảng|gần|trên|dưới|hơn)?\s*$"
)
_YEAR_ONLY: Final = re.compile(r"(?:năm\s+)?\d{4}")
_TO_LEVEL: Final = re.compile(
    r"(?:xuống(?<=\bxuống)|còn(?<=\bcòn)|lên(?<=\blên))(?:\s+(?:còn|mức|tới|đến))?"
    r"\s*(?:trên|dưới|gần)?\s*$"
)

_PASSED_AIM: Final = re.compile(r"\bvượt\s+(?:mục tiêu|kế hoạch|chỉ tiêu)(?:\s+đề ra)?\s*$")
_AIM_OWNER: Final = re.compile(r"(?:\s*/\s*năm)?\s+(?:của|mà|do|theo)\s")
_SIBLING_REACH: Final = 200  # characters from one level to the next of the same list


# "... 49% bình quân cả nước và ": the whole of the share before, then "và".
_AND_ONLY: Final = re.compile(r"^[^\d%,;:()]{0,40}?(?:^|\s)và\s*$")


class ComparisonReading(ShareBases):
    """Reads one percentage of a sentence as a comparison, or says it is a level."""

    def _comparison(
        self,
        quantity: Quantity,
        segment_start: int,
        clause_end: int,
        next_start: int,
        list_bases: list[tuple[int, str]],
        host: Draft | None,
        last_measure: Measure | None,
    ) -> ComparisonFound | None:
        """Read a percentage as a comparison: (first word, measure, basis, end, aspect, fall)."""
        found = self._sibling_basis(
            self._comparison_of(
                quantity, segment_start, clause_end, next_start, list_bases, host, last_measure
            ),
            host,
        )
        # Follow a growth read as a level (growth_parts.py): a level names it or goes on
        # after it; a comparison leaves it behind.
        low = self.low
        if (
            found is not None
            and self.growth_end >= 0
            and quoted_part_rate(low, self.growth_end, found[0], quantity.extent_end)
        ):
            # "nông, lâm, thủy sản tăng 9,48% (cùng kỳ giảm 7,5%), ...; thuế sản phẩm tăng
            # 5,29%": the same period's rate quoted beside a part is a remark on it, and the
            # breakdown goes on after it.
            self.growth_end = quantity.extent_end + 1
            return found
        if found is not None and not range_rise(found[1], found[2], quantity.value_max):
            self.growth_end = -1
        elif names_growth(low[segment_start : quantity.lead_start]):
            self.growth_head = self.growth_end = quantity.extent_end
        elif self.growth_end >= 0 and only_rates_between(low, self.growth_end, quantity.lead_start):
            self.growth_end = quantity.extent_end
        return found

    def _sibling_basis(
        self, found: ComparisonFound | None, host: Draft | None
    ) -> ComparisonFound | None:
        """'xuất khẩu ước 79 triệu USD, giảm 11% so với tháng trước; nhập khẩu ước 62 triệu
        USD, giảm 3%': a level's rise with no basis, after the rise of the level before it in
        the sentence was stated on one, is on the same basis (the list states it once)."""
        if found is None or host is None or found[1] != "change":
            return found
        if host.quantity is None or host.quantity.unit.kind in ("percent", "count"):
            return found  # amounts only: rises of rates or counts are read apart
        stated = self.stated_sibling
        if found[2]:
            again = stated is not None and stated[:2] == (self.sentence_start, host.anchor)
            # A level compared with two bases leaves none to share (passage._head_basis).
            self.stated_sibling = (self.sentence_start, host.anchor, None if again else found[2])
            return found
        if stated is None or stated[0] != self.sentence_start or stated[1] == host.anchor:
            return found
        between = self.low[stated[1] : host.anchor]
        if stated[2] is None or len(between) > _SIBLING_REACH or own_time(between):
            return found  # "tháng 7 ..., giảm 0,7% so với tháng 6; lũy kế 7 tháng ...": no sibling
        return found[0], "change", stated[2], *found[3:]

    def _from_to(self, upto: str, quantity: Quantity) -> bool:
        """'tỷ lệ hộ nghèo từ 12% năm 2015 giảm xuống 4,3%': a level the subject moves from,
        named by its "từ" alone, when the level it moves to follows (from_levels.py)."""
        return bool(_FROM_ONLY.search(upto)) and (
            _TO_FOLLOWS.match(self.low, quantity.extent_end) is not None
        )

    def _comparison_of(
        self,
        quantity: Quantity,
        segment_start: int,
        clause_end: int,
        next_start: int,
        list_bases: list[tuple[int, str]],
        host: Draft | None,
        last_measure: Measure | None,
    ) -> ComparisonFound | None:
        low = self.low
        before = low[segment_start : quantity.lead_start]
        upto = low[segment_start : quantity.start]
        # Both of _FROM_LEVEL's forms hold "từ": the search runs only where it stands.
        # The level moved to is read up to its number, wherever its segment starts: "giảm
        # từ 9,65% xuống còn 9,61% so với năm 2021" names the basis of both, no share.
        moved_to = _TO_LEVEL.search(low, max(0, quantity.start - 24), quantity.start)
        floored = floored_rise_basis(low, upto, quantity.unit.end, quantity.extent_end)
        if (
            (
                "từ" in upto
                and floored is None  # "tăng từ 8% trở lên so với năm 2023": a floor, no level
                and (_FROM_LEVEL.search(upto) or self._from_to(upto, quantity))
            )
            or (moved_to and " từ " in low[max(0, segment_start - 60) : quantity.start])
        ):
            # "giảm từ 56,84% năm 2017 xuống còn 52,09% năm 2018": two levels, each of
            # its own year, not a rise or a fall.
            return None
        rate_before = host is not None and (
            host.quantity is None
            or host.quantity.unit.kind == "percent"
            or (bool(host.comparisons) and host.comparisons[-1].measure == "change")
        )
        if rate_before and plan_level_in_parens(low, quantity):  # (plan_beside)
            # "GRDP tăng 10,5%, vượt kế hoạch đề ra (10%)": after a rate, the percentage
            # beside the plan's name is the rate the plan set, not a share of the plan
            # (as "9.495 ha, vượt nhẹ kế hoạch (101%)" is).
            return None
        if rate_before and plan_level(low, segment_start, quantity.lead_start, quantity.unit.end):
            # "đạt 8,6%, thấp hơn mức kế hoạch 9,4%": the plan's rate, a level (plan_levels).
            return None
        if rate_before and names_plan_rate(low, quantity, host):
            # "phấn đấu tăng trưởng 14-15%, cao hơn chỉ tiêu Trung ương giao là 13,6%": what
            # the plan is, a rate of its own, not by how much the rate passes it.
            return None
        if (
            rate_before
            and "vượt" in before
            and _PASSED_AIM.search(low, max(0, quantity.lead_start - 30), quantity.lead_start)
            and _AIM_OWNER.match(low, quantity.unit.end)
        ):
            # "tốc độ tăng trưởng 16,76%, vượt mục tiêu 16,5% của nghị quyết": the rate the
            # aim set, a level of its own, not by how much it was passed.
            return None
        spans = self.difference_spans
        restated = restated_difference(low, spans, quantity)
        shared = [text for position, text in list_bases if position <= quantity.start]
        fall = signed_change(low, segment_start, quantity.lead_start)
        if restated is None and fall is not None:
            # "ngô 2.100 ha (-5,2%)": a signed share in parentheses is the level's change.
            after = read_basis_after(low, quantity.extent_end + 1)
            signed_basis, signed_end = after if after else (None, quantity.extent_end + 1)
            signed_basis = signed_basis or (shared[-1] if shared else None)
            return quantity.lead_start - 1, "change", signed_basis, signed_end, "", fall
        if restated is not None and restated[2] is None and shared:
            # "So với cùng kỳ năm 2011, tai nạn giao thông giảm 24 vụ (-14,63%)".
            restated = (*restated[:2], shared[-1], *restated[3:])
        if restated is not None:
            return restated
        # A gap set aside whole ("giảm 1,2 điểm phần trăm so với năm 2022, còn 3,4%") takes
        # its basis with it: no lead of the rate after it.
        lead: Lead | None = shared_verb_lead(low, segment_start, before) or read_lead(
            blank(low, segment_start, quantity.lead_start, self.difference_spans)
        )
        after = read_basis_after(low, quantity.unit.end) or floored
        if after and beside_plan_rate(low, quantity.unit.end, lead.verb if lead else ""):
            return None  # "đạt 64,5% so với kế hoạch là 65%": a level (plan_beside.py)
        basis_text: str | None = None
        basis_end = quantity.extent_end
        if after is not None and after[1] <= clause_end + 1:
            basis_text, basis_end = after
        aspect_match = _ASPECT.match(low, basis_end)
        aspect = ""
        if aspect_match:
            aspect = aspect_match.group(1)
            basis_end = aspect_match.end()
        lead_start = segment_start + lead.cue_start if lead else quantity.lead_start
        measure: Measure | None = lead.measure if lead else None
        if basis_text is None and lead is not None and lead.basis_text and rate_over_whole(before):
            return None  # "tỷ lệ nợ công so với GDP khoảng 37%": a rate's level (rate_denominators)
        if basis_text is None and lead is not None and lead.basis_text:
            if lead.verb == "đạt" and reaches_rate(before, lead.cue_start):
                # "So với năm trước, tỷ lệ đảng viên … đạt gần 63%, tăng trên 1%": what a
                # rate reaches is its level; the opening basis is the rise's after it.
                return None
            basis_text = lead.basis_text
        negative = bool(lead and lead.negative)
        if basis_text is not None and measure is None:
            # "Giảm tỷ lệ hộ nghèo 1,5% so với năm 2023": the verb opens the item.
            opening = _OPENING_CHANGE.match(before)
            grown = _GROWN.search(before) if opening is None and "trưởng" in before else None
            if opening:
                measure, negative = "change", opening.group(1) in ("giảm", "hạ", "kéo giảm")
            elif grown:
                # "nhóm hàng chế biến tăng trưởng 19,2% so với cùng kỳ": with its basis after
                # it, the rate is a rise on that basis, and the verb ends the subject.
                measure, lead_start = "change", segment_start + grown.start(1)
        if (
            ((lead is not None and lead.verb in ("tăng", "giảm")) or names_rise_rate(before))
            and least_rise_aimed(low, quantity.bound, basis_text, lead_start, self.target_mode)
            and not (
                # "đạt 480 tỷ đồng, tăng hơn 9% so với năm trước": a level's own rise
                host is not None
                and transparent(blank(low, segment_start, lead_start, self.difference_spans))
            )
        ):
            return None  # "thu ngân sách tăng tối thiểu 10%" as an aim: the rate to reach
        if (
            basis_text is not None
            and last_measure is None
            and _YEAR_ONLY.fullmatch(basis_text)
            and (
                (lead is None and _LEVEL_WORD.search(before))
                or (
                    lead is not None
                    and lead.verb == "đạt"
                    and _RATE_SUBJECT.search(before, 0, lead.cue_start)
                )
            )
        ):
            # "xuống còn 28.200 hộ, tỉ lệ 8,88% năm 2015", "tỷ lệ che phủ rừng đạt 45% năm
            # 2020": a rate's level and the year it stood at; no verb compares it with that
            # year ("bằng 110% năm 2022" does).
            return None
        if basis_text is not None:
            measure = measure or last_measure or "ratio"
            return lead_start, measure, basis_text, basis_end, aspect, negative
        if (
            lead is None
            and last_measure == "ratio"
            and host is not None
            and host.quantity is not None
            and host.quantity.unit.kind != "percent"
            and _AND_ONLY.match(before)
        ):
            # "bằng 49% bình quân cả nước và 99% bình quân vùng": a second share of the
            # same figure, of the whole named after it.
            return segment_start, "ratio", quantity.tail or None, basis_end, aspect, False
        if lead is None and not quantity.tail and not _LEVEL_AFTER.match(low, quantity.unit.end):
            headed = heading_share(low, self.sentence_start, segment_start, quantity.lead_start)
            if headed:
                # "so với kế hoạch: thu ngân sách 105,2%, chi …": a share of the heading's plan.
                self.carried_shares.add(quantity.lead_start)
                return quantity.lead_start, "ratio", headed, basis_end, aspect, False
        if lead is None or _LEVEL_AFTER.match(low, quantity.unit.end):
            return None
        # "mỗi năm giảm từ 4% trở lên" states a level to reach, not a change.
        open_ended = "trở " in low[quantity.end : quantity.extent_end]
        if measure == "change" and lead.verb != "vượt" and not open_ended:
            if (
                opens_item(low, lead_start)
                and rise_aimed_at(low, lead_start, self.target_mode)
                and not _LOOKAHEAD_BASIS.search(low, basis_end, min(next_start, clause_end))
            ):
                return None  # "mục tiêu: xây dựng 12 phòng học; giảm 15% lượng ...": an aim
            if rate_against_other_time(low, quantity.unit.end, clause_end) or rate_gap_after(
                low, quantity.unit.end, clause_end
            ):
                return None  # "tăng 7,38%, cao hơn 2,2 điểm phần trăm so với năm 2023"
            if (
                host is not None
                and host.quantity is not None
                and host.quantity.unit.kind == "percent"
                and not host.comparisons
                and (
                    (
                        _PART_OPENING.match(before)
                        and _RATE_SUBJECT.search(low, host.clause_start, host.anchor)
                    )
                    or (host.anchor in self.part_levels and _SIBLING_PART.match(before))
                )
            ):
                # "tỷ lệ hộ nghèo giảm trên 3%, trong đó hộ dân tộc thiểu số giảm trên 4%":
                # a part of a rate read as a level is a level too, and so are the parts
                # listed after it ("…, trong đó công nghiệp tăng 7,3%, dịch vụ tăng 6,4%").
                self.part_levels.add(quantity.start)
                return None
            listed = [text for position, text in list_bases if position <= quantity.start]
            if listed:
                return lead_start, "change", listed[-1], basis_end, aspect, negative
            beside = plan_beside(low, quantity.unit.end, self.sentence_start, segment_start)
            own = beside and host and transparent(blank(low, segment_start, lead_start, spans))
            if beside and not (negative or own):
                self.part_levels.add(quantity.start)  # no basis stated nor carried:
                return None  # "GRDP tăng 7,7% (kế hoạch tăng 7%)", the rate reached (rise_levels)
            ahead = _LOOKAHEAD_BASIS.search(low, basis_end, min(next_start, clause_end))
            # "tăng 15,3%, vượt 5,3% so với kế hoạch": the plan is the second one's basis.
            if ahead and _OWN_COMPARISON.search(low, basis_end, ahead.start()):
                ahead = None
            if ahead and basis_of(ahead.group(1)) != "other":
                # "tăng 2,8% về vốn so cùng kỳ, đạt 54,7% kế hoạch": the rise runs to the end
                # of its basis, and what follows it still speaks of the same figure.
                ahead_end = ahead.start(1) + len(ahead.group(1).rstrip())
                if "%" in low[basis_end : ahead.start()]:
                    ahead_end = basis_end  # "12% về lượng và tăng 18% … so với": shared
                named = ahead.group(1).strip()
                return lead_start, "change", named, ahead_end, aspect, negative
            if host is not None and transparent(
                blank(low, segment_start, lead_start, self.difference_spans)
            ):
                return lead_start, "change", None, basis_end, aspect, negative
            window = max(segment_start, lead_start - 80)
            if rate_subject(low[window:lead_start]) and not moves_after_stated_move(
                low, self.sentence_start, segment_start, window, lead_start
            ):
                return None  # "tỷ lệ hộ nghèo giảm 2%": the rate itself is the level
            if not negative and economy_grows(low[segment_start:lead_start]):
                self.bare_rise_first |= self.stated_change_basis is None  # economy_growth
                return None  # "kinh tế tỉnh tăng 7,14%": its growth, on the year before
            growth = (self.growth_head, self.growth_end)
            if is_growth_part(low, growth, segment_start, lead_start):
                self.part_levels.add(quantity.start)
                return None  # "…, dịch vụ tăng 8,64%" after the growth of the economy
            if rise_aimed_at(low, lead_start, self.target_mode) or planned_rise(low, lead_start):
                return None  # "phấn đấu thu ngân sách tăng 10%": the rate to reach
            if (
                not negative
                and self._names_no_basis()
                and not _TO_FOLLOWS.match(low, quantity.extent_end)
            ):
                # "GRDP tăng 9,94%" in a text that names no basis of a rise: a rate of growth
                # (unstated_bases). A fall stays a change (no gold reads a fall of a measure
                # so), and so does a rise to a level after it ("tăng 14,6%, lên 143,2 ha").
                return None
            return lead_start, "change", None, basis_end, aspect, negative
        if lead.verb == "vượt" and not open_ended:
            # "…, vượt 12,5% dự toán; trong đó thu nội địa vượt 15%": the plan the sentence
            # named passed before is the one passed again.
            named = last_passed(low, max(0, lead_start - 200), lead_start)
            if named:
                return lead_start, "change", named, basis_end, aspect, False
            if (
                host is not None
                and transparent(blank(low, segment_start, lead_start, self.difference_spans))
            ) or passes_its_plan(low, segment_start, lead_start):
                # "Năng suất lúa đạt 62 tạ/ha, vượt 3%": what a result passes is its plan.
                return lead_start, "change", "kế hoạch", basis_end, aspect, False
        if (
            measure == "ratio"
            and lead.verb in ("bằng", "đạt")
            and (trailing := trailing_basis(low, quantity.unit.end))
            and not _RATE_SUBJECT.search(low[max(segment_start, lead_start - 80) : lead_start])
        ):
            return lead_start, "ratio", trailing, basis_end, aspect, False  # basis_lists
        if (
            measure == "ratio"
            and lead.verb in ("bằng", "đạt")
            and (
                named_once := shared[-1]
                if shared
                else plan_of_heading(low, self.sentence_start, lead_start)
            )
            and basis_of(named_once) in ("plan", "budget")
            and not _RATE_SUBJECT.search(low[max(segment_start, lead_start - 80) : lead_start])
        ):
            # "So với kế hoạch, thu ngân sách đạt 105%, giải ngân đạt 98%": each item is a
            # share of the plan the list named once; so under "Đối chiếu kế hoạch:", whose
            # rises are still their own ("đặt cạnh kế hoạch: GRDP tăng 7,7% (kế hoạch 7%)").
            return lead_start, "ratio", named_once, basis_end, aspect, False
        if (
            measure == "ratio"
            and lead.verb in ("bằng", "đạt")
            and not quantity.tail
            and host is None
            and names_subject(low, segment_start, lead_start)
            and not names_rate(low, segment_start, lead_start)
            and not names_growth(low[segment_start:lead_start])
        ):
            # "...: A đạt 54,8% KH; B đạt 51,2%": a share of the plan named before (plan_shares).
            plan = self._sentence_ratio_basis(
                self.sentence_start, quantity.start
            ) or plan_of_heading(low, self.sentence_start, lead_start)
            if plan and basis_of(plan) in ("plan", "budget"):
                return lead_start, "ratio", plan, basis_end, aspect, False
        if (
            measure == "ratio"
            and lead.verb in ("bằng", "đạt")
            and not quantity.tail
            and names_amount(low, segment_start, lead_start)
            and (stated := self._sentence_ratio_basis(self.sentence_start, quantity.start))
            and basis_of(stated) != "other"
        ):
            # "thu ngân sách đạt 108% dự toán, chi ngân sách đạt 96%": an amount's share of
            # the basis its sentence stated once (amount_shares.py), not a level of its own.
            self.carried_shares.add(lead_start)  # a listed share: bare ones may go on after it
            return lead_start, "ratio", stated, basis_end, aspect, False
        if (
            lead.verb in _RATIO_VERBS
            and host is not None
            and host.quantity is not None
            and host.quantity.unit.kind != "percent"
            and transparent(blank(low, segment_start, lead_start, self.difference_spans))
        ):
            written = low[host.quantity.start : host.quantity.end]
            if not quantity.tail and ("/" in written or " trong " in written):
                # "120/135 xã đạt chuẩn, đạt 88,9%", "160 trong tổng số 178 xã …, đạt 90%":
                # the share the fraction makes is the level of a rate, not a comparison.
                return None
            if (
                not quantity.tail
                and host.quantity.unit.kind == "count"
                and lead.verb in ("tương đương", "tương ứng")
            ):
                return None  # "giảm 59 đơn vị hành chính cấp xã, tương đương 28,1%": a rate
            whole = low[quantity.unit.end : min(clause_end, quantity.unit.end + 60)]
            if count_share_of_whole(host.quantity.unit.kind, lead.verb, whole, quantity.value):
                return None  # "43.048 hộ nghèo, bằng 33,05% tổng số hộ dân cư": a rate
            if bare_rate_of_count(
                low, host.quantity, lead.verb, lead_start, quantity.value
            ) and not self._sentence_ratio_basis(self.sentence_start, quantity.start):
                return None  # "6.999 đồng chí hoàn thành tốt nhiệm vụ, đạt 71%": a rate
            if not quantity.tail and planned_before(low, host.quantity):
                # "phấn đấu có 20 xã đạt chuẩn; đến nay có 16 xã đạt chuẩn, đạt 80%": the
                # share is of the plan the sentence set for the same things.
                return lead_start, "ratio", "kế hoạch", basis_end, aspect, False
            passed = plan_passed_before(low, host.quantity.start, host.quantity.end, lead_start)
            return lead_start, "ratio", quantity.tail or passed, basis_end, aspect, False
        return None
