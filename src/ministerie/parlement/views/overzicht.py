"""The start page, the bewindspersoon's overview and the import."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.views.generic import TemplateView

from ministerie.core.acties import FormulierPagina, fouttekst
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist
from ministerie.organisatie.models import Eenheid

from .. import handelingen
from ..importeren import Verslag
from ..models import Debat
from ..overzicht import openstaand


class StartView(MatrixVereist, TemplateView):
    actie = "parlement.bekijken"
    template_name = "parlement/start.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        items = openstaand()
        return super().get_context_data(
            items=items[:50],
            aantal=len(items),
            te_laat=sum(1 for i in items if i.te_laat),
            mag_registreren=heeft_recht(self.request.user, "parlement.registreren"),
            mag_importeren=heeft_recht(self.request.user, "parlement.importeren"),
            mag_overzicht=heeft_recht(self.request.user, "parlement.overzicht_bewindspersoon"),
            **kwargs,
        )


class BewindspersoonView(MatrixVereist, TemplateView):
    """What the bewindspersoon still owes parliament: overdue commitments first."""

    actie = "parlement.overzicht_bewindspersoon"
    template_name = "parlement/bewindspersoon.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        alle = Eenheid.objects.filter(soort=Eenheid.Soort.BEWINDSPERSOON).order_by("volgorde", "naam")
        eigen = list(alle.filter(gebruikers=self.request.user.pk))
        gekozen_code = self.request.GET.get("portefeuille", "")
        gekozen = alle.filter(code=gekozen_code).first() if gekozen_code else None
        portefeuilles = [gekozen] if gekozen else eigen
        items = openstaand(bewindspersonen=[p.pk for p in portefeuilles] if portefeuilles else None)
        debatten = Debat.objects.exclude(status=Debat.Status.AFGELOPEN).order_by("datum")
        if portefeuilles:
            debatten = debatten.filter(bewindspersoon__in=portefeuilles)
        return super().get_context_data(
            portefeuilles=portefeuilles,
            keuzes=alle,
            gekozen=gekozen,
            toezeggingen=[i for i in items if i.soort == "toezegging"],
            kamervragen=[i for i in items if i.soort == "kamervragen"],
            moties=[i for i in items if i.soort == "motie"],
            te_laat=[i for i in items if i.te_laat],
            debatten=debatten[:10],
            **kwargs,
        )


class ImportView(FormulierPagina):
    """Upload a file; the report is shown on the page itself. A refused import writes nothing
    and names every bad record."""

    handeling = handelingen.IMPORTEREN
    template_name = "parlement/importeren.html"

    def weigering(
        self, fout: ValidationError | PermissionDenied, formulier: forms.BaseForm
    ) -> dict[str, Any]:
        if isinstance(fout, ValidationError):
            messages.error(self.request, f"Niets geïmporteerd. {fouttekst(fout)}")
        else:
            messages.error(self.request, fouttekst(fout))
        return {}

    def na_succes(self, verslag: Verslag, _: Any) -> HttpResponse:
        return self.render_to_response(self.get_context_data(verslag=verslag))
