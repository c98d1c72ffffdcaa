"""Budget pages: chapters, article waterfall, change entry with a live rule check, FEZ dashboard,
exports."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views import View
from django.views.generic import TemplateView

from ministerie.core.grafieken import staafdiagram
from ministerie.core.permissies import heeft_recht
from ministerie.core.views import MatrixVereist

from . import evaluaties, export, services, toestanden
from .berekening import standen_met_bedragen, waterval
from .controle import bedrag_tekst
from .formulieren import BevindingFormulier, EvaluatieFormulier, MutatieFormulier, StandFormulier
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
from .weergave import kies_stand, open_data_rijen
from .zichtbaarheid import zichtbare_artikelen, ziet_alles

BEKIJKEN = "begroting.bekijken"
INVOEREN = "begroting.mutatie_invoeren"
BIJWERKEN = "begroting.bevinding_bijwerken"


def _begroting(code: str, jaar: int) -> Begroting:
    return get_object_or_404(Begroting.objects.select_related("hoofdstuk"), hoofdstuk__code=code, jaar=jaar)


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
        rijen = []
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
                f"Uitgaven {jaar} per begrotingshoofdstuk (laatste stand, x € 1 mln)",
                [
                    (
                        f"{r['begroting'].hoofdstuk.code} {r['begroting'].hoofdstuk.naam}",
                        (r["totaal"] or 0) / 1000,
                    )
                    for r in rijen
                ],
                eenheid="mln",
                kolom_label="Hoofdstuk",
                kolom_waarde="Uitgaven (x € 1 mln)",
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
        begroting = _begroting(self.kwargs["code"], self.kwargs["jaar"])
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
                f"Uitgaven {begroting.jaar} per artikel, {gekozen.stand.get_moment_display().lower()} "
                "(x € 1 mln)",
                [
                    (
                        f"{a.nummer}. {a.naam}",
                        (gekozen.bedrag(a.pk, Bedragsoort.UITGAVEN, begroting.jaar) or 0) / 1000,
                    )
                    for a in artikelen
                ],
                eenheid="mln",
                kolom_label="Artikel",
                kolom_waarde="Uitgaven (x € 1 mln)",
            )
            if gekozen and artikelen
            else None
        )
        verloop = (
            staafdiagram(
                "standen",
                f"Uitgaven {begroting.jaar} van hoofdstuk {begroting.hoofdstuk.code} per stand (x € 1 mln)",
                [
                    (
                        f"{s.stand.volgnummer}. {s.stand.get_moment_display()}",
                        s.totaal(Bedragsoort.UITGAVEN, begroting.jaar) / 1000,
                    )
                    for s in standen
                ],
                eenheid="mln",
                kolom_label="Stand",
                kolom_waarde="Uitgaven (x € 1 mln)",
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
            standformulier=StandFormulier(toegestaan=toegestaan) if mag_invoeren and toegestaan else None,
            bevindingen=begroting.hoofdstuk.bevindingen.all(),
            agenda=[
                p for p in evaluaties.agenda(hoofdstuk=begroting.hoofdstuk.code) if p.artikel in artikelen
            ],
            **kwargs,
        )


class StandOpenenView(MatrixVereist, View):
    actie = INVOEREN
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, code: str, jaar: int) -> HttpResponse:
        begroting = _begroting(code, jaar)
        momenten = list(begroting.standen.values_list("moment", flat=True).order_by("volgnummer"))
        formulier = StandFormulier(request.POST, toegestaan=toestanden.toegestane_volgende(momenten))
        if not formulier.is_valid():
            messages.error(request, "Kies een geldige volgende stand.")
            return redirect("begroting:hoofdstuk", code=code, jaar=jaar)
        try:
            stand = services.open_stand(
                begroting,
                formulier.cleaned_data["moment"],
                door=request.user,
                datum=date.today(),
                omschrijving=formulier.cleaned_data["omschrijving"],
            )
        except ValidationError as fout:
            messages.error(request, " ".join(fout.messages))
            return redirect("begroting:hoofdstuk", code=code, jaar=jaar)
        messages.success(request, f"{stand} is geopend; voer nu de mutaties in.")
        return redirect("begroting:mutatie-nieuw", code=code, jaar=jaar, volgnummer=stand.volgnummer)


def _stand(code: str, jaar: int, volgnummer: int) -> Stand:
    return get_object_or_404(
        Stand.objects.select_related("begroting__hoofdstuk"),
        begroting__hoofdstuk__code=code,
        begroting__jaar=jaar,
        volgnummer=volgnummer,
    )


def _artikelen_voor_invoer(stand: Stand) -> list[Artikel]:
    # an overboeking may go to an article of another chapter with a budget in the same year
    return list(
        Artikel.objects.filter(hoofdstuk__begrotingen__jaar=stand.begroting.jaar)
        .select_related("hoofdstuk")
        .order_by("hoofdstuk__volgorde", "nummer")
    )


class MutatieNieuwView(MatrixVereist, View):
    actie = INVOEREN
    template_name = "begroting/mutatie_nieuw.html"

    def _context(self, stand: Stand, formulier: MutatieFormulier, **extra: Any) -> dict[str, Any]:
        return {
            "stand": stand,
            "begroting": stand.begroting,
            "formulier": formulier,
            "mutaties": stand.mutaties.prefetch_related("regels__artikel"),
            "mag_uitzonderen": heeft_recht(self.request.user, services.UITZONDEREN),
            **extra,
        }

    def get(self, request: HttpRequest, code: str, jaar: int, volgnummer: int) -> HttpResponse:
        stand = _stand(code, jaar, volgnummer)
        formulier = MutatieFormulier(stand=stand, artikelen=_artikelen_voor_invoer(stand))
        return render(request, self.template_name, self._context(stand, formulier))

    def post(self, request: HttpRequest, code: str, jaar: int, volgnummer: int) -> HttpResponse:
        stand = _stand(code, jaar, volgnummer)
        formulier = MutatieFormulier(request.POST, stand=stand, artikelen=_artikelen_voor_invoer(stand))
        if not formulier.is_valid():
            return render(request, self.template_name, self._context(stand, formulier), status=200)
        try:
            aangemaakt = services.voer_mutaties_in(
                stand,
                [formulier.mutatie()],
                door=request.user,
                uitzondering_reden=formulier.cleaned_data.get("uitzondering_reden", ""),
            )
        except services.Geweigerd as fout:
            return render(
                request,
                self.template_name,
                self._context(stand, formulier, uitslag=fout.uitslag, geweigerd=True),
            )
        except ValidationError as fout:
            for bericht in fout.messages:
                formulier.add_error(None, bericht)
            return render(request, self.template_name, self._context(stand, formulier))
        mutatie = aangemaakt[0]
        tekst = f"Mutatie '{mutatie.titel}' is ingevoerd in {stand}."
        if mutatie.uitzondering_regel:
            tekst += " Met een uitzondering door FEZ; die staat in de audittrail."
        if mutatie.buiten_besluitvormingsmoment:
            tekst += " Gemarkeerd: besluit buiten het besluitvormingsmoment."
        messages.success(request, tekst)
        return redirect("begroting:mutatie-nieuw", code=code, jaar=jaar, volgnummer=volgnummer)


class MutatieControleView(MatrixVereist, View):
    """The live check (htmx, on every change of the form): the same service check, no writes."""

    actie = INVOEREN
    http_method_names = ["post", "options"]

    def post(self, request: HttpRequest, code: str, jaar: int, volgnummer: int) -> HttpResponse:
        stand = _stand(code, jaar, volgnummer)
        formulier = MutatieFormulier(request.POST, stand=stand, artikelen=_artikelen_voor_invoer(stand))
        context: dict[str, Any] = {"stand": stand}
        if formulier.is_valid():
            context["uitslag"] = services.controleer_mutaties(stand, [formulier.mutatie()])
        else:
            context["onvolledig"] = True
        return render(request, "begroting/_controle.html", context)


class ArtikelView(MatrixVereist, TemplateView):
    actie = BEKIJKEN
    template_name = "begroting/artikel.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        begroting = _begroting(self.kwargs["code"], self.kwargs["jaar"])
        artikel = (
            zichtbare_artikelen(self.request.user, begroting.hoofdstuk.artikelen.select_related("hoofdstuk"))
            .filter(nummer=self.kwargs["nummer"])
            .first()
        )
        if artikel is None:
            raise Http404("Dit artikel bestaat niet of is niet zichtbaar voor u.")
        soort = self.request.GET.get("soort", Bedragsoort.UITGAVEN)
        if soort not in Bedragsoort.values:
            soort = Bedragsoort.UITGAVEN
        stappen = waterval(artikel, begroting, soort)
        jaar = begroting.jaar
        reeks: list[tuple[str, float]] = []
        for stap in stappen:
            for w in stap.wijzigingen:
                if w.per_jaar.get(jaar):
                    reeks.append(
                        (f"{w.mutatie.get_soort_display()}: {w.mutatie.titel}", w.per_jaar[jaar] / 1000)
                    )
            reeks.append((f"= {stap.stand.get_moment_display()}", (stap.nieuw[jaar] or 0) / 1000))
        diagram = (
            staafdiagram(
                "waterval",
                f"Hoe de {soort} {jaar} van artikel {artikel.nummer} tot stand kwamen (x € 1 mln)",
                reeks,
                eenheid="mln",
                kolom_label="Stand of mutatie",
                kolom_waarde="x € 1 mln",
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
        stand = _stand(code, jaar, volgnummer)
        begroting = stand.begroting
        sb = kies_stand(begroting, volgnummer)
        artikelen = zichtbare_artikelen(request.user, begroting.hoofdstuk.artikelen.all())
        rijen = open_data_rijen(begroting, sb, artikelen)  # type: ignore[arg-type]
        naam = f"begroting-{jaar}-{code}-{stand.volgnummer}-{stand.moment}"
        if formaat == "csv":
            antwoord = HttpResponse(export.als_csv(rijen), content_type="text/csv; charset=utf-8")
        elif formaat == "xlsx":
            antwoord = HttpResponse(
                export.als_xlsx(rijen, f"{code} {jaar}"),
                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            )
        else:
            raise Http404("Onbekend formaat; kies csv of xlsx.")
        antwoord["Content-Disposition"] = f'attachment; filename="{naam}.{formaat}"'
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


class BevindingView(MatrixVereist, View):
    actie = BIJWERKEN
    template_name = "begroting/bevinding.html"

    def get(self, request: HttpRequest, pk: int) -> HttpResponse:
        bevinding = get_object_or_404(Bevinding.objects.select_related("hoofdstuk"), pk=pk)
        formulier = BevindingFormulier(
            initial={
                "onderwerp": bevinding.onderwerp,
                "verbeterplan": bevinding.verbeterplan,
                "opvolging": bevinding.opvolging,
                "status": bevinding.status,
            }
        )
        return render(request, self.template_name, {"bevinding": bevinding, "formulier": formulier})

    def post(self, request: HttpRequest, pk: int) -> HttpResponse:
        bevinding = get_object_or_404(Bevinding.objects.select_related("hoofdstuk"), pk=pk)
        formulier = BevindingFormulier(request.POST)
        if formulier.is_valid():
            try:
                services.werk_bevinding_bij(bevinding, door=request.user, **formulier.cleaned_data)
            except ValidationError as fout:
                for bericht in fout.messages:
                    formulier.add_error(None, bericht)
            else:
                messages.success(request, "De bevinding is bijgewerkt.")
                return redirect("begroting:dashboard")
        return render(request, self.template_name, {"bevinding": bevinding, "formulier": formulier})


class EvaluatieView(MatrixVereist, View):
    actie = BIJWERKEN
    template_name = "begroting/evaluatie.html"

    def _artikel(self, code: str, jaar: int, nummer: int) -> tuple[Begroting, Artikel]:
        begroting = _begroting(code, jaar)
        return begroting, get_object_or_404(begroting.hoofdstuk.artikelen, nummer=nummer)

    def get(self, request: HttpRequest, code: str, jaar: int, nummer: int) -> HttpResponse:
        begroting, artikel = self._artikel(code, jaar, nummer)
        evaluatie = getattr(artikel, "evaluatie", None) if hasattr(artikel, "evaluatie") else None
        formulier = EvaluatieFormulier(
            initial={
                "laatste_jaar": evaluatie.laatste_jaar if evaluatie else None,
                "laatste_titel": evaluatie.laatste_titel if evaluatie else "",
                "gepland_jaar": evaluatie.gepland_jaar if evaluatie else None,
            }
        )
        return render(
            request, self.template_name, {"begroting": begroting, "artikel": artikel, "formulier": formulier}
        )

    def post(self, request: HttpRequest, code: str, jaar: int, nummer: int) -> HttpResponse:
        begroting, artikel = self._artikel(code, jaar, nummer)
        formulier = EvaluatieFormulier(request.POST)
        if formulier.is_valid():
            services.leg_evaluatie_vast(artikel, door=request.user, **formulier.cleaned_data)
            messages.success(request, "De evaluatieagenda van dit artikel is bijgewerkt.")
            return redirect("begroting:artikel", code=code, jaar=jaar, nummer=nummer)
        return render(
            request, self.template_name, {"begroting": begroting, "artikel": artikel, "formulier": formulier}
        )
