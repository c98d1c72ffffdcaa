from typing import Any

from django.conf import settings
from django.http import HttpRequest


def identiteit(request: HttpRequest) -> dict[str, Any]:
    """For the page shell: does the demo let demo accounts skip the second factor?"""
    return {"tweede_factor_demo": bool(settings.DEMO and settings.TWEEDE_FACTOR_DEMO_OVERSLAAN)}
