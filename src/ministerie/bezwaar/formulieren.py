"""Forms of the objection pages: registration, and one form per action (used by the action layer)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from ministerie.core.models import Gebruiker
from ministerie.core.permissiematrix import matrix

from .gronden import AFZIEN_HOREN_KEUZES
from .models import Bezwaar
from .services import MAX_ADRES, MAX_KENMERK, MAX_NAAM, MAX_REGEL, MAX_TEKST


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


class _BesluitVelden(forms.Form):
    besluit = _regel(
        "Bestreden besluit",
        help_text="Kenmerk, datum en onderwerp van het besluit waartegen bezwaar wordt gemaakt.",
    )
    besluit_bekendgemaakt_op = Datumveld(
        "Besluit bekendgemaakt op",
        help_text=(
            "De dag van verzending of uitreiking (Awb 3:41); de bezwaartermijn loopt vanaf de dag erna."
        ),
    )
    woo_zaaknummer = _regel("Zaaknummer van het Woo-verzoek", max_length=MAX_KENMERK, required=False)
    ter_post_op = Datumveld(
        "Ter post bezorgd op",
        required=False,
        help_text="Alleen bij een brief die na de termijn binnenkwam: de poststempel (Awb 6:9 lid 2).",
    )


class RegistratieFormulier(_BesluitVelden):
    """Registration by staff of a bezwaarschrift that came in by letter, e-mail or form."""

    kanaal = forms.ChoiceField(label="Ontvangen via", choices=Bezwaar.Kanaal.choices)
    ontvangen_op = Datumveld("Ontvangen op")
    onderwerp = _regel("Onderwerp")
    gronden = _tekst(
        "Gronden van het bezwaar",
        rows=7,
        help_text="Waarom is de bezwaarmaker het niet eens met het besluit (Awb 6:5 lid 1 onder d).",
    )
    bezwaarmaker_naam = _regel("Naam bezwaarmaker", max_length=MAX_NAAM)
    bezwaarmaker_email = forms.EmailField(
        label="E-mailadres bezwaarmaker",
        max_length=254,
        required=False,
        error_messages={"invalid": "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."},
        help_text="Een e-mail- of postadres is nodig voor de ontvangstbevestiging (Awb 6:14).",
    )
    bezwaarmaker_adres = _tekst("Postadres bezwaarmaker", max_length=MAX_ADRES, rows=3, required=False)
    field_order = [
        "kanaal",
        "ontvangen_op",
        "onderwerp",
        "besluit",
        "besluit_bekendgemaakt_op",
        "woo_zaaknummer",
    ]


class BesluitFormulier(_BesluitVelden):
    pass


def _behandelaars() -> Any:
    rollen = matrix().rollen_met("bezwaar.behandelen")
    return (
        Gebruiker.objects.filter(is_active=True, rollen__rol__in=rollen)
        .distinct()
        .order_by("last_name", "username")
    )


class ToewijzenFormulier(forms.Form):
    behandelaar = forms.ModelChoiceField(
        label="Behandelaar",
        queryset=Gebruiker.objects.none(),
        error_messages={"required": "Kies een behandelaar.", "invalid_choice": "Kies een behandelaar."},
    )
    met_advies = forms.BooleanField(
        label="Met bezwaaradviescommissie (Awb 7:13, twaalf weken)", required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["behandelaar"].queryset = _behandelaars()  # type: ignore[attr-defined]


class VerschoonbaarFormulier(forms.Form):
    verschoonbaar = forms.TypedChoiceField(
        label="Is de termijnoverschrijding verschoonbaar?",
        choices=[("ja", "Ja, verschoonbaar: inhoudelijk behandelen"), ("nee", "Nee, niet verschoonbaar")],
        coerce=lambda w: w == "ja",
        widget=forms.RadioSelect,
        error_messages={"required": "Kies of de overschrijding verschoonbaar is."},
    )
    motivering = _tekst("Motivering", rows=3)


class HorenFormulier(forms.Form):
    gehoord_op = Datumveld("Hoorzitting op")
    hoorder = _regel(
        "Gehoord door", help_text="Niet wie het besluit heeft voorbereid (Awb 7:5), of de adviescommissie."
    )
    verschenen = forms.BooleanField(label="De bezwaarmaker is verschenen", required=False, initial=True)
    verslag = _tekst("Verslag van de hoorzitting")


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
    reden = _tekst("Instemming van de bezwaarmaker (brief of e-mail, kenmerk)", rows=3)
    derden_niet_geschaad = forms.BooleanField(
        label="Andere belanghebbenden worden niet geschaad of stemmen in", required=False
    )


class VerzuimFormulier(forms.Form):
    verzuim = _tekst("Welk verzuim moet worden hersteld", rows=3)
    gevraagd_op = Datumveld("Herstel gevraagd op")
    hersteltermijn_tot = Datumveld("Hersteltermijn tot en met")


class HerstelFormulier(forms.Form):
    hersteld_op = Datumveld(
        "Hersteld op", required=False, help_text="Leeg laten als de hersteltermijn ongebruikt is verstreken."
    )


class BeslissenFormulier(forms.Form):
    oordeel = forms.ChoiceField(
        label="Beslissing",
        choices=Bezwaar.Oordeel.choices,
        error_messages={"required": "Kies de beslissing."},
    )
    motivering = _tekst("Motivering", rows=7)
    beslist_op = Datumveld("Datum van de beslissing")


class IntrekkenFormulier(forms.Form):
    ingetrokken_op = Datumveld("Ingetrokken op")
    toelichting = _tekst("Hoe ingetrokken (brief, e-mail, op de hoorzitting)", rows=3)
