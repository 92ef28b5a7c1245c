from __future__ import annotations

from django.urls import path

from tiendo.accounts.views import login, two_factor

app_name = "accounts"

urlpatterns = [
    path("dang-nhap/", login.login_view, name="login"),
    path("dang-nhap/ma-xac-thuc/", login.second_factor_view, name="second_factor"),
    path("dang-xuat/", login.logout_view, name="logout"),
    path("tai-khoan/xac-thuc-hai-buoc/", two_factor.two_factor_view, name="two_factor"),
    path("tai-khoan/xac-thuc-hai-buoc/bat-dau/", two_factor.start_view, name="two_factor_start"),
    path(
        "tai-khoan/xac-thuc-hai-buoc/xac-nhan/",
        two_factor.confirm_view,
        name="two_factor_confirm",
    ),
    path(
        "tai-khoan/xac-thuc-hai-buoc/ma-du-phong/",
        two_factor.recovery_view,
        name="two_factor_recovery",
    ),
    path("tai-khoan/xac-thuc-hai-buoc/go-bo/", two_factor.remove_view, name="two_factor_remove"),
]
