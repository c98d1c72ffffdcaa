import logging
from functools import cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.templatetags.static import static

from .navigatie import menu_voor

logger = logging.getLogger(__name__)

STANDAARD_ORGANISATIE = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"


@cache
def _logo_url(logo: str) -> str:
    """The address of the organisation's logo: a path beginning with "/" is used as it is (a
    file under the media or another folder of this site), anything else is a static file. A
    static file that is not there is logged and the default mark is shown instead of a broken
    image (the page still names the organisation in text)."""
    if not logo or logo.startswith("/"):
        return logo
    try:
        return static(logo)
    except ValueError:  # not in the manifest of the collected static files
        logger.warning(
            "Het logo %r staat niet tussen de statische bestanden; het standaardbeeldmerk wordt getoond.",
            logo,
        )
        return ""


def shell(request: HttpRequest) -> dict[str, Any]:
    """What the page shell needs: the organisation's name and logo, the demo banner and the
    menu items this user may use."""
    return {
        "demo": settings.DEMO,
        "menu": menu_voor(getattr(request, "user", None)),
        "organisatie_naam": getattr(settings, "ORGANISATIE_NAAM", "") or STANDAARD_ORGANISATIE,
        "organisatie_logo": _logo_url(getattr(settings, "ORGANISATIE_LOGO", "")),
    }
