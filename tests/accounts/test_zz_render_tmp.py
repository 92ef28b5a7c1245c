import pytest
from django.test import Client
from django.contrib.auth import get_user_model

@pytest.mark.django_db
def test_show():
    c = Client()
    html = c.get("/dang-nhap/").content.decode()
    print(html[html.find("<main"):html.find("</main>")+7])
    u = get_user_model().objects.create_user("a", password="b")
    c.force_login(u)
    c.post("/tai-khoan/xac-thuc-hai-buoc/bat-dau/")
    html = c.get("/tai-khoan/xac-thuc-hai-buoc/").content.decode()
    import re
    html = re.sub(r'<path d="[^"]{200,}"', '<path d="..."', html)
    print(html[html.find("<main"):html.find("</main>")+7])
