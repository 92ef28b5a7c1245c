"""Organisations named in sentence case: only the first syllable of each word of the name is
capitalised ("Hội Nông dân", "Phòng Giáo dục", "Trung tâm Y tế"), so a lowercase syllable
after a capital still belongs to the name, where a place's name capitalises every syllable
("huyện Xuân Lộc tổ chức": "tổ" opens the predicate).

>>> organisation_name_end("Hội Nông dân tổ chức".split(), 1)
3
>>> organisation_name_end("Hội Cựu chiến binh xã tổ chức".split(), 1)
4
>>> organisation_name_end("Hội Liên hiệp Phụ nữ đã tổ chức".split(), 1)
5
>>> organisation_name_end("Sở Tài nguyên và Môi trường tổ chức".split(), 1)
6

A name that capitalises every syllable ("Bộ Công Thương", "Sở Tài Chính") says so by two
capitals in a row; then the lowercase syllable after them is the verb:

>>> organisation_name_end("Bộ Công Thương cấp".split(), 1)
3
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.lexicon import CONNECTORS

# Heads of an organisation (not of a place, whose name capitalises all its syllables).
ORGANISATION_HEADS: Final = frozenset(
    {"bộ", "hội", "đoàn", "sở", "phòng", "ban", "trường", "viện", "cục", "chi cục", "trung tâm",
     "bệnh viện", "ngân hàng", "mặt trận", "tỉnh đoàn", "huyện đoàn", "ủy ban"}
)  # fmt: skip
# A syllable that never ends a word of a name: a place word or an auxiliary opens what follows.
_NOT_IN_A_NAME: Final = CONNECTORS | {
    "huyện", "tỉnh", "xã", "thành", "thị", "phường", "quận", "đã", "đang", "sẽ", "vừa",
}  # fmt: skip
# Words that follow a name and are no part of it: an auxiliary, or the place it is of.
_NAME_ENDS: Final = frozenset(
    {"đã", "đang", "sẽ", "vừa", "cũng", "đều", "vẫn", "huyện", "tỉnh", "xã", "thành", "thị",
     "phường", "quận", "của", "tại"}
)  # fmt: skip
# Acts of two syllables that open an organisation's predicate: one lowercase syllable
# before one ("… cao tuổi tổ chức") is the last of a field of three ("Người cao tuổi"),
# where the act's own first syllable would be followed by its second ("Nông dân tổ chức").
_ACTS: Final = frozenset(
    {"tổ chức", "phối hợp", "hỗ trợ", "triển khai", "vận động", "thực hiện", "phát động",
     "tiếp nhận", "trao tặng", "thăm hỏi", "kết nạp", "tham gia", "ra quân", "xây dựng",
     "giải quyết", "tuyên truyền", "thành lập", "quyên góp", "duy trì", "giới thiệu"}
)  # fmt: skip
# "Cựu chiến binh": a prefix before a word of two syllables.
_PREFIXES: Final = frozenset({"cựu"})
# Nouns that open a name of their own inside an organisation's ("Ban Quản lý Khu Kinh tế",
# "các Khu Công nghiệp"): a one-syllable word, so a capital follows it in sentence case too.
_INNER_HEADS: Final = frozenset({"khu", "cụm", "cảng", "chợ", "làng"})
# What joins the fields a department is named by ("Sở Tài nguyên và Môi trường", "Phòng Lao
# động - Thương binh và Xã hội"), when a capital follows it.
_JOINS: Final = frozenset({"và", "-", "–"})


def organisation_name_end(words: list[str], start: int) -> int:
    """Where the sentence-case name of an organisation that begins at `start` ends: each
    capitalised syllable with the lowercase syllable that completes its word (two after a
    prefix), and the fields "và" or "-" join to it; `start` itself when no capital opens a
    name there. Once two capitals stand in a row the name is in title case, and a lowercase
    syllable after it opens the predicate ("Bộ Công Thương cấp", "… Phụ nữ Việt Nam tổ
    chức")."""
    end = start
    titled = False  # two capitals in a row: the name capitalises every syllable
    while end < len(words) and words[end][:1].isupper():
        word = words[end]
        # (an acronym is a whole word: "Sở GD&ĐT tổ chức", "Hội LHPN xã tổ chức")
        syllables = 0 if len(word) > 1 and word.isupper() else 2 if word.lower() in _PREFIXES else 1
        end += 1
        # (not after a head: "Hội Nông dân và Hội Phụ nữ", "Khu Kinh tế" open a name)
        titled = titled or (
            end < len(words)
            and words[end][:1].isupper()
            and words[end - 1].lower() not in ORGANISATION_HEADS
            and words[end - 1].lower() not in _INNER_HEADS
        )
        for _ in range(0 if titled else syllables):
            if end >= len(words) or not _completes_word(words[end]):
                break
            end += 1
        if end + 1 < len(words) and words[end] in _JOINS and words[end + 1][:1].isupper():
            end += 1  # "… và Môi trường": the next field of the name
    if titled or end == start:
        return end
    return _branch(words, _managed(words, start, _longer_field(words, end)))


def _managed(words: list[str], start: int, end: int) -> int:
    """`end` moved over what a board manages, in lowercase, when the name ends with "Quản
    lý" and a place word or an auxiliary closes it within five words ("Ban Quản lý các khu
    công nghiệp tỉnh", "Ban Quản lý dự án đầu tư xây dựng huyện"): the managed things
    name the board, not its act."""
    if end - start < 2 or words[end - 1] != "lý" or words[end - 2] not in ("Quản", "quản"):
        return end
    for at in range(end, min(end + 6, len(words))):
        if words[at] in _NAME_ENDS and at > end:
            return at
        if not (words[at].isalpha() and words[at].islower()):
            break
    return end


def _branch(words: list[str], end: int) -> int:
    """`end` moved over "chi nhánh" right after the name ("Ngân hàng Chính sách xã hội chi
    nhánh tỉnh"): the bank's branch is the bank."""
    if end + 1 < len(words) and words[end] == "chi" and words[end + 1] == "nhánh":
        return end + 2
    return end


def _longer_field(words: list[str], end: int) -> int:
    """`end` moved over the one or two lowercase syllables a field of more than two
    ("Phát triển nông thôn", "Người cao tuổi") has left, when what follows them shows that
    the name ends there: an auxiliary, a place word or a place's name, "của", "cho biết"
    ("… nông thôn đã cấp", "… cao tuổi xã tổ chức", "… nông thôn Long An cho biết"), or
    the act of two syllables after the one syllable left ("… cao tuổi tổ chức");
    without that sign the syllables may open the predicate ("Hội Nông dân tổ chức").

    >>> organisation_name_end("Sở Nông nghiệp và Phát triển nông thôn cho biết".split(), 1)
    8
    >>> organisation_name_end("Hội Nông dân tổ chức 5 lớp".split(), 1)
    3
    """
    for extra in (1, 2):
        at = end + extra
        if at >= len(words):
            break
        # ("xã hội" completes a field too: "Ngân hàng Chính sách xã hội", "Bảo hiểm xã hội")
        social = words[at - 1] == "xã" and words[at] == "hội"
        if not social and not _completes_word(words[at - 1]):
            break
        following, then = words[at], words[at + 1] if at + 1 < len(words) else ""
        # (a place's name capitalises both its syllables: "Long An"; "tổ chức Hội thi",
        # "ban hành Kế hoạch" capitalise one, and what stands before them is a verb)
        place = following[:1].isupper() and then[:1].isupper()
        if (
            following in _NAME_ENDS
            or (place and following.lower() not in ORGANISATION_HEADS)
            or (following == "cho" and then in ("biết", "hay"))
            or (following == "chi" and then == "nhánh")  # "… nông thôn chi nhánh tỉnh"
            or (extra == 1 and f"{following} {then}".lower() in _ACTS)
        ):
            return at
    return end


def _completes_word(word: str) -> bool:
    return word[:1].islower() and word.isalpha() and word not in _NOT_IN_A_NAME
