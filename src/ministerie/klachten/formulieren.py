"""Forms of the complaint pages: the public form (with the anti-abuse checks of core.webformulier),
registration by staff, and one form per action (used by the action layer)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from ministerie.core.models import Gebruiker
from ministerie.core.permissiematrix import matrix
from ministerie.core.webformulier import BeschermdFormulier

from . import publiek
from .gronden import AFZIEN_HOREN_KEUZES, NIET_BEHANDELEN_KEUZES
from .models import Hoorgesprek, Klacht
from .services import MAX_ADRES, MAX_NAAM, MAX_REGEL, MAX_TEKST


class _Datum(forms.DateInput):
    input_type = "date"


class Datumveld(forms.DateField):
    """A date as the pages send it (jjjj-mm-dd), with the field named in the message."""

    widget = _Datum

    def __init__(self, label: str, *, required: bool = True, **kwargs: Any) -> None:
        super().__init__(
            label=label,
            required=required,
            error_messages={"required": f"Vul de datum in ({label.lower()})."},
            **kwargs,
        )

    def to_python(self, value: Any) -> Any:
        try:
            return super().to_python(value)
        except ValidationError:
            raise ValidationError(f"'{value}' is geen geldige datum (jjjj-mm-dd).", code="invalid") from None


def _tekst(label: str, max_length: int = MAX_TEKST, rows: int = 5, **kwargs: Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={
            "required": f"Vul dit veld in ({label.lower()}).",
            "max_length": f"Deze tekst is te lang; de grens is {max_length} tekens.",
        },
        **kwargs,
    )


def _regel(label: str, max_length: int = MAX_REGEL, **kwargs: Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        max_length=max_length,
        error_messages={
            "required": f"Vul dit veld in ({label.lower()}).",
            "max_length": f"Deze tekst is te lang; de grens is {max_length} tekens.",
        },
        **kwargs,
    )


HOEDANIGHEID = [
    ("burger", "Ik klaag over hoe het ministerie of een medewerker mij (of iemand anders) heeft behandeld"),
    ("medewerker", "Ik werk bij BZK en klaag over ongewenst gedrag van collega's"),
]


class _KlachtVelden(forms.Form):
    hoedanigheid = forms.ChoiceField(
        label="Waarover gaat uw klacht?",
        choices=HOEDANIGHEID,
        widget=forms.RadioSelect,
        initial="burger",
        error_messages={"required": "Kies waarover uw klacht gaat."},
    )
    onderwerp = _regel("Onderwerp")
    omschrijving = _tekst(
        "Wat is er gebeurd?",
        rows=7,
        help_text="Beschrijf wat er gebeurde, wanneer en wie erbij betrokken was (hoogstens 10.000 tekens).",
    )
    gedraging_op = Datumveld("Wanneer gebeurde het?", required=False)
    beklaagde_omschrijving = _regel("Over wie of welke afdeling gaat de klacht?", required=False)
    klager_naam = _regel("Naam", max_length=MAX_NAAM)
    klager_email = forms.EmailField(
        label="E-mailadres",
        max_length=254,
        error_messages={
            "invalid": "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
            "required": "Vul uw e-mailadres in.",
        },
    )
    klager_adres = _tekst("Postadres", max_length=MAX_ADRES, rows=3, required=False)

    def gegevens(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data["ongewenste_omgangsvormen"] = data.pop("hoedanigheid") == "medewerker"
        return data


class PubliekKlachtFormulier(BeschermdFormulier, _KlachtVelden):
    bescherming = publiek.BESCHERMING

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["klager_email"].help_text = "Hierop ontvangt u de ontvangstbevestiging en de uitkomst."

    def gegevens(self) -> dict[str, Any]:
        data = super().gegevens()
        data.pop("website", None)
        data.pop("token", None)
        return data


class RegistratieFormulier(_KlachtVelden):
    """Registration by staff of a complaint by letter, e-mail or orally (Awb 9:1, 9:2)."""

    kanaal = forms.ChoiceField(
        label="Ontvangen via", choices=[(k, v) for k, v in Klacht.Kanaal.choices if k != "webformulier"]
    )
    ontvangen_op = Datumveld("Ontvangen op")
    field_order = ["hoedanigheid", "kanaal", "ontvangen_op"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["hoedanigheid"].label = "Soort klacht"
        self.fields["klager_email"].required = False
        self.fields["klager_naam"].label = "Naam klager"
        self.fields["klager_email"].label = "E-mailadres klager"
        self.fields["klager_adres"].label = "Postadres klager"
        self.fields[
            "klager_email"
        ].help_text = (
            "Een schriftelijke klacht heeft een e-mail- of postadres nodig voor de ontvangstbevestiging."
        )


def _behandelaars() -> Any:
    rollen = matrix().rollen_met("klacht.behandelen")
    return (
        Gebruiker.objects.filter(is_active=True, rollen__rol__in=rollen)
        .distinct()
        .order_by("last_name", "username")
    )


class ToewijzenFormulier(forms.Form):
    behandelaar = forms.ModelChoiceField(
        label="Klachtbehandelaar",
        queryset=Gebruiker.objects.none(),
        error_messages={
            "required": "Kies een klachtbehandelaar.",
            "invalid_choice": "Kies een klachtbehandelaar.",
        },
    )
    met_advies = forms.BooleanField(label="Met adviescommissie (Awb 9:14, tien weken)", required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["behandelaar"].queryset = _behandelaars()  # type: ignore[attr-defined]


class BeklaagdeFormulier(forms.Form):
    beklaagde = forms.ModelChoiceField(
        label="Beklaagde medewerker (met account)",
        queryset=Gebruiker.objects.filter(is_active=True).order_by("last_name", "username"),
        required=False,
        error_messages={"invalid_choice": "Kies een medewerker uit de lijst."},
    )
    beklaagde_omschrijving = _regel("Omschrijving (persoon of afdeling)", required=False)


class NietBehandelenFormulier(forms.Form):
    grond = forms.ChoiceField(
        label="Grond", choices=NIET_BEHANDELEN_KEUZES, error_messages={"required": "Kies een grond."}
    )
    motivering = _tekst("Motivering")
    gemeld_op = Datumveld("Meegedeeld op")


class HorenFormulier(forms.Form):
    wie = forms.ChoiceField(label="Wie is gehoord", choices=Hoorgesprek.Wie.choices)
    gehoord_op = Datumveld("Gehoord op")
    verslag = _tekst("Verslag van het horen")


class AfzienHorenFormulier(forms.Form):
    grond = forms.ChoiceField(
        label="Grond", choices=AFZIEN_HOREN_KEUZES, error_messages={"required": "Kies een grond."}
    )
    toelichting = _tekst("Toelichting", rows=3)


class VerdagingFormulier(forms.Form):
    reden = _tekst("Reden van de verdaging", rows=3)
    gemeld_op = Datumveld("Schriftelijk meegedeeld op")


class InstemmingFormulier(forms.Form):
    ontvangen_op = Datumveld("Instemming ontvangen op")
    nieuwe_datum = Datumveld("Afgesproken uiterste datum")
    reden = _tekst("Schriftelijke instemming (brief of e-mail, kenmerk)", rows=3)


class AfhandelenFormulier(forms.Form):
    oordeel = forms.ChoiceField(
        label="Oordeel", choices=Klacht.Oordeel.choices, error_messages={"required": "Kies het oordeel."}
    )
    bevindingen = _tekst("Bevindingen en motivering", rows=7)
    conclusies = _tekst("Conclusies die eraan worden verbonden", rows=4)
    afgehandeld_op = Datumveld("Datum van de uitkomst")


class OmbudsmanFormulier(forms.Form):
    ontvangen_op = Datumveld("Bericht van de Nationale ombudsman ontvangen op")
    kenmerk = _regel("Kenmerk van de Nationale ombudsman", max_length=60)
    uitkomst = _regel("Uitkomst (als die er is)", max_length=500, required=False)
