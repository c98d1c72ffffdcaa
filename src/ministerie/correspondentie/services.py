"""The only writers of the correspondence: intake, kind, assignment, answer, signature, sending,
mandates and text blocks. Each service is one transaction with its permission check and its
audit record; the signing rules (``regels.yaml`` and the ``Mandaat`` per bewindspersoon) are
enforced here, not in the pages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.core.rubricering import Rubricering
from ministerie.organisatie.models import Eenheid

from . import herkenning, signalen
from .models import (
    Antwoord,
    Bijlage,
    Campagne,
    Jaarverslagaanbieding,
    Kanaal,
    Mandaat,
    Soort,
    Tekstblok,
    Zaak,
)
from .regels import regels
from .zichtbaarheid import MC_EENHEID, is_mc

STANDAARD_BEWINDSPERSOON = "minister-bzk"
MAX_TEKST = 200_000  # characters of an item's text that are kept in the case (the message keeps all)
DIRECTIESOORTEN = (Eenheid.Soort.DIRECTIE, Eenheid.Soort.CLUSTER, Eenheid.Soort.PROGRAMMA)
TEKENAARS_DIRECTIE = frozenset({"directeur", "afdelingshoofd"})


def mc_eenheid() -> Eenheid:
    eenheid = Eenheid.objects.filter(code=MC_EENHEID).first()
    if eenheid is None:
        raise ValidationError(
            "Team Maatschappelijke Correspondentie staat niet in het organisatieregister; "
            "laad de organisatie."
        )
    return eenheid


def servicenorm_einde(soort: str, ontvangen: date) -> date:
    """The due date of an item: receipt plus the service norm of its kind (``regels.yaml``)."""
    return ontvangen + timedelta(weeks=regels().soort(soort).servicenorm_weken)


def _volgend_zaaknummer(jaar: int) -> str:
    prefix = f"MC-{jaar}-"
    laatste = (
        Zaak.objects.filter(zaaknummer__startswith=prefix)
        .order_by("-zaaknummer")
        .values_list("zaaknummer", flat=True)
        .first()
    )
    return f"{prefix}{(int(laatste.removeprefix(prefix)) + 1) if laatste else 1:05d}"


def _bewaar_met_nummer(zaak: Zaak, pogingen: int = 5) -> None:
    """Two intakes at once read the same highest number; the second takes the next one."""
    for poging in range(pogingen):
        zaak.zaaknummer = _volgend_zaaknummer(timezone.localtime(zaak.ontvangen_op).year)
        try:
            with transaction.atomic():
                zaak.save()
            return
        except IntegrityError:
            if poging == pogingen - 1:
                raise


def _log(zaak: Any, door: Any, actie: str, **gegevens: Any) -> None:
    audit.registreer(actie, door=door, subject=zaak, gegevens=gegevens)


def _handtekening(tekst: str) -> bytes | None:
    # imported here: the near-duplicate detection loads numpy and datasketch (2 s), which every
    # process would otherwise pay at start-up through apps.ready
    from ministerie.lakken.bulk import gelijkenis

    return gelijkenis.handtekening(tekst)


def maak_zaak(
    *,
    kanaal: str,
    onderwerp: str,
    tekst: str = "",
    afzender_naam: str = "",
    afzender_organisatie: str = "",
    afzender_email: str = "",
    afzender_adres: str = "",
    leeftijd: int | None = None,
    bewindspersoon: Eenheid | None = None,
    ontvangen_op: datetime | None = None,
    door: Any = None,
    bron: str = "",
) -> Zaak:
    """A new case, with its kind suggested by the recogniser and its due date from the service
    norm. No permission check: the callers are the intake services below (with their check),
    the mailbox reader and the public form. Call inside a transaction."""
    if kanaal not in Kanaal.values:
        raise ValidationError(
            {"kanaal": "Kies een kanaal: e-mail, brief, telefoon, sociale media of webformulier."}
        )
    onderwerp = " ".join((onderwerp or "").split())[:300] or "(geen onderwerp)"
    tekst = (tekst or "")[:MAX_TEKST]
    if bewindspersoon is not None and bewindspersoon.soort != Eenheid.Soort.BEWINDSPERSOON:
        raise ValidationError({"bewindspersoon": "Kies een bewindspersoon."})
    ontvangen_op = ontvangen_op or timezone.now()
    voorstel = herkenning.stel_soort_voor(
        f"{onderwerp}\n{tekst}", leeftijd=leeftijd, organisatie=afzender_organisatie
    )
    zaak = Zaak(
        kanaal=kanaal,
        onderwerp=onderwerp,
        tekst=tekst,
        afzender_naam=afzender_naam[:200],
        afzender_organisatie=afzender_organisatie[:200],
        afzender_email=afzender_email[:254],
        afzender_adres=afzender_adres[:500],
        leeftijd=leeftijd if leeftijd is not None else herkenning.leeftijd_uit(tekst),
        bewindspersoon=bewindspersoon,
        soort=voorstel.soort,
        soort_voorgesteld=voorstel.soort,
        reden_voorstel=voorstel.reden[:300],
        toegewezen_aan=mc_eenheid(),
        ontvangen_op=ontvangen_op,
        uiterste_datum=servicenorm_einde(voorstel.soort, timezone.localtime(ontvangen_op).date()),
        geregistreerd_door=door if getattr(door, "is_authenticated", False) else None,
        handtekening=_handtekening(f"{onderwerp}\n{tekst}"),
    )
    zaak.full_clean(exclude=["zaaknummer"])
    _bewaar_met_nummer(zaak)
    _log(
        zaak,
        door,
        "correspondentie_zaak_geregistreerd",
        kanaal=kanaal,
        voorgestelde_soort=voorstel.soort,
        bron=bron,
    )
    return zaak


@transaction.atomic
def registreer_zaak(*, door: Any, scan: Any = None, **velden: Any) -> Zaak:
    """Intake by MC: a letter, a phone call, a social-media question or an e-mail typed in.
    A letter may come with its scan (``scan.Scan``, read by ``scan.lees_scan``): what was typed
    wins, an empty text, name or address is taken from the scan, and the scan is stored with
    the case (a ``Bijlage`` holding the recognised text)."""
    vereis(door, "correspondentie.registreren")
    if scan is not None:
        if velden.get("kanaal") != Kanaal.BRIEF:
            raise ValidationError({"scan": "Een scan hoort bij een brief; kies het kanaal Brief."})
        velden["tekst"] = velden.get("tekst") or scan.tekst
        if not (velden.get("afzender_naam") or velden.get("afzender_organisatie")):
            velden["afzender_naam"] = scan.afzender.naam
        velden["afzender_adres"] = velden.get("afzender_adres") or scan.afzender.adres
    if not (velden.get("afzender_naam") or velden.get("afzender_organisatie")):
        raise ValidationError({"afzender_naam": "Vul de naam van de afzender of de organisatie in."})
    zaak = maak_zaak(door=door, bron="scan" if scan is not None else "registratie", **velden)
    if scan is not None:
        bijlage = Bijlage(
            zaak=zaak,
            naam=scan.naam,
            mime=scan.mime,
            grootte=len(scan.data),
            sha256=hashlib.sha256(scan.data).hexdigest(),
            tekst=(scan.tekst or zaak.tekst)[:MAX_TEKST],
        )
        bijlage.bestand.save(scan.naam, ContentFile(scan.data), save=False)
        bijlage.save()
        _log(zaak, door, "correspondentie_scan_opgeslagen", naam=scan.naam, sha256=bijlage.sha256)
        from . import scan as scans

        transaction.on_commit(lambda: scans.ruim_voorlopig_op(scan))
    return zaak


def _vereis_open(zaak: Zaak) -> None:
    if not zaak.open:
        raise ValidationError(f"Zaak {zaak.zaaknummer} is {zaak.get_status_display().lower()}.")


def _vergrendel(zaak: Zaak) -> Zaak:
    return Zaak.objects.select_for_update().get(pk=zaak.pk)


@transaction.atomic
def bevestig_soort(zaak: Zaak, *, door: Any, soort: str, politiek_gevoelig: bool = False) -> Zaak:
    """MC confirms (or corrects) the kind the recogniser suggested; the due date follows the
    service norm of the confirmed kind."""
    zaak = _vergrendel(zaak)
    vereis(door, "correspondentie.registreren")
    _vereis_open(zaak)
    if soort not in Soort.values:
        raise ValidationError({"soort": "Kies een soort brief."})
    if hasattr(zaak, "antwoord") and (zaak.antwoord.ondertekend_op or zaak.antwoord.nota_id):
        raise ValidationError("Het antwoord ligt al ter ondertekening of is ondertekend; de soort ligt vast.")
    oud = (zaak.soort, zaak.politiek_gevoelig, zaak.uiterste_datum)
    zaak.soort, zaak.politiek_gevoelig, zaak.soort_bevestigd = soort, politiek_gevoelig, True
    zaak.uiterste_datum = servicenorm_einde(soort, timezone.localtime(zaak.ontvangen_op).date())
    zaak.save(update_fields=["soort", "politiek_gevoelig", "soort_bevestigd", "uiterste_datum"])
    _log(
        zaak,
        door,
        "correspondentie_soort_bevestigd",
        was=oud[0],
        soort=soort,
        politiek_gevoelig=politiek_gevoelig,
        uiterste_datum=zaak.uiterste_datum.isoformat(),
    )
    return zaak


@transaction.atomic
def wijs_toe(zaak: Zaak, *, door: Any, eenheid: Eenheid) -> Zaak:
    """Assign the item to MC or to a directie (which then sees it and answers it)."""
    zaak = _vergrendel(zaak)
    vereis(door, "correspondentie.toewijzen")
    _vereis_open(zaak)
    if eenheid.code != MC_EENHEID and eenheid.soort not in DIRECTIESOORTEN:
        raise ValidationError({"eenheid": "Wijs de brief toe aan team MC of aan een directie."})
    if hasattr(zaak, "antwoord") and zaak.antwoord.ondertekend_op:
        raise ValidationError("Het antwoord is al ondertekend; toewijzen kan niet meer.")
    was = zaak.toegewezen_aan
    zaak.toegewezen_aan = eenheid
    if zaak.status == Zaak.Status.NIEUW:
        zaak.status = Zaak.Status.IN_BEHANDELING
    zaak.save(update_fields=["toegewezen_aan", "status"])
    _log(zaak, door, "correspondentie_toegewezen", van=str(was), aan=str(eenheid))
    return zaak


# --- signing rules ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Tekenregel:
    """Who signs the answer to a case, and why (in Dutch)."""

    wie: str  # "bewindspersoon", "mc" or "directie"
    bewindspersoon: Eenheid | None
    uitleg: str

    @property
    def omschrijving(self) -> str:
        if self.wie == "bewindspersoon":
            return f"{self.bewindspersoon.naam if self.bewindspersoon else 'de bewindspersoon'} tekent zelf"
        return "Team MC tekent" if self.wie == "mc" else "De behandelende directie tekent"


def _standaard_bewindspersoon() -> Eenheid | None:
    return Eenheid.objects.filter(code=STANDAARD_BEWINDSPERSOON).first()


def tekenregel(zaak: Zaak) -> Tekenregel:
    """The signing rule of a case, from the rules as data and the mandate of the bewindspersoon:
    a kind signed by the bewindspersoon (children's letters) or a politically sensitive item →
    the bewindspersoon it is addressed to (the minister when none); otherwise, addressed to a
    bewindspersoon → the mandate that bewindspersoon agreed (none recorded: the bewindspersoon
    signs); the rest → MC, or the directie it is assigned to."""
    r = regels()
    if r.soort(zaak.soort).ondertekening == "bewindspersoon":
        return Tekenregel(
            "bewindspersoon",
            zaak.bewindspersoon or _standaard_bewindspersoon(),
            f"Een {r.soort(zaak.soort).naam.lower()} wordt altijd door de bewindspersoon ondertekend.",
        )
    if zaak.politiek_gevoelig and r.politiek_gevoelig == "bewindspersoon":
        return Tekenregel(
            "bewindspersoon",
            zaak.bewindspersoon or _standaard_bewindspersoon(),
            "Een politiek gevoelige brief wordt door de bewindspersoon ondertekend.",
        )
    if zaak.bewindspersoon is not None:
        mandaat = Mandaat.objects.filter(bewindspersoon=zaak.bewindspersoon).first()
        if mandaat is None:
            return Tekenregel(
                "bewindspersoon",
                zaak.bewindspersoon,
                f"{zaak.bewindspersoon.naam} heeft geen mandaat afgesproken; de bewindspersoon tekent zelf.",
            )
        if mandaat.wie == Mandaat.Wie.BEWINDSPERSOON:
            return Tekenregel("bewindspersoon", zaak.bewindspersoon, f"Mandaat: {mandaat.get_wie_display()}.")
        wie = "mc" if mandaat.wie == Mandaat.Wie.MC or zaak.toegewezen_aan.code == MC_EENHEID else "directie"
        return Tekenregel(
            wie, zaak.bewindspersoon, f"Mandaat van {zaak.bewindspersoon.naam}: {mandaat.get_wie_display()}."
        )
    if zaak.toegewezen_aan.code == MC_EENHEID:
        return Tekenregel("mc", None, "Niet aan een bewindspersoon gericht en behandeld door team MC.")
    return Tekenregel(
        "directie", None, f"Niet aan een bewindspersoon gericht en behandeld door {zaak.toegewezen_aan}."
    )


def _bewindspersoon_gebruiker(eenheid: Eenheid | None) -> Gebruiker:
    gebruiker = (
        Gebruiker.objects.filter(is_active=True, eenheden=eenheid, rollen__rol="bewindspersoon")
        .order_by("pk")
        .first()
        if eenheid is not None
        else None
    )
    if gebruiker is None:
        raise ValidationError(
            f"Er is geen account van {eenheid.naam if eenheid else 'de bewindspersoon'} om te tekenen."
        )
    return gebruiker


def mag_tekenen(gebruiker: Any, zaak: Zaak) -> bool:
    """Whether this user may sign the answer here (not through the memo flow)."""
    regel = tekenregel(zaak)
    rollen = gebruiker.rolcodes() if getattr(gebruiker, "is_authenticated", False) else frozenset()
    if regel.wie == "mc":
        return "mc_medewerker" in rollen and mc_eenheid().pk in gebruiker.eenheden_in_scope()
    if regel.wie == "directie":
        return bool(TEKENAARS_DIRECTIE & rollen) and zaak.toegewezen_aan_id in gebruiker.eenheden_in_scope()
    return False


def _sha(tekst: str) -> str:
    return hashlib.sha256(tekst.encode()).hexdigest()


# --- the answer ------------------------------------------------------------------------------


@transaction.atomic
def stel_antwoord_op(zaak: Zaak, *, door: Any, tekst: str) -> Antwoord:
    """Write (or rewrite) the answer; not once it is signed or lies for signature."""
    zaak = _vergrendel(zaak)
    vereis(door, "correspondentie.beantwoorden")
    _vereis_open(zaak)
    tekst = (tekst or "").strip()
    if not tekst:
        raise ValidationError({"tekst": "Het antwoord is leeg."})
    antwoord = Antwoord.objects.filter(zaak=zaak).first()
    if antwoord is not None and (antwoord.nota_id or antwoord.ondertekend_op):
        raise ValidationError(
            "Het antwoord ligt ter ondertekening of is ondertekend en kan niet meer worden gewijzigd."
        )
    if antwoord is None:
        antwoord = Antwoord(zaak=zaak, opgesteld_door=door)
    antwoord.tekst = tekst
    antwoord.opgesteld_door = door
    antwoord.full_clean(exclude=["zaak"])
    antwoord.save()
    if zaak.status == Zaak.Status.NIEUW:
        zaak.status = Zaak.Status.IN_BEHANDELING
        zaak.save(update_fields=["status"])
    _log(zaak, door, "correspondentie_antwoord_opgesteld", tekens=len(tekst))
    return antwoord


def tekst_uit_blokken(zaak: Zaak, blokken: list[Tekstblok]) -> str:
    """A draft from text blocks: a salutation, the blocks, the closing line."""
    aanhef = f"Beste {zaak.afzender_naam}," if zaak.afzender_naam else "Geachte heer, mevrouw,"
    delen = [aanhef, *[b.tekst.strip() for b in blokken if b.tekst.strip()], "Met vriendelijke groet,"]
    return "\n\n".join(delen)


@transaction.atomic
def stel_concept_op(zaak: Zaak, *, door: Any, blokken: Any) -> Antwoord:
    """Draft the answer from text blocks (in the order MC keeps them)."""
    gekozen = [b for b in blokken if b.actief]
    if not gekozen:
        raise ValidationError({"blokken": "Kies minstens één tekstblok."})
    return stel_antwoord_op(zaak, door=door, tekst=tekst_uit_blokken(zaak, gekozen))


@transaction.atomic
def leg_voor_ter_ondertekening(zaak: Zaak, *, door: Any) -> Antwoord:
    """The bewindspersoon signs: the answer goes through the memo flow as a letter for signature
    (``stukken.Nota.Soort.BRIEF``), straight to the bewindspersoon's signature (tablet)."""
    from ministerie.stukken import services as stukken
    from ministerie.stukken.models import Nota, Parafeerstap
    from ministerie.stukken.route import Routevoorstel

    zaak = _vergrendel(zaak)
    vereis(door, "correspondentie.beantwoorden")
    _vereis_open(zaak)
    antwoord = Antwoord.objects.filter(zaak=zaak).first()
    if antwoord is None:
        raise ValidationError("Stel eerst het antwoord op.")
    if antwoord.nota_id or antwoord.ondertekend_op:
        raise ValidationError("Het antwoord ligt al ter ondertekening of is ondertekend.")
    regel = tekenregel(zaak)
    if regel.wie != "bewindspersoon":
        raise ValidationError(f"Dit antwoord tekent niet de bewindspersoon: {regel.uitleg}")
    tekenaar = _bewindspersoon_gebruiker(regel.bewindspersoon)
    eenheid = door.eenheden.order_by("pk").first()
    if eenheid is None:
        raise ValidationError("U hoort bij geen eenheid; vraag functioneel beheer u te koppelen.")
    nota = stukken.maak_nota(
        door=door,
        soort=Nota.Soort.BRIEF,
        onderwerp=f"Antwoord aan {zaak.afzender}: {zaak.onderwerp}"[:300],
        aan=(regel.bewindspersoon.naam if regel.bewindspersoon else "de bewindspersoon")[:200],
        eenheid=eenheid,
        aanleiding=(
            f"{zaak.get_soort_display()} {zaak.zaaknummer} van {zaak.afzender}, ontvangen op "
            f"{timezone.localtime(zaak.ontvangen_op):%d-%m-%Y} ({zaak.get_kanaal_display().lower()}). "
            f"{regel.uitleg} Met uw handtekening stemt u in met de brief hieronder; team MC verzendt hem."
        ),
        toelichting=antwoord.tekst,
    )
    stukken.stel_route_in(
        nota,
        door=door,
        stappen=[
            Routevoorstel(houder=tekenaar, eenheid=regel.bewindspersoon, soort=Parafeerstap.Soort.BESLISSING)
        ],
    )
    stukken.start_parafering(nota, door=door)
    nota.refresh_from_db()
    antwoord.nota = nota
    antwoord.save(update_fields=["nota"])
    zaak.status = Zaak.Status.TER_ONDERTEKENING
    zaak.save(update_fields=["status"])
    _log(zaak, door, "correspondentie_ter_ondertekening", nota=nota.kenmerk, tekenaar=str(tekenaar))
    return antwoord


def werk_ondertekening_bij(antwoord: Antwoord) -> bool:
    """Take over the bewindspersoon's signature from the letter for signature: the step of the
    bewindspersoon is Getekend. The signed text is the memo's Toelichting as it was signed.
    Returns whether the answer is signed now. Idempotent."""
    from ministerie.stukken.models import Parafeerstap

    if antwoord.ondertekend_op or antwoord.nota_id is None:
        return bool(antwoord.ondertekend_op)
    stap = (
        Parafeerstap.objects.filter(
            nota_id=antwoord.nota_id, soort=Parafeerstap.Soort.BESLISSING, status=Parafeerstap.Status.GETEKEND
        )
        .select_related("houder", "nota")
        .first()
    )
    if stap is None or "bewindspersoon" not in stap.houder.rolcodes():
        return False
    with transaction.atomic():
        antwoord = Antwoord.objects.select_for_update().select_related("zaak").get(pk=antwoord.pk)
        if antwoord.ondertekend_op:
            return True
        antwoord.tekst = stap.nota.toelichting
        antwoord.ondertekend_door = stap.houder
        antwoord.ondertekend_als = (stap.eenheid.naam if stap.eenheid else str(stap.houder))[:200]
        antwoord.ondertekend_op = stap.afgerond_op or timezone.now()
        antwoord.ondertekende_tekst_sha256 = _sha(antwoord.tekst)
        antwoord.save()
        zaak = antwoord.zaak
        if zaak.status == Zaak.Status.TER_ONDERTEKENING:
            zaak.status = Zaak.Status.ONDERTEKEND
            zaak.save(update_fields=["status"])
        _log(
            zaak, stap.houder, "correspondentie_ondertekend", door_bewindspersoon=True, nota=stap.nota.kenmerk
        )
    return True


def bij_nota_afgedaan(sender: Any, nota_id: int, soort: str, door_id: int, **kwargs: Any) -> None:
    """stukken.signalen.nota_afgedaan: a letter for signature was settled; take over the signature."""
    if soort != "brief":
        return
    for antwoord in Antwoord.objects.filter(nota_id=nota_id):
        werk_ondertekening_bij(antwoord)


@transaction.atomic
def onderteken(zaak: Zaak, *, door: Any) -> Antwoord:
    """MC or the directie signs, where the rules let them (not a letter the bewindspersoon signs)."""
    zaak = _vergrendel(zaak)
    vereis(door, "correspondentie.ondertekenen")
    _vereis_open(zaak)
    antwoord = Antwoord.objects.filter(zaak=zaak).first()
    if antwoord is None:
        raise ValidationError("Stel eerst het antwoord op.")
    if antwoord.ondertekend_op:
        raise ValidationError("Het antwoord is al ondertekend.")
    regel = tekenregel(zaak)
    if regel.wie == "bewindspersoon":
        raise PermissionDenied(f"{regel.uitleg} Leg het antwoord voor ter ondertekening.")
    if not mag_tekenen(door, zaak):
        wie = (
            "een medewerker van team MC"
            if regel.wie == "mc"
            else f"de directeur of een afdelingshoofd van {zaak.toegewezen_aan}"
        )
        raise PermissionDenied(f"Dit antwoord ondertekent {wie}.")
    antwoord.ondertekend_door = door
    antwoord.ondertekend_als = (
        "Team Maatschappelijke Correspondentie" if regel.wie == "mc" else str(zaak.toegewezen_aan)
    )[:200]
    antwoord.ondertekend_op = timezone.now()
    antwoord.ondertekende_tekst_sha256 = _sha(antwoord.tekst)
    antwoord.save()
    zaak.status = Zaak.Status.ONDERTEKEND
    zaak.save(update_fields=["status"])
    _log(zaak, door, "correspondentie_ondertekend", regel=regel.wie, uitleg=regel.uitleg)
    return antwoord


def verzendweigering(zaak: Zaak) -> str | None:
    """Why the answer cannot be sent now, or None: it must be signed by someone the rules allow,
    and its text must be the signed text."""
    antwoord = Antwoord.objects.filter(zaak=zaak).select_related("ondertekend_door").first()
    if antwoord is None:
        return "Er is nog geen antwoord."
    if antwoord.nota_id and not antwoord.ondertekend_op:
        werk_ondertekening_bij(antwoord)
        antwoord.refresh_from_db()
    if not antwoord.ondertekend_op or antwoord.ondertekend_door is None:
        return "Het antwoord is nog niet ondertekend."
    if antwoord.ondertekende_tekst_sha256 != _sha(antwoord.tekst):
        return "De tekst is gewijzigd na de ondertekening."
    regel = tekenregel(zaak)
    tekenaar = antwoord.ondertekend_door
    if regel.wie == "bewindspersoon":
        if "bewindspersoon" not in tekenaar.rolcodes() or (
            regel.bewindspersoon is not None and regel.bewindspersoon.pk not in tekenaar.eenheden_in_scope()
        ):
            return f"{regel.uitleg} Het is ondertekend door {tekenaar}, die dat niet mag."
    elif not mag_tekenen(tekenaar, zaak) and "bewindspersoon" not in tekenaar.rolcodes():
        return f"Het is ondertekend door {tekenaar}, die dat volgens de regels niet mag ({regel.uitleg})."
    return None


@transaction.atomic
def verzend(zaak: Zaak, *, door: Any, wijze: str) -> Antwoord:
    """Send the signed answer: by e-mail over SMTP (the letter as PDF attached, the same words in
    the body) or marked as posted. The sent version is stored with the case, which is closed."""
    from . import brief

    zaak = _vergrendel(zaak)
    vereis(door, "correspondentie.verzenden")
    _vereis_open(zaak)
    if wijze not in Antwoord.Verzendwijze.values:
        raise ValidationError({"wijze": "Kies: per e-mail of per post."})
    if (weigering := verzendweigering(zaak)) is not None:
        raise ValidationError(f"Verzenden kan niet: {weigering}")
    antwoord = Antwoord.objects.select_related("ondertekend_door").get(zaak=zaak)
    nu = timezone.now()
    pdf = brief.maak_pdf(zaak, antwoord, datum=timezone.localdate())
    antwoord.pdf.save(f"antwoord-{zaak.zaaknummer}.pdf", ContentFile(pdf), save=False)
    if wijze == Antwoord.Verzendwijze.EMAIL:
        if not zaak.afzender_email:
            raise ValidationError("Deze afzender heeft geen e-mailadres; verzend het antwoord per post.")
        antwoord.eml.save(
            f"antwoord-{zaak.zaaknummer}.eml",
            ContentFile(brief.verstuur_email(zaak, antwoord, pdf)),
            save=False,
        )
    antwoord.verzendwijze, antwoord.verzonden_op, antwoord.verzonden_door = wijze, nu, door
    antwoord.save()
    zaak.status, zaak.afgehandeld_op = Zaak.Status.AFGEHANDELD, nu
    zaak.save(update_fields=["status", "afgehandeld_op"])
    _log(zaak, door, "correspondentie_verzonden", wijze=wijze, pdf_sha256=hashlib.sha256(pdf).hexdigest())
    return antwoord


# --- other routes, mandates, text blocks -----------------------------------------------------


def _vereis_omzetbaar(zaak: Zaak) -> None:
    _vereis_open(zaak)
    if hasattr(zaak, "antwoord") and zaak.antwoord.nota_id:
        raise ValidationError("Het antwoord ligt al ter ondertekening; omzetten kan niet meer.")


@transaction.atomic
def zet_om_naar_klacht(zaak: Zaak, *, door: Any) -> Zaak:
    """The item is really a complaint (Awb chapter 9): the complaints part opens one (signal)."""
    zaak = _vergrendel(zaak)
    vereis(door, "correspondentie.omzetten")
    _vereis_omzetbaar(zaak)
    zaak.status, zaak.afgehandeld_op = Zaak.Status.OMGEZET, timezone.now()
    zaak.save(update_fields=["status", "afgehandeld_op"])
    _log(zaak, door, "correspondentie_omgezet_naar_klacht")
    signalen.als_klacht_aangemeld.send(
        sender=Zaak,
        zaaknummer=zaak.zaaknummer,
        afzender_naam=zaak.afzender_naam or zaak.afzender_organisatie,
        afzender_adres=zaak.afzender_email or zaak.afzender_adres,
        onderwerp=zaak.onderwerp,
        tekst=zaak.tekst,
        ontvangen_op=zaak.ontvangen_op,
        kanaal=zaak.kanaal,
        door=door.pk,
    )
    return zaak


@transaction.atomic
def zet_om_naar_woo(zaak: Zaak, *, door: Any) -> Zaak:
    """The item is really a Woo request: the Woo part registers it through its own service
    (signal ``als_woo_verzoek_aangemeld``; the Woo term runs from the receipt of the letter)
    and returns the request's zaaknummer, kept with the case, which is closed for MC. A
    refusal of the Woo part leaves the case as it was (one transaction)."""
    return _zet_om_via_signaal(
        zaak,
        door=door,
        signaal=signalen.als_woo_verzoek_aangemeld,
        alleen_mc="Alleen team MC zet correspondentie om naar een Woo-verzoek.",
        niemand=(
            "Het Woo-deel neemt geen verzoeken uit de correspondentie aan; registreer het verzoek "
            "in het Woo-deel."
        ),
        actie="correspondentie_omgezet_naar_woo",
        logveld="woo_verzoek",
    )


@transaction.atomic
def zet_om_naar_bezwaar(zaak: Zaak, *, door: Any) -> Zaak:
    """The item is really an objection (bezwaarschrift, Awb chapter 6): the objections part
    registers it through its own service (signal ``als_bezwaar_aangemeld``; the item's receipt
    is the objection's) and returns its zaaknummer, kept with the case, which is closed for MC.
    A refusal of the objections part leaves the case as it was (one transaction)."""
    return _zet_om_via_signaal(
        zaak,
        door=door,
        signaal=signalen.als_bezwaar_aangemeld,
        alleen_mc="Alleen team MC zet correspondentie om naar een bezwaar.",
        niemand=(
            "Het bezwaardeel neemt geen bezwaarschriften uit de correspondentie aan; registreer het "
            "bezwaar daar."
        ),
        actie="correspondentie_omgezet_naar_bezwaar",
        logveld="bezwaar",
    )


def _zet_om_via_signaal(
    zaak: Zaak, *, door: Any, signaal: Any, alleen_mc: str, niemand: str, actie: str, logveld: str
) -> Zaak:
    """Team MC hands the item to the part that listens to ``signaal``; that part registers it
    and answers with its zaaknummer, kept with the case, which is closed for MC. Call inside
    the caller's transaction: a refusal of the other part leaves the case as it was."""
    zaak = _vergrendel(zaak)
    vereis(door, "correspondentie.omzetten")
    if not is_mc(door):
        raise PermissionDenied(alleen_mc)
    _vereis_omzetbaar(zaak)
    antwoorden = signaal.send(
        sender=Zaak,
        zaaknummer=zaak.zaaknummer,
        afzender_naam=zaak.afzender_naam or zaak.afzender_organisatie,
        afzender_email=zaak.afzender_email,
        afzender_adres=zaak.afzender_adres,
        onderwerp=zaak.onderwerp,
        tekst=zaak.tekst,
        ontvangen_op=zaak.ontvangen_op,
        kanaal=zaak.kanaal,
        door=door.pk,
    )
    kenmerken = [str(k) for _, k in antwoorden if isinstance(k, str) and k]
    if not kenmerken:
        raise ValidationError(niemand)
    zaak.status, zaak.afgehandeld_op = Zaak.Status.OMGEZET, timezone.now()
    zaak.omgezet_naar = kenmerken[0][:60]
    zaak.save(update_fields=["status", "afgehandeld_op", "omgezet_naar"])
    _log(zaak, door, actie, **{logveld: zaak.omgezet_naar})
    return zaak


@transaction.atomic
def stel_mandaat_in(*, door: Any, bewindspersoon: Eenheid, wie: str) -> Mandaat:
    """Record the signing mandate a bewindspersoon agreed with MC (changeable, audited)."""
    vereis(door, "correspondentie.mandaat")
    if bewindspersoon.soort != Eenheid.Soort.BEWINDSPERSOON:
        raise ValidationError({"bewindspersoon": "Kies een bewindspersoon."})
    if wie not in Mandaat.Wie.values:
        raise ValidationError({"wie": "Kies wie tekent."})
    bestaand = Mandaat.objects.select_for_update().filter(bewindspersoon=bewindspersoon).first()
    was = bestaand.wie if bestaand else ""
    mandaat, _ = Mandaat.objects.update_or_create(
        bewindspersoon=bewindspersoon, defaults={"wie": wie, "gewijzigd_door": door}
    )
    audit.registreer(
        "correspondentie_mandaat_gewijzigd", door=door, subject=mandaat, gegevens={"was": was, "wordt": wie}
    )
    return mandaat


@transaction.atomic
def bewaar_tekstblok(
    *,
    door: Any,
    titel: str,
    tekst: str,
    standaardantwoord: bool = False,
    actief: bool = True,
    blok: Tekstblok | None = None,
) -> Tekstblok:
    """Add or change a text block or standard answer (MC)."""
    vereis(door, "correspondentie.tekstblokken")
    if not is_mc(door):
        raise PermissionDenied("Tekstblokken worden beheerd door team MC.")
    blok = blok or Tekstblok()
    blok.titel, blok.tekst = (titel or "").strip(), (tekst or "").strip()
    blok.standaardantwoord, blok.actief = standaardantwoord, actief
    blok.full_clean()
    nieuw = blok.pk is None
    blok.save()
    audit.registreer(
        "correspondentie_tekstblok_" + ("aangemaakt" if nieuw else "gewijzigd"),
        door=door,
        subject=blok,
        gegevens={"titel": blok.titel, "actief": actief},
    )
    return blok


# --- campaigns -------------------------------------------------------------------------------

#: A group of near-identical messages is a campaign from this many messages on.
MIN_CAMPAGNE = 5


@transaction.atomic
def groepeer_campagnes(*, door: Any) -> list[Campagne]:
    """Group the open, unanswered items that are near-identical (the near-duplicate detection of
    ``lakken.bulk.gelijkenis``: MinHash of word shingles, LSH); a group of ``MIN_CAMPAGNE`` or
    more becomes a campaign (or joins the campaign its first item is in already). The mailbox
    reader runs it after each pass that stored mail (``door=None``: the system)."""
    from ministerie.lakken.bulk import gelijkenis

    if door is not None:
        vereis(door, "correspondentie.registreren")
    zaken = list(
        Zaak.objects.select_for_update(of=("self",))
        .filter(status__in=[Zaak.Status.NIEUW, Zaak.Status.IN_BEHANDELING], handtekening__isnull=False)
        .filter(antwoord__isnull=True)
        .order_by("pk")
    )
    leiders = gelijkenis.Leiders()
    groepen: dict[int, list[Zaak]] = {}
    for zaak in zaken:
        handtekening = bytes(zaak.handtekening or b"")
        gevonden = leiders.zoek(handtekening)
        if gevonden is None:
            leiders.voeg_toe(zaak.pk, handtekening)
            groepen[zaak.pk] = [zaak]
        else:
            groepen[gevonden[0]].append(zaak)
    nieuw: list[Campagne] = []
    for leden in groepen.values():
        if len(leden) < MIN_CAMPAGNE:
            continue
        campagne = next((z.campagne for z in leden if z.campagne_id), None)
        if campagne is None:
            campagne = Campagne.objects.create(naam=leden[0].onderwerp[:200])
            nieuw.append(campagne)
        Zaak.objects.filter(pk__in=[z.pk for z in leden]).update(campagne=campagne)
        audit.registreer(
            "correspondentie_campagne_gegroepeerd",
            door=door,
            subject=campagne,
            gegevens={"zaken": len(leden)},
        )
    return nieuw


def beantwoord_campagne(campagne: Campagne, *, door: Any, tekstblok: Tekstblok) -> int:
    """One standard answer to every sender of a campaign, in one action: per case the answer
    (the standard answer with the sender's name), the signature of MC or the directie where the
    rules allow it, and the e-mail over SMTP; each case in its own transaction, so a retry after
    a failure continues with the cases still open and nobody gets the answer twice. Refused as a
    whole when a case must be signed by the bewindspersoon. Returns the number sent."""
    from . import brief

    vereis(door, "correspondentie.verzenden")
    vereis(door, "correspondentie.ondertekenen")
    if not tekstblok.actief:
        raise ValidationError({"tekstblok": "Dit tekstblok is niet actief."})
    open_zaken = list(campagne.zaken.filter(status__in=[Zaak.Status.NIEUW, Zaak.Status.IN_BEHANDELING]))
    for zaak in open_zaken:
        regel = tekenregel(zaak)
        if regel.wie == "bewindspersoon":
            raise ValidationError(
                f"Zaak {zaak.zaaknummer}: {regel.uitleg} Beantwoord die zaak apart of leg het mandaat vast."
            )
        if not mag_tekenen(door, zaak):
            raise PermissionDenied(f"U mag het antwoord op zaak {zaak.zaaknummer} niet ondertekenen.")
        if not zaak.afzender_email:
            raise ValidationError(f"Zaak {zaak.zaaknummer} heeft geen e-mailadres; beantwoord die per post.")
    verzonden = 0
    with get_connection(fail_silently=False) as verbinding:
        for zaak in open_zaken:
            with transaction.atomic():
                zaak = _vergrendel(zaak)
                if not zaak.open or Antwoord.objects.filter(zaak=zaak, verzonden_op__isnull=False).exists():
                    continue
                nu = timezone.now()
                tekst = tekst_uit_blokken(zaak, [tekstblok])
                antwoord, _ = Antwoord.objects.update_or_create(
                    zaak=zaak,
                    defaults={
                        "tekst": tekst,
                        "opgesteld_door": door,
                        "ondertekend_door": door,
                        "ondertekend_als": "Team Maatschappelijke Correspondentie"
                        if tekenregel(zaak).wie == "mc"
                        else str(zaak.toegewezen_aan)[:200],
                        "ondertekend_op": nu,
                        "ondertekende_tekst_sha256": _sha(tekst),
                    },
                )
                bericht = brief.email_bericht(zaak, antwoord)
                try:
                    verbinding.send_messages([bericht])
                except OSError as fout:
                    raise ValidationError(
                        f"Verzenden stopte bij zaak {zaak.zaaknummer} ({fout.__class__.__name__}); "
                        f"{verzonden} antwoorden zijn verzonden. Probeer het opnieuw: de rest volgt, "
                        "niemand krijgt het twee keer."
                    ) from fout
                antwoord.eml.save(
                    f"antwoord-{zaak.zaaknummer}.eml", ContentFile(bericht.message().as_bytes()), save=False
                )
                antwoord.verzendwijze, antwoord.verzonden_op, antwoord.verzonden_door = "email", nu, door
                antwoord.save()
                zaak.status, zaak.afgehandeld_op = Zaak.Status.AFGEHANDELD, nu
                zaak.save(update_fields=["status", "afgehandeld_op"])
                _log(zaak, door, "correspondentie_verzonden", wijze="email", campagne=campagne.pk)
                verzonden += 1
    audit.registreer(
        "correspondentie_campagne_beantwoord",
        door=door,
        subject=campagne,
        gegevens={"verzonden": verzonden, "tekstblok": tekstblok.titel},
    )
    return verzonden


# --- the yearly report to the Kamer ----------------------------------------------------------

KAMERVOORZITTER = "de Voorzitter van de Tweede Kamer der Staten-Generaal"


def kamerbrief_tekst(c: Any) -> str:
    """The Kamerbrief offering the yearly report (the figures in a few sentences)."""
    op_tijd = f"{c.aandeel_op_tijd}%".replace(".", ",") if c.aandeel_op_tijd is not None else "geen"
    dagen = f"{c.gemiddelde_dagen}".replace(".", ",") + " dagen" if c.gemiddelde_dagen is not None else "—"
    return (
        f"Hierbij bied ik u het jaarverslag {c.jaar} van team Maatschappelijke Correspondentie "
        "van mijn ministerie aan. Het verslag beschrijft hoe de brieven, e-mails, telefoontjes en "
        "vragen van burgers, organisaties en andere overheden zijn behandeld.\n\n"
        f"In {c.jaar} ontving het ministerie {c.totaal} berichten; {c.afgehandeld} zijn afgehandeld, "
        f"waarvan {c.op_tijd} binnen de servicenorm ({op_tijd}). De gemiddelde behandelduur was "
        f"{dagen}. Het verslag en de cijfers per kanaal, soort, onderwerp en behandelende eenheid "
        "zijn bijgevoegd."
    )


@transaction.atomic
def bied_jaarverslag_aan(jaar: int, *, door: Any) -> Jaarverslagaanbieding:
    """MC offers the yearly report to the Tweede Kamer: a memo of soort Kamerbrief addressed to
    the Voorzitter, with the report as PDF and XLSX attached (through the document store), on
    the route to the bewindspersoon for signature; from there the memo flow and Parlementaire
    Zaken take over. Once per year: a second start says where the first one is."""
    from ministerie.stukken import services as stukken
    from ministerie.stukken.models import Nota, Parafeerstap
    from ministerie.stukken.route import Routevoorstel

    from . import inzicht

    vereis(door, "correspondentie.jaarverslag_aanbieden")
    if not is_mc(door):
        raise PermissionDenied("Alleen team MC biedt het jaarverslag aan de Kamer aan.")
    if not 2000 <= jaar <= timezone.localdate().year:
        raise ValidationError({"jaar": "Kies een jaar dat al begonnen is."})
    # one per year, also when two start at once (the unique year refuses the second)
    bestaand = Jaarverslagaanbieding.objects.select_for_update().filter(jaar=jaar).first()
    if bestaand is not None:
        raise ValidationError(
            f"Het jaarverslag {jaar} is al op {timezone.localtime(bestaand.aangeboden_op):%d-%m-%Y} "
            f"aangeboden door {bestaand.aangeboden_door}: Kamerbrief {bestaand.nota_kenmerk}."
        )
    eenheid = mc_eenheid()
    bewindspersoon = _standaard_bewindspersoon()
    tekenaar = _bewindspersoon_gebruiker(bewindspersoon)
    c = inzicht.cijfers(jaar)
    pdf, xlsx = inzicht.jaarverslag_pdf(c), inzicht.jaarverslag_xlsx(c)
    nota = stukken.maak_nota(
        door=door,
        soort=Nota.Soort.KAMERBRIEF,
        onderwerp=f"Jaarverslag Maatschappelijke Correspondentie {jaar}",
        aan=KAMERVOORZITTER,
        eenheid=eenheid,
        rubricering=Rubricering.INTERN,
        aanleiding=(
            f"Team MC brengt elk jaar verslag uit over de behandeling van de correspondentie; het "
            f"verslag over {jaar} gaat als Kamerbrief naar de Tweede Kamer. Met uw handtekening "
            "stemt u in met de brief; Parlementaire Zaken verzendt hem."
        ),
        toelichting=kamerbrief_tekst(c),
    )
    naam = f"jaarverslag-correspondentie-{jaar}"
    stukken.voeg_bestand_als_bijlage_toe(nota, door=door, bestand=ContentFile(pdf, name=f"{naam}.pdf"))
    stukken.voeg_bestand_als_bijlage_toe(nota, door=door, bestand=ContentFile(xlsx, name=f"{naam}.xlsx"))
    stukken.stel_route_in(
        nota,
        door=door,
        stappen=[Routevoorstel(houder=tekenaar, eenheid=bewindspersoon, soort=Parafeerstap.Soort.BESLISSING)],
    )
    stukken.start_parafering(nota, door=door)
    nota.refresh_from_db()
    aanbieding = Jaarverslagaanbieding(jaar=jaar, nota=nota, nota_kenmerk=nota.kenmerk, aangeboden_door=door)
    aanbieding.pdf.save(f"{naam}.pdf", ContentFile(pdf), save=False)
    aanbieding.xlsx.save(f"{naam}.xlsx", ContentFile(xlsx), save=False)
    aanbieding.save()
    audit.registreer(
        "correspondentie_jaarverslag_aangeboden",
        door=door,
        subject=aanbieding,
        gegevens={"jaar": jaar, "nota": nota.kenmerk, "pdf_sha256": hashlib.sha256(pdf).hexdigest()},
    )
    return aanbieding
