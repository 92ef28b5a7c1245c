from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.rich_text import expand_db_html

from tiendo.portal.highlight import html_with_marks
from tiendo.portal.models.local_url import SiteLocalUrl
from tiendo.portal.models.section import SectionIndexPage

NEWS_PER_PAGE = 10
BODY_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "image"]


class NewsCategory(models.Model):
    name = models.CharField("tên chuyên mục", max_length=128)
    slug = models.SlugField("đường dẫn", max_length=128, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        verbose_name = "chuyên mục tin"
        verbose_name_plural = "chuyên mục tin"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class NewsIndexPage(SectionIndexPage):
    """/tin-tuc/: the articles, newest first, ten a page, filterable by category."""

    subpage_types = ["portal.NewsPage"]

    # The query parameters its pages read: only these make distinct cached pages.
    page_cache_params = ("chuyen-muc", "trang")

    class Meta:
        verbose_name = "trang tin tức"

    def get_context(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        context = super().get_context(request, *args, **kwargs)
        articles = (
            NewsPage.objects.live().child_of(self).select_related("image").order_by("-date", "-id")
        )
        categories = list(NewsCategory.objects.all())
        chosen = next((c for c in categories if c.slug == request.GET.get("chuyen-muc")), None)
        if chosen is not None:
            articles = articles.filter(categories=chosen)
        page = Paginator(articles, NEWS_PER_PAGE).get_page(request.GET.get("trang"))
        context.update({"articles": page, "categories": categories, "chosen_category": chosen})
        return context


class NewsPage(SiteLocalUrl, Page):
    """A news article: date, author, a lead image with its alt text, the body, and the
    documents it cites. `source_document` ties it to the core Document that results were
    read from, so the sentences those figures came from are marked in the body."""

    date = models.DateField("ngày đăng", default=dt.date.today)
    author = models.CharField("tác giả", max_length=255, blank=True)
    summary = models.TextField("tóm tắt", blank=True, help_text="Đoạn sa-pô, hiện ở danh sách tin.")
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name="ảnh đại diện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        "mô tả ảnh (văn bản thay thế)",
        max_length=255,
        blank=True,
        help_text="Bắt buộc khi có ảnh: mô tả nội dung ảnh cho người khiếm thị.",
    )
    image_caption = models.CharField("chú thích ảnh", max_length=255, blank=True)
    body = RichTextField("nội dung", features=BODY_FEATURES)
    categories = ParentalManyToManyField(NewsCategory, verbose_name="chuyên mục", blank=True)
    source_document = models.ForeignKey(
        "core.Document",
        verbose_name="văn bản nguồn của số liệu",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
        help_text="Bản lưu của bài trong kho văn bản, nơi số liệu được trích.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("author"), FieldPanel("categories")],
            heading="Thông tin bài",
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_caption")],
            heading="Ảnh",
        ),
        FieldPanel("body"),
        FieldPanel("source_document"),
        InlinePanel("related_documents", heading="Văn bản liên quan", label="văn bản"),
    ]
    parent_page_types = ["portal.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "tin bài"

    def clean(self) -> None:
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": "Hãy nhập mô tả ảnh: người đọc bằng trình đọc màn hình cần nó."}
            )

    @property
    def published_at(self) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(self.date, dt.time(7, 0)))

    def body_with_marks(self) -> tuple[str, list]:
        """The body HTML with the sentences results were read from marked and anchored
        (#so-lieu-<id>); results whose sentence is not in the body come back apart."""
        html = expand_db_html(self.body)
        if self.source_document_id is None:
            return html, []
        from tiendo.core.models import Result

        results = list(
            Result.objects.filter(source_document_id=self.source_document_id)
            .exclude(source_text="")
            .select_related("target")
            .order_by("source_start", "id")
        )
        html, missing = html_with_marks(html, [(r.source_text, r.pk) for r in results])
        return html, [r for r in results if r.pk in missing]

    def get_context(self, request, *args, **kwargs):  # type: ignore[no-untyped-def]
        context = super().get_context(request, *args, **kwargs)
        body, unplaced = self.body_with_marks()
        context.update(
            {
                "body_html": body,
                "unplaced_results": unplaced,
                # The marks are explained under the article, never left unexplained.
                "marked_figures": 'class="so-lieu"' in body,
                "related": [
                    link.document
                    for link in self.related_documents.select_related("document")
                    if link.document.is_public
                ],
                "page_categories": list(self.categories.all()),
            }
        )
        return context


class NewsPageDocument(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_documents")
    document = models.ForeignKey(
        "core.Document", verbose_name="văn bản", on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = "văn bản liên quan"
