"""The API side of the one action layer (``ministerie.core.acties``).

An endpoint is declared with the same ``Handeling`` as its page (``ActieEndpoint.voor`` for an
endpoint that only acts, ``actiemethode`` for the POST/PATCH/DELETE of one that also reads):
the object through the part's visibility function (a 404 when not visible), the input through
the same form, the service call; the answer is the declared serializer and status code.
Invalid input and refused actions become problem+json through ``problems.fouten_als_problem``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from ministerie.core.acties import Handeling, Invoerfout

from .problems import fouten_als_problem

Antwoordbron = Literal["object", "resultaat"]
Weigering = Callable[[DjangoValidationError, Request], Response | None]
"""Answers a refused action its own way (a 422 with the outcome of a rule check); None: the
standard problem."""


def _json_invoer(handeling: Handeling, data: Any) -> Mapping[str, Any]:
    """The request body as form data; a body that is not a JSON object is refused in Dutch."""
    if handeling.invoer is None:
        return {}
    if not isinstance(data, Mapping):
        raise serializers.ValidationError(
            {"invoer": ["Verwacht een JSON-object met de velden van deze actie."]}
        )
    uit_json = getattr(handeling.invoer, "uit_json", None)
    gegevens = uit_json(data) if callable(uit_json) else data
    _controleer_vormen(handeling.invoer, gegevens)
    return gegevens


GROOTSTE_ID = 2**63 - 1


def _is_id(waarde: Any) -> bool:
    """A whole number a database can hold as an id: 12, "12" (not 12.5, 1e300 or "12a")."""
    if isinstance(waarde, bool):
        return False
    if isinstance(waarde, float):
        if not waarde.is_integer():
            return False
        waarde = int(waarde)
    if isinstance(waarde, str) and waarde.strip().isdigit():
        waarde = int(waarde.strip())
    return isinstance(waarde, int) and 0 <= waarde <= GROOTSTE_ID


_ENKELVOUDIG = (
    forms.CharField,
    forms.IntegerField,
    forms.FloatField,
    forms.DateField,
    forms.DateTimeField,
    forms.TimeField,
    forms.BooleanField,
    forms.ChoiceField,
    forms.ModelChoiceField,
)
_MEERVOUDIG = (forms.MultipleChoiceField, forms.ModelMultipleChoiceField)


def _controleer_vormen(formulier: type[forms.BaseForm], gegevens: Mapping[str, Any]) -> None:
    """The JSON shape of each field that Django's own fields cannot refuse by themselves:

    - one value, not a list or an object, for a field that takes one (a date field crashed on
      ``[null, null]``; a text field took ``["a"]`` as the text "['a']");
    - a list of single values for a field that takes several;
    - a choice of objects by their number: whole numbers in range (a form would look up 1e300,
      which the database refuses with a crash, or take 12.5 as 12).

    Fields of a part's own kind (a list of lines, of members) check their own input."""
    fouten: dict[str, list[str]] = {}
    for naam, veld in getattr(formulier, "base_fields", {}).items():
        if naam not in gegevens or isinstance(veld, forms.JSONField):
            continue
        waarde = gegevens[naam]
        meervoudig = isinstance(veld, _MEERVOUDIG)
        if meervoudig:
            if waarde is not None and not isinstance(waarde, list | tuple):
                waarde = [waarde]
            if waarde is not None and any(isinstance(w, dict | list | tuple) for w in waarde):
                fouten[naam] = ["Geef een lijst van losse waarden."]
                continue
        elif isinstance(veld, _ENKELVOUDIG) and isinstance(waarde, dict | list | tuple):
            fouten[naam] = ["Geef één waarde, geen lijst of object."]
            continue
        if isinstance(veld, forms.ModelChoiceField) and _met_nummer(veld) and waarde not in (None, ""):
            waarden = waarde if meervoudig else [waarde]
            if not all(_is_id(w) for w in waarden):
                fouten[naam] = ["Geef het nummer van een bestaand object (een geheel getal)."]
    if fouten:
        raise serializers.ValidationError(fouten)


def _met_nummer(veld: forms.ModelChoiceField) -> bool:
    """True when the field picks objects by a whole number (their id, or another integer)."""
    if veld.queryset is None:
        return False
    model = veld.queryset.model
    kolom = model._meta.pk if not veld.to_field_name else model._meta.get_field(veld.to_field_name)
    return kolom.get_internal_type() in (
        "AutoField",
        "BigAutoField",
        "SmallAutoField",
        "IntegerField",
        "BigIntegerField",
        "PositiveIntegerField",
        "PositiveBigIntegerField",
    )


def lees_api_invoer(handeling: Handeling, obj: Any, request: Request) -> dict[str, Any]:
    """The validated input; field errors become a 400 problem with ``invalidParams``. An action
    without input does not read the body (any body, of any type, is ignored)."""
    if handeling.invoer is None:
        return {}
    data = _json_invoer(handeling, request.data)
    try:
        return handeling.lees_invoer(obj, request.user, data, request.FILES)
    except Invoerfout as fout:
        raise serializers.ValidationError(
            {
                # an error of the input as a whole is "invoer", as a service's error is
                ("invoer" if veld == NON_FIELD_ERRORS else veld): [str(f) for f in fouten]
                for veld, fouten in fout.formulier.errors.items()
            }
        ) from None


def _antwoord(
    antwoord: type[serializers.BaseSerializer] | None, bron: Antwoordbron, obj: Any, resultaat: Any
) -> Any:
    """The answer: the object as it is now, or the service's result, through ``antwoord``."""
    if antwoord is None:
        return None
    if bron == "object" and obj is not None:
        obj.refresh_from_db()
        return antwoord(obj).data
    return antwoord(resultaat).data


def _opnieuw(fout: Exception) -> None:
    raise fout


def actiemethode(
    handeling: Handeling,
    *,
    antwoord: type[serializers.BaseSerializer] | None,
    samenvatting: str,
    antwoord_van: Antwoordbron = "object",
    status_code: int = status.HTTP_200_OK,
    beschrijving: str = "",
    invoer: type[serializers.Serializer] | None = None,
    weigering: Weigering | None = None,
) -> Callable[..., Response]:
    """One declared action as an endpoint method, documented in the OpenAPI schema: the object
    through the visibility function, the input through the form, the service, the answer.

    Use it as ``post = actiemethode(...)`` (or ``patch``, ``delete``) on an endpoint that also
    reads, e.g. a list; that class names the right of each method in ``acties``. For an endpoint
    that only acts, ``ActieEndpoint.voor`` does this. ``antwoord_van`` says whether the answer is
    the object as it is now or the service's result; ``invoer`` documents input whose shape the
    form's declared fields do not show (validation is always the form's); ``weigering`` may answer
    a refused action its own way."""

    def methode(self: APIView, request: Request, **kwargs: Any) -> Response:
        obj = handeling.haal_op(request.user, **kwargs)
        gegevens = lees_api_invoer(handeling, obj, request)
        try:
            resultaat = handeling.voer_uit(obj, request.user, gegevens)
        except DjangoValidationError as fout:
            eigen = weigering(fout, request) if weigering is not None else None
            if eigen is not None:
                return eigen
            resultaat = fouten_als_problem(_opnieuw, fout)  # raises the standard problem
        return Response(_antwoord(antwoord, antwoord_van, obj, resultaat), status=status_code)

    methode.__doc__ = samenvatting
    return extend_schema(
        summary=samenvatting,
        description=beschrijving or None,
        request=invoer or invoer_schema(handeling.invoer),
        responses={status_code: antwoord} if antwoord is not None else {status_code: None},
    )(methode)


class ActieEndpoint(APIView):
    """An endpoint that only acts: POST on one declared action (``ActieEndpoint.voor``)."""

    handeling: ClassVar[Handeling]
    acties: ClassVar[dict[str, str]]
    http_method_names = ["post", "options"]

    @classmethod
    def voor(cls, handeling: Handeling, **opties: Any) -> Callable[..., Any]:
        """The endpoint for one declared action; ``opties`` as for ``actiemethode``."""
        naam = f"Actie_{handeling.recht.replace('.', '_')}_{handeling.service.__name__}"
        klasse: Any = type(
            naam,
            (cls,),
            {
                "handeling": handeling,
                "acties": {"post": handeling.recht},
                "post": actiemethode(handeling, **opties),
                "__doc__": opties.get("samenvatting", ""),
            },
        )
        return klasse.as_view()


def invoer_schema(formulier: type[forms.BaseForm] | None) -> type[serializers.Serializer] | None:
    """The OpenAPI description of a form's input, made from its declared fields (documentation
    only; validation is always the form's)."""
    return _schema_uit_velden(formulier) if formulier is not None else None


_SCHEMAS: dict[type, type[serializers.Serializer]] = {}


def _schema_uit_velden(formulier: type[forms.BaseForm]) -> type[serializers.Serializer]:
    if formulier not in _SCHEMAS:
        velden = {naam: _serializerveld(veld) for naam, veld in getattr(formulier, "base_fields", {}).items()}
        _SCHEMAS[formulier] = type(f"{formulier.__name__}Invoer", (serializers.Serializer,), velden)
    return _SCHEMAS[formulier]


def _serializerveld(veld: forms.Field) -> serializers.Field:
    opties: dict[str, Any] = {"required": veld.required, "help_text": str(veld.label or "") or None}
    if isinstance(veld, forms.BooleanField):
        return serializers.BooleanField(required=False, help_text=opties["help_text"])
    if isinstance(veld, forms.FileField):
        return serializers.FileField(**opties)
    if isinstance(veld, forms.ModelMultipleChoiceField | forms.MultipleChoiceField):
        return serializers.ListField(child=serializers.CharField(), **opties)
    if isinstance(veld, forms.ModelChoiceField):
        return serializers.CharField(**opties)
    if isinstance(veld, forms.ChoiceField):
        keuzes = [k for k, _ in veld.choices if k != ""] if not callable(veld.choices) else []
        return (
            serializers.ChoiceField(choices=keuzes, **opties) if keuzes else serializers.CharField(**opties)
        )
    if isinstance(veld, forms.IntegerField):
        return serializers.IntegerField(**opties)
    if isinstance(veld, forms.DecimalField):
        return serializers.DecimalField(
            max_digits=veld.max_digits or 20, decimal_places=veld.decimal_places or 2, **opties
        )
    if isinstance(veld, forms.FloatField):
        return serializers.FloatField(**opties)
    if isinstance(veld, forms.DateTimeField):
        return serializers.DateTimeField(**opties)
    if isinstance(veld, forms.DateField):
        return serializers.DateField(**opties)
    if isinstance(veld, forms.EmailField):
        return serializers.EmailField(**opties)
    if isinstance(veld, forms.URLField):
        return serializers.URLField(**opties)
    max_lengte = getattr(veld, "max_length", None)
    return serializers.CharField(allow_blank=not veld.required, max_length=max_lengte, **opties)
