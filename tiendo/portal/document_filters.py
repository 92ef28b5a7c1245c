"""The filters of /van-ban/: type (hình thức), issuer and year, read from the query
string and offered as choices drawn from the documents themselves."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.db.models.functions import ExtractYear
from django.http import QueryDict


@dataclass
class DocumentFilter:
    doc_type: str = ""
    issuer: str = ""
    year: int | None = None
    type_choices: list[str] = field(default_factory=list)
    issuer_choices: list[str] = field(default_factory=list)
    year_choices: list[int] = field(default_factory=list)

    @classmethod
    def from_query(cls, query: QueryDict, documents: QuerySet) -> DocumentFilter:
        """Choices come from `documents`; a value outside them is ignored."""
        types = sorted(set(documents.exclude(doc_type="").values_list("doc_type", flat=True)))
        issuers = sorted(
            set(documents.exclude(issuer_name="").values_list("issuer_name", flat=True))
        )
        years = sorted(
            {
                year
                for year in documents.exclude(issued_on=None)
                .annotate(year=ExtractYear("issued_on"))
                .values_list("year", flat=True)
            },
            reverse=True,
        )
        raw_year = query.get("nam", "")
        year = int(raw_year) if raw_year.isdigit() and int(raw_year) in years else None
        doc_type = query.get("loai", "")
        issuer = query.get("co-quan", "")
        return cls(
            doc_type=doc_type if doc_type in types else "",
            issuer=issuer if issuer in issuers else "",
            year=year,
            type_choices=types,
            issuer_choices=issuers,
            year_choices=years,
        )

    def apply(self, documents: QuerySet) -> QuerySet:
        if self.doc_type:
            documents = documents.filter(doc_type=self.doc_type)
        if self.issuer:
            documents = documents.filter(issuer_name=self.issuer)
        if self.year is not None:
            documents = documents.filter(issued_on__year=self.year)
        return documents

    @property
    def is_active(self) -> bool:
        return bool(self.doc_type or self.issuer or self.year)

    def query_string(self) -> str:
        """The active filters, to keep when turning pages ("loai=...&nam=2021")."""
        pairs = [("loai", self.doc_type), ("co-quan", self.issuer), ("nam", self.year or "")]
        return urlencode([(k, v) for k, v in pairs if v])
