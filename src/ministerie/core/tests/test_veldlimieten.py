"""Every free-text input has a size limit (issue 13 §5, "anyone can stall the site").

Walks the forms of the parts and the input serializers of the API: a CharField (or Textarea)
without ``max_length`` lets a 20 MB text into the services, the PDF letters and the search
index."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest
from django import forms
from rest_framework import serializers

DELEN = [
    "woo",
    "parlement",
    "bestuurskosten",
    "begroting",
    "organisatie",
    "stukken",
    "agenda",
    "gebruikers",
    "identiteit",
    "core",
]


def _formulieren() -> list[tuple[str, type[forms.BaseForm]]]:
    gevonden = []
    for deel in DELEN:
        module = importlib.import_module(f"ministerie.{deel}.formulieren")
        for naam, klasse in inspect.getmembers(module, inspect.isclass):
            if issubclass(klasse, forms.BaseForm) and klasse.__module__ == module.__name__:
                gevonden.append((f"{deel}.{naam}", klasse))
    return gevonden


#: Fields that take text but whose size is bounded elsewhere: a JSON body is bounded by the
#: request size (DATA_UPLOAD_MAX_MEMORY_SIZE); its items are checked by the import.
BUITEN_SCHOT = {"json_inhoud"}


def _neemt_tekst(veld: forms.Field) -> bool:
    if isinstance(
        veld,
        forms.ChoiceField
        | forms.DateField
        | forms.TimeField
        | forms.DateTimeField
        | forms.IntegerField
        | forms.DecimalField,
    ):
        return False
    if isinstance(veld, forms.CharField):
        return True
    return isinstance(veld.widget, forms.Textarea | forms.TextInput | forms.MultipleHiddenInput)


def _onbegrensd(velden: dict[str, Any]) -> list[str]:
    return [
        naam
        for naam, veld in velden.items()
        if naam not in BUITEN_SCHOT and _neemt_tekst(veld) and getattr(veld, "max_length", None) is None
    ]


@pytest.mark.parametrize(("naam", "klasse"), _formulieren(), ids=[n for n, _ in _formulieren()])
def test_elk_tekstveld_van_een_formulier_heeft_een_limiet(naam: str, klasse: type[forms.BaseForm]) -> None:
    assert _onbegrensd(dict(klasse.base_fields)) == [], f"{naam}: tekstvelden zonder max_length"  # type: ignore[attr-defined]


def test_velden_die_per_formulier_ontstaan_hebben_een_limiet() -> None:
    from ministerie.woo.formulieren import MotiveringFormulier

    assert _onbegrensd(dict(MotiveringFormulier().fields)) == []


def _invoerserializers() -> list[tuple[str, type[serializers.Serializer]]]:
    """The serializers that document an API request body (``invoer=``); the forms validate."""
    modules = [
        "ministerie.begroting.api",
        "ministerie.bestuurskosten.api",
        "ministerie.organisatie.api",
        "ministerie.woo.api",
        *(
            f"ministerie.parlement.api.{m}"
            for m in (
                "debatten",
                "kamerbrieven",
                "kamervragen",
                "mondelinge_vragen",
                "moties",
                "toezeggingen",
            )
        ),
    ]
    gevonden = []
    for pad in modules:
        module = importlib.import_module(pad)
        for naam, klasse in inspect.getmembers(module, inspect.isclass):
            if issubclass(klasse, serializers.Serializer) and klasse.__module__ == pad and "Invoer" in naam:
                gevonden.append((f"{pad}.{naam}", klasse))
    return gevonden


def _api_onbegrensd(naam: str, serializer: serializers.Serializer) -> list[str]:
    fouten = []
    for veld_naam, veld in serializer.fields.items():
        if isinstance(veld, serializers.ListSerializer | serializers.ListField) and veld.child is not None:
            veld = veld.child
        if isinstance(veld, serializers.Serializer):
            fouten += _api_onbegrensd(f"{naam}.{veld_naam}", veld)
        elif (
            not veld.read_only
            and isinstance(veld, serializers.CharField)
            and not isinstance(veld, serializers.ChoiceField)
            and veld.max_length is None
        ):
            fouten.append(f"{naam}.{veld_naam}")
    return fouten


def test_elk_tekstveld_van_de_api_heeft_een_limiet() -> None:
    gevonden = _invoerserializers()
    assert len(gevonden) >= 3
    fouten = [f for naam, klasse in gevonden for f in _api_onbegrensd(naam, klasse())]
    assert fouten == []
