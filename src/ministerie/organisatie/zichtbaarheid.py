"""What a user with the read right sees of the organisation: all of it (the register is not
classified). One place for pages and API; an unknown item is a 404."""

from __future__ import annotations

from typing import Any

from django.shortcuts import get_object_or_404

from .models import Eenheid, Persoon, Positie


def eenheid_voor(gebruiker: Any, code: str) -> Eenheid:
    return get_object_or_404(
        Eenheid.objects.select_related("bovenliggende").prefetch_related("posities__persoon"), code=code
    )


def persoon_voor(gebruiker: Any, code: str) -> Persoon:
    return get_object_or_404(Persoon, code=code)


def positie_voor(gebruiker: Any, pk: int) -> Positie:
    return get_object_or_404(Positie.objects.select_related("eenheid", "persoon"), pk=pk)
