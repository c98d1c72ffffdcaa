"""The heavy steps on a request's documents as background jobs, never inside a web request: a
delivery of any size (files, ZIP archives, mailboxes) through the bulk pipeline into the request,
and an assessment in bulk with redaction and checking of every file. The page shows the
progress (``Verwerking``: fase, gedaan, totaal) and the report when the job is done.

Resumable: the bulk pipeline keeps its own state in the job's work folder, and every unit or
document added or assessed moves ``Verwerking.volgende`` on in the same transaction. A job whose
worker was killed is queued again by the workers' heartbeat (``bedrijfsvoering.werkers``) and
continues where it stopped; the result is the same as that of an uninterrupted run.
"""

from __future__ import annotations

import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Value
from django.db.models.functions import Greatest
from django.utils import timezone
from django_tasks import task

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.lakken.bulk import BulkFout, verwerk
from ministerie.lakken.pdf import Lakpool
from ministerie.organisatie.models import Eenheid
from ministerie.stukken.bulk import Voortgangsschrijver
from ministerie.stukken.models import Nota

from . import besluit, publicatie
from .aanlevering import Eenheidsuitkomst, aantal_eenheden, lees_uitkomsten, schrijf_bron, vereis_eenheid
from .beoordeling import (
    Voorbereider,
    _vereis_open,
    beoordeel_een_in_bulk,
    log_in_bulk_beoordeeld,
    log_verzameld,
    upload_een,
    voorspelde_lakwerk,
    voorwerk,
)
from .gronden import onbekende_gronden
from .models import Beoordeling, Publicatie, Verwerking, Verzoek, WooDocument

#: A delivery may be this large; the bulk pipeline reads it in a stream, unit by unit.
MAX_AANLEVERING_MB = 2048
#: Messages kept per kind in a job's report (the counts are always complete).
MAX_MELDINGEN = 500

V = Verwerking.Status


def _map(verwerking: Verwerking) -> Path:
    return Path(settings.DATA_DIR) / "woo" / "verwerkingen" / str(verwerking.pk)


@transaction.atomic
def start_aanlevering(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    bestanden: Iterable[tuple[str, Any]],
    eenheid: Eenheid | None = None,
) -> Verwerking:
    """Keep the uploads and queue their processing into ``verzoek`` (see the module)."""
    vereis(door, "woo.behandelen")
    eenheid = vereis_eenheid(door, eenheid)
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    _vereis_open(verzoek)
    verwerking = Verwerking.objects.create(
        verzoek=verzoek,
        soort=Verwerking.Soort.AANLEVERING,
        omschrijving="Aanlevering",
        eenheid=eenheid,
        gestart_door=door,
    )
    map_ = _map(verwerking)
    shutil.rmtree(map_, ignore_errors=True)  # a leftover of a row number used before a restore
    try:
        schrijf_bron(bestanden, map_ / "bron", MAX_AANLEVERING_MB)
    except BaseException:
        shutil.rmtree(map_, ignore_errors=True)
        raise
    namen = sorted(p.name for p in (map_ / "bron").iterdir())
    lijst = ", ".join(namen[:3]) + (f" en {len(namen) - 3} andere" if len(namen) > 3 else "")
    verwerking.omschrijving = f"Aanlevering: {lijst}"[:300]
    verwerking.map = str(map_)
    verwerking.save(update_fields=["omschrijving", "map"])
    audit.registreer(
        "woo_aanlevering_gestart", door=door, subject=verzoek, gegevens={"verwerking": verwerking.pk}
    )
    transaction.on_commit(lambda: verwerk_woo.enqueue(verwerking.pk))
    return verwerking


@transaction.atomic
def start_beoordeling(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    nummers: list[int],
    beoordeling: str,
    gronden: list[str] | None = None,
    reeds_openbaar_waar: str = "",
) -> Verwerking:
    """Queue the assessment of these documents, each redacted and checked after it."""
    vereis(door, "woo.beoordelen")
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    _vereis_open(verzoek)
    if beoordeling not in Beoordeling.values:
        raise ValidationError("Kies een beoordeling.")
    if onbekend := onbekende_gronden(gronden or []):
        raise ValidationError(f"Onbekende weigeringsgrond: {', '.join(onbekend)}.")
    nummers = sorted(set(nummers))
    bekend = set(verzoek.documenten.filter(nummer__in=nummers).values_list("nummer", flat=True))
    if not nummers or set(nummers) - bekend:
        raise ValidationError("Kies documenten van dit verzoek.")
    label = Beoordeling(beoordeling).label.lower()
    verwerking = Verwerking.objects.create(
        verzoek=verzoek,
        soort=Verwerking.Soort.BEOORDELING,
        omschrijving=f"{len(nummers)} document(en) beoordelen als {label}, lakken en controleren",
        opdracht={
            "nummers": nummers,
            "beoordeling": beoordeling,
            "gronden": list(gronden or []),
            "reeds_openbaar_waar": reeds_openbaar_waar,
        },
        totaal=len(nummers),
        gestart_door=door,
    )
    audit.registreer(
        "woo_beoordeling_gestart",
        door=door,
        subject=verzoek,
        gegevens={"verwerking": verwerking.pk, "documenten": len(nummers), "beoordeling": beoordeling},
    )
    transaction.on_commit(lambda: verwerk_woo.enqueue(verwerking.pk))
    return verwerking


STAP_SOORTEN = Verwerking.STAPPEN


def stap_loopt(verzoek: Verzoek) -> bool:
    """A step of the decision or publication of this request waits or runs."""
    return verzoek.verwerkingen.filter(soort__in=STAP_SOORTEN, status__in=(V.WACHTEND, V.BEZIG)).exists()


def _start_stap(
    verzoek: Verzoek, *, door: Gebruiker, soort: str, omschrijving: str, opdracht: dict[str, Any]
) -> Verwerking:
    if stap_loopt(verzoek):
        raise ValidationError(
            "Er loopt al een stap van het besluit of de publicatie voor dit verzoek; wacht tot die klaar is."
        )
    verwerking = Verwerking.objects.create(
        verzoek=verzoek, soort=soort, omschrijving=omschrijving, opdracht=opdracht, gestart_door=door
    )
    audit.registreer(
        "woo_verwerking_gestart",
        door=door,
        subject=verzoek,
        gegevens={"verwerking": verwerking.pk, "soort": soort},
    )
    transaction.on_commit(lambda: verwerk_woo.enqueue(verwerking.pk))
    return verwerking


@transaction.atomic
def start_besluit_opstellen(verzoek: Verzoek, *, door: Gebruiker) -> Verwerking:
    """Queue ``besluit.stel_besluit_op`` (letter, inventory, memo up the line); what stops it
    is said at once."""
    vereis(door, "woo.behandelen")
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    besluit.vereis_op_te_stellen(verzoek)
    return _start_stap(
        verzoek,
        door=door,
        soort=Verwerking.Soort.BESLUIT_OPSTELLEN,
        omschrijving="Besluit en inventarislijst opstellen",
        opdracht={},
    )


@transaction.atomic
def start_besluit_nemen(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    bekendgemaakt_op: date,
    bezwaar_verwacht: bool,
    besluit_datum: date | None = None,
) -> Verwerking:
    """Queue ``besluit.neem_besluit`` with these dates (the letter is made again with its date);
    wrong dates are said at once."""
    vereis(door, "woo.behandelen")
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    besluit.vereis_te_nemen(verzoek, bekendgemaakt_op=bekendgemaakt_op, besluit_datum=besluit_datum)
    return _start_stap(
        verzoek,
        door=door,
        soort=Verwerking.Soort.BESLUIT_NEMEN,
        omschrijving=f"Besluit vastleggen (bekendgemaakt op {bekendgemaakt_op:%d-%m-%Y})",
        opdracht={
            "bekendgemaakt_op": bekendgemaakt_op.isoformat(),
            "bezwaar_verwacht": bezwaar_verwacht,
            "besluit_datum": besluit_datum.isoformat() if besluit_datum else "",
        },
    )


@transaction.atomic
def start_publicatie(verzoek: Verzoek, *, door: Gebruiker) -> Verwerking:
    """Queue the publication: every file to be published is checked once more (in other
    processes, before the lock), then ``publicatie.publiceer`` puts the package together."""
    publicatie.vereis_publicatierecht(door)
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    publicatie.vereis_publiceerbaar(verzoek)
    aantal = verzoek.documenten.filter(beoordeling__in=(Beoordeling.OPENBAAR, Beoordeling.DEELS)).count()
    verwerking = _start_stap(
        verzoek,
        door=door,
        soort=Verwerking.Soort.PUBLICEREN,
        omschrijving=f"Publiceren: {aantal} document(en) nogmaals controleren en het pakket samenstellen",
        opdracht={},
    )
    Verwerking.objects.filter(pk=verwerking.pk).update(totaal=aantal)
    return verwerking


@transaction.atomic
def herstart(verwerking: Verwerking, *, door: Gebruiker) -> Verwerking:
    """Queue a job that stopped with an error again; it goes on where it stopped."""
    if verwerking.soort == Verwerking.Soort.PUBLICEREN:
        publicatie.vereis_publicatierecht(door)
    else:
        vereis(
            door, "woo.beoordelen" if verwerking.soort == Verwerking.Soort.BEOORDELING else "woo.behandelen"
        )
    verwerking = Verwerking.objects.select_for_update().get(pk=verwerking.pk)
    if verwerking.status != V.MISLUKT:
        raise ValidationError("Alleen een verwerking die met een fout stopte, kan opnieuw worden gestart.")
    Verwerking.objects.filter(pk=verwerking.pk).update(status=V.WACHTEND, fout="")
    audit.registreer(
        "woo_verwerking_herstart",
        door=door,
        subject=verwerking.verzoek,
        gegevens={"verwerking": verwerking.pk},
    )
    transaction.on_commit(lambda: verwerk_woo.enqueue(verwerking.pk))
    return verwerking


#: Before the background work that no one waits for (e.g. indexing for search): a person who
#: started this on the request page is waiting for it.
PRIORITEIT = 10


@task(priority=PRIORITEIT)
def verwerk_woo(pk: int) -> dict[str, Any]:
    """The job: run the step of ``Verwerking`` ``pk`` from where it is to the end."""
    verwerking = Verwerking.objects.select_related("verzoek", "gestart_door", "eenheid").get(pk=pk)
    if verwerking.status == V.KLAAR:
        return verwerking.verslag
    if _wacht_op_eerdere(verwerking):
        return {"wacht": "op een eerdere verwerking van dit verzoek"}
    Verwerking.objects.filter(pk=pk).update(status=V.BEZIG, fout="")
    try:
        STAPPEN[verwerking.soort](verwerking)
    except (ValidationError, PermissionDenied, BulkFout) as fout:
        tekst = " ".join(getattr(fout, "messages", [str(fout)]))
        Verwerking.objects.filter(pk=pk).update(status=V.MISLUKT, fout=tekst[:2000])
        return {"fout": tekst}
    except Exception as fout:
        Verwerking.objects.filter(pk=pk).update(
            status=V.MISLUKT, fout=f"{type(fout).__name__}: {fout}"[:2000]
        )
        raise
    verwerking.refresh_from_db()
    with transaction.atomic():
        Verwerking.objects.filter(pk=pk).update(status=V.KLAAR, fase="klaar")
        if verwerking.soort == Verwerking.Soort.AANLEVERING:
            log_verzameld(
                verwerking.verzoek, verwerking.gestart_door, verwerking.verslag.get("toegevoegd", 0)
            )
        elif verwerking.soort == Verwerking.Soort.BEOORDELING:
            log_in_bulk_beoordeeld(
                verwerking.verzoek,
                verwerking.gestart_door,
                verwerking.verslag.get("gedaan", 0),
                verwerking.opdracht["beoordeling"],
            )
    return verwerking.verslag


#: How long a job waits before it looks again whether the request's earlier jobs are done.
WACHTTIJD = timedelta(seconds=2)


def _wacht_op_eerdere(verwerking: Verwerking) -> bool:
    """The jobs of one request run one after another, in the order they were started: a job
    whose worker died and was queued again comes before the jobs started after it, so the
    request's log, and the decision letter that recounts it, read the same however the workers
    were stopped. True (and this job queued again, a moment later) while an earlier one runs or
    waits; with a backend that cannot defer (the tests' immediate one) jobs already run in order."""
    if not verwerk_woo.get_backend().supports_defer:
        return False
    eerder = Verwerking.objects.filter(
        verzoek=verwerking.verzoek_id, pk__lt=verwerking.pk, status__in=(V.WACHTEND, V.BEZIG)
    )
    if not eerder.exists():
        return False
    verwerk_woo.using(run_after=timezone.now() + WACHTTIJD).enqueue(verwerking.pk)
    return True


def _verslag_voor_bijwerken(verwerking: Verwerking) -> dict[str, Any]:
    """The report, locked until the end of the transaction that adds one unit's outcome."""
    verslag: dict[str, Any] = (
        Verwerking.objects.select_for_update().values_list("verslag", flat=True).get(pk=verwerking.pk)
    )
    return verslag


def _voeg_toe(verslag: dict[str, Any], lijst: str, melding: str) -> None:
    meldingen = verslag.setdefault(lijst, [])
    if len(meldingen) < MAX_MELDINGEN:
        meldingen.append(melding)
    else:
        verslag[f"{lijst}_meer"] = verslag.get(f"{lijst}_meer", 0) + 1


def _lever_aan(verwerking: Verwerking) -> None:
    bronmap, werkmap = Path(verwerking.map) / "bron", Path(verwerking.map) / "werk"
    bulk = verwerk(bronmap, werkmap, voortgang=Voortgangsschrijver(verwerking.pk, Verwerking))
    Verwerking.objects.filter(pk=verwerking.pk).update(fase="toevoegen", totaal=aantal_eenheden(werkmap))
    door, eenheid = verwerking.gestart_door, verwerking.eenheid
    assert eenheid is not None
    with _lakpool() as lakpool:
        for index, uitkomst in _vooruit_voorbereid(
            lakpool, lees_uitkomsten(bronmap, werkmap), verwerking.volgende
        ):
            if lakpool is not None:
                lakpool.wacht(index)  # outside the transaction: the lock is held only to save
            with transaction.atomic():
                verslag = _verslag_voor_bijwerken(verwerking)
                verslag.setdefault("toegevoegd", 0)
                verslag["draden"] = bulk.draden
                if uitkomst.soort == "fout":
                    _voeg_toe(verslag, "fouten", uitkomst.melding)
                elif uitkomst.soort == "dubbel":
                    _voeg_toe(verslag, "dubbelen", uitkomst.melding)
                else:
                    if uitkomst.melding:
                        _voeg_toe(verslag, "bijna_dubbelen", uitkomst.melding)
                    toegevoegd = upload_een(
                        verwerking.verzoek,
                        door=door,
                        naam=uitkomst.naam,
                        data=uitkomst.data,
                        eenheid=eenheid,
                        plaats=uitkomst.plaats,
                        voorbereider=_voorbereider(lakpool, index),
                    )
                    if isinstance(toegevoegd, str):
                        _voeg_toe(verslag, "fouten", toegevoegd)
                    else:
                        verslag["toegevoegd"] += 1
                Verwerking.objects.filter(pk=verwerking.pk).update(
                    volgende=index + 1,
                    gedaan=index + 1,
                    totaal=Greatest("totaal", Value(index + 1)),  # a name twice in an archive is two units
                    verslag=verslag,
                    bericht=uitkomst.plaats[:300],
                )
            if lakpool is not None:
                lakpool.vergeet(index)  # prepared ahead but not asked for (e.g. already in the store)
    shutil.rmtree(bronmap, ignore_errors=True)


def _vooruit_voorbereid(
    lakpool: Lakpool | None, uitkomsten: Iterable[Eenheidsuitkomst], volgende: int
) -> Iterator[tuple[int, Eenheidsuitkomst]]:
    """The units from ``volgende`` on, read a few ahead: the files among them are prepared in
    the pool (converted, detected) while the job saves the ones before them."""
    venster: deque[tuple[int, Eenheidsuitkomst]] = deque()
    rij = ((i, u) for i, u in enumerate(uitkomsten) if i >= volgende)
    grootte = 2 * settings.WOO_LAKPROCESSEN if lakpool is not None else 1
    for index, uitkomst in rij:
        venster.append((index, uitkomst))
        if lakpool is not None and uitkomst.soort == "toevoegen":
            lakpool.vooruit(index, voorwerk(uitkomst.data, uitkomst.naam[:255]))
        if len(venster) >= grootte:
            yield venster.popleft()
    yield from venster


def _voorbereider(lakpool: Lakpool | None, index: int) -> Voorbereider | None:
    if lakpool is None:
        return None
    return lambda werk: lakpool.uitkomst(index, werk)


def _beoordeel(verwerking: Verwerking) -> None:
    opdracht = verwerking.opdracht
    documenten = {d.nummer: d for d in verwerking.verzoek.documenten.filter(nummer__in=opdracht["nummers"])}
    Verwerking.objects.filter(pk=verwerking.pk).update(fase="beoordelen, lakken en controleren")
    te_doen = [
        (index, nummer) for index, nummer in enumerate(opdracht["nummers"]) if index >= verwerking.volgende
    ]
    with _lakpool() as lakpool:
        for positie, (index, nummer) in enumerate(te_doen):
            if lakpool is not None:
                _reken_vooruit(
                    lakpool, [documenten.get(n) for _, n in te_doen[positie:]], opdracht["beoordeling"]
                )
                if (komend := documenten.get(nummer)) is not None:
                    lakpool.wacht(komend.pk)  # outside the transaction: the lock is held only to save
            with transaction.atomic():
                verslag = _verslag_voor_bijwerken(verwerking)
                verslag.setdefault("gedaan", 0)
                woodoc = documenten.get(nummer)
                fout = (
                    f"Document {nummer} hoort niet meer bij dit verzoek."
                    if woodoc is None
                    else beoordeel_een_in_bulk(
                        woodoc,
                        door=verwerking.gestart_door,
                        beoordeling=opdracht["beoordeling"],
                        gronden=opdracht["gronden"],
                        reeds_openbaar_waar=opdracht["reeds_openbaar_waar"],
                        lakpool=lakpool,
                    )
                )
                if fout:
                    _voeg_toe(verslag, "fouten", fout)
                else:
                    verslag["gedaan"] += 1
                Verwerking.objects.filter(pk=verwerking.pk).update(
                    volgende=index + 1, gedaan=index + 1, verslag=verslag, bericht=f"Document {nummer}"
                )
            if lakpool is not None and woodoc is not None:
                lakpool.vergeet(woodoc.pk)  # work ahead for a document whose assessment failed


@contextmanager
def _lakpool() -> Iterator[Lakpool | None]:
    """The processes that redact and check ahead (settings.WOO_LAKPROCESSEN; 0: none)."""
    if settings.WOO_LAKPROCESSEN <= 0:
        yield None
        return
    with Lakpool(settings.WOO_LAKPROCESSEN) as lakpool:
        yield lakpool


def _reken_vooruit(lakpool: Lakpool, komende: list[WooDocument | None], beoordeling: str) -> None:
    """Keep two documents per process ahead, starting with the next one to be saved."""
    for woodoc in komende[: 4 * settings.WOO_LAKPROCESSEN]:
        if len(lakpool) >= 2 * settings.WOO_LAKPROCESSEN:
            return
        if woodoc is None or woodoc.pk in lakpool:
            continue
        werk = voorspelde_lakwerk(woodoc, beoordeling)
        if werk is not None:
            lakpool.vooruit(woodoc.pk, werk)


def _stel_besluit_op(verwerking: Verwerking) -> None:
    Verwerking.objects.filter(pk=verwerking.pk).update(fase="besluit, inventarislijst en beslisnota")
    nota = besluit.stel_besluit_op(verwerking.verzoek, door=verwerking.gestart_door)
    _klaar(verwerking, besluit_opgesteld(nota))


def besluit_opgesteld(nota: Nota | None) -> str:
    if nota is None:
        return "De inventarislijst is opgesteld."
    return f"Het besluit is opgesteld en als beslisnota {nota.kenmerk} de lijn in gestuurd."


def _neem_besluit(verwerking: Verwerking) -> None:
    opdracht = verwerking.opdracht
    Verwerking.objects.filter(pk=verwerking.pk).update(fase="besluit vastleggen en brief dateren")
    besluit.neem_besluit(
        verwerking.verzoek,
        door=verwerking.gestart_door,
        bekendgemaakt_op=date.fromisoformat(opdracht["bekendgemaakt_op"]),
        bezwaar_verwacht=opdracht["bezwaar_verwacht"],
        besluit_datum=date.fromisoformat(opdracht["besluit_datum"]) if opdracht["besluit_datum"] else None,
    )
    _klaar(verwerking, "Het besluit is vastgelegd.")


def _publiceer(verwerking: Verwerking) -> None:
    """Check every file first, outside the transaction (in the pool, in order, with progress);
    ``publiceer`` then uses those verdicts for exactly the same files."""
    Verwerking.objects.filter(pk=verwerking.pk).update(fase="elk bestand nogmaals controleren")
    controles = list(publicatie.pakketcontroles(verwerking.verzoek))
    Verwerking.objects.filter(pk=verwerking.pk).update(totaal=len(controles), gedaan=0)
    gecontroleerd = {}
    with _lakpool() as lakpool:
        for index, (woodoc, werk) in enumerate(controles):
            if lakpool is not None:
                for volgend, ander in controles[index : index + 2 * settings.WOO_LAKPROCESSEN]:
                    lakpool.vooruit(volgend.pk, ander)
            gecontroleerd[publicatie.controlesleutel(werk)] = (
                lakpool.uitkomst(woodoc.pk, werk) if lakpool is not None else werk.voer_uit()
            )
            Verwerking.objects.filter(pk=verwerking.pk).update(
                gedaan=index + 1, bericht=f"Document {woodoc.nummer}"
            )
    Verwerking.objects.filter(pk=verwerking.pk).update(fase="pakket samenstellen en publiceren")
    pub = publicatie.publiceer(verwerking.verzoek, door=verwerking.gestart_door, gecontroleerd=gecontroleerd)
    _klaar(verwerking, gepubliceerd(pub))


def gepubliceerd(pub: Publicatie) -> str:
    if pub.status == Publicatie.Status.GEPUBLICEERD:
        return "Gepubliceerd op de publieke portal."
    return f"Goedgekeurd; de publicatie wordt op {pub.gepland_op:%d-%m-%Y} openbaar."


def _klaar(verwerking: Verwerking, melding: str) -> None:
    Verwerking.objects.filter(pk=verwerking.pk).update(verslag={"melding": melding})


STAPPEN: dict[str, Callable[[Verwerking], None]] = {
    Verwerking.Soort.AANLEVERING: _lever_aan,
    Verwerking.Soort.BEOORDELING: _beoordeel,
    Verwerking.Soort.BESLUIT_OPSTELLEN: _stel_besluit_op,
    Verwerking.Soort.BESLUIT_NEMEN: _neem_besluit,
    Verwerking.Soort.PUBLICEREN: _publiceer,
}
"""What the job does for each kind of ``Verwerking``."""


def bij_taak_afgebroken(sender: Any, *, taak: str, argumenten: list[Any], mislukt: bool, **_: Any) -> Any:
    """Receiver of ``bedrijfsvoering.signalen.taak_afgebroken``: when a job of ours is failed
    because its worker died (too often), its page offers the restart; a job queued again just
    goes on. Returns the request, for the audit record."""
    if taak != verwerk_woo.module_path or not argumenten:
        return None
    verwerking = Verwerking.objects.filter(pk=argumenten[0]).select_related("verzoek").first()
    if verwerking is None:
        return None
    if mislukt and verwerking.status != V.KLAAR:
        Verwerking.objects.filter(pk=verwerking.pk).update(status=V.MISLUKT, fout=WERKER_GESTOPT)
    return verwerking.verzoek


WERKER_GESTOPT = (
    "De verwerker die haar uitvoerde stopte steeds onverwacht. Start haar opnieuw met de knop "
    "hieronder: zij gaat verder waar zij was en doet niets dubbel."
)
