"""Every free-text input of the document flow has a size limit (issue 13 §5, "anyone can stall
the site": a 20 MB text must not reach the services, the PDF letters or the search index).
The same check as core/tests/test_veldlimieten.py does for the other parts."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from django import forms

from ministerie.stukken import formulieren


def _formulieren() -> list[tuple[str, type[forms.BaseForm]]]:
    return [
        (naam, klasse)
        for naam, klasse in inspect.getmembers(formulieren, inspect.isclass)
        if issubclass(klasse, forms.BaseForm) and klasse.__module__ == formulieren.__name__
    ]


def _onbegrensd(velden: dict[str, Any]) -> list[str]:
    return [
        naam
        for naam, veld in velden.items()
        if isinstance(veld, forms.CharField) and getattr(veld, "max_length", None) is None
    ]


@pytest.mark.parametrize(("naam", "klasse"), _formulieren(), ids=[n for n, _ in _formulieren()])
def test_elk_tekstveld_heeft_een_limiet(naam: str, klasse: type[forms.BaseForm]) -> None:
    assert _onbegrensd(dict(klasse.base_fields)) == [], f"{naam}: tekstvelden zonder max_length"


def test_een_te_lange_toelichting_wordt_geweigerd() -> None:
    formulier = formulieren.NotaFormulier(
        {
            "soort": "informatienota",
            "onderwerp": "x",
            "aan": "de minister",
            "rubricering": "1",
            "toelichting": "a" * (formulieren.MAX_NOTATEKST + 1),
        }
    )
    assert not formulier.is_valid() and "toelichting" in formulier.errors
