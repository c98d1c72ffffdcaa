"""The writers of the archive part: register, access, legal hold, destruction, fixity, search and
handing hits to a Woo request. Each mutation: one transaction, permission check, audit record."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import AuditRecord, Gebruiker
from ministerie.core.permissies import heeft_recht, vereis
from ministerie.organisatie.models import Eenheid, Persoon

from .models import Bewaarplicht, Functieperiode, Item, Machtiging, Sleutelfunctionaris, Vernietigingslijst
from .zichtbaarheid import BEHEREN, RAADPLEGEN, toegestane_functionarissen, zichtbare_items

GOEDKEUREN = "archief.vernietiging_goedkeuren"
#: Hits taken from the search index for one search of the archive page (best first); the
#: database filters and orders them. More matches: the page says so. Each hit costs its text
#: fragment (about 1 ms for a long mail), so this stays modest.
MAX_INDEXTREFFERS = 500
MAX_TERMEN = 200


def _systeem(door: Any) -> bool:
    return isinstance(door, str)


# --- register --------------------------------------------------------------------------------------


@transaction.atomic
def neem_op_in_register(
    *,
    door: Any,
    persoon: Persoon,
    code: str,
    functie: str,
    van: date,
    tot: date | None = None,
    eenheid: Eenheid | None = None,
    omschrijving: str = "",
) -> Functieperiode:
    """Add a period of a position to the register (and the person, when new)."""
    if not _systeem(door):
        vereis(door, BEHEREN)
    if tot is not None and tot < van:
        raise ValidationError({"tot": "De einddatum ligt voor de begindatum."})
    functionaris = Sleutelfunctionaris.objects.filter(persoon=persoon).first()
    if functionaris is None:
        if Sleutelfunctionaris.objects.filter(code=code).exists():
            raise ValidationError({"code": f"De code '{code}' is al in gebruik."})
        functionaris = Sleutelfunctionaris.objects.create(code=code, persoon=persoon)
        audit.registreer(
            "archief_functionaris_opgenomen", door=door, subject=functionaris, gegevens={"code": code}
        )
    periode = Functieperiode.objects.create(
        functionaris=functionaris,
        functie=functie,
        van=van,
        tot=tot,
        eenheid=eenheid,
        omschrijving=omschrijving[:200],
    )
    audit.registreer(
        "archief_functieperiode_toegevoegd",
        door=door,
        subject=functionaris,
        gegevens={"functie": functie, "van": van.isoformat(), "tot": tot.isoformat() if tot else None},
    )
    return periode


FUNCTIE_UIT_POSITIE = (
    ("plaatsvervangend secretaris-generaal", Functieperiode.Functie.PSG),
    ("secretaris-generaal", Functieperiode.Functie.SG),
    ("directeur-generaal", Functieperiode.Functie.DG),
    ("politiek assistent", Functieperiode.Functie.POLITIEK_ASSISTENT),
    ("minister", Functieperiode.Functie.BEWINDSPERSOON),
    ("staatssecretaris", Functieperiode.Functie.BEWINDSPERSOON),
    ("directeur", Functieperiode.Functie.DIRECTEUR),
)
SOORTEN_UIT_EENHEID: dict[str, str] = {
    Eenheid.Soort.BEWINDSPERSOON: Functieperiode.Functie.BEWINDSPERSOON,
    Eenheid.Soort.SECRETARIS_GENERAAL: Functieperiode.Functie.SG,
    Eenheid.Soort.DIRECTORAAT_GENERAAL: Functieperiode.Functie.DG,
    Eenheid.Soort.DIRECTIE: Functieperiode.Functie.DIRECTEUR,
}


@transaction.atomic
def vul_register_uit_organisatie(*, door: Any, standaard_van: date) -> int:
    """Take the leading positions of the organisation register (bewindspersonen, SG, pSG, DGs,
    directors) into the register; a position already there is skipped. Returns the number added."""
    from ministerie.organisatie.models import Positie

    if not _systeem(door):
        vereis(door, BEHEREN)
    toegevoegd = 0
    for positie in Positie.objects.select_related("persoon", "eenheid").order_by("pk"):
        tekst = f"{positie.functie} {positie.omschrijving}".lower()
        functie: str | None = next((f for woord, f in FUNCTIE_UIT_POSITIE if woord in tekst), None)
        if functie is None and positie.soort == positie.Soort.LEIDING:
            functie = SOORTEN_UIT_EENHEID.get(positie.eenheid.soort)
        if functie is None:
            continue
        van = positie.van or standaard_van
        if Functieperiode.objects.filter(
            functionaris__persoon=positie.persoon, functie=functie, eenheid=positie.eenheid, van=van
        ).exists():
            continue
        code = positie.persoon.code[:80]
        neem_op_in_register(
            door=door,
            persoon=positie.persoon,
            code=code,
            functie=functie,
            van=van,
            tot=positie.tot,
            eenheid=positie.eenheid,
            omschrijving=positie.omschrijving,
        )
        toegevoegd += 1
    return toegevoegd


def register_rijen() -> list[list[str]]:
    rijen = [["code", "naam", "functie", "omschrijving", "eenheid", "van", "tot en met"]]
    for p in Functieperiode.objects.select_related("functionaris__persoon", "eenheid").order_by(
        "functionaris__persoon__naam", "van"
    ):
        rijen.append([
            p.functionaris.code, p.functionaris.persoon.naam, p.get_functie_display(), p.omschrijving,
            p.eenheid.naam if p.eenheid else "", p.van.isoformat(), p.tot.isoformat() if p.tot else "",
        ])  # fmt: skip
    return rijen


# --- access ----------------------------------------------------------------------------------------


@transaction.atomic
def machtig(functionaris: Sleutelfunctionaris, *, door: Any, gebruiker: Gebruiker) -> Machtiging:
    """The owner (the key official's own account) or the archivist lets ``gebruiker`` see the items."""
    eigenaar = getattr(door, "persoon_id", None) == functionaris.persoon_id
    if not (eigenaar or heeft_recht(door, BEHEREN)):
        raise PermissionDenied("Alleen de eigenaar of de archivaris kan toegang geven.")
    machtiging, nieuw = Machtiging.objects.get_or_create(
        functionaris=functionaris, gebruiker=gebruiker, defaults={"verleend_door": door}
    )
    if nieuw:
        audit.registreer(
            "archief_toegang_verleend",
            door=door,
            subject=functionaris,
            gegevens={"gebruiker": gebruiker.get_username()},
        )
    return machtiging


def eigen_archief(gebruiker: Any) -> Sleutelfunctionaris | None:
    """The key official whose archive is the user's own (their account's person), if any."""
    persoon_id = getattr(gebruiker, "persoon_id", None)
    if not persoon_id:
        return None
    return Sleutelfunctionaris.objects.filter(persoon_id=persoon_id).first()


def machtig_voor_eigen_archief(*, door: Any, gebruiker: Gebruiker) -> Machtiging:
    """The owner lets ``gebruiker`` see the items of their own archive."""
    vereis(door, RAADPLEGEN)
    functionaris = eigen_archief(door)
    if functionaris is None:
        raise PermissionDenied("U heeft geen eigen archief in het register sleutelfunctionarissen.")
    if gebruiker.pk == door.pk:
        raise ValidationError({"gebruiker": "U heeft zelf al toegang tot uw archief."})
    return machtig(functionaris, door=door, gebruiker=gebruiker)


# --- legal hold ------------------------------------------------------------------------------------


@transaction.atomic
def zet_bewaarplicht(
    functionaris: Sleutelfunctionaris,
    *,
    door: Any,
    grond: str,
    referentie: str,
    reden: str,
    van: date | None = None,
    tot: date | None = None,
) -> Bewaarplicht:
    vereis(door, BEHEREN)
    if not referentie.strip() or not reden.strip():
        raise ValidationError("Geef een referentie (zaak, verzoek) en een reden voor de bewaarplicht.")
    if van and tot and tot < van:
        raise ValidationError({"tot": "De einddatum ligt voor de begindatum."})
    plicht = Bewaarplicht.objects.create(
        functionaris=functionaris,
        grond=grond,
        referentie=referentie.strip()[:120],
        reden=reden.strip()[:1000],
        van=van,
        tot=tot,
        gezet_door=door,
    )
    audit.registreer(
        "archief_bewaarplicht_gezet",
        door=door,
        subject=plicht,
        gegevens={
            "functionaris": functionaris.code,
            "grond": grond,
            "referentie": plicht.referentie,
            "reden": plicht.reden,
            "van": van,
            "tot": tot,
        },  # fmt: skip
    )
    return plicht


@transaction.atomic
def hef_bewaarplicht_op(plicht: Bewaarplicht, *, door: Any, reden: str) -> Bewaarplicht:
    vereis(door, BEHEREN)
    plicht = Bewaarplicht.objects.select_for_update().get(pk=plicht.pk)
    if not plicht.actief:
        raise ValidationError("Deze bewaarplicht is al opgeheven.")
    if not reden.strip():
        raise ValidationError({"reden": "Geef een reden voor het opheffen."})
    plicht.opgeheven_door, plicht.opgeheven_op, plicht.reden_opheffing = (
        door,
        timezone.now(),
        reden.strip()[:1000],
    )
    plicht.save()
    audit.registreer(
        "archief_bewaarplicht_opgeheven",
        door=door,
        subject=plicht,
        gegevens={"reden": plicht.reden_opheffing},
    )
    return plicht


def _onder_bewaarplicht_q() -> Q:
    """Items covered by an active legal hold (its key official, within its period)."""
    voorwaarden = Q(pk__in=[])
    for plicht in Bewaarplicht.objects.filter(opgeheven_op__isnull=True):
        deel = Q(functionaris_id=plicht.functionaris_id) | Q(
            pk__in=Item.ook_van.through.objects.filter(sleutelfunctionaris_id=plicht.functionaris_id).values(
                "item_id"
            )
        )
        if plicht.van:
            deel &= Q(
                datum__gte=datetime.combine(plicht.van, time.min, tzinfo=timezone.get_current_timezone())
            )
        if plicht.tot:
            deel &= Q(
                datum__lte=datetime.combine(plicht.tot, time.max, tzinfo=timezone.get_current_timezone())
            )
        voorwaarden |= deel
    return voorwaarden


def onder_bewaarplicht(items: QuerySet[Item]) -> QuerySet[Item]:
    return items.filter(_onder_bewaarplicht_q())


def bewaarplichten_van(item: Item) -> list[Bewaarplicht]:
    return [
        p
        for p in Bewaarplicht.objects.filter(
            functionaris_id__in=[item.functionaris_id, *item.ook_van.values_list("pk", flat=True)],
            opgeheven_op__isnull=True,
        )
        if item.datum is None
        or (
            (p.van is None or timezone.localtime(item.datum).date() >= p.van)
            and (p.tot is None or timezone.localtime(item.datum).date() <= p.tot)
        )  # fmt: skip
    ]


# --- destruction -----------------------------------------------------------------------------------


def te_vernietigen(peildatum: date) -> QuerySet[Item]:
    """Items past their term whose valuation is destroy, not destroyed, not under a legal hold."""
    return (
        Item.objects.filter(
            termijn_tot__lte=peildatum, regel__waardering="vernietigen", vernietigd_op__isnull=True
        )
        .exclude(_onder_bewaarplicht_q())
        .exclude(vernietigingslijsten__status=Vernietigingslijst.Status.VOORGESTELD)
    )


@transaction.atomic
def stel_vernietigingslijst_op(*, door: Any, peildatum: date | None = None) -> Vernietigingslijst:
    vereis(door, BEHEREN)
    peildatum = peildatum or timezone.localdate()
    items = list(te_vernietigen(peildatum).values_list("pk", flat=True)[:10_000])
    if not items:
        raise ValidationError(
            "Er zijn geen stukken waarvan de termijn verstreken is en die vernietigd mogen worden."
        )
    lijst = Vernietigingslijst.objects.create(peildatum=peildatum, aangemaakt_door=door)
    lijst.items.set(items)
    audit.registreer(
        "archief_vernietigingslijst_voorgesteld", door=door, subject=lijst, gegevens={"aantal": len(items)}
    )
    return lijst


def _vereis_zonder_bewaarplicht(lijst: Vernietigingslijst) -> None:
    geblokkeerd = list(onder_bewaarplicht(lijst.items.all()).values_list("pk", flat=True)[:20])
    if geblokkeerd:
        raise ValidationError(
            "Vernietiging geweigerd: stuk(ken) "
            + ", ".join(f"#{pk}" for pk in geblokkeerd)
            + " vallen onder een bewaarplicht (legal hold). Zolang die geldt, kan deze lijst niet"
            " worden uitgevoerd."
        )


def _vereis_voorgesteld(lijst: Vernietigingslijst) -> None:
    if lijst.status == Vernietigingslijst.Status.INGETROKKEN:
        raise ValidationError("Deze vernietigingslijst is ingetrokken.")
    if lijst.status != Vernietigingslijst.Status.VOORGESTELD:
        raise ValidationError("Deze vernietigingslijst is al uitgevoerd.")


def mag_intrekken(lijst: Vernietigingslijst, gebruiker: Any) -> bool:
    """Who may withdraw a proposed list: the archivist who drew it up, whoever approved it, or a
    responsible manager (an approver who is not the archivist: withdrawing is how they refuse)."""
    if lijst.status != Vernietigingslijst.Status.VOORGESTELD or not heeft_recht(gebruiker, GOEDKEUREN):
        return False
    if gebruiker.pk in (lijst.aangemaakt_door_id, lijst.archivaris_id, lijst.manager_id):
        return True
    return not heeft_recht(gebruiker, BEHEREN)


@transaction.atomic
def trek_vernietigingslijst_in(lijst: Vernietigingslijst, *, door: Any, reden: str) -> Vernietigingslijst:
    """Withdraw a proposed list before it is carried out, with a reason. Its items are eligible
    again (a later list may take them); the list stays, with who withdrew it and why."""
    vereis(door, GOEDKEUREN)
    lijst = Vernietigingslijst.objects.select_for_update().get(pk=lijst.pk)
    _vereis_voorgesteld(lijst)
    if not mag_intrekken(lijst, door):
        raise PermissionDenied(
            "Alleen de archivaris die de lijst opstelde, wie de lijst goedkeurde of de "
            "verantwoordelijk leidinggevende kan deze lijst intrekken."
        )
    if not reden.strip():
        raise ValidationError({"reden": "Geef een reden voor het intrekken."})
    lijst.status = Vernietigingslijst.Status.INGETROKKEN
    lijst.ingetrokken_door, lijst.ingetrokken_op = door, timezone.now()
    lijst.reden_intrekking = reden.strip()[:1000]
    lijst.save(update_fields=["status", "ingetrokken_door", "ingetrokken_op", "reden_intrekking"])
    audit.registreer(
        "archief_vernietigingslijst_ingetrokken",
        door=door,
        subject=lijst,
        gegevens={"reden": lijst.reden_intrekking, "aantal": lijst.items.count()},
    )
    return lijst


@transaction.atomic
def keur_vernietiging_goed(lijst: Vernietigingslijst, *, door: Any) -> Vernietigingslijst:
    """The archivist and a responsible manager (two different people) approve; after both, the
    items are destroyed: bytes gone, metadata kept, a signed declaration (PDF)."""
    vereis(door, GOEDKEUREN)
    lijst = Vernietigingslijst.objects.select_for_update().get(pk=lijst.pk)
    _vereis_voorgesteld(lijst)
    _vereis_zonder_bewaarplicht(lijst)
    nu = timezone.now()
    if heeft_recht(door, BEHEREN):
        if lijst.archivaris_id:
            raise ValidationError("De archivaris heeft deze lijst al goedgekeurd.")
        if lijst.manager_id == door.pk:
            raise ValidationError("Archivaris en leidinggevende moeten twee verschillende personen zijn.")
        lijst.archivaris, lijst.archivaris_op, rol = door, nu, "archivaris"
    else:
        if lijst.manager_id:
            raise ValidationError("Een leidinggevende heeft deze lijst al goedgekeurd.")
        if lijst.archivaris_id == door.pk:
            raise ValidationError("Archivaris en leidinggevende moeten twee verschillende personen zijn.")
        lijst.manager, lijst.manager_op, rol = door, nu, "leidinggevende"
    lijst.save()
    audit.registreer("archief_vernietiging_goedgekeurd", door=door, subject=lijst, gegevens={"als": rol})
    if lijst.archivaris_id and lijst.manager_id:
        _voer_vernietiging_uit(lijst, door=door)
    return lijst


def _voer_vernietiging_uit(lijst: Vernietigingslijst, *, door: Any) -> None:
    from .verklaring import maak_verklaring

    _vereis_zonder_bewaarplicht(lijst)
    nu = timezone.now()
    paden: list[Path] = []
    items = list(lijst.items.select_for_update().filter(vernietigd_op__isnull=True))
    for item in items:
        if item.bestand.name:
            paden.append(Path(settings.MEDIA_ROOT) / str(item.bestand.name))
        item.metadata = {**item.metadata, "vernietigd_via_lijst": lijst.pk}
        item.bestand.name = ""
        item.tekst = ""
        item.vernietigd_op = nu
        item.vernietigd_door = f"{lijst.archivaris} en {lijst.manager}"[:400]
        item.save(update_fields=["bestand", "tekst", "metadata", "vernietigd_op", "vernietigd_door"])
        audit.registreer("archief_stuk_vernietigd", door=door, subject=item,
                         gegevens={"sha256": item.sha256, "lijst": lijst.pk})  # fmt: skip
    lijst.status = Vernietigingslijst.Status.UITGEVOERD
    lijst.uitgevoerd_op = nu
    pdf = maak_verklaring(lijst, items)
    lijst.verklaring_sha256 = hashlib.sha256(pdf).hexdigest()
    from django.core.files.base import ContentFile

    lijst.verklaring.save(f"verklaring-van-vernietiging-{lijst.pk}.pdf", ContentFile(pdf), save=False)
    lijst.save()
    audit.registreer(
        "archief_vernietiging_uitgevoerd",
        door=door,
        subject=lijst,
        gegevens={"aantal": len(items), "verklaring_sha256": lijst.verklaring_sha256},
    )

    def wis() -> None:
        for pad in paden:
            pad.unlink(missing_ok=True)

    transaction.on_commit(wis)


@transaction.atomic
def vernietig_stuk(item: Item, *, door: Any) -> None:
    """Direct destruction of one item is never allowed outside a list; under a legal hold it is
    refused with the hold named (used by page, API and CLI to give the same answer)."""
    vereis(door, BEHEREN)
    plichten = bewaarplichten_van(item)
    if plichten:
        raise ValidationError(
            "Vernietiging geweigerd: dit stuk valt onder een bewaarplicht "
            f"({plichten[0]}: {plichten[0].reden})."
        )
    raise ValidationError(
        "Een stuk wordt alleen vernietigd via een goedgekeurde vernietigingslijst "
        "(archivaris en leidinggevende)."
    )


# --- fixity ----------------------------------------------------------------------------------------


@dataclass
class Afwijking:
    item: Item
    pad: str
    reden: str
    mogelijk: list[str] = field(default_factory=list)


def controleer_vaste_waarden(*, door: Any = "systeem") -> tuple[int, list[Afwijking]]:
    """Re-hash every stored file; report each that changed or is gone, with who touched the item
    in the audit trail (the people who may have caused it)."""
    afwijkingen: list[Afwijking] = []
    aantal = 0
    for item in Item.objects.filter(vernietigd_op__isnull=True).exclude(bestand="").iterator(chunk_size=1000):
        aantal += 1
        pad = item.pad
        try:
            som = hashlib.sha256()
            with pad.open("rb") as f:
                for blok in iter(lambda: f.read(1024 * 1024), b""):
                    som.update(blok)
            reden = (
                "" if som.hexdigest() == item.sha256 else f"inhoud gewijzigd (SHA-256 nu {som.hexdigest()})"
            )
        except OSError:
            reden = "bestand ontbreekt"
        if reden:
            afwijkingen.append(Afwijking(item, str(pad), reden, _mogelijke_veroorzakers(item, pad)))
    with transaction.atomic():
        audit.registreer(
            "archief_vaste_waarden_gecontroleerd",
            door=door,
            gegevens={"gecontroleerd": aantal, "afwijkingen": [a.pad for a in afwijkingen][:100]},
        )
    return aantal, afwijkingen


def _mogelijke_veroorzakers(item: Item, pad: Path) -> list[str]:
    records = AuditRecord.objects.filter(object_type=Item._meta.label, object_id=str(item.pk)).exclude(
        actie="archief_inzage"
    )
    try:
        gewijzigd = datetime.fromtimestamp(pad.stat().st_mtime, tz=timezone.get_current_timezone())
        records = records.filter(tijdstip__lte=gewijzigd)
    except OSError:
        pass
    namen = []
    for record in records.order_by("-volgnummer")[:5]:
        namen.append(
            f"{record.actor_naam} ({record.actie}, {timezone.localtime(record.tijdstip):%d-%m-%Y %H:%M})"
        )
    return namen


# --- search and Woo --------------------------------------------------------------------------------


@dataclass
class Zoekuitslag:
    items: QuerySet[Item]
    melding: str = ""  # Dutch; when the index could not give every hit
    #: per item found by terms: the index's text fragment, escaped, the terms in <mark>
    fragmenten: dict[int, str] = field(default_factory=dict)


def zoek(gebruiker: Any, **filters: Any) -> QuerySet[Item]:
    """The items of ``zoek_uitslag``, for callers that need no message."""
    return zoek_uitslag(gebruiker, **filters).items


def zoek_uitslag(
    gebruiker: Any,
    *,
    termen: str = "",
    van: date | None = None,
    tot: date | None = None,
    functionaris: Sleutelfunctionaris | None = None,
    soort: str = "",
    rubricering: int | None = None,
) -> Zoekuitslag:
    """Items the user may see, by period, key official, kind, classification and terms. The
    terms go to the search index (the archive's own source, with its visibility filters: every
    term must occur, "between quotes" is a phrase, Dutch word forms and compounds as in the
    header search); the database then applies the other filters and has the last word on what
    the user may see. Without terms: the database alone. Ordered by date."""
    vereis(gebruiker, RAADPLEGEN)
    items = (
        zichtbare_items(gebruiker).filter(vernietigd_op__isnull=True).select_related("functionaris__persoon")
    )
    if functionaris is not None:
        items = items.filter(Q(functionaris=functionaris) | Q(ook_van=functionaris)).distinct()
    if soort:
        items = items.filter(soort=soort)
    if rubricering is not None:
        items = items.filter(rubricering=rubricering)
    zone = timezone.get_current_timezone()
    if van:
        items = items.filter(datum__gte=datetime.combine(van, time.min, tzinfo=zone))
    if tot:
        items = items.filter(datum__lte=datetime.combine(tot, time.max, tzinfo=zone))
    melding, fragmenten = "", dict[int, str]()
    if termen.strip():
        fragmenten, melding = _in_index(gebruiker, termen, van=van, tot=tot, rubricering=rubricering)
        items = items.filter(pk__in=list(fragmenten))
    return Zoekuitslag(items.order_by("datum", "pk"), melding, fragmenten)


def _in_index(
    gebruiker: Any, termen: str, *, van: date | None, tot: date | None, rubricering: int | None
) -> tuple[dict[int, str], str]:
    """The items whose indexed text matches ``termen`` (id: fragment), within the user's scope
    of the archive's search source, and a message when not all could be given."""
    from ministerie.core.zoekbronnen import zoekindex

    from .zoekbron import SOORT, bereik

    clearance = int(getattr(gebruiker, "clearance", -1))
    hoogste = clearance if rubricering is None else min(clearance, int(rubricering))
    # the index keeps the item's date in UTC: a day wider, the database cuts it exactly
    van_ = van - timedelta(days=1) if van else None
    tot_ = tot + timedelta(days=1) if tot else None
    index = zoekindex()
    fragmenten: dict[int, str] = {}
    totaal, melding = 0, ""
    for b in bereik(gebruiker):
        uitkomst = index.zoek(
            termen.strip()[:MAX_TERMEN],
            max_rubricering=hoogste,
            eenheden=b.eenheden,
            gebruiker=b.gebruiker,
            soorten=[SOORT],
            statussen=b.statussen,
            van=van_,
            tot=tot_,
            aantal=MAX_INDEXTREFFERS,
        )
        totaal += uitkomst.totaal
        melding = melding or uitkomst.melding
        for treffer in uitkomst.treffers:
            pk = treffer.id.partition(":")[2]
            if pk.isdigit():
                fragmenten[int(pk)] = treffer.fragment_html
    if totaal > len(fragmenten):
        melding = " ".join(filter(None, [
            melding,
            f"De zoektermen komen in {totaal} stukken voor; alleen de {len(fragmenten)} best passende zijn "
            "meegenomen. Beperk de periode of voeg zoektermen toe.",
        ]))  # fmt: skip
    return fragmenten, melding


def voeg_toe_aan_woo_verzoek(*, door: Any, verzoek: str, items: list[int]) -> list[Any]:
    """Hand the hits to a Woo request in one step: the signal carries plain values (the request's
    number or id, the stored files' paths and names, the user's id); the Woo part's receiver feeds
    its bulk pipeline. Returns the receivers' answers (the Woo part's report)."""
    from .signalen import archief_naar_woo

    vereis(door, RAADPLEGEN)
    if not verzoek.strip():
        raise ValidationError({"verzoek": "Geef het kenmerk van het Woo-verzoek."})
    gekozen = list(
        zichtbare_items(door).filter(pk__in=items[:200], vernietigd_op__isnull=True).exclude(bestand="")
    )
    if not gekozen:
        raise ValidationError("Kies een of meer stukken die u mag inzien.")
    if not archief_naar_woo.has_listeners():
        raise ValidationError("Het Woo-onderdeel neemt nu geen stukken uit het archief aan.")
    bestanden = [(str(i.pad), _bestandsnaam(i)) for i in gekozen]
    antwoorden = archief_naar_woo.send(
        sender=Item, verzoek=verzoek.strip()[:100], bestanden=bestanden, door_id=door.pk
    )
    # recorded after the Woo part took them (a refusal there leaves no hand-over on record)
    with transaction.atomic():
        for item in gekozen:
            audit.registreer(
                "archief_naar_woo",
                door=door,
                subject=item,
                gegevens={"verzoek": verzoek[:100], "antwoord": [a for _, a in antwoorden]},
            )
    return [antwoord for _, antwoord in antwoorden]


def _bestandsnaam(item: Item) -> str:
    suffix = Path(str(item.bestand.name)).suffix
    return f"archief-{item.pk}{suffix}"


def functionarissen_voor(gebruiker: Any) -> QuerySet[Sleutelfunctionaris]:
    return toegestane_functionarissen(gebruiker).select_related("persoon")
