"""Budget pages: chapters, article waterfall, change entry with a live rule check, FEZ dashboard,
exports. Every action is declared in handelingen.py."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Max
from django.forms import BaseForm
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView

from ministerie.core.acties import ActiePagina, FormulierPagina, Invoerfout
from ministerie.core.grafieken import staafdiagram
from ministerie.core.grafieken import waterval as watervaldiagram
from ministerie.core.permissies import heeft_recht
from ministerie.core.templatetags.opmaak import bedrag_kort
from ministerie.core.toegang import MatrixVereist

from . import evaluaties, export, handelingen, services, toestanden
from .berekening import standen_met_bedragen, waterval
from .controle import bedrag_tekst
from .formulieren import StandFormulier
from .models import (
    Agentschap,
    Artikel,
    Bedragsoort,
    Begroting,
    Bevinding,
    Hoofdstuk,
    Mutatie,
    Risicoregeling,
    Stand,
)
from .weergave import kies_stand, watervalreeks
from .zichtbaarheid import artikel_voor, begroting_voor, stand_voor, zichtbare_artikelen, ziet_alles

BEKIJKEN = handelingen.LEZEN
INVOEREN = handelingen.INVOEREN
BIJWERKEN = handelingen.BIJWERKEN


def _kort_mln(miljoenen: float) -> str:
    """A chart's value label: "€ 4,6 mld", "€ 130 mln" (the charts count in millions)."""
    return bedrag_kort(miljoenen, "miljoen")


def _mln(duizenden: int | None) -> str:
    return "—" if duizenden is None else bedrag_tekst(duizenden)


class OverzichtView(MatrixVereist, TemplateView):
    actie = BEKIJKEN
    template_name = "begroting/overzicht.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        jaar = Begroting.objects.aggregate(jaar=Max("jaar"))["jaar"]
        try:
            jaar = int(self.request.GET.get("jaar", jaar or 0))
        except ValueError:
            jaar = jaar or 0
        rijen: list[dict[str, Any]] = []
        for begroting in Begroting.objects.filter(jaar=jaar).select_related("hoofdstuk"):
            sb = kies_stand(begroting)
            totaal = sb.totaal(Bedragsoort.UITGAVEN, jaar) if sb else None
            rijen.append(
                {
                    "begroting": begroting,
                    "stand": sb.stand if sb else None,
                    "totaal": totaal,
                    "totaal_tekst": _mln(totaal),
                    "vastgelegd_tekst": _mln(begroting.vastgelegd_totaal),
                }
            )
        diagram = (
            staafdiagram(
                "hoofdstukken",
                f"Uitgaven {jaar} per begrotingshoofdstuk (laatste stand)",
                [
                    (
                        f"{r['begroting'].hoofdstuk.code} {r['begroting'].hoofdstuk.naam}",
                        (r["totaal"] or 0) / 1000,
                    )
                    for r in rijen
                ],
                opmaak=_kort_mln,
                kolom_label="Hoofdstuk",
                kolom_waarde="Uitgaven",
            )
            if rijen
            else None
        )
        return super().get_context_data(
            jaar=jaar,
            rijen=rijen,
            diagram=diagram,
            agentschappen=Agentschap.objects.select_related("hoofdstuk"),
            risicoregelingen=Risicoregeling.objects.select_related("hoofdstuk"),
            kalender_url=reverse("begroting:kalender"),
            accres_url=reverse("begroting:accres"),
            mag_dashboard=heeft_recht(self.request.user, "begroting.dashboard"),
            **kwargs,
        )


class HoofdstukView(MatrixVereist, TemplateView):
    actie = BEKIJKEN
    template_name = "begroting/hoofdstuk.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        begroting = begroting_voor(self.request.user, self.kwargs["code"], self.kwargs["jaar"])
        standen = standen_met_bedragen(begroting)
        gekozen = standen[-1] if standen else None
        if self.request.GET.get("stand", "").isdigit():
            gekozen = next(
                (s for s in standen if s.stand.volgnummer == int(self.request.GET["stand"])),
                gekozen,
            )
        artikelen = list(
            zichtbare_artikelen(self.request.user, begroting.hoofdstuk.artikelen.select_related("hoofdstuk"))
        )
        jaren = begroting.jaren
        rijen = []
        if gekozen:
            for a in artikelen:
                rijen.append(
                    {
                        "artikel": a,
                        "bedragen": [_mln(gekozen.bedrag(a.pk, Bedragsoort.UITGAVEN, j)) for j in jaren],
                        "verplichtingen": _mln(
                            gekozen.bedrag(a.pk, Bedragsoort.VERPLICHTINGEN, begroting.jaar)
                        ),
                        "ontvangsten": _mln(gekozen.bedrag(a.pk, Bedragsoort.ONTVANGSTEN, begroting.jaar)),
                    }
                )
        diagram = (
            staafdiagram(
                "artikelen",
                f"Uitgaven {begroting.jaar} per artikel, {gekozen.stand.get_moment_display().lower()}",
                [
                    (
                        f"{a.nummer}. {a.naam}",
                        (gekozen.bedrag(a.pk, Bedragsoort.UITGAVEN, begroting.jaar) or 0) / 1000,
                    )
                    for a in artikelen
                ],
                opmaak=_kort_mln,
                kolom_label="Artikel",
                kolom_waarde="Uitgaven",
            )
            if gekozen and artikelen
            else None
        )
        verloop = (
            staafdiagram(
                "standen",
                f"Uitgaven {begroting.jaar} van hoofdstuk {begroting.hoofdstuk.code} per stand",
                [
                    (
                        f"{s.stand.volgnummer}. {s.stand.get_moment_display()}",
                        s.totaal(Bedragsoort.UITGAVEN, begroting.jaar) / 1000,
                    )
                    for s in standen
                ],
                opmaak=_kort_mln,
                kolom_label="Stand",
                kolom_waarde="Uitgaven",
            )
            if len(standen) > 1
            else None
        )
        momenten = [s.stand.moment for s in standen]
        mag_invoeren = heeft_recht(self.request.user, INVOEREN)
        toegestaan = toestanden.toegestane_volgende(momenten)
        return super().get_context_data(
            begroting=begroting,
            standen=standen,
            gekozen=gekozen,
            jaren=jaren,
            rijen=rijen,
            diagram=diagram,
            verloop=verloop,
            ziet_alles=ziet_alles(self.request.user),
            mag_invoeren=mag_invoeren,
            standformulier=StandFormulier(momenten=momenten) if mag_invoeren and toegestaan else None,
            bevindingen=begroting.hoofdstuk.bevindingen.all(),
            agenda=[
                p for p in evaluaties.agenda(hoofdstuk=begroting.hoofdstuk.code) if p.artikel in artikelen
            ],
            **kwargs,
        )


StandOpenenView = ActiePagina.voor(
    handelingen.STAND_OPENEN,
    terug=lambda begroting, **_: reverse(
        "begroting:hoofdstuk", args=[begroting.hoofdstuk.code, begroting.jaar]
    ),
    na=lambda stand, *_, **__: _mutatiepagina(stand),
)


def _mutatiepagina(stand: Stand) -> str:
    return reverse(
        "begroting:mutatie-nieuw",
        args=[stand.begroting.hoofdstuk.code, stand.begroting.jaar, stand.volgnummer],
    )


class MutatieNieuwView(FormulierPagina):
    handeling = handelingen.MUTATIES_INVOEREN
    template_name = "begroting/mutatie_nieuw.html"
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        stand = kwargs["object"]
        return super().get_context_data(
            stand=stand,
            begroting=stand.begroting,
            mutaties=stand.mutaties.prefetch_related("regels__artikel"),
            mag_uitzonderen=heeft_recht(self.request.user, services.UITZONDEREN),
            **kwargs,
        )

    def weigering(self, fout: ValidationError | PermissionDenied, formulier: BaseForm) -> dict[str, Any]:
        """Refused by the rules: the page shows each rule that refused, with its numbers."""
        if isinstance(fout, services.Geweigerd):
            return {"uitslag": fout.uitslag, "geweigerd": True}
        return super().weigering(fout, formulier)

    def na(self, resultaat: list[Mutatie], stand: Stand) -> str:
        return _mutatiepagina(stand)


class MutatieControleView(MatrixVereist, View):
    """The live check (htmx, on every change of the form): the same input and rules, no writes."""

    actie = handelingen.MUTATIES_CONTROLEREN.recht
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, **kwargs: Any) -> HttpResponse:
        h = handelingen.MUTATIES_CONTROLEREN
        stand = h.haal_op(request.user, **kwargs)
        context: dict[str, Any] = {"stand": stand}
        try:
            gegevens = h.lees_invoer(stand, request.user, request.POST)
        except Invoerfout:
            context["onvolledig"] = True
        else:
            context["uitslag"] = h.voer_uit(stand, request.user, gegevens)
        return render(request, "begroting/_controle.html", context)


class ArtikelView(MatrixVereist, TemplateView):
    actie = BEKIJKEN
    template_name = "begroting/artikel.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        artikel = artikel_voor(
            self.request.user, self.kwargs["code"], self.kwargs["jaar"], self.kwargs["nummer"]
        )
        begroting = begroting_voor(self.request.user, self.kwargs["code"], self.kwargs["jaar"])
        soort = self.request.GET.get("soort", Bedragsoort.UITGAVEN)
        if soort not in Bedragsoort.values:
            soort = Bedragsoort.UITGAVEN
        stappen = waterval(artikel, begroting, soort)
        jaar = begroting.jaar
        diagram = (
            watervaldiagram(
                "waterval-grafiek",
                f"Hoe de {soort} {jaar} van artikel {artikel.nummer} tot stand kwamen",
                watervalreeks(stappen, jaar),
                opmaak=lambda w: bedrag_tekst(int(w)).replace("-", "\u2212", 1),
                as_opmaak=lambda w: bedrag_kort(w, "duizend"),
            )
            if stappen
            else None
        )
        evaluatie = getattr(artikel, "evaluatie", None) if hasattr(artikel, "evaluatie") else None
        punt = (
            evaluaties.agendapunt(artikel, evaluatie, evaluaties.geldende_regels(), date.today().year)
            if artikel.soort == Artikel.Soort.BELEIDSARTIKEL
            else None
        )
        tabel = []
        for stap in stappen:
            jaren = begroting.jaren
            if stap.vorige is None:
                tabel.append(
                    {
                        "rol": "basis",
                        "stand": stap.stand,
                        "label": f"{stap.stand.get_moment_display()} (basis)",
                        "waarden": [stap.nieuw[j] for j in jaren],
                    }
                )
                continue
            tabel.append(
                {
                    "rol": "vorige",
                    "stand": stap.stand,
                    "label": "Vorige stand",
                    "waarden": [stap.vorige[j] for j in jaren],
                }
            )
            for w in stap.wijzigingen:
                tabel.append(
                    {
                        "rol": "mutatie",
                        "stand": stap.stand,
                        "mutatie": w.mutatie,
                        "label": f"{w.mutatie.get_soort_display()}: {w.mutatie.titel}",
                        "waarden": [w.per_jaar.get(j) for j in jaren],
                    }
                )
            tabel.append(
                {
                    "rol": "stand",
                    "stand": stap.stand,
                    "label": f"= {stap.stand.get_moment_display()}",
                    "waarden": [stap.nieuw[j] for j in jaren],
                }
            )
        return super().get_context_data(
            begroting=begroting,
            artikel=artikel,
            soort=soort,
            soorten=Bedragsoort.choices,
            stappen=stappen,
            tabel=tabel,
            jaren=begroting.jaren,
            diagram=diagram,
            agendapunt=punt,
            mag_bijwerken=heeft_recht(self.request.user, BIJWERKEN),
            **kwargs,
        )


class ExportView(MatrixVereist, View):
    actie = BEKIJKEN

    def get(self, request: HttpRequest, code: str, jaar: int, volgnummer: int, formaat: str) -> HttpResponse:
        stand = stand_voor(request.user, code, jaar, volgnummer)
        naam = f"begroting-{jaar}-{code}-{stand.volgnummer}-{stand.moment}"
        antwoord = export.als_bestand(export.rijen_voor(request.user, stand), formaat, naam, f"{code} {jaar}")
        if antwoord is None:
            raise Http404("Onbekend formaat; kies csv of xlsx.")
        return antwoord


class DashboardView(MatrixVereist, TemplateView):
    actie = "begroting.dashboard"
    template_name = "begroting/dashboard.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        open_ = Bevinding.objects.exclude(status=Bevinding.Status.OPGELOST).select_related("hoofdstuk")
        agenda = evaluaties.agenda()
        per_hoofdstuk = [(h.code, open_.filter(hoofdstuk=h).count()) for h in Hoofdstuk.objects.all()]
        diagram = staafdiagram(
            "open-bevindingen",
            "Open auditbevindingen per hoofdstuk",
            [(f"Hoofdstuk {c}", n) for c, n in per_hoofdstuk],
            kolom_label="Hoofdstuk",
            kolom_waarde="Open bevindingen",
        )
        return super().get_context_data(
            bevindingen=open_,
            diagram=diagram,
            te_laat=[p for p in agenda if p.te_laat],
            onbekend=[p for p in agenda if p.laatste_jaar is None],
            op_tijd=[p for p in agenda if p.laatste_jaar is not None and not p.te_laat],
            buiten_moment=Mutatie.objects.filter(buiten_besluitvormingsmoment=True).select_related(
                "stand__begroting__hoofdstuk"
            )[:50],
            uitzonderingen=Mutatie.objects.exclude(uitzondering_regel="").select_related(
                "stand__begroting__hoofdstuk"
            )[:50],
            mag_bijwerken=heeft_recht(self.request.user, BIJWERKEN),
            **kwargs,
        )


class BevindingView(FormulierPagina):
    handeling = handelingen.BEVINDING_BIJWERKEN
    template_name = "begroting/bevinding.html"
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(bevinding=kwargs["object"], **kwargs)

    def na(self, resultaat: Bevinding, bevinding: Bevinding) -> str:
        return reverse("begroting:dashboard")


class EvaluatieView(FormulierPagina):
    handeling = handelingen.EVALUATIE_VASTLEGGEN
    template_name = "begroting/evaluatie.html"
    fouten_in_formulier = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        artikel = kwargs["object"]
        begroting = begroting_voor(self.request.user, self.kwargs["code"], self.kwargs["jaar"])
        return super().get_context_data(begroting=begroting, artikel=artikel, **kwargs)

    def na(self, resultaat: Any, artikel: Artikel) -> str:
        return reverse("begroting:artikel", args=[self.kwargs["code"], self.kwargs["jaar"], artikel.nummer])
