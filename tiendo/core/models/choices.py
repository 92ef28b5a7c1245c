"""Choice lists shared by the models, with their Vietnamese labels."""

from __future__ import annotations

from django.db import models


class Direction(models.TextChoices):
    HIGHER = "higher", "Càng cao càng tốt"
    LOWER = "lower", "Càng thấp càng tốt"


class Bound(models.TextChoices):
    AT_LEAST = "at_least", "Trở lên (tối thiểu)"
    AT_MOST = "at_most", "Trở xuống (tối đa)"
    ABOUT = "about", "Khoảng"


class ResultKind(models.TextChoices):
    ESTIMATE = "estimate", "Ước thực hiện"
    ACTUAL = "actual", "Thực hiện"


class ReviewState(models.TextChoices):
    DRAFT = "draft", "Nháp"
    SUBMITTED = "submitted", "Đã gửi"
    APPROVED = "approved", "Đã duyệt"
    RETURNED = "returned", "Trả lại"


class Aggregation(models.TextChoices):
    SUM = "sum", "Cộng tổng"
    MEAN = "mean", "Trung bình"
    WEIGHTED_MEAN = "weighted_mean", "Trung bình có trọng số"


class WeightBy(models.TextChoices):
    """What makes one unit count more than another when rates are averaged."""

    NONE = "", "Không (trung bình cộng)"
    POPULATION = "population", "Dân số"
    HOUSEHOLDS = "households", "Số hộ"
    AREA = "area", "Diện tích tự nhiên"


class PlanKind(models.TextChoices):
    """Whether the plan is a level to reach or a change from the year before."""

    LEVEL = "", "Mức cần đạt"
    RISE = "rise", "Tăng so với năm trước"
    FALL = "fall", "Giảm so với năm trước"


class ReportBasis(models.TextChoices):
    """What a unit's value for a quarter or month means: that period alone, or
    everything since January (lũy kế), the way Vietnamese reports usually count."""

    PERIOD = "period", "Trong kỳ (riêng kỳ báo cáo)"
    CUMULATIVE = "cumulative", "Lũy kế từ đầu năm"
