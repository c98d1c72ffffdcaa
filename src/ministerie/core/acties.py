"""The one action layer: an action is declared once (``Handeling``) and served by a page (here)
and by the API (``ministerie.api.acties``).

A declaration says which objects the user may act on (the part's visibility function, which
raises ``Http404`` for an object the user may not see), the input (one Django form, used by page
and API alike), the service call and the message after success. The page bases below fetch the
object, validate the input, call the service, turn a refused action into one Dutch message and
redirect only to a local URL. This module knows no domain part.

Conventions a part follows:
- the service is called as ``service(obj, door=gebruiker, **gegevens)``, or
  ``service(door=gebruiker, **gegevens)`` for an action that makes something new;
- ``gegevens`` are the form's ``cleaned_data``, or what its ``gegevens()`` method returns when
  the service wants another shape;
- a form whose API input has another shape than its page input converts it in a classmethod
  ``uit_json(data) -> dict``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
from django.views.generic import TemplateView

from .toegang import MatrixVereist

GEEN_RECHT = "U heeft hier geen recht op."


@dataclass(frozen=True)
class Melding:
    """One message for the page after an action that reports per item (an upload of several
    files: some stored, some refused). ``niveau`` is a level of ``django.contrib.messages``."""

    niveau: int
    tekst: str


def toon_meldingen(request: HttpRequest, meldingen: str | list[Melding]) -> None:
    """Show the outcome of an action: one success message, or a list of Meldingen."""
    if isinstance(meldingen, str):
        if meldingen:
            messages.success(request, meldingen)
        return
    for melding in meldingen:
        messages.add_message(request, melding.niveau, melding.tekst)


class Invoerfout(ValidationError):
    """The input of an action did not pass its form; keeps the form for its field errors."""

    def __init__(self, formulier: forms.BaseForm) -> None:
        self.formulier = formulier
        super().__init__(formfouten(formulier))


def fouttekst(fout: ValidationError | PermissionDenied) -> str:
    """The one Dutch message for a refused action, shown on a page."""
    if isinstance(fout, ValidationError):
        return " ".join(fout.messages)
    return str(fout) or GEEN_RECHT


def formfouten(formulier: forms.BaseForm) -> str:
    """A form's errors as one sentence per field, each led by the field's label."""
    delen = []
    for veld, fouten in formulier.errors.items():
        tekst = " ".join(str(f) for f in fouten)
        label = formulier.fields[veld].label if veld in formulier.fields else None
        delen.append(f"{label}: {tekst}" if label and veld != NON_FIELD_ERRORS else tekst)
    return " ".join(delen)


def veilige_terug(request: HttpRequest, standaard: str) -> str:
    """The page to go back to: the form's ``terug`` field when it is a URL on this site."""
    terug = request.POST.get("terug", "")
    if terug and url_has_allowed_host_and_scheme(
        terug, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return terug
    return standaard


@dataclass(frozen=True)
class Handeling:
    """One action, declared once for the page and the API."""

    recht: str
    """The action in the permission matrix that the user needs."""
    service: Callable[..., Any]
    """The service that does the work (one transaction, permission check, audit)."""
    invoer: type[forms.BaseForm] | None = None
    """The input: one form, validated the same way for the page and the API."""
    ophalen: Callable[..., Any] | None = None
    """``ophalen(gebruiker, **url_kwargs)``: the object, through the part's visibility function;
    raises ``Http404`` when the user may not see it. None for an action that makes something new."""
    gelukt: str | Callable[[Any], str | list[Melding]] = ""
    """The message on the page after success; a function gets the service's result and may
    return a list of Meldingen (per item)."""
    formulier_opties: Callable[[Any, Any], dict[str, Any]] | None = None
    """Extra keyword arguments for the form, from (object, gebruiker)."""
    ongeldig: str = ""
    """The one message on a page when the input does not pass the form (instead of each
    field's error on an action page; above the field errors on a form page)."""

    def haal_op(self, gebruiker: Any, **kwargs: Any) -> Any:
        return self.ophalen(gebruiker, **kwargs) if self.ophalen is not None else None

    def formulier(
        self, obj: Any, gebruiker: Any, data: Mapping[str, Any] | None = None, bestanden: Any = None
    ) -> forms.BaseForm:
        assert self.invoer is not None
        opties = self.formulier_opties(obj, gebruiker) if self.formulier_opties else {}
        return self.invoer(data, bestanden, **opties)

    def lees_invoer(self, obj: Any, gebruiker: Any, data: Mapping[str, Any], bestanden: Any = None) -> dict:
        """The validated input as the service's keyword arguments; ``Invoerfout`` when invalid."""
        if self.invoer is None:
            return {}
        formulier = self.formulier(obj, gebruiker, data, bestanden)
        if not formulier.is_valid():
            raise Invoerfout(formulier)
        gegevens = getattr(formulier, "gegevens", None)
        return dict(gegevens() if callable(gegevens) else formulier.cleaned_data)

    def voer_uit(self, obj: Any, gebruiker: Any, gegevens: Mapping[str, Any]) -> Any:
        if self.ophalen is None:
            return self.service(door=gebruiker, **gegevens)
        return self.service(obj, door=gebruiker, **gegevens)

    def melding(self, resultaat: Any) -> str | list[Melding]:
        return self.gelukt(resultaat) if callable(self.gelukt) else self.gelukt


class ActiePagina(MatrixVereist, View):
    """A POST action on a page: errors become one clear message, nothing is half-done, and the
    user returns to the page they came from (only a page of this site) or to ``terug``."""

    handeling: ClassVar[Handeling]
    http_method_names = ["post", "options"]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "handeling" in cls.__dict__:
            cls.actie = cls.handeling.recht

    def post(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        h = self.handeling
        obj = h.haal_op(request.user, **kwargs)
        try:
            gegevens = h.lees_invoer(obj, request.user, request.POST, request.FILES)
            resultaat = h.voer_uit(obj, request.user, gegevens)
        except Invoerfout as fout:
            messages.error(request, h.ongeldig or fouttekst(fout))
        except (ValidationError, PermissionDenied) as fout:
            messages.error(request, fouttekst(fout))
        else:
            toon_meldingen(request, h.melding(resultaat))
            if (na := self.na(resultaat, obj, **kwargs)) is not None:
                return redirect(na)
        return redirect(veilige_terug(request, self.terug(obj, **kwargs)))

    def terug(self, obj: Any, **kwargs: Any) -> str:
        """The page to return to when the form names none."""
        raise NotImplementedError

    def na(self, resultaat: Any, obj: Any, **kwargs: Any) -> str | None:
        """The page after success when it depends on the result (the new item, or the page
        above a deleted one); None: the same page as after a refusal."""
        return None

    @classmethod
    def voor(
        cls,
        handeling: Handeling,
        terug: Callable[..., str],
        na: Callable[..., str | None] | None = None,
    ) -> Callable[..., HttpResponse]:
        """The view for one declared action; ``terug(obj, **url_kwargs)`` gives the page after it,
        ``na(resultaat, obj, **url_kwargs)`` (optional) the page after success."""
        naam = f"{cls.__name__}_{handeling.recht.replace('.', '_')}"
        attributen: dict[str, Any] = {
            "handeling": handeling,
            "terug": lambda self, obj, **kw: terug(obj, **kw),
        }
        if na is not None:
            attributen["na"] = lambda self, resultaat, obj, **kw: na(resultaat, obj, **kw)
        klasse: Any = type(naam, (cls,), attributen)
        return klasse.as_view()


class FormulierPagina(MatrixVereist, TemplateView):
    """A page with a form for one action (often: making something new). GET shows the form;
    POST validates and calls the service; an error keeps what was typed and says what is wrong."""

    handeling: ClassVar[Handeling]
    status_bij_fout: ClassVar[int] = 200
    """The status of the page shown again after invalid input or a refusal."""
    fouten_in_formulier: ClassVar[bool] = False
    """Show a refusal in the form, at the fields the service names, instead of as a message."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "handeling" in cls.__dict__:
            cls.actie = cls.handeling.recht

    def object(self) -> Any:
        return self.handeling.haal_op(self.request.user, **self.kwargs)

    def beginwaarden(self) -> dict[str, Any]:
        return {}

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        if "formulier" not in kwargs:
            formulier = self.handeling.formulier(kwargs.get("object"), self.request.user)
            formulier.initial = {**formulier.initial, **self.beginwaarden()}
            kwargs["formulier"] = formulier
        return super().get_context_data(**kwargs)

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return self.render_to_response(self.get_context_data(object=self.object()))

    def post(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        h = self.handeling
        obj = self.object()
        extra: dict[str, Any] = {}
        try:
            gegevens = h.lees_invoer(obj, request.user, request.POST, request.FILES)
            resultaat = h.voer_uit(obj, request.user, gegevens)
        except Invoerfout as fout:
            formulier = fout.formulier
            if h.ongeldig:
                messages.error(request, h.ongeldig)
        except (ValidationError, PermissionDenied) as fout:
            formulier = h.formulier(obj, request.user, request.POST, request.FILES)
            extra = self.weigering(fout, formulier)
        else:
            toon_meldingen(request, h.melding(resultaat))
            return self.na_succes(resultaat, obj)
        return self.render_to_response(
            self.get_context_data(object=obj, formulier=formulier, **extra), status=self.status_bij_fout
        )

    def weigering(
        self, fout: ValidationError | PermissionDenied, formulier: forms.BaseForm
    ) -> dict[str, Any]:
        """Show a refused action: one message, or (``fouten_in_formulier``) errors in the form.
        Returns extra context for the page shown again; a part may show a refusal its own way."""
        if not self.fouten_in_formulier:
            messages.error(self.request, fouttekst(fout))
            return {}
        formulier.is_valid()
        if isinstance(fout, ValidationError) and hasattr(fout, "error_dict"):
            for veld, fouten in fout.message_dict.items():
                formulier.add_error(veld if veld in formulier.fields else None, fouten)
        else:
            formulier.add_error(None, fouttekst(fout))
        if self.handeling.ongeldig:
            messages.error(self.request, self.handeling.ongeldig)
        return {}

    def na(self, resultaat: Any, obj: Any) -> str:
        """The page after success."""
        raise NotImplementedError

    def na_succes(self, resultaat: Any, obj: Any) -> HttpResponse:
        """The answer after success: a redirect to ``na``; a page that shows the result itself
        (an import with its report) answers here."""
        return redirect(self.na(resultaat, obj))
