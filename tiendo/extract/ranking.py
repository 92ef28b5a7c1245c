"""Figures stated by rank: "Bắc Ninh xếp thứ hai với 28,66 tỷ USD".

The clause names a place and its rank; the figure is the measure being ranked (the one
the passage spoke of, or the one named after "về"), for that place.

>>> ranked_place("Cộng dồn 9 tháng, TP. Hồ Chí Minh vẫn đứng đầu với")
('TP. Hồ Chí Minh', '')
>>> ranked_place("Giao Thủy dẫn đầu về năng suất với")
('Giao Thủy', 'năng suất')
>>> ranked_place("Lần đầu tiên Bắc Ninh vượt TP. Hồ Chí Minh để dẫn đầu cả nước với")
('Bắc Ninh', '')
>>> ranked_place("tỉnh đạt") is None
True
>>> ranked_place("Thu ngân sách trên địa bàn cao nhất là huyện Ea Kar với")
('huyện Ea Kar', 'Thu ngân sách trên địa bàn')
>>> ranked_place("Trong các ngành, tăng cao nhất là Khai khoáng với") is None
True
>>> contrasted_place(", trong khi TP. Hồ Chí Minh đạt")
'TP. Hồ Chí Minh'
>>> contrasted_place(", còn doanh thu đạt")
''
>>> framed_index("Ở chỉ số SIPAS năm 2023, Quảng Ninh dẫn đầu"), framed_index("Ở huyện A, xã B")
('chỉ số SIPAS', '')
>>> framed_place("Quảng Ninh đạt ", "Trên bảng xếp hạng PCI 2019, Quảng Ninh đạt 73,40 điểm")
'Quảng Ninh'
>>> framed_place("doanh thu của Quảng Ninh đạt ", "Ở chỉ số PCI, doanh thu của Quảng Ninh đạt 5")
''
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.breakdowns import names_measure

_RANKED: Final = re.compile(
    r"^(?P<subject>.*?)\s*(?:vươn lên|vẫn|tiếp tục|đã)?\s*"
    r"(?:dẫn đầu|đứng đầu|xếp thứ\s+\S+|đứng thứ\s+\S+|(?:giữ|xếp|đứng ở)\s+vị trí thứ\s+\S+)"
    r"(?:\s+(?:cả nước|toàn quốc|toàn tỉnh|khu vực|vùng)(?:\s+[^\W\d_]+){0,2})?"
    r"(?:\s+về\s+(?P<what>[^,;:]{2,40}?))?\s+với(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ))?\s*$",
    re.IGNORECASE,
)
# "<measure> cao nhất là <place> với": the measure ranked opens the clause, the place
# ranked first follows the superlative. A clause that ranks a rise ("tăng cao nhất là")
# or names no measure before the superlative is left to the rankings of parts.
_TOP_IS: Final = re.compile(
    r"^(?:.*[,;:]\s*)?(?:về\s+)?(?P<what>[^,;:]{2,60}?)\s+"
    r"(?:cao|thấp|lớn|nhỏ|nhiều|ít)\s+nhất"
    r"(?:\s+(?:cả nước|toàn quốc|toàn tỉnh|trong tỉnh|khu vực|vùng))?"
    r"\s+(?:là|thuộc về)\s+(?P<subject>[^,;:]+?)\s+với(?:\s+(?:gần|hơn|trên|khoảng|xấp xỉ))?\s*$",
    re.IGNORECASE,
)
_MOVING: Final = re.compile(r"\b(?:tăng|giảm)\b|^có\b", re.IGNORECASE)
_PLACE_WORDS: Final = frozenset(
    {"tp", "tp.", "tx", "tx.", "tỉnh", "huyện", "quận", "thị xã", "thành phố"}
)


def _first_place(subject: str) -> str:
    """The first run of capitalised words in `subject`, with 'TP.' or a place word before it."""
    words = subject.split()
    for index, word in enumerate(words):
        if not word[:1].isupper():
            continue
        end = index
        while end < len(words) and words[end][:1].isupper():
            end += 1
        if index == 0 and end == 1:
            continue  # a lone capital opening the sentence ("Lần đầu tiên ...")
        start = index - 1 if index and words[index - 1].lower() in _PLACE_WORDS else index
        return " ".join(words[start:end])
    return ""


def ranked_place(pre: str) -> tuple[str, str] | None:
    """(the ranked place, the measure named after "về" or "") when `pre` (the words before
    a number) ranks a place, else None."""
    if "với" not in pre:
        return None
    joined = " ".join(pre.split())
    match = _RANKED.match(joined)
    if match is None:
        return _top_place(joined)
    place = _first_place(match.group("subject").split(",")[-1])
    if not place:
        return None
    return place, (match.group("what") or "").strip()


def _top_place(pre: str) -> tuple[str, str] | None:
    """(place, measure) for "<measure> cao nhất là <place> với", else None."""
    if "nhất" not in pre:
        return None
    match = _TOP_IS.match(pre)
    if match is None or _MOVING.search(match.group("what")):
        return None
    what, subject = match.group("what").strip(), match.group("subject")
    place = _first_place(subject)
    # The whole of what follows the superlative is the place ("huyện Ea Kar"), and the
    # words before it name a measure ("Thu ngân sách"), not a place or a bare time.
    if not place or len(place) < len(subject) - 1 or not names_measure(what):
        return None
    return place, what


_CONTRASTED: Final = re.compile(
    r"^[\s,;)]*(?:trong khi|còn|riêng|và)\s+(?P<subject>.+?)\s+(?:chỉ\s+|cũng\s+|ước\s+)?"
    r"(?:đạt|là|có|với)\s*$"
)


def contrasted_place(pre: str) -> str:
    """'trong khi TP. Hồ Chí Minh đạt': a place set beside the figure before, measured the
    same way; the place, or ""."""
    # The pattern needs one of its opening words ("khi" of "trong khi"); joining the words
    # changes only blanks, so a plain look-up settles most texts without the pattern.
    if "còn" not in pre and "và" not in pre and "riêng" not in pre and "khi" not in pre:
        return ""
    match = _CONTRASTED.match(" ".join(pre.split()))
    if match is None:
        return ""
    subject = match.group("subject")
    place = _first_place(subject)
    return place if place and len(place) >= len(subject) - 1 else ""


_OF_PLACE: Final = re.compile(r"\s+(?:của|ở|tại)\s+.*$")


# A frame that opens the sentence with the index it ranks: "Ở chỉ số SIPAS năm 2023,
# Quảng Ninh dẫn đầu với 90,61%", "Trên bảng xếp hạng PCI 2019, ..., xếp thứ hai là Đồng
# Tháp với 72,10 điểm", "Với chỉ số PAR INDEX, ...". A frame of a place ("Ở huyện A, ...")
# names no index and is left alone.
_INDEX_FRAME: Final = re.compile(
    r"^\s*(?:ở|với|về|trên|theo|tại)\s+(?:bảng xếp hạng\s+)?"
    r"(?P<what>chỉ số(?:\s+[^\W\d_]+){1,8}?|pci|papi|sipas|par index|dti)"
    r"(?:\s+(?:năm\s+)?\d{4})?\s*,",
    re.IGNORECASE,
)


def framed_index(sentence: str) -> str:
    """The index the frame opening `sentence` ranks ("chỉ số SIPAS", "PCI"), or ""."""
    if "," not in sentence[:80]:
        return ""
    frame = _INDEX_FRAME.match(sentence[:80])
    return frame.group("what") if frame else ""


_PLACE_LEVEL: Final = re.compile(r"(?:^|,)\s*(?P<subject>[^,;:]+?)\s+(?:đạt|là)(?:\s+mức)?\s*$")


def framed_place(pre: str, sentence: str) -> str:
    """'Quảng Ninh đạt' under a frame that names an index ("Trên bảng xếp hạng PCI 2019,
    Quảng Ninh đạt 73,40 điểm"): the place whose level of the index follows, or ""."""
    # Every match ends the words with "đạt", "là" or "mức" but for blanks: most do not,
    # and the pattern, a lazy run from each comma, is not tried.
    if not pre.rstrip().endswith(("đạt", "là", "mức")):
        return ""
    # The subject holds no comma, so a match opens at the last comma (at the start where
    # there is none): it is tried there only, where a search tried every position and ran
    # the lazy subject on from each comma.
    match = _PLACE_LEVEL.match(pre, max(0, pre.rfind(",")))
    if match is None:
        return ""
    subject = match.group("subject").strip()
    place = _first_place(subject)
    # The subject is the place and nothing else ("tỉnh Thừa Thiên Huế", "Quảng Ninh").
    if not place or len(place) < len(subject) - 1 or not framed_index(sentence):
        return ""
    return place


def ranked_indicator(place: str, measure: str) -> str:
    """'kim ngạch xuất khẩu của cả nước' ranked for 'Bắc Ninh': 'kim ngạch xuất khẩu của
    Bắc Ninh'."""
    measure = _OF_PLACE.sub("", measure).strip()
    return f"{measure} của {place}" if measure else ""


def place_ranked(pre: str, sentence: str) -> tuple[str, str] | None:
    """The place a level is said of and the measure its sentence ranks it by ("" when the
    sentence names none): ranked ("Bắc Ninh xếp thứ hai với …"), set beside another ("…,
    trong khi TP. Hồ Chí Minh đạt …") or under a frame naming an index ("Trên bảng xếp hạng
    PCI 2019, Quảng Ninh đạt 73,40 điểm")."""
    ranked = ranked_place(pre)
    if ranked is None and (beside := contrasted_place(pre)):
        ranked = (beside, "")
    if ranked is None and (placed := framed_place(pre, sentence)):
        ranked = (placed, "")
    if ranked is not None and not ranked[1]:
        ranked = (ranked[0], framed_index(sentence))
    return ranked
