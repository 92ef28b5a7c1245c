"""A measure named after the verb of its clause: "ngành nông nghiệp đạt giá trị sản xuất
1.200 tỷ đồng" is the production value of agriculture, and "Sản xuất công nghiệp tiếp tục
phục hồi, đạt giá trị 9.200 tỷ đồng" the value of industrial production, named in the
clause before the measure.

>>> reached_measure("ngành chế biến, chế tạo ước đạt giá trị sản xuất")
'giá trị sản xuất ngành chế biến, chế tạo'
>>> measure_of_clause(["Sản xuất công nghiệp tiếp tục phục hồi", " đạt giá trị"])
'giá trị sản xuất công nghiệp'
>>> measure_of_clause(["Đàn lợn phát triển tốt", " đạt tổng đàn"])
'tổng đàn lợn'
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import BREAKDOWN_MARKERS
from tiendo.extract.name_case import lower_name

_MEASURES: Final = (
    r"(?:tổng\s+)?(?:giá trị sản xuất|giá trị|doanh thu|sản lượng|diện tích|kim ngạch|"
    r"tổng mức|thu nhập bình quân|tốc độ tăng trưởng|năng suất|đàn)"
)
_REACHED_MEASURE: Final = re.compile(
    r"^(.{3,60}?)\s+(?:đạt|có)\s+(" + _MEASURES + r"(?:\s+\S+){0,4})$", re.IGNORECASE
)
# Words that end a subject before its verb: an estimate's word, a time said in passing.
_SUBJECT_TAIL: Final = re.compile(
    r"(?:\s+(?:ước tính|ước|dự kiến|dự ước|đã|vẫn|cũng|tiếp tục|năm qua|trong năm|"
    r"năm nay|hiện nay|hiện))+$",
    re.IGNORECASE,
)
# A purpose before the verb: what comes before it is an action, not what is measured.
_PURPOSE: Final = re.compile(r"\b(?:nhằm|để|phấn đấu|hướng tới|hướng đến)$", re.IGNORECASE)
# A measure alone after the verb: "đạt giá trị", "đạt kim ngạch", "đạt tổng đàn".
_BARE: Final = re.compile(
    r"^\s*(?:đạt|có)\s+(" + _MEASURES + r"(?:\s+sản xuất)?)\s*$", re.IGNORECASE
)
# Where the subject of the clause before stops: its verb.
# A subject that points back to a sentence before ("Vụ này", "Năm nay", "các xã trên").
POINTS_BACK: Final = re.compile(r"\b(?:này|đó|nay|trên)$")
_VERB: Final = re.compile(
    r"\s(?:tiếp tục|phát triển|có|đón|đạt|tăng|giảm|được|đã|vẫn|ổn định|duy trì|giữ|gặp|"
    r"chịu|bị|là|thu hút|phục hồi|khởi sắc|chuyển biến|diễn ra)\b",
    re.IGNORECASE,
)
# Words that name an activity, not what is measured: "Hoạt động xuất khẩu".
_ACTIVITY: Final = re.compile(r"^(?:hoạt động|công tác|tình hình|lĩnh vực)\s+", re.IGNORECASE)
# Subjects that are actors or places, not what a measure is of.
_ACTOR: Final = re.compile(
    r"^(?:toàn|huyện|tỉnh|thành phố|thị xã|xã|phường|quận|các|nhiều|người)\b"
)
# "Trong đó: lúa 2.875 ha, sản lượng 11.633 tấn": a word that opens a breakdown names no
# sector; the measure is of the item its clause names (measures.py).
_MARKER_LABEL: Final = re.compile(rf"^(?:{BREAKDOWN_MARKERS}|riêng|ngoài ra|như sau)$")


def reached_measure(text: str) -> str | None:
    """'X đạt giá trị sản xuất': the measure, of the subject, or None."""
    # The verb looked up plainly first (in lower case: the pattern ignores case): most
    # names hold none, and the pattern tries each length of subject before it.
    low = lower_name(text)
    if "đạt" not in low and "có" not in low:
        return None
    reached = _REACHED_MEASURE.match(text)
    if reached is None:
        return None
    subject = _SUBJECT_TAIL.sub("", reached.group(1)).strip(" ,")
    if _PURPOSE.search(subject):
        return reached.group(2)  # "Triển khai các giải pháp nhằm đạt kim ngạch …": no subject
    return f"{reached.group(2)} {subject}"


def measure_of_clause(chunks: list[str]) -> str:
    """The bare measure of the last chunk ("đạt giá trị"), of the subject of the chunk
    before it ("Sản xuất công nghiệp tiếp tục phục hồi"), or ""."""
    bare = _BARE.match(chunks[-1])
    if bare is None or any(c.isdigit() for c in chunks[-2]):
        return ""
    before = " ".join(chunks[-2].split())
    verb = _VERB.search(before)
    subject = _ACTIVITY.sub("", before[: verb.start()] if verb else "").strip(" ,")
    if not subject or _ACTOR.match(subject.lower()) or len(subject.split()) > 6:
        return ""
    if POINTS_BACK.search(subject.lower()):
        return ""  # "Vụ này đã thu hoạch xong, năng suất": the crop of a sentence before
    measure = bare.group(1).lower()
    if measure in ("giá trị", "tổng giá trị") and subject.lower().startswith("sản xuất"):
        measure = f"{measure} sản xuất"
        subject = subject[len("sản xuất") :].strip()
    if measure.endswith("đàn") and subject.lower().startswith("đàn "):
        subject = subject[len("đàn ") :]  # "Đàn lợn ..., đạt tổng đàn": "tổng đàn lợn"
    return f"{measure} {subject}".strip()


def listed_subject(chunks: list[str]) -> list[str] | None:
    """'ngành nông, lâm nghiệp và thủy sản đạt giá trị sản xuất': the comma is inside the
    subject's list of sectors, so the last two stretches are one subject. Those two, or None."""
    reached = _REACHED_MEASURE.match(" ".join(chunks[-1].split())) if len(chunks) > 1 else None
    if reached is None or _ACTOR.match(reached.group(1).lower()):
        return None  # "Kết thúc năm 2019, huyện đạt ...": an actor opens a clause of its own
    before = chunks[-2].split()
    # A time blanked out of the stretch leaves a run of spaces: an adverbial, not a sector.
    blanked = "   " in chunks[-2].strip()
    if not before or len(before) > 5 or blanked or any(c.isdigit() for c in chunks[-2]):
        return None
    return chunks[-2:]


_BARE_ALONE: Final = re.compile(r"^" + _MEASURES + r"(?:\s+sản xuất)?$", re.IGNORECASE)


def of_label(indicator: str, label: str) -> str:
    """'Ngành công nghiệp: giá trị sản xuất đạt 9.200 tỷ đồng': a measure named alone is of
    the sector the label before the colon names; else `indicator` as it was.

    >>> of_label("giá trị sản xuất", "công nghiệp")
    'giá trị sản xuất công nghiệp'
    >>> of_label("sản lượng", "Trong đó")
    'sản lượng'
    """
    words = label.split()
    if not _BARE_ALONE.match(indicator) or not words or len(words) > 5:
        return indicator
    if label.lower() == indicator.lower():
        return indicator  # "Năng suất: 55 tạ/ha"
    if label.lower().startswith(indicator.lower()):
        return label  # "Diện tích gieo trồng: 12.500 ha": the label is the measure
    if any(c.isdigit() for c in label) or _ACTOR.match(label.lower()):
        return indicator
    if _MARKER_LABEL.match(label.lower()):
        return indicator
    return f"{indicator} {' '.join(words)}"
