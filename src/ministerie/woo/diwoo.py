"""DiWoo metadata (https://standaarden.overheid.nl/diwoo/metadata/) for one published file.

One ``diwoo:Document`` per file, as the Woo-index sitemaps expect: identifiers, publisher and
verantwoordelijke as TOOI organisation, official title, information category (TOOI), creation
date, language, format and the document actions with their times. Elements in the order of the
schema's sequence.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from lxml import etree

from . import categorieen

NS = "https://standaarden.overheid.nl/diwoo/metadata/"
VERPLICHT = (
    "DiWoo",
    "publisher",
    "titelcollectie/diwoo:officieleTitel",
    "classificatiecollectie/diwoo:informatiecategorieen/diwoo:informatiecategorie",
    "creatiedatum",
    "documenthandelingen/diwoo:documenthandeling/diwoo:soortHandeling",
    "documenthandelingen/diwoo:documenthandeling/diwoo:atTime",
)


def _el(
    ouder: etree._Element, naam: str, tekst: str | None = None, resource: str | None = None
) -> etree._Element:
    element = etree.SubElement(ouder, f"{{{NS}}}{naam}")
    if resource:
        element.set("resource", resource)
    if tekst is not None:
        element.text = tekst
    return element


def maak_metadata(
    *,
    identifier: str,
    titel: str,
    omschrijving: str,
    informatiecategorie: str,
    creatiedatum: date,
    formaat: tuple[str, str],
    handelingen: Sequence[tuple[tuple[str, str], datetime]],
) -> str:
    wortel = etree.Element(f"{{{NS}}}Document", nsmap={"diwoo": NS})
    diwoo = _el(wortel, "DiWoo")
    _el(_el(diwoo, "identifiers"), "identifier", identifier)
    _el(diwoo, "publisher", categorieen.PUBLISHER_NAAM, categorieen.PUBLISHER_URI)
    _el(diwoo, "verantwoordelijke", categorieen.PUBLISHER_NAAM, categorieen.PUBLISHER_URI)
    _el(_el(diwoo, "titelcollectie"), "officieleTitel", titel)
    if omschrijving:
        _el(_el(diwoo, "omschrijvingen"), "omschrijving", omschrijving)
    klassen = _el(_el(diwoo, "classificatiecollectie"), "informatiecategorieen")
    _el(klassen, "informatiecategorie", categorieen.naam(informatiecategorie), informatiecategorie)
    _el(diwoo, "creatiedatum", creatiedatum.isoformat())
    _el(diwoo, "language", categorieen.TAAL_NL[1], categorieen.TAAL_NL[0])
    _el(diwoo, "format", formaat[1], formaat[0])
    lijst = _el(diwoo, "documenthandelingen")
    for (uri, label), moment in handelingen:
        handeling = _el(lijst, "documenthandeling")
        _el(handeling, "soortHandeling", label, uri)
        _el(handeling, "atTime", moment.replace(microsecond=0, tzinfo=None).isoformat())
    return etree.tostring(wortel, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode()


def controleer_metadata(xml: str | bytes) -> list[str]:
    """Well-formed, right namespace, every required element present and filled."""
    try:
        wortel = etree.fromstring(xml.encode() if isinstance(xml, str) else xml)
    except etree.XMLSyntaxError as fout:
        return [f"Geen goedgevormde XML: {fout}"]
    problemen = []
    if wortel.tag != f"{{{NS}}}Document":
        problemen.append(f"Het wortelelement is {wortel.tag}, niet diwoo:Document.")
    ns = {"diwoo": NS}
    for pad in VERPLICHT:
        gevonden = wortel.findall(f"diwoo:DiWoo/diwoo:{pad}" if pad != "DiWoo" else "diwoo:DiWoo", ns)
        if not gevonden:
            problemen.append(f"Verplicht element ontbreekt: diwoo:{pad}.")
        elif pad != "DiWoo" and not all((e.text or "").strip() for e in gevonden):
            problemen.append(f"Element diwoo:{pad} is leeg.")
    for pad in ("publisher", "classificatiecollectie/diwoo:informatiecategorieen/diwoo:informatiecategorie"):
        for e in wortel.findall(f"diwoo:DiWoo/diwoo:{pad}", ns):
            if not (e.get("resource") or "").startswith("https://identifier.overheid.nl/tooi/"):
                problemen.append(f"diwoo:{pad} heeft geen TOOI-identifier als resource.")
    return problemen
