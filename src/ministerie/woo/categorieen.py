"""Publisher and information categories as TOOI identifiers (DiWoo metadata).

Sources: the TOOI value list "Woo-informatiecategorieën" as used in the DiWoo metadata schema
(standaarden.overheid.nl/diwoo/metadata, list ``informatiecategorielijst``) and the TOOI
organisation register (identifier.overheid.nl/tooi/id/ministerie). See docs/woo.md.
"""

from __future__ import annotations

TOOI_KERN = "https://identifier.overheid.nl/tooi/def/thes/kern/"

PUBLISHER_URI = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034"
PUBLISHER_NAAM = "ministerie van Binnenlandse Zaken en Koninkrijksrelaties"

# Woo art. 3.3 lid 2 onder i: decisions on Woo requests with the information released.
WOO_VERZOEKEN = TOOI_KERN + "c_3baef532"
# Woo art. 3.3 lid 2 onder b: documents sent to the Staten-Generaal; decision memos disclosed
# with a Kamerstuk are published with it.
VERGADERSTUKKEN_SG = TOOI_KERN + "c_c76862ab"

CATEGORIEEN = {
    WOO_VERZOEKEN: "Woo-verzoeken en -besluiten",
    VERGADERSTUKKEN_SG: "Vergaderstukken Staten-Generaal",
}

# TOOI thesaurus "documenthandelingen"
VASTSTELLING = (TOOI_KERN + "c_641ecd76", "vaststelling")
ONTVANGST = (TOOI_KERN + "c_dfcee535", "ontvangst")

FORMAAT_PDF = ("http://publications.europa.eu/resource/authority/file-type/PDF", "pdf")
FORMAAT_XLSX = ("http://publications.europa.eu/resource/authority/file-type/XLSX", "xlsx")
TAAL_NL = ("http://publications.europa.eu/resource/authority/language/NLD", "Nederlands")


def naam(uri: str) -> str:
    return CATEGORIEEN.get(uri, uri)
