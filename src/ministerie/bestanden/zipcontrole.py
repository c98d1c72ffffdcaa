"""Opening a ZIP container (DOCX, ODT) safely: a ZIP bomb is refused before anything is unpacked.

The checks use what the ZIP declares; that suffices, since Python's ``zipfile`` never
unpacks more bytes from a member than the member declares (it fails on the checksum).
"""

from __future__ import annotations

import io
import zipfile

from .fouten import OnleesbaarBestand
from .limieten import MAX_UITGEPAKT, MAX_XML_ELEMENTEN, MAX_ZIP_LEDEN, getal, megabytes

#: A central directory entry; counting them is a fast upper bound before zipfile reads them.
_CENTRALE_INGANG = b"PK\x01\x02"


def open_zip(data: bytes, naam: str) -> zipfile.ZipFile:
    """Open ``data`` as a ZIP, refusing a corrupt one, one with too many members and a bomb.

    ``naam`` names the kind of file in the Dutch reasons (``"Het Word-bestand"``).
    """
    if data.count(_CENTRALE_INGANG) > MAX_ZIP_LEDEN:
        raise _te_veel_leden(naam)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        leden = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as fout:
        raise OnleesbaarBestand(f"{naam} is beschadigd en kan niet worden gelezen.") from fout
    if len(leden) > MAX_ZIP_LEDEN:
        raise _te_veel_leden(naam)
    uitgepakt = sum(lid.file_size for lid in leden)
    if uitgepakt > MAX_UITGEPAKT:
        raise OnleesbaarBestand(
            f"{naam} is uitgepakt groter dan {megabytes(MAX_UITGEPAKT)} MB "
            "(mogelijk een zogeheten zipbom) en wordt daarom niet gelezen."
        )
    if any(lid.flag_bits & 0x1 for lid in leden):
        raise OnleesbaarBestand(f"{naam} is versleuteld met een wachtwoord.")
    return zf


def lees_lid(zf: zipfile.ZipFile, lid: str, naam: str) -> bytes:
    """The unpacked bytes of member ``lid``; a missing or corrupt member is unreadable."""
    try:
        return zf.read(lid)
    except KeyError as fout:
        raise OnleesbaarBestand(
            f"{naam} is onvolledig (het onderdeel {lid} ontbreekt) en kan niet worden gelezen."
        ) from fout
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as fout:
        raise OnleesbaarBestand(f"{naam} is beschadigd en kan niet worden gelezen.") from fout


def controleer_xml(zf: zipfile.ZipFile, naam: str, grens: int | None = None) -> None:
    """Refuse a container whose XML parts together hold more than ``grens`` tags (by default
    ``MAX_XML_ELEMENTEN``).

    Counts ``<`` in every ``.xml`` and ``.rels`` member: an upper bound on the elements a
    parser would build, found without parsing.
    """
    grens = MAX_XML_ELEMENTEN if grens is None else grens
    tags = 0
    for lid in zf.infolist():
        if lid.is_dir() or not lid.filename.lower().endswith((".xml", ".rels")):
            continue
        tags += lees_lid(zf, lid.filename, naam).count(b"<")
        if tags > grens:
            raise OnleesbaarBestand(
                f"{naam} is te complex om te lezen (meer dan {getal(grens)} XML-elementen)."
            )


def _te_veel_leden(naam: str) -> OnleesbaarBestand:
    return OnleesbaarBestand(
        f"{naam} bevat meer dan {getal(MAX_ZIP_LEDEN)} onderdelen en wordt daarom niet gelezen."
    )
