"""What an edit of a memo touches: the editable fields, their content as text for a version,
the differences between two versions, and who may be named as a co-author."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils.formats import date_format
from django.utils.safestring import SafeString

from ministerie.core.models import Gebruiker
from ministerie.core.permissiematrix import matrix

from .models import Nota, Notaversie
from .verschil import verschil_html

#: The fields of a memo that its author and co-authors may edit, in the order of the form,
#: with the label a version shows.
VELDEN: dict[str, str] = {
    "onderwerp": "Onderwerp",
    "aan": "Aan",
    "rubricering": "Rubricering",
    "aanleiding": "Aanleiding",
    "beslispunten": "Geadviseerd besluit (beslispunten)",
    "kernpunten": "Kernpunten",
    "toelichting": "Toelichting",
    "uiterste_beslisdatum": "Uiterste beslisdatum",
    "reden_beslisdatum": "Reden van de beslisdatum",
    "kamerstuk": "Relatie met Kamerstuk of toezegging",
    "openbaar_bij_kamerstuk": "Openbaar maken bij Kamerstuk",
    "medeauteurs": "Medeauteurs",
}

#: An answer memo's answers are kept in a version as ``antwoord_<n>``, one per question, after
#: the toelichting (the order of the form).
ANTWOORD = "antwoord_"


def is_antwoordveld(veld: str) -> bool:
    return veld.startswith(ANTWOORD) and veld.removeprefix(ANTWOORD).isdigit()


def veldlabel(veld: str) -> str:
    if is_antwoordveld(veld):
        return f"Antwoord op vraag {veld.removeprefix(ANTWOORD)}"
    return VELDEN.get(veld, veld)


def veldvolgorde(*inhouden: dict[str, str]) -> list[str]:
    """The fields of one or more versions in the order of the form: the answers (numbered)
    after the toelichting."""
    antwoorden = sorted(
        {v for inhoud in inhouden for v in inhoud if is_antwoordveld(v)},
        key=lambda v: int(v.removeprefix(ANTWOORD)),
    )
    volgorde: list[str] = []
    for veld in VELDEN:
        volgorde.append(veld)
        if veld == "toelichting":
            volgorde.extend(antwoorden)
    return volgorde


#: The statuses in which a memo can be edited; underway (or decided) it is read-only.
BEWERKBAAR = (Nota.Status.CONCEPT, Nota.Status.TERUGGESTUURD)


def inhoud_van(nota: Nota) -> dict[str, str]:
    """The memo's editable fields as the text a version keeps (names and dates as people read
    them at that moment). An answer memo adds one ``antwoord_<n>`` per question."""
    inhoud = {
        "onderwerp": nota.onderwerp,
        "aan": nota.aan,
        "rubricering": str(nota.get_rubricering_display()),
        "aanleiding": nota.aanleiding,
        "beslispunten": "\n".join(p.tekst for p in nota.beslispunten.order_by("volgorde")),
        "kernpunten": nota.kernpunten,
        "toelichting": nota.toelichting,
        "uiterste_beslisdatum": date_format(nota.uiterste_beslisdatum, "j F Y")
        if nota.uiterste_beslisdatum
        else "",
        "reden_beslisdatum": nota.reden_beslisdatum,
        "kamerstuk": nota.kamerstuk,
        "openbaar_bij_kamerstuk": "ja" if nota.openbaar_bij_kamerstuk else "nee",
        "medeauteurs": ", ".join(
            str(g) for g in nota.medeauteurs.order_by("last_name", "first_name", "username")
        ),
    }
    for antwoord in nota.antwoorden.order_by("nummer"):
        inhoud[f"{ANTWOORD}{antwoord.nummer}"] = antwoord.tekst
    return inhoud


def is_auteur(gebruiker: Any, nota: Nota) -> bool:
    """The author or a co-author the author named."""
    pk = getattr(gebruiker, "pk", None)
    if pk is None:
        return False
    return nota.auteur_id == pk or nota.medeauteurs.filter(pk=pk).exists()


def kandidaten_medeauteur(nota: Nota, rubricering: int | None = None) -> QuerySet[Gebruiker]:
    """Who the author may name as co-author: active staff of the author's units (and the units
    below them) who may write memos and whose clearance reaches the memo's classification."""
    rollen = matrix().rollen_met("nota.bewerken")
    ids = Gebruiker.objects.filter(
        is_active=True,
        eenheden__in=nota.auteur.eenheden_in_scope(),
        rollen__rol__in=rollen,
        clearance__gte=nota.rubricering if rubricering is None else rubricering,
    ).values("pk")
    return (
        Gebruiker.objects.filter(pk__in=ids)
        .exclude(pk=nota.auteur_id)
        .order_by("last_name", "first_name", "username")
    )


@dataclass(frozen=True)
class Wijziging:
    veld: str
    label: str
    oud: str
    nieuw: str

    @property
    def html(self) -> SafeString:
        return verschil_html(self.oud, self.nieuw)


def wijzigingen(versie: Notaversie, vorige: Notaversie | None) -> list[Wijziging]:
    """What changed in ``versie`` compared with the version before it."""
    if vorige is None:
        return []
    return [
        Wijziging(veld, veldlabel(veld), vorige.inhoud.get(veld, ""), versie.inhoud.get(veld, ""))
        for veld in versie.gewijzigd
    ]


def leesbare_inhoud(versie: Notaversie) -> list[tuple[str, str]]:
    """The filled-in fields of a version as (label, text), in the order of the form."""
    return [
        (veldlabel(veld), versie.inhoud[veld])
        for veld in veldvolgorde(versie.inhoud)
        if versie.inhoud.get(veld)
    ]


def versies_met_wijzigingen(nota: Nota) -> list[tuple[Notaversie, list[Wijziging]]]:
    """Every version of the memo, newest first, each with its changes."""
    versies = list(nota.versies.select_related("door").order_by("nummer"))
    paren = [(v, wijzigingen(v, versies[i - 1] if i else None)) for i, v in enumerate(versies)]
    return paren[::-1]
