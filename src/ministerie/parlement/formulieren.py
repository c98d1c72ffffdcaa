"""The input of every parliament action, declared once as a Django form and used by the page
and the API alike (``handelingen.py``). Where the API sends lists (Kamerleden, questions,
themes) and the page sends lines of text, the field accepts both."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from django import forms
from django.db.models import QuerySet

from ministerie.core.models import Gebruiker
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.models import Nota

from .models import Debat, Deelnemer, Kamer, Kamervragen, Motie, Thema, Toezegging
from .toestanden import TOEZEGGING
from .zichtbaarheid import koppelbare_notas

# Size limits of free text (issue 13: unbounded text stalls letters, exports and the index).
MAX_TEKST = 10_000
MAX_ANTWOORDBLAD = 100_000
MAX_REGELS = 200

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


def directies() -> QuerySet[Eenheid]:
    return Eenheid.objects.filter(soort__in=DIRECTIESOORTEN).order_by("naam")


def portefeuilles() -> QuerySet[Eenheid]:
    return Eenheid.objects.filter(soort=Eenheid.Soort.BEWINDSPERSOON).order_by("volgorde", "naam")


class EenheidKeuze(forms.ModelChoiceField):
    """A unit by its code (a fresh queryset per form: Django copies it for each instance)."""

    def __init__(self, label: str, queryset: QuerySet[Eenheid], **kwargs: Any) -> None:
        super().__init__(
            queryset=queryset,
            label=label,
            to_field_name="code",
            empty_label="— kies —",
            error_messages={"required": f"Kies de {label.lower()}.", "invalid_choice": "Onbekende keuze."},
            **kwargs,
        )


class KamerKeuze(forms.ChoiceField):
    """Tweede or Eerste Kamer; left out (as the API may), it is the Tweede Kamer."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(label="Kamer", choices=Kamer.choices, initial=Kamer.TWEEDE, **kwargs)

    def clean(self, value: Any) -> Any:
        return super().clean(value or Kamer.TWEEDE)


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


def _controleer_omvang(value: Any, max_length: int) -> None:
    """A text (the page) or a list (the API) of lines: at most ``max_length`` characters in
    all and MAX_REGELS items."""
    if isinstance(value, str):
        omvang, aantal = len(value), value.count("\n") + 1
    elif isinstance(value, list | tuple):
        omvang, aantal = len(json.dumps(value, default=str)), len(value)
    else:
        return
    if omvang > max_length:
        raise forms.ValidationError(
            f"De tekst is te lang ({omvang} tekens); de grens is {max_length}.", code="max_length"
        )
    if aantal > MAX_REGELS:
        raise forms.ValidationError(f"Geef hoogstens {MAX_REGELS} regels.", code="max_regels")


class RegelsVeld(forms.Field):
    """Lines of text: one per line on the page, a list of strings in the API."""

    widget = forms.Textarea
    max_length = MAX_TEKST

    def to_python(self, value: Any) -> list[str]:
        if value in self.empty_values:
            return []
        _controleer_omvang(value, self.max_length)
        regels = value.splitlines() if isinstance(value, str) else value
        if not isinstance(regels, list | tuple) or not all(isinstance(r, str) for r in regels):
            raise forms.ValidationError("Geef een lijst van teksten.", code="invalid")
        return [r.strip() for r in regels if r.strip()]


class LedenVeld(forms.Field):
    """Kamerleden: 'Jansen (VVD)' per line on the page, ``[{"naam", "fractie"}]`` in the API."""

    widget = forms.Textarea
    max_length = MAX_TEKST

    def to_python(self, value: Any) -> list[dict[str, str]]:
        if value in self.empty_values:
            return []
        _controleer_omvang(value, self.max_length)
        if isinstance(value, str):
            return lees_leden(value)
        if not isinstance(value, list | tuple) or not all(isinstance(lid, dict) for lid in value):
            raise forms.ValidationError("Geef de Kamerleden als lijst met naam en fractie.", code="invalid")
        leden = [
            {"naam": str(lid.get("naam") or "").strip(), "fractie": str(lid.get("fractie") or "").strip()}
            for lid in value
        ]
        if any(not lid["naam"] for lid in leden):
            raise forms.ValidationError("Elk Kamerlid heeft een naam.", code="invalid")
        return leden

    def validate(self, value: Any) -> None:
        super().validate(value)
        if any(len(lid["naam"]) > 200 or len(lid["fractie"]) > 60 for lid in value):
            raise forms.ValidationError(
                "Een naam mag hoogstens 200 tekens hebben, een fractie 60.", code="max_length"
            )


class ThemasVeld(forms.Field):
    """Expected themes with the directie that prepares the answer: 'thema = code' per line on
    the page, ``[{"titel", "directie"}]`` in the API."""

    widget = forms.Textarea
    max_length = MAX_TEKST

    def to_python(self, value: Any) -> list[tuple[str, Eenheid]]:
        if value in self.empty_values:
            return []
        _controleer_omvang(value, self.max_length)
        if isinstance(value, str):
            paren = [
                (titel, code)
                for titel, _, code in (r.partition("=") for r in value.splitlines() if r.strip())
            ]
        elif isinstance(value, list | tuple) and all(isinstance(t, dict) for t in value):
            paren = [(str(t.get("titel") or ""), str(t.get("directie") or "")) for t in value]
        else:
            raise forms.ValidationError("Geef de thema's als lijst met titel en directie.", code="invalid")
        themas = []
        for titel, code in paren:
            directie = Eenheid.objects.filter(code=code.strip()).first() if code.strip() else None
            if directie is None:
                raise forms.ValidationError(
                    f"Thema '{titel.strip()}': onbekende directiecode '{code.strip()}'."
                )
            themas.append((titel.strip(), directie))
        return themas


class NummersVeld(forms.Field):
    """Numbers of items (ids): checkboxes on the page, a list of integers in the API."""

    widget = forms.MultipleHiddenInput
    max_length = MAX_TEKST

    def to_python(self, value: Any) -> list[int]:
        if value in self.empty_values:
            return []
        _controleer_omvang(value, self.max_length)
        if not isinstance(value, list | tuple) or not all(str(v).isdigit() for v in value):
            raise forms.ValidationError("Geef een lijst van nummers.", code="invalid")
        return [int(v) for v in value]


# --- Schriftelijke Kamervragen -------------------------------------------------------------


class KamervragenFormulier(forms.Form):
    kamer = KamerKeuze()
    nummer = forms.CharField(label="Nummer", max_length=40, help_text="Bijvoorbeeld 2026Z21345")
    onderwerp = forms.CharField(label="Onderwerp", max_length=300)
    ontvangen_op = datumveld("Datum ontvangen")
    vragenstellers = LedenVeld(
        label="Vragenstellers",
        help_text="Eén Kamerlid per regel, met de fractie tussen haakjes: Jansen (VVD)",
    )
    vragen = RegelsVeld(label="Vragen", help_text="Eén vraag per regel.")
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    trekker = EenheidKeuze("Eerstverantwoordelijke directie", directies())
    medetrekkers = forms.ModelMultipleChoiceField(
        label="Medeverantwoordelijke directies",
        queryset=Eenheid.objects.all(),
        to_field_name="code",
        required=False,
        widget=forms.MultipleHiddenInput,  # assigned on the page of the set, after registration
    )


class ToewijzenFormulier(forms.Form):
    """The messages are whole sentences: these fields have no label to put before them."""

    trekker = forms.ModelChoiceField(
        queryset=Eenheid.objects.all(),
        to_field_name="code",
        error_messages={
            "required": "Kies de eerstverantwoordelijke directie.",
            "invalid_choice": "Kies de eerstverantwoordelijke directie.",
        },
    )
    medetrekkers = forms.ModelMultipleChoiceField(
        queryset=Eenheid.objects.all(),
        to_field_name="code",
        required=False,
        error_messages={"invalid_choice": "Onbekende medeverantwoordelijke directie '%(value)s'."},
    )


class UitstelFormulier(forms.Form):
    reden = forms.CharField(label="Reden van het uitstel", widget=forms.Textarea, max_length=MAX_TEKST)
    verwacht_op = datumveld("Verwachte datum van beantwoording")


class VerzondenFormulier(forms.Form):
    verzonden_op = datumveld("Datum verzonden")


# --- Mondelinge vragen ---------------------------------------------------------------------


class MondelingeVraagFormulier(forms.Form):
    kamer = KamerKeuze(widget=forms.HiddenInput)  # the vragenuur is the Tweede Kamer's
    datum = datumveld("Datum vragenuur")
    vragensteller = forms.CharField(label="Vragensteller", max_length=200)
    fractie = forms.CharField(label="Fractie", max_length=60, required=False)
    onderwerp = forms.CharField(label="Onderwerp", max_length=300)
    vraag = forms.CharField(label="Vraag", widget=forms.Textarea, max_length=MAX_TEKST, required=False)
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    trekker = EenheidKeuze("Directie die het antwoordblad maakt", directies())


class AntwoordbladFormulier(forms.Form):
    """Whether the sheet is empty is the service's check (one message for page and API)."""

    antwoordblad = forms.CharField(
        label="Antwoordblad", widget=forms.Textarea, max_length=MAX_ANTWOORDBLAD, required=False
    )


class StatusFormulier(forms.Form):
    """A new status; which ones are allowed is the service's check."""

    status = forms.CharField(label="Nieuwe status", max_length=20, required=False)


# --- Toezeggingen --------------------------------------------------------------------------


class ToezeggingFormulier(forms.Form):
    kamer = KamerKeuze()
    nummer = forms.CharField(
        label="Nummer in het register",
        max_length=40,
        required=False,
        help_text="Leeg laten: het systeem geeft een volgnummer.",
    )
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    gedaan_in = forms.CharField(label="Gedaan in (debat of brief)", max_length=300)
    gedaan_op = datumveld("Datum")
    tekst = forms.CharField(label="Tekst van de toezegging", widget=forms.Textarea, max_length=MAX_TEKST)
    termijn_tekst = forms.CharField(
        label="Termijn zoals toegezegd",
        max_length=120,
        help_text="Bijvoorbeeld: voor de zomer, voor het einde van het jaar, binnen zes weken, Q3 2027",
    )
    verantwoordelijke = EenheidKeuze("Verantwoordelijke directie", directies())


class ToezeggingStatusFormulier(forms.Form):
    """A new status. Which ones are allowed is the service's check (the lifecycle table); the
    page passes the toezegging so that it offers only the statuses that table allows from now."""

    status = forms.ChoiceField(label="Nieuwe status", choices=Toezegging.Status.choices)
    toelichting = forms.CharField(
        label="Hoe voldaan / toelichting", widget=forms.Textarea, max_length=MAX_TEKST, required=False
    )

    def __init__(self, *args: Any, toezegging: Toezegging | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if toezegging is not None:
            veld: Any = self.fields["status"]
            veld.choices = [(w, label) for w, label in veld.choices if TOEZEGGING.mag(toezegging.status, w)]


# --- Moties --------------------------------------------------------------------------------


class MotieFormulier(forms.Form):
    kamer = KamerKeuze()
    nummer = forms.CharField(label="Nummer", max_length=60, help_text="Bijvoorbeeld 36600-VII-12")
    indieners = LedenVeld(label="Indieners", help_text="Eén per regel: Jansen (VVD)")
    dictum = forms.CharField(label="Dictum", widget=forms.Textarea, max_length=MAX_TEKST)
    ingediend_op = datumveld("Datum ingediend")
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    verantwoordelijke = EenheidKeuze("Verantwoordelijke directie", directies())


class UitslagFormulier(forms.Form):
    uitslag = forms.ChoiceField(label="Uitslag", choices=[c for c in Motie.Uitslag.choices if c[0]])
    gestemd_op = datumveld("Datum stemming")


class UitvoeringFormulier(forms.Form):
    uitvoering = forms.CharField(
        label="Hoe de motie wordt uitgevoerd", widget=forms.Textarea, max_length=MAX_TEKST
    )
    uitvoeren_voor = datumveld("Uit te voeren voor", required=False)
    uitgevoerd_op = datumveld("Uitgevoerd op", required=False)


# --- Kamerbrieven --------------------------------------------------------------------------

ONZICHTBARE_NOTA = "Deze nota bestaat niet of u kunt hem niet inzien."


class KamerbriefFormulier(forms.Form):
    """Memos by kenmerk, among those the user may link: a memo the user may not see and one
    that does not exist get the same answer."""

    nota = forms.ModelChoiceField(
        queryset=Nota.objects.none(),
        to_field_name="kenmerk",
        error_messages={"required": "Kies de nota (soort Kamerbrief).", "invalid_choice": ONZICHTBARE_NOTA},
    )
    kamer = KamerKeuze()
    beslisnotas = forms.ModelMultipleChoiceField(
        queryset=Nota.objects.none(),
        to_field_name="kenmerk",
        required=False,
        error_messages={"invalid_choice": ONZICHTBARE_NOTA},
    )
    toezeggingen = forms.ModelMultipleChoiceField(queryset=Toezegging.objects.all(), required=False)
    moties = forms.ModelMultipleChoiceField(queryset=Motie.objects.all(), required=False)
    kamervragen = forms.ModelMultipleChoiceField(queryset=Kamervragen.objects.all(), required=False)

    def __init__(self, *args: Any, gebruiker: Gebruiker, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        notas = koppelbare_notas(gebruiker)
        for naam in ("nota", "beslisnotas"):
            veld = self.fields[naam]
            assert isinstance(veld, forms.ModelChoiceField)
            veld.queryset = notas


class VerzendFormulier(VerzondenFormulier):
    """Whether the Kamerstuk number is given is the service's check."""

    kamerstuk = forms.CharField(label="Kamerstuknummer", max_length=60, required=False)
    deels = NummersVeld(label="Toezeggingen die deels voldaan zijn", required=False)


# --- Debatten ------------------------------------------------------------------------------


class DebatFormulier(forms.Form):
    soort = forms.ChoiceField(label="Soort debat", choices=Debat.Soort.choices)
    titel = forms.CharField(label="Titel", max_length=300)
    kamer = KamerKeuze()
    commissie = forms.CharField(label="Commissie", max_length=200, required=False)
    datum = datumveld("Datum")
    bewindspersoon = EenheidKeuze("Bewindspersoon", portefeuilles())
    trekker = EenheidKeuze("Coördinerende directie", directies())
    agenda = RegelsVeld(label="Agenda", required=False, help_text="Eén punt per regel.")
    deelnemers = LedenVeld(
        label="Deelnemende Kamerleden", required=False, help_text="Eén per regel: Jansen (VVD)"
    )
    themas = ThemasVeld(
        label="Verwachte thema's",
        required=False,
        help_text="Eén per regel: thema = code van de directie, bijvoorbeeld: Woningbouw = woningbouw",
    )


class ThemaFormulier(forms.Form):
    voorgesteld_antwoord = forms.CharField(
        label="Voorgesteld antwoord", widget=forms.Textarea, max_length=MAX_TEKST, required=False
    )


class DebatStatusFormulier(forms.Form):
    """The debate begins (no value, as the page's button sends) or is over."""

    naar = forms.ChoiceField(
        label="Nieuwe status",
        choices=[(Debat.Status.LIVE, "Live"), (Debat.Status.AFGELOPEN, "Afgelopen")],
        required=False,
    )

    def gegevens(self) -> dict[str, Any]:
        return {"naar": self.cleaned_data["naar"] or Debat.Status.LIVE}


class DebatvraagFormulier(forms.Form):
    """A member's question during the debate: a member of the debate, or a new one typed as
    'Jansen (VVD)'; the text is the service's check."""

    deelnemer = forms.ModelChoiceField(
        queryset=Deelnemer.objects.none(),
        required=False,
        error_messages={"invalid_choice": "Kies het Kamerlid dat de vraag stelt."},
    )
    nieuw_lid = forms.CharField(max_length=200, required=False)
    thema = forms.ModelChoiceField(
        queryset=Thema.objects.none(),
        required=False,
        error_messages={"invalid_choice": "Dit thema hoort niet bij dit debat."},
    )
    tekst = forms.CharField(max_length=MAX_TEKST, required=False)

    def __init__(self, *args: Any, debat: Debat, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for naam, queryset in (("deelnemer", debat.deelnemers.all()), ("thema", debat.themas.all())):
            veld = self.fields[naam]
            assert isinstance(veld, forms.ModelChoiceField)
            veld.queryset = queryset

    def gegevens(self) -> dict[str, Any]:
        data = self.cleaned_data
        nieuw = lees_leden(data["nieuw_lid"])
        return {
            "deelnemer": data["deelnemer"],
            "nieuw_lid": nieuw[0] if nieuw else None,
            "thema": data["thema"],
            "tekst": data["tekst"],
        }


class DebatToezeggingenFormulier(forms.Form):
    """Commitments made in the debate, as rows ``tekst-1``, ``termijn-1``,
    ``verantwoordelijke-1`` (code of the directie), ...; rows without text are skipped."""

    MAX_REGELS = 50

    @classmethod
    def uit_json(cls, data: Any) -> dict[str, Any]:
        """The API sends ``{"toezeggingen": [{"tekst", "termijn_tekst", "verantwoordelijke"}]}``."""
        regels = data.get("toezeggingen")
        if not isinstance(regels, list) or not all(isinstance(r, dict) for r in regels):
            return {}
        uit: dict[str, Any] = {}
        for i, regel in enumerate(regels, start=1):
            uit[f"tekst-{i}"] = regel.get("tekst") or ""
            uit[f"termijn-{i}"] = regel.get("termijn_tekst") or ""
            uit[f"verantwoordelijke-{i}"] = regel.get("verantwoordelijke") or ""
        return uit

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if f"tekst-{self.MAX_REGELS + 1}" in self.data:
            raise forms.ValidationError(f"Leg hoogstens {self.MAX_REGELS} toezeggingen tegelijk vast.")
        regels = []
        for i in range(1, self.MAX_REGELS + 1):
            tekst = str(self.data.get(f"tekst-{i}") or "")
            if not tekst.strip():
                continue
            termijn = str(self.data.get(f"termijn-{i}") or "")
            if len(tekst) > MAX_TEKST or len(termijn) > 300:
                raise forms.ValidationError(
                    f"Toezegging {i}: de tekst mag hoogstens {MAX_TEKST} tekens hebben, de termijn 300."
                )
            code = str(self.data.get(f"verantwoordelijke-{i}") or "").strip()
            directie = Eenheid.objects.filter(code=code).first() if code else None
            if code and directie is None:
                raise forms.ValidationError(f"Toezegging {i}: onbekende directie '{code}'.")
            regels.append(
                {
                    "tekst": tekst,
                    "termijn_tekst": termijn,
                    "verantwoordelijke": directie,
                }
            )
        data["regels"] = regels
        return data

    def gegevens(self) -> dict[str, Any]:
        return {"regels": self.cleaned_data["regels"]}


class NagestuurdFormulier(VerzondenFormulier):
    def gegevens(self) -> dict[str, Any]:
        return {"op": self.cleaned_data["verzonden_op"]}


# --- Import --------------------------------------------------------------------------------

IMPORT_MAX_MB = 20


class ImportFormulier(forms.Form):
    """A file (the page, or multipart in the API) or the JSON body of an API request."""

    bestand = forms.FileField(
        label="Bestand (JSON of CSV)", help_text=f"Tot {IMPORT_MAX_MB} MB.", required=False
    )
    json_inhoud = forms.JSONField(required=False, widget=forms.HiddenInput)

    def __init__(self, data: Mapping[str, Any] | None = None, files: Mapping[str, Any] | None = None) -> None:
        """Plain mappings as well as request data: the API hands over a JSON object."""
        super().__init__(data, files)  # type: ignore[arg-type]

    @classmethod
    def uit_json(cls, data: Any) -> Any:
        """A JSON body is the import itself; a multipart request carries the file."""
        return data if "bestand" in data else {"json_inhoud": data}

    def clean_bestand(self) -> Any:
        bestand = self.cleaned_data["bestand"]
        if bestand and bestand.size > IMPORT_MAX_MB * 1024 * 1024:  # checked before the file is read
            grootte = f"{bestand.size / 1024 / 1024:.1f}".replace(".", ",")
            raise forms.ValidationError(
                f"Het bestand is te groot ({grootte} MB); de grens is {IMPORT_MAX_MB} MB."
            )
        return bestand

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("bestand") and data.get("json_inhoud") is None and "bestand" not in self.errors:
            self.add_error("bestand", self.fields["bestand"].error_messages["required"])
        return data

    def gegevens(self) -> dict[str, Any]:
        bestand = self.cleaned_data["bestand"]
        if bestand:
            return {"inhoud": bestand.read(), "naam": bestand.name}
        return {"inhoud": json.dumps(self.cleaned_data["json_inhoud"]).encode(), "naam": "api.json"}
