"""Pages of the budget-cycle calendar and the accres calculator. The work is done in kalender.py
and accres.py; these views only read the request and render."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views import View
from django.views.generic import TemplateView

from ministerie.core.grafieken import staafdiagram
from ministerie.core.toegang import MatrixVereist

from . import accres, kalender

VOORBEELD_REEKS = "2022;300.000\n2023;312.000\n2024;318.240\n2025;325.000\n2026;331.500"
VOORBEELD_INDEX = "2026;1.150\n2027;1.190\n2028;1.228"


class KalenderFormulier(forms.Form):
    jaar = forms.IntegerField(
        label="Kalenderjaar",
        min_value=kalender.EERSTE_JAAR,
        max_value=kalender.LAATSTE_JAAR,
        error_messages={
            "invalid": "Vul een jaartal in, bijvoorbeeld 2027.",
            "required": "Vul een jaartal in, bijvoorbeeld 2027.",
            "min_value": f"Kies een jaar vanaf {kalender.EERSTE_JAAR}.",
            "max_value": f"Kies een jaar tot en met {kalender.LAATSTE_JAAR}.",
        },
    )


def _jaar_uit(request: HttpRequest) -> tuple[KalenderFormulier, int | None]:
    huidig = timezone.localdate().year
    if "jaar" not in request.GET:
        return KalenderFormulier(initial={"jaar": huidig}), huidig
    formulier = KalenderFormulier(request.GET)
    return formulier, (formulier.cleaned_data["jaar"] if formulier.is_valid() else None)


class KalenderView(MatrixVereist, TemplateView):
    actie = "begroting.kalender_bekijken"
    template_name = "begroting/kalender.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        formulier, jaar = _jaar_uit(self.request)
        context: dict[str, Any] = {
            "formulier": formulier,
            "jaar": jaar,
            "huidig_jaar": timezone.localdate().year,
            "eerstvolgende": kalender.eerstvolgende(timezone.localdate()),
        }
        if jaar is not None:
            context.update(
                gebeurtenissen=kalender.gebeurtenissen(jaar),
                fasen=kalender.per_fase(jaar),
                vorig_jaar=jaar - 1 if jaar > kalender.EERSTE_JAAR else None,
                volgend_jaar=jaar + 1 if jaar < kalender.LAATSTE_JAAR else None,
            )
        return super().get_context_data(**context, **kwargs)


class KalenderIcalView(MatrixVereist, View):
    """The same calendar as an .ics file to import into an agenda."""

    actie = "begroting.kalender_bekijken"
    http_method_names = ["get", "head", "options"]

    def get(self, request: HttpRequest) -> HttpResponse:
        formulier, jaar = _jaar_uit(request)
        if jaar is None:
            fouten = " ".join(str(f) for f in formulier.errors.get("jaar", []))
            return HttpResponse(fouten, status=400, content_type="text/plain; charset=utf-8")
        antwoord = HttpResponse(kalender.als_icalendar(jaar), content_type="text/calendar; charset=utf-8")
        antwoord["Content-Disposition"] = f'attachment; filename="begrotingscyclus-{jaar}.ics"'
        return antwoord


class AccresFormulier(forms.Form):
    fonds = forms.ChoiceField(
        label="Fonds",
        choices=[],
        error_messages={"invalid_choice": "Kies het gemeentefonds of het provinciefonds."},
    )
    basisjaar = forms.IntegerField(
        label="Basisjaar",
        min_value=accres.EERSTE_JAAR,
        max_value=accres.LAATSTE_JAAR,
        help_text="Het jaar waarin het fonds de omvang hieronder heeft; het accres begint het jaar erna.",
        error_messages={
            "invalid": "Vul een jaartal in, bijvoorbeeld 2022.",
            "required": "Vul het basisjaar in, bijvoorbeeld 2022.",
            "min_value": f"Het basisjaar is onbekend; kies een jaar vanaf {accres.EERSTE_JAAR}.",
            "max_value": f"Het basisjaar is onbekend; kies een jaar tot en met {accres.LAATSTE_JAAR}.",
        },
    )
    basis = forms.CharField(
        label="Omvang van het fonds in het basisjaar (miljoen euro)",
        help_text="Bijvoorbeeld 35.597 of 35597,5.",
        error_messages={"required": "Vul de omvang van het fonds in, bijvoorbeeld 35.597."},
    )
    reeks = forms.CharField(
        label="Netto gecorrigeerde rijksuitgaven per jaar",
        help_text="Eén jaar per regel: jaar;bedrag (bijvoorbeeld 2023;312.000). Plakken uit een "
        "spreadsheet mag ook (jaar en bedrag gescheiden door een tab). Aaneengesloten jaren, vanaf "
        "het basisjaar.",
        error_messages={"required": "Vul de reeks in: één jaar per regel, jaar;bedrag."},
    )
    indexreeks = forms.CharField(
        label="Indexreeks (voor jaren met de nieuwe systematiek)",
        required=False,
        help_text="Alleen nodig voor jaren waarin de fondsen met een index meebewegen; geef ook het "
        "jaar ervoor. Zelfde notatie: jaar;waarde.",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.normering = accres.normering()
        fonds = self.fields["fonds"]
        assert isinstance(fonds, forms.ChoiceField)
        fonds.choices = [
            (code, f"{f.naam} (hoofdstuk {f.hoofdstuk})") for code, f in self.normering.fondsen.items()
        ]

    def clean_basis(self) -> Decimal:
        try:
            basis = accres.lees_bedrag(self.cleaned_data["basis"])
        except accres.AccresFout as fout:
            raise forms.ValidationError(str(fout)) from None
        if basis <= 0:
            raise forms.ValidationError("De omvang van het fonds moet groter dan nul zijn.")
        return basis

    def clean_reeks(self) -> dict[int, Decimal]:
        try:
            return accres.lees_reeks(self.cleaned_data["reeks"], naam="de reeks rijksuitgaven")
        except accres.AccresFout as fout:
            raise forms.ValidationError(str(fout)) from None

    def clean_indexreeks(self) -> dict[int, Decimal]:
        tekst = self.cleaned_data["indexreeks"]
        if not tekst.strip():
            return {}
        try:
            return accres.lees_reeks(tekst, naam="de indexreeks")
        except accres.AccresFout as fout:
            raise forms.ValidationError(str(fout)) from None

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        reeks, basisjaar = data.get("reeks"), data.get("basisjaar")
        if reeks and basisjaar is not None and basisjaar not in reeks:
            self.add_error(
                "reeks",
                f"De reeks rijksuitgaven moet beginnen bij het basisjaar {basisjaar}; "
                f"nu begint hij in {min(reeks)}.",
            )
        return data

    def bereken(self) -> list[accres.Accresjaar] | None:
        data = self.cleaned_data
        try:
            return accres.bereken_accres(
                data["fonds"],
                data["reeks"],
                data["basis"],
                self.normering,
                basisjaar=data["basisjaar"],
                indexreeks=data["indexreeks"],
            )
        except accres.AccresFout as fout:
            self.add_error(None, str(fout))
            return None


def _voorbeeld(normering: accres.Normering) -> dict[str, Any]:
    fonds = normering.fondsen["gemeentefonds"]
    return {
        "fonds": fonds.code,
        "basisjaar": fonds.omvang_jaar,
        "basis": accres.opgemaakt(fonds.omvang),
        "reeks": VOORBEELD_REEKS,
        "indexreeks": VOORBEELD_INDEX,
    }


class AccresView(MatrixVereist, TemplateView):
    actie = "begroting.accres_berekenen"
    template_name = "begroting/accres.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        normering = accres.normering()
        voorbeeld = "reeks" not in self.request.GET
        formulier = AccresFormulier(_voorbeeld(normering) if voorbeeld else self.request.GET)
        uitkomst = formulier.bereken() if formulier.is_valid() else None
        diagram = None
        if uitkomst:
            fonds = normering.fondsen[formulier.cleaned_data["fonds"]]
            diagram = staafdiagram(
                "accres",
                f"Accres {fonds.naam} per jaar (miljoen euro)",
                [(str(a.jaar), a.accres) for a in uitkomst],
                kolom_label="Jaar",
                kolom_waarde="Accres (miljoen euro)",
            )
        return super().get_context_data(
            formulier=formulier,
            voorbeeld=voorbeeld,
            uitkomst=uitkomst,
            diagram=diagram,
            fonds=normering.fondsen.get(formulier.cleaned_data["fonds"]) if uitkomst else None,
            normering=normering,
            **kwargs,
        )
