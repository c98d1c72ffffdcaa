"""Publication: an explicit publish action by an allowed role, only when every document is
redacted and checked; the package (decision, inventory, redacted documents, DiWoo metadata);
scheduled release (Woo art. 4.4 lid 5); withdrawal."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from typing import Any

import pymupdf
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from ministerie.core import audit
from ministerie.core.models import Gebruiker
from ministerie.core.permissies import vereis
from ministerie.lakken.pdf import Controlewerk, controleer
from ministerie.organisatie.models import Eenheid

from . import categorieen, documenten_pdf, portaalindex
from .beoordeling import publicatieklaar
from .diwoo import maak_metadata
from .models import Passage, Publicatie, Publicatiebestand, Verzoek, WooDocument
from .services import log, zet_status
from .taken import publiceer_gepland as taak_publiceer_gepland
from .vrijgave import maak_openbaar
from .vrijgave import publiceer_gepland as publiceer_gepland  # the release, also known here
from .zichtbaarheid import openbare_publicaties as openbare_publicaties

S = Verzoek.Status
CZW = "czw"


def vereis_publicatierecht(gebruiker: Gebruiker) -> None:
    """The matrix grants woo.publiceren to the jurist CZW and to directeuren; a directeur must be
    the directeur of CZW (the unit that coordinates Woo)."""
    vereis(gebruiker, "woo.publiceren")
    rollen = gebruiker.rolcodes()
    if "jurist_czw" in rollen:
        return
    czw = Eenheid.objects.filter(code=CZW).first()
    if czw is None or czw.pk not in gebruiker.eenheden_in_scope():
        raise PermissionDenied("Alleen de Woo-coördinatie en de directeur CZW kunnen publiceren.")


def _pdf_tekst(pdf: bytes) -> str:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return "\n".join(page.get_text() for page in doc)


def requester_gegevens(verzoek: Verzoek) -> list[str]:
    """The requester's personal data: must not be in any published file."""
    delen = [verzoek.verzoeker_naam, verzoek.verzoeker_email]
    delen += [r.strip() for r in verzoek.verzoeker_adres.splitlines()]
    return [d for d in delen if d and len(d) > 2]


def _bestand(
    publicatie: Publicatie,
    *,
    soort: str,
    volgorde: int,
    titel: str,
    naam: str,
    data: bytes,
    mime: str,
    tekst: str,
    creatiedatum: date,
    handelingen: list[tuple[tuple[str, str], datetime]],
    document: Any = None,
) -> Publicatiebestand:
    formaat = categorieen.FORMAAT_XLSX if naam.endswith(".xlsx") else categorieen.FORMAAT_PDF
    bestand = Publicatiebestand(
        publicatie=publicatie,
        soort=soort,
        volgorde=volgorde,
        titel=titel,
        bestandsnaam=naam,
        mime=mime,
        sha256=hashlib.sha256(data).hexdigest(),
        tekst=tekst,
        document=document,
        metadata_xml=maak_metadata(
            identifier=f"{publicatie.verzoek.zaaknummer}-{volgorde:04d}",
            titel=titel,
            omschrijving=publicatie.titel,
            informatiecategorie=publicatie.informatiecategorie,
            creatiedatum=creatiedatum,
            formaat=formaat,
            handelingen=handelingen,
        ),
    )
    bestand.bestand.save(
        f"{publicatie.verzoek.zaaknummer}-{volgorde:04d}-{naam}", ContentFile(data), save=False
    )
    bestand.save()
    return bestand


Controlesleutel = tuple[str, tuple[str, ...]]


def pakketcontroles(verzoek: Verzoek) -> Iterator[tuple[WooDocument, Controlewerk]]:
    """Each document to be published, in order, with the check of its redacted file: the
    requester's data and every redacted passage may not be in it."""
    geheimen = requester_gegevens(verzoek)
    for d in verzoek.documenten.order_by("nummer"):
        if not d.wordt_gepubliceerd:
            continue
        with d.gelakt_pdf.open("rb") as f:
            pdf = f.read()
        actief = d.passages.filter(status__in=Passage.ACTIEF).values_list("tekst", flat=True)
        afgewezen = set(d.passages.filter(status=Passage.Status.AFGEWEZEN).values_list("tekst", flat=True))
        yield d, Controlewerk(pdf, tuple(g for g in [*geheimen, *actief] if g not in afgewezen))


def controlesleutel(werk: Controlewerk) -> Controlesleutel:
    """What a verdict of the checker depends on: the file's bytes and the secrets."""
    return hashlib.sha256(werk.pdf).hexdigest(), werk.geheimen


def _stel_pakket_samen(publicatie: Publicatie, gecontroleerd: Mapping[Controlesleutel, list[str]]) -> None:
    verzoek = publicatie.verzoek
    besluit_datum = verzoek.besluit_datum or timezone.localdate()
    vastgesteld = timezone.make_aware(datetime.combine(besluit_datum, datetime.min.time()))
    ontvangen = timezone.make_aware(datetime.combine(verzoek.ontvangen_op, datetime.min.time()))
    volgorde = 1
    geheimen = requester_gegevens(verzoek)
    if verzoek.is_verzoek:
        pdf = documenten_pdf.besluit_pdf(verzoek, openbaar=True)
        problemen = controleer(pdf, geheimen)
        if problemen:
            raise ValidationError(
                ["Het besluit voor publicatie bevat nog gegevens van de verzoeker."] + problemen
            )
        _bestand(
            publicatie,
            soort=Publicatiebestand.Soort.BESLUIT,
            volgorde=volgorde,
            titel=f"Besluit op Woo-verzoek {verzoek.zaaknummer}",
            naam="besluit.pdf",
            data=pdf,
            mime="application/pdf",
            tekst=_pdf_tekst(pdf),
            creatiedatum=besluit_datum,
            handelingen=[(categorieen.ONTVANGST, ontvangen), (categorieen.VASTSTELLING, vastgesteld)],
        )
        volgorde += 1
    inventaris = documenten_pdf.inventaris_pdf(verzoek)
    _bestand(
        publicatie,
        soort=Publicatiebestand.Soort.INVENTARIS,
        volgorde=volgorde,
        titel=f"Inventarislijst {verzoek.zaaknummer}",
        naam="inventarislijst.pdf",
        data=inventaris,
        mime="application/pdf",
        tekst=_pdf_tekst(inventaris),
        creatiedatum=besluit_datum,
        handelingen=[(categorieen.VASTSTELLING, vastgesteld)],
    )
    volgorde += 1
    xlsx = documenten_pdf.inventaris_xlsx(verzoek)
    _bestand(
        publicatie,
        soort=Publicatiebestand.Soort.INVENTARIS,
        volgorde=volgorde,
        titel=f"Inventarislijst {verzoek.zaaknummer} (spreadsheet)",
        naam="inventarislijst.xlsx",
        data=xlsx,
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        tekst="",
        creatiedatum=besluit_datum,
        handelingen=[(categorieen.VASTSTELLING, vastgesteld)],
    )
    for d, werk in pakketcontroles(verzoek):
        pdf = werk.pdf
        # the stored checker verdict is re-confirmed on the exact bytes that are published
        sleutel = controlesleutel(werk)
        problemen = gecontroleerd[sleutel] if sleutel in gecontroleerd else werk.voer_uit()
        if problemen:
            raise ValidationError([f"Document {d.nummer} haalt de lakcontrole niet:"] + problemen)
        volgorde += 1
        gemaakt = d.datum or besluit_datum
        _bestand(
            publicatie,
            soort=Publicatiebestand.Soort.DOCUMENT,
            volgorde=volgorde,
            titel=f"{d.nummer}. {d.titel}",
            naam=f"document-{d.nummer:04d}.pdf",
            data=pdf,
            mime="application/pdf",
            tekst=_pdf_tekst(pdf),
            creatiedatum=gemaakt,
            handelingen=[(categorieen.VASTSTELLING, vastgesteld)],
            document=d,
        )


def vereis_publiceerbaar(verzoek: Verzoek) -> None:
    """The request can be published now (else ``ValidationError`` with what stops it)."""
    if verzoek.status != S.BESLUIT_GENOMEN:
        raise ValidationError(
            f"Alleen na het besluit kan worden gepubliceerd (nu: {verzoek.get_status_display().lower()})."
        )
    if verzoek.is_verzoek and verzoek.bekendgemaakt_op is None:
        raise ValidationError("Leg eerst vast wanneer het besluit aan de verzoeker is bekendgemaakt.")
    if Publicatie.objects.filter(verzoek=verzoek).exists():
        raise ValidationError("Dit verzoek heeft al een publicatie.")
    problemen = publicatieklaar(verzoek)
    if problemen:
        raise ValidationError(["Nog niet te publiceren:"] + problemen)


@transaction.atomic
def publiceer(
    verzoek: Verzoek,
    *,
    door: Gebruiker,
    vandaag: date | None = None,
    gecontroleerd: Mapping[Controlesleutel, list[str]] | None = None,
) -> Publicatie:
    """The explicit publish action. With an objection expected, the package waits until the
    publication date (Woo art. 4.4 lid 5); ``publiceer_gepland`` releases it then.
    ``gecontroleerd``: verdicts of the checker made before (by ``controlesleutel``: the job
    checks every file before it takes the lock), used only for exactly the same file."""
    verzoek = Verzoek.objects.select_for_update().get(pk=verzoek.pk)
    vereis_publicatierecht(door)
    vandaag = vandaag or timezone.localdate()
    vereis_publiceerbaar(verzoek)
    gepland_op = verzoek.publicatie_op or vandaag
    titel = f"Besluit op Woo-verzoek over {verzoek.onderwerp}" if verzoek.is_verzoek else verzoek.onderwerp
    publicatie = Publicatie.objects.create(
        verzoek=verzoek,
        titel=titel[:400],
        status=Publicatie.Status.GEPLAND,
        informatiecategorie=verzoek.informatiecategorie,
        kamerstuk=verzoek.kamerstuk,
        gepland_op=gepland_op,
        goedgekeurd_door=door,
        goedgekeurd_op=timezone.now(),
    )
    _stel_pakket_samen(publicatie, gecontroleerd or {})
    audit.registreer(
        "woo_publicatie_goedgekeurd",
        door=door,
        subject=verzoek,
        gegevens={"gepland_op": gepland_op.isoformat()},
    )
    if gepland_op <= vandaag:
        maak_openbaar(publicatie, door)
    else:
        zet_status(verzoek, S.WACHT)
        transaction.on_commit(lambda: _plan_vrijgave(gepland_op))
        log(
            verzoek,
            door,
            "woo_publicatie_gepland",
            f"Publicatie goedgekeurd; openbaarmaking op {gepland_op:%d-%m-%Y} (Woo art. 4.4 lid 5)",
        )
    return publicatie


def _plan_vrijgave(dag: date) -> None:
    """Queue the release job for the publication day when the job backend can defer (the
    database backend can); ``ministerie woo publiceer-gepland`` from cron is the fallback."""
    if taak_publiceer_gepland.get_backend().supports_defer:
        moment = timezone.make_aware(datetime.combine(dag, datetime.min.time())) + timedelta(minutes=5)
        taak_publiceer_gepland.using(run_after=moment).enqueue()


@transaction.atomic
def trek_publicatie_in(publicatie: Publicatie, *, door: Gebruiker, reden: str) -> None:
    publicatie = Publicatie.objects.select_for_update().get(pk=publicatie.pk)
    vereis_publicatierecht(door)
    if publicatie.status == Publicatie.Status.INGETROKKEN:
        raise ValidationError("Deze publicatie is al ingetrokken.")
    if not reden.strip():
        raise ValidationError({"reden": "Geef de reden van de intrekking."})
    publicatie.status = Publicatie.Status.INGETROKKEN
    publicatie.ingetrokken_op = timezone.now()
    publicatie.ingetrokken_door = door
    publicatie.reden_intrekking = reden.strip()
    publicatie.save()
    portaalindex.plan_portaalindexering(publicatie)
    log(publicatie.verzoek, door, "woo_publicatie_ingetrokken", f"Publicatie ingetrokken: {reden.strip()}")


def zoek_publicaties(vraag: str, *, aantal: int = 200) -> list[Publicatie]:
    """Full text (the portal's tantivy index) over titles, case number, Kamerstuk and the text
    of every published file; every word must occur; best first."""
    return [t.publicatie for t in portaalindex.zoek(vraag, aantal=aantal).treffers]
