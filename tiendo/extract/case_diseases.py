"""Cases counted after the disease was named: "ghi nhận 66.386 ca mắc sốt xuất huyết,
trong đó 14 bệnh nhân tử vong"; "Tại Hà Nội, có 6.779 ca mắc".

A health report names the disease once, with the first count of cases, and then counts
cases and deaths with no disease: they are cases of the same disease, and deaths from it.

>>> of_disease("ca mắc", SaidNames(["số ca mắc sốt xuất huyết"]))
'ca mắc sốt xuất huyết'
>>> of_disease("bệnh nhân tử vong", SaidNames(["số ca mắc sốt xuất huyết"]))
'bệnh nhân tử vong do sốt xuất huyết'
>>> of_disease("ca mắc", SaidNames(["số vụ cháy"]))
'ca mắc'
"""

from __future__ import annotations

from typing import Final

from tiendo.extract.said_names import SaidNames

_CASE_ENDS: Final = ("mắc", "mắc mới", "tử vong", "nhiễm", "nhiễm mới")
_DIES: Final = ("tử vong",)
# What `of_disease` asks first: a lowered name that ends with none of these is returned.
CASE_ENDS: Final = _CASE_ENDS


def of_disease(named: str, said: SaidNames) -> str:
    """`named` with the disease the passage named before, when it names cases alone."""
    lowered = named.lower()
    if not lowered.endswith(_CASE_ENDS) or len(lowered.split()) > 4:  # the cheap test first
        return named
    # The last name that counted cases of something: kept as the names are said.
    earlier = said.index(_last_of_cases).get("cases")
    if earlier is None:
        return named
    disease = earlier[earlier.lower().find("mắc ") + 4 :].strip()
    if disease.startswith("mới "):
        disease = disease[4:]
    if not disease or len(disease.split()) > 5:
        return named
    if disease.lower() in lowered:
        return named
    joint = " do " if lowered.endswith(_DIES) else " "
    return f"{named}{joint}{disease}"


def _last_of_cases(found: dict[str, str], name: str, position: int) -> None:
    """Keep the last name said that counts cases of something ("số ca mắc ...")."""
    if "mắc " in name.lower():
        found["cases"] = name
