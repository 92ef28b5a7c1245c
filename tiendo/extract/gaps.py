"""Whether the words between two figures are only a gap: blanks, commas and one
connector ("và", "với", "cùng", "cùng với"), as between "bắt giữ 206 vụ" and "326 đối
tượng" (naming.py: the second count shares the first one's verb).

>>> only_a_gap(", và "), only_a_gap(""), only_a_gap(" đối tượng ")
(True, True, False)
"""

from __future__ import annotations

import re
from typing import Final

_SIBLING_GAP: Final = re.compile(r"^[\s,]*(?:và|với|cùng|cùng với)?[\s,]*$")
# Every character a gap holds: the comma, the connectors' letters and the blanks ("\s"
# takes what str.isspace takes). Most texts open or end with another, and are no gap.
_GAP_CHARACTERS: Final = (
    ",vàớicùng\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004"
    "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def only_a_gap(text: str) -> bool:
    """`not _SIBLING_GAP.sub("", text)`, asked of the pattern only where `text` holds
    nothing but characters of a gap."""
    return not text.strip(_GAP_CHARACTERS) and not _SIBLING_GAP.sub("", text)
