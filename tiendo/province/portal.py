"""The portal's "Theo xã, phường" page of a resolution: the same rows as the staff
screen, with each commune's figure linked to the article or document that printed
it, as the portal links every figure (tiendo.portal.sources)."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from tiendo.core.models import Resolution
from tiendo.portal.sources import source_links
from tiendo.province.columns import headings, read_sort
from tiendo.province.queries import commune_targets, commune_view


def communes_page(
    resolution: Resolution, target_id: int | None, sort_text: str | None, base_url: str
) -> dict[str, Any]:
    """The page's context: the targets to choose from, the chosen one's communes."""
    targets = commune_targets(resolution)
    if target_id is None:
        target = targets[0] if targets else None
    else:
        target = next((t for t in targets if t.pk == target_id), None)
        if target is None:
            raise Http404("Chỉ tiêu không có trên cổng.")
    sort, descending = read_sort(sort_text)
    view = None
    if target is not None:
        view = commune_view(resolution, target, sort=sort, descending=descending)
        with_results = [line for line in view.lines if line.result is not None]
        links = source_links([line.result for line in with_results if line.result])
        for line, link in zip(with_results, links, strict=True):
            if link.article_url:
                line.link, line.link_label = link.article_url, "Bài viết"
            elif link.document_url:
                line.link, line.link_label = link.document_url, "Văn bản"
    return {
        "resolution": resolution,
        "resolution_url": base_url,
        "communes_url": f"{base_url}xa-phuong/",
        "targets": targets,
        "target": target,
        "view": view,
        "headings": headings(sort, descending, {}),
    }
