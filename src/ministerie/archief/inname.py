"""Ingest (inname): every item of a source stored once, with fixity, resumable after a crash.

A run is identified by the key official, the kind, the source path and the source's fingerprint
(names, sizes, modification times). Items are handled in batches; each batch commits its items,
its unreadable entries, the counters and the position reached in one transaction. A run that
was stopped (even by SIGKILL) continues at the committed position: nothing is done twice and the
counts are those of an uninterrupted run. Bytes are written to the file store under their
SHA-256 before the batch commits; a file left by a stopped batch is simply written again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ministerie.bestanden import MAX_BESTANDSGROOTTE, OnleesbaarBestand
from ministerie.core import audit
from ministerie.core.permissies import vereis
from ministerie.lakken.bulk.bronnen import vingerafdruk

from . import imap, zoekbron
from .bronnen import BronFout, Gegevens, Stuk, stukken
from .models import Ingestrun, Innamefout, Item, Selectieregel, Sleutelfunctionaris
from .selectielijst import regel_voor, termijn_tot, zorg_voor_selectielijst

BATCH = 200
OPSLAGMAP = "archief"


def opslagpad(sha256: str, extensie: str) -> str:
    """The file's name in the store, relative to MEDIA_ROOT: by content, never by its own name."""
    return f"{OPSLAGMAP}/{sha256[:2]}/{sha256}{extensie}"


def _extensie(bestandsnaam: str) -> str:
    suffix = Path(bestandsnaam).suffix.lower()
    return suffix if 1 < len(suffix) <= 8 and suffix[1:].isalnum() else ".bin"


def schrijf_bestand(relatief: str, data: bytes) -> None:
    """Write ``data`` to the store (atomically: a temporary name, then a rename). No fsync per
    file (5,000 of them would cost minutes); the batch's rows commit after its files are written,
    and a file lost to a power failure is named by the fixity check."""
    doel = Path(settings.MEDIA_ROOT) / relatief
    doel.parent.mkdir(parents=True, exist_ok=True)
    if doel.exists() and doel.stat().st_size == len(data):
        if hashlib.sha256(doel.read_bytes()).hexdigest() == hashlib.sha256(data).hexdigest():
            return
    tijdelijk = doel.with_name(doel.name + ".deel")
    with tijdelijk.open("wb") as uit:
        uit.write(data)
    os.replace(tijdelijk, doel)


def _werkmap(run: Ingestrun) -> Path:
    return Path(settings.DATA_DIR) / "tmp" / f"archief-inname-{run.pk}"


def _vind_of_start(functionaris: Sleutelfunctionaris, soort: str, bron: Path | str, door: Any) -> Ingestrun:
    if imap.is_imap(bron):
        if soort != "mail":
            raise BronFout("Een IMAP-postvak is alleen als soort 'mail' in te nemen.")
        try:
            bron_tekst = str(imap.ontleed_adres(str(bron)))
            afdruk = imap.vingerafdruk(str(bron))
        except imap.ImapFout as fout:
            raise BronFout(str(fout)) from None
    else:
        bron = Path(bron)
        bron_tekst = str(bron.resolve())
        try:
            afdruk = vingerafdruk(bron, Path(settings.DATA_DIR) / "tmp" / "archief-geen")
        except Exception as fout:
            raise BronFout(str(fout)) from None
    bestaand = (
        Ingestrun.objects.filter(
            functionaris=functionaris,
            soort=soort,
            bron=bron_tekst,
            vingerafdruk=afdruk,
            klaar_op__isnull=True,
        )
        .order_by("pk")
        .first()
    )
    if bestaand is not None:
        return bestaand
    with transaction.atomic():
        run = Ingestrun.objects.create(
            functionaris=functionaris,
            soort=soort,
            bron=bron_tekst[:1000],
            vingerafdruk=afdruk,
            door=audit._actor(door)[1],
        )
        audit.registreer(
            "archief_inname_gestart", door=door, subject=run, gegevens={"bron": bron_tekst, "soort": soort}
        )
    return run


def neem_in(
    bron: Path | str,
    *,
    functionaris: Sleutelfunctionaris,
    soort: str,
    door: Any,
    rubricering: int | None = None,
    voortgang: Callable[[Ingestrun], None] | None = None,
    batch: int = BATCH,
) -> Ingestrun:
    """Ingest ``bron`` (a path, or an ``imaps://gebruiker@host/MAP`` account) for
    ``functionaris``; continues a stopped run of the same source."""
    if not isinstance(door, str):
        vereis(door, "archief.beheren")
    zorg_voor_selectielijst()
    run = _vind_of_start(functionaris, soort, bron, door)
    werkmap = _werkmap(run)
    werkmap.mkdir(parents=True, exist_ok=True)
    regels = {r.categorie: r for r in Selectieregel.objects.all()}
    perioden = list(functionaris.perioden.all())
    # Listing is cheap (nothing is read); items are read while iterating, as a mailbox or ZIP
    # can only be read while it is open.
    totaal = sum(1 for _ in stukken(bron, soort, werkmap))
    if run.totaal != totaal:
        Ingestrun.objects.filter(pk=run.pk).update(totaal=totaal)
        run.totaal = totaal
    niveau = Item._meta.get_field("rubricering").default if rubricering is None else rubricering
    deel: list[Stuk] = []
    begin = run.positie
    for nummer, stuk in enumerate(stukken(bron, soort, werkmap)):
        if nummer < run.positie:
            continue
        deel.append(_lees_nu(stuk))
        if len(deel) == batch:
            _verwerk_batch(run, deel, begin, functionaris, soort, regels, perioden, niveau, door)
            begin, deel = run.positie, []
            if voortgang is not None:
                voortgang(run)
    if deel:
        _verwerk_batch(run, deel, begin, functionaris, soort, regels, perioden, niveau, door)
        if voortgang is not None:
            voortgang(run)
    with transaction.atomic():
        run.klaar_op = timezone.now()
        run.save(update_fields=["klaar_op"])
        audit.registreer(
            "archief_inname_klaar",
            door=door,
            subject=run,
            gegevens={"opgeslagen": run.opgeslagen, "dubbel": run.dubbel, "onleesbaar": run.onleesbaar},
        )
    return run


def _lees_nu(stuk: Stuk) -> Stuk:
    """The item with its bytes read now, while its mailbox or archive is open."""
    if stuk.fout:
        return stuk
    try:
        data = stuk.lees()
    except OSError as fout:
        return replace(stuk, fout=f"Niet te lezen ({type(fout).__name__}).")
    except (ValueError, KeyError):
        return replace(stuk, fout="Het onderdeel kan niet uit de bron worden gelezen.")
    return replace(stuk, lees=partial(bytes, data))


def _verwerk_batch(
    run: Ingestrun,
    deel: list[Stuk],
    begin: int,
    functionaris: Sleutelfunctionaris,
    soort: str,
    regels: dict[str, Selectieregel],
    perioden: list,
    rubricering: int,
    door: Any,
) -> None:
    nieuw: dict[str, Item] = {}
    fouten: list[Innamefout] = []
    dubbel = 0
    gelezen: list[tuple[Stuk, bytes, str]] = []
    for stuk in deel:
        if stuk.fout:
            fouten.append(Innamefout(run=run, vindplaats=stuk.vindplaats[:1000], reden=stuk.fout[:500]))
            continue
        try:
            data = stuk.lees()
        except OSError as fout:
            fouten.append(
                Innamefout(
                    run=run,
                    vindplaats=stuk.vindplaats[:1000],
                    reden=f"Niet te lezen ({type(fout).__name__}).",
                )
            )
            continue
        if not data:
            fouten.append(
                Innamefout(
                    run=run, vindplaats=stuk.vindplaats[:1000], reden="Het bericht of bestand is leeg."
                )
            )
            continue
        if len(data) > MAX_BESTANDSGROOTTE:
            fouten.append(
                Innamefout(
                    run=run, vindplaats=stuk.vindplaats[:1000], reden="Het onderdeel is groter dan 50 MB."
                )
            )
            continue
        gelezen.append((stuk, data, hashlib.sha256(data).hexdigest()))
    bekend = dict(Item.objects.filter(sha256__in=[h for _, _, h in gelezen]).values_list("sha256", "pk"))
    gedeeld: list[int] = []
    for stuk, data, controlesom in gelezen:
        if controlesom in bekend or controlesom in nieuw:
            dubbel += 1
            if controlesom in bekend:
                gedeeld.append(bekend[controlesom])
            continue
        try:
            gegevens: Gegevens = stuk.ontleed(data)
        except OnleesbaarBestand as fout:
            fouten.append(Innamefout(run=run, vindplaats=stuk.vindplaats[:1000], reden=fout.reden[:500]))
            continue
        except Exception as fout:  # a reader's own error on malformed input: reported, never fatal
            fouten.append(
                Innamefout(
                    run=run,
                    vindplaats=stuk.vindplaats[:1000],
                    reden=f"Het onderdeel kan niet worden gelezen ({type(fout).__name__}).",
                )
            )
            continue
        regel = regel_voor(soort, gegevens.datum, functionaris, regels, perioden)
        begindag = (gegevens.datum or timezone.now()).date()
        relatief = opslagpad(controlesom, _extensie(gegevens.bestandsnaam))
        schrijf_bestand(relatief, data)
        item = Item(
            functionaris=functionaris,
            soort=soort,
            regel=regel,
            sha256=controlesom,
            grootte=len(data),
            bestandsnaam=gegevens.bestandsnaam[:255],
            mime=gegevens.mime[:120],
            titel=gegevens.titel[:500],
            afzender=gegevens.afzender[:500],
            datum=gegevens.datum,
            draad=gegevens.draad[:500],
            tekst=gegevens.tekst.replace("\x00", ""),
            metadata={**gegevens.metadata, "vaste_waarde_op": timezone.now().isoformat()},
            vindplaats=stuk.vindplaats[:1000],
            rubricering=rubricering,
            run=run,
            termijn_tot=termijn_tot(begindag, regel.termijn_jaren),
        )
        item.bestand.name = relatief
        nieuw[controlesom] = item
    with transaction.atomic():
        Item.objects.bulk_create(nieuw.values())
        Innamefout.objects.bulk_create(fouten)
        # a copy already kept for another key official: this official's archive holds it too
        Koppeling = Item.ook_van.through
        Koppeling.objects.bulk_create(
            [
                Koppeling(item_id=pk, sleutelfunctionaris_id=functionaris.pk)
                for pk in Item.objects.filter(pk__in=gedeeld)
                .exclude(functionaris=functionaris)
                .values_list("pk", flat=True)
            ],
            ignore_conflicts=True,
        )
        # bulk_create sends no post_save: the new items, and those now also of this official
        zoekbron.plan([*(i.pk for i in nieuw.values() if i.pk), *gedeeld])
        run.positie = begin + len(deel)
        run.opgeslagen += len(nieuw)
        run.dubbel += dubbel
        run.onleesbaar += len(fouten)
        run.save(update_fields=["positie", "opgeslagen", "dubbel", "onleesbaar"])
        audit.registreer(
            "archief_inname_batch",
            door=door,
            subject=run,
            gegevens={
                "tot": run.positie,
                "opgeslagen": len(nieuw),
                "dubbel": dubbel,
                "onleesbaar": len(fouten),
            },
        )


def functionaris_met_code(code: str) -> Sleutelfunctionaris:
    try:
        return Sleutelfunctionaris.objects.get(code=code)
    except Sleutelfunctionaris.DoesNotExist:
        raise ValidationError(f"Geen sleutelfunctionaris met code '{code}' in het register.") from None
