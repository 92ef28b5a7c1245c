"""extract_figures: every figure of a Vietnamese passage, with its comparisons and provenance.

The passage is read sentence by sentence. In each sentence the quantities are
found first (mentions.py); then each percentage is read either as a comparison of
the figure before it ("..., bằng 18% dự toán tỉnh giao") or as a figure of its
own ("tỷ lệ che phủ rừng đạt 57%"); finally each figure gets its period, its kind
and its indicator from the words around it.

>>> [f.as_dict(offsets=False)["comparisons"] for f in extract_figures(
...     "Tổng thu NSNN trong quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán tỉnh giao.")]
[[{'basis': 'budget', 'measure': 'ratio', 'percent': 18.0}]]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from tiendo.extract.clauses import (
    CLAUSE_BREAK,
    Draft,
    blank,
    inside,
    only_predicate,
    paren_spans,
    transparent,
)
from tiendo.extract.comparisons import Lead, basis_of, read_basis_after, read_lead
from tiendo.extract.figure import Basis, Comparison, Figure, Kind, Measure
from tiendo.extract.indicator import counted_noun, subject_indicator
from tiendo.extract.kinds import Cues, has_target_cue, latest_cue
from tiendo.extract.mentions import Quantity, find_quantities
from tiendo.extract.period_cues import PeriodMention, find_periods
from tiendo.extract.sentences import sentence_spans
from tiendo.extract.textmap import MappedText
from tiendo.periods import Period

_ASPECT = re.compile(r"[ \t]*về[ \t]+(số[ \t]+[^\W\d_]+(?:[ \t][^\W\d_]+)?)")
_LEVEL_AFTER = re.compile(r"[ \t]*(?:mỗi năm|/năm|hằng năm|hàng năm|một năm|bình quân)")
_LIST_BASIS = re.compile(r"(?:^|[,:;]\s*)so (?:với )?([^,;:]{2,50}?)\s*[,:]")
_LIST_BASIS_COLON = re.compile(r"\bso (?:với )?([^,;:]{2,50}?)\s*:")
_LOOKAHEAD_BASIS = re.compile(r"\bso (?:với )?([^,;.()\n]{2,50})")
_TOPIC = re.compile(r"^(?:về|đối với|trong lĩnh vực|lĩnh vực|trên lĩnh vực)\s+([^,;:]{2,50}),")
_COUNT_TARGET = re.compile(r"\b(?:xác định|thông qua|đề ra|đặt ra|gồm|với)\s*$")
_COUNT_ACTUAL = re.compile(r"\b(?:đạt|vượt|hoàn thành|chưa|còn|có)\b")
_ELABORATION = re.compile(r"(?:trong đó|cụ thể|riêng|bao gồm|gồm|chia ra|theo đó)\b")
_RATE_SUBJECT = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|tốc độ|tỷ trọng|tỉ trọng|cơ cấu|mức|lãi suất|chỉ số giá|mỗi năm|hằng năm|"
    r"hàng năm|bình quân)\b|^\s*(?:và\s*)?$"
)
_SHARE_OF_PREVIOUS = re.compile(r"^[\s,;(]*(?:và\s+)?chiếm(?:\s+(?:khoảng|gần|hơn|trên))?\s*$")
_CAUSES = frozenset({"khiến", "làm", "làm cho", "gây", "gây ra", "khiến cho"})
_SIBLING_GAP = re.compile(r"^[\s,]*(?:và|với|cùng|cùng với)?[\s,]*$")
_OPENING_CHANGE = re.compile(
    r"^[\s,;:(\-–•+*]*(?:[\divx]+[.)]\s*)?(?:và\s+)?(tăng|giảm|nâng|hạ|kéo giảm)\b"
)
_SAME_PERIOD_SUBJECT = re.compile(r"^\W*cùng k[ỳì](?:\s+năm\s+(?:trước|ngoái))?\W*$")
_ANAPHORA = re.compile(r"\bnày\b")
_BARE_HEAD = re.compile(
    r"^(?:đạt |chiếm |nâng |với )?(tỷ lệ|tỉ lệ|bình quân|tính chung|tổng cộng|tổng số|cả năm|"
    r"lũy kế|cộng dồn)$"
)
_PLANNED_SUBJECT = re.compile(r"^[\s,;:(\-–•+*]*(?:tổng\s+)?(?:kế hoạch|dự toán)\s+(?!so\b)\w")
_ELABORATION_START = re.compile(r"^[\s,;:(]*(?:trong đó|bao gồm|gồm|chia ra|cụ thể)\b")
# "đến hết năm 2023", "tính đến năm 2023": a year looked back on, not one aimed at.
_LOOKING_BACK = re.compile(r"(?:\bhết|\btính\s+(?:đến|tới))\s*$")
_PLAN_YEAR = re.compile(r"\bnăm (\d{4})\b")
_PRESENT = ("hiện", "đến nay", "tới nay")
_QUOTED_LEVEL = re.compile(r"\bso\s+(?:với\s+)?(?:mức|con số)\s*$")
_PER_POPULATION_UNIT = re.compile(
    r"^([^\d/]+?)/((?:vạn|nghìn|ngàn|triệu|trăm|mười|[\d.]+) (?:người dân|dân số|dân|người))$"
)
_HARM_BEFORE = re.compile(
    r"(?:^|[\s,])(?:(?:làm|khiến|gây)(?:\s+cho)?\s+)?(chết|tử vong|thiệt mạng|bị thương|mất tích)"
    r"\s*$"
)
_BARE_MEASURE = re.compile(
    r"^(?:diện tích|sản lượng|năng suất|giá trị|doanh thu|kim ngạch|số lượng)"
    r"(?:\s+(?:dự ước|ước|ước đạt|ước tính|đạt|thu hoạch|gieo trồng|gieo cấy|xuống giống))?$"
)
_WORK = re.compile(r"\bviệc\s+")
_WORK_DONE = re.compile(r"\s+(?:cơ bản|đã|đang|được|hoàn thành|kết thúc|xong)\b")
_CHUNK_BREAK = re.compile(r"[,;:]\s*")
_NOT_MEASURED = re.compile(
    r"^(?:về|đối với|trong|năm|tháng|quý|so|theo|tính|đến|riêng|ngoài ra|bên cạnh|cụ thể)\b"
)
_ADMIT_BEFORE = re.compile(r"\bkết nạp(?:\s+(?:được|mới|thêm))*(?:\s+(?:trên|hơn|gần))?\s*$")
# What may follow "kết nạp 80 quần chúng" when they are simply the new members; a longer
# description ("quần chúng từng vi phạm ...") is a measure of its own.
_PLAIN_CANDIDATES = re.compile(r"^(?:ưu tú)?\s*(?:vào đảng)?\s*(?:mới)?$")
_HARM_WORDS = re.compile(r"^(?:chết|tử vong|thiệt mạng|bị thương|mất tích)$")
_PLAN_ONLY = re.compile(
    r"^(?:chưa\s+|không\s+)?(?:đạt\s+|vượt\s+|hoàn thành\s+)?(chỉ tiêu|kế hoạch|mục tiêu)"
    r"(?:\s+(?:của\s+)?(?:nghị quyết|nq|đại hội|hđnd|ubnd|tỉnh|huyện|thành phố|xã|năm|đề ra"
    r"|được giao|giao|kế hoạch|đã|trên))*$"
)
_PASSIVE_CLAUSE = re.compile(
    r"\s+được\s+(?:\S+\s+){0,4}?(?:thông qua|phê duyệt|ban hành|quyết định|giao|bố trí|phân bổ)"
    r"(?:\s.*)?$"
)
_RATIO_VERBS = frozenset({"bằng", "đạt", "đạt được", "tương đương", "tương ứng", "là", "được"})


_PERIOD_WORD = re.compile(r"\b(?:năm|tháng|quý|nay|hiện|ngày)\b")
_STOPS_PERIOD = re.compile(r"[,;.(\d]")
_DIGIT = re.compile(r"\d")


class _Passage:
    """State carried from sentence to sentence: period, target mode, last indicator."""

    def __init__(self, mapped: MappedText, year: int | None) -> None:
        self.mapped = mapped
        self.norm = mapped.text
        self.low = mapped.lower
        self.period = Period(year)
        self.target_mode = False
        self.target_year: int | None = None
        self.last_indicator = ""
        self.drafts: list[Draft] = []
        self.previous_sentence: list[Draft] = []
        self.carried_basis = ""
        self.sentence_drafts: list[Draft] = []
        self.comparison_spans: list[tuple[int, int]] = []

    # -- sentences -------------------------------------------------------------------

    def read_sentence(self, index: int, start: int, end: int) -> None:
        low = self.low
        sentence = low[start:end]
        quantities = find_quantities(self.norm, low, start, end) if _DIGIT.search(sentence) else []
        if not quantities:
            # No figure; the sentence may still announce targets or set the period.
            if _PERIOD_WORD.search(sentence):
                mentions = find_periods(sentence)
                parens = paren_spans(sentence, 0, len(sentence)) if "(" in sentence else []
                self._leave_targets_of_earlier_years(mentions, start)
                self._advance_period(mentions, parens, end)
            cue = latest_cue(sentence)
            if cue is not None:
                self._set_mode(cue, self.period.year)
            self.previous_sentence = []
            return
        periods = [
            PeriodMention(m.start + start, m.end + start, m.year, m.from_month, m.to_month,
                          m.scope, m.basis)
            for m in find_periods(sentence)
        ]  # fmt: skip
        parens = paren_spans(low, start, end)
        breaks = [start] + [m.end() for m in CLAUSE_BREAK.finditer(low, start, end)]
        topic_match = _TOPIC.match(sentence)
        topic = (
            self.norm[start + topic_match.start(1) : start + topic_match.end(1)]
            if topic_match
            else ""
        )
        list_bases = (
            [
                (start + m.end(), m.group(1))
                for pattern in (_LIST_BASIS, _LIST_BASIS_COLON)
                for m in pattern.finditer(sentence)
                if basis_of(m.group(1)) != "other"
            ]
            if "so " in sentence  # both patterns need it; most sentences have none
            else []
        )
        period_spans = [(m.start, m.end) for m in periods]
        if self.carried_basis and _ELABORATION.match(sentence):
            # "..., tăng 5,38% so với cùng kỳ. Trong đó, khu vực A tăng 4,12%; ...".
            list_bases.insert(0, (start, self.carried_basis))

        def clause_of(position: int) -> tuple[int, int]:
            # breaks ascend and start the sentence, so a bisection finds the clause.
            index = bisect_right(breaks, position)
            clause_end = breaks[index] - 1 if index < len(breaks) else end
            return breaks[index - 1], clause_end

        # Where the next quantity that is not a percentage starts, for each quantity.
        next_values: list[int] = [end] * len(quantities)
        following = end
        for position in range(len(quantities) - 1, -1, -1):
            next_values[position] = following
            if quantities[position].unit.kind != "percent":
                following = quantities[position].start
        drafts: list[Draft] = []
        self.comparison_spans = []
        host: Draft | None = None
        outer: Draft | None = None  # the last figure outside parentheses
        host_end = start
        last_measure: Measure | None = None
        for number_index, quantity in enumerate(quantities):
            clause_start, clause_end = clause_of(quantity.start)
            paren = inside(quantity.start, parens)
            if host is not None and host_end > quantity.start:
                host, last_measure = None, None
            if host is not None and host.clause_start != clause_start:
                # A clause that opens with a comparison ("...; so với kế hoạch đạt 75,3%")
                # still speaks of the figure before it.
                opening = low[clause_start : quantity.lead_start]
                lead = read_lead(opening) if quantity.unit.kind == "percent" else None
                if lead is None or not transparent(
                    blank(low, host_end, clause_start + lead.cue_start, period_spans)
                    .replace(";", ",")
                    .replace(":", ",")
                ):
                    host, last_measure = None, None
            if (
                host is not None
                and paren
                and not inside(host.anchor, parens)
                and not (host.anchor < paren[0])
            ):
                host, last_measure = None, None
            segment_start = max(host_end, clause_start) if host is not None else clause_start
            quoted = host is not None and bool(
                _QUOTED_LEVEL.search(low, max(segment_start, quantity.lead_start - 30),
                                     quantity.lead_start)
            )  # fmt: skip
            if quoted and host is not None:
                # "còn 25,12%, giảm so với mức 29,14% của năm 2022": the earlier level is a
                # figure of its own, for the period named after it.
                drafts.append(
                    Draft(
                        anchor=quantity.start,
                        item_start=quantity.lead_start,
                        clause_start=clause_start,
                        clause_end=clause_end,
                        extent_end=quantity.extent_end,
                        quantity=quantity,
                        sentence=index,
                        quoted_from=host,
                    )
                )
                host_end = quantity.extent_end
                continue
            if quantity.unit.kind == "percent":
                next_value = next_values[number_index]
                comparison = self._comparison(
                    quantity, segment_start, clause_end, next_value, list_bases, host, last_measure
                )
                if comparison is not None:
                    lead_start, measure, basis_text, basis_end, aspect, negative = comparison
                    percent = (
                        -quantity.value if measure == "change" and negative else quantity.value
                    )
                    basis: Basis = basis_of(basis_text) if basis_text else "other"
                    if basis_text is None and measure == "change":
                        # No basis named: settled in _finish, once the period is known.
                        basis = "same_period"
                    item = Comparison(basis, measure, percent, basis_text or "")
                    gap = blank(low, host_end, lead_start, period_spans)
                    gap = gap.replace(";", ",").replace(":", ",")
                    aspect_differs = (
                        host is not None and bool(aspect) and bool(host.aspect)
                        and host.aspect != aspect
                    )  # fmt: skip
                    host_paren = inside(host.anchor, parens) if host is not None else None
                    if (
                        host_paren is not None
                        and outer is not None
                        and outer.clause_start == clause_start
                        and host_paren[1] <= lead_start
                        and transparent(
                            blank(low, outer.extent_end, lead_start, period_spans + parens)
                        )
                    ):
                        # "500 tỷ đồng (năm 2022 đạt 450 tỷ đồng), tăng 11%": the remark in
                        # parentheses is set aside and the rise is the outer figure's.
                        host = outer
                        host.comparisons.append(item)
                        host.extent_end = basis_end
                    elif host is not None and transparent(gap) and not aspect_differs:
                        host.comparisons.append(item)
                        host.extent_end = basis_end
                        host.aspect = host.aspect or aspect
                    else:
                        host = Draft(
                            anchor=lead_start,
                            item_start=segment_start,
                            clause_start=clause_start,
                            clause_end=clause_end,
                            extent_end=basis_end,
                            comparisons=[item],
                            aspect=aspect,
                            sentence=index,
                            number_start=quantity.lead_start,
                        )
                        drafts.append(host)
                    self.comparison_spans.append((lead_start, basis_end))
                    host_end = basis_end
                    last_measure = measure
                    if not inside(host.anchor, parens):
                        outer = host
                    continue
            # A figure with a level. A comparison-only figure right before it, with
            # nothing but a verb between them, was about this figure.
            if (
                host is not None
                and host.quantity is None
                and only_predicate(low[host_end : quantity.lead_start])
            ):
                host.quantity = quantity
                host.subject_end = host.anchor  # the subject ends where the comparison starts
                host.anchor = quantity.start
                host.extent_end = max(host.extent_end, quantity.extent_end)
            else:
                host = Draft(
                    anchor=quantity.start,
                    item_start=segment_start,
                    clause_start=clause_start,
                    clause_end=clause_end,
                    extent_end=quantity.extent_end,
                    quantity=quantity,
                    sentence=index,
                )
                drafts.append(host)
            host_end = quantity.extent_end
            last_measure = None
            if not inside(host.anchor, parens):
                outer = host

        self._leave_targets_of_earlier_years(periods)
        if not drafts:
            cue = latest_cue(low[start:end])
            if cue is not None:
                self._set_mode(cue, self.period.year)
        cues = Cues(low[start:end])
        self.sentence_drafts = drafts
        for draft in drafts:
            self._finish(draft, periods, parens, topic, start, cues)
        self._resolve_references(drafts)
        self.drafts.extend(drafts)
        explicit = [
            c.basis_text
            for d in drafts
            for c in d.comparisons
            if c.measure == "change" and c.basis_text and c.basis != "other"
        ]
        self.carried_basis = explicit[-1] if explicit else ""
        self.previous_sentence = drafts
        self._advance_period(periods, parens, end)

    def _comparison(
        self,
        quantity: Quantity,
        segment_start: int,
        clause_end: int,
        next_start: int,
        list_bases: list[tuple[int, str]],
        host: Draft | None,
        last_measure: Measure | None,
    ) -> tuple[int, Measure, str | None, int, str, bool] | None:
        """Read a percentage as a comparison: (first word, measure, basis, end, aspect, fall)."""
        low = self.low
        before = low[segment_start : quantity.lead_start]
        lead: Lead | None = read_lead(before)
        after = read_basis_after(low, quantity.unit.end)
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
        if basis_text is None and lead is not None and lead.basis_text:
            basis_text = lead.basis_text
        negative = bool(lead and lead.negative)
        if basis_text is not None and measure is None:
            # "Giảm tỷ lệ hộ nghèo 1,5% so với năm 2023": the verb opens the item.
            opening = _OPENING_CHANGE.match(before)
            if opening:
                measure, negative = "change", opening.group(1) in ("giảm", "hạ", "kéo giảm")
        if basis_text is not None:
            measure = measure or last_measure or "ratio"
            return lead_start, measure, basis_text, basis_end, aspect, negative
        if lead is None or _LEVEL_AFTER.match(low, quantity.extent_end):
            return None
        # "mỗi năm giảm từ 4% trở lên" states a level to reach, not a change.
        open_ended = "trở " in low[quantity.end : quantity.extent_end]
        if measure == "change" and lead.verb != "vượt" and not open_ended:
            listed = [text for position, text in list_bases if position <= quantity.start]
            if listed:
                return lead_start, "change", listed[-1], basis_end, aspect, negative
            ahead = _LOOKAHEAD_BASIS.search(low, basis_end, min(next_start, clause_end))
            if ahead and basis_of(ahead.group(1)) != "other":
                return lead_start, "change", ahead.group(1).strip(), basis_end, aspect, negative
            if host is not None and transparent(low[segment_start:lead_start]):
                return lead_start, "change", None, basis_end, aspect, negative
            if _RATE_SUBJECT.search(low[max(segment_start, lead_start - 80) : lead_start]):
                return None  # "tỷ lệ hộ nghèo giảm 2%": the rate itself is the level
            return lead_start, "change", None, basis_end, aspect, negative
        if (
            lead.verb in _RATIO_VERBS
            and host is not None
            and host.quantity is not None
            and host.quantity.unit.kind != "percent"
            and transparent(low[segment_start:lead_start])
        ):
            if not quantity.tail and "/" in low[host.quantity.start : host.quantity.end]:
                # "120/135 xã đạt chuẩn, đạt 88,9%": the share the fraction makes is the
                # level of a rate, not a comparison.
                return None
            return lead_start, "ratio", quantity.tail or None, basis_end, aspect, False
        return None

    # -- one figure -------------------------------------------------------------------

    def _finish(
        self,
        draft: Draft,
        periods: list[PeriodMention],
        parens: list[tuple[int, int]],
        topic: str,
        sentence_start: int,
        cues: Cues,
    ) -> None:
        low, norm = self.low, self.norm
        if draft.quoted_from is not None:
            self._finish_quoted(draft, draft.quoted_from, periods)
            return
        draft.period = self._period_at(draft, periods, parens)
        draft.comparisons = [self._default_basis(c, draft) for c in draft.comparisons]
        if draft.period.year is None:
            # "..., đạt 92% kế hoạch năm 2024": the plan of a year is the figure's year.
            for comparison in draft.comparisons:
                planned = _PLAN_YEAR.search(comparison.basis_text)
                if comparison.basis in ("plan", "budget") and planned:
                    period = draft.period
                    months = (period.from_month, period.to_month) if period.to_month else (1, 12)
                    draft.period = Period(int(planned.group(1)), *months)
                    break
        own = low[draft.item_start : draft.anchor]
        base = sentence_start
        cue = cues.latest(draft.item_start - base, draft.anchor - base)
        paren = inside(draft.anchor, parens)
        scope_start = paren[0] if paren else draft.clause_start
        if cue is None and scope_start < draft.item_start:
            cue = cues.latest(scope_start - base, draft.item_start - base)
        # Words inside comparisons ("vượt 25% mục tiêu đề ra") announce nothing.
        skip = [(a - base, b - base) for a, b in self.comparison_spans]
        prefix = cues.latest(0, draft.item_start - base, skip)
        if cue is None and not paren and prefix == "target":
            cue = "target"
        quantity = draft.quantity
        if quantity is not None and quantity.unit.text.startswith(
            ("chỉ tiêu", "nhóm chỉ tiêu", "mục tiêu")
        ):
            if _COUNT_TARGET.search(own) or re.search(r"\b(?:phải|cần)\b", quantity.tail):
                cue = "target"
            elif _COUNT_ACTUAL.search(quantity.tail) or _COUNT_ACTUAL.search(own[-20:]):
                cue = "actual"
            elif has_target_cue(own):
                cue = "target"
        if cue is None and _PLANNED_SUBJECT.match(own):
            # "Tổng kế hoạch vốn đầu tư công năm 2023 là ...": the plan itself is the level.
            cue = "target"
        if cue is None and _ELABORATION_START.match(own):
            # "..., ước đạt 57.320 tấn; trong đó tôm 22.150 tấn": a breakdown is of the same
            # kind as the total it breaks down.
            whole = [d for d in self.sentence_drafts if d.anchor < draft.anchor and d.kind]
            if whole and whole[-1].quantity is not None:
                cue = whole[-1].kind
        partial_year = draft.period.to_month is not None and draft.period.months < 12
        if cue is None:
            # Targets are set for years and terms; a figure for part of a year that no
            # word marks as a target is a result.
            draft.kind = "target" if self.target_mode and not partial_year else "actual"
        else:
            draft.kind = cue
            if not paren:
                self._set_mode(cue, draft.period.year)

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
        indicator = subject_indicator(pre, unit=unit, unit_kind=unit_kind, tail=tail, periods=spans)
        lowered = indicator.lower()
        if (
            not lowered
            and draft.clause_start > sentence_start
            and low[draft.clause_start - 1] == ":"
        ):
            # "Thu ngân sách: 500 tỷ đồng": the label before the colon names the measure.
            label_start = max(low.rfind(";", sentence_start, draft.clause_start - 1),
                              low.rfind(":", sentence_start, draft.clause_start - 1),
                              sentence_start - 1) + 1  # fmt: skip
            label = norm[label_start : draft.clause_start - 1]
            if len(label.split()) <= 12:
                indicator = subject_indicator(label, unit=unit, unit_kind=unit_kind, tail=tail)
                lowered = indicator.lower()
        if quantity is None and not lowered and draft.number_start > draft.anchor:
            # "So với kế hoạch, thu ngân sách đạt 95%": the subject sits inside the
            # comparison's words.
            inner = norm[draft.anchor : draft.number_start]
            indicator = subject_indicator(inner, unit="%", unit_kind="percent", tail="")
            lowered = indicator.lower()
        if quantity is None and draft.aspect and not lowered:
            indicator = draft.aspect
        sibling = self._sibling_verb(draft, pre)
        if _SAME_PERIOD_SUBJECT.match(lowered) and self.last_indicator:
            # "(cùng kỳ năm trước tăng 6,1%)": the same measure, a year earlier.
            indicator = self.last_indicator
            draft.period = draft.period.same_period_last_year()
        elif sibling:
            # "bắt giữ 206 vụ, 326 đối tượng": the second count shares the first one's verb.
            indicator = f"{sibling} {indicator}"
        elif _ANAPHORA.search(lowered) and self.last_indicator:
            indicator = self.last_indicator
        elif not indicator or (unit_kind == "percent" and _SHARE_OF_PREVIOUS.search(pre.lower())):
            # "..., chiếm 35,8% tổng số xã": the share of what was just counted.
            indicator = topic or self.last_indicator or indicator
            earlier = [d for d in self.sentence_drafts if d.anchor < draft.anchor]
            if (
                unit_kind == "percent"
                and not topic
                and earlier
                and earlier[-1].quantity is not None
                and "/" in low[earlier[-1].quantity.start : earlier[-1].quantity.end]
                and not indicator.lower().startswith(("tỷ lệ", "tỉ lệ"))
            ):
                indicator = f"tỷ lệ {indicator}"  # the share a fraction ("120/135 xã") makes
        elif lowered.startswith(("ở ", "tại ")) and self.last_indicator:
            indicator = f"{self.last_indicator} {indicator}"
        elif _BARE_HEAD.match(lowered) and self.last_indicator:
            # "..., bình quân 9 tháng tăng 1,85%", "đạt tỷ lệ 86,5%": a modifier of the
            # measure named just before.
            head = _BARE_HEAD.match(lowered)
            indicator = f"{indicator[head.start(1) :]} {self.last_indicator}" if head else indicator
        elif topic and len(indicator.split()) <= 2 and topic.lower() not in lowered:
            indicator = f"{indicator} {topic}"
        indicator = self._named_measure(indicator, draft, pre, sentence_start)
        if (
            quantity is not None
            and unit_kind == "count"
            and indicator.lower() == counted_noun(unit).lower()
            and self.last_indicator
        ):
            # "Năm 2022, số lao động được tạo việc làm là 32.000 người; năm 2023 là 34.500
            # người": the second count names nothing but its noun, so it is the same measure.
            earlier = [d for d in self.sentence_drafts if d.anchor < draft.anchor]
            if (
                earlier
                and earlier[-1].quantity is not None
                and earlier[-1].quantity.unit.text == unit
            ):
                indicator = self.last_indicator
        draft.indicator = indicator
        if indicator:
            self.last_indicator = indicator

    def _finish_quoted(self, draft: Draft, level_of: Draft, periods: list[PeriodMention]) -> None:
        """An earlier level quoted as the basis of a figure: same measure, its own period."""
        draft.kind = "actual"
        draft.period = Period(None)
        quantity = draft.quantity
        if quantity is None:
            return
        for mention in periods:
            if quantity.end <= mention.start < draft.extent_end + 25:
                if not _STOPS_PERIOD.search(self.low[quantity.end : mention.start]):
                    draft.period = mention.resolve(Period(level_of.period.year))
                break
        year = draft.period.year
        draft.indicator = f"{level_of.indicator} năm {year}" if year else level_of.indicator

    def _named_measure(self, indicator: str, draft: Draft, pre: str, sentence_start: int) -> str:
        """Name the measure where the words before the number only hint at it."""
        quantity = draft.quantity
        lowered = indicator.lower()
        unit = quantity.unit.text if quantity is not None else ""
        if _BARE_MEASURE.match(lowered):
            measured = self._measured_before(draft, sentence_start)
            if measured:
                # "toàn tỉnh gieo trồng lúa, diện tích dự ước 9.820 ha": what the area is
                # of was named in the clause before.
                return f"{indicator} {measured}"
        if (
            unit == "quần chúng"
            and _ADMIT_BEFORE.search(pre.lower())
            and _PLAIN_CANDIDATES.match(quantity.tail.lower() if quantity else "")
        ):
            # "kết nạp 80 quần chúng ưu tú": those admitted are the new Party members.
            return "kết nạp đảng viên mới"
        per_population = _PER_POPULATION_UNIT.match(unit) if "/" in unit else None
        if per_population and per_population.group(1) not in lowered:
            # "đạt 10,8 bác sĩ/vạn dân": the rate is the measure.
            return f"số {per_population.group(1)} trên {per_population.group(2)}"
        harmed = ""
        if quantity is not None and unit.startswith("người"):
            harm = _HARM_BEFORE.search(pre.lower())
            harmed = harm.group(1) if harm else ""
            if not harmed and _HARM_WORDS.match(quantity.tail.lower()):
                harmed = quantity.tail.lower()  # "khiến 31 người tử vong"
            if not harmed and unit.startswith("người ") and _HARM_WORDS.match(unit[6:]):
                harmed, unit = unit[6:], "người"  # "làm 53 người chết", read as one noun
        if harmed and quantity is not None and unit in ("người", "người dân"):
            # "xảy ra 248 vụ tai nạn, làm chết 176 người": the number of people harmed,
            # by what the count of incidents before it names.
            named = f"số người {harmed}"
            causes = [
                d.quantity.tail
                for d in self.sentence_drafts
                if d.anchor < draft.anchor
                and d.quantity is not None
                and d.quantity.unit.text == "vụ"
                and d.quantity.tail
            ]
            return f"{named} do {causes[-1]}" if causes else named
        plan = _PLAN_ONLY.match(lowered) if len(lowered) < 80 else None
        if plan and self.last_indicator and plan.group(1) not in self.last_indicator.lower():
            # "..., chưa đạt chỉ tiêu Nghị quyết đề ra là 7%": the plan of the measure
            # just named.
            return f"{plan.group(1)} {self.last_indicator}"
        passive = _PASSIVE_CLAUSE.search(indicator) if " được " in indicator else None
        if passive and passive.start() > 0:
            # "Dự toán thu được HĐND tỉnh thông qua tại kỳ họp ... là": who approved it
            # is not part of what is measured.
            return indicator[: passive.start()].rstrip(" ,")
        return indicator

    def _measured_before(self, draft: Draft, sentence_start: int) -> str:
        """The thing a bare measure word is about, from the nearest clause before it."""
        before = [d for d in self.sentence_drafts if d.anchor < draft.anchor]
        if before and before[-1].measured:
            return before[-1].measured  # "..., diện tích 9.820 ha, năng suất 62 tạ/ha"
        subject_end = draft.subject_end if draft.subject_end is not None else draft.anchor
        # The last stretch holds the measure word itself; the thing measured is before it.
        chunks = _CHUNK_BREAK.split(self.norm[sentence_start:subject_end])[:-1]
        for chunk in reversed(chunks):
            words = " ".join(chunk.split())
            if not words or _BARE_MEASURE.match(words.lower()):
                continue
            for mention in reversed(find_periods(words.lower())):
                # "tới trung tuần tháng 5/2024 việc gieo cấy lúa ...": the time goes.
                words = f"{words[: mention.start]} {words[mention.end :]}".strip()
            if _DIGIT.search(words) or _NOT_MEASURED.match(words.lower()):
                return ""
            work = _WORK.search(words)
            if work:
                # "việc gieo cấy lúa đông xuân cơ bản hoàn thành": the work is the thing.
                words = words[work.end() :]
                done = _WORK_DONE.search(words)
                words = words[: done.start()] if done else words
            named = subject_indicator(words, unit="", unit_kind="count", tail="")
            if 0 < len(named.split()) <= 6:
                draft.measured = named
                return named
            return ""
        return ""

    def _set_mode(self, kind: Kind, year: int | None) -> None:
        self.target_mode = kind == "target"
        if self.target_mode:
            self.target_year = year

    def _leave_targets_of_earlier_years(
        self, periods: list[PeriodMention], offset: int = 0
    ) -> None:
        """A sentence about an earlier year than the targets ("Năm 2023, ...", "Đến hết năm
        2023, ...") reports results."""
        if not self.target_mode or self.target_year is None:
            return
        for mention in periods:
            if (
                mention.year is None
                and mention.scope == "year_only"
                and not mention.basis
                and self.low.startswith(_PRESENT, offset + mention.start)
            ):
                # "Hiện nay, tỷ lệ đô thị hóa mới đạt 28,5%" after targets for 2030: where
                # things stand now, not in the target year.
                self.target_mode = False
                if self.period.year == self.target_year:
                    self.period = Period(None)
                return
            if mention.basis or mention.year is None:
                continue
            if mention.scope != "span":
                start = offset + mention.start
                if mention.scope != "year_only" or not _LOOKING_BACK.search(
                    self.low, max(0, start - 14), start
                ):
                    continue
            if mention.year < self.target_year:
                self.target_mode = False
            return

    def _sibling_verb(self, draft: Draft, pre: str) -> str:
        """The verb of the count just before, when this count is listed right after it."""
        quantity = draft.quantity
        if quantity is None or quantity.unit.kind != "count" or _SIBLING_GAP.sub("", pre):
            return ""
        before = [d for d in self.sentence_drafts if d.anchor < draft.anchor]
        if not before or before[-1].clause_start != draft.clause_start:
            return ""
        previous = before[-1]
        if previous.quantity is None or previous.quantity.unit.kind != "count":
            return ""
        noun = counted_noun(previous.quantity.unit.text)
        ending = f"{noun} {previous.quantity.tail}".strip()
        if not previous.indicator.endswith(ending):
            return ""
        verb = previous.indicator[: len(previous.indicator) - len(ending)].strip()
        if verb.lower() in _CAUSES:
            return ""
        return verb if len(verb.split()) <= 4 else ""

    def _default_basis(self, comparison: Comparison, draft: Draft) -> Comparison:
        """A rise stated without a basis: on the same period of last year, or for a whole
        year (and for targets) on the year before."""
        if comparison.basis_text or comparison.measure != "change":
            return comparison
        whole_year = draft.period.from_month in (None, 1) and draft.period.to_month in (None, 12)
        if self.target_mode or (whole_year and draft.period.year is not None):
            return replace(comparison, basis="previous")
        return comparison

    def _period_at(
        self, draft: Draft, periods: list[PeriodMention], parens: list[tuple[int, int]]
    ) -> Period:
        context = self.period
        own_paren = inside(draft.anchor, parens)
        for mention in periods:
            if mention.start >= draft.anchor:
                break
            if mention.scope == "date" and context.year is None and mention.year:
                context = Period(mention.year)
                continue
            if mention.basis:
                continue
            paren = inside(mention.start, parens)
            if paren is not None and paren != own_paren:
                continue
            context = mention.resolve(context)
        # A period right after the number, in the same stretch ("20,8 tỷ đồng trong 9 tháng").
        if draft.quantity is not None:
            for mention in periods:
                near = draft.quantity.end <= mention.start < draft.extent_end + 25
                if near and not mention.basis:
                    between = self.low[draft.quantity.end : mention.start]
                    if not _STOPS_PERIOD.search(between):
                        context = mention.resolve(context)
                    break
        return context

    def _advance_period(
        self, periods: list[PeriodMention], parens: list[tuple[int, int]], end: int
    ) -> None:
        for mention in periods:
            if mention.scope == "date" and self.period.year is None and mention.year:
                # "Ngày 26/02/2024, ..." opening a passage that names no other year.
                self.period = Period(mention.year)
                continue
            if mention.basis or inside(mention.start, parens):
                continue
            if mention.scope == "year_only":
                # "đến nay", "tính đến ngày ...": this sentence only; later ones keep
                # the months the passage set.
                if mention.year is not None:
                    self.period = Period(mention.year, self.period.from_month, self.period.to_month)
                continue
            self.period = mention.resolve(self.period)

    # -- comparisons stated apart from their figure --------------------------------

    def _resolve_references(self, drafts: list[Draft]) -> None:
        """Attach 'số vụ giảm 6,19%' to the figure of 'vụ' stated just before."""
        if not drafts:
            return
        earlier = [d for d in self.previous_sentence if d.sentence == drafts[0].sentence - 1]
        for draft in list(drafts):
            if draft.quantity is not None:
                continue
            words = (draft.aspect or draft.indicator).lower()
            match = re.match(r"^(?:kết quả này\s+)?(?:về\s+)?số\s+(\S+)", words)
            if not match:
                continue
            noun = match.group(1)
            candidates = [
                d
                for d in earlier + drafts[: drafts.index(draft)]
                if d.quantity is not None
                and not d.comparisons
                and d.quantity.unit.kind == "count"
                and d.quantity.unit.text.split()[0] == noun
            ]
            if not candidates:
                continue
            rest = set(words.split()[2:])
            best = max(
                candidates,
                key=lambda c: (_overlap(rest, c), -candidates.index(c)),
            )
            best.comparisons.extend(draft.comparisons)
            drafts.remove(draft)

    # -- output -------------------------------------------------------------------

    def figures(self, original: str) -> list[Figure]:
        out: list[Figure] = []
        mapped = self.mapped
        for draft in self.drafts:
            quantity = draft.quantity
            clause_start = mapped.original_offset(draft.clause_start)
            clause_end = mapped.original_end(draft.clause_end)
            text = original[clause_start:clause_end].strip().rstrip(".;:")
            if quantity is not None:
                start = mapped.original_offset(quantity.start)
                end = mapped.original_end(quantity.unit.end)
            else:
                start = mapped.original_offset(draft.anchor)
                end = mapped.original_end(draft.extent_end)
            out.append(
                Figure(
                    text=text,
                    indicator=draft.indicator,
                    value=quantity.value if quantity else None,
                    value_max=quantity.value_max if quantity else None,
                    unit=quantity.unit.text if quantity else "%",
                    kind=draft.kind,
                    period=draft.period,
                    bound=quantity.bound if quantity else None,
                    comparisons=draft.comparisons,
                    start=start,
                    end=end,
                    clause_start=clause_start,
                    clause_end=clause_end,
                )
            )
        return out


def _overlap(words: set[str], candidate: Draft) -> int:
    tail = candidate.quantity.tail if candidate.quantity else ""
    return len(words & set(f"{candidate.indicator} {tail}".lower().split()))


def extract_figures(text: str, *, year: int | None = None) -> list[Figure]:
    """All figures stated in `text`, in document order; never raises on odd input.

    `year` is the year to assume until the text names one (a document's date).
    """
    mapped = MappedText.of(text)
    passage = _Passage(mapped, year)
    for index, (start, end) in enumerate(sentence_spans(mapped.text)):
        passage.read_sentence(index, start, end)
    return passage.figures(text)
