"""The names a passage has given its figures so far, and the look-ups kept of them.

The late naming rules read a figure's name against the names said before it ("tổng mức"
stands for the "tổng mức bán lẻ ..." said first). Walking every name said, for every
figure, makes a long passage cost the square of its length (a 10 MB report read as one
passage ran at half its speed). Each rule keeps instead an index of the names, brought up
to date when it asks: the work per figure is bounded, whatever came before it.

>>> said = SaidNames(["số ca mắc sốt xuất huyết", "giá trị sản xuất"])
>>> said.last, len(said)
('giá trị sản xuất', 2)
>>> def lengths(found, name, position):
...     found[len(name)] = position
>>> said.index(lengths)
{24: 0, 16: 1}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

Key = TypeVar("Key")
Value = TypeVar("Value")


class SaidNames:
    """The names said in a passage, in order, with the indexes the rules keep of them."""

    __slots__ = ("_indexes", "names")

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names: list[str] = list(names)
        # Per index: how many names it has taken in, and the index itself.
        self._indexes: dict[Any, tuple[int, dict[Any, Any]]] = {}

    def append(self, name: str) -> None:
        self.names.append(name)

    @property
    def last(self) -> str:
        return self.names[-1]

    def __len__(self) -> int:
        return len(self.names)

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def index(self, build: Callable[[dict[Key, Value], str, int], None]) -> dict[Key, Value]:
        """The index `build` keeps, with every name said so far taken in: each name is
        taken in once, by each index that is asked for. `build` takes in one more name:
        (the index, the name, its position among the names said)."""
        taken, found = self._indexes.get(build, (0, {}))
        names = self.names
        if taken < len(names) or not taken:
            for position in range(taken, len(names)):
                build(found, names[position], position)
            self._indexes[build] = (len(names), found)
        return found
