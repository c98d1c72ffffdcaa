from __future__ import annotations

from typing import Any, cast

from django import forms

from ministerie.core.formulieren import MeerdereBestandenVeld
from ministerie.core.models import Gebruiker
from ministerie.core.rubricering import Rubricering

from .models import Beslispunt, Nota, Parafeerstap
from .opmaak import OPMAAK_UITLEG
from .route import Routevoorstel

MAX_TOELICHTING = 5000
#: A section of a memo (aanleiding, kernpunten, toelichting): some ten pages of text.
MAX_NOTATEKST = 20_000


#: The kinds of memo one starts from the memo form; an answer to Kamervragen is drafted from its
#: set of questions (parlement), which gives it its questions.
SOORTEN_NIEUW = [(w, label) for w, label in Nota.Soort.choices if w != Nota.Soort.ANTWOORD_KAMERVRAGEN]


def _notatekst(label: str) -> forms.CharField:
    """A memo section (aanleiding, kernpunten, toelichting): optional, bounded, safe Markdown."""
    return forms.CharField(
        label=label, widget=forms.Textarea, required=False, max_length=MAX_NOTATEKST, help_text=OPMAAK_UITLEG
    )


class NotaFormulier(forms.Form):
    soort = forms.ChoiceField(label="Soort nota", choices=SOORTEN_NIEUW)
    onderwerp = forms.CharField(label="Onderwerp", max_length=300)
    aan = forms.CharField(label="Aan", max_length=200, initial="de minister van BZK")
    rubricering = forms.TypedChoiceField(
        label="Rubricering", coerce=int, choices=Rubricering.choices, initial=Rubricering.INTERN
    )
    aanleiding = _notatekst("Aanleiding")
    beslispunten = forms.CharField(
        label="Geadviseerd besluit (beslispunten)",
        widget=forms.Textarea,
        required=False,
        max_length=MAX_TOELICHTING,
        help_text="Eén beslispunt per regel. Verplicht bij een beslisnota.",
    )
    kernpunten = _notatekst("Kernpunten")
    toelichting = _notatekst("Toelichting")
    uiterste_beslisdatum = forms.DateField(
        label="Uiterste beslisdatum",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Vul een geldige datum in, bijvoorbeeld 2027-03-01."},
    )
    reden_beslisdatum = forms.CharField(label="Reden van de beslisdatum", max_length=300, required=False)
    kamerstuk = forms.CharField(label="Relatie met Kamerstuk of toezegging", max_length=200, required=False)
    openbaar_bij_kamerstuk = forms.BooleanField(label="Openbaar maken bij Kamerstuk", required=False)

    def __init__(self, *args: Any, gebruiker: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if gebruiker is not None:
            cast(forms.ChoiceField, self.fields["rubricering"]).choices = [
                (waarde, label) for waarde, label in Rubricering.choices if waarde <= gebruiker.clearance
            ]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("soort") == Nota.Soort.BESLISNOTA and not (data.get("beslispunten") or "").strip():
            self.add_error("beslispunten", "Een beslisnota heeft minstens één beslispunt.")
        if data.get("uiterste_beslisdatum") and not data.get("reden_beslisdatum"):
            self.add_error("reden_beslisdatum", "Geef de reden van de uiterste beslisdatum.")
        return data


class _Gedeeltelijk(dict):
    """Input from the API: a field it does not name keeps the memo's value."""


class NotaBewerkFormulier(forms.Form):
    """The editable fields of a memo, filled with what it says now. Only the author sees the
    co-authors field; the page sends every field, the API only those it changes."""

    onderwerp = forms.CharField(label="Onderwerp", max_length=300)
    aan = forms.CharField(label="Aan", max_length=200)
    rubricering = forms.TypedChoiceField(label="Rubricering", coerce=int, choices=Rubricering.choices)
    aanleiding = _notatekst("Aanleiding")
    beslispunten = forms.CharField(
        label="Geadviseerd besluit (beslispunten)",
        widget=forms.Textarea,
        required=False,
        max_length=MAX_TOELICHTING,
        help_text="Eén beslispunt per regel.",
    )
    kernpunten = _notatekst("Kernpunten")
    toelichting = _notatekst("Toelichting")
    uiterste_beslisdatum = forms.DateField(
        label="Uiterste beslisdatum",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": "Vul een geldige datum in, bijvoorbeeld 2027-03-01."},
    )
    reden_beslisdatum = forms.CharField(label="Reden van de beslisdatum", max_length=300, required=False)
    kamerstuk = forms.CharField(label="Relatie met Kamerstuk of toezegging", max_length=200, required=False)
    openbaar_bij_kamerstuk = forms.BooleanField(label="Openbaar maken bij Kamerstuk", required=False)
    medeauteurs = forms.ModelMultipleChoiceField(
        label="Medeauteurs",
        queryset=Gebruiker.objects.none(),
        to_field_name="username",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Collega's uit uw eenheid die de nota mogen bewerken zoals u.",
        error_messages={
            "invalid_choice": "Kies medeauteurs uit de lijst; %(value)s kan geen medeauteur zijn.",
            "invalid_pk_value": "Kies medeauteurs uit de lijst.",
            "invalid_list": "Kies medeauteurs uit de lijst.",
        },
    )

    def __init__(self, data: Any = None, *args: Any, nota: Nota, gebruiker: Any, **kwargs: Any) -> None:
        from .bewerken import kandidaten_medeauteur

        huidig = self.huidige_waarden(nota)
        self.andere_medeauteurs = False  # a co-author tries to change the co-authors
        if data is not None and "medeauteurs" in data and nota.auteur_id != gebruiker.pk:
            lijst = getattr(data, "getlist", None)
            genoemd = lijst("medeauteurs") if lijst else data["medeauteurs"]
            genoemd = genoemd if isinstance(genoemd, list | tuple) else [genoemd]
            self.andere_medeauteurs = {str(g) for g in genoemd} != set(huidig["medeauteurs"])
        if isinstance(data, _Gedeeltelijk):
            data = {**huidig, **data}
        kwargs.setdefault("initial", huidig)
        super().__init__(data, *args, **kwargs)
        self.nota = nota
        cast(forms.ChoiceField, self.fields["rubricering"]).choices = [
            (waarde, label)
            for waarde, label in Rubricering.choices
            if nota.rubricering <= waarde <= max(nota.rubricering, gebruiker.clearance)
        ]
        if nota.soort == Nota.Soort.BESLISNOTA:
            self.fields["beslispunten"].required = True
            self.fields["beslispunten"].error_messages["required"] = (
                "Een beslisnota heeft minstens één beslispunt."
            )
        self.antwoorden = list(nota.antwoorden.order_by("nummer"))
        if self.antwoorden:
            # signed, not decided: no decision points; one field per question, after the toelichting
            del self.fields["beslispunten"]
            velden = list(self.fields)
            plek = velden.index("toelichting") + 1
            for antwoord in self.antwoorden:
                naam = f"antwoord_{antwoord.nummer}"
                self.fields[naam] = forms.CharField(
                    label=f"Antwoord op vraag {antwoord.nummer}",
                    widget=forms.Textarea,
                    required=False,
                    max_length=MAX_NOTATEKST,
                    # the question itself; the Opmaak hint is on the sections above
                    help_text=f"Vraag {antwoord.nummer}: {antwoord.vraag}",
                )
                velden.insert(plek, naam)
                plek += 1
            self.order_fields(velden)
        if nota.auteur_id == gebruiker.pk:
            veld = cast(forms.ModelMultipleChoiceField, self.fields["medeauteurs"])
            veld.queryset = kandidaten_medeauteur(nota) | Gebruiker.objects.filter(
                pk__in=nota.medeauteurs.values("pk")
            )
        else:
            del self.fields["medeauteurs"]

    @staticmethod
    def huidige_waarden(nota: Nota) -> dict[str, Any]:
        return {
            "onderwerp": nota.onderwerp,
            "aan": nota.aan,
            "rubricering": nota.rubricering,
            "aanleiding": nota.aanleiding,
            "beslispunten": "\n".join(p.tekst for p in nota.beslispunten.order_by("volgorde")),
            "kernpunten": nota.kernpunten,
            "toelichting": nota.toelichting,
            "uiterste_beslisdatum": nota.uiterste_beslisdatum.isoformat()
            if nota.uiterste_beslisdatum
            else "",
            "reden_beslisdatum": nota.reden_beslisdatum,
            "kamerstuk": nota.kamerstuk,
            "openbaar_bij_kamerstuk": nota.openbaar_bij_kamerstuk,
            "medeauteurs": [g.username for g in nota.medeauteurs.all()],
            **{f"antwoord_{a.nummer}": a.tekst for a in nota.antwoorden.all()},
        }

    @classmethod
    def uit_json(cls, data: Any) -> dict[str, Any]:
        """The API names only the fields it changes (the others keep their value). An answer
        memo's answers come as ``"antwoorden": [{"nummer": 1, "tekst": "…"}, …]`` (or
        ``{"1": "…"}``); a number the memo does not have is refused."""
        uit = _Gedeeltelijk({k: v for k, v in data.items() if k in cls.base_fields})
        antwoorden = data.get("antwoorden")
        if antwoorden is not None:
            paren: list[tuple[Any, Any]]
            if isinstance(antwoorden, dict):
                paren = list(antwoorden.items())
            elif isinstance(antwoorden, list) and all(isinstance(a, dict) for a in antwoorden):
                paren = [(a.get("nummer"), a.get("tekst", "")) for a in antwoorden]
            else:
                paren = [("?", "")]
            for nummer, tekst in paren:
                uit[f"antwoord_{nummer}"] = tekst
        return uit

    def gegevens(self) -> dict[str, Any]:
        """The cleaned fields, with the answers as {question number: answer}."""
        data = dict(self.cleaned_data)
        if self.antwoorden:
            data["antwoorden"] = {
                a.nummer: data.pop(f"antwoord_{a.nummer}", a.tekst) for a in self.antwoorden
            }
        return data

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        bekend = {f"antwoord_{a.nummer}" for a in self.antwoorden}
        vreemd = sorted(k for k in (self.data or {}) if str(k).startswith("antwoord_") and k not in bekend)
        if vreemd:
            nummers = ", ".join(str(k).removeprefix("antwoord_") for k in vreemd)
            raise forms.ValidationError(
                f"Deze nota heeft geen vraag {nummers}."
                if self.antwoorden
                else "Deze nota beantwoordt geen Kamervragen."
            )
        if self.andere_medeauteurs:
            raise forms.ValidationError("Alleen de opsteller kan medeauteurs noemen of weghalen.")
        if self.nota.soort == Nota.Soort.BESLISNOTA and not (data.get("beslispunten") or "").strip():
            self.add_error("beslispunten", "Een beslisnota heeft minstens één beslispunt.")
        if data.get("uiterste_beslisdatum") and not data.get("reden_beslisdatum"):
            self.add_error("reden_beslisdatum", "Geef de reden van de uiterste beslisdatum.")
        return data


class VerstuurFormulier(forms.Form):
    """Sending a memo along its route; after it was sent back, from where it starts again."""

    herstart = forms.ChoiceField(
        label="Opnieuw beginnen",
        required=False,
        choices=[
            ("begin", "Vanaf het begin van de route"),
            ("terugstuurder", "Vanaf wie de nota terugstuurde"),
        ],
        widget=forms.RadioSelect,
    )


class BeslisFormulier(forms.Form):
    """One choice per decision point, built from the memo."""

    toelichting = forms.CharField(
        label="Annotatie bij het besluit", widget=forms.Textarea, required=False, max_length=MAX_TOELICHTING
    )

    def __init__(self, *args: Any, punten: list[Beslispunt], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.punten = punten
        for punt in punten:
            self.fields[f"besluit_{punt.pk}"] = forms.ChoiceField(
                label=f"Beslispunt {punt.volgorde}",
                choices=Beslispunt.Besluit.choices,
                widget=forms.RadioSelect,
                error_messages={"required": f"Kies een besluit voor beslispunt {punt.volgorde}."},
            )

    @classmethod
    def uit_json(cls, data: Any) -> dict[str, Any]:
        """The API sends ``{"besluiten": {beslispunt-id: besluit}, "toelichting": …}``."""
        besluiten = data.get("besluiten") or {}
        if not isinstance(besluiten, dict):
            besluiten = {}
        return {
            **{f"besluit_{k}": v for k, v in besluiten.items() if str(k).isdigit()},
            "toelichting": data.get("toelichting", ""),
        }

    def besluiten(self) -> dict[int, tuple[str, str]]:
        return {p.pk: (self.cleaned_data[f"besluit_{p.pk}"], "") for p in self.punten}

    def gegevens(self) -> dict[str, Any]:
        return {"besluiten": self.besluiten(), "toelichting": self.cleaned_data.get("toelichting", "")}


class TekenFormulier(forms.Form):
    """The bewindspersoon's signature on an answer memo: an optional remark, no decision points."""

    opmerking = forms.CharField(
        label="Opmerking bij uw handtekening", max_length=MAX_TOELICHTING, required=False
    )


class ParafeerFormulier(forms.Form):
    opmerking = forms.CharField(label="Opmerking", max_length=MAX_TOELICHTING, required=False)


class TerugsturenFormulier(forms.Form):
    reden = forms.CharField(label="Reden", max_length=MAX_TOELICHTING, required=False)


class MedeparaafFormulier(forms.Form):
    houder = forms.ModelChoiceField(
        label="Medeparaaf vragen aan",
        queryset=Gebruiker.objects.filter(is_active=True),
        to_field_name="username",
        error_messages={
            "required": "Kies wie de medeparaaf zet.",
            "invalid_choice": "Onbekende gebruiker.",
        },
    )


class AnnotatieFormulier(forms.Form):
    tekst = forms.CharField(label="Annotatie", max_length=MAX_TOELICHTING, required=False)
    pagina = forms.IntegerField(label="Pagina", min_value=1, max_value=100_000, required=False)
    x = forms.FloatField(label="x", required=False)
    y = forms.FloatField(label="y", required=False)


class RouteFormulier(forms.Form):
    """The route as rows of (niveau, houder, soort) and optionally eenheid (the unit the holder
    acts for; one of their own units): lists of the same length, in route order by niveau."""

    MAX_STAPPEN = 50

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        lijst = getattr(self.data, "getlist", None)
        niveaus, houders, soorten, eenheden = (
            list(lijst(n) if lijst else self.data.get(n) or [])
            for n in ("niveau", "houder", "soort", "eenheid")
        )
        if len(houders) > self.MAX_STAPPEN + 1:
            raise forms.ValidationError(f"Een route heeft hoogstens {self.MAX_STAPPEN} stappen.")
        eenheden += [""] * (len(houders) - len(eenheden))
        stappen = []
        for niveau, houder_id, soort, eenheid_id in zip(niveaus, houders, soorten, eenheden, strict=False):
            if not houder_id:
                continue
            houder = (
                Gebruiker.objects.filter(pk=houder_id, is_active=True).first()
                if str(houder_id).isdigit()
                else None
            )
            if houder is None or soort not in Parafeerstap.Soort.values or not str(niveau).isdigit():
                raise forms.ValidationError("De route bevat een onbekende persoon of stap.")
            eenheid = None
            if eenheid_id and str(eenheid_id).isdigit():
                eenheid = houder.eenheden.filter(pk=eenheid_id).first()
            stappen.append((int(niveau), Routevoorstel(houder, eenheid or houder.eenheden.first(), soort)))
        if len(stappen) > self.MAX_STAPPEN:
            raise forms.ValidationError(f"Een route heeft hoogstens {self.MAX_STAPPEN} stappen.")
        stappen.sort(key=lambda s: s[0])
        data["stappen"] = [s for _, s in stappen]
        return data

    def gegevens(self) -> dict[str, Any]:
        return {"stappen": self.cleaned_data["stappen"]}


class BijlageFormulier(forms.Form):
    bestand = forms.FileField(
        label="Bestand", error_messages={"required": "Kies een bestand om bij te voegen."}
    )


def medewerkers_die_mogen_zien(rubricering: int) -> Any:
    return Gebruiker.objects.filter(is_active=True, clearance__gte=rubricering).order_by("last_name")


class ZoekFormulier(forms.Form):
    q = forms.CharField(label="Zoekvraag", max_length=500, required=False)
    soort = forms.ChoiceField(
        label="Soort",
        required=False,
        choices=[("", "Alles"), ("nota", "Nota's"), ("document", "Documenten")],
    )
    status = forms.ChoiceField(
        label="Status (nota's)", required=False, choices=[("", "Alle"), *Nota.Status.choices]
    )
    eenheid = forms.CharField(label="Eenheid (code of afkorting)", max_length=80, required=False)
    van = forms.DateField(
        label="Vanaf",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Vul een geldige datum in."},
    )
    tot = forms.DateField(
        label="Tot en met",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Vul een geldige datum in."},
    )

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if data.get("van") and data.get("tot") and data["van"] > data["tot"]:
            self.add_error("tot", "De einddatum ligt voor de begindatum.")
        code = (data.get("eenheid") or "").strip()
        if code:
            from ministerie.organisatie.models import Eenheid

            eenheid = (
                Eenheid.objects.filter(code=code.lower()).first()
                or Eenheid.objects.filter(afkorting__iexact=code).first()
            )
            if eenheid is None:
                self.add_error("eenheid", f"Onbekende eenheid '{code}'.")
            data["eenheid_obj"] = eenheid
        return data

    def zoekopties(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "vraag": data["q"],
            "soorten": [data["soort"]] if data.get("soort") else None,
            "statussen": [data["status"]] if data.get("status") else None,
            "eenheid": data.get("eenheid_obj"),
            "van": data.get("van"),
            "tot": data.get("tot"),
        }


class UploadFormulier(forms.Form):
    bestanden = MeerdereBestandenVeld(
        label="Bestanden", error_messages={"required": "Kies een of meer bestanden."}
    )


class KoppelFormulier(forms.Form):
    """Link a document to another one the user may see, given by its number."""

    ander = forms.CharField(label="Koppel aan document (nummer)", max_length=20, required=False)

    def __init__(self, *args: Any, gebruiker: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gebruiker = gebruiker

    def clean(self) -> dict[str, Any]:
        from .zichtbaarheid import zichtbare_documenten

        super().clean()
        data = self.cleaned_data
        nummer = (data.get("ander") or "").strip()
        ander = (
            zichtbare_documenten(self.gebruiker).filter(pk=int(nummer)).first() if nummer.isdigit() else None
        )
        if ander is None:
            raise forms.ValidationError(f"Document '{nummer}' bestaat niet of u kunt het niet inzien.")
        data["document"] = ander
        return data

    def gegevens(self) -> dict[str, Any]:
        return {"ander": self.cleaned_data["document"]}


class BulkDelenFormulier(forms.Form):
    """The colleagues a bulk processing is shared with: the whole set (who is not ticked, no
    longer sees it)."""

    collegas = forms.ModelMultipleChoiceField(
        label="Delen met",
        queryset=Gebruiker.objects.none(),
        to_field_name="username",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "invalid_choice": "Kies collega's die zelf bulkverwerkingen mogen doen; met %(value)s "
            "kan de verwerking niet worden gedeeld.",
            "invalid_pk_value": "Kies collega's uit de lijst.",
            "invalid_list": "Kies collega's uit de lijst.",
        },
    )

    def __init__(self, *args: Any, verwerking: Any, **kwargs: Any) -> None:
        from .bulk import kan_bulk_delen_met

        super().__init__(*args, **kwargs)
        veld = cast(forms.ModelMultipleChoiceField, self.fields["collegas"])
        veld.queryset = kan_bulk_delen_met(verwerking)


class BulkFormulier(forms.Form):
    omschrijving = forms.CharField(label="Omschrijving", max_length=200, required=False)
    bestand = forms.FileField(
        label="ZIP of mailboxexport",
        widget=forms.FileInput(attrs={"accept": ".zip,.mbox,.mbx"}),
        error_messages={"required": "Kies een ZIP-bestand of mailboxexport."},
    )

    def clean_bestand(self) -> Any:
        from .uploadgrens import GeweigerdeUpload

        bestand = self.cleaned_data["bestand"]
        if isinstance(bestand, GeweigerdeUpload):  # over the limit while it streamed in
            raise forms.ValidationError(bestand.reden)
        return bestand

    def gegevens(self) -> dict[str, Any]:
        bestand = self.cleaned_data["bestand"]
        return {
            "bestand": bestand,
            "bestandsnaam": bestand.name,
            "omschrijving": self.cleaned_data["omschrijving"],
        }
