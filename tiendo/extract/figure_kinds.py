"""A figure's kind, target, estimate or actual: from the cues of its own words, of its
clause and sentence, of the list it belongs to, and from the passage's target mode; a
figure that sets the kind of the sentences after it sets the passage's mode too.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.aims import (
    earlier_aside,
    level_set_before,
    progress_to_date,
    rough_target,
    set_by_plan,
)
from tiendo.extract.beside_results import against_spans, beside_results
from tiendo.extract.breakdown_kinds import breakdown_kind, gained_part, own_verb, whole_of
from tiendo.extract.clauses import Draft, without_asides
from tiendo.extract.counted_predicates import predicate_kind, reached_before
from tiendo.extract.current_levels import is_now_level
from tiendo.extract.dated_clauses import before_aim
from tiendo.extract.estimate_carry import ELABORATION_START, estimate_in_force, set_against
from tiendo.extract.estimated_clauses import estimated_clause_kind
from tiendo.extract.figure import Kind
from tiendo.extract.full_quotas import full_quota
from tiendo.extract.kinds import Cues, estimated_label, has_target_cue
from tiendo.extract.later_aims import aim_stated_later
from tiendo.extract.lexicon import at_word_start
from tiendo.extract.meeting_acts import documents_passed
from tiendo.extract.named_targets import levels_of_plan, names_level
from tiendo.extract.naming import IndicatorNaming
from tiendo.extract.passed_aims import aim_level
from tiendo.extract.past_terms import past_term
from tiendo.extract.period_cues import PeriodMention
from tiendo.extract.plan_rises import planned_kind
from tiendo.extract.planned_budgets import budget_before, planned_budget
from tiendo.extract.planned_items import planned_forecast
from tiendo.extract.planned_labels import planned_label
from tiendo.extract.planned_parts import plan_part
from tiendo.extract.planned_subjects import plan_is_subject
from tiendo.extract.points import from_level
from tiendo.extract.tallied_targets import foreseen_count, tallied_kind, whole_of_targets
from tiendo.extract.target_nouns import only_noun_of_results
from tiendo.extract.verdicts import judged_against_plan as judged

# A verb of its own after the number ("35 doanh nghiệp được thành lập mới"), and "hiện".
_VERB_AFTER: Final = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:được|đã)\s+[^\W\d_]+")
_NOW: Final = re.compile(r"\bhiện(?: nay| tại)?\s+(?:(?:trên|dưới|khoảng|gần|hơn|là|có|đạt)\s+)?$")
_SET_BY: Final = re.compile(r"[^,;:.]{0,60}?\b(?:do|mà)\s[^,;:.]{0,60}?\b(?:đề ra|đặt ra|giao)\b")
_TOTAL_OF: Final = re.compile(r"\b(?:trong|trên)\s+tổng số\s*$")
_WHOLE_YEAR_ABOUT: Final = re.compile(r"\bcả năm\b[^,;:()]*\b(?:khoảng|gần|xấp xỉ)\s*$")
# The targets a meeting agrees on, resolves or assigns ("UBND tỉnh thống nhất 27 chỉ tiêu",
# "Kỳ họp quyết nghị 22 chỉ tiêu", "HĐND tỉnh giao 24 chỉ tiêu") are counted as they are set.
_COUNT_TARGET: Final = re.compile(
    r"\b(?:xác định|thông qua|đề ra|đặt ra|gồm|với|thống nhất|quyết nghị|giao"
    r"|xây dựng|đề xuất|ban hành)\s*$"  # "Huyện ủy xây dựng 17 chỉ tiêu chủ yếu": drawn up
)
_MUST: Final = re.compile(r"\b(?:phải|cần)\b")
_COUNT_ACTUAL: Final = re.compile(r"\b(?:đạt|vượt|hoàn thành|chưa|còn|có)\b")
# The completion striven for: "phấn đấu hoàn thành 27 chỉ tiêu", "quyết tâm đạt và vượt 25
# chỉ tiêu": the verb of a result, governed by an aim.
_AIMED_DONE: Final = re.compile(
    r"\b(?:phấn đấu|quyết tâm|nỗ lực|cố gắng)\s+(?:để\s+)?(?:đạt và vượt|đạt|vượt|hoàn thành)"
    r"(?:\s+(?:và\s+)?(?:vượt|hoàn thành vượt)(?:\s+mức)?)?\s*$"
)
# Each word with its boundary checked behind it, all in one plain alternation: a search
# skips to the words' first letters instead of trying every position (it is only asked
# whether one stands).
_STRONG_TARGET_WORDS: Final = (
    "phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "đề ra", "đặt ra", "định hướng", "dự toán",
    "sẽ", "hướng tới",
)  # fmt: skip
_STRONG_TARGET_WORD: Final = (
    "|".join(rf"{word}(?<=\b{word})\b" for word in _STRONG_TARGET_WORDS)
    + r"|đến năm(?<=\bđến năm) \d{4}"
)
# "Nghị quyết ... xác định: ...": what a resolution or a congress lays down, as a
# heading (not what an inspection found: "đoàn xác định: 15 cơ sở vi phạm"). Each
# word is an alternative of its own, so that every alternative opens with a letter
# and a search skips to those letters (a group there made it try every position).
_LAID_DOWN: Final = "|".join(
    rf"{word}[^.;:]{{0,160}}?xác định\s*:"
    for word in ("nghị quyết", "đại hội", "kế hoạch", "chương trình", "đề án")
)
# The strong target words: the two halves below, asked one after the other
# (_strong_target), where the whole read on at each "nghị quyết" up to 160 characters
# for a "xác định" that most sentences do not hold. The whole is compiled by the tests
# only, which hold the halves to it.
STRONG_TARGET_SOURCE: Final = f"{_STRONG_TARGET_WORD}|{_LAID_DOWN}"
_STRONG_TARGET_WORDS_ONLY: Final = re.compile(_STRONG_TARGET_WORD)
_LAID_DOWN_TARGETS: Final = re.compile(_LAID_DOWN)
_OWN_VERB: Final = re.compile(at_word_start("đạt|là|được|chiếm|thực hiện|có|với|cho") + r"\b")
_ESTIMATED_AFTER: Final = re.compile(r"\s*\(\s*(?:ước tính|ước|dự ước|số ước)\s*\)")
_ESTIMATE_OPENING: Final = re.compile(
    # A connective may lead it in: "Nhờ đó, ước lũy kế đến 30/6/2022, tỉnh đã giải ngân ...";
    # a forecast opens it as well ("Dự kiến đến cuối năm 2024, toàn tỉnh đã giải ngân ...").
    r"[\s(\-–•+*]*(?:(?:nhờ đó|theo đó|như vậy|bên cạnh đó|tuy nhiên),\s*)?"
    r"(?:theo (?:số liệu )?)?(?:dự ước|ước tính|ước|dự kiến|dự báo)\b[^,;:.%]{0,40},"
)
# A total up to now that holds the estimated month before it: "lũy kế 10 tháng đạt …".
_CUMULATIVE: Final = re.compile(r"^[\s,;:]*(?:lũy kế|luỹ kế|cộng dồn|tính chung|tính chung cả)\b")


def _verb_after(low: str, unit_end: int | None, clause_end: int) -> bool:
    """True when a verb with "được" or "đã" follows the number within a few words."""
    if unit_end is None:
        return False
    near = low[unit_end : min(clause_end, unit_end + 40)]
    # Plain look-ups first: most numbers have neither word after them.
    if "được" not in near and "đã" not in near:
        return False
    return _VERB_AFTER.match(low, unit_end, clause_end) is not None


def _strong_target(low: str, start: int, end: int) -> bool:
    """Whether STRONG_TARGET_SOURCE finds a match in low[start:end]: one of its halves does
    ("nghị quyết số 5 đặt mục tiêu ...": its "mục tiêu")."""
    if _STRONG_TARGET_WORDS_ONLY.search(low, start, end) is not None:
        return True
    # Every match of the other half holds "xác định" and lies inside the stretch.
    return low.find("xác định", start, end) >= 0 and (
        _LAID_DOWN_TARGETS.search(low, start, end) is not None
    )


def _cumulative(own: str) -> bool:
    """Whether _CUMULATIVE matches `own`, asked only where one of its words stands (each
    holds "kế", "dồn" or "tính chung"): most figures' own words hold none."""
    return ("kế" in own or "dồn" in own or "tính chung" in own) and (
        _CUMULATIVE.match(own) is not None
    )


def _estimated_after(low: str, end: int) -> bool:
    """Whether _ESTIMATED_AFTER matches at `end`: its first character that is no blank
    opens a parenthesis, so the pattern is asked only after a blank or a "(" (most numbers
    are followed by a comma or a word)."""
    if end >= len(low) or not (low[end] == "(" or low[end].isspace()):
        return False
    return _ESTIMATED_AFTER.match(low, end) is not None


def _joined_clause(own: str) -> bool:
    """True when the figure's own words open a clause joined by "và", with a subject and a
    verb before the number: in "diện tích lúa ước 7,12 triệu ha và sản lượng lúa đạt 43,5
    triệu tấn" the first clause's estimate is not the second's ("và 45.000 tấn" shares it)."""
    return own.lstrip(" ,").startswith("và ") and own_verb(without_asides(own))


_ONLY_REACHED: Final = re.compile(r"\b(?:chỉ|mới)\s+(?:đạt|có|thu được|thực hiện được)\s*$")


def _share_of_plan(draft: Draft, low: str = "", start: int = 0) -> bool:
    """True when the figure is given as a share of a plan or budget ("bằng 105% dự toán"),
    not as the whole quota an item of a list of targets aims at (full_quotas.py)."""
    share = any(c.basis in ("plan", "budget") and c.measure == "ratio" for c in draft.comparisons)
    return share and not (
        low and full_quota(draft.quantity, draft.comparisons, low, start, draft.item_start)
    )


class FigureKinds(IndicatorNaming):
    """Settles the kind of each figure of a sentence (finishing.py asks, after its period)."""

    def _settle_kind(
        self,
        draft: Draft,
        periods: list[PeriodMention],
        parens: list[tuple[int, int]],
        paren: tuple[int, int] | None,
        sentence_start: int,
        cues: Cues,
    ) -> Kind | None:
        """Set the kind of `draft` (`paren`: the parenthesis it stands in); return the cue
        of its own stretch, after the last comma before it, if any."""
        low = self.low
        own = low[draft.item_start : draft.anchor]
        base = sentence_start
        cue = cues.latest(draft.item_start - base, draft.anchor - base)
        # The cue of the figure's own stretch, after the last comma before it: the same
        # stretch where no comma stands.
        comma = own.rfind(",")
        own_cue = (
            cue
            if comma < 0
            else cues.latest(draft.item_start + comma + 1 - base, draft.anchor - base)
        )
        if cue is None and draft.quantity is None and draft.number_start > draft.anchor:
            # "So với cùng kỳ, IIP tháng 02 ước tăng 17,31%": the basis comes first, and the
            # estimate is said between it and the rise. "Thu ngân sách ước đạt 75% kế
            # hoạch": the cue "ước đạt" holds the comparison's first word, so it straddles it.
            inner = cues.latest(draft.item_start - base, draft.number_start - base)
            cue = inner if inner == "estimate" else None
        scope_start = paren[0] if paren else draft.clause_start
        # Words inside comparisons ("vượt 25% mục tiêu đề ra") announce nothing, nor do
        # remarks in parentheses the figure is not part of ("45% (KH 44-45%), ...").
        asides = [p for p in parens if p != paren]
        # Nor do the words of a target set against a result before it ("cao hơn mức kế
        # hoạch đề ra (5,2%); quy mô kinh tế hơn 102.700 tỉ đồng"): that target's own.
        against = against_spans(low, self.sentence_drafts, draft)
        skip = [(a - base, b - base) for a, b in [*self.comparison_spans, *asides, *against]]
        if (
            cue is None
            and scope_start < draft.item_start
            and not set_against(own)
            and not _joined_clause(own)
        ):
            cue = cues.latest(scope_start - base, draft.item_start - base, skip)
        prefix = cues.latest(0, draft.item_start - base, skip)
        # "..., trong khi kế hoạch đề ra là 8% và năm 2015 tỉnh đạt 7,5%": the plan named
        # before a clause joined with a verb of its own is not that clause's.
        if cue is None and not paren and prefix == "target" and not _joined_clause(own):
            cue = "target"
        if cue is None and not paren and planned_label(low, sentence_start, draft.item_start):
            # "Kế hoạch năm 2025 của huyện Đắk Song gồm: thu ngân sách 300 tỷ đồng; ...": the
            # items of a plan's list are its levels, however long its label.
            cue = "target"
        elif (
            own_cue == "estimate"
            and not paren
            and planned_forecast(own)
            and planned_label(low, sentence_start, draft.item_start)
        ):
            cue = "target"  # "Các chỉ tiêu năm 2025: …; vốn đầu tư dự kiến đạt 5.000 tỷ đồng"
        if (
            cue is None
            and prefix == "estimate"
            and estimated_label(low, sentence_start, draft.item_start)
        ):
            cue = "estimate"  # "Số liệu ước cả năm: tổng vốn đầu tư 21.000 tỷ đồng; …"
        if cue is None and "cả năm" in own and _WHOLE_YEAR_ABOUT.search(own):
            # "cả năm tỉnh đón khoảng 15,5 triệu lượt": a year's total put roughly, a forecast.
            cue = "estimate"
        if cue is None and self.estimated_heading and not paren:
            cue = "estimate"  # "Ước thực hiện năm 2024:" on the line before the list
        if cue is None and _cumulative(own) and self._estimate_in_force(draft, base):
            cue = "estimate"  # "tháng 10 ước đạt 2.100 tỷ đồng; lũy kế 10 tháng đạt …"
        quantity = draft.quantity
        if quantity is not None and quantity.unit.text.startswith(
            ("chỉ tiêu", "nhóm chỉ tiêu", "mục tiêu")
        ):
            if _COUNT_TARGET.search(own) or _MUST.search(quantity.tail) or _AIMED_DONE.search(own):
                cue = "target"
            elif foreseen_count(own):
                cue = "estimate"  # "ước thực hiện có 7/10 chỉ tiêu tăng trưởng cao hơn kế hoạch"
            elif _COUNT_ACTUAL.search(quantity.tail) or _COUNT_ACTUAL.search(own[-20:]):
                cue = "actual"
            elif has_target_cue(own) or _SET_BY.match(low, quantity.unit.end, draft.clause_end):
                # "trong 28 chỉ tiêu ... do HĐND huyện đề ra": the targets someone set.
                cue = "target"
            stop = low.find(".", quantity.unit.end)
            rest = low[quantity.unit.end : stop if stop >= 0 else len(low)]
            counted_whole = whole_of_targets(own, rest)
            if counted_whole:
                cue = "target"  # "Trong 12 chỉ tiêu chủ yếu, 4 chỉ tiêu vượt": those set
            before = low[draft.clause_start : draft.anchor]
            cue = tallied_kind(quantity.tail, own, before) or cue  # "với 12/14 chỉ tiêu đạt"
        else:
            counted_whole = False
        near = max(0, draft.anchor - 20)
        if (
            cue == "target"
            and not counted_whole
            and low.find("tổng số", near, draft.anchor) >= 0
            and _TOTAL_OF.search(low, near, draft.anchor)
        ):
            # "... 59 - 65 xã trong tổng số 117 xã": the whole the aim is a share of is
            # what there is, not an aim.
            cue = "actual"
        said = None
        if quantity is not None and own_cue is None:
            said = predicate_kind(quantity.tail, reached_before(low, quantity.lead_start))
        if said:
            # "năm 2021 tỉnh có 14 xã phấn đấu đạt chuẩn", "45 xã ước đạt chuẩn": what the
            # things counted are said to do is their own predicate (counted_predicates.py).
            cue = said
        if quantity is not None and _estimated_after(low, quantity.extent_end):
            cue = "estimate"  # "đạt khoảng 320.000 tấn (ước tính)": said of the number
        started = quantity is not None and from_level(
            low, sentence_start, quantity.start, quantity.unit.end
        )
        if cue in ("target", "estimate") and started:
            # "sẽ tăng từ 25.055 tỷ đồng năm 2019 lên ...", "dự kiến giảm từ 7,19% năm 2015
            # xuống 1,36% năm 2020": the forecast or the aim is of the level moved to; the
            # one moved from is where the measure stands.
            cue = "actual"
        now = quantity and is_now_level(low, sentence_start, quantity, cue, own_cue)
        if now:
            cue = "actual"  # "nâng tỷ lệ gỗ xẻ từ mức 25% - 30% hiện nay lên trên 60%"
        # "Mục tiêu nâng tỷ lệ che phủ rừng từ 41% lên 45%": the aim names the level moved
        # to; the one moved from is where the measure stands.
        named = quantity is not None and not started and names_level(low, sentence_start, quantity)
        # "vượt chỉ tiêu Nghị quyết (mỗi năm giảm 2%)": the parenthesis gives the plan's level.
        plan_paren = (
            not named and paren is not None and levels_of_plan(low[sentence_start : paren[0] + 1])
        )
        if named or plan_paren:
            cue = "target"  # "tổng thu đạt 42.999 tỷ đồng (chỉ tiêu 28.000 tỷ đồng)"
        partial = draft.period.to_month is not None and draft.period.months < 12
        # A level in parentheses right after the noun ("(chỉ tiêu 75.250 lượt)") or after
        # the plan a result kept within ("nằm trong chỉ tiêu Bộ giao (không quá 0,09%)") is
        # the target's, in a report on part of a year too.
        # (the whole a tally of targets is taken out of stays the set laid down, under a
        # label of results too: "..., đều đạt và vượt: trong tổng số 44 chỉ tiêu, có 39 ...")
        stated = (named and paren is not None) or plan_paren or counted_whole
        if (
            cue == "target"
            and not stated
            and only_noun_of_results(low[sentence_start : draft.anchor], partial)
        ):
            cue = "actual"  # "Về các chỉ tiêu xã hội, tỷ lệ hộ nghèo giảm còn 2,1%"
        if (
            quantity is not None
            and not now  # "mục tiêu nâng tỷ lệ che phủ rừng từ 41% hiện tại lên 45%"
            and not started  # "mục tiêu nâng tỷ lệ che phủ rừng từ 41% lên 45%"
            and aim_level(low, draft.clause_start, quantity.lead_start)
        ):
            named = cue != "estimate"
            cue = "target" if named else cue  # "hoàn thành mục tiêu giải ngân 100% vốn"
        if (
            quantity is not None
            and cue != "actual"  # "đã khởi công dự án ..., tổng vốn đầu tư 2 tỷ USD"
            and planned_budget(
                low[max(base, quantity.lead_start - 240) : quantity.lead_start],
                low[quantity.end : draft.clause_end],
            )
        ):
            cue = "target"  # "tổng kinh phí bố trí cho ... là 87 tỷ đồng": the budget set
        elif cue == "estimate" and own_cue is None:
            # "Tổng kinh phí dự kiến 49,9 tỷ đồng, gồm ngân sách Trung ương 11,2 tỷ đồng":
            # the parts of the budget, with no forecast of their own since it.
            budget = budget_before(
                low, [d for d in self.sentence_drafts if d.anchor < draft.anchor]
            )
            if (
                budget is not None
                and cues.latest(budget.anchor - base, draft.anchor - base) is None
            ):
                cue = "target"
        if quantity is not None and (
            set_by_plan(low, quantity.unit.end, draft.clause_end)
            or level_set_before(low, quantity.lead_start)
        ):
            # "cao hơn mức 17%/năm mà nghị quyết đề ra", "bằng 53,1% mức Quốc hội cho phép
            # là 178.300 tỷ đồng": the level it set
            cue = "target"
        if cue is None and plan_is_subject(own):
            # "Tổng kế hoạch vốn đầu tư công năm 2023 là ...": the plan itself is the level.
            cue = "target"
        if cue is None and ELABORATION_START.match(own):
            # "..., ước đạt 57.320 tấn; trong đó tôm 22.150 tấn": a breakdown is of the same
            # kind as the total it breaks down.
            # A part outside parentheses breaks down the figure its clause states, not a
            # plan quoted beside it ("tăng 11,5% (kế hoạch 10 - 11%); trong đó ...").
            unbracketed = [
                d
                for d in self.sentence_drafts
                if d.anchor < draft.anchor and (draft.in_paren or not d.in_paren)
            ]
            whole = whole_of(draft, unbracketed)
            if whole is not None and whole.quantity is not None:
                cue = whole.kind
        # A remark in parentheses shares the estimate when it only breaks the figure down
        # ("(công nghiệp 6,2%, xây dựng 8,8%)"), not when it names a time of its own.
        timed = paren is not None and any(paren[0] <= m.start < paren[1] for m in periods)
        outside = without_asides(own)  # "(chiếm 31,1%)" is a remark
        # Only a verb right before the number states the figure's own kind ("khách lưu trú
        # đạt 1,08 triệu lượt"); a share ("chiếm 7,1%") or "cho sản lượng" does not.
        # So does a verb after the number, the things counted being its subject ("35
        # doanh nghiệp được thành lập mới"), and "hiện" ("thu nhập bình quân hiện trên 60
        # triệu đồng"): where things stand now, not the estimate of the list before.
        opened: bool | None = None  # whether an estimate opens the sentence, once asked
        if (
            cue is None
            and not self.target_mode
            and not timed
            and not own_verb(outside)
            and not _verb_after(low, quantity.unit.end if quantity else None, draft.clause_end)
            and not ("hiện" in outside and _NOW.search(outside))
        ):
            # "GRDP ước tăng 8,16%, trong đó công nghiệp tăng 13,49%, dịch vụ 5,73%": the
            # items of a list share the estimate its head was stated as; so does a whole
            # sentence opened by "Ước tính ...," or "Dự ước ...,".
            opened = _ESTIMATE_OPENING.match(low, base) is not None
            cue = "estimate" if opened else self._estimate_in_force(draft, sentence_start)
        shared = cue is None or gained_part(cue, low[scope_start : draft.anchor])
        if shared and not self.target_mode and not timed:
            # "GRDP ước đạt X, trong đó A đạt Y, B đạt Z": parts share their whole's estimate.
            remarked = self.before_remark or self.previous_sentence  # past a remark on it
            cue = breakdown_kind(low, sentence_start, draft, self.sentence_drafts, remarked) or cue
        # (whether the sentence opens with an estimate is read only where it may tell)
        if cue in ("actual", None) and not self.target_mode:
            if opened is None:
                opened = _ESTIMATE_OPENING.match(low, base) is not None
            if opened:
                # "Ước tính đến hết tháng 7, toàn tỉnh gieo cấy được 30,3 nghìn ha"; "Ước
                # tính năm 2024, GRDP tăng 7,2%; GRDP bình quân đầu người đạt 85 triệu
                # đồng": the opening estimates its whole sentence, "đã ..." clauses too.
                cue = "estimate"
        cue = planned_kind(estimated_clause_kind(cue, low, base, draft.anchor), low, draft)
        draft.listed = draft.listed or (
            len(self.sentence_drafts) >= 3 and bool(own.strip()) and not _OWN_VERB.search(own)
        )
        if cue == "estimate" and own_cue is None and self._of_earlier_year(draft):
            # "..., trong khi 4 tháng đầu năm 2020 chỉ số này giảm 11,5%": an earlier
            # period's figure, quoted beside an estimate, is a result.
            cue = None
        if cue in ("target", None) and not own_cue and before_aim(low, draft, self.sentence_drafts):
            cue = "actual"  # "Năm 2025, phấn đấu ...; năm 2024, giá trị sản xuất đạt ..."
        if cue == "estimate" and self.target_mode and rough_target(low, draft, self.target_year):
            cue = "target"  # "Chỉ tiêu năm 2026: ...; quy mô GRDP ước trên 367.000 tỷ đồng"
        partial_year = draft.period.months < 12 and not plan_part(low, sentence_start, draft.period)
        if cue == "target" and own_cue is None and not named and _share_of_plan(draft, low, base):
            # "Tỉnh đề ra 12 chỉ tiêu; thu ngân sách đạt 5.200 tỷ đồng, bằng 105% dự toán":
            # a level given as a share of its plan is the result measured against it,
            # whatever target word stood earlier in the sentence.
            cue = "actual"
        if cue is None:
            # Targets are set for years and terms; a figure for part of a year that no
            # word marks as a target is a result.
            aside = paren is not None and earlier_aside(low, sentence_start, paren, draft.anchor)
            aimed = self.target_mode and not partial_year and not aside
            aimed = aimed and not progress_to_date(low, sentence_start)
            aimed = aimed and not past_term(low, sentence_start, draft.anchor, self.document_year)
            aimed = aimed and not aim_stated_later(low, draft.clause_end)  # "…; năm Y, phấn đấu"
            # "... là 8,5% và cả năm 2019 tỉnh chỉ đạt 6,9%": a level only or just reached
            # is a verdict on a result; no plan sets a level as "only" reached.
            aimed = aimed and not _ONLY_REACHED.search(own)
            later = self._after_writing(draft, sentence_start)
            # A level measured against its plan or budget ("đạt 5.200 tỷ đồng, bằng 105% dự
            # toán") reports how the plan went, among targets too: a target is no share of
            # a plan.
            aimed = aimed and not any(c.basis in ("plan", "budget") for c in draft.comparisons)
            draft.kind = "target" if aimed or later else "actual"
        else:
            draft.kind = cue
            draft.kind_cued = True
            # A count of the targets a resolution sets ("ban hành nghị quyết với 14 chỉ
            # tiêu") announces them as surely as a strong word: the list follows.
            counted = (
                quantity is not None
                and quantity.unit.text.startswith(("chỉ tiêu", "mục tiêu"))
                and _COUNT_TARGET.search(own) is not None
            )
            weak = (
                cue == "target"
                and not counted
                and not _strong_target(low, sentence_start, draft.anchor)
            )
            # A target named beside results ("...; mục tiêu đến năm 2020 là 100.000 ha")
            # opens no list of targets.
            beside = beside_results(low, own, named, draft, self.sentence_drafts)
            if not paren and not weak and not beside:
                # "duy trì dưới 3%", "cần đạt ...": the figure is aimed at, but
                # nothing says the sentences after it list targets.
                self._set_mode(cue, draft.period.year)
        if (
            draft.kind == "target"
            and not paren
            and quantity
            and (judged(low, quantity.extent_end) or documents_passed(low, quantity))
        ):
            # "đạt 52,3%, vượt chỉ tiêu": the result judged (verdicts); "và thông qua 13
            # nghị quyết": what the meeting did (meeting_acts).
            draft.kind = "actual"
        return own_cue

    def _of_earlier_year(self, draft: Draft) -> bool:
        """True when an estimate before the figure, in its sentence or the one before, is of
        a later year ("... ước tăng 7%. Trong đó, năm 2023 khu vực dịch vụ tăng 5,1%")."""
        year = draft.period.year
        if year is None:
            return False
        # The sentence before counts when the figure names its year itself (a year carried
        # from a quoted earlier level may be wrong).
        named = str(year) in self.low[draft.clause_start : draft.extent_end]
        return any(
            d.kind == "estimate" and (d.period.year or 0) > year
            for d in [*(self.previous_sentence if named else []), *self.sentence_drafts]
            if d.anchor < draft.anchor
        )

    def _estimate_in_force(self, draft: Draft, sentence_start: int) -> Kind | None:
        """'estimate' where the list the figure belongs to is estimated (estimate_carry)."""
        drafts, previous = self.sentence_drafts, self.before_remark or self.previous_sentence
        return estimate_in_force(self.low, draft, sentence_start, drafts, previous)

    def _after_writing(self, draft: Draft, sentence_start: int) -> bool:
        """True when the figure's sentence dates it after the year the text was written in:
        "Năm 2026, GRDP tăng 10%" in 2025 states an aim (a year carried over is no sign)."""
        year = draft.period.year
        return (
            self.document_year is not None
            and year is not None
            and year > self.document_year
            and str(year) in self.low[sentence_start : draft.anchor]
        )
