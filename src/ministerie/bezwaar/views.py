"""Pages of the objections part: the list, the registration, one objection with its actions
(folded), and its letters."""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.views import View
from django.views.generic import TemplateView

from ministerie.core import audit
from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist

from . import formulieren as f
from . import handelingen, termijn
from .gronden import AFZIEN_HOREN
from .models import Bezwaar, Brief
from .toestanden import OPEN
from .werk import volgende_stap
from .zichtbaarheid import bezwaar_voor, zichtbare_bezwaren


class OverzichtView(MatrixVereist, TemplateView):
    actie = "bezwaar.bekijken"
    template_name = "bezwaar/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        status = self.request.GET.get("status", "open")
        bezwaren = (
            zichtbare_bezwaren(self.request.user)
            .select_related("behandelaar")
            .prefetch_related("termijngebeurtenissen")
        )
        if status == "open":
            bezwaren = bezwaren.filter(status__in=OPEN)
        elif status in Bezwaar.Status.values:
            bezwaren = bezwaren.filter(status=status)
        else:
            status = ""
        vandaag = timezone.localdate()
        rijen = []
        for bezwaar in bezwaren[:500]:
            uiterste = termijn.uiterste_datum(bezwaar) if bezwaar.open else None
            rijen.append(
                (bezwaar, uiterste, (uiterste - vandaag).days if uiterste else None, termijn.te_laat(bezwaar))
            )
        rijen.sort(key=lambda r: (r[1] is None, r[1] or vandaag))
        return super().get_context_data(
            rijen=rijen,
            status=status,
            statussen=Bezwaar.Status.choices,
            mag_registreren=heeft_recht(self.request.user, "bezwaar.registreren"),
            **kwargs,
        )


class NieuwView(FormulierPagina):
    handeling = handelingen.REGISTREREN
    template_name = "bezwaar/nieuw.html"
    fouten_in_formulier = True

    def beginwaarden(self) -> dict[str, Any]:
        return {"ontvangen_op": timezone.localdate().isoformat(), "kanaal": "brief"}

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("bezwaar:bezwaar", args=[resultaat.pk])


class BezwaarView(MatrixVereist, TemplateView):
    actie = "bezwaar.bekijken"
    template_name = "bezwaar/bezwaar.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        bezwaar = bezwaar_voor(gebruiker, kwargs["pk"])
        vandaag = timezone.localdate().isoformat()
        mag_behandelen = bezwaar.open and heeft_recht(gebruiker, "bezwaar.behandelen")
        is_behandelaar = mag_behandelen and bezwaar.behandelaar_id == gebruiker.pk
        verdaagd = bezwaar.termijngebeurtenissen.filter(soort="verdaagd").exists()
        bekend = bezwaar.besluit_bekendgemaakt_op is not None
        herstel = termijn.lopend_herstel(bezwaar)
        return super().get_context_data(
            bezwaar=bezwaar,
            bezwaartermijn=termijn.bezwaartermijn(bezwaar),
            tijdig=termijn.tijdig(bezwaar),
            te_laat=termijn.te_laat(bezwaar),
            termijn=termijn.beslistermijn(bezwaar),
            uiterste_datum=termijn.uiterste_datum(bezwaar),
            afgesproken=termijn.afgesproken_datum(bezwaar),
            beroep_uiterlijk=termijn.beroep_uiterlijk(bezwaar.beslist_op),
            afzien_grond=AFZIEN_HOREN.get(bezwaar.afzien_horen_grond),
            gebeurtenissen=bezwaar.termijngebeurtenissen.all(),
            hoorzittingen=bezwaar.hoorzittingen.all(),
            brieven=bezwaar.brieven.all(),
            logboek=bezwaar.logboek.all(),
            volgende_stap=volgende_stap(bezwaar) if bezwaar.open else "",
            mag_behandelen=mag_behandelen,
            is_behandelaar=is_behandelaar,
            mag_verdagen=is_behandelaar and bekend and not verdaagd,
            mag_instemming=is_behandelaar and bekend,
            mag_verschonen=is_behandelaar and termijn.te_laat(bezwaar),
            herstel=herstel,
            herstel_tot=date_format(herstel.nieuwe_datum, "j F Y") if herstel else "",
            mag_verzuim=is_behandelaar and bekend and herstel is None,
            verzuimformulier=f.VerzuimFormulier(initial={"gevraagd_op": vandaag}, auto_id="id_vz_%s"),
            herstelformulier=f.HerstelFormulier(initial={"hersteld_op": vandaag}, auto_id="id_hs_%s"),
            toewijzen=f.ToewijzenFormulier(
                initial={
                    "behandelaar": bezwaar.behandelaar_id or gebruiker.pk,
                    "met_advies": bezwaar.met_advies,
                },
                auto_id="id_t_%s",
            ),
            besluitformulier=f.BesluitFormulier(
                initial={
                    "besluit": bezwaar.besluit,
                    "besluit_bekendgemaakt_op": bezwaar.besluit_bekendgemaakt_op,
                    "woo_zaaknummer": bezwaar.woo_zaaknummer,
                    "ter_post_op": bezwaar.ter_post_op,
                },
                auto_id="id_b_%s",
            ),
            verschoonbaar=f.VerschoonbaarFormulier(auto_id="id_vs_%s"),
            horen=f.HorenFormulier(initial={"gehoord_op": vandaag}, auto_id="id_h_%s"),
            afzien=f.AfzienHorenFormulier(auto_id="id_a_%s"),
            verdagen=f.VerdagingFormulier(initial={"gemeld_op": vandaag}, auto_id="id_v_%s"),
            instemming=f.InstemmingFormulier(auto_id="id_i_%s"),
            beslissen=f.BeslissenFormulier(initial={"beslist_op": vandaag}, auto_id="id_u_%s"),
            intrekken=f.IntrekkenFormulier(initial={"ingetrokken_op": vandaag}, auto_id="id_x_%s"),
            **kwargs,
        )


class BriefView(MatrixVereist, View):
    """A letter as it was sent (its stored PDF); the download is audited."""

    actie = "bezwaar.bekijken"

    def get(self, request: HttpRequest, pk: int, brief: int) -> HttpResponseBase:
        bezwaar = bezwaar_voor(request.user, pk, lezen=False)
        gevonden = get_object_or_404(Brief, bezwaar=bezwaar, pk=brief)
        audit.registreer(
            "document_gedownload", door=request.user, subject=bezwaar, gegevens={"brief": gevonden.soort}
        )
        antwoord = FileResponse(
            gevonden.pdf.open("rb"),
            filename=f"{bezwaar.zaaknummer}-{gevonden.soort}.pdf",
            content_type="application/pdf",
        )
        antwoord["Cache-Control"] = "private, no-store"
        return antwoord


def _naar_bezwaar(obj: Any, **kwargs: Any) -> str:
    return reverse("bezwaar:bezwaar", args=[obj.pk])


ToewijzenView = ActiePagina.voor(handelingen.TOEWIJZEN, terug=_naar_bezwaar)
BesluitView = ActiePagina.voor(handelingen.BESLUIT, terug=_naar_bezwaar)
VerschoonbaarView = ActiePagina.voor(handelingen.VERSCHOONBAAR, terug=_naar_bezwaar)
HorenView = ActiePagina.voor(handelingen.HOREN, terug=_naar_bezwaar)
AfzienHorenView = ActiePagina.voor(handelingen.AFZIEN_HOREN, terug=_naar_bezwaar)
VerdagenView = ActiePagina.voor(handelingen.VERDAGEN, terug=_naar_bezwaar)
InstemmingView = ActiePagina.voor(handelingen.INSTEMMING, terug=_naar_bezwaar)
VerzuimView = ActiePagina.voor(handelingen.VERZUIM, terug=_naar_bezwaar)
HerstelView = ActiePagina.voor(handelingen.HERSTEL, terug=_naar_bezwaar)
BeslissenView = ActiePagina.voor(handelingen.BESLISSEN, terug=_naar_bezwaar)
IntrekkenView = ActiePagina.voor(handelingen.INTREKKEN, terug=_naar_bezwaar)
