"""extract_figures: every figure of a Vietnamese passage, with its comparisons and provenance.

The passage is read sentence by sentence. In each sentence the quantities are
found first (mentions.py); then each percentage is read either as a comparison of
the figure before it ("..., bằng 18% dự toán tỉnh giao") or as a figure of its
own ("tỷ lệ che phủ rừng đạt 57%"); finally each figure gets its period, its kind
and its indicator from the words around it.

>>> [f.as_dict(offsets=False)["comparisons"] for f in extract_figures(
...     "Tổng thu NSNN trong quý I năm 2022 là 123,4 tỷ đồng, bằng 18% dự toán tỉnh giao.")]
[[{'basis': 'budget', 'measure': 'ratio', 'percent': 18.0, 'issuer': 'tỉnh'}]]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import deque
from collections.abc import Iterator
from typing import Final

from tiendo.extract.carried_bases import carried_basis, item_bases
from tiendo.extract.char_scans import has_digit
from tiendo.extract.clauses import (
    Draft,
    blank,
    clause_breaks,
    inside,
    only_predicate,
    paren_spans,
    transparent,
)
from tiendo.extract.comparing import ComparisonReading
from tiendo.extract.comparisons import basis_of, read_lead
from tiendo.extract.counted_parts import continues_count, parts_counted
from tiendo.extract.difference_items import differences_apart
from tiendo.extract.festival_years import with_feasts
from tiendo.extract.figure import Basis, Comparison, Figure, Measure
from tiendo.extract.finished_figures import figure_of
from tiendo.extract.fronted_bases import fronted_bases
from tiendo.extract.glossed_times import glossed_times
from tiendo.extract.headlines import outside_headline
from tiendo.extract.joined_counts import joined_start
from tiendo.extract.kinds import Cues
from tiendo.extract.level_lists import (
    find_level_lists,
    find_unmarked_lists,
    with_shared_units,
)
from tiendo.extract.lexicon import BREAKDOWN_MARKERS
from tiendo.extract.mentions import find_quantities
from tiendo.extract.own_counts import counts_parts, names_own_count
from tiendo.extract.paren_breaks import only_paren_breaks
from tiendo.extract.period_cues import find_periods
from tiendo.extract.plan_owners import share_host
from tiendo.extract.planned_work import separate_plans
from tiendo.extract.point_gaps import add_point_gaps
from tiendo.extract.quoted import (
    another_quoted,
    compares_with_earlier,
    earlier_in_parens,
    only_basis_left,
    time_before_paren,
)
from tiendo.extract.range_rises import range_rise
from tiendo.extract.remark_rises import rise_after_remark
from tiendo.extract.remark_sentences import only_remarks
from tiendo.extract.respective_gaps import respective_gap
from tiendo.extract.respectively import find_lists
from tiendo.extract.restated import names_again
from tiendo.extract.sentence_steps import SENTENCE_STEPS
from tiendo.extract.sentences import sentence_spans
from tiendo.extract.share_rises import aside_share, is_share, owner_of_share, sized_by_share
from tiendo.extract.statements import list_bases_of, period_between, slash_plans
from tiendo.extract.table_figures import tables_of
from tiendo.extract.textmap import MappedText
from tiendo.extract.time_subjects import own_time
from tiendo.extract.whole_owners import whole_owner

# tiendo.documents.model.CELL_SEPARATOR, written again (a test holds the two equal): that
# import would load the document readers at each start-up, which extraction never uses.
CELL_SEPARATOR: Final = " | "
_TOPIC: Final = re.compile(
    r"^(?:về|đối với|trong lĩnh vực|lĩnh vực|trên lĩnh vực)\s+([^,;:]{2,50}),"
)
_ELABORATION: Final = re.compile(
    rf"(?:{BREAKDOWN_MARKERS}|riêng|theo đó|(?:ở\s+)?chiều ngược lại|ngược lại)\b"
)
# Bases whose comparison, after a share of an amount, is the amount's (is_share).
_BASES_OF_OWNER: Final = frozenset(("same_period", "previous", "budget", "plan"))
_QUOTED_LEVEL: Final = re.compile(r"\bso\s+(?:với\s+)?(?:mức|con số)\s*$")


class _Passage(ComparisonReading):
    """Reads a passage sentence by sentence into figures."""

    def read_sentence(self, index: int, start: int, end: int) -> None:
        low = self.low
        sentence = low[start:end]
        self.sentence_start = start
        differences: list[tuple[int, int]] = []
        digits = has_digit(low, start, end)
        quantities = find_quantities(self.norm, low, start, end, differences) if digits else []
        # RESPECTIVE_WORDS; looked up only in a sentence with figures (most hold none).
        respective = bool(quantities) and ("lần lượt" in sentence or "tương ứng" in sentence)
        if quantities and respective:
            quantities = with_shared_units(low, start, end, quantities)
        if not quantities:
            self.read_without_figures(sentence, start, end, digits)
            return
        if sentence.startswith("so"):  # "So với tháng trước và cùng kỳ, …" (fronted_bases)
            self.stated_bases = fronted_bases(low, start) or self.stated_bases
        periods = with_feasts(
            sentence, start, find_periods(sentence, start, now=self.document_year)
        )
        # "Trong 6 ngày nghỉ Tết (từ ngày 25/1 đến 30/1/2025), ...": the time is no aside.
        parens = glossed_times(
            low, start, paren_spans(low, start, end), periods, quantities[0].lead_start
        )
        breaks = [start, *clause_breaks(low, start, end)]
        topic_match = _TOPIC.match(sentence)
        # "Về cơ cấu hàng xuất khẩu, nhóm A … chiếm 52,8%": a structure is the whole its
        # parts' shares are of, never their subject.
        topic = (
            self.norm[start + topic_match.start(1) : start + topic_match.end(1)]
            if topic_match and not topic_match.group(1).startswith("cơ cấu")
            else ""
        )
        list_bases = [
            (start + end, basis)
            for end, basis in list_bases_of(sentence)
            # "giảm 1,2 điểm phần trăm so với năm 2022, còn 3,4%": the gap's own basis.
            if not any(a < start + end <= b + 1 for a, b in differences)
        ]
        # Periods and absolute differences ("nhiều hơn năm 2015 là 4,3 triệu đồng") are set
        # aside when asking whether a comparison still speaks of the figure before it.
        period_spans = [(m.start, m.end) for m in periods] + differences
        self.difference_spans = differences
        if self.carried_basis and (
            _ELABORATION.match(sentence)
            # "So với tháng trước, sáu nhóm tăng: …. Ba nhóm giảm gồm …": the list goes on.
            or continues_count(sentence, self.counted_parts)
        ):
            # "..., tăng 5,38% so với cùng kỳ. Trong đó, khu vực A tăng 4,12%; ...".
            list_bases.insert(0, (start, self.carried_basis))
            list_bases = sorted(
                list_bases + [(start + at, words) for at, words in item_bases(sentence)]
            )

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
        # (and the plans' levels after a slash, which as comparisons do announce nothing)
        self.comparison_spans = slash_plans(low, start, end)
        host: Draft | None = None
        outer: Draft | None = None  # the last figure outside parentheses
        quoted_end = -1  # where the last earlier level quoted in comparison ends
        host_end = start
        last_measure: Measure | None = None
        aside: Draft | None = None  # a share in parentheses set aside for its subject's rise
        lists = find_lists(low, start, end, quantities) if respective else []
        # "tăng 15% về số doanh nghiệp, tăng 72% về số vốn": aspects listed with commas only.
        if (" và " in sentence or " về " in sentence) and "%" in sentence:
            taken = {member for group in lists for member in group.members}
            lists += [
                group
                for group in find_unmarked_lists(
                    low, start, end, quantities, len(self.stated_bases)
                )
                if not taken.intersection(group.members)
            ]
        listed = {member for group in lists for member in group.members}
        over_bases = {m: g.end for g in lists if g.bases for m in g.members}  # basis_lists.py
        levels = find_level_lists(low, start, end, quantities, listed) if respective else []
        listed.update(member for group in levels for member in group.members)
        for number_index, quantity in enumerate(quantities):
            if number_index in listed:
                host_end = max(host_end, quantity.extent_end, over_bases.get(number_index, 0))
                continue
            clause_start, clause_end = clause_of(quantity.start)
            paren = inside(quantity.start, parens) if parens else None
            if host is not None and host_end > quantity.start:
                host, last_measure = None, None
            if host is not None and host.clause_start != clause_start:
                # A clause that opens with a comparison ("...; so với kế hoạch đạt 75,3%")
                # still speaks of the figure before it.
                opening = low[clause_start : quantity.lead_start]
                lead = read_lead(opening) if quantity.unit.kind == "percent" else None
                if (
                    lead is None
                    or (lead.subject and not names_again(low, host, opening, quantity.lead_start))
                    or not transparent(
                        blank(low, host_end, clause_start + lead.cue_start, period_spans)
                        .replace(";", ",")
                        .replace(":", ",")
                    )
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
            near = max(segment_start, quantity.lead_start - 30)
            quoted = (
                host is not None
                and low.find("so", near, quantity.lead_start) >= 0  # the pattern needs it
                and bool(_QUOTED_LEVEL.search(low, near, quantity.lead_start))
            )
            earlier = host or outer
            quoted_item = quantity.lead_start  # where a quoted level's own words start
            quoted_stop = quantity.extent_end  # where its words end (a basis it names)
            if not quoted and earlier is not None and quantity.unit.kind == "percent":
                # "..., nhỉnh hơn mức tăng 7,6% của cùng kỳ 2012": an earlier rate quoted.
                lead_at, unit_end = quantity.lead_start, quantity.unit.end
                if compares_with_earlier(low, clause_start, lead_at, unit_end) or another_quoted(
                    low, quoted_end, lead_at, unit_end
                ):
                    quoted, host = True, earlier
                elif paren and earlier_in_parens(
                    low, max(paren[0], quoted_end), lead_at, self.period.year
                ):
                    # "tăng 2,19% (quý I năm 2014 tăng 6,8%, năm 2015 tăng 8%)".
                    quoted, host, quoted_item = True, earlier, max(paren[0], quoted_end)
                elif (
                    paren
                    and only_basis_left(low, unit_end, paren[1])
                    and (named := time_before_paren(low, clause_start, paren[0]))
                    and earlier_in_parens(low, named, lead_at, self.period.year)
                ):
                    # "chậm lại so với quý I/2018 (tăng 7,45%)": that time's own rise, the
                    # parentheses holding nothing else but its basis ("so với cùng kỳ").
                    quoted, host, quoted_item = True, earlier, named
                    quoted_stop = max(quoted_stop, paren[1])
            if quoted and host is not None:
                # "còn 25,12%, giảm so với mức 29,14% của năm 2022": the earlier level is a
                # figure of its own, for the period named after it.
                clause = (clause_start, clause_end)
                drafts.append(Draft.of_level(quantity, clause, index, quoted_from=host))
                drafts[-1].item_start = min(quoted_item, quantity.lead_start)
                host_end = quoted_end = quoted_stop
                continue
            if (
                host is not None
                and quantity.unit.kind == "percent"
                and names_own_count(low, segment_start, quantity.lead_start)
            ):
                host, last_measure = None, None
            if quantity.unit.kind == "percent":
                next_value = next_values[number_index]
                comparison = self._comparison(
                    quantity, segment_start, clause_end, next_value, list_bases, host, last_measure
                )
                if (
                    comparison is not None
                    and quantity.value_max is not None  # range_rise needs a range
                    and range_rise(comparison[1], comparison[2], quantity.value_max)
                ):
                    comparison = None  # "tăng 20-30%": the rate's level (range_rises.py)
                if comparison is not None:
                    lead_start, measure, basis_text, basis_end, aspect, negative = comparison
                    percent = (
                        -quantity.value if measure == "change" and negative else quantity.value
                    )
                    if measure == "ratio" and not basis_text:
                        # "bằng 41,17% kế hoạch; trong đó tôm đạt 32,04%": of the same basis.
                        basis_text = self._sentence_ratio_basis(start, quantity.start)
                    basis: Basis = basis_of(basis_text) if basis_text else "other"
                    if basis_text is None and measure == "change":
                        # No basis named: settled in _finish, once the period is known.
                        basis = "same_period"
                    item = Comparison(basis, measure, percent, basis_text or "")
                    if measure == "ratio" and basis != "other":
                        self.ratio_basis = item.basis_text
                    # A remark in parentheses between the figure and the comparison
                    # ("(số liệu chốt ngày 31/12)") holds no figure, or the host would be
                    # that figure: it is set aside.
                    asides = [p for p in parens if host_end <= p[0] and p[1] <= lead_start]
                    gap = blank(low, host_end, lead_start, period_spans + asides)
                    gap = gap.replace(";", ",").replace(":", ",")
                    aspect_differs = (
                        host is not None and bool(aspect) and bool(host.aspect)
                        and host.aspect != aspect
                    )  # fmt: skip
                    host = share_host(low, host, basis, drafts)  # not the plan's own level
                    if (
                        # (and a share of the budget: "…, chiếm 67,6% tổng thu, bằng 34,4%
                        # dự toán" is the amount's, as its rise is)
                        (measure == "change" or basis in _BASES_OF_OWNER)
                        and host is not None
                        and is_share(low, host)
                    ):
                        # "…, chiếm 99% và tăng 21,3%", "…, chiếm 62,5% và bằng 97,2% cùng
                        # kỳ": the amount rose or stands to an earlier time, not its share.
                        owner = owner_of_share(low, host, drafts)
                        if owner is None and aside_share(low, host, parens, lead_start):
                            aside, host = host, None  # "châu Á (chiếm 63%) tăng 10%"
                        host = owner or host
                    host_paren = (
                        inside(host.anchor, parens) if host is not None and parens else None
                    )
                    if (
                        host_paren is not None
                        and outer is not None
                        and (
                            outer.clause_start == clause_start
                            # "(trong đó vốn ngân sách: 800 tỷ đồng), tăng 5%"
                            or only_paren_breaks(breaks, outer.anchor, lead_start, host_paren)
                        )
                        and host_paren[1] <= lead_start
                        and (
                            transparent(
                                blank(low, outer.extent_end, lead_start, period_spans + parens)
                            )  # or "6.084 xã (79,3%) được công nhận đạt chuẩn, tăng 10,6%"
                            or rise_after_remark(low, outer, host_paren, lead_start)
                        )
                    ):
                        # "500 tỷ đồng (năm 2022 đạt 450 tỷ đồng), tăng 11%": the remark in
                        # parentheses is set aside and the rise is the outer figure's.
                        host = outer
                        host.comparisons.append(item)
                        host.extent_end = basis_end
                    elif (
                        host is not None
                        and (transparent(gap) or respective_gap(gap))
                        and not aspect_differs
                        and not period_between(low, periods, host_end, lead_start)
                        and not own_time(host, measure, periods, host_end, lead_start)
                        and not separate_plans(host, item)  # "98% kế hoạch A và 110% kế hoạch B"
                        # "giảm 9 vụ (-33,3%), giảm 4 người chết (-36,4%)": two items.
                        and not differences_apart(
                            low,
                            host,
                            host_end,
                            lead_start,
                            quantity.lead_start,
                            [*self.previous_sentence, *drafts],
                        )
                    ):
                        # "125.000 cử tri ... tại 11 đơn vị, đạt 99,99% so tổng số cử tri"
                        owner = (
                            whole_owner(item.basis_text, host, drafts) if basis == "other" else None
                        )
                        (owner or host).comparisons.append(item)
                        host.extent_end = basis_end
                        host.aspect = host.aspect or aspect
                    else:
                        host = Draft(
                            anchor=lead_start,
                            item_start=aside.item_start if aside else segment_start,
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
                    host_end, aside = basis_end, None
                    last_measure = measure
                    if not parens or not inside(host.anchor, parens):
                        outer = host
                    continue
                elliptic = self._elliptic_change(
                    quantity, drafts, segment_start, clause_start, (index, start)
                )
                if elliptic is not None:
                    drafts.append(elliptic)
                    host, host_end = elliptic, elliptic.extent_end
                    last_measure = elliptic.comparisons[-1].measure
                    continue
                if paren and self._continued_share(quantity, paren, host, start, drafts):
                    # "..., TP Cà Mau ước 360 tỷ đồng (82%)": the share of that amount.
                    host_end = max(host_end, paren[1])
                    continue
            # A figure with a level. A comparison-only figure right before it, with
            # nothing but a verb between them, was about this figure.
            if (
                host is not None
                and host.quantity is None
                and (
                    only_predicate(low[host_end : quantity.lead_start])
                    or sized_by_share(low, host, low[host_end : quantity.lead_start])
                )
                and not counts_parts(low, quantity.start, quantity.end, quantity.unit.kind)
            ):
                host.quantity = quantity
                host.subject_end = host.anchor  # the subject ends where the comparison starts
                host.anchor = quantity.start
                host.extent_end = max(host.extent_end, quantity.extent_end)
            else:
                joined = segment_start
                if quantity.unit.kind == "count":  # "... vượt kế hoạch và 3 xã được ..."
                    count_lead, count_end = quantity.lead_start, quantity.unit.end
                    joined = joined_start(low, segment_start, count_lead, count_end)
                host = Draft(
                    anchor=quantity.start,
                    item_start=joined,
                    clause_start=clause_start,
                    clause_end=clause_end,
                    extent_end=quantity.extent_end,
                    quantity=quantity,
                    sentence=index,
                )
                drafts.append(host)
                if quantity.planned:
                    host = drafts[-2]  # "300,9/4.128,9 tỷ đồng, bằng 7,3% kế hoạch": the result's
            host_end = quantity.extent_end
            last_measure = None
            if not parens or not inside(host.anchor, parens):
                outer = host

        # Levels first: "A và B lần lượt đạt 850 và 620 triệu USD, tăng 12,5% và 8,3%" gives
        # the rises to the levels listed before them.
        for level_group in levels:
            drafts = self._distribute_levels(level_group, quantities, drafts, clause_of, index)
        for group in lists:
            drafts = self._distribute(group, quantities, drafts, clause_of, index)
        self._leave_targets_of_earlier_years(periods)
        cues = Cues(sentence, self.document_year)  # found once, asked for each figure
        if not drafts:
            cue = cues.latest(0, len(sentence))
            if cue is not None:
                self._set_mode(cue, self.period.year)
        self.sentence_drafts = drafts
        if "điểm" in sentence:
            add_point_gaps(low, drafts)
        for draft in drafts:
            self._finish(draft, periods, parens, topic, start, cues)
        previous, year, in_parens = self.previous_sentence, self.document_year, bool(parens)
        for step in SENTENCE_STEPS:  # sentence_steps.py: the passes over them all, in order
            step(low, drafts, previous, year, in_parens, sentence)
        self.carried_basis = carried_basis(drafts)
        self.counted_parts = parts_counted(sentence)
        self.before_remark = previous if only_remarks(sentence, drafts, previous) else []
        self.previous_sentence = drafts
        self._advance_period(
            periods, parens, end, quantities[0].lead_start, quantities[-1].lead_start
        )


def iter_figures(text: str, *, year: int | None = None) -> Iterator[Figure]:
    """The figures of `text` one by one, in document order, holding one sentence at a time.

    A sentence may still add a comparison to the figures of the one before it ("Số vụ
    giảm 6,19%"), so each sentence's figures are given once the next one is read.
    """
    tabled, prose = tables_of(text, year) if CELL_SEPARATOR in text else ([], text)
    mapped = MappedText.of(prose)
    passage = _Passage(mapped, year)
    pending: list[Draft] = []
    waiting = deque(tabled)

    def finished(drafts: list[Draft]) -> Iterator[Figure]:
        # A table's figures go out in document order among the sentences' figures.
        for draft in drafts:
            figure = figure_of(draft, mapped, text)
            while waiting and waiting[0].start < figure.start:
                yield waiting.popleft()
            yield figure

    read = passage.read_sentence
    for index, (start, end) in enumerate(sentence_spans(mapped.text)):
        read(index, start, end)
        if pending:  # most sentences hold no figure: no generator is made for them
            if waiting:
                yield from finished(pending)
            else:
                for draft in pending:
                    yield figure_of(draft, mapped, text)
        pending = outside_headline(mapped.text, start, end, index, passage.previous_sentence)
    yield from finished(pending)
    yield from waiting


def extract_figures(text: str, *, year: int | None = None) -> list[Figure]:
    """All figures stated in `text`, in document order; never raises on odd input.

    `year` is the year to assume until the text names one (a document's date).
    """
    return list(iter_figures(text, year=year))
