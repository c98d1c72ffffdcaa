from __future__ import annotations

from functools import partial
from typing import Any

from django.http import HttpRequest

from ministerie.core.permissies import heeft_recht

from .services import EIGEN
from .zichtbaarheid import aantal_ongelezen


def meldingen(request: HttpRequest) -> dict[str, Any]:
    """For the page header: whether to show the notifications link, and the count of unread
    ones — a callable, so the count is only queried on a page that shows it."""
    gebruiker = getattr(request, "user", None)
    if gebruiker is None or not gebruiker.is_authenticated or not heeft_recht(gebruiker, EIGEN):
        return {"meldingen_zichtbaar": False}
    return {"meldingen_zichtbaar": True, "meldingen_ongelezen": partial(aantal_ongelezen, gebruiker)}
