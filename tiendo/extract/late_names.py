"""Names read after a figure's own words: from the list or the structure it is in, or
from the figure it is paired with."""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure
from tiendo.extract.budget_flows import BARE_FLOW, budget_said, counterpart, is_flow_of_budget
from tiendo.extract.changed_objects import aimed_change, changed_object
from tiendo.extract.clauses import Draft, same_unit_before
from tiendo.extract.count_labels import measure_by_time
from tiendo.extract.count_phrases import (
    after_names,
    count_phrase,
    criteria_met,
    named_before_in_clause,
    number_in_what_is_counted,
    per_unit,
    present_at,
    share_predicate,
)
from tiendo.extract.counted_measures import bare_measure, of_counted, of_thing_before
from tiendo.extract.counted_scopes import with_count_scope
from tiendo.extract.growth_rates import falling_share, growth_rate, level_of_growing
from tiendo.extract.lead_verbs import without_lead_verb
from tiendo.extract.lexicon import PLAN_NAMES_IN_PARENS
from tiendo.extract.name_case import lower_name
from tiendo.extract.name_openers import opens_with_opener
from tiendo.extract.paren_parts import paren_part
from tiendo.extract.rate_of_noun import rate_after_difference, rate_named
from tiendo.extract.said_twice import said_once
from tiendo.extract.shared_heads import headed_rate
from tiendo.extract.structure_shares import structure_share
from tiendo.extract.tail_items import item_read_as_tail, per_year, yearly_count
from tiendo.extract.unit_measures import carried_in_unit
from tiendo.extract.units import counted_noun

_BARE_FLOW: Final = BARE_FLOW  # (budget_flows; tests read it here)
# "Tỷ lệ lao động qua đào tạo đạt 68%, trong đó có bằng cấp, chứng chỉ 28%": a part of a
# rate is a rate of the same people, narrowed by what the part says.
_PART_OF: Final = re.compile(r"[\s,;()]*(?:trong đó|riêng)\s", re.IGNORECASE)
# "tỷ lệ hộ nghèo từ hơn 20% nay còn 8,58%": the level the same measure came to.
_CAME_TO: Final = re.compile(
    r"^\W*(?:(?:năm \d{4}|nay|đến nay|hiện nay|hiện|đến năm \d{4}|đến cuối năm(?: \d{4})?)\s+)?"
    r"(?:còn|xuống(?: còn)?|lên(?: tới| đến)?|giảm còn|tăng lên)(?:\s+(?:dưới|trên|khoảng))?\s*$"
)
# "..., bình quân mỗi năm giảm 2%": how fast the measure named before moved, per year.
_PER_YEAR: Final = re.compile(r"^(?:bình quân\s+)?(?:mỗi|hằng|hàng)\s+năm$", re.IGNORECASE)
# "cả năm dự kiến vượt kế hoạch, đạt 1,1 tỷ USD": a clause with no subject of its own that
# beat the plan, then the level it reached: the measure the passage last stated in that
# unit, not the plan.
_BEAT_PLAN_THEN: Final = re.compile(
    r"(?:^|[\s,])(?:vượt|đạt|hoàn thành|về đích)(?:\s+mức)?\s+"
    r"(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)[^,;:]{0,20},"
    r"\s*(?:ước\s+)?đạt(?:\s+(?:khoảng|hơn|trên|gần))?\s*$"
)
# "..., đóng góp 1,82 điểm phần trăm vào mức tăng chung và chiếm tỷ trọng 30,02%": "và"
# joins one more verb of the same subject; the words before it are the object before.
_AND_TAKES: Final = re.compile(
    r"\svà\s+chiếm(?:\s+(?:tỷ|tỉ) (?:trọng|lệ))?(?:\s+(?:khoảng|gần|hơn|trên|tới|đến))?\s*$"
)
_CONTRIBUTION_OF: Final = re.compile(r"^(?:mức\s+)?đóng góp (?:của\s+)?", re.IGNORECASE)
# "đóng góp 25,5% vào tăng trưởng GDP của tỉnh": what the share was contributed to.
_INTO: Final = re.compile(r"\s*vào\s+([^,;.()]{3,60})")
# "...; mục tiêu đến hết năm 2020 là 100.000 ha": a plan word with nothing after it is the
# plan of the measure the passage last stated in that unit.
# Each pattern read on the name alone opens with a word of its own, so the name's first
# letter is looked at first ("ſ" and the Kelvin sign are "s" and "k" to a pattern that ignores
# case).
_PLAN_INITIALS: Final = "dDsSſnNgGmMkK\u212acC"
_BROUGHT_INITIALS: Final = "pPtTqQgGhHkK\u212a"
_PER_YEAR_INITIALS: Final = "bBmMhH"
_RATE_INITIALS: Final = "tT"  # _SHARE_HAS, _SHARE_OF_PEOPLE
_FLOW_INITIALS: Final = "tTcC"  # _BARE_FLOW
_FLOW_LOOK_BACK: Final = 400  # characters before the sentence a bare flow's budget is read in
# ... and the name's last letter, or the second and third ("tỷ ", "tỉ "): "$" may stand
# before a last newline, and "i" is "ı" or "İ" too to a pattern that ignores case.
_PLAN_FINALS: Final = "uUhH\n"  # "mục tiêu", "kế hoạch", "chỉ tiêu"
_FLOW_FINALS: Final = "uUiI\u0130\u0131\n"  # "thu", "chi"
_RATE_SECONDS: Final = frozenset({"ỷ ", "ỉ ", "Ỷ ", "Ỉ "})  # _SHARE_HAS, _SHARE_OF_PEOPLE
# The words after the last comma before a number that _BEAT_PLAN_THEN ends with ("ước đạt").
_REACHED_AFTER_COMMA: Final = frozenset(
    f"{estimated}đạt{bound}"
    for estimated in ("", "ước ")
    for bound in ("", " khoảng", " hơn", " trên", " gần")
)
_PLAN_WORD: Final = re.compile(
    r"^(?:(?:diện tích|sản lượng|năng suất|giá trị)\s+)?(?P<plan>mục tiêu|kế hoạch|chỉ tiêu)$",
    re.IGNORECASE,
)
# "Vụ lúa Đông Xuân 2022-2023, tỉnh xuống giống được 190.174 ha": the season the sentence
# opens with is what the area of the work was sown or reaped for.
_WORKED_AREA: Final = re.compile(r"^diện tích (?:gieo trồng|gieo cấy|xuống giống|thu hoạch|trồng)$")
_SEASON_OPENING: Final = re.compile(
    r"\W*vụ\s+(?P<season>[^,;:.\d]{3,40}?)(?:\s+(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,"
)
# "hộ nghèo ..., chiếm 7,97%": a share of people or households is a rate (tỷ lệ) of them;
# "tỷ trọng" stays for parts of an economy or of a labour force by sector.
_SHARE_OF_PEOPLE: Final = re.compile(
    r"^(?:tỷ|tỉ) trọng (?=(?:số )?(?:hộ|người|đồng bào|đảng viên|dân|học sinh|trẻ|nhân khẩu|"
    r"cán bộ|thanh niên|phụ nữ|xã|huyện|thôn|bản|trường|doanh nghiệp|hợp tác xã|chi bộ|"
    r"đảng bộ|tổ chức|vụ|ca)\b)",
    re.IGNORECASE,
)
# "Mặt hàng xuất khẩu trong tháng gồm: cà phê nhân 30.000 tấn, cao su 1.000 tấn": the
# goods listed are exported ones; the label's trade goes with each item's name.
_GOODS_LABEL: Final = re.compile(
    r"\b(?:các\s+)?(?:mặt hàng|sản phẩm|hàng hóa|hàng hoá)\s+(?:chủ lực\s+)?"
    r"(?P<trade>xuất khẩu|nhập khẩu)\b[^:;.]{0,40}:(?:[^:;.]|\.(?=\d))*$"
)
# "206.810 người tham gia BHXH (bắt buộc ..., tự nguyện ...), chiếm 35,1% lực lượng lao
# động": the share after a remark in parentheses is of what the remark followed.
_SHARE_AFTER_REMARK: Final = re.compile(
    r"\s*\)[\s,;]*(?:và\s+)?chiếm(?:\s+(?:khoảng|gần|hơn|trên|tới|đến))?\s*$"
)
# "..., thấp hơn 4,5% so với chỉ tiêu 91% của UBND tỉnh", "..., trong khi nghị quyết đề ra
# 920 triệu USD": the plan's level of the measure the clause stated before.
_PLAN_LEVEL: Final = re.compile(
    r"(?:\bso với\s+(?P<plan>chỉ tiêu|kế hoạch|mục tiêu)(?:\s+(?:đề ra|được giao|giao))?"
    r"|\b(?:nghị quyết|kế hoạch)\s+(?:\S+\s+){0,3}?(?:đề|đặt) ra(?:\s+là)?)"
    r"(?:\s+là)?(?:\s+(?:khoảng|trên|dưới))?\s*$"  # "so với kế hoạch là dưới 4%" too
)
# "...; riêng năm 2017 là 147 lao động và nửa đầu năm 2018 là 127 lao động": a count named
# only by its noun after a time and "là" is the measure before, for that time.
_TIME_IS: Final = re.compile(
    r"^[\s;,)]*(?:riêng|trong đó|còn|và)?\s*(?:năm \d{4}|(?:nửa|6 tháng) đầu năm \d{4}|"
    r"quý [ivx\d]+(?:/\d{4})?|tháng \d+(?:/\d{4})?)\s+(?:là|đạt|có|được)\s*$"
)
# "Tỉnh có trữ lượng dầu mỏ chiếm 93,29%": "có" (has) is the actor's verb, not the part's.
_SHARE_HAS: Final = re.compile(r"^((?:tỷ|tỉ) (?:trọng|lệ)) có\s+", re.IGNORECASE)
# "Tại khu vực cảng X đã có 22 dự án đi vào hoạt động": where, then what is counted.
_PLACE_OPENING: Final = re.compile(r"[\s,]*(?:tại|ở)\s", re.IGNORECASE)
# "(KH 2014: 20 triệu USD)", "(dự toán năm 2023: 800 tỷ đồng)": the plan's level of the
# measure the parenthesis follows.
# "(KH tăng 10 - 11%)" after a rate: the plan's level of the rate, said as its change (after
# an amount, the plan's rise of it, named elsewhere).
# "A 102.633 căn, vượt kế hoạch đề ra (100.275 căn)": A's plan passed, then its level.
_PLAN_REMARK: Final = re.compile(
    r"(?:[(/]\s*(?P<plan>" + "|".join((*PLAN_NAMES_IN_PARENS, "dự toán")) + ")"
    r"(?:\s+(?:năm\s+)?\d{4})?\s*:?"
    r"(?:\s+(?:là|khoảng|(?P<moves>tăng|giảm)))?(?:\s+(?:trên|dưới|từ|khoảng))?"
    r"|,\s*vượt\s+(?P<passed>kế hoạch|dự toán|chỉ tiêu)(?:\s+[^\W\d_]+){0,3}\s*\()\s*$"
)
_PLAN_WORDS: Final = {"kh": "kế hoạch", "nq": "nghị quyết"}
# "29 xã (28%)": a bare percentage in parentheses right after a count is its share.
_BARE_PAREN: Final = re.compile(r"\s*\(\s*(?:chiếm\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$")
_NUMBER_WORD: Final = re.compile(r"^(?:tổng\s+)?số\s+", re.IGNORECASE)
_MOVES: Final = re.compile(r"\b(?:tăng|giảm)\b")
_RATE_NAME: Final = re.compile(r"^(?:tỷ|tỉ) (?:lệ|trọng)\s", re.IGNORECASE)
# "giảm tỷ lệ hộ nghèo xuống còn 2,5%": with "xuống/lên/còn" before it, the number is the
# level the measure is brought to, so the verb names no change and goes.
_BROUGHT: Final = re.compile(
    r"^(?:(?:phấn đấu|tiếp tục|qua đó)\s+)?(?:giảm|hạ|kéo giảm|kéo|tăng|giữ)\s+(?=\S+\s+\S)",
    re.I,
)
_TO_LEVEL: Final = re.compile(
    r"\s(?:xuống|lên|còn|ở mức)(?:\s+(?:còn|mức|tới|đến))?"
    r"(?:\s+(?:dưới|trên|khoảng|gần|hơn))?\s*$"
)


def _may_name_people(named: str) -> bool:
    """False only where `falling_share` finds no people opening the name: "số", "hộ",
    "người", "trẻ em", "lao động" ("ſ" is "s" to its pattern, which ignores case)."""
    head = named.lstrip()
    return head[:1] in "sSſhHnNtTlL" and head[1:2] in "ốỐộỘgGrRaA"


def late_name(
    draft: Draft,
    named: str,
    earlier: list[Draft],
    previous: list[Draft],
    text: tuple[str, str],
    sentence_start: int,
    measures: dict[str, str],
) -> str:
    """The figure's name once the words around it are read, or `named` as it was."""
    low, norm = text
    named = said_once(named)
    quantity = draft.quantity
    if quantity is None and (changed := changed_object(low, norm, draft.number_start)):
        named = changed  # "kéo giảm 10% số vụ tai nạn giao thông so với năm 2024"
    if (
        quantity is not None
        and quantity.unit.text == "%"
        and (aimed := aimed_change(low, norm, quantity.start))
    ):
        return aimed  # "mục tiêu: ...; giảm 15% lượng thuốc bảo vệ thực vật": the cut aimed at
    # The patterns read on the name alone all open with one of name_openers' words: a
    # name that opens with none of them (most names) is asked of none of them, while it
    # stays the same name (`named is gated`); a name changed since is asked of each.
    gated = None if opens_with_opener(named) else named
    # The rules below read figures of one kind each. Each call is made only when the
    # rule's own first test (on the unit, the kind or the draft's flags) passes: a rule
    # skipped here would have returned "" (or nothing) at that test.
    percent = quantity is not None and quantity.unit.text == "%"
    counted = quantity is not None and quantity.unit.kind == "count"
    rate_of_its_own = percent and not draft.carried  # not carried from the figure before
    if rate_of_its_own:
        named = structure_share(low, norm, draft, sentence_start, named) or named
    draft.indicator = named
    if rate_of_its_own and not draft.comparisons and quantity is not None:
        # (a rise said before the number, "tăng", is the first thing `growth_rate` asks; the
        # people `falling_share` names open the name, with _PEOPLE_LETTERS)
        if low.find("tăng", draft.item_start, quantity.lead_start) >= 0:
            named = growth_rate(draft, named, earlier, low) or named
        if _may_name_people(named):
            named = falling_share(draft, named, low) or named
    elif quantity is not None and not percent and draft.carried:
        named = level_of_growing(draft, named) or named
    draft.indicator = named
    if (quantity is None or percent) and not draft.carried and not draft.named:
        named = headed_rate(draft, earlier, low, norm) or named
    if counted:
        named = _late_count_name(draft, named, earlier, text, sentence_start, gated)
    elif quantity is not None:
        if named is not gated:
            named = criteria_met(draft, named, earlier, low) or named
        # (of a sum of money, "với" before the number may name the capital of a count)
        may_count = named is not gated or quantity.unit.kind == "money"
        if may_count and (counted_by := of_counted(draft, named, earlier, low)):
            named = with_count_scope(counted_by, draft, earlier, norm)
    if quantity is not None:
        if draft.in_paren:
            named = paren_part(draft, named, earlier, low, norm) or named
        if named is not gated:
            named = of_thing_before(draft, named, earlier, low) or named
        if draft.carried:
            named = carried_in_unit(draft, named, earlier, measures) or named
        just_before = next(
            (d for d in reversed(earlier) if d.anchor < draft.anchor and d.quantity is not None),
            None,
        )
        before_kind = just_before.quantity.unit.kind if just_before and just_before.quantity else ""
        if before_kind == "count":
            number_in_what_is_counted(draft, earlier, norm)
        # (a share with no words after its "%" is of nothing it names: rate_named gives "")
        if rate_of_its_own and not draft.named and quantity.tail:
            named = rate_named(draft, named, low[draft.item_start : draft.anchor], norm) or named
    if norm.find(",", draft.item_start, draft.anchor) >= 0:
        named = rate_after_difference(norm[draft.item_start : draft.anchor]) or named
    brought = named is not gated and named[:1] in _BROUGHT_INITIALS and _BROUGHT.match(named)
    if brought and _TO_LEVEL.search(low, draft.item_start, draft.anchor):
        named = _BROUGHT.sub("", named)
    # (Its first words only: "hộ dân tộc thiểu số" names people, though "số" is a measure.)
    if percent and not names_measure(" ".join(named.split()[:2])):
        rates = [
            d
            for d in earlier
            if d.anchor < draft.anchor and d.quantity is not None and not d.in_paren
        ]
        first = rates[-1] if rates and rates[-1].quantity else None
        if (
            first is not None
            and first.quantity is not None
            and first.quantity.unit.text == "%"
            and _RATE_NAME.match(first.indicator)
            and _PART_OF.match(low, draft.item_start)
            and not _MOVES.search(low, draft.item_start, draft.anchor)  # a rise is no level
        ):
            rate = _RATE_NAME.match(first.indicator)
            head = first.indicator[: rate.end()].strip() if rate else ""
            whom = first.indicator[rate.end() :].split() if rate else []
            lowered_whom = [w.lower() for w in whom]
            opener = named.split()[0].lower()
            if opener in lowered_whom:
                # "Tỷ lệ lao động qua đào tạo ..., riêng qua đào tạo nghề": the part replaces
                # the words it repeats ("Tỷ lệ lao động qua đào tạo nghề").
                kept = " ".join(whom[: lowered_whom.index(opener)])
                return " ".join(part for part in (head, kept, named) if part)
            return f"{first.indicator} {named}"  # "... qua đào tạo có bằng cấp, chứng chỉ"
        if (
            first is not None
            and first.quantity is not None
            and first.quantity.unit.kind == "count"
            and named
            and not lower_name(named).startswith(("tỷ", "tỉ"))
            and _PART_OF.match(low, draft.item_start)
            and not _MOVES.search(low, draft.item_start, draft.anchor)
        ):
            # "15.500 lao động, trong đó lao động nữ khoảng 70%": the part's share of the
            # things counted is its rate.
            return f"tỷ lệ {named}"
    if quantity is not None and not low[draft.item_start : quantity.lead_start].strip(" ,"):
        named = item_read_as_tail(draft, named, earlier) or named
        came = [d for d in earlier if d.anchor < draft.anchor and d.quantity is not None]
        last = came[-1].quantity if came else None
        if (
            last is not None
            and last.unit.text == quantity.unit.text
            and came[-1].indicator
            and _CAME_TO.match(low[last.end : quantity.lead_start])
        ):
            named = came[-1].indicator  # the same measure, at the level it came to
    if (
        percent
        and named is not gated
        and named[:1] in _PER_YEAR_INITIALS
        and _PER_YEAR.match(named)
    ):
        named = per_year(draft, named, earlier, low) or named
    elif quantity is not None and named[:1] in _PER_YEAR_INITIALS + "tT":
        # "kết nạp 450 đảng viên mới trong nhiệm kỳ, bình quân mỗi năm 90 đảng viên"
        named = yearly_count(draft, named, earlier) or named
    # Each pattern below is tried only where a word it needs stands (a plain look-up first):
    # most figures hold none of them, and a pattern anchored at the end is tried at every
    # position of its window.
    comma = low.rfind(",", draft.item_start, draft.anchor)
    if (
        quantity is not None
        and comma >= 0
        and low.find("đạt", comma, draft.anchor) >= 0
        and " ".join(low[comma + 1 : draft.anchor].split()) in _REACHED_AFTER_COMMA
        and _BEAT_PLAN_THEN.search(low, draft.item_start, draft.anchor)
    ):
        named = measures.get(quantity.unit.text, "") or named
    if (
        quantity is not None
        and low.find("chiếm", draft.item_start, draft.anchor) >= 0
        and _AND_TAKES.search(low, draft.item_start, draft.anchor)
    ):
        subjects = [d for d in earlier if d.anchor < draft.anchor and d.indicator]
        subject = _CONTRIBUTION_OF.sub("", subjects[-1].indicator) if subjects else ""
        lowered = subject.lower()
        if (
            subject
            and " , " not in subject
            and "đóng góp" not in lowered
            and not lowered.startswith(("tỷ", "tỉ"))
            and lowered not in lower_name(named)  # "tỷ trọng A trong B" already says it
        ):
            named = f"tỷ trọng {subject}"
    # (lower-casing never shortens a name: a longer one is neither)
    if quantity is not None and len(named) <= 12 and named.lower() in ("đóng góp", "mức đóng góp"):
        into = _INTO.match(norm, quantity.end + 1)  # after the "%"
        named = f"{named} vào {into.group(1).strip()}" if into else named
    planned_name = (
        quantity is not None
        and named is not gated
        and named[:1] in _PLAN_INITIALS
        and named[-1:] in _PLAN_FINALS
    )
    plan = _PLAN_WORD.match(named) if planned_name else None
    if plan and quantity is not None and measures.get(quantity.unit.text):
        named = f"{plan.group('plan')} {without_lead_verb(measures[quantity.unit.text])}"
    if (
        named is not gated
        and named.startswith("diện tích ")
        and _WORKED_AREA.match(named)
        and (season := _SEASON_OPENING.match(low, sentence_start))
    ):
        what = norm[season.start("season") : season.end("season")]
        named = f"{named} {'vụ ' if what[:1].isupper() else ''}{what}"  # "vụ Đông Xuân"
    if quantity is not None and quantity.unit.kind in ("measure", "money"):
        labelled = low.find(":", sentence_start, draft.item_start) >= 0
        goods = _GOODS_LABEL.search(low, sentence_start, draft.item_start) if labelled else None
        if goods and goods.group("trade") not in named.lower():
            named = f"{named} {goods.group('trade')}"
    if (
        quantity is not None
        and low.find(")", draft.item_start, draft.anchor) >= 0
        and _SHARE_AFTER_REMARK.match(low, draft.item_start, draft.anchor)
    ):
        wholes = [d for d in earlier if d.anchor < draft.anchor and not d.in_paren]
        if wholes and wholes[-1].quantity is not None and wholes[-1].indicator:
            whole = f" trong {quantity.tail}" if quantity.tail else ""
            named = f"tỷ trọng {wholes[-1].indicator}{whole}"
    # (the plan words may stand before the item's own start: "so với chỉ tiêu 91%")
    near = max(sentence_start, min(draft.item_start, draft.anchor - 60))
    plan_words = (
        low.find("so với", near, draft.anchor) >= 0
        or low.find("đề ra", near, draft.anchor) >= 0
        or low.find("đặt ra", near, draft.anchor) >= 0  # "đặt ra" sets a plan as "đề ra" does
    )
    planned = _PLAN_LEVEL.search(low, near, draft.anchor) if quantity and plan_words else None
    if planned and quantity is not None:
        same = [d for d in same_unit_before(draft, earlier) if d.indicator]
        if same and not same[-1].indicator.lower().startswith(("chỉ tiêu", "kế hoạch")):
            named = f"{planned.group('plan') or 'chỉ tiêu'} {same[-1].indicator}"
    if (
        quantity is not None
        and quantity.unit.kind == "count"
        and named.lower() == counted_noun(quantity.unit.text).lower()
        and _TIME_IS.match(low[draft.item_start : quantity.lead_start])
    ):
        counts = [
            d
            for d in previous + earlier
            if d.anchor < draft.anchor
            and d.quantity is not None
            and not d.in_paren
            and d.quantity.unit.kind == "count"
            and d.indicator.lower() != named.lower()
        ]
        named = counts[-1].indicator if counts else named
    if (
        quantity is not None
        and norm.find(":", sentence_start, draft.anchor) >= 0
        and named is not gated
        and bare_measure(named)
    ):
        pre = norm[draft.item_start : quantity.lead_start]
        named = measure_by_time(pre, norm, sentence_start, draft.item_start) or named
    if (
        named is not gated
        and named[:1] in _RATE_INITIALS
        and named[1:3] in _RATE_SECONDS
        and _SHARE_HAS.match(named)
    ):
        named = _SHARE_HAS.sub(r"\1 ", named)
    if (
        quantity is not None
        and quantity.unit.kind == "count"
        and quantity.tail[:1].islower()
        and _PLACE_OPENING.match(norm, draft.item_start)
    ):
        named = f"{counted_noun(quantity.unit.text)} {quantity.tail}"
    window = max(sentence_start, draft.anchor - 40)  # "(KH 55 triệu)", "55,3 triệu/KH 56 triệu"
    opened = low.find("(", window, draft.anchor) >= 0 or low.find("/", window, draft.anchor) >= 0
    remark = _PLAN_REMARK.search(low, window, draft.anchor) if opened else None
    if remark and quantity is not None and (draft.in_paren or remark.group(0)[0] == "/"):
        wholes = [d for d in earlier if d.anchor < draft.anchor and not d.in_paren]
        level = wholes[-1].quantity if wholes else None
        moved = remark["moves"] and level is not None and level.unit.text != "%"
        if wholes and wholes[-1].indicator and not moved:
            plan_noun: str = remark.group("plan") or remark.group("passed")
            word = _PLAN_WORDS.get(plan_noun, plan_noun)
            named = f"{word} {wholes[-1].indicator}"
    if quantity is not None and quantity.unit.text == "%" and draft.in_paren:
        counts = [d for d in earlier if d.anchor < draft.anchor and not d.in_paren]
        count = counts[-1].quantity if counts else None
        if (
            count is not None
            and count.unit.kind == "count"
            and counts[-1].indicator
            and not counts[-1].indicator.lower().startswith(("tỷ", "tỉ"))
            and _BARE_PAREN.match(low[count.extent_end : quantity.lead_start])
        ):
            named = f"tỷ lệ {_NUMBER_WORD.sub('', counts[-1].indicator)}"
    if (
        named is not gated
        and named[:1] in _RATE_INITIALS
        and named[1:3] in _RATE_SECONDS
        and _SHARE_OF_PEOPLE.match(named)
    ):
        named = _SHARE_OF_PEOPLE.sub("tỷ lệ ", named)
    if (
        quantity is not None
        and named is not gated
        and named[:1] in _FLOW_INITIALS
        and named[-1:] in _FLOW_FINALS
        and _BARE_FLOW.match(named)
    ):
        # The budget named last before it, in this sentence or the one before.
        for other in reversed([d for d in previous + earlier if d.anchor < draft.anchor]):
            if is_flow_of_budget(other.indicator):
                return counterpart(named, other.indicator) or named
        before = low[max(0, sentence_start - _FLOW_LOOK_BACK) : quantity.lead_start]
        return budget_said(named, before) or named  # "Thu ngân sách …, tổng thu ước …"
    return named


def _late_count_name(
    draft: Draft,
    named: str,
    earlier: list[Draft],
    text: tuple[str, str],
    sentence_start: int,
    gated: str | None,
) -> str:
    """The late rules of a count, in the order `late_name` reads them (`gated`: the name
    that opens with none of name_openers' words, if it was)."""
    low, norm = text
    named = count_phrase(draft, named, earlier, norm) or present_at(draft, norm) or named
    met = criteria_met(draft, named, earlier, low) if named is not gated else ""
    named = met or after_names(draft, named, norm) or named
    named = named_before_in_clause(draft, named, norm, sentence_start) or named
    named = per_unit(draft, low, sentence_start) or named
    if named is not gated and bare_measure(named):  # "…, quy mô 127.261 căn" (counted_measures)
        named = of_counted(draft, named, earlier, low) or named
    share_predicate(draft, named, earlier, low)
    return named
