"""Forms of the correspondence pages (one form per action, used by the page and any API alike),
and the public contact form with the anti-abuse checks every public form has (core.webformulier)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q

from ministerie.core.webformulier import BeschermdFormulier, Bescherming
from ministerie.organisatie.models import Eenheid

from .models import Antwoord, Kanaal, Mandaat, Soort, Tekstblok

MAX_REGEL = 300
MAX_ADRES = 500
MAX_TEKST = 20_000
DIRECTIESOORTEN = ("directie", "cluster", "programma")


def _bewindspersonen() -> Any:
    return Eenheid.objects.filter(soort=Eenheid.Soort.BEWINDSPERSOON).order_by("volgorde", "naam")


class ZaakFormulier(forms.Form):
    """Intake by MC of a letter, a phone call or a social-media question."""

    kanaal = forms.ChoiceField(
        label="Kanaal", choices=[c for c in Kanaal.choices if c[0] != Kanaal.WEBFORMULIER]
    )
    afzender_naam = forms.CharField(label="Naam afzender", max_length=200, required=False)
    afzender_organisatie = forms.CharField(label="Organisatie", max_length=200, required=False)
    afzender_email = forms.EmailField(label="E-mailadres", max_length=254, required=False)
    afzender_adres = forms.CharField(
        label="Postadres", max_length=MAX_ADRES, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    leeftijd = forms.IntegerField(
        label="Leeftijd (als de afzender die noemt)", min_value=1, max_value=120, required=False
    )
    onderwerp = forms.CharField(label="Onderwerp", max_length=MAX_REGEL)
    tekst = forms.CharField(
        label="Inhoud",
        max_length=MAX_TEKST,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="De brief, of wat de beller of de vraagsteller op sociale media vroeg "
        "(hoogstens 20.000 tekens). Bij een scan: de herkende tekst, die u kunt verbeteren.",
    )
    scan = forms.FileField(
        label="Scan van de brief (PDF, PNG, JPEG of TIFF)",
        required=False,
        help_text="Hoogstens 50 MB. Met 'Scan lezen' worden de tekst, de afzender en het adres "
        "herkend en ingevuld; u kunt ze daarna aanpassen.",
    )
    scan_token = forms.CharField(required=False, widget=forms.HiddenInput)
    bewindspersoon = forms.ModelChoiceField(
        label="Gericht aan",
        queryset=Eenheid.objects.none(),
        required=False,
        empty_label="Geen bewindspersoon",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bewindspersoon"].queryset = _bewindspersonen()  # type: ignore[attr-defined]
        if self.files.get("scan") or self.data.get("scan_token"):
            self.fields["tekst"].required = False  # the text may come from the scan

    def clean_scan(self) -> Any:
        """The uploaded scan read (text and sender), or the scan read before ('Scan lezen')."""
        from ministerie.bestanden.fouten import OnleesbaarBestand

        from . import scan

        bestand = self.cleaned_data.get("scan")
        try:
            if bestand:
                scan.controleer_grootte(bestand.size)  # before reading it into memory
                return scan.lees_scan(bestand.read(), bestand.name or "")
            if self.data.get("scan_token"):
                return scan.voorlopige_scan(self.data["scan_token"])
        except OnleesbaarBestand as fout:
            raise forms.ValidationError(str(fout)) from fout
        return None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data.pop("scan_token", None)
        gelezen = data.get("scan")
        if not (data.get("afzender_naam") or data.get("afzender_organisatie")) and not (
            gelezen is not None and gelezen.afzender.naam
        ):
            self.add_error("afzender_naam", "Vul de naam van de afzender of de organisatie in.")
        if (
            not data.get("tekst")
            and not (gelezen is not None and gelezen.tekst)
            and "tekst" not in self.errors
        ):
            self.add_error("tekst", "Vul de inhoud in, of lever een scan aan waarin tekst wordt herkend.")
        return data


class SoortFormulier(forms.Form):
    soort = forms.ChoiceField(label="Soort", choices=Soort.choices)
    politiek_gevoelig = forms.BooleanField(
        label="Politiek gevoelig (de bewindspersoon tekent)", required=False
    )


class ToewijzenFormulier(forms.Form):
    eenheid = forms.ModelChoiceField(label="Behandeld door", queryset=Eenheid.objects.none())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from .zichtbaarheid import MC_EENHEID

        self.fields["eenheid"].queryset = Eenheid.objects.filter(  # type: ignore[attr-defined]
            Q(soort__in=DIRECTIESOORTEN) | Q(code=MC_EENHEID)
        ).order_by("naam")


class AntwoordFormulier(forms.Form):
    tekst = forms.CharField(label="Antwoord", max_length=50_000, widget=forms.Textarea(attrs={"rows": 14}))


class TekstblokkenFormulier(forms.Form):
    """Draft the answer from text blocks (chosen in order)."""

    blokken = forms.ModelMultipleChoiceField(
        label="Tekstblokken", queryset=Tekstblok.objects.none(), widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["blokken"].queryset = Tekstblok.objects.filter(actief=True)  # type: ignore[attr-defined]


class VerzendFormulier(forms.Form):
    wijze = forms.ChoiceField(label="Verzenden", choices=Antwoord.Verzendwijze.choices)


class TekstblokFormulier(forms.ModelForm):
    class Meta:
        model = Tekstblok
        fields = ["titel", "tekst", "standaardantwoord", "actief"]
        widgets = {"tekst": forms.Textarea(attrs={"rows": 8})}


class MandaatFormulier(forms.Form):
    bewindspersoon = forms.ModelChoiceField(label="Bewindspersoon", queryset=Eenheid.objects.none())
    wie = forms.ChoiceField(label="Wie tekent brieven aan deze bewindspersoon", choices=Mandaat.Wie.choices)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bewindspersoon"].queryset = _bewindspersonen()  # type: ignore[attr-defined]


# --- the public contact form -----------------------------------------------------------------


# its protection (core.webformulier); settings CORRESPONDENTIE_MIN_INVULTIJD, _MAX_PER_UUR
BESCHERMING = Bescherming("correspondentie-contactformulier", "CORRESPONDENTIE")


class ContactFormulier(BeschermdFormulier):
    bescherming = BESCHERMING

    naam = forms.CharField(label="Uw naam", max_length=200)
    email = forms.EmailField(
        label="Uw e-mailadres", max_length=254, help_text="Hierop ontvangt u ons antwoord."
    )
    onderwerp = forms.CharField(label="Onderwerp", max_length=MAX_REGEL)
    bericht = forms.CharField(
        label="Uw vraag of bericht",
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Hoogstens 10.000 tekens.",
    )


class CampagneAntwoordFormulier(forms.Form):
    tekstblok = forms.ModelChoiceField(
        label="Standaardantwoord", queryset=Tekstblok.objects.none(), empty_label=None
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["tekstblok"].queryset = Tekstblok.objects.filter(  # type: ignore[attr-defined]
            actief=True, standaardantwoord=True
        )


class InzageFormulier(forms.Form):
    email = forms.EmailField(label="E-mailadres van de persoon", max_length=254, required=False)
    naam = forms.CharField(label="Naam van de persoon", max_length=200, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("email") or data.get("naam")):
            raise forms.ValidationError("Geef een e-mailadres of een naam.")
        return data
