"""Forms of the Woo pages; the public form has the anti-abuse checks every public form has
(core.webformulier), and the receipt downloads their own hourly limit per IP address."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError

from ministerie.core.formulieren import MeerdereBestandenVeld
from ministerie.core.models import Gebruiker
from ministerie.core.webformulier import BeschermdFormulier, Bescherming, tel
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.models import Document
from ministerie.stukken.zichtbaarheid import zichtbare_documenten

from .gronden import GROND_KEUZES, GRONDEN
from .models import Beoordeling, Derde, Passage, Verzoek

ZOUT = "woo-webformulier"

# Size limits of free text (issue 13: a 20 MB description stalled the receipt PDF). A letter
# longer than MAX_TEKST belongs in an attached document, not in a form field.
MAX_REGEL = 300
MAX_ADRES = 500
MAX_TEKST = 10_000


# its protection (core.webformulier); settings WOO_MIN_INVULTIJD and WOO_MAX_PER_UUR
BESCHERMING = Bescherming(ZOUT, "WOO")


def max_downloads_per_uur() -> int:
    # WOO_MAX_DOWNLOADS_PER_UUR: downloads of acknowledgements per IP address per hour (default 30).
    return int(getattr(settings, "WOO_MAX_DOWNLOADS_PER_UUR", 30))


def te_vaak_gedownload(ip: str) -> bool:
    """Count this download; True when the IP address passed the hourly download limit."""
    return tel(f"woo-download:{ip}") > max_downloads_per_uur()


class _Datum(forms.DateInput):
    input_type = "date"


class PubliekVerzoekFormulier(BeschermdFormulier):
    bescherming = BESCHERMING

    onderwerp = forms.CharField(label="Onderwerp", max_length=200)
    omschrijving = forms.CharField(
        label="Welke informatie zoekt u?",
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=MAX_TEKST,
        help_text="Beschrijf zo precies mogelijk over welk onderwerp en welke periode u "
        "informatie wilt (hoogstens 10.000 tekens). U hoeft niet te zeggen waarom.",
    )
    verzoeker_naam = forms.CharField(label="Uw naam", max_length=200, required=False)
    verzoeker_email = forms.EmailField(
        label="Uw e-mailadres",
        help_text="Hierop ontvangt u de ontvangstbevestiging en het besluit.",
    )


class VerzoekFormulier(forms.Form):
    """Registration by staff of a request received by letter, e-mail or orally."""

    kanaal = forms.ChoiceField(
        label="Ontvangen via",
        choices=[(k, v) for k, v in Verzoek.Kanaal.choices if k not in ("kamerbrief",)],
    )
    ontvangen_op = forms.DateField(label="Ontvangen op", widget=_Datum)
    onderwerp = forms.CharField(label="Onderwerp", max_length=200)
    omschrijving = forms.CharField(
        label="Het verzoek", widget=forms.Textarea(attrs={"rows": 5}), max_length=MAX_TEKST
    )
    verzoeker_naam = forms.CharField(label="Naam verzoeker", max_length=200, required=False)
    verzoeker_email = forms.EmailField(label="E-mailadres verzoeker", required=False)
    verzoeker_adres = forms.CharField(
        label="Postadres verzoeker",
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MAX_ADRES,
        required=False,
    )


# The actions on a request. Most of these forms carry no labels: the pages write their own
# fields, and a refused input reads as one full Dutch sentence (the services check the content).


class _Datumveld(forms.DateField):
    """A date as the pages send it (jjjj-mm-dd), with the field named in the message."""

    widget = _Datum

    def __init__(self, naam: str, *, required: bool = True) -> None:
        super().__init__(required=required, error_messages={"required": f"Vul de datum in ({naam})."})

    def to_python(self, value: Any) -> Any:
        try:
            return super().to_python(value)
        except ValidationError:
            raise ValidationError(f"'{value}' is geen geldige datum (jjjj-mm-dd).", code="invalid") from None


def _tekst(max_length: int = MAX_TEKST, **kwargs: Any) -> forms.CharField:
    """Free text that the service checks (it names what is missing), at most ``max_length``."""
    return forms.CharField(required=False, max_length=max_length, **kwargs)


class ToewijzenFormulier(forms.Form):
    eenheid = forms.ModelChoiceField(
        queryset=Eenheid.objects.all(),
        error_messages={"required": "Kies een directie.", "invalid_choice": "Kies een directie."},
    )


class PreciseringFormulier(forms.Form):
    vraag = _tekst()
    gevraagd_op = _Datumveld("gevraagd op")
    termijn_tot = _Datumveld("termijn tot")


class PreciseringOntvangenFormulier(forms.Form):
    antwoord = _tekst()
    ontvangen_op = _Datumveld("ontvangen op")


class VerdagingFormulier(forms.Form):
    reden = _tekst()
    gemeld_op = _Datumveld("gemeld op")


class ZienswijzeFormulier(forms.Form):
    naam = _tekst(max_length=200)
    contact = _tekst(max_length=300)
    gevraagd_op = _Datumveld("gevraagd op")
    verzoeker_geinformeerd_op = _Datumveld("verzoeker geinformeerd op")
    termijn_tot = _Datumveld("termijn tot")


class ZienswijzeOntvangenFormulier(forms.Form):
    """The view of one third party of the request, or that its term passed without one."""

    derde = forms.ModelChoiceField(
        queryset=Derde.objects.none(),
        error_messages={
            "required": "Kies de derde-belanghebbende.",
            "invalid_choice": "Deze derde-belanghebbende hoort niet bij dit verzoek.",
        },
    )
    uitkomst = forms.ChoiceField(
        choices=[("ontvangen", "Zienswijze ontvangen"), ("geen", "Termijn verstreken zonder zienswijze")],
        required=False,
    )
    zienswijze = _tekst()
    ontvangen_op = _Datumveld("ontvangen op", required=False)
    bezwaar_verwacht = forms.BooleanField(required=False)

    def __init__(self, *args: Any, verzoek: Verzoek, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["derde"].queryset = verzoek.derden.all()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("uitkomst") == "geen":
            data["ontvangen_op"] = None
        elif not data.get("ontvangen_op") and "ontvangen_op" not in self.errors:
            self.add_error("ontvangen_op", "Vul de datum in (ontvangen op).")
        return data

    def gegevens(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {k: data[k] for k in ("derde", "ontvangen_op", "zienswijze", "bezwaar_verwacht")}


class IntrekkenFormulier(forms.Form):
    datum = _Datumveld("datum")
    toelichting = _tekst()


class MotiveringFormulier(forms.Form):
    """The reasons per ground: ``motivering_<grond>``; only the grounds sent are saved."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for code in GRONDEN:
            self.fields[f"motivering_{code}"] = forms.CharField(
                required=False, strip=False, max_length=MAX_TEKST
            )

    def gegevens(self) -> dict[str, Any]:
        return {
            "motiveringen": {
                code: self.cleaned_data[f"motivering_{code}"]
                for code in GRONDEN
                if f"motivering_{code}" in self.data
            }
        }


class BesluitFormulier(forms.Form):
    """The announcement of the decision. The decision date only for an active disclosure or a
    request decided before the signature was recorded by itself (besluit.neem_besluit)."""

    besluit_datum = _Datumveld("besluit datum", required=False)
    bekendgemaakt_op = _Datumveld("bekendgemaakt op")
    bezwaar_verwacht = forms.BooleanField(required=False)


class PublicatieIntrekkenFormulier(forms.Form):
    reden = _tekst()


# The documents of a request.


class UploadFormulier(forms.Form):
    """Files, ZIP archives or mailboxes, for the bulk pipeline."""

    bestanden = MeerdereBestandenVeld(
        allow_empty_file=True, error_messages={"required": "Kies een of meer bestanden."}
    )

    def gegevens(self) -> dict[str, Any]:
        return {"bestanden": [(b.name, b) for b in self.cleaned_data["bestanden"]]}


class KoppelFormulier(forms.Form):
    """Documents from the document store that the user may see."""

    document = forms.ModelMultipleChoiceField(
        queryset=Document.objects.none(),
        error_messages={
            "required": "Kies een of meer documenten.",
            "invalid_choice": "Kies een of meer documenten die u kunt inzien.",
            "invalid_pk_value": "Kies een of meer documenten die u kunt inzien.",
        },
    )

    def __init__(self, *args: Any, gebruiker: Gebruiker, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["document"].queryset = zichtbare_documenten(gebruiker)  # type: ignore[attr-defined]

    def gegevens(self) -> dict[str, Any]:
        return {"documenten": list(self.cleaned_data["document"])}


_PASSAGE_ONBEKEND = "Een passage heeft een onbekende status of grond."


class BeoordelingFormulier(forms.Form):
    """The assessment of one document (page and API). On the page each proposed redaction
    (passage) gets a status and a ground: ``status_<id>``, ``grond_<id>``."""

    beoordeling = forms.ChoiceField(
        choices=Beoordeling.choices,
        error_messages={"required": "Kies een beoordeling.", "invalid_choice": "Kies een beoordeling."},
    )
    gronden = forms.MultipleChoiceField(
        choices=GROND_KEUZES,
        required=False,
        error_messages={"invalid_choice": "Onbekende grond: %(value)s."},
    )
    reeds_openbaar_waar = _tekst(max_length=500)
    toelichting_5_3 = _tekst()
    accepteer_voorstellen = forms.BooleanField(required=False)

    def __init__(self, *args: Any, passages: list[Passage] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.passages = passages or []
        fout = {"invalid_choice": _PASSAGE_ONBEKEND}
        for p in self.passages:
            self.fields[f"status_{p.pk}"] = forms.ChoiceField(
                choices=[("", ""), *Passage.Status.choices], required=False, error_messages=fout
            )
            self.fields[f"grond_{p.pk}"] = forms.ChoiceField(
                choices=[("", ""), *GROND_KEUZES], required=False, error_messages=fout
            )

    def gegevens(self) -> dict[str, Any]:
        data = self.cleaned_data
        besluiten = {p.pk: (data[f"status_{p.pk}"], data[f"grond_{p.pk}"]) for p in self.passages}
        return {
            "beoordeling": data["beoordeling"],
            "gronden": data["gronden"],
            "reeds_openbaar_waar": data["reeds_openbaar_waar"],
            "toelichting_5_3": data["toelichting_5_3"],
            "accepteer_voorstellen": data["accepteer_voorstellen"],
            "passages": {pk: keuze for pk, keuze in besluiten.items() if all(keuze)},
        }


class BulkBeoordelingFormulier(forms.Form):
    """One assessment for several documents (by number), or for all not yet assessed."""

    KIES = "Kies documenten en een beoordeling."

    nummer = forms.TypedMultipleChoiceField(
        coerce=int, required=False, error_messages={"invalid_choice": KIES}
    )
    alle = forms.BooleanField(required=False)
    beoordeling = forms.ChoiceField(
        choices=Beoordeling.choices, error_messages={"required": KIES, "invalid_choice": KIES}
    )
    gronden = forms.MultipleChoiceField(
        choices=GROND_KEUZES, required=False, error_messages={"invalid_choice": "Onbekende grond: %(value)s."}
    )
    reeds_openbaar_waar = _tekst(max_length=500)

    def __init__(self, *args: Any, verzoek: Verzoek, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.verzoek = verzoek
        nummers = verzoek.documenten.values_list("nummer", flat=True)
        self.fields["nummer"].choices = [(str(n), str(n)) for n in nummers]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("alle"):
            data["nummer"] = list(
                self.verzoek.documenten.filter(beoordeling="").values_list("nummer", flat=True)
            )
        if not self.errors and not data.get("nummer"):
            raise forms.ValidationError(self.KIES)
        return data

    def gegevens(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "nummers": data["nummer"],
            "beoordeling": data["beoordeling"],
            "gronden": data["gronden"],
            "reeds_openbaar_waar": data["reeds_openbaar_waar"],
        }


class PassageFormulier(forms.Form):
    """A redaction the reviewer adds: the text on a page, with its ground."""

    pagina = forms.IntegerField(required=False, error_messages={"invalid": "Kies een pagina."})
    tekst = _tekst(max_length=500)
    grond = _tekst(max_length=10)

    def gegevens(self) -> dict[str, Any]:
        return {**self.cleaned_data, "pagina": self.cleaned_data["pagina"] or 0}


class PassageBesluitFormulier(forms.Form):
    """The decision on one box of the redaction viewer: lakken, niet lakken or (a box the
    reviewer added) verwijderen, with an optional other ground."""

    KIES = "Kies lakken, niet lakken of verwijderen."

    passage = forms.IntegerField(
        min_value=1, error_messages={"required": "Kies een lakking.", "invalid": "Kies een lakking."}
    )
    besluit = forms.ChoiceField(
        choices=[("lakken", "Lakken"), ("niet_lakken", "Niet lakken"), ("verwijderen", "Verwijderen")],
        error_messages={"required": KIES, "invalid_choice": KIES},
    )
    grond = forms.ChoiceField(
        choices=[("", ""), *GROND_KEUZES],
        required=False,
        error_messages={"invalid_choice": "Kies een grond uit de Woo."},
    )


class VakFormulier(forms.Form):
    """A box drawn over a page: the page and its corners in PDF points, with the Woo ground."""

    ONGELDIG = "Het vak heeft ongeldige coördinaten."

    pagina = forms.IntegerField(
        min_value=1, error_messages={"required": "Kies een pagina.", "invalid": "Kies een pagina."}
    )
    x0 = forms.FloatField(error_messages={"required": ONGELDIG, "invalid": ONGELDIG})
    y0 = forms.FloatField(error_messages={"required": ONGELDIG, "invalid": ONGELDIG})
    x1 = forms.FloatField(error_messages={"required": ONGELDIG, "invalid": ONGELDIG})
    y1 = forms.FloatField(error_messages={"required": ONGELDIG, "invalid": ONGELDIG})
    grond = forms.ChoiceField(
        choices=GROND_KEUZES,
        error_messages={"required": "Kies een grond.", "invalid_choice": "Kies een grond uit de Woo."},
    )


class NagekekenFormulier(forms.Form):
    pagina = forms.IntegerField(required=False, error_messages={"invalid": "Kies een pagina."})

    def gegevens(self) -> dict[str, Any]:
        return {"pagina": self.cleaned_data["pagina"] or 0}
