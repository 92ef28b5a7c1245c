"""A public service named as the actor: "ngành y tế tỉnh huy động hơn 195 tỷ đồng để …"
is the health service acting; what it mobilised is the measure, and "y tế tỉnh" is no
part of its name.

"ngành" heads an actor (lexicon.AGENT_HEADS), but alone it took one word, so the field
after it stayed in the name ("y tế tỉnh huy động"). A service's field runs on the actor
when an act follows it; a sector that grows ("ngành công nghiệp tăng 5%") is a measure's
subject and is left as it is.

>>> field_length("ngành y tế tỉnh huy động hơn".split(), 1)
3
>>> field_length("ngành giáo dục và đào tạo đã tổ chức".split(), 1)
6
>>> field_length("ngành y tế tăng 5%".split(), 1), field_length("ngành công nghiệp đã".split(), 1)
(1, 1)
"""

from __future__ import annotations

from typing import Final

# The fields of the public services a social-sector report names as actors.
_FIELDS: Final = (
    "giáo dục và đào tạo", "giáo dục - đào tạo", "lao động - thương binh và xã hội",
    "lao động, thương binh và xã hội", "văn hóa, thể thao và du lịch", "y tế", "giáo dục",
    "văn hóa", "lao động", "bảo hiểm xã hội", "tư pháp",
)  # fmt: skip
# Words that put a measure at a level or move it: after them the field names a sector.
_MEASURE_VERBS: Final = frozenset({"tăng", "giảm", "đạt", "chiếm", "là", "có", "ước"})


def field_length(words: list[str], taken: int) -> int:
    """`taken` (the words an actor headed by "ngành" took) run on through the service's
    field, when an act follows it; else `taken`."""
    if taken != 1 or words[0].lower() not in ("ngành", "toàn ngành"):
        return taken
    rest = " ".join(words[1:8]).lower() + " "
    for field in _FIELDS:
        if rest.startswith(field + " "):
            after = 1 + len(field.split())
            if after < len(words) and words[after].lower() in _MEASURE_VERBS:
                return taken
            return after
    return taken
