"""The indicator of a figure: what it measures, named in the text's own words.

Usually the subject of the figure's clause; where the text uses a verb or a bare
measure word, the measure is named from the words around it ("kết nạp 80 quần chúng"
gives "kết nạp đảng viên mới").
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.abbreviations import defined_abbreviation, spelled_out
from tiendo.extract.aspects import in_own_aspect
from tiendo.extract.breakdown_parts import part_name
from tiendo.extract.breakdowns import names_measure
from tiendo.extract.carried_subjects import later_level_subject, same_period_subject
from tiendo.extract.clauses import Draft
from tiendo.extract.contributors import contributor
from tiendo.extract.count_labels import labelled_count
from tiendo.extract.country_levels import country_quoted
from tiendo.extract.difference_names import left_by_difference
from tiendo.extract.figure import Comparison
from tiendo.extract.final_names import final_name
from tiendo.extract.fronted_comparisons import inner_subject
from tiendo.extract.gaps import only_a_gap
from tiendo.extract.growth_shares import unnamed_share
from tiendo.extract.indicator import subject_indicator
from tiendo.extract.joined_counts import own_predicate
from tiendo.extract.label_words import name_words
from tiendo.extract.labels import measure_label, uncounted
from tiendo.extract.late_names import late_name
from tiendo.extract.lexicon import at_word_start
from tiendo.extract.list_items import item_name, listed_name, respective_indicator
from tiendo.extract.marked_breakdowns import level_whole
from tiendo.extract.measures import MeasureNaming
from tiendo.extract.member_acts import label_measure
from tiendo.extract.money_sources import money_source
from tiendo.extract.name_case import lower_name
from tiendo.extract.part_labels import label_opening
from tiendo.extract.part_rates import past_item_rate, whole_for_part
from tiendo.extract.passage import STOPS_PERIOD
from tiendo.extract.period_cues import PeriodMention
from tiendo.extract.points import actors_verb
from tiendo.extract.quoted import (
    basis_level_period,
    finish_earlier_in_parens,
    grows,
    quoted_year,
    remark_year,
)
from tiendo.extract.ranking import place_ranked, ranked_indicator
from tiendo.extract.reached import of_label
from tiendo.extract.share_names import share_of_whole
from tiendo.extract.shared_acts import shared_act
from tiendo.extract.time_labels import names_only_time
from tiendo.extract.time_subjects import compared_rise
from tiendo.extract.unit_measures import in_same_unit
from tiendo.extract.units import counted_noun
from tiendo.extract.verb_lists import land_after_money
from tiendo.extract.whole_anaphora import this_named
from tiendo.periods import Period

_SHARE_OF_PREVIOUS = re.compile(
    r"^[\s,;(]*(?:và\s+)?chiếm(?:\s+t[ỷỉ] trọng)?(?:\s+(?:khoảng|gần|hơn|trên|tới|đến))?\s*$"
)
_CAUSES: Final = frozenset({"khiến", "làm", "làm cho", "gây", "gây ra", "khiến cho"})
_TOPIC_LEAD: Final = re.compile(
    r"^[\s\-–•+*]*(?:về|đối với|trong lĩnh vực|lĩnh vực|ngành|công tác)\s+", re.IGNORECASE
)
_TO_LEVEL_BEFORE: Final = re.compile(
    r"\b(?:xuống|lên)(?:\s+(?:còn|mức|tới|đến))?\s*(?:trên|dưới|gần)?\s*$"
)
_TAKES_SHARE: Final = re.compile(  # ("chiếm tỷ trọng" with no subject of its own)
    r"(?:^[\s,;(]*chiếm\s+t[ỷỉ] trọng|\bchiếm)(?:\s+(?:khoảng|gần|hơn|trên|dưới|tới|đến))?\s*$"
)
_OWN_VERB_OF_ITEM: Final = re.compile(r"\b(?:đạt|là|được|có|tăng|giảm|xuống|lên|còn|từ|bằng)\b")
_SHARE_OF = re.compile(r"^(.{2,60}?)[\s(]+chiếm\s+(t[ỷỉ] trọng|t[ỷỉ] lệ)$", re.IGNORECASE)
_ANAPHORA: Final = re.compile(at_word_start("này") + r"\b")
_BARE_HEAD: Final = re.compile(
    r"^(?:đạt |chiếm |nâng |với )?(tỷ lệ|tỉ lệ|bình quân|tính chung|tổng cộng|tổng số|cả năm|"
    r"lũy kế|cộng dồn)$"
)
_BARE_HEAD_LONGEST: Final = len("chiếm tính chung\n")  # no longer text matches _BARE_HEAD

# "riêng tôm đạt ...", "trong đó ...": a part of what was stated before, not a whole.
_PART_OPENING: Final = re.compile(r"^[\s,;:(]*(?:riêng|trong đó|gồm|bao gồm|như|cụ thể)\b")
_PART_WORDS: Final = ("riêng", "trong đó", "gồm", "như", "cụ thể")  # one in each match


class IndicatorNaming(MeasureNaming):
    """Names the measure of each figure of a sentence."""

    def _name_indicator(
        self,
        draft: Draft,
        periods: list[PeriodMention],
        topic: str,
        sentence_start: int,
    ) -> None:
        if draft.named:
            draft.indicator = draft.head = self.last_indicator = draft.named
            return
        if draft.respective is not None and draft.respective[0] is not draft:
            draft.indicator = respective_indicator(*draft.respective)
            draft.head = draft.respective[0].head
            return
        low, norm = self.low, self.norm
        quantity = draft.quantity
        subject_end = draft.subject_end if draft.subject_end is not None else draft.anchor
        spans = [
            (m.start - draft.item_start, m.end - draft.item_start)
            for m in periods
            if draft.item_start <= m.start < subject_end
        ]
        unit = quantity.unit.text if quantity else "%"
        unit_kind = quantity.unit.kind if quantity else "percent"
        tail = quantity.tail if quantity else ""
        pre = norm[draft.item_start : subject_end]
        pre_lower = pre.lower()
        indicator = subject_indicator(pre, unit=unit, unit_kind=unit_kind, tail=tail, periods=spans)
        differences = [
            (a - draft.item_start, b - draft.item_start)
            for a, b in self.difference_spans
            if draft.item_start <= a and b <= subject_end
        ]
        if differences and left_by_difference(indicator):  # (difference_names)
            # "tỷ lệ hộ nghèo giảm 2,1 điểm phần trăm, còn 3,8%": the difference goes, the
            # subject before it stays ("…, từ 5,2% xuống còn 3,7%": not the words after,
            # "tăng 2 điểm phần trăm, từ 66% lên 68%": nor the difference itself).
            masked = spans + differences
            indicator = subject_indicator(
                pre, unit=unit, unit_kind=unit_kind, tail=tail, periods=masked
            )
        if "(" in pre and (defined := defined_abbreviation(pre)):
            # "chỉ số sản xuất công nghiệp (IIP) ...": later, "IIP" alone stands for it.
            # (its time masked, as the figure's own: "năm 2020 tổng sản phẩm (GRDP)" is GRDP)
            named = subject_indicator(
                pre[: defined[1]], unit="%", unit_kind="percent", tail="", periods=spans
            )
            if named and not named.startswith(defined[0]):
                self.abbreviations[defined[0]] = f"{named} ({defined[0]})"
        lowered = lower_name(indicator)
        aside_part = False  # a part labelled inside parentheses: "(trong đó thuế, phí: 492 ...)"
        labelled = draft.clause_start > sentence_start and low[draft.clause_start - 1] == ":"
        if labelled and lowered:
            label_start = max(
                low.rfind(";", sentence_start, draft.clause_start - 1), sentence_start
            )
            label = norm[label_start : draft.clause_start - 1].strip(" ;-–•+*")
            label = _TOPIC_LEAD.sub("", label)
            indicator = of_label(indicator, label)  # "Ngành công nghiệp: giá trị sản xuất ..."
            lowered = lower_name(indicator)
        # "Giá trị sản xuất: nông nghiệp đạt …; lâm nghiệp đạt …": the label's measure.
        item = uncounted(indicator, unit) if unit_kind == "count" else indicator
        item_of = measure_label(low, norm, sentence_start, draft.clause_start, item)
        if item_of:
            indicator, lowered = item_of, item_of.lower()
        if labelled and unit_kind == "count" and lowered == counted_noun(unit).lower():
            # "Xã đạt chuẩn quốc gia về y tế: 87 xã": the count alone is the label's.
            colon = draft.clause_start - 1
            indicator = labelled_count(norm, low, sentence_start, colon, periods) or indicator
            lowered = lower_name(indicator)
        if (
            not lowered
            and labelled
            # "...: thu nhập năm 2016 mới 39 triệu đồng thì năm 2021 đạt 72 triệu đồng": a
            # later figure of the clause goes on with the first, not with the label.
            and not any(
                d.clause_start == draft.clause_start and d.anchor < draft.anchor
                for d in self.sentence_drafts
            )
        ):
            # "Thu ngân sách: 500 tỷ đồng": the label before the colon names the measure.
            # (a part's label opens inside parentheses or after "trong đó", part_labels;
            # the part in parentheses is no measure a figure after them goes on with)
            label_start = label_opening(low, sentence_start, draft.clause_start - 1)
            aside_part = draft.in_paren and low[label_start - 1] in "( "
            # "- Về thu ngân sách: ước thực hiện 2.350 tỷ đồng": the topic word goes.
            label = _TOPIC_LEAD.sub("", norm[label_start : draft.clause_start - 1])
            if name_words(label) <= 12 and not names_only_time(label):  # (label_words)
                indicator = subject_indicator(label, unit=unit, unit_kind=unit_kind, tail=tail)
                lowered = lower_name(indicator)
        if quantity is None and draft.number_start > draft.anchor:
            # "So với kế hoạch, thu ngân sách đạt 95%": the subject follows the comparison.
            indicator = inner_subject(norm, draft, periods, pre, indicator)
            lowered = lower_name(indicator)
        if quantity is None and draft.aspect and not lowered:
            indicator = draft.aspect
        if (quantity is None or unit_kind == "percent") and (
            aspect := in_own_aspect(low, draft, indicator, self.last_indicator)
        ):
            indicator = lowered = aspect  # "tăng 12% về lượng và tăng 18% về giá trị"
        sibling = self._sibling_verb(draft, pre)
        name = item_name(pre)
        list_head = self._list_head(draft, unit, sentence_start) if name else ""
        said = norm[sentence_start : draft.anchor]  # "Ở chỉ số SIPAS năm 2023, Quảng Ninh ..."
        ranked = place_ranked(pre, said) if quantity is not None else None
        by_rank = ranked_indicator(ranked[0], ranked[1] or self._measure_of(unit)) if ranked else ""
        if by_rank:
            # "Bắc Ninh xếp thứ hai với 28,66 tỷ USD": the measure ranked, for that place.
            indicator, draft.head = by_rank, by_rank[: by_rank.rfind(" của ")]  # (for the next)
        elif draft.share_of is not None and draft.share_of.indicator:
            whole = draft.share_of.indicator
            indicator = whole if whole.lower().startswith(("tỷ lệ", "tỉ lệ")) else f"tỷ lệ {whole}"
        elif list_head:
            # "Hội An 77 tạ/ha, Duy Xuyên 66,85 tạ/ha": an item named only by a place or a
            # market is the list's measure for that place.
            indicator = listed_name(list_head, name)
            draft.head = list_head
        elif (
            self.last_indicator
            # "..., còn 3 chỉ tiêu kinh tế chưa đạt": things counted with a name of their own
            # are no later level of the measure before.
            and not (quantity is not None and quantity.unit.kind == "count" and quantity.tail)
        ) and (
            later_level_subject(pre_lower)
            # "từ 43,7% xuống 36,0%": the words "xuống" went with the level before.
            or (
                not pre.strip()
                and _TO_LEVEL_BEFORE.search(low, max(0, draft.anchor - 16), draft.anchor)
            )
        ):
            # "... giảm từ 56,84% năm 2017 còn 52,09% năm 2018": the same measure, later.
            indicator = self.last_indicator
            draft.carried = True
        elif (same := same_period_subject(pre_lower)) and self.last_indicator:
            # "(cùng kỳ năm trước tăng 6,1%)", "(cùng kỳ 2012 là 3,31%)": the same measure,
            # the same months of an earlier year.
            indicator = self.last_indicator
            draft.carried = True
            last_year = draft.period.same_period_last_year()
            if same.group(1):
                last_year = Period(int(same.group(1)), last_year.from_month, last_year.to_month)
            draft.period = last_year
            if draft.in_paren:
                self.paren_period = (draft.sentence, last_year)
        elif (
            quantity is not None
            and self.last_indicator
            and (based := basis_level_period(pre, low, quantity.unit.end, draft.period))
        ):
            # "..., so với 32.000 lượt của năm trước": the same measure, a year before.
            indicator = self.last_indicator
            draft.carried = True
            draft.period = based
        elif (
            draft.in_paren
            and quantity is not None
            and self.last_indicator
            and (
                earlier := remark_year(low, sentence_start, quantity.lead_start, draft.period.year)
            )
        ):
            # "Thu ngân sách năm 2023 đạt 2.100 tỷ đồng (năm 2022: 1.875 tỷ đồng)": the same
            # measure, in the earlier year the remark names.
            indicator = self.last_indicator
            draft.carried = True
            draft.period = Period(earlier, 1, 12)
        elif (
            draft.in_paren
            and self.paren_period is not None
            and self.paren_period[0] == draft.sentence
            and not pre.strip(" (")
            and self.last_indicator
        ):
            # "A 3,09% (cùng kỳ 2012 là 3,31%), B 37,88% (40,88%)": a bare level in
            # parentheses after the first one's is of the same earlier period.
            indicator = self.last_indicator
            draft.carried = True
            draft.period = self.paren_period[1]
        elif sibling:
            # "bắt giữ 206 vụ, 326 đối tượng": the second count shares the first one's verb;
            # "thu giữ 290 kg heroin, 840 kg cần sa": so does the second amount.
            own = quantity.tail if quantity is not None and unit_kind == "measure" else indicator
            indicator = f"{sibling} {own}"
        elif rise := compared_rise(lowered, draft, self.previous_sentence):
            indicator = rise  # "Mức tăng này cao hơn ... (năm 2023 tăng 5%)" (time_subjects)
        elif (
            "này" in lowered
            and _ANAPHORA.search(lowered)
            and len(lowered.split()) <= 4
            and self.last_indicator
        ):
            # ("chỉ số này", not "tỷ lệ hộ nghèo tại 6 xã này": a name of its own)
            indicator = this_named(lowered, self, draft) or self.last_indicator
            draft.carried = True
        elif not indicator and (source := money_source(norm, draft, self.sentence_drafts)):
            indicator = source  # "còn khoảng 23 ngàn tỷ đồng từ khai thác đấu giá đất"
        elif not indicator or (unit_kind == "percent" and _SHARE_OF_PREVIOUS.search(pre_lower)):
            # "..., chiếm 35,8% tổng số xã": the share of what was just counted.
            indicator = topic or self.last_indicator or indicator
            draft.carried = True
            previous = self.draft_before(draft)
            if (
                unit_kind == "percent"
                and not topic
                and previous is not None
                and previous.quantity is not None
                and "/" in low[previous.quantity.start : previous.quantity.end]
                and not indicator.lower().startswith(("tỷ lệ", "tỉ lệ"))
            ):
                indicator = f"tỷ lệ {indicator}"  # the share a fraction ("120/135 xã") makes
        elif lowered.startswith(("ở ", "tại ")) and self.last_indicator:
            indicator = f"{whole_for_part(self.last_indicator, unit_kind)} {indicator}"
        elif (
            len(lowered) <= _BARE_HEAD_LONGEST and _BARE_HEAD.match(lowered) and self.last_indicator
        ):
            # "..., bình quân 9 tháng tăng 1,85%", "đạt tỷ lệ 86,5%": a modifier of the
            # measure named just before.
            head = _BARE_HEAD.match(lowered)
            indicator = f"{indicator[head.start(1) :]} {self.last_indicator}" if head else indicator
            if head and head.group(1) == "tính chung":  # "taken together": no part of a name
                indicator = self.last_indicator
        elif topic and len(indicator.split()) <= 2 and topic.lower() not in lowered:
            indicator = f"{indicator} {topic}"
        indicator = self._named_measure(indicator, draft, pre, sentence_start, pre_lower)
        if unit_kind == "percent" and quantity is not None:
            indicator = self._share_named(indicator, draft, pre)
        # (every match holds "chiếm": a plain look-up first, the lazy pattern then)
        share = _SHARE_OF.match(indicator) if "ếm" in lower_name(indicator) else None
        if share:
            # "khu vực dịch vụ chiếm tỷ trọng 30,6%": the share of the thing named first.
            indicator = f"{share.group(2)} {share.group(1)}"
        if (
            quantity is not None
            and unit_kind == "count"
            and lower_name(indicator) == counted_noun(unit).lower()
            and self.last_indicator
        ):
            # "Năm 2022, số lao động được tạo việc làm là 32.000 người; năm 2023 là 34.500
            # người": the second count names nothing but its noun, so it is the same measure.
            previous = past_item_rate(self.draft_before, draft)  # (part_rates)
            if previous is None and self.previous_sentence:
                previous = self.previous_sentence[-1]  # "... 147 lao động" opening the next
            if (
                previous is not None
                and previous.quantity is not None
                and counted_noun(previous.quantity.unit.text) == counted_noun(unit)
                and previous.indicator.lower() != lower_name(indicator)
            ):
                indicator = previous.indicator
                draft.carried = True
        if draft.head and quantity is None and not indicator.lower().startswith(draft.head.lower()):
            # An item under a heading that names no measure: "khai khoáng" is the measure
            # the heading's list breaks down, for that item.
            indicator = f"{draft.head} {indicator}".strip()
        elif indicator and not draft.carried and not names_measure(indicator):
            # "GRDP tăng 5,03%, trong đó dịch vụ tăng 6,74%": the part rises in the whole's
            # measure; "đào tạo 7.600 người, trong đó trung cấp 1.500 người" counts alike.
            indicator = part_name(
                low, self.sentence_drafts, draft, sentence_start, self.previous_sentence, indicator
            )
        if unnamed_share(unit, indicator, self.low, quantity):  # "(đóng góp 52,23%)" too
            # "..., dịch vụ 3,34 điểm phần trăm": an item listed after the verb is named
            # as the contribution of its sector as well.
            listed = indicator and "đóng góp" not in indicator.lower()
            indicator = contributor(self.low, self.sentence_drafts, draft, pre) or (
                f"đóng góp của {indicator}" if listed else indicator
            )
        if draft.respective is not None:
            # The first item of a respective list keeps its own name ("huyện Tân Phú").
            first_name = draft.respective[1]
            if first_name and first_name.lower() not in indicator.lower():
                indicator = f"{indicator} {first_name}".strip()
        if quantity is not None and unit_kind == "count":
            cut = actors_verb(low, sentence_start, quantity.lead_start)
            if cut and not indicator.lower().startswith(cut):
                indicator = f"{cut} {indicator}"  # "toàn tỉnh giảm 248 đơn vị sự nghiệp"
        indicator = late_name(
            draft, indicator, self.sentence_drafts, self.previous_sentence, (low, norm),
            sentence_start, self.measure_by_unit,
        )  # fmt: skip
        if self.abbreviations and indicator[:1].isupper() and "(" not in pre:
            indicator = spelled_out(indicator, self.abbreviations)
        indicator = final_name(
            draft,
            indicator,
            (self.sentence_drafts, self.previous_sentence),
            self.names_said,
            (low, norm),
        )
        draft.indicator = indicator
        draft.head = draft.head or indicator
        if indicator:
            self.names_said.append(indicator)
            self.last_indicator = self.last_indicator if aside_part else indicator
            if quantity is not None:
                # A named item of a list ("... Minh Hoá") keeps the list's measure.
                self.measure_by_unit[unit] = draft.head
                if not (
                    any(word in pre_lower for word in _PART_WORDS)
                    and _PART_OPENING.match(pre_lower)
                ):
                    self.whole_by_unit[unit] = indicator

    def _share_named(self, indicator: str, draft: Draft, pre: str) -> str:
        """'công nghiệp - xây dựng chiếm 28,51%, nông - lâm - thủy sản 24,84%': each is the
        share (tỷ trọng) of its item, in the whole named after the first one, if any."""
        quantity = draft.quantity
        assert quantity is not None
        lowered = pre.lower()
        if "chiếm" in lowered and _TAKES_SHARE.search(lowered):  # (every match holds it)
            whole = quantity.tail
            self.share_list = (draft.sentence, draft.clause_start, whole)
        elif (
            self.share_list is not None
            and self.share_list[:2] == (draft.sentence, draft.clause_start)
            and not _OWN_VERB_OF_ITEM.search(lowered)
        ):
            whole = self.share_list[2]  # an item listed after the first share
        else:
            return indicator
        return share_of_whole(indicator, whole)

    def _measure_of(self, unit: str) -> str:
        """The measure the passage last stated in `unit`."""
        return self.measure_by_unit.get(unit, "")

    def _list_head(self, draft: Draft, unit: str, sentence_start: int) -> str:
        """The measure a list of named items shares: the figure before in its unit, or a label."""
        earlier = [d for d in self.sentence_drafts if d.anchor < draft.anchor and d.head]
        same = in_same_unit(earlier, unit)  # "Hàn Quốc 1,2 tỷ USD, Nhật Bản 800 triệu USD"
        if same:
            return same[-1].head
        if head := label_measure(self.norm, sentence_start, draft.item_start, unit):
            return head  # "Có 3 đơn vị giải ngân trên 50%:", "Thu ngân sách:"
        # The whole a breakdown sentence splits, else the last measure in the unit ("như A 5 ha")
        whole = level_whole(self.low, draft, sentence_start, self.previous_sentence)
        return whole or (self.measure_by_unit.get(unit, "") if draft.quantity else "")

    def _finish_quoted(self, draft: Draft, level_of: Draft, periods: list[PeriodMention]) -> None:
        """An earlier level quoted as the basis of a figure: same measure, its own period."""
        draft.kind = "actual"
        draft.period = Period(None)
        quantity = draft.quantity
        if quantity is None or finish_earlier_in_parens(self.low, draft, level_of):
            return
        for mention in periods:
            if quantity.end <= mention.start < draft.extent_end + 25:
                if not STOPS_PERIOD.search(self.low[quantity.end : mention.start]):
                    draft.period = mention.resolve(Period(level_of.period.year))
                break
        year = draft.period.year or quoted_year(self.low, quantity.unit.end, level_of.period.year)
        if year and draft.period.year is None:
            draft.period = Period(year)
        draft.indicator = f"{level_of.indicator} năm {year}" if year else level_of.indicator
        draft.indicator = country_quoted(self.low, quantity, draft.indicator) or draft.indicator
        if quantity.unit.kind == "percent" and (
            (sign := grows(self.low, quantity.lead_start))
            or (
                level_of.quantity is None
                and level_of.comparisons[-1:]
                and level_of.comparisons[-1].measure == "change"
            )
        ):
            # "nhỉnh hơn mức tăng 7,6% của cùng kỳ 2012": the rise of that earlier period,
            # over its months, on the basis the figure's own rise was stated on.
            last = level_of.comparisons[-1] if level_of.comparisons else None
            basis = last.basis if last is not None and last.measure == "change" else "same_period"
            draft.comparisons = [Comparison(basis, "change", (sign or 1) * quantity.value, "")]
            draft.quantity = None
            months = (level_of.period.from_month, level_of.period.to_month)
            if draft.period.months < 12 and draft.period.to_month is not None:
                # "cao hơn mức tăng 6,3% của 6 tháng đầu năm", "… của quý I": months of
                # this year named after the rate are its own, not the figure's.
                months = (draft.period.from_month, draft.period.to_month)
            draft.period = Period(year, *months) if year else Period(None)
            if year:
                draft.indicator = f"{level_of.indicator} {draft.period.label_vi()}"

    def _sibling_verb(self, draft: Draft, pre: str) -> str:
        """The verb of the count just before, when this count is listed right after it."""
        quantity = draft.quantity
        kind = quantity.unit.kind if quantity is not None else ""
        if kind not in ("count", "measure") or not only_a_gap(pre):
            return ""
        previous = self.draft_before(draft)
        if previous is None or previous.clause_start != draft.clause_start:
            return ""
        if previous.quantity is None:
            return ""
        if previous.quantity.unit.kind != kind:
            # "kiến nghị thu hồi 2,3 tỷ đồng và 18 ha đất": the land, of the money's act
            return previous.indicator if land_after_money(previous.quantity, quantity) else ""
        if kind == "count" and quantity and own_predicate(quantity.tail):
            return ""  # "hoàn thành 12/14 chỉ tiêu, 1 chỉ tiêu chưa hoàn thành": its own
        if kind == "measure" and not (quantity and quantity.tail and previous.quantity.tail):
            return ""  # "thu giữ 290 kg heroin, 840 kg cần sa": each names what it weighs
        noun = counted_noun(previous.quantity.unit.text) if kind == "count" else ""
        ending = f"{noun} {previous.quantity.tail}".strip()
        if not previous.indicator.endswith(ending):
            return ""
        verb = previous.indicator[: len(previous.indicator) - len(ending)].strip()
        if verb.lower() in _CAUSES:
            return ""
        return shared_act(verb)  # "… đã kiểm tra, giám sát 33 tổ chức đảng và 26 đảng viên"
