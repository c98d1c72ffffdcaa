"""Pages of the complaints part: the public form and its acknowledgement (no log-in), the list,
the registration, one complaint with its actions, its letters, and the yearly figures."""

from __future__ import annotations

from typing import Any

from django.core import signing
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from ministerie.core import audit
from ministerie.core.acties import ActiePagina, FormulierPagina
from ministerie.core.permissies import heeft_recht
from ministerie.core.toegang import MatrixVereist

from . import brieven, handelingen, jaarverslag, publiek, services, termijn
from .formulieren import (
    AfhandelenFormulier,
    AfzienHorenFormulier,
    BeklaagdeFormulier,
    HorenFormulier,
    InstemmingFormulier,
    NietBehandelenFormulier,
    OmbudsmanFormulier,
    PubliekKlachtFormulier,
    ToewijzenFormulier,
    VerdagingFormulier,
)
from .gronden import AFZIEN_HOREN, NIET_BEHANDELEN
from .models import Brief, Klacht
from .toestanden import OPEN
from .zichtbaarheid import klacht_voor, zichtbare_klachten

# --- the public side ---------------------------------------------------------------------------


def _ip(request: HttpRequest) -> str:
    # REMOTE_ADDR: behind a reverse proxy, let the proxy set it (do not trust X-Forwarded-For here)
    return request.META.get("REMOTE_ADDR", "onbekend")


class IndienenView(TemplateView):
    """The public complaint form: no log-in, no third-party services."""

    publiek = True
    template_name = "klachten/indienen.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault(
            "formulier",
            PubliekKlachtFormulier(
                initial={"token": publiek.BESCHERMING.nieuw_token(), "hoedanigheid": "burger"}
            ),
        )
        return super().get_context_data(**kwargs)

    def post(self, request: HttpRequest) -> HttpResponse:
        formulier = PubliekKlachtFormulier(request.POST)
        if publiek.BESCHERMING.te_vaak(_ip(request)):
            formulier.is_valid()
            formulier.add_error(
                None,
                "U heeft het afgelopen uur te veel klachten verstuurd. Probeer "
                "het later opnieuw of stuur uw klacht per post.",
            )
            return self._opnieuw(formulier, status=429)
        if not formulier.is_valid():
            return self._opnieuw(formulier)
        if not publiek.BESCHERMING.verbruik_token(formulier.cleaned_data["token"]):
            formulier.add_error(
                None,
                "Dit formulier is al verstuurd. Kijk in uw e-mail of "
                "uw klacht is ontvangen, of vul het opnieuw in.",
            )
            return self._opnieuw(formulier)
        try:
            klacht = services.dien_in(**formulier.gegevens())
        except ValidationError as fout:
            if hasattr(fout, "error_dict"):
                for veld, fouten in fout.message_dict.items():
                    formulier.add_error(veld if veld in formulier.fields else None, fouten)
            else:
                formulier.add_error(None, " ".join(fout.messages))
            return self._opnieuw(formulier)
        return redirect("klachten:bevestiging", token=signing.dumps(klacht.pk, salt=publiek.ZOUT_BEVESTIGING))

    def _opnieuw(self, formulier: PubliekKlachtFormulier, status: int = 200) -> HttpResponse:
        data = formulier.data.copy()  # type: ignore[attr-defined]
        data["token"] = publiek.BESCHERMING.nieuw_token()
        formulier.data = data
        return self.render_to_response(self.get_context_data(formulier=formulier), status=status)


def _klacht_uit_token(token: str) -> Klacht:
    try:
        pk = signing.loads(token, salt=publiek.ZOUT_BEVESTIGING, max_age=24 * 3600)
    except signing.BadSignature:
        raise Http404("Deze link is verlopen of ongeldig.") from None
    return get_object_or_404(Klacht, pk=pk)


class BevestigingView(TemplateView):
    """Right after filing (a signed link, valid for a day): the case number, what happens next and
    by when. It shows no content of the complaint (the link may be shared)."""

    publiek = True
    template_name = "klachten/bevestiging.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        klacht = _klacht_uit_token(kwargs["token"])
        return super().get_context_data(
            klacht=klacht,
            uiterste_datum=termijn.uiterste_datum(klacht),
            niet_behandelen_uiterlijk=termijn.niet_behandelen_uiterlijk(klacht),
            ouder_dan_een_jaar=termijn.ouder_dan_een_jaar(klacht.gedraging_op, klacht.ontvangen_op),
            **kwargs,
        )


# --- staff pages --------------------------------------------------------------------------------


class OverzichtView(MatrixVereist, TemplateView):
    actie = "klacht.bekijken"
    template_name = "klachten/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        status = self.request.GET.get("status", "open")
        klachten = (
            zichtbare_klachten(self.request.user)
            .select_related("behandelaar")
            .prefetch_related("termijngebeurtenissen")
        )
        if status == "open":
            klachten = klachten.filter(status__in=OPEN)
        elif status in Klacht.Status.values:
            klachten = klachten.filter(status=status)
        else:
            status = ""
        vandaag = timezone.localdate()
        rijen = []
        for klacht in klachten[:500]:
            uiterste = klacht.uiterste_datum() if klacht.open else None
            rijen.append((klacht, uiterste, (uiterste - vandaag).days if uiterste else None))
        rijen.sort(key=lambda r: (r[1] is None, r[1] or vandaag))
        gebruiker = self.request.user
        return super().get_context_data(
            rijen=rijen,
            status=status,
            statussen=Klacht.Status.choices,
            mag_registreren=heeft_recht(gebruiker, "klacht.registreren"),
            mag_jaarverslag=heeft_recht(gebruiker, "klacht.jaarverslag"),
            **kwargs,
        )


class NieuwView(FormulierPagina):
    handeling = handelingen.REGISTREREN
    template_name = "klachten/nieuw.html"
    fouten_in_formulier = True

    def beginwaarden(self) -> dict[str, Any]:
        return {"ontvangen_op": timezone.localdate().isoformat(), "hoedanigheid": "burger"}

    def na(self, resultaat: Any, obj: Any) -> str:
        return reverse("klachten:klacht", args=[resultaat.pk])


class KlachtView(MatrixVereist, TemplateView):
    actie = "klacht.bekijken"
    template_name = "klachten/klacht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        gebruiker = self.request.user
        klacht = klacht_voor(gebruiker, kwargs["pk"])
        wettelijk = termijn.afhandeltermijn(klacht)
        is_behandelaar = (
            klacht.open
            and klacht.behandelaar_id == gebruiker.pk
            and heeft_recht(gebruiker, "klacht.behandelen")
        )
        verdaagd = klacht.termijngebeurtenissen.filter(soort="verdaagd").exists()
        gehoord = {g.wie for g in klacht.hoorgesprekken.all()}
        return super().get_context_data(
            klacht=klacht,
            termijn=wettelijk,
            uiterste_datum=termijn.uiterste_datum(klacht),
            afgesproken=termijn.afgesproken_datum(klacht),
            niet_behandelen_uiterlijk=termijn.niet_behandelen_uiterlijk(klacht),
            ouder_dan_een_jaar=termijn.ouder_dan_een_jaar(klacht.gedraging_op, klacht.ontvangen_op),
            ombudsman_uiterlijk=termijn.ombudsman_uiterlijk(klacht),
            grond=NIET_BEHANDELEN.get(klacht.niet_behandelen_grond),
            afzien_grond=AFZIEN_HOREN.get(klacht.afzien_horen_grond),
            gebeurtenissen=klacht.termijngebeurtenissen.all(),
            hoorgesprekken=klacht.hoorgesprekken.all(),
            brieven=klacht.brieven.all(),
            logboek=klacht.logboek.all(),
            mag_toewijzen=klacht.open and heeft_recht(gebruiker, "klacht.toewijzen"),
            is_behandelaar=is_behandelaar,
            mag_verdagen=is_behandelaar and not verdaagd,
            mag_instemming=is_behandelaar and verdaagd,
            mag_ombudsman=not klacht.open and heeft_recht(gebruiker, "klacht.behandelen"),
            gehoord=gehoord,
            vandaag=timezone.localdate(),
            toewijzen=ToewijzenFormulier(
                initial={"behandelaar": klacht.behandelaar_id, "met_advies": klacht.met_advies}
            ),
            beklaagde=BeklaagdeFormulier(
                initial={
                    "beklaagde": klacht.beklaagde_id,
                    "beklaagde_omschrijving": klacht.beklaagde_omschrijving,
                },
                auto_id="id_bk_%s",
            ),
            niet_behandelen=NietBehandelenFormulier(
                initial={"gemeld_op": timezone.localdate().isoformat()}, auto_id="id_nb_%s"
            ),
            horen=HorenFormulier(initial={"gehoord_op": timezone.localdate().isoformat()}, auto_id="id_h_%s"),
            afzien=AfzienHorenFormulier(auto_id="id_a_%s"),
            verdagen=VerdagingFormulier(
                initial={"gemeld_op": timezone.localdate().isoformat()}, auto_id="id_v_%s"
            ),
            instemming=InstemmingFormulier(auto_id="id_i_%s"),
            afhandelen=AfhandelenFormulier(
                initial={"afgehandeld_op": timezone.localdate().isoformat()}, auto_id="id_u_%s"
            ),
            ombudsman=OmbudsmanFormulier(
                initial={
                    "kenmerk": klacht.ombudsman_kenmerk,
                    "ontvangen_op": klacht.ombudsman_ontvangen_op.isoformat()
                    if klacht.ombudsman_ontvangen_op
                    else "",
                    "uitkomst": klacht.ombudsman_uitkomst,
                },
                auto_id="id_o_%s",
            ),
            **kwargs,
        )


class BriefView(MatrixVereist, View):
    """A letter as it was sent (its stored PDF); the download is audited."""

    actie = "klacht.bekijken"

    def get(self, request: HttpRequest, pk: int, brief: int) -> HttpResponseBase:
        klacht = klacht_voor(request.user, pk, lezen=False)
        gevonden = get_object_or_404(Brief, klacht=klacht, pk=brief)
        audit.registreer(
            "document_gedownload", door=request.user, subject=klacht, gegevens={"brief": gevonden.soort}
        )
        antwoord = FileResponse(
            gevonden.pdf.open("rb"),
            filename=f"{klacht.zaaknummer}-{gevonden.soort}.pdf",
            content_type="application/pdf",
        )
        antwoord["Cache-Control"] = "private, no-store"
        return antwoord


def _naar_klacht(obj: Any, **kwargs: Any) -> str:
    return reverse("klachten:klacht", args=[obj.pk])


ToewijzenView = ActiePagina.voor(handelingen.TOEWIJZEN, terug=_naar_klacht)
BeklaagdeView = ActiePagina.voor(handelingen.BEKLAAGDE, terug=_naar_klacht)
NietBehandelenView = ActiePagina.voor(handelingen.NIET_BEHANDELEN, terug=_naar_klacht)
HorenView = ActiePagina.voor(handelingen.HOREN, terug=_naar_klacht)
AfzienHorenView = ActiePagina.voor(handelingen.AFZIEN_HOREN, terug=_naar_klacht)
VerdagenView = ActiePagina.voor(handelingen.VERDAGEN, terug=_naar_klacht)
InstemmingView = ActiePagina.voor(handelingen.INSTEMMING, terug=_naar_klacht)
AfhandelenView = ActiePagina.voor(handelingen.AFHANDELEN, terug=_naar_klacht)
OmbudsmanView = ActiePagina.voor(handelingen.OMBUDSMAN, terug=_naar_klacht)


# --- yearly figures -------------------------------------------------------------------------------


def _jaar(request: HttpRequest, standaard: int) -> int:
    try:
        jaar = int(request.GET.get("jaar", standaard))
    except ValueError:
        return standaard
    return jaar if jaarverslag.geldig_jaar(jaar) else standaard


class JaarverslagView(MatrixVereist, TemplateView):
    actie = "klacht.jaarverslag"
    template_name = "klachten/jaarverslag.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        huidig = timezone.localdate().year
        jaar = _jaar(self.request, huidig)
        return super().get_context_data(
            cijfers=jaarverslag.cijfers(jaar), jaren=range(huidig, huidig - 6, -1), jaar=jaar, **kwargs
        )


class JaarverslagPdfView(MatrixVereist, View):
    actie = "klacht.jaarverslag"

    def get(self, request: HttpRequest, jaar: int) -> HttpResponse:
        if not jaarverslag.geldig_jaar(jaar):
            raise Http404("Onbekend jaar.")
        html = render_to_string(
            "klachten/pdf/jaarverslag.html",
            {"cijfers": jaarverslag.cijfers(jaar), "organisatie": brieven.context_organisatie()},
        )
        antwoord = HttpResponse(brieven.html_naar_pdf(html), content_type="application/pdf")
        antwoord["Content-Disposition"] = f'inline; filename="klachten-jaarverslag-{jaar}.pdf"'
        return antwoord
