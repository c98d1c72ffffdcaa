"""One form per action of the agenda part, used by the pages and the API alike; every text has a
length limit, every file a size limit."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from ministerie.core.models import Gebruiker
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid, Persoon

from .ics import MAX_BESTAND
from .models import Overleg, Soort
from .tijd import AMSTERDAM, Tijdfout, controleer_regel

HANDMATIGE_SOORTEN = [
    (s.value, s.label)
    for s in (
        Soort.AFSPRAAK,
        Soort.OVERLEG,
        Soort.WERKBEZOEK,
        Soort.POLITIEK,
        Soort.BPO,
        Soort.KENNISMAKING,
        Soort.EXTERN,
    )
]
DATUM = forms.DateInput(attrs={"type": "date"})
TIJD = forms.TimeInput(attrs={"type": "time"})


def _rubriceringen(gebruiker: Any) -> list[tuple[int, str]]:
    grens = getattr(gebruiker, "clearance", Rubricering.INTERN)
    return [(waarde, label) for waarde, label in Rubricering.choices if waarde <= grens]


class _MetGebruiker(forms.Form):
    def __init__(self, *args: Any, gebruiker: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gebruiker = gebruiker
        if "rubricering" in self.fields:
            veld = self.fields["rubricering"]
            assert isinstance(veld, forms.TypedChoiceField)
            veld.choices = _rubriceringen(gebruiker)


def _eenheid(code: str, soorten: tuple[str, ...] | None = None) -> Eenheid | None:
    if not code:
        return None
    qs = Eenheid.objects.filter(code=code)
    if soorten:
        qs = qs.filter(soort__in=soorten)
    eenheid = qs.first()
    if eenheid is None:
        raise ValidationError(f"Onbekende eenheid '{code[:80]}'.")
    return eenheid


class AgendaFormulier(forms.Form):
    persoon = forms.ChoiceField(label="Bewindspersoon")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # bewindspersonen in the register without an agenda (an existing one is simply returned)
        personen = (
            Persoon.objects.filter(posities__eenheid__soort=Eenheid.Soort.BEWINDSPERSOON)
            .exclude(agenda__isnull=False)
            .distinct()
        )
        veld = self.fields["persoon"]
        assert isinstance(veld, forms.ChoiceField)
        veld.choices = [(p.code, p.naam) for p in personen.order_by("naam")]

    def gegevens(self) -> dict[str, Any]:
        return {"persoon": Persoon.objects.get(code=self.cleaned_data["persoon"])}


# the units an appointment can be "with": no afdelingen or teams (their directie stands for them)
MET_EENHEID = (
    Eenheid.Soort.SECRETARIS_GENERAAL,
    Eenheid.Soort.DIRECTORAAT_GENERAAL,
    Eenheid.Soort.CLUSTER,
    Eenheid.Soort.DIRECTIE,
    Eenheid.Soort.PROGRAMMA,
    Eenheid.Soort.AGENTSCHAP,
    Eenheid.Soort.ZBO,
    Eenheid.Soort.OVERHEIDSDIENST,
    Eenheid.Soort.SSO,
    Eenheid.Soort.KABINET_GOUVERNEUR,
    Eenheid.Soort.ADVIESCOLLEGE,
    Eenheid.Soort.HOOG_COLLEGE,
)


class AfspraakFormulier(_MetGebruiker):
    titel = forms.CharField(label="Titel", max_length=200)
    soort = forms.ChoiceField(label="Soort", choices=HANDMATIGE_SOORTEN)
    datum = forms.DateField(label="Datum", widget=DATUM)
    begintijd = forms.TimeField(label="Begin", widget=TIJD)
    eindtijd = forms.TimeField(label="Einde", widget=TIJD)
    plaats = forms.CharField(label="Plaats", max_length=200, required=False)
    reistijd_heen = forms.IntegerField(label="Reistijd heen (minuten)", min_value=0, max_value=600, initial=0)
    reistijd_terug = forms.IntegerField(
        label="Reistijd terug (minuten)", min_value=0, max_value=600, initial=0
    )
    omschrijving = forms.CharField(
        label="Omschrijving", max_length=4000, required=False, widget=forms.Textarea
    )
    eenheid = forms.ChoiceField(label="Met onderdeel", required=False)
    rubricering = forms.TypedChoiceField(
        label="Rubricering", coerce=int, choices=Rubricering.choices, initial=10
    )
    toch_opslaan = forms.BooleanField(
        label="Toch opslaan, ook als de afspraak met iets anders samenvalt", required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        veld = self.fields["eenheid"]
        assert isinstance(veld, forms.ChoiceField)
        veld.choices = [
            ("", "geen"),
            *((e.code, str(e)) for e in Eenheid.objects.filter(soort__in=MET_EENHEID).order_by("naam")),
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("datum") and data.get("begintijd") and data.get("eindtijd"):
            begin = datetime.combine(data["datum"], data["begintijd"], tzinfo=AMSTERDAM)
            eind = datetime.combine(data["datum"], data["eindtijd"], tzinfo=AMSTERDAM)
            if eind <= begin:
                eind += timedelta(days=1)  # ends after midnight
            data["begin"], data["eind"] = begin, eind
        if data.get("eenheid"):
            try:
                data["eenheid_obj"] = _eenheid(data["eenheid"])
            except ValidationError as fout:
                self.add_error("eenheid", fout)
        return data

    def gegevens(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "titel": d["titel"],
            "soort": d["soort"],
            "begin": d["begin"],
            "eind": d["eind"],
            "plaats": d.get("plaats", ""),
            "reistijd_heen": d.get("reistijd_heen") or 0,
            "reistijd_terug": d.get("reistijd_terug") or 0,
            "omschrijving": d.get("omschrijving", ""),
            "rubricering": d["rubricering"],
            "eenheid": d.get("eenheid_obj"),
            "toch_opslaan": d.get("toch_opslaan", False),
        }


HERHALINGEN = [
    ("wekelijks", "Elke week op deze weekdag"),
    ("tweewekelijks", "Om de week op deze weekdag"),
    ("maandelijks", "Elke maand op deze weekdag (bijvoorbeeld de eerste dinsdag)"),
    ("werkdagen", "Elke werkdag"),
    ("eigen", "Eigen regel (iCalendar RRULE)"),
]
_BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def regel_voor(herhaling: str, eerste: date, tot: date | None = None) -> str:
    """The recurrence rule of a choice on the form, from the date of the first time."""
    dag = _BYDAY[eerste.weekday()]
    rang = (eerste.day - 1) // 7 + 1
    regel = {
        "wekelijks": f"FREQ=WEEKLY;BYDAY={dag}",
        "tweewekelijks": f"FREQ=WEEKLY;INTERVAL=2;BYDAY={dag}",
        "maandelijks": f"FREQ=MONTHLY;BYDAY={-1 if rang == 5 else rang}{dag}",
        "werkdagen": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    }[herhaling]
    return regel + (f";UNTIL={tot:%Y%m%d}" if tot else "")


class ReeksFormulier(_MetGebruiker):
    titel = forms.CharField(label="Titel", max_length=200)
    soort = forms.ChoiceField(label="Soort", choices=HANDMATIGE_SOORTEN, initial=Soort.OVERLEG)
    datum = forms.DateField(label="Eerste keer", widget=DATUM)
    begintijd = forms.TimeField(label="Begin", widget=TIJD)
    duur_minuten = forms.IntegerField(label="Duur (minuten)", min_value=5, max_value=1440, initial=60)
    herhaling = forms.ChoiceField(label="Herhaling", choices=HERHALINGEN, initial="wekelijks")
    tot = forms.DateField(label="Laatste keer op of voor", widget=DATUM, required=False)
    regel = forms.CharField(
        label="Eigen regel (iCalendar RRULE)",
        max_length=300,
        required=False,
        help_text="Alleen bij 'Eigen regel', bijvoorbeeld FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE "
        "(elke derde woensdag, om de drie maanden).",
    )
    plaats = forms.CharField(label="Plaats", max_length=200, required=False)
    rubricering = forms.TypedChoiceField(
        label="Rubricering", coerce=int, choices=Rubricering.choices, initial=10
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        # the API may give a rule only; the page a choice (and a rule for "eigen")
        herhaling = data.get("herhaling") or ("eigen" if data.get("regel") else "wekelijks")
        try:
            if herhaling == "eigen":
                if not data.get("regel"):
                    self.add_error("regel", "Schrijf de regel, of kies een herhaling.")
                    return data
                regel = str(data["regel"])
                if data.get("tot") and "UNTIL=" not in regel.upper() and "COUNT=" not in regel.upper():
                    regel += f";UNTIL={data['tot']:%Y%m%d}"
                data["regel"] = controleer_regel(regel)
            elif data.get("datum"):
                data["regel"] = controleer_regel(regel_voor(herhaling, data["datum"], data.get("tot")))
        except Tijdfout as fout:
            self.add_error("regel" if herhaling == "eigen" else "herhaling", str(fout))
        if data.get("tot") and data.get("datum") and data["tot"] < data["datum"]:
            self.add_error("tot", "De laatste keer ligt na de eerste.")
        return data

    def gegevens(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "titel": d["titel"],
            "soort": d["soort"],
            "regel": d["regel"],
            "begin": datetime.combine(d["datum"], d["begintijd"], tzinfo=AMSTERDAM),
            "duur_minuten": d["duur_minuten"],
            "plaats": d.get("plaats", ""),
            "rubricering": d["rubricering"],
        }


class VervallenFormulier(forms.Form):
    moment = forms.DateTimeField(label="Keer die vervalt")


class BestandFormulier(forms.Form):
    bestand = forms.FileField(label="Bestand")
    grens = MAX_BESTAND

    def clean_bestand(self) -> Any:
        bestand = self.cleaned_data["bestand"]
        if bestand.size > self.grens:
            raise ValidationError(f"Het bestand is groter dan {self.grens // 1000} kB.")
        return bestand


class IcsFormulier(BestandFormulier):
    bestand = forms.FileField(
        label="iCalendar-bestand (.ics)",
        widget=forms.ClearableFileInput(attrs={"accept": ".ics,text/calendar"}),
    )


class PuntenFormulier(BestandFormulier):
    bestand = forms.FileField(label="CSV-bestand (onderwerp;ministerie;stuk;gevraagd_besluit)")
    grens = 200_000


class ProtocolFormulier(BestandFormulier):
    bestand = forms.FileField(label="Getekend protocol van overdracht (PDF)")
    grens = 50_000_000


class VergaderingFormulier(_MetGebruiker):
    overleg = forms.ChoiceField(label="Overleg")
    datum = forms.DateField(label="Datum", widget=DATUM)
    begintijd = forms.TimeField(label="Begin", widget=TIJD)
    titel = forms.CharField(label="Titel (leeg: de naam van het overleg)", max_length=200, required=False)
    rubricering = forms.TypedChoiceField(
        label="Rubricering", coerce=int, choices=Rubricering.choices, initial=20
    )

    SOORTEN = (
        Overleg.Soort.MINISTERRAAD,
        Overleg.Soort.ONDERRAAD,
        Overleg.Soort.RIJKSMINISTERRAAD,
        Overleg.Soort.BESTUURSRAAD,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        veld = self.fields["overleg"]
        assert isinstance(veld, forms.ChoiceField)
        veld.choices = [
            (o.code, o.naam) for o in Overleg.objects.filter(soort__in=self.SOORTEN).order_by("naam")
        ]

    def gegevens(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "overleg": Overleg.objects.get(code=d["overleg"]),
            "begin": datetime.combine(d["datum"], d["begintijd"], tzinfo=AMSTERDAM),
            "titel": d.get("titel", ""),
            "rubricering": d["rubricering"],
        }


class PuntFormulier(forms.Form):
    onderwerp = forms.CharField(label="Onderwerp", max_length=300)
    ministerie = forms.CharField(
        label="Verantwoordelijk ministerie (afkorting)", max_length=40, initial="BZK"
    )
    stuk = forms.CharField(label="Kamerstuk of document", max_length=200, required=False)
    gevraagd_besluit = forms.CharField(
        label="Gevraagd besluit", max_length=2000, required=False, widget=forms.Textarea
    )


class AnnotatieVragenFormulier(forms.Form):
    eenheid = forms.ChoiceField(label="Verantwoordelijke directie")
    datum = forms.DateField(label="Uiterlijk leveren op", widget=DATUM)
    tijd = forms.TimeField(label="Uiterlijk om", widget=TIJD, initial="12:00")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        veld = self.fields["eenheid"]
        assert isinstance(veld, forms.ChoiceField)
        soorten = (Eenheid.Soort.DIRECTIE, Eenheid.Soort.DIRECTORAAT_GENERAAL, Eenheid.Soort.PROGRAMMA)
        veld.choices = [(e.code, str(e)) for e in Eenheid.objects.filter(soort__in=soorten).order_by("naam")]

    def gegevens(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "eenheid": Eenheid.objects.get(code=d["eenheid"]),
            "uiterste": datetime.combine(d["datum"], d["tijd"], tzinfo=AMSTERDAM),
        }


class AnnotatieFormulier(forms.Form):
    advies = forms.CharField(label="Ambtelijk advies", max_length=4000, widget=forms.Textarea)
    toelichting = forms.CharField(label="Toelichting", max_length=4000, required=False, widget=forms.Textarea)


class TerugkoppelingFormulier(forms.Form):
    terugkoppeling = forms.CharField(
        label="Kort overzicht van de terugkoppeling (voor de Bestuursraad)",
        max_length=4000,
        widget=forms.Textarea,
    )


class BesluitFormulier(forms.Form):
    besluit = forms.CharField(label="Besluit", max_length=2000, widget=forms.Textarea)
    actie = forms.CharField(label="Actie", max_length=300)
    eenheid = forms.ChoiceField(label="Eigenaar (eenheid)")
    eigenaar = forms.CharField(label="Eigenaar (gebruikersnaam)", max_length=150, required=False)
    uiterste_datum = forms.DateField(label="Gereed op", widget=DATUM)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        veld = self.fields["eenheid"]
        assert isinstance(veld, forms.ChoiceField)
        soorten = (
            Eenheid.Soort.DIRECTIE,
            Eenheid.Soort.DIRECTORAAT_GENERAAL,
            Eenheid.Soort.CLUSTER,
            Eenheid.Soort.SECRETARIS_GENERAAL,
        )
        veld.choices = [(e.code, str(e)) for e in Eenheid.objects.filter(soort__in=soorten).order_by("naam")]

    def clean_eigenaar(self) -> Gebruiker | None:
        naam = self.cleaned_data.get("eigenaar", "").strip()
        if not naam:
            return None
        gebruiker = Gebruiker.objects.filter(username=naam, is_active=True).first()
        if gebruiker is None:
            raise ValidationError(f"Onbekende gebruiker '{naam}'.")
        return gebruiker

    def gegevens(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "besluit": d["besluit"],
            "actie": d["actie"],
            "eenheid": Eenheid.objects.get(code=d["eenheid"]),
            "eigenaar": d.get("eigenaar"),
            "uiterste_datum": d["uiterste_datum"],
        }


class AfrondenFormulier(forms.Form):
    toelichting = forms.CharField(label="Toelichting", max_length=2000, required=False)


class IntroductieFormulier(forms.Form):
    beediging = forms.DateField(label="Dag van de beëdiging", widget=DATUM)
    begin = forms.TimeField(label="Niet vóór (wens)", widget=TIJD, required=False)
    eind = forms.TimeField(label="Niet na (wens)", widget=TIJD, required=False)

    def clean_beediging(self) -> Any:
        dag = self.cleaned_data["beediging"]
        if not 1990 <= dag.year <= 2999:
            raise ValidationError("Kies een datum tussen 1990 en 2999.")
        return dag
