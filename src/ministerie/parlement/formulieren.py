from __future__ import annotations

from typing import Any

from django import forms

from ministerie.organisatie.models import Eenheid

from .models import Debat, Kamer, Motie, Toezegging

DIRECTIESOORTEN = [
    Eenheid.Soort.DIRECTIE,
    Eenheid.Soort.CLUSTER,
    Eenheid.Soort.PROGRAMMA,
    Eenheid.Soort.DIRECTORAAT_GENERAAL,
]


class Datum(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


def datumveld(label: str, required: bool = True, **kwargs: Any) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        widget=Datum(),
        error_messages={
            "invalid": "Vul een geldige datum in, bijvoorbeeld 2027-03-01.",
            "required": f"Vul de {label.lower()} in.",
        },
        **kwargs,
    )


def directies() -> Any:
    return Eenheid.objects.filter(soort__in=DIRECTIESOORTEN).order_by("naam")


def portefeuilles() -> Any:
    return Eenheid.objects.filter(soort=Eenheid.Soort.BEWINDSPERSOON).order_by("volgorde", "naam")


class EenheidKeuze(forms.ModelChoiceField):
    def __init__(self, label: str, queryset: Any, **kwargs: Any) -> None:
        super().__init__(
            queryset=queryset,
            label=label,
            to_field_name="code",
            empty_label="— kies —",
            error_messages={"required": f"Kies de {label.lower()}.", "invalid_choice": "Onbekende keuze."},
            **kwargs,
        )


class KamervragenFormulier(forms.Form):
    kamer = forms.ChoiceField(label="Kamer", choices=Kamer.choices)
    nummer = forms.CharField(label="Nummer", max_length=40, help_text="Bijvoorbeeld 2026Z21345")
    onderwerp = forms.CharField(label="Onderwerp", max_length=300)
    ontvangen_op = datumveld("Datum ontvangen")
    vragenstellers = forms.CharField(
        label="Vragenstellers",
        widget=forms.Textarea,
        help_text="Eén Kamerlid per regel, met de fractie tussen haakjes: Jansen (VVD)",
    )
    vragen = forms.CharField(label="Vragen", widget=forms.Textarea, help_text="Eén vraag per regel.")
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    trekker = EenheidKeuze("Eerstverantwoordelijke directie", directies())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bewindspersoon"].queryset = portefeuilles()
        self.fields["trekker"].queryset = directies()


def lees_leden(tekst: str) -> list[dict[str, str]]:
    """'Jansen (VVD)' per line (or separated by ';') -> [{"naam": "Jansen", "fractie": "VVD"}]."""
    leden = []
    for regel in tekst.replace(";", "\n").splitlines():
        regel = regel.strip()
        if not regel:
            continue
        naam, fractie = regel, ""
        if regel.endswith(")") and "(" in regel:
            naam, _, fractie = regel[:-1].rpartition("(")
        leden.append({"naam": naam.strip(), "fractie": fractie.strip()})
    return leden


class UitstelFormulier(forms.Form):
    reden = forms.CharField(label="Reden van het uitstel", widget=forms.Textarea)
    verwacht_op = datumveld("Verwachte datum van beantwoording")


class VerzondenFormulier(forms.Form):
    verzonden_op = datumveld("Datum verzonden")


class MondelingeVraagFormulier(forms.Form):
    datum = datumveld("Datum vragenuur")
    vragensteller = forms.CharField(label="Vragensteller", max_length=200)
    fractie = forms.CharField(label="Fractie", max_length=60, required=False)
    onderwerp = forms.CharField(label="Onderwerp", max_length=300)
    vraag = forms.CharField(label="Vraag", widget=forms.Textarea, required=False)
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    trekker = EenheidKeuze("Directie die het antwoordblad maakt", directies())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bewindspersoon"].queryset = portefeuilles()
        self.fields["trekker"].queryset = directies()


class ToezeggingFormulier(forms.Form):
    kamer = forms.ChoiceField(label="Kamer", choices=Kamer.choices)
    nummer = forms.CharField(
        label="Nummer in het register",
        max_length=40,
        required=False,
        help_text="Leeg laten: het systeem geeft een volgnummer.",
    )
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    gedaan_in = forms.CharField(label="Gedaan in (debat of brief)", max_length=300)
    gedaan_op = datumveld("Datum")
    tekst = forms.CharField(label="Tekst van de toezegging", widget=forms.Textarea)
    termijn_tekst = forms.CharField(
        label="Termijn zoals toegezegd",
        max_length=120,
        help_text="Bijvoorbeeld: voor de zomer, voor het einde van het jaar, binnen zes weken, Q3 2027",
    )
    verantwoordelijke = EenheidKeuze("Verantwoordelijke directie", directies())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bewindspersoon"].queryset = portefeuilles()
        self.fields["verantwoordelijke"].queryset = directies()


class ToezeggingStatusFormulier(forms.Form):
    status = forms.ChoiceField(label="Nieuwe status", choices=Toezegging.Status.choices)
    toelichting = forms.CharField(label="Hoe voldaan / toelichting", widget=forms.Textarea, required=False)


class MotieFormulier(forms.Form):
    kamer = forms.ChoiceField(label="Kamer", choices=Kamer.choices)
    nummer = forms.CharField(label="Nummer", max_length=60, help_text="Bijvoorbeeld 36600-VII-12")
    indieners = forms.CharField(
        label="Indieners", widget=forms.Textarea, help_text="Eén per regel: Jansen (VVD)"
    )
    dictum = forms.CharField(label="Dictum", widget=forms.Textarea)
    ingediend_op = datumveld("Datum ingediend")
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    verantwoordelijke = EenheidKeuze("Verantwoordelijke directie", directies())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bewindspersoon"].queryset = portefeuilles()
        self.fields["verantwoordelijke"].queryset = directies()


class UitslagFormulier(forms.Form):
    uitslag = forms.ChoiceField(label="Uitslag", choices=[c for c in Motie.Uitslag.choices if c[0]])
    gestemd_op = datumveld("Datum stemming")


class UitvoeringFormulier(forms.Form):
    uitvoering = forms.CharField(label="Hoe de motie wordt uitgevoerd", widget=forms.Textarea)
    uitvoeren_voor = datumveld("Uit te voeren voor", required=False)
    uitgevoerd_op = datumveld("Uitgevoerd op", required=False)


class DebatFormulier(forms.Form):
    soort = forms.ChoiceField(label="Soort debat", choices=Debat.Soort.choices)
    titel = forms.CharField(label="Titel", max_length=300)
    kamer = forms.ChoiceField(label="Kamer", choices=Kamer.choices)
    commissie = forms.CharField(label="Commissie", max_length=200, required=False)
    datum = datumveld("Datum")
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    trekker = EenheidKeuze("Coördinerende directie", directies())
    agenda = forms.CharField(
        label="Agenda", widget=forms.Textarea, required=False, help_text="Eén punt per regel."
    )
    deelnemers = forms.CharField(
        label="Deelnemende Kamerleden",
        widget=forms.Textarea,
        required=False,
        help_text="Eén per regel: Jansen (VVD)",
    )
    themas = forms.CharField(
        label="Verwachte thema's",
        widget=forms.Textarea,
        required=False,
        help_text="Eén per regel: thema = code van de directie, bijvoorbeeld: Woningbouw = woningbouw",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["bewindspersoon"].queryset = portefeuilles()
        self.fields["trekker"].queryset = directies()

    def clean_themas(self) -> list[tuple[str, Eenheid]]:
        themas = []
        for regel in (self.cleaned_data.get("themas") or "").splitlines():
            if not regel.strip():
                continue
            titel, _, code = regel.partition("=")
            directie = Eenheid.objects.filter(code=code.strip()).first() if code.strip() else None
            if directie is None:
                raise forms.ValidationError(
                    f"Thema '{titel.strip()}': onbekende directiecode '{code.strip()}'."
                )
            themas.append((titel.strip(), directie))
        return themas


IMPORT_MAX_MB = 20


class ImportFormulier(forms.Form):
    bestand = forms.FileField(label="Bestand (JSON of CSV)", help_text=f"Tot {IMPORT_MAX_MB} MB.")

    def clean_bestand(self) -> Any:
        bestand = self.cleaned_data["bestand"]
        if bestand.size > IMPORT_MAX_MB * 1024 * 1024:  # checked before the file is read
            grootte = f"{bestand.size / 1024 / 1024:.1f}".replace(".", ",")
            raise forms.ValidationError(
                f"Het bestand is te groot ({grootte} MB); de grens is {IMPORT_MAX_MB} MB."
            )
        return bestand
