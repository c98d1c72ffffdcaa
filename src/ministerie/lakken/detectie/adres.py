"""Postcodes and street addresses (label POSTCODE_ADRES).

A Dutch postcode ("1234 AB", letters never F, I, O, Q, U or Y, never SA/SD/SS) is a hit, with
the place name that follows it on the same line. A street with a house number is a hit when the
street name has a street suffix ("Kerkstraat 12", "Turfmarkt 147", "Schedeldoekshaven 200"),
when it stands in an address block (the line above a postcode line), or after an address label
("Adres:", "woonachtig aan"). A postbus address is an organisation's and is skipped; so are
article numbers, laws and years, which never carry a street suffix.
"""

from __future__ import annotations

import re
from functools import cache

from .lijsten import lijsten, normaliseer
from .spans import Kandidaat

_PC_LETTER = "[A-EGHJ-NPRSTV-XZ]"
_POSTCODE = re.compile(r"(?<![\w-])([1-9]\d{3})[ \t]?(?!SA|SD|SS)(" + _PC_LETTER + _PC_LETTER + r")(?![\w-])")
_POSTBUS = re.compile(r"(?i)\b(?:postbus|antwoordnummer|pb\.?)\s*\d+[\s,]*$")

_STERK = (
    "straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|hof|park|pad|steeg|markt|haven|wal|"
    "burgwal|plantsoen|boulevard|baan|diep|oever|allee|brink|vest|wetering|vaart|dam|voorhout|"
    "kaai|pleintje|laantje|hoven|zijde"
)
# Suffixes that also end many ordinary words ("Vergadering", "Voortgang", "Paspoort"): they only
# count for a street with a postcode close by or after an address label.
_ZWAK = "ring|erf|gang|poort|kanaal|horst|akker|veld|meer|berg|rade|heuvel|dal|donk|hoek|kamp|polder"
_STRAATWOORD_STERK = re.compile(r"(?i)^(?:[^\W\d_][\w'’.-]*)?(?:" + _STERK + r")$")
_STRAATWOORD_ZWAK = re.compile(r"(?i)^(?:[^\W\d_][\w'’.-]*)?(?:" + _ZWAK + r")$")
_HUISNUMMER = (
    r"\d{1,5}(?![\d:/%]|[.,]\d)(?:[ \t]?[a-zA-Z](?![\w]))?(?:[ \t]?-[ \t]?(?:\d{1,4}|[IVX]{1,4}|hs|"
    r"[a-z]{1,3})(?![\w]))?(?:[ \t](?:bis|hs|huis|boven|beneden|rood|zwart)(?![\w]))?"
)
_STRAAT = re.compile(
    r"(?<![\w'-])((?:(?:[A-Z][\w'’.-]*|\d{1,2}e|van|de|der|den|het|'t|ter|ten|te|op|in|aan|achter|"
    r"voor|over|bij|onder|tegen|la|le)[ \t]+){0,4}"
    r"([A-Z][\w'’.-]*))[ \t]+(" + _HUISNUMMER + r")"
)
_NA_NUMMER_NEE = re.compile(
    r"(?i)^[ \t]*(?:%|procent|euro|eur\b|uur|jaar|jaren|dagen|dag\b|weken|maanden|km|m2|m³|"
    r"meter|x\b|keer|stuks|personen|mensen|woningen|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|jan\b|feb\b|mrt\b|apr\b|jun\b|jul\b|aug\b|sep\b|okt\b|nov\b|dec\b)"
)
_ADRESLABEL = re.compile(
    r"(?i)(?:\b(?:adres|woonadres|bezoekadres|postadres|huisadres|verblijfadres|"
    r"correspondentieadres|straat(?:naam)?)\s*:|\b(?:wonende|woonachtig|woont|gevestigd|"
    r"verblijvend|verblijft|ingeschreven)\s+(?:aan|op|in|te)(?:\s+de|\s+het)?)[ \t]*$"
)
_ZINSWOORD = frozenset(
    "op in aan bij naar via zie adres te voor over tot met uit onder tegen langs vanaf richting "
    "woont wonende en of ook nu".split()
)
_VOORZETSEL = frozenset(
    "van de der den het 't ter ten te op in aan achter voor over bij onder tegen la le".split()
)


@cache
def _plaatsen_regex() -> re.Pattern[str]:
    namen = sorted(lijsten().plaatsen, key=len, reverse=True)
    return re.compile(
        r"[ \t]{1,3}((?:" + "|".join(re.escape(n) for n in namen) + r")(?![\w-]))", re.IGNORECASE
    )


_PLAATS_ALGEMEEN = re.compile(
    r"[ \t]{1,3}((?:'s-)?[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?=[ \t]*(?:$|[,.;)\n]))"
)
_PLAATS_HOOFDLETTERS = re.compile(r"[ \t]{1,3}((?:'S-)?[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3})(?![\w])")


def _plaats_na(tekst: str, pos: int) -> int:
    """End of the place name that follows a postcode at ``pos`` on the same line, or ``pos``."""
    regel_eind = tekst.find("\n", pos)
    regel = tekst[pos : regel_eind if regel_eind >= 0 else len(tekst)]
    for patroon in (_plaatsen_regex(), _PLAATS_HOOFDLETTERS, _PLAATS_ALGEMEEN):
        m = patroon.match(regel)
        if m:
            return pos + m.end(1)
    return pos


def _postcodes(tekst: str) -> list[tuple[int, int, int]]:
    """(start, end of postcode, end with place) for every postcode outside a postbus address."""
    uit = []
    for m in _POSTCODE.finditer(tekst):
        voor = tekst[max(0, m.start() - 40) : m.start()]
        if _POSTBUS.search(voor):
            continue
        # "in 2023 NL", "2024 DG" are years followed by an abbreviation: a real postcode line
        # has a place after it, or stands alone, or follows a label.
        uit.append((m.start(), m.end(), _plaats_na(tekst, m.end())))
    return uit


def _regel_van(tekst: str, pos: int) -> tuple[int, int]:
    start = tekst.rfind("\n", 0, pos) + 1
    eind = tekst.find("\n", pos)
    return start, (eind if eind >= 0 else len(tekst))


def _straat_begin(tekst: str, m: re.Match[str]) -> int:
    """Trim leading lowercase words and non-street capitalised words from a street match."""
    woorden = list(re.finditer(r"\S+", m.group(1)))
    # Leading prepositions/articles belong to the sentence ("aan de Kerkstraat", "Op Spui 21"),
    # but a capitalised article or adjective stays ("De Ruijterkade", "Nieuwe Binnenweg").
    i = 0
    while i < len(woorden) - 1:
        w = woorden[i].group()
        if w in _VOORZETSEL or w.lower() in _ZINSWOORD:
            i += 1
        else:
            break
    return m.start(1) + woorden[i].start()


def vind_adressen(tekst: str) -> list[Kandidaat]:
    uit: list[Kandidaat] = []
    postcodes = _postcodes(tekst)
    for start, _, eind in postcodes:
        uit.append(Kandidaat(start, eind, "POSTCODE_ADRES"))
    pc_starts = [p[0] for p in postcodes]
    stop = lijsten().stopwoorden
    plaatsen = lijsten().plaatsen_genormaliseerd
    for m in _STRAAT.finditer(tekst):
        straatwoord = m.group(2)
        nummer = m.group(3)
        na = tekst[m.end() : m.end() + 15]
        if _NA_NUMMER_NEE.match(na):
            continue
        regel_start, regel_eind = _regel_van(tekst, m.start())
        # A postcode on the same line after the number, or on the next line.
        volgende_eind = tekst.find("\n", regel_eind + 1)
        volgende_eind = volgende_eind if volgende_eind >= 0 else len(tekst)
        pc_dichtbij = any(m.end() <= p <= volgende_eind and p - m.end() < 80 for p in pc_starts)
        begin = _straat_begin(tekst, m)
        voor = tekst[regel_start:begin]
        label = _ADRESLABEL.search(tekst[max(0, begin - 40) : begin]) is not None
        blok = pc_dichtbij and not voor.strip()
        suffix = _STRAATWOORD_STERK.match(straatwoord) is not None or (
            (pc_dichtbij or label) and _STRAATWOORD_ZWAK.match(straatwoord) is not None
        )
        if suffix and normaliseer(straatwoord) in plaatsen:
            suffix = False  # Amsterdam, Schiedam, Zaandam
        if not (suffix or blok or label):
            continue
        getal = re.match(r"\d+", nummer)
        if getal and len(getal.group()) == 4 and 1900 <= int(getal.group()) <= 2099:
            if not (pc_dichtbij or label):
                continue
        if not suffix and not blok:
            # After a label: the street is the run of words right before the number.
            begin = max(begin, regel_start)
        eerste = tekst[begin : m.start(3)].split()
        if eerste and normaliseer(eerste[0]) in stop and len(eerste) > 1 and not suffix:
            continue
        if blok:
            begin = regel_start + (len(voor) - len(voor.lstrip()))
        uit.append(Kandidaat(begin, m.end(3), "POSTCODE_ADRES"))
    return uit
