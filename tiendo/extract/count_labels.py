"""A count that stands alone after a label: the label names what is counted.

"Xã đạt chuẩn quốc gia về y tế: 87 xã, tỷ lệ 75,65%": the clause after the colon is
the number and its noun only, so the words before the colon are the measure, as in a
table row written out as prose.
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.period_cues import PeriodMention

# (and the number of a list's item: "(4) Số thôn đạt chuẩn: 4 thôn", "b) ...")
_LEAD: Final = re.compile(
    r"^[\s\-–•+*]*(?:(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))\s*)?"
    r"(?:(?:về|đối với|trong lĩnh vực|lĩnh vực|công tác)\s+)?",
    re.I,
)
# What a time expression leaves behind it: "(trong) 12 tháng qua", "năm nay".
_PERIOD_LEFT: Final = re.compile(r"\s+(?:trong|qua|vừa qua|nay|này)(?=\s*$)|^\s*(?:trong|qua)\s+")
# A label with a verb of report or a result clause is a sentence that ends in a colon.
_CLAUSE: Final = re.compile(r"\b(?:như sau|cụ thể|gồm|bao gồm|kết quả|đạt được|cho biết)\b")
# "Toàn huyện có: 87 xã": the label ends in a verb, so it is an actor and what it has.
_PREDICATE_END: Final = re.compile(r"\b(?:có|đạt|là|được|gồm|với|còn|như|sau)$")
# "Đánh giá giảm nghèo bền vững của tỉnh:": the title of a report or of its part, whose
# figures are many and each named in its own clause.
_TITLE: Final = re.compile(r"^(?:đánh giá|báo cáo|kết quả|tình hình|tổng kết|sơ kết|một số)\b")
_LONGEST_LABEL: Final = 16  # words: a longer stretch is a sentence, not a row's label
# "Toàn tỉnh: 8.112 hộ nghèo", "Huyện Mường Lát: 2.100 hộ nghèo": a label that is only a
# place says where the row counts, and the count names what by its own noun.
_WHOLE_PLACE: Final = re.compile(
    r"^(?:toàn|cả)\s+(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|nước)$"
)
_PLACE_KIND: Final = re.compile(
    r"^(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn|tp\.?)\s+"
)


def _only_a_place(named: str, lower: str) -> bool:
    if _WHOLE_PLACE.match(lower):
        return True
    kind = _PLACE_KIND.match(lower)
    return kind is not None and named[kind.end() : kind.end() + 1].isupper()


def labelled_count(
    norm: str,
    low: str,
    sentence_start: int,
    colon: int,
    periods: list[PeriodMention],
) -> str:
    """The measure the label before `colon` names for a bare count, or "".

    The label runs back to the previous colon or semicolon of the sentence; its time
    words ("trong 12 tháng qua") are the figure's period, not its name."""
    label_start = max(
        low.rfind(";", sentence_start, colon), low.rfind(":", sentence_start, colon),
        sentence_start - 1,
    ) + 1  # fmt: skip
    raw = norm[label_start:colon]
    label = _LEAD.sub("", raw)
    if not label.strip() or len(label.split()) > _LONGEST_LABEL:
        return ""
    shift = colon - len(label)
    spans = [(m.start - shift, m.end - shift) for m in periods if shift <= m.start < colon]
    for start, end in spans:  # blanked, so that the other offsets stay put
        label = label[: max(start, 0)] + " " * (end - max(start, 0)) + label[end:]
    # The label is a noun phrase as a whole: "Xã có trạm y tế ..." is no actor and its verb.
    named = " ".join(label.split())
    if spans:
        named = _PERIOD_LEFT.sub("", _PERIOD_LEFT.sub("", named))  # "trong … qua": both
    named = named.strip(" ,;-–")
    lower = named.lower()
    if not named or "," in named or any(ch.isdigit() for ch in named) or _CLAUSE.search(lower):
        return ""  # "Năm 2023, toàn huyện có: 87 xã": a clause, its subject is no label
    if _PREDICATE_END.search(lower) or _TITLE.match(lower) or _only_a_place(named, lower):
        return ""
    return named


# "Lượng quả xuất khẩu năm sau cao hơn năm trước: năm 2018 là 17.500 tấn, năm 2019 gần
# 21.000 tấn": levels given by year after a label whose subject is the measure.
_BY_TIME: Final = re.compile(
    r"^[\s,;]*(?:năm \d{4}|(?:nửa|6 tháng|9 tháng) đầu năm \d{4}|quý [ivx\d]+(?:/\d{4})?)"
    r"(?:\s+(?:là|đạt|có|gần|khoảng|hơn|trên|ước))*\s*$"
)
_LABEL_SUBJECT_END: Final = re.compile(
    r"\s(?:năm|cao hơn|thấp hơn|tăng|giảm|so với|đều|liên tục|qua các năm|như sau)\b"
)


def measure_by_time(pre: str, norm: str, sentence_start: int, item_start: int) -> str:
    """The label's subject for levels listed by year after a colon, or ""."""
    if not _BY_TIME.match(pre.lower()):
        return ""
    colon = norm.rfind(":", sentence_start, item_start)
    if colon < 0:
        return ""
    opens = max(norm.rfind(";", sentence_start, colon) + 1, sentence_start)
    label = " ".join(norm[opens:colon].split())
    cut = _LABEL_SUBJECT_END.search(label)
    subject = label[: cut.start()] if cut else label
    if not 2 <= len(subject.split()) <= 6 or any(ch.isdigit() for ch in subject):
        return ""
    return subject
