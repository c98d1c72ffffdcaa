from typing import Any

from django.conf import settings
from django.http import HttpRequest

from .navigatie import menu_voor


def shell(request: HttpRequest) -> dict[str, Any]:
    """What the page shell needs: demo banner and the menu items this user may use."""
    return {"demo": settings.DEMO, "menu": menu_voor(getattr(request, "user", None))}
