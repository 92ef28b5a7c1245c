"""Naming a measure the words before a number only hint at: a bare measure word
("diện tích dự ước 9.820 ha" after "gieo trồng lúa"), people admitted to the Party, a
rate per population, incidents and the people they harmed, a plan of the measure named
just before.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.average_criteria import average_per_place
from tiendo.extract.char_scans import has_digit
from tiendo.extract.clauses import Draft
from tiendo.extract.counted_measures import of_counted, thing_measured_before
from tiendo.extract.counts_restating import count_restating, rate_restated_in_parens
from tiendo.extract.held_owners import whole_owner
from tiendo.extract.incidents import (
    cause_named,
    incident_named,
    incident_said_before,
    incident_tail,
    is_severity,
)
from tiendo.extract.indicator import subject_indicator
from tiendo.extract.name_case import lower_name
from tiendo.extract.passage import PassageState
from tiendo.extract.period_cues import find_periods
from tiendo.extract.quantities import Quantity
from tiendo.extract.reached import POINTS_BACK
from tiendo.extract.sentence_crops import bare_yield_before, sentence_crop
from tiendo.extract.units import counted_noun

_PER_POPULATION_UNIT: Final = re.compile(
    r"^([^\d/]+?)/((?:vạn|nghìn|ngàn|triệu|trăm|mười|[\d.]+) (?:người dân|dân số|dân|người))$"
)
_HARM_BEFORE: Final = re.compile(
    r"(?:^|[\s,])(?:(?:làm|khiến|gây)(?:\s+cho)?\s+)?(chết|tử vong|thiệt mạng|bị thương|mất tích)"
    r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|ít nhất|tới|lên tới|lên đến))?\s*$"
)
_MEASURE_NOUN: Final = r"(?:diện tích|sản lượng|năng suất|giá trị|doanh thu|kim ngạch|số lượng)"
_BARE_MEASURE: Final = re.compile(
    rf"^(?:tổng\s+)?{_MEASURE_NOUN}"
    r"(?:\s+(?:dự ước|ước|ước đạt|ước tính|đạt|thu hoạch|gieo trồng|gieo cấy|xuống giống))?$"
)
_WITH_MEASURE: Final = re.compile(
    r"[ \t]*(?:với|trên|có)[ \t]+(?:tổng[ \t]+)?\w+[ \t]+\w+"
    r"(?:[ \t]+(?:trên|hơn|gần|khoảng|là|đạt))?[ \t]*$"
)
_BARE_NOUN: Final = re.compile(rf"^{_MEASURE_NOUN}$")
_EARNED: Final = re.compile(r"^(?:thu về|mang về|đem về|thu được)$")
_TRADE: Final = re.compile(r"(?:^|\s)(?:xuất khẩu|nhập khẩu|xuất nhập khẩu)(?:\s|$)")
_VALUE_WORD: Final = re.compile(r"^(?:trị giá|giá trị|kim ngạch)$")
_AMOUNT_NOUN: Final = re.compile(r"^(?:sản lượng|khối lượng|số lượng|số)\s+", re.IGNORECASE)
# "đón lượt": a verb of receiving and the bare classifier "lượt" name no visitor.
_HOSTED: Final = re.compile(r"(?:^|\s)(?:đón|tiếp đón|phục vụ|thu hút)\s+lượt$")
_PLACE_BEFORE: Final = re.compile(
    r"((?:[A-ZĐ][^\s,;:()]*\s+)*[A-ZĐ][^\s,;:()]*)\s+(?:(?:ước|đã|dự kiến|cũng)\s+)*"
    r"(?:đón|tiếp đón|phục vụ|thu hút)\b"
)
_RESTATED: Final = re.compile(
    r"(?:^|[\s,(])(?:tương đương|tương ứng|tức là)(?:\s+(?:với|khoảng))?\s*$"
)
# "tiêu chí/xã", "con/hộ": things counted per item of another count.
_PER_ITEM_UNIT: Final = re.compile(
    r"^(tiêu chí|chỉ tiêu|con|lao động|người|lượt)/(xã|hộ|người|huyện)$"
)
_WITH_ONLY: Final = re.compile(r"[ \t,]*(?:với|có)[ \t]*$")
_WORK: Final = re.compile(r"\bviệc\s+")
_WORK_DONE: Final = re.compile(r"\s+(?:cơ bản|đã|đang|được|hoàn thành|kết thúc|xong)\b")
_AUXILIARY: Final = re.compile(r"(?:^|\s+)(?:đã|đang|vừa|cơ bản)\s")
_CHUNK_BREAK: Final = re.compile(r"[,;:]\s*")
# "khoai lang 23 ha, bằng cùng kỳ, sản lượng 45 tấn": a comparison with no number is what
# the item before it did, not a thing the next measure word is of.
_NUMBERLESS_COMPARISON: Final = re.compile(
    r"^(?:(?:tăng|giảm)(?:\s+(?:nhẹ|mạnh|ít|khá|không đáng kể))?|bằng|tương đương|xấp xỉ"
    r"|ngang(?:\s+bằng)?|giữ nguyên|không đổi|ổn định)\s+(?:so\s+)?(?:với\s+)?"
    r"(?:cùng kỳ|cùng vụ|vụ trước|năm trước|năm ngoái|tháng trước|kỳ trước|kế hoạch)\b"
)
_NOT_MEASURED: Final = re.compile(
    r"^(?:về|đối với|trong|năm|tháng|quý|so|theo|tính|đến|riêng|ngoài ra|bên cạnh|cụ thể"
    # the words that open examples or parts ("..., như: tổng diện tích gieo trồng đạt")
    r"|như|điển hình|nổi bật|gồm|bao gồm|chẳng hạn)\b"
)
# (the bound of a target stands between: "kết nạp ít nhất 12 quần chúng", "không dưới 02")
_ADMIT_BEFORE: Final = re.compile(
    r"\bkết nạp(?:\s+(?:được|mới|thêm))*"
    r"(?:\s+(?:trên|hơn|gần|khoảng|từ|ít nhất|tối thiểu|không dưới))?\s*$"
)
# What may follow "kết nạp 80 quần chúng" when they are simply the new members; a longer
# description ("quần chúng từng vi phạm ...") is a measure of its own. A second act after
# "và" ("… vào Đảng và công nhận đảng viên chính thức cho …") is none of their words.
_PLAIN_CANDIDATES: Final = re.compile(r"^(?:ưu tú)?\s*(?:vào đảng)?\s*(?:mới)?(?:$|\s*và\s)")
_HARM_WORDS: Final = re.compile(r"^(?:chết|tử vong|thiệt mạng|bị thương|mất tích)$")
# The plan named by who set it, the State's bodies too, one or several ("chỉ tiêu Quốc
# hội và Chính phủ giao", "chỉ tiêu Trung ương giao", "dự toán HĐND tỉnh giao"), or only
# missed ("chưa chạm mục tiêu"): no measure of its own.
_PLAN_ONLY: Final = re.compile(
    r"^(?:chưa\s+|không\s+)?(?:đạt\s+|vượt\s+|hoàn thành\s+|chạm\s+|tới\s+)?"
    r"(chỉ tiêu|kế hoạch|mục tiêu|dự toán)"
    r"(?:,?\s+(?:của\s+)?(?:nghị quyết|nq|đại hội|hđnd|ubnd|tỉnh|huyện|thành phố|xã|năm|đề ra"
    r"|đặt ra|được giao|giao|kế hoạch|đã|trên|quốc hội|chính phủ|trung ương|thủ tướng|và))*$"
)
_PASSIVE_CLAUSE: Final = re.compile(
    r"\s+được\s+(?:\S+\s+){0,4}?(?:thông qua|phê duyệt|ban hành|quyết định|giao|bố trí|phân bổ)"
    r"(?:\s.*)?$"
)


# How far back the incidents a count of "vụ" occurred are looked for (some two sentences).
_INCIDENT_REACH: Final = 400


def _harm_after_incidents(previous: Draft | None, low: str, quantity: Quantity) -> str:
    """The harm a count of incidents just before went on to name: "06 vụ nghiêm trọng làm
    chết 06 người", where the incidents' words ran on to "làm chết", or ""."""
    counted = previous.quantity if previous is not None else None
    if counted is None or counted.unit.text != "vụ" or "làm" not in counted.tail:
        return ""
    if low[counted.extent_end : quantity.lead_start].strip():
        return ""  # words of their own between: the harm is not the incidents'
    harm = _HARM_BEFORE.search(counted.tail.lower())
    return harm.group(1) if harm else ""


class MeasureNaming(PassageState):
    """Names the measure of a figure from the words around a bare or implied one."""

    def _named_measure(
        self, indicator: str, draft: Draft, pre: str, sentence_start: int, pre_lower: str = ""
    ) -> str:
        """Name the measure where the words before the number only hint at it (`pre_lower`:
        `pre` lowered, when the caller has it, so that it is not lowered again)."""
        quantity = draft.quantity
        lowered = lower_name(indicator)
        unit = quantity.unit.text if quantity is not None else ""
        if _BARE_MEASURE.match(lowered):
            measured = self._measured_before(draft, sentence_start)
            if measured:
                # "toàn tỉnh gieo trồng lúa, diện tích dự ước 9.820 ha": what the area is
                # of was named in the clause before.
                return f"{indicator} {measured}"
            if crop := sentence_crop(draft, self.sentence_drafts, lowered):
                # "Lúa đã gieo trồng 148.527 ha, ..., sản lượng ước 607.204 tấn": the crop
                # its sentence sowed, not the last whole weighed in that unit.
                return f"{indicator} {crop}"
            # "Sáu tháng đầu năm 2020, sản lượng đạt 164.890 tấn": the measure the passage
            # last stated whole in that unit, named there in full.
            whole = self.whole_by_unit.get(unit, "")
            noun = lowered.removeprefix("tổng ")
            before = self.draft_before(draft)
            if before is not None and thing_measured_before(draft, before, self.low):
                # "lúa 2.875 ha, sản lượng 11.633 tấn; ngô 300 ha, sản lượng 1.200 tấn": the
                # item just before names it (counted_measures), not the last whole.
                whole = ""
            if whole and before is not None and of_counted(draft, indicator, [before], self.low):
                # "227 mô hình cánh đồng lớn trên diện tích 28.648 ha": the area of the things
                # just counted (counted_measures), not the last whole in hectares.
                whole = ""
            if before is not None and bare_yield_before(draft, before):
                # "Năng suất ước 6,01 tấn/ha, sản lượng ước 1.796.892 tấn": the output of
                # the crop whose yield was just given, which no whole in tonnes named.
                whole = ""
            if (
                whole
                and _BARE_NOUN.match(noun)
                and whole.lower().removeprefix("tổng ").startswith(noun + " ")
            ):
                return whole
        if quantity is not None and quantity.unit.kind == "money" and _EARNED.match(lowered):
            # "xuất khẩu 5.340 tấn rau quả, thu về 8,69 triệu USD": what the sale earned,
            # the value of the trade named just before, or else a revenue.
            previous = self.draft_before(draft)
            traded = previous.indicator if previous and previous.quantity else ""
            if _TRADE.search(traded.lower()):
                return f"kim ngạch {_AMOUNT_NOUN.sub('', traded)}"
            return "doanh thu"
        if quantity is not None and quantity.unit.kind == "money" and _VALUE_WORD.match(lowered):
            # "Gạo xuất khẩu 265.350 tấn, trị giá 135,8 triệu USD": the value of what the
            # amount just before it measured.
            previous = self.draft_before(draft)
            if previous and previous.quantity is not None and previous.indicator:
                thing = _AMOUNT_NOUN.sub("", previous.indicator)
                if thing and previous.quantity.unit.kind in ("measure", "count"):
                    return f"{indicator} {thing}"
        # Every match of _RESTATED holds one of these words; most stretches hold none.
        low_pre = (pre_lower or pre.lower()) if quantity is not None else ""
        if ("tương" in low_pre or "tức là" in low_pre) and _RESTATED.search(low_pre):
            previous = self.draft_before(draft)
            if previous and previous.indicator:
                # "55% số xã đạt chuẩn, tương đương 65 xã": the same measure, restated.
                counts = quantity is not None and quantity.unit.kind == "count"
                tail = quantity.tail if quantity is not None else ""
                return count_restating(previous.indicator, unit, tail, counts=counts)
        if quantity is not None and quantity.unit.kind == "count" and lowered == unit.lower():
            # "Tỷ lệ số xã đạt chuẩn nông thôn mới đạt 50% (8 xã)": the count in parentheses
            # right after the rate of the things it counts restates it, as "tương đương" does.
            previous = self.draft_before(draft)
            if previous is not None and rate_restated_in_parens(self.low, previous, quantity):
                return count_restating(previous.indicator, unit, quantity.tail, counts=True)
        if quantity is not None and quantity.unit.kind == "count" and not quantity.tail:
            previous = self.draft_before(draft)
            owner = previous.quantity if previous else None
            if (
                owner is not None
                and owner.unit.kind == "count"
                and lowered == counted_noun(unit).lower()
                and _WITH_ONLY.match(self.low, owner.extent_end, quantity.lead_start)
            ):
                # "726 cơ sở lưu trú với 22.654 phòng": the rooms of those establishments
                # (of the whole, where a comma closed the parts listed between: held_owners;
                # "15 cơ sở từ 3 sao trở lên với khoảng 1.300 phòng" are the last part's).
                closed = self.low.find(",", owner.extent_end, quantity.lead_start) >= 0
                if closed and previous is not None:
                    owner = whole_owner(self.sentence_drafts, previous, self.low).quantity or owner
                return f"{indicator} {counted_noun(owner.unit.text)} {owner.tail}".strip()
        if (
            quantity is not None
            and "lượt" in unit  # (the noun it counts holds it)
            and counted_noun(unit) == "lượt"
            and _HOSTED.search(lowered)
        ):
            # "Mỹ Sơn ước đón trên 243 nghìn lượt": visits received, by the place named.
            place = _PLACE_BEFORE.search(pre)
            return f"lượt khách đến {place.group(1)}" if place else "lượt khách"
        if (
            unit == "quần chúng"
            and _ADMIT_BEFORE.search(low_pre)
            and _PLAIN_CANDIDATES.match(quantity.tail.lower() if quantity else "")
        ):
            # "kết nạp 80 quần chúng ưu tú": those admitted are the new Party members.
            return "kết nạp đảng viên mới"
        per_item = _PER_ITEM_UNIT.match(unit) if "/" in unit else None
        if per_item and per_item.group(1) not in lowered:
            # "Các xã chưa về đích bình quân đạt 13,65 tiêu chí/xã": the number of criteria
            # each commune met, on average.
            average = " bình quân" if "bình quân" in low_pre else ""
            return f"số {per_item.group(1)}{average} mỗi {per_item.group(2)}"
        # "Bình quân mỗi xã đạt 13,45 tiêu chí": the criteria per commune (average_criteria)
        if quantity is not None and (
            per_place := average_per_place(low_pre, unit, quantity.tail.lower())
        ):
            return per_place
        per_population = _PER_POPULATION_UNIT.match(unit) if "/" in unit else None
        if per_population and per_population.group(1) not in lowered:
            # "đạt 10,8 bác sĩ/vạn dân": the rate is the measure.
            return f"số {per_population.group(1)} trên {per_population.group(2)}"
        if quantity is not None and (cause := cause_named(quantity.tail)):
            self.incident = cause  # "5.600 người chết vì tai nạn giao thông"
        if quantity is not None and unit == "vụ":
            tail = incident_tail(quantity.tail)
            # (nothing said to occur before: the incidents the text named last, within the
            # sentences just before: "Tai nạn giao thông giảm. Toàn tỉnh xảy ra 45 vụ").
            # Incidents the sentence itself names first ("Về tai nạn giao thông, toàn quốc
            # xảy ra 923 vụ") are its topic, over those the passage counted before.
            # ("tai nạn" alone is the same incidents as "tai nạn giao thông" before it)
            remembered = self.incident or incident_said_before(
                self.low, max(0, draft.item_start - _INCIDENT_REACH), draft.item_start
            )
            said_here = incident_said_before(self.low, sentence_start, draft.anchor)
            if said_here and not remembered.startswith(said_here):
                remembered = said_here
            incident = incident_named(low_pre, tail, remembered)
            if incident:
                # "Riêng đường bộ xảy ra 221 vụ": the number of incidents, on that road.
                draft.measured = incident
                # a grave one among them: the passage still speaks of the same incidents
                self.incident = remembered if is_severity(tail) else tail or remembered
                return f"số vụ {incident}"
        harmed = ""
        if quantity is not None and unit.startswith("người"):
            harm = _HARM_BEFORE.search(low_pre)
            harmed = harm.group(1) if harm else ""
            if not harmed and _HARM_WORDS.match(quantity.tail.lower()):
                harmed = quantity.tail.lower()  # "khiến 31 người tử vong"
            if not harmed and unit.startswith("người ") and _HARM_WORDS.match(unit[6:]):
                harmed, unit = unit[6:], "người"  # "làm 53 người chết", read as one noun
            if not harmed:
                harmed = _harm_after_incidents(self.draft_before(draft), self.low, quantity)
        if harmed and quantity is not None and unit in ("người", "người dân"):
            # "xảy ra 248 vụ tai nạn, làm chết 176 người": the number of people harmed,
            # by what the count of incidents before it names.
            named = f"số người {harmed}"
            causes = [
                d.measured or d.quantity.tail
                for d in self.sentence_drafts
                if d.anchor < draft.anchor
                and d.quantity is not None
                and d.quantity.unit.text == "vụ"
                and (d.measured or d.quantity.tail)
            ]
            return f"{named} do {causes[-1]}" if causes else named
        # ("Phấn đấu đạt 17 chỉ tiêu" counts targets: a plan's noun as the counted unit is
        # no plan of the measure before)
        counted = quantity is not None and quantity.unit.kind == "count"
        plan = _PLAN_ONLY.match(lowered) if len(lowered) < 80 and not counted else None
        if plan and self.last_indicator and plan.group(1) not in self.last_indicator.lower():
            # "..., chưa đạt chỉ tiêu Nghị quyết đề ra là 7%": the plan of the measure
            # just named.
            return f"{plan.group(1)} {self.last_indicator}"
        passive = _PASSIVE_CLAUSE.search(indicator) if " được " in indicator else None
        if passive and quantity is not None and quantity.unit.kind == "count":
            # "19 dự án được phê duyệt chủ trương": which things are counted, not who
            # approved a measure.
            passive = None if indicator.lower().startswith(counted_noun(unit).lower()) else passive
        if passive and passive.start() > 0:
            # "Dự toán thu được HĐND tỉnh thông qua tại kỳ họp ... là": who approved it
            # is not part of what is measured.
            return indicator[: passive.start()].rstrip(" ,")
        return indicator

    def _measured_before(self, draft: Draft, sentence_start: int) -> str:
        """The thing a bare measure word is about, from the nearest clause before it."""
        previous = self.draft_before(draft)
        if previous and previous.measured:
            return previous.measured  # "..., diện tích 9.820 ha, năng suất 62 tạ/ha"
        counted = previous.quantity if previous else None
        if (
            counted is not None
            and counted.unit.kind == "count"
            and _WITH_MEASURE.match(self.low, counted.extent_end, draft.anchor)
        ):
            # "10 doanh nghiệp ứng dụng công nghệ cao với tổng diện tích 1.248 ha": the area
            # of what was just counted.
            return f"{counted_noun(counted.unit.text)} {counted.tail}".strip()
        subject_end = draft.subject_end if draft.subject_end is not None else draft.anchor
        # The last stretch holds the measure word itself; the thing measured is before it.
        chunks = _CHUNK_BREAK.split(self.norm[sentence_start:subject_end])[:-1]
        for chunk in reversed(chunks):
            words = " ".join(chunk.split()).strip(" -–•+*")  # "- Năng suất: 55 tạ/ha"
            if not words or _BARE_MEASURE.match(words.lower()):
                continue
            if _NUMBERLESS_COMPARISON.match(words.lower()):
                continue  # the item's predicate: the item itself comes before it
            for mention in reversed(find_periods(words.lower())):
                # "tới trung tuần tháng 5/2024 việc gieo cấy lúa ...": the time goes.
                words = f"{words[: mention.start]} {words[mention.end :]}".strip()
            if has_digit(words, 0, len(words)) or _NOT_MEASURED.match(words.lower()):
                return ""
            work = _WORK.search(words)
            if work:
                # "việc gieo cấy lúa đông xuân cơ bản hoàn thành": the work is the thing.
                words = words[work.end() :]
                done = _WORK_DONE.search(words)
                words = words[: done.start()] if done else words
            elif aux := _AUXILIARY.search(words):
                # "Lúa hè thu đã thu hoạch xong, năng suất ...": the clause's subject is the
                # thing; "Vụ này đã thu hoạch xong" points back to a sentence before.
                words = words[: aux.start()]
                if POINTS_BACK.search(words.lower()):
                    return ""
            named = subject_indicator(words, unit="", unit_kind="count", tail="")
            if 0 < len(named.split()) <= 6:
                draft.measured = named
                return named
            return ""
        return ""
