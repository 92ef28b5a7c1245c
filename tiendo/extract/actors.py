"""How many words open a stretch by naming an actor: 'Đảng bộ huyện Xuân Lộc', 'Toàn huyện',
'Sở Tài nguyên và Môi trường'. The subject reader (`indicator`) names what an actor did
from the words after it ("Toàn huyện đã gieo trồng ..." gives "diện tích gieo trồng").

>>> agent_length("Toàn huyện đã gieo trồng".split())
2
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.donors import donor_length
from tiendo.extract.fund_names import opens_fund
from tiendo.extract.lexicon import AGENT_HEADS
from tiendo.extract.organisation_names import ORGANISATION_HEADS, organisation_name_end
from tiendo.extract.proper_names import KEEP_CAPITALISED, is_proper
from tiendo.extract.regions import region_length
from tiendo.extract.service_fields import field_length
from tiendo.extract.topic_scopes import force_length


def agent_length(words: list[str]) -> int:
    """How many leading words name an actor ('Đảng bộ huyện Xuân Lộc', 'Toàn huyện')."""
    if not words:
        return 0
    lower = " ".join(words[:4]).lower()
    if lower.startswith("lực lượng lao động"):
        return 0  # the labour force is a measure, not a force that acts
    if words[0] in ("TP", "TP.", "Tp", "Tp."):
        words = ["thành", "phố", *words[1:]]  # "TP Hải Phòng ghi nhận ...": a city
        return max(0, agent_length(words) - 1)
    # "các bệnh viện ... đã khám cho": a plural marker before an actor's head, when an
    # auxiliary opens a predicate of its own ("các ngành dịch vụ" alone is a sector).
    if opens_fund(words):
        return 0  # "Quỹ Cứu trợ vận động được …": the fund's money, no actor
    if region := region_length(words):
        return region  # "vùng Đồng bằng sông Cửu Long đã gieo sạ …": a region acts
    if givers := donor_length(words):
        return givers  # "các tổ chức, cá nhân đã ủng hộ ...": who gave, then what
    plural = 1 if lower.startswith(("các ", "những ")) and "đã" in words[2:] else 0
    if plural:
        lower = lower.split(" ", 1)[1]
    for head in _AGENT_HEADS_BY_FIRST_WORD.get(words[plural].lower(), ()):
        if head.endswith("dân") and lower.startswith(head + " tộc"):
            continue  # "người dân tộc thiểu số 24 đại biểu": "dân tộc" is one word, no actor
        if lower == head or lower.startswith(head + " "):
            owner = (
                " ".join(words[plural + 2 : plural + 7]).lower() if head == "doanh nghiệp" else ""
            )
            if owner and _OWNERSHIP.match(owner) and "đã" not in words:
                return 0  # "doanh nghiệp trong nước đạt …": a sector by ownership, no actor
            taken = force_length(words, plural + len(head.split()))  # "lực lượng công an"
            taken = field_length(words, taken)  # "ngành y tế tỉnh huy động …"
            if head in ORGANISATION_HEADS:  # "Hội Nông dân": the name's words, not one syllable
                taken = organisation_name_end(words, taken)
            break
    else:
        # A capital at the start of a sentence proves nothing; two in a row make a name.
        organisation = words[0].lower() in ORGANISATION_HEADS  # "Phòng Giáo dục"
        if (
            len(words) > 1
            and is_proper(words[0])
            and (is_proper(words[1]) or (organisation and _opens_name(words[1])))
        ):
            taken = organisation_name_end(words, 1) if organisation else 2
        else:
            return 0
    while (
        taken < len(words)
        and (
            # "Kho bạc Nhà nước tỉnh": inside an actor's name, "Nhà nước" is a name too.
            words[taken][:1].isupper()
            # ("nước" after "Nhà", not "huy" after "Xã" or "Bến Tre": "Xã huy động")
            or (
                words[taken].lower() in KEEP_CAPITALISED
                and words[taken - 1][:1].isupper()
                and words[taken - 1].lower() in KEEP_CAPITALISED
            )
            or (words[taken].lower() in _AGENT_NAME_WORDS and _name_word_goes_on(words, taken))
            or words[taken].isupper()
            or words[taken].isdigit()
            or (words[taken].startswith("(") and words[taken].endswith(")"))
        )
    ):
        taken += 1
    return taken


def _name_word_goes_on(words: list[str], at: int) -> bool:
    """Whether words[at], one of _AGENT_NAME_WORDS, goes on an actor's name. "thành" and
    "thị" do only as the first syllable of "thành phố", "thị xã", "thị trấn": in "Xã thành
    lập mới 30 doanh nghiệp" the actor is "Xã", and "thành lập" its verb."""
    word = words[at].lower()
    if word not in _FIRST_SYLLABLES:
        return True
    return at + 1 < len(words) and words[at + 1].lower() in _FIRST_SYLLABLES[word]


# What owns the enterprises of a sector: "doanh nghiệp nhà nước", "… có vốn đầu tư nước ngoài".
_OWNERSHIP: Final = re.compile(
    r"(?:trong nước|nhà nước|ngoài nhà nước|tư nhân|fdi|có vốn (?:đầu tư )?(?:fdi|nước ngoài))\b"
)


# Name words that are only the first syllable of a place noun, and what must follow them.
_FIRST_SYLLABLES: Final = {"thành": ("phố",), "thị": ("xã", "trấn")}


def _opens_name(word: str) -> bool:
    """After an organisation's head any capital opens its name, though alone it proves
    nothing: a syllable of one letter ("Bộ Y tế"), a word kept capitalised in running text
    ("Trường Chính trị tỉnh"), an acronym ("Phòng GD&ĐT huyện")."""
    return word[:1].isupper()


# Words that go on an actor's name after its head ("Ủy ban nhân dân huyện", "khóa XX").
_AGENT_NAME_WORDS: Final = frozenset(
    {"huyện", "tỉnh", "xã", "thành", "phố", "thị", "trấn", "phường", "quận", "-", "–",
     "thứ", "khóa", "khoá", "lần"}
)  # fmt: skip
_AGENT_HEADS_BY_FIRST_WORD: Final[dict[str, list[str]]] = {}
for _head in sorted(AGENT_HEADS, key=len, reverse=True):
    _AGENT_HEADS_BY_FIRST_WORD.setdefault(_head.split()[0], []).append(_head)
