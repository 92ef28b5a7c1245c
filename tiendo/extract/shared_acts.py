"""The act a second count shares with the count before it, once the body that acts is set
aside.

"Cấp ủy, Ủy ban Kiểm tra Huyện ủy đã kiểm tra, giám sát 33 tổ chức đảng và 26 đảng viên":
the 26 party members are those the same acts reached, as in "đã kiểm tra 759 tổ chức đảng
và 2.075 đảng viên". The first count's name opens with the body that acts ("Cấp ủy, Ủy ban
Kiểm tra Huyện ủy đã", "các cấp"); its commas and its length are the body's, not the
act's. The act is what follows the body: after the last word that marks the act's time or
start ("đã", "đang", "tiến hành"), after a level that acts ("cấp cơ sở") or after a body
named by a word of its own ("các cấp").
The second count takes the act only: the body is the subject of the clause, not what was
done to the members.

>>> shared_act("Cấp ủy, Ủy ban Kiểm tra Huyện ủy đã kiểm tra, giám sát")
'kiểm tra, giám sát'
>>> shared_act("các cấp giám sát chuyên đề"), shared_act("cấp cơ sở kiểm tra, giám sát")
('giám sát chuyên đề', 'kiểm tra, giám sát')
>>> shared_act("kiểm tra"), shared_act("điều tra, truy xét làm rõ")
('kiểm tra', 'điều tra, truy xét làm rõ')

A longer stretch with no such word before the act is no shared act ("Tổng số hộ nghèo
được hỗ trợ vay vốn"), nor a list whose items are no short acts ("năm 2023, toàn tỉnh").

>>> shared_act("Số hộ nghèo được hỗ trợ vay vốn ưu đãi"), shared_act("năm 2023, toàn tỉnh")
('', '')
"""

from __future__ import annotations

import re
from typing import Final

from tiendo.extract.lexicon import AGENT_HEADS
from tiendo.extract.verb_lists import sanction_verb, shared_verb_list

_VERB_WORDS: Final = 4  # "truy xét làm rõ", "giám sát chuyên đề": an act and its word

# The last word that marks when the act was done or that it was carried out: the body that
# acts stands before it ("Ủy ban Kiểm tra các cấp đã", "cấp ủy các cấp tiến hành").
_AFTER_BODY: Final = re.compile(r".*\b(?:đã|đang|sẽ|vừa|tiến hành|tiếp tục)\s+")

# Bodies named by words of their own, longest first: "các cấp giám sát chuyên đề".
_BODIES: Final = tuple(sorted(AGENT_HEADS, key=len, reverse=True))

# A level of the party or the state that acts: "cấp cơ sở kiểm tra, giám sát".
_LEVEL: Final = re.compile(r"cấp (?:cơ sở|huyện|tỉnh|xã|trên|ủy(?: các cấp)?)\s+")


def _shared(verb: str) -> bool:
    """True when `verb` reads as one act (or acts listed with commas) a second count shares."""
    if "," in verb:
        return shared_verb_list(verb)
    return len(verb.split()) <= _VERB_WORDS or sanction_verb(verb)


def _act_after_body(verb: str) -> str:
    """`verb` without the body that acts before it, or "" where no body is marked."""
    lowered = verb.lower()
    marked = _AFTER_BODY.match(lowered)
    marked = marked or _LEVEL.match(lowered)
    if marked is not None:
        return verb[marked.end() :]
    body = next((head for head in _BODIES if lowered.startswith(f"{head} ")), "")
    return verb[len(body) + 1 :] if body else ""


def shared_act(verb: str) -> str:
    """The act of the count before (`verb`, its name without what it counts) that a count
    listed right after it shares, or "" when `verb` reads as no act."""
    if _shared(verb):
        return verb
    act = _act_after_body(verb).strip()
    return act if act and _shared(act) else ""
