"""The "Cổng của đơn vị" screen in the Wagtail admin: the portals this installation
serves, and a form (unit + host name) that makes a new one through the same service
as `tiendo site add`."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from tiendo.sites.forms import AddSiteForm
from tiendo.sites.services import SiteError, add_site, site_rows

# Making a site makes groups and grants rights: the same right as adding a Wagtail site.
ADD_PERMISSION = "wagtailcore.add_site"


def site_list(request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm(ADD_PERMISSION):
        raise PermissionDenied
    form = AddSiteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            site = add_site(unit=data["unit"], hostname=data["hostname"], port=data["port"])
        except SiteError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, f"Đã tạo {site.site_name} tại {site.hostname}.")
            return redirect("tiendo_sites:list")
    context = {"form": form, "rows": site_rows(), "page_title": "Cổng của đơn vị"}
    return render(request, "sites/admin/sites.html", context, status=400 if form.errors else 200)
