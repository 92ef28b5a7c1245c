"""The province view: each resolution's targets split among the province's communes,
for the staff (tiendo.province.views, in the Wagtail admin) and the public portal
(a route of the portal's resolution pages)."""
