"""People a class is opened for are those who take what the class gives: in "mở 2 lớp
bồi dưỡng lý luận chính trị cho 159 đảng viên dự bị và 63 đảng viên mới" the 159 and the
63 are party members trained in political theory, not members "opened". Those who take part
("2 đợt hiến máu tình nguyện cho 400 đoàn viên tham gia") do what the course holds, and a
course named by whom it is for ("lớp đối tượng kết nạp Đảng") is attended, not given.

>>> purpose_for(" bồi dưỡng lý luận chính trị cho ")
'bồi dưỡng lý luận chính trị'
>>> purpose_for(" cho ") is None
True
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.clauses import Draft

# Nouns of a course or a session held for people.
_COURSES: Final = frozenset({"lớp", "khóa", "khoá", "đợt", "buổi", "hội nghị"})
# What the course gives, then "cho" before the people's count: "bồi dưỡng X cho".
_FOR_PEOPLE: Final = re.compile(r"^\s+((?:[^\W\d_]+\s+){1,9}?)cho\s*$")
# Between the people's counts of one list.
_JOINED: Final = frozenset({",", "và", ", và"})
# Verbs of taking part after the people ("cho 400 đoàn viên tham gia"): "cho" lets them do
# the act, so they are not given it.
_TAKING_PART: Final = (" tham gia", " tham dự", " dự")
# A course named by whom it is for ("lớp đối tượng kết nạp Đảng", "lớp cảm tình Đảng",
# "hội nghị cán bộ chủ chốt") gives nothing: its people attend it.
_FOR_WHOM: Final = ("đối tượng ", "cảm tình ", "đảng viên ", "cán bộ ", "học viên ")
_STUDIED: Final = frozenset({"lớp", "khóa", "khoá"})


def purpose_for(gap: str) -> str | None:
    """What a course gives, read from `gap` (from its noun to the people's count)."""
    found = _FOR_PEOPLE.match(gap)
    return found.group(1).strip() if found else None


def _is_course(unit: str) -> bool:
    """True when the counted `unit` ("lớp", "hội nghị chuyên đề") is a course's noun."""
    words = unit.split()
    return bool(words) and (words[0] in _COURSES or " ".join(words[:2]) in _COURSES)


def _people(draft: Draft) -> str:
    """The people's noun and its words ('đảng viên dự bị') out of a count's name."""
    quantity = draft.quantity
    if quantity is None:
        return ""
    at = draft.indicator.lower().find(quantity.unit.text)
    return draft.indicator[at:] if at >= 0 else ""


def name_beneficiaries(drafts: list[Draft], low: str) -> None:
    """Name the counts of people a course was held for by what the course gives them."""
    for index in range(len(drafts) - 1):
        course = drafts[index].quantity
        if course is None or not _is_course(course.unit.text):
            continue
        taker = drafts[index + 1]
        people = taker.quantity
        if people is None or people.unit.kind != "count":
            continue
        purpose = purpose_for(low[course.unit.end : people.lead_start])
        at = drafts[index].indicator.lower().find(purpose or "\n")
        if purpose is None or at < 0:
            continue
        said = drafts[index].indicator[at : at + len(purpose)]  # its own capitals
        drafts[index].indicator = drafts[index].indicator.removesuffix(" cho")
        takers: list[Draft] = []
        for later in drafts[index + 1 :]:
            counted = later.quantity
            if counted is None or counted.unit.kind != "count" or not _people(later):
                break
            if _is_course(counted.unit.text):
                break  # the next course, with people of its own
            if (
                later is not taker
                and low[people.extent_end : counted.lead_start].strip() not in _JOINED
            ):
                break
            takers.append(later)
            people = counted
        # The verb after the last people of a list is said of them all.
        last = _people(takers[-1]) if takers else ""
        verb = next((v for v in _TAKING_PART if last.endswith(v)), " được")
        if verb == " được" and said.lower().startswith(_FOR_WHOM):
            noun = course.unit.text
            verb = " học" if noun.split()[0] in _STUDIED else " dự"
            said = f"{noun} {said}"  # "quần chúng ưu tú học lớp đối tượng kết nạp Đảng"
        for later in takers:
            later.indicator = f"{_people(later).removesuffix(verb)}{verb} {said}"
