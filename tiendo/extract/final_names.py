"""The last readings of a figure's name, once every other rule has named it.

Each rule below reads the figure against the figures already named (of its sentence,
or of the passage) and bails out on a plain test before any pattern.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.acted_shares import acted_share
from tiendo.extract.added_capital_names import added_capital_name
from tiendo.extract.assigned_amounts import assigned_amount
from tiendo.extract.belonging_counts import belonging_count
from tiendo.extract.branch_measures import branch_measured
from tiendo.extract.brought_totals import brought_total
from tiendo.extract.case_diseases import CASE_ENDS, of_disease
from tiendo.extract.cause_clauses import after_cause
from tiendo.extract.clause_shares import subject_share
from tiendo.extract.clauses import Draft
from tiendo.extract.compared_levels import BARE_LEVELS, compared_level, rise_of_measure
from tiendo.extract.continued_subjects import continued
from tiendo.extract.copula_after import copula_name
from tiendo.extract.copula_shares import copula_share
from tiendo.extract.copula_subjects import copula_subject, described_subject
from tiendo.extract.count_parts import part_of_count
from tiendo.extract.count_phrases import place_criteria
from tiendo.extract.count_shares import share_of_count
from tiendo.extract.country_levels import country_level
from tiendo.extract.disbursed_funds import disbursed, labelled
from tiendo.extract.economy_sectors import economy_sector
from tiendo.extract.example_items import example_after_basis, example_item
from tiendo.extract.first_items import name_first_item
from tiendo.extract.fronted_scopes import with_fronted_scope
from tiendo.extract.group_anaphora import group_referent
from tiendo.extract.having_measures import having
from tiendo.extract.headed_items import headed_item
from tiendo.extract.industry_branches import BRANCH_INITIALS as _BRANCH_INITIALS
from tiendo.extract.industry_branches import industry_branch
from tiendo.extract.lead_clauses import without_lead
from tiendo.extract.market_counts import reached_markets
from tiendo.extract.market_items import directed_market, market_item
from tiendo.extract.measured_acts import measured_act
from tiendo.extract.measures_after import measured_after
from tiendo.extract.member_counts import members_of_body
from tiendo.extract.money_nouns import money_noun
from tiendo.extract.moved_places import moved_place
from tiendo.extract.name_case import lower_name
from tiendo.extract.named_members import without_members
from tiendo.extract.nested_counts import nested_count
from tiendo.extract.paren_predicates import predicate_after_remark
from tiendo.extract.part_names import PART_OPENINGS, part_named
from tiendo.extract.passed_aims import aim_named, aimed_act
from tiendo.extract.place_headings import placed_item
from tiendo.extract.placed_counts import placed_count
from tiendo.extract.plan_marks import plan_marked
from tiendo.extract.price_groups import price_group
from tiendo.extract.quoted_levels import quoted_level
from tiendo.extract.raised_counts import raised_count
from tiendo.extract.ranked_lists import ranked_place
from tiendo.extract.ranked_sentences import ranked_in_sentence
from tiendo.extract.rate_moves import moved_rate
from tiendo.extract.recalled_names import RECALLED_NAMES, RECALLED_OPENINGS, recalled
from tiendo.extract.receivers import without_receiver
from tiendo.extract.remaining_amounts import remaining
from tiendo.extract.rivals import rival_level
from tiendo.extract.said_names import SaidNames
from tiendo.extract.scope_siblings import scope_sibling
from tiendo.extract.season_crops import season_crop
from tiendo.extract.sector_anaphora import LOOK_BACK, sector_named
from tiendo.extract.sector_siblings import sector_measured
from tiendo.extract.seized_items import seized_item
from tiendo.extract.session_acts import session_act
from tiendo.extract.shifted_shares import shifted
from tiendo.extract.sourced_amounts import sourced
from tiendo.extract.spent_purposes import spent_for
from tiendo.extract.standard_names import GRADED_ENDS, standard_named
from tiendo.extract.superlatives import superlative
from tiendo.extract.target_counts import counted_targets
from tiendo.extract.transport_work import worked
from tiendo.extract.with_measures import measure_with

_DANGLING: Final = (" của", " tại", " ở")
# A time the figure is reached by, left at the head of its name when it has no date of its
# own ("đến cuối năm giải ngân", "tỷ lệ đến cuối năm hộ nghèo"): when, not what.
# Only at the head (or after "tỷ lệ"), and not when the next word goes on naming the time
# ("đến hết niên hạn sử dụng", "đến đầu năm học", "đến cuối tháng ba"): inside a name the
# phrase is part of what is counted.
_BY_TIME: Final = re.compile(
    r"^((?:tỷ lệ )?)(?:đến|tới) (?:cuối|hết|giữa|đầu) (?:năm|kỳ|tháng|quý|niên hạn|nhiệm kỳ)"
    r"(?: nay)? (?!(?:học|sử dụng|giêng|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|chạp)\b)"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
# `recalled`, `of_disease` and `part_named` each return the name as it was unless it is one
# of a few bare names or opens or ends with words of theirs: one look at the lowered name
# asks for all three.
_RECAST_OPENINGS: Final = RECALLED_OPENINGS + PART_OPENINGS


def final_name(
    draft: Draft,
    named: str,
    sentences: tuple[list[Draft], list[Draft]],
    said: SaidNames,
    text: tuple[str, str],
) -> str:
    """The figure's name after the rules that read it against the figures before it."""
    low, norm = text
    sentence, previous = sentences
    quantity = draft.quantity
    if quantity is not None and (total := brought_total(draft, sentence, low)):
        return total  # "..., đưa lũy kế quý I lên 420 tỷ đồng": the measure it adds up
    # (copula_name looks for "là" right after the amount first: most amounts have none)
    if quantity is not None and (
        after := copula_name(low, norm, draft, quantity.lead_start, quantity.extent_end)
    ):
        return after  # "300 tỷ đồng là vốn năm trước chuyển sang": what the amount is
    # Each rule reads figures of one kind of unit: the others are not asked.
    if quantity is not None:
        kind, unit = quantity.unit.kind, quantity.unit.text
        if kind == "money":
            named = (
                added_capital_name(low[draft.clause_start : quantity.lead_start])
                or measure_with(norm[draft.clause_start : quantity.lead_start])
                or money_noun(draft, named, text)
                or spent_for(draft, named, text)
                or sourced(draft, named, sentence, text)
                or measured_after(draft, named, text)
                or assigned_amount(draft, sentence, norm)
                or without_receiver(named, low, draft.clause_start, quantity.lead_start)
                or remaining(draft, sentence, previous, norm)
                or sector_measured(draft, named, sentence, previous, low)
                or named
            )
        elif kind == "count":
            named = (
                placed_count(draft, sentence, text)  # "trong đó thị trường Nhật Bản 240 người"
                or reached_markets(draft, low)  # "Gạo của tỉnh có mặt tại 60 thị trường"
                or ranked_in_sentence(
                    draft, sentence, previous, said, norm
                )  # "nhiều nhất là X với"
                or members_of_body(draft, norm)
                or session_act(draft, norm)
                or raised_count(draft, norm)
                or part_of_count(draft, named, sentence, low)
                or belonging_count(draft, named, sentence, low)  # "45 xã thuộc 6 huyện đạt …"
                or named
            )
            named = without_members(named) or named  # "huyện đạt chuẩn gồm Chợ Gạo, ..."
        if draft.in_paren:  # "…, vượt gạo (1,2 tỉ USD)": the rival's level
            named = rival_level(draft, previous + sentence, norm) or named
        # (`copula_subject` reads only words before the number that hold " là ")
        described = norm.find(" là ", draft.item_start, quantity.lead_start) >= 0
        named = (
            nested_count(draft, named, sentence, norm)
            or (copula_subject(draft, named, norm) if described else "")
            or named
        )
        if unit in ("%", "điểm phần trăm"):
            named = described_subject(draft, named, sentence, norm) or named
            # "giải quyết 70% số vụ án": the rate of the act on the things after the number
            named = acted_share(draft, named, low) or named
        named = season_crop(draft, named, sentence, norm) or named
        placed = place_criteria(draft, named, text) if unit == "tiêu chí" else ""
        named = placed or ranked_place(draft, sentence, text) or named
        if kind == "count":
            named = predicate_after_remark(draft, named, low, norm) or named
        if unit == "%":
            named = (
                copula_share(draft, named, norm, low)  # "29,2% là rừng trồng"
                or ranked_in_sentence(draft, sentence, previous, said, norm)
                or share_of_count(draft, named, sentence, low)
                or subject_share(draft, named, sentence, low)
                or named
            )
    named = (
        market_item(draft, sentence, said, norm)
        or directed_market(draft, sentence, norm)
        or seized_item(draft, low, norm)
        or named
    )
    named = labelled(draft, named, norm) or disbursed(draft, named, sentence, said) or named
    lowered = lower_name(named)
    if (
        lowered in RECALLED_NAMES
        or lowered.startswith(_RECAST_OPENINGS)
        or lowered.endswith(CASE_ENDS)
    ):
        named = part_named(of_disease(recalled(named, said, draft, sentence), said), said)
    named = after_cause(named) or named  # "… tăng mạnh do sản lượng cà phê tăng 12%"
    if quantity is None or (
        quantity.unit.text == "%"
        and low[max(0, quantity.lead_start - 8) : quantity.lead_start].rstrip().endswith("bằng")
    ):
        # "ngành khai khoáng giảm 14,92%", and "ngành khai khoáng bằng 97,8%": a share of
        # the basis the head named, read as its comparison, no level of its own.
        named = branch_measured(draft, named, said) or named
    named = quoted_level(draft, named, sentence, norm) or named
    # The rules below each read figures of a number only, some of shares ("%") only,
    # `continued` names that open with one of a few letters only and `superlative` names
    # that hold "nhất" only: the others are not asked (each rule tests it again).
    percent = quantity is not None and quantity.unit.text == "%"
    if quantity is not None and named[:1] in "sSrRtTlL":
        named = continued(draft, named, sentences) or named  # "…, sau đó giảm còn 18,22%"
    if percent:
        named = country_level(draft, named, sentence, low) or named  # "… mức 8,02% của cả nước"
    if quantity is not None:
        named = plan_marked(draft, sentence, low) or named  # "…, chưa tới mức kế hoạch 7,2%"
        if kind != "count":
            level = compared_level(named)  # "…, cao hơn mục tiêu tăng trưởng 6,2%"
            if level in BARE_LEVELS:
                # "…, vượt xa mức tăng 3,56%": a rate's level of the measure stated first
                level = rise_of_measure(level, draft, sentence) if percent else ""
            named = level or named
        named = placed_item(draft, sentence, previous, norm) or named
        named = scope_sibling(draft, sentence, norm) or named  # "…, tuyến huyện là 117%"
    # (`having` reads names that open with "có " or "cho " only)
    named = moved_rate(named) or (having(named) if named[:1] in "cC" else "") or named
    if percent:
        named = shifted(draft, named, low) or named  # "... theo hướng tăng tỷ trọng dịch vụ"
        named = moved_place(draft, named, said, text) or named  # "Hà Tĩnh, từ 31,5% xuống …"
    if quantity is not None and "nhất" in named:
        named = superlative(draft, named, said, norm) or named  # "cao nhất thuộc về vùng Tây Bắc"
    if named[:1] in "Bb" and named.lower().startswith("bình quân , "):
        named = f"{named[12:]} bình quân"  # "Bình quân 11 tháng, CPI tăng": the average CPI
    if ("đến " in named or "tới " in named) and (by_time := _BY_TIME.search(named)):
        named = by_time.group(1) + named[by_time.end() :]
    named = headed_item(draft, named, sentences, low) or named  # "…: nông sản 13,11 tỷ USD"
    named = with_fronted_scope(draft, named, norm) or named  # "riêng khu vực FDI, số lao động"
    if " như " in named:
        named = example_item(named) or named  # "một số sản phẩm giảm như bia (giảm 6,12%)"
    elif quantity is None and " như " in norm[draft.item_start : draft.number_start]:
        # "một số sản phẩm tăng cao so với cùng kỳ như tivi tăng 36,6%"
        named = example_after_basis(named, norm[draft.item_start : draft.number_start]) or named
    named = economy_sector(named) or named  # "tổng sản phẩm dịch vụ": "khu vực dịch vụ"
    if " với " in named:
        named = measured_act(named) or named  # "… thu hoạch lúa sớm với diện tích 1.962 ha"
    if quantity is not None and quantity.unit.text == "chỉ tiêu":
        named = counted_targets(named) or named  # "Nghị quyết đề ra 18 chỉ tiêu"
    if quantity is None and named[:1] in _BRANCH_INITIALS:
        named = industry_branch(named, low[: draft.item_start]) or named  # "khai khoáng"
    if quantity is not None and quantity.unit.text.endswith(".km"):
        carried = next((d.indicator for d in reversed(sentence) if d.anchor < draft.anchor), "")
        named = worked(named, quantity.unit.text, carried) or named  # "…, và 26,4 tỷ tấn.km"
    if (
        quantity is not None
        and "vượt " in named[:20]
        and aimed_act(low, draft.clause_start, quantity.lead_start)
    ):
        named = aim_named(named) or named  # "vượt mục tiêu đưa 110.000 lao động"
    if " này" in named:
        # "nhập khẩu nhóm hàng này", "Khối này nộp ngân sách": the group named before
        before = norm[max(0, draft.item_start - 300) : draft.item_start]
        named = group_referent(named, before, said.names) or named
    if quantity is None and "nhóm" in low:
        # "Trong các nhóm tăng mạnh, giáo dục tăng 2,1%": the group's price index
        named = price_group(draft, named, sentences, low) or named
    if named.endswith("toàn ngành"):
        # "giá trị sản xuất toàn ngành": the sector the passage named before the anaphor
        end = draft.number_start if quantity is None else quantity.lead_start
        at = max(low.rfind("toàn ngành", 0, end), 0)
        named = sector_named(named, low[max(at - LOOK_BACK, 0) : at]) or named
    if named.endswith(GRADED_ENDS):
        named = standard_named(named, low) or named  # "158 xã đạt chuẩn": of nông thôn mới
    named = without_lead(draft, named, low) or named  # "…, phát huy vai trò của 31 cánh đồng"
    if named.endswith(_DANGLING):
        # "GRDP của Hà Nội" with the name left out: the preposition goes with it
        named = named.rsplit(" ", 1)[0]
    if draft.head and quantity is not None:
        name_first_item(draft, named, sentence, norm)  # "Sa Pa … với 133.864 lượt, … Bắc Hà"
    return named
