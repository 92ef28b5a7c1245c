"""The passes over a sentence's figures once each is finished, in the order they run.

Each figure is finished on its own (finishing.py: its period, kind and indicator); these
steps then read the sentence's figures together, where one figure's words settle
another's. `_Passage.read_sentence` (prose.py) runs `SENTENCE_STEPS` in one loop, after
the last figure of the sentence is finished and before the sentence is handed on as the
one before the next.

The steps came in round by round, and they run in that order. Each reads a pattern of
its own, and on the development passages and the tuning corpus any order of them gives
the same output (each, left out, changes 1 to 18 of 997 passages). The order still holds
where two could meet on one figure: the figures' own years and months first, while each
rise is still a figure of its own (paren_years dates a rise with no level, "tăng 7% (năm
2021)"; no later step reads or sets a period); then the rises of counts named again
leave `drafts` for the counts they are of, so that the steps after, which read
neighbouring figures in pairs, find the counts side by side; then a field named beside a
count is shared with its neighbours (paired_counts, then handed_fields) before one is
recalled from an earlier count of the same noun, which may be a field a neighbour gave
(a count with a field is no longer bare, so the first step to name it wins); the people
a course is for last. To add a step, write a `SentenceStep` here and put it in the table
after the steps whose results it reads.

Each step gets the whole text in lower case (`low`, where the drafts' positions point)
and the sentence's own (`said`). A step asks `said` whether its words stand in the
sentence: asked of `low`, a word the text lacks cost a pass over the whole text for every
sentence (a 10 MB text read at 0,09 MB/s instead of 4,6).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from tiendo.extract.all_of_counts import drop_counts_of_all
from tiendo.extract.class_beneficiaries import name_beneficiaries
from tiendo.extract.clauses import Draft
from tiendo.extract.compared_parens import compared_parens
from tiendo.extract.earlier_when import date_earlier_whens
from tiendo.extract.equal_parts import equal_parts
from tiendo.extract.event_headings import name_heading_events
from tiendo.extract.handed_fields import hand_on_field
from tiendo.extract.hostless_quotes import quote_without_host
from tiendo.extract.joint_shares import share_jointly
from tiendo.extract.labelled_rises import give_labelled_rises
from tiendo.extract.located_rises import read_located_rises
from tiendo.extract.month_series import end_month_series
from tiendo.extract.opened_bases import open_on_basis
from tiendo.extract.own_counts import resolve_count_references
from tiendo.extract.paired_counts import share_named_field
from tiendo.extract.paren_years import give_paren_years
from tiendo.extract.passed_marks import drop_passed_marks
from tiendo.extract.planned_work import name_planned_work
from tiendo.extract.reached_growth import reached_growth
from tiendo.extract.recalled_fields import recall_fields
from tiendo.extract.respective_shares import respective_shares
from tiendo.extract.restated_amounts import join_restated_amounts
from tiendo.extract.result_shares import attach_result_shares
from tiendo.extract.risen_places import name_risen_places
from tiendo.extract.risen_shifts import give_rises_to_ends
from tiendo.extract.running_totals import date_running_totals
from tiendo.extract.shared_predicates import share_with_predicate
from tiendo.extract.shift_ends import date_shift_ends
from tiendo.extract.timed_levels import name_timed_levels
from tiendo.extract.total_parts import date_total_parts
from tiendo.extract.trailing_bases import share_trailing_basis

# Every step takes the same arguments, whether it reads them all or not: the passage
# lower-cased, the sentence's figures in order, the figures of the sentence before, the
# year the text was written in (when known), and whether the sentence holds a parenthesis.
# (Plain arguments, not an object holding them: one is read for every sentence with a
# figure, and the steps are called often enough for that to show.)
SentenceStep = Callable[[str, list[Draft], list[Draft], int | None, bool, str], None]


def paren_years(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if parens:
        give_paren_years(low, drafts)


def located_rises(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if parens and " ở " in said:  # "giảm ở ngành … (20,4%)"
        read_located_rises(low, drafts)


def labelled_rises(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    # two levels and two rises at least, each rise said with its verb
    if len(drafts) > 2 and "%" in said and ("tăng" in said or "giảm" in said):
        give_labelled_rises(low, drafts)


def opened_bases(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if parens and "so" in said:  # the basis before the parenthesis holds "so"
        open_on_basis(low, drafts)


def shift_end_dates(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    date_shift_ends(low, drafts, year)


def month_series_ends(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    end_month_series(low, drafts)


def count_references(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    resolve_count_references(drafts, previous, low)


def shared_fields(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    share_named_field(drafts, low)


def handed_fields(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    hand_on_field(drafts, low)


def risen_places(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if " ở " in said or " tại " in said:
        name_risen_places(low, drafts)


def heading_events(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if ":" in said and "xảy ra" in said:
        name_heading_events(low, drafts, said)


def shared_predicates(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "với" in said:
        share_with_predicate(drafts, low)


def risen_shifts(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "từ " in said and ("lên" in said or "xuống" in said):
        give_rises_to_ends(low, drafts)


def timed_levels(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "cuối" in said or "đầu" in said or "giữa" in said or "hết" in said:
        name_timed_levels(drafts)


def recalled_fields(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    recall_fields(drafts, previous, low)


def beneficiaries(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    name_beneficiaries(drafts, low)


def planned_work_names(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "%" in said:
        name_planned_work(drafts, low)


def growth_reached(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "%" in said:
        reached_growth(low, drafts)


def parts_equal_to(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "bằng" in said:
        equal_parts(low, drafts, previous)


def respective_levels(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if parens:
        respective_shares(low, drafts)


def parens_compared(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if parens and "hơn" in said:
        compared_parens(low, drafts)


def running_totals(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "kế" in said or "cộng dồn" in said:
        date_running_totals(low, drafts)
    if "trong đó" in said:
        date_total_parts(low, drafts, previous)


def passed_marks(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "mốc" in said or "ngưỡng" in said:
        drop_passed_marks(low, drafts)


def hostless_quotes(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "hơn mức" in said or "vượt mức" in said:
        quote_without_host(low, drafts)


def result_shares(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "kết quả" in said:
        attach_result_shares(low, drafts, previous)


def restated_amounts(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "tương" in said:
        join_restated_amounts(low, drafts)


def counts_of_all(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "đều" in said and "cả " in said:
        drop_counts_of_all(low, drafts, previous)


def trailing_bases(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "kế hoạch" in said or "dự toán" in said:
        share_trailing_basis(low, drafts)


def joint_shares(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "cùng" in said and len(drafts) > 1:
        share_jointly(low, drafts)


def earlier_whens(
    low: str, drafts: list[Draft], previous: list[Draft], year: int | None, parens: bool, said: str
) -> None:
    if "khi" in said:
        date_earlier_whens(low, drafts, previous)


SENTENCE_STEPS: Final[tuple[SentenceStep, ...]] = (
    paren_years,  # "18,22% (năm 2011), 14,51% (năm 2012)": each level's own year
    shift_end_dates,  # "từ 75.639 hộ (tỉ lệ 24,31%) năm 2010": the year after the gloss
    risen_shifts,  # "tăng 97% (từ 8,86 triệu tấn lên 17,5 triệu tấn)": the rise is the second's
    month_series_ends,  # "tháng 2 còn 660 ca, … đến tháng 5 chỉ còn 165 ca": month 5 alone
    count_references,  # "số vụ giảm 20%": the rise of the count of cases stated before
    shared_fields,  # "khởi tố 19 vụ, 36 bị can về kinh tế": the cases' field is the accused's
    handed_fields,  # "120 vụ … về ma túy với 184 đối tượng": the people's field is the cases'
    heading_events,  # "phạm pháp hình sự … được kéo giảm: xảy ra 5.205 vụ": those cases
    shared_predicates,  # "1.122 hộ với 4.351 khẩu có nguy cơ thiếu đói": the households' too
    timed_levels,  # "(từ 42,61% cuối năm 2023 xuống còn 36,35% cuối năm 2024)": the rate's
    recalled_fields,  # "xảy ra 3.422 vụ … về trật tự xã hội. … khám phá 3.061 vụ": that field
    beneficiaries,  # "mở 2 lớp bồi dưỡng … cho 159 đảng viên": named by what the course gives
    planned_work_names,  # "huyện hoàn thành 105% kế hoạch trồng rừng": named by the plan's work
    growth_reached,  # "tăng trưởng kinh tế đạt 7,86% so với cùng kỳ": a rise of 7,86%
    parts_equal_to,  # "…, so với cùng kỳ. Trong đó, ngành khai khoáng bằng 98,44%": a share
    respective_levels,  # "… dịch vụ 68,58% (cùng kỳ năm 2024 tương ứng là 2,18%; …)": in order
    parens_compared,  # "…, cao hơn mức tăng cùng kỳ năm trước (6,13%)": that time's own rise
    running_totals,  # "tháng 10 đạt 9.500 tỷ đồng, lũy kế tăng 10,2%": January to October,
    # and so the parts "trong đó" opens after such a total
    earlier_whens,  # "cao hơn cùng kỳ năm 2023, khi GRDP chỉ tăng 5,03%": that time's own
    opened_bases,  # "tăng 0,24% so với tháng trước (thành thị tăng 0,27%, …)": on that basis
    labelled_rises,  # "đạt 2.076 nghìn người, luân chuyển đạt 169 …; vận chuyển tăng 0,8%, …"
    located_rises,  # "… và giảm ở ngành sản xuất và phân phối điện (20,4%)": a fall of 20,4%
    passed_marks,  # "vượt mốc 3 tỷ USD, đạt 3,11 tỷ USD": the mark is no figure, once named
    hostless_quotes,  # "Tăng trưởng … thấp hơn mức tăng 6,12% của cùng kỳ năm 2015": its rise
    result_shares,  # "…16.532 lao động …; kết quả đạt 106,05% kế hoạch": that level's share
    restated_amounts,  # "đạt 80,94% kế hoạch, tương ứng gần 15 tỷ đồng": the amount's share
    counts_of_all,  # "công nhận 4 xã …. … cả 4 xã đều hoàn thành …": those four again
    trailing_bases,  # "A giải ngân gần 65%, B trên 61%, C đạt 44% kế hoạch": all of the plan
    joint_shares,  # "A 6.198 tỷ đồng và B 3.420 tỷ đồng, cùng đạt 100,08%": each of them
    risen_places,  # "IIP tăng ở 61 địa phương và giảm ở 2 địa phương": the places counted
)
