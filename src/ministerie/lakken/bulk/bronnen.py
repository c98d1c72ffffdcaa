"""The units of a source, in a stable order: the files of a folder (sorted by path), the
members of a ZIP (sorted by name) and the messages of an mbox (in mailbox order).

A ZIP or mbox found inside a folder or ZIP is opened in turn. A unit is read only when it is
processed, so listing (to count, or to skip what a stopped run did already) is cheap.
"""

from __future__ import annotations

import hashlib
import mailbox
import os
import shutil
import zipfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ministerie.bestanden import MAX_BESTANDSGROOTTE
from ministerie.bestanden.herkenning import extensie_van, lijkt_eml

from .typen import BulkFout

#: How deep ZIP archives inside ZIP archives are opened.
MAX_ZIPDIEPTE = 3

#: The largest mailbox or archive inside a ZIP that is unpacked to the work folder.
MAX_UITPAKKEN = 8 * 1024 * 1024 * 1024

MBOX_EXTENSIES = frozenset({"mbox", "mbx"})
UITGEPAKT = "uitgepakt"


@dataclass(frozen=True, slots=True)
class Eenheid:
    """One unit of the source: a file, or a message of a mailbox.

    ``sleutel`` says where it is (``"map/a.docx"``, ``"archief.zip!b.eml"``, ``"post.mbox#12"``),
    ``naam`` is its file name, ``lees`` gives its bytes, ``bericht`` tells that it is a message
    from a mailbox, and ``fout`` is a Dutch reason it cannot be read, known without reading.
    """

    sleutel: str
    naam: str
    lees: Callable[[], bytes]
    bericht: bool = False
    fout: str | None = None


def eenheden(bron: Path, werkmap: Path) -> Generator[Eenheid, None, None]:
    """Every unit of ``bron`` (a folder, a .zip, an mbox or one file), in a stable order."""
    if bron.is_dir():
        yield from _map(bron, werkmap)
    elif bron.is_file():
        yield from _bestand(bron, leesbaar(bron.name), werkmap, 0)
    else:
        raise BulkFout(f"De bron '{bron}' bestaat niet of is geen map of bestand.")


def vingerafdruk(bron: Path, werkmap: Path) -> str:
    """A digest of the source's file names, sizes and modification times: a run may only be
    resumed on the same source."""
    som = hashlib.sha256()
    if bron.is_dir():
        for relatief, pad in _bestanden_in_map(bron, werkmap):
            status = pad.lstat()
            gegevens = f"\0{status.st_size}\0{status.st_mtime_ns}\n".encode()
            som.update(os.fsencode(relatief) + gegevens)
    elif bron.exists():
        status = bron.stat()
        som.update(os.fsencode(bron.name) + f"\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
    else:
        raise BulkFout(f"De bron '{bron}' bestaat niet of is geen map of bestand.")
    return som.hexdigest()


def _bestanden_in_map(bron: Path, werkmap: Path) -> list[tuple[str, Path]]:
    uitsluiten = werkmap.resolve()
    gevonden: list[tuple[tuple[str, ...], Path]] = []
    for map_, submappen, namen in os.walk(bron, followlinks=False):
        huidig = Path(map_)
        submappen[:] = [m for m in submappen if (huidig / m).resolve() != uitsluiten]
        for naam in namen:
            pad = huidig / naam
            gevonden.append((pad.relative_to(bron).parts, pad))
    gevonden.sort(key=lambda paar: paar[0])
    return [("/".join(delen), pad) for delen, pad in gevonden]


def leesbaar(naam: str) -> str:
    """A file name as text: bytes of a name that are no UTF-8 (kept by Python as surrogates)
    become U+FFFD, so that the name can be stored and shown."""
    return naam.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _map(bron: Path, werkmap: Path) -> Iterator[Eenheid]:
    for relatief, pad in _bestanden_in_map(bron, werkmap):
        if pad.is_symlink():
            yield Eenheid(
                leesbaar(relatief),
                leesbaar(pad.name),
                _niets,
                fout="Dit is een snelkoppeling (symbolische koppeling); die wordt niet gevolgd.",
            )
            continue
        yield from _bestand(pad, leesbaar(relatief), werkmap, 0)


def _bestand(pad: Path, sleutel: str, werkmap: Path, diepte: int) -> Iterator[Eenheid]:
    naam = leesbaar(pad.name)
    extensie = extensie_van(naam)
    if extensie == "zip":
        yield from _zip(pad, sleutel, naam, werkmap, diepte)
    elif _is_mbox(pad, extensie):
        yield from _mbox(pad, sleutel, naam)
    else:
        try:
            grootte = pad.stat().st_size
        except OSError:
            grootte = 0
        fout = _te_groot(grootte)
        yield Eenheid(sleutel, naam, partial(_lees_bestand, pad), fout=fout)


def _is_mbox(pad: Path, extensie: str) -> bool:
    if extensie in MBOX_EXTENSIES:
        return True
    if extensie:
        return False
    try:
        with pad.open("rb") as f:
            begin = f.read(64 * 1024)
    except OSError:
        return False
    return begin.startswith(b"From ") and lijkt_eml(begin)


def _zip(pad: Path, sleutel: str, naam: str, werkmap: Path, diepte: int) -> Iterator[Eenheid]:
    try:
        archief = zipfile.ZipFile(pad)
        leden = sorted(
            (lid for lid in archief.infolist() if not lid.is_dir()), key=lambda lid: lid.filename.split("/")
        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        yield Eenheid(sleutel, naam, _niets, fout="Het ZIP-archief is beschadigd en kan niet worden gelezen.")
        return
    with archief:
        if not leden:
            yield Eenheid(sleutel, naam, _niets, fout="Het ZIP-archief is leeg.")
        for lid in leden:
            yield from _zip_lid(archief, lid, f"{sleutel}!{lid.filename}", werkmap, diepte)


def _zip_lid(
    archief: zipfile.ZipFile, lid: zipfile.ZipInfo, sleutel: str, werkmap: Path, diepte: int
) -> Iterator[Eenheid]:
    naam = lid.filename.rsplit("/", 1)[-1]
    extensie = extensie_van(naam)
    if lid.flag_bits & 0x1:
        yield Eenheid(
            sleutel, naam, _niets, fout="Het bestand in het ZIP-archief is versleuteld met een wachtwoord."
        )
        return
    if extensie == "zip" and diepte + 1 >= MAX_ZIPDIEPTE:
        yield Eenheid(
            sleutel,
            naam,
            _niets,
            fout="Het ZIP-archief zit te diep in andere ZIP-archieven en is niet geopend.",
        )
        return
    if extensie == "zip" or extensie in MBOX_EXTENSIES:
        if lid.file_size > MAX_UITPAKKEN:
            yield Eenheid(
                sleutel,
                naam,
                _niets,
                fout="Het archief of postvak in het ZIP-archief is te groot om uit te pakken.",
            )
            return
        try:
            uitgepakt = _pak_uit(archief, lid, sleutel, werkmap)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
            yield Eenheid(
                sleutel,
                naam,
                _niets,
                fout="Het bestand in het ZIP-archief is beschadigd en kan niet worden uitgepakt.",
            )
            return
        if extensie == "zip":
            yield from _zip(uitgepakt, sleutel, naam, werkmap, diepte + 1)
        else:
            yield from _mbox(uitgepakt, sleutel, naam)
        return
    yield Eenheid(sleutel, naam, partial(_lees_lid, archief, lid), fout=_te_groot(lid.file_size))


def _pak_uit(archief: zipfile.ZipFile, lid: zipfile.ZipInfo, sleutel: str, werkmap: Path) -> Path:
    """The member unpacked in the work folder under a name made from its place (never from the
    member's own path); an earlier unpacking of the same size is used again."""
    doelmap = werkmap / UITGEPAKT
    doelmap.mkdir(exist_ok=True)
    doel = doelmap / hashlib.sha256(sleutel.encode()).hexdigest()[:40]
    if doel.exists() and doel.stat().st_size == lid.file_size:
        return doel
    tijdelijk = doel.with_suffix(".deel")
    with archief.open(lid) as bron, tijdelijk.open("wb") as uit:
        shutil.copyfileobj(bron, uit, 1024 * 1024)
    os.replace(tijdelijk, doel)
    return doel


def _mbox(pad: Path, sleutel: str, naam: str) -> Iterator[Eenheid]:
    try:
        postvak = mailbox.mbox(pad, create=False)
        sleutels = postvak.keys()
    except (OSError, mailbox.Error) as fout:
        yield Eenheid(
            sleutel, naam, _niets, fout=f"Het postvak (mbox) kan niet worden gelezen ({type(fout).__name__})."
        )
        return
    try:
        if not sleutels:
            yield Eenheid(sleutel, naam, _niets, fout="Het postvak (mbox) bevat geen berichten.")
        for volgnummer, intern in enumerate(sleutels, start=1):
            yield Eenheid(
                f"{sleutel}#{volgnummer}",
                naam,
                partial(postvak.get_bytes, intern),
                bericht=True,
            )
    finally:
        postvak.close()


def _te_groot(grootte: int) -> str | None:
    if grootte <= MAX_BESTANDSGROOTTE:
        return None
    return (
        f"Het bestand is te groot ({grootte // (1024 * 1024)} MB); de grens is "
        f"{MAX_BESTANDSGROOTTE // (1024 * 1024)} MB."
    )


def _lees_bestand(pad: Path) -> bytes:
    return pad.read_bytes()


def _lees_lid(archief: zipfile.ZipFile, lid: zipfile.ZipInfo) -> bytes:
    return archief.read(lid)


def _niets() -> bytes:
    return b""
