"""ODT with odfpy: every text:p and text:h in document order, and the document's metadata.

``odf.opendocument.load`` is not used: on malformed XML it prints the part to stdout and
carries on with an empty document, and it loads every picture into memory. Here only
``meta.xml`` and ``content.xml`` are parsed, with odfpy's own ``LoadParser`` on a defusedxml
parser, so that a broken part is an error. Walking the tree is iterative, so deep nesting
cannot exhaust the stack.
"""

from __future__ import annotations

import io
import xml.sax
from xml.sax import handler

from defusedxml.sax import make_parser
from odf.element import Element, Node
from odf.load import LoadParser
from odf.namespaces import DCNS, METANS, OFFICENS, TEXTNS
from odf.opendocument import OpenDocument

from .fouten import OnleesbaarBestand
from .herkenning import ODT_MIME
from .limieten import MAX_ODT_ELEMENTEN
from .opschonen import schone_regel
from .typen import Extractie
from .zipcontrole import controleer_xml, lees_lid, open_zip

NAAM = "Het ODT-bestand"
BESCHADIGD = "Het ODT-bestand is beschadigd en kan niet worden gelezen."
VERSLEUTELD = "Het ODT-bestand is versleuteld met een wachtwoord."

_ALINEA = (TEXTNS, "p")
_KOP = (TEXTNS, "h")
_NOOTTEKST = (TEXTNS, "note-body")
_SPATIES = (TEXTNS, "s")
_TAB = (TEXTNS, "tab")
_REGELEINDE = (TEXTNS, "line-break")
#: Not text of the document: deleted text of tracked changes, and comments with their author.
_OVERSLAAN = frozenset({(TEXTNS, "tracked-changes"), (OFFICENS, "annotation")})
#: The most spaces one <text:s text:c="..."/> may stand for.
_MAX_SPATIES = 100


def extraheer_odt(data: bytes) -> Extractie:
    """The text of an ODT: each paragraph and heading on a line; footnotes after their paragraph."""
    with open_zip(data, NAAM) as zf:
        namen = set(zf.namelist())
        if "META-INF/manifest.xml" in namen:
            manifest = lees_lid(zf, "META-INF/manifest.xml", NAAM)
            if b"encryption-data" in manifest:
                raise OnleesbaarBestand(VERSLEUTELD)
        if "content.xml" not in namen:
            raise OnleesbaarBestand(BESCHADIGD)
        controleer_xml(zf, NAAM, MAX_ODT_ELEMENTEN)
        delen = [(deel, lees_lid(zf, deel, NAAM)) for deel in ("meta.xml", "content.xml") if deel in namen]
    document = OpenDocument(ODT_MIME, add_generator=False)
    try:
        for deel, xml_data in delen:
            _laad(document, deel, xml_data)
        regels = list(_regels(document.body))
        metadata = _metadata(document.meta)
    except Exception as fout:  # SAX errors, forbidden DTDs and entities, odfpy's own errors
        raise OnleesbaarBestand(BESCHADIGD) from fout
    return Extractie(tekst="\n".join(regels), paginas=None, metadata=metadata)


def _laad(document: OpenDocument, deel: str, xml_data: bytes) -> None:
    parser = make_parser()
    parser.setFeature(handler.feature_namespaces, True)
    parser.setFeature(handler.feature_external_ges, False)
    parser.setContentHandler(LoadParser(document))
    parser.setErrorHandler(handler.ErrorHandler())
    document._parsing = deel  # LoadParser reads which part it is in
    try:
        bron = xml.sax.xmlreader.InputSource()
        bron.setByteStream(io.BytesIO(xml_data))
        parser.parse(bron)
    finally:
        del document._parsing


def _regels(wortel: Element) -> list[str]:
    """The text of every paragraph and heading under ``wortel``, in document order."""
    regels: list[str] = []
    stapel: list[Node] = [wortel]
    while stapel:
        knoop = stapel.pop()
        if knoop.nodeType != Node.ELEMENT_NODE or knoop.qname in _OVERSLAAN:
            continue
        if knoop.qname in (_ALINEA, _KOP):
            tekst, noten = _alineatekst(knoop)
            regels.append(tekst)
            for noot in noten:
                regels.extend(_regels(noot))
            continue
        stapel.extend(reversed(knoop.childNodes))
    return regels


def _alineatekst(alinea: Element) -> tuple[str, list[Element]]:
    """The text of one paragraph, and the bodies of its footnotes to be read after it."""
    delen: list[str] = []
    noten: list[Element] = []
    stapel: list[Node] = list(reversed(alinea.childNodes))
    while stapel:
        knoop = stapel.pop()
        if knoop.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            delen.append(knoop.data)
            continue
        if knoop.nodeType != Node.ELEMENT_NODE or knoop.qname in _OVERSLAAN:
            continue
        if knoop.qname == _SPATIES:
            delen.append(" " * _aantal_spaties(knoop))
        elif knoop.qname == _TAB:
            delen.append("\t")
        elif knoop.qname == _REGELEINDE:
            delen.append("\n")
        elif knoop.qname == _NOOTTEKST:
            noten.append(knoop)
        else:
            stapel.extend(reversed(knoop.childNodes))
    return "".join(delen), noten


def _aantal_spaties(knoop: Element) -> int:
    try:
        return max(1, min(int(knoop.attributes.get((TEXTNS, "c")) or 1), _MAX_SPATIES))
    except ValueError:
        return 1


def _metadata(meta: Element) -> dict[str, str]:
    waarden: dict[tuple[str, str], str] = {}
    for knoop in meta.childNodes:
        if knoop.nodeType == Node.ELEMENT_NODE and knoop.qname not in waarden:
            waarden[knoop.qname] = schone_regel(
                "".join(k.data for k in knoop.childNodes if k.nodeType == Node.TEXT_NODE)
            )
    metadata: dict[str, str] = {}
    for doel, bronnen in (
        ("titel", [(DCNS, "title")]),
        ("auteur", [(METANS, "initial-creator"), (DCNS, "creator")]),
        ("onderwerp", [(DCNS, "subject")]),
        ("datum", [(METANS, "creation-date"), (DCNS, "date")]),
    ):
        waarde = next((waarden[b] for b in bronnen if waarden.get(b)), "")
        if waarde:
            metadata[doel] = waarde
    return metadata
