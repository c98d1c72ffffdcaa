"""Transfer (overbrenging) to the Nationaal Archief: the package with MDTO metadata.

For each item due for transfer (valuation bewaren, term ended on or before ``tot``, not
destroyed): its file ``<n>.<ext>``, beside it ``<n>.mdto.xml`` (the informatieobject) and
``<n>.<ext>.mdto.xml`` (the bestand, with its SHA-256 in MDTO's checksum element). Every XML
document is validated against the MDTO-XML 1.0.1 schema before the package counts as written;
a manifest (SHA-256 of every file) and the transfer record follow.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from lxml import etree

from ministerie.core import audit
from ministerie.core.rubricering import Rubricering

from . import zoekbron
from .models import Item, Overbrenging

SCHEMA = Path(__file__).parent / "mdto" / "MDTO-XML1.0.1.xsd"
NS = "https://www.nationaalarchief.nl/mdto"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
BRON = "Ministerie — archief sleutelfunctionarissen"
ARCHIEFVORMER = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"


@cache
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def valideer(pad: Path) -> list[str]:
    """The schema's complaints about the XML file (empty when valid)."""
    try:
        document = etree.parse(str(pad))
    except etree.XMLSyntaxError as fout:
        return [str(fout)]
    s = schema()
    if s.validate(document):
        return []
    return [f"regel {f.line}: {f.message}" for f in s.error_log][:20]


def _el(ouder: etree._Element, naam: str, tekst: str | None = None) -> etree._Element:
    element = etree.SubElement(ouder, f"{{{NS}}}{naam}")
    if tekst is not None:
        element.text = tekst
    return element


def _identificatie(ouder: etree._Element, kenmerk: str, naam: str = "identificatie") -> None:
    ident = _el(ouder, naam)
    _el(ident, "identificatieKenmerk", kenmerk)
    _el(ident, "identificatieBron", BRON)


def _begrip(ouder: etree._Element, naam: str, label: str, lijst: str, code: str | None = None) -> None:
    begrip = _el(ouder, naam)
    _el(begrip, "begripLabel", label)
    if code:
        _el(begrip, "begripCode", code)
    _el(_el(begrip, "begripBegrippenlijst"), "verwijzingNaam", lijst)


def _verwijzing(ouder: etree._Element, naam: str, tekst: str, kenmerk: str | None = None) -> None:
    verwijzing = _el(ouder, naam)
    _el(verwijzing, "verwijzingNaam", tekst)
    if kenmerk:
        _identificatie(verwijzing, kenmerk, "verwijzingIdentificatie")


def _wortel() -> etree._Element:
    return etree.Element(f"{{{NS}}}MDTO", nsmap={None: NS, "xsi": XSI})


def informatieobject_xml(item: Item, bestandsnaam: str) -> bytes:
    wortel = _wortel()
    io = _el(wortel, "informatieobject")
    _identificatie(io, f"archief-{item.pk}")
    _el(io, "naam", (item.titel or item.bestandsnaam or f"Stuk {item.pk}")[:500])
    _begrip(io, "aggregatieniveau", "Archiefstuk", "Begrippenlijst Aggregatieniveau MDTO")
    _begrip(io, "classificatie", item.regel.categorie, "Selectielijst ministerie (archief)")
    if item.afzender:
        _el(io, "omschrijving", f"Van: {item.afzender}"[:1000])
    if item.datum:
        dekking = _el(io, "dekkingInTijd")
        _begrip(dekking, "dekkingInTijdType", "Verzenddatum" if item.soort == "mail" else "Datum",
                "Begrippenlijst DekkingInTijdType MDTO")  # fmt: skip
        _el(dekking, "dekkingInTijdBegindatum", timezone.localtime(item.datum).date().isoformat())
    _el(io, "taal", "nl")
    bewaren = item.regel.waardering == "bewaren"
    label, code = ("Blijvend te bewaren", "B") if bewaren else ("Te vernietigen", "V")
    _begrip(io, "waardering", label, "Begrippenlijst Waarderingen MDTO", code)
    termijn = _el(io, "bewaartermijn")
    if item.datum:
        _el(termijn, "termijnStartdatumLooptijd", timezone.localtime(item.datum).date().isoformat())
    _el(termijn, "termijnLooptijd", f"P{item.regel.termijn_jaren}Y")
    _el(termijn, "termijnEinddatum", item.termijn_tot.isoformat())
    _begrip(io, "informatiecategorie", item.regel.omschrijving[:300], "Selectielijst ministerie (archief)",
            item.regel.categorie)  # fmt: skip
    _verwijzing(io, "heeftRepresentatie", bestandsnaam, f"archief-{item.pk}-bestand")
    _verwijzing(io, "archiefvormer", ARCHIEFVORMER)
    betrokkene = _el(io, "betrokkene")
    _begrip(
        betrokkene, "betrokkeneTypeRelatie", "Sleutelfunctionaris", "Begrippenlijst BetrokkeneTypeRelatie"
    )
    _verwijzing(betrokkene, "betrokkeneActor", item.functionaris.persoon.naam, item.functionaris.code)
    beperking = _el(io, "beperkingGebruik")
    openbaar = item.rubricering == Rubricering.OPENBAAR
    _begrip(beperking, "beperkingGebruikType", "Openbaar" if openbaar else "Niet openbaar",
            "Begrippenlijst BeperkingGebruikType MDTO")  # fmt: skip
    if not openbaar:
        _el(
            beperking, "beperkingGebruikNadereBeschrijving", f"Gerubriceerd: {item.get_rubricering_display()}"
        )
    return etree.tostring(wortel, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def bestand_xml(item: Item, bestandsnaam: str, controlesom: str) -> bytes:
    wortel = _wortel()
    b = _el(wortel, "bestand")
    _identificatie(b, f"archief-{item.pk}-bestand")
    _el(b, "naam", bestandsnaam)
    _el(b, "omvang", str(item.grootte))
    _begrip(b, "bestandsformaat", item.mime, "IANA Media Types")
    checksum = _el(b, "checksum")
    _begrip(checksum, "checksumAlgoritme", "SHA-256", "Begrippenlijst ChecksumAlgoritme MDTO")
    _el(checksum, "checksumWaarde", controlesom)
    _el(checksum, "checksumDatum", timezone.localtime().replace(microsecond=0, tzinfo=None).isoformat())
    _verwijzing(b, "isRepresentatieVan", (item.titel or f"Stuk {item.pk}")[:500], f"archief-{item.pk}")
    return etree.tostring(wortel, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def over_te_brengen(tot: date) -> Any:
    return Item.objects.filter(
        regel__waardering="bewaren",
        termijn_tot__lte=tot,
        vernietigd_op__isnull=True,
        overgebracht_op__isnull=True,
    ).select_related("regel", "functionaris__persoon")


def exporteer(uit: Path, *, tot: date, door: Any) -> Overbrenging:
    """Write the transfer package to ``uit`` (an empty or new folder) and record the transfer."""
    if uit.exists() and any(uit.iterdir()):
        raise ValidationError(f"De map '{uit}' is niet leeg; kies een nieuwe map voor het pakket.")
    items = list(over_te_brengen(tot).order_by("pk"))
    if not items:
        raise ValidationError(f"Er zijn geen stukken over te brengen tot en met {tot:%d-%m-%Y}.")
    uit.mkdir(parents=True, exist_ok=True)
    manifest: list[str] = []
    for item in items:
        bron = item.pad
        naam = f"{item.pk}{bron.suffix or '.bin'}"
        doel = uit / naam
        shutil.copyfile(bron, doel)
        controlesom = hashlib.sha256(doel.read_bytes()).hexdigest()
        if controlesom != item.sha256:
            shutil.rmtree(uit)
            raise ValidationError(
                f"Het bestand van stuk {item.pk} ({bron}) wijkt af van zijn controlesom; draai "
                "'ministerie archief controleer'. Er is geen pakket geschreven."
            )
        (uit / f"{item.pk}.mdto.xml").write_bytes(informatieobject_xml(item, naam))
        (uit / f"{naam}.mdto.xml").write_bytes(bestand_xml(item, naam, controlesom))
        for xml in (uit / f"{item.pk}.mdto.xml", uit / f"{naam}.mdto.xml"):
            fouten = valideer(xml)
            if fouten:
                shutil.rmtree(uit)
                raise ValidationError(f"{xml.name} voldoet niet aan het MDTO-schema: {'; '.join(fouten)}")
    for pad in sorted(uit.iterdir()):
        manifest.append(f"{hashlib.sha256(pad.read_bytes()).hexdigest()}  {pad.name}")
    manifest_tekst = "\n".join(manifest) + "\n"
    (uit / "manifest-sha256.txt").write_text(manifest_tekst, encoding="utf-8")
    with transaction.atomic():
        nu = timezone.now()
        Item.objects.filter(pk__in=[i.pk for i in items]).update(overgebracht_op=nu)
        zoekbron.plan(i.pk for i in items)
        record = Overbrenging.objects.create(
            map=str(uit.resolve())[:1000],
            tot=tot,
            aantal_items=len(items),
            aantal_bestanden=len(items),
            manifest_sha256=hashlib.sha256(manifest_tekst.encode()).hexdigest(),
            door=audit._actor(door)[1],
        )
        audit.registreer(
            "archief_overgebracht",
            door=door,
            subject=record,
            gegevens={
                "map": record.map,
                "tot": tot.isoformat(),
                "aantal": len(items),
                "manifest": record.manifest_sha256,
            },
        )
    return record
