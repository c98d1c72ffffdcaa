"""Context in which a name is expected: salutations, e-mail headers, signatures, chat speakers.

Each finder returns ``Vak`` regions (character ranges) in which the name detector may accept a
capitalised word that is in no name list, because the layout says a name stands there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .tabel import kolomcellen


def ervoor(tekst: str, pos: int, n: int) -> str:
    """The ``n`` characters before ``pos``."""
    return tekst[max(0, pos - n) : pos]


def erna(tekst: str, pos: int, n: int) -> str:
    """The ``n`` characters from ``pos``."""
    return tekst[pos : pos + n]


@dataclass(frozen=True)
class Vak:
    """A region where a name is expected; ``geheel``: one person written "Surname, Given"."""

    start: int
    end: int
    soort: str
    geheel: bool = False


_AANHEF = re.compile(
    r"(?im)(?:^|:[ \t]+)[ \t>]*(?:beste|geachte|hoi|hallo|dag|hi|hey|hee|lieve|goedemorgen|"
    r"goedemiddag|"
    r"goedenavond|dear|ha|hoihoi|moi|hello|beste\s+collega)\b[ \t,]+([^\n,!:;.?()]{1,60})"
)

# A greeting in the middle of a line (text from a PDF or chat, where lines run together):
# "12 maart 2024 Hoi Robby, ...", "Goedemorgen. Beste Fatima en Said, ...".
_AANHEF_MIDDEN = re.compile(
    r"(?<![\w])(?:Beste|Hoi|Hallo|Hi|Hey|Hee|Hoihoi|Dag|Lieve|Goedemorgen|Goedemiddag|Goedenavond|"
    r"Dear|Hello|Moi)[ \t]+([A-ZÀ-Þ][\w'’-]{1,25}(?:[ \t]+(?:en|&)[ \t]+[A-ZÀ-Þ][\w'’-]{1,25})?)"
    r"(?=[ \t]*[,!])"
)

_KOPLABELS = (
    r"van|aan|cc|bcc|kopie aan|kopie|from|to|verzonden door|afzender|ontvanger|ontvangers|"
    r"aanwezig|afwezig|deelnemers|genodigden|contactpersoon|contactpersonen|opgesteld door|"
    r"behandeld door|auteur|notulist|voorzitter|namens|geadresseerde|sender|recipients?|"
    r"attendees|required|optional|organizer|organisator|naam(?:[ \t]+[a-z]+){0,2}|"
    r"paraaf(?:[ \t]+\w+)?|afgestemd met|met dank aan|ingediend door|melder|gemeld door|"
    r"aanvrager|verzoeker|betrokkene|cliënt|client|klant|behandelaar|ambtenaar|eigenaar|"
    r"bewoner|bewoners|huurder|getuige|getuigen|gesproken met|op naam van|t\.a\.v\.|"
    r"ter attentie van|tav"
)
_KOP = re.compile(r"(?im)^[ \t>*-]*(" + _KOPLABELS + r")[ \t]*:[ \t]*([^\n]*)$")
_KOLOM_NAAM = re.compile(
    r"(?i)^(?:naam|namen|achternaam|voornaam|voornamen|name|medewerker|betrokkene|aanvrager|"
    r"contactpersoon|behandelaar|melder|bewoner|huurder|cliënt|client|deelnemer)$"
)
_PARAAF = re.compile(r"(?i:\bparaaf(?:[ \t]+\w+)?)[ \t]*:[ \t]*([A-Za-z.]{2,8})(?![\w.])")
# "- Jansen: nota aanpassen" (action items, minutes): a name before the colon.
_ACTIEPUNT = re.compile(r"(?m)^[ \t]*[-•*][ \t]*([^\n:]{2,40}?)[ \t]*:[ \t]")
_HAAKJES = re.compile(r"\([^)\n]*\)|\[[^\]\n]*\]|<[^>\n]*>")
_EMAILACHTIG = re.compile(r"\S+@\S+")

_AFSLUITING = re.compile(
    r"(?im)^[ \t]*(?:met\s+)?(?:(?:vriendelijke|hartelijke|beste|warme|collegiale|"
    r"zonnige|sportieve|fijne)\s+)?(?:groet(?:en|jes)?|regards|kind regards|best regards|"
    r"best|cheers|mvg|m\.v\.g\.|hoogachtend|gr\.?|groetjes|dank en groet|alvast bedankt|"
    r"bedankt|thanks)[ \t]*[,.!]?[ \t]*$"
)
_ROLREGEL = re.compile(
    r"(?i)^(?:de|het|namens|voor|per|p\.o\.|i\.o\.|mede namens|team|directie|afdeling|"
    r"ministerie|gemeente|the)\b"
)

_CHAT = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{4,25}\][ \t]*|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]+"
    r"\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*-[ \t]*)([^\n:]{1,60}?):[ \t]"
)
_TEAMS = re.compile(r"(?m)^[ \t]*([^\n\d:<>@]{2,60}?)[ \t]+\d{1,2}:\d{2}[ \t]*$")


_INITIALEN = re.compile(r"^\s*(?:[A-Z][a-z]?\.\s?)+")
_NAAMDEEL = re.compile(r"^\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+[a-z']+){0,3}\s*$")
_EINDE_ITEM = re.compile(r"\s*(?:<|\(|\[| - | – |\||\t)")


def _persoon_achter_komma(deel: str) -> bool:
    """Is "A, B" one person written surname first ("Jansen, Pieter", "Vries, J. de")?"""
    schoon = _EMAILACHTIG.sub(" ", _HAAKJES.sub(" ", deel))
    schoon = _EINDE_ITEM.split(schoon, maxsplit=1)[0]
    if schoon.count(",") != 1:
        return False
    voor, na = (x.strip().strip("'\"") for x in schoon.split(","))
    if not voor or not na or len(voor.split()) > 3:
        return False
    if _INITIALEN.match(na) and re.match(r"^[A-ZÀ-Þ][^\s,]*(?:\s[^\s,]+){0,3}$", voor):
        return True
    # One surname (possibly with particle, possibly double) before the comma, given names after.
    hoofdwoorden = [w for w in re.split(r"[\s-]+", voor) if w[:1].isupper()]
    return 1 <= len(hoofdwoorden) <= 2 and _NAAMDEEL.match(na) is not None


def _kop_items(tekst: str, start: int, eind: int) -> list[Vak]:
    """Split the value of a header line into one region per person."""
    waarde = tekst[start:eind]
    uit: list[Vak] = []
    pos = start
    delen = waarde.split(";")
    for deel in delen:
        if _persoon_achter_komma(deel):
            lengte = len(_EINDE_ITEM.split(deel, maxsplit=1)[0].rstrip())
            begin = len(deel) - len(deel.lstrip(" '\""))
            uit.append(Vak(pos + begin, pos + lengte, "kop", geheel=True))
        else:
            sub = pos
            for stuk in deel.split(","):
                uit.append(Vak(sub, sub + len(stuk), "kop"))
                sub += len(stuk) + 1
        pos += len(deel) + 1
    return uit


_AANSPREKING = re.compile(
    r"(?i:\b(?:dank(?:je(?:wel)?| je(?:wel)?| u)?|bedankt|thanks|thx|top|super|prima|groetjes|"
    r"succes|fijn|ok[eé]?|hoi|hallo|hi|hey|sorry|gefeliciteerd)\b[^\n.!?]{0,40}?),[ \t]+"
    r"([A-ZÀ-Þ][\w'’-]{1,20}(?:[ \t][A-ZÀ-Þ][\w'’-]{1,20})?)[ \t]*[!.?]"
)


# A list of persons under a heading: "Aanwezig:", "Akkoord:", "Aanwezige bewoners:", then one
# item per line ("- Jan de Vries, 14-02-1978", "2. Fatima el Amrani (FEZ)").
_PERSONENLIJST = re.compile(
    r"(?im)^[ \t]*(?:[^\W\d_]+[ \t]+)?(?:aanwezig(?:en|e)?|afwezig(?:en|e)?|deelnemers|genodigden|"
    r"akkoord|parafen|betrokkenen|bewoners|aanvragers|verzoekers|getuigen|ondertekenaars|"
    r"ondertekend door|contactpersonen|sprekers|gesproken met|kopie aan|verzonden aan|"
    r"met medewerking van|personen)[ \t]*:[ \t]*\n"
)
_LIJSTITEM = re.compile(r"[ \t]*(?:[-•*–·]|\d{1,3}[.)])[ \t]+([^\n]*)\n?")
_ITEM_EINDE = re.compile(r",|;|\(|\t|\||:| [-–] ")


def _personenlijsten(tekst: str) -> list[Vak]:
    uit: list[Vak] = []
    for kop in _PERSONENLIJST.finditer(tekst):
        pos = kop.end()
        while (m := _LIJSTITEM.match(tekst, pos)) and m.group(1).strip():
            item = m.group(1)
            einde = _ITEM_EINDE.search(item)
            lengte = einde.start() if einde else len(item)
            uit.append(Vak(m.start(1), m.start(1) + lengte, "kop"))
            pos = m.end()
    return uit


def vind_vakken(tekst: str) -> list[Vak]:
    """All regions where the layout puts a name."""
    vakken: list[Vak] = []
    for m in _AANHEF.finditer(tekst):
        naam = m.group(1).strip()
        if naam.isalpha() and naam.islower() and erna(tekst, m.end(1), 1) in (",", "!"):
            # "hee robby," in a chat: one word in lower case right before the comma.
            vakken.append(Vak(m.start(1), m.end(1), "aanhef_klein"))
        else:
            vakken.append(Vak(m.start(1), m.end(1), "aanhef"))
    for m in _AANHEF_MIDDEN.finditer(tekst):
        vakken.append(Vak(m.start(1), m.end(1), "aanhef"))
    for m in _AANSPREKING.finditer(tekst):
        vakken.append(Vak(m.start(1), m.end(1), "aanhef"))
    for m in _KOP.finditer(tekst):
        if m.group(1).lower().startswith("paraaf"):
            vakken.append(Vak(m.start(2), m.end(2), "initialen"))
        else:
            vakken.extend(_kop_items(tekst, m.start(2), m.end(2)))
    vakken.extend(_tabelcellen(tekst))
    vakken.extend(_personenlijsten(tekst))
    for m in _PARAAF.finditer(tekst):
        vakken.append(Vak(m.start(1), m.end(1), "initialen"))
    for m in _ACTIEPUNT.finditer(tekst):
        vakken.append(Vak(m.start(1), m.end(1), "label"))
    for m in _CHAT.finditer(tekst):
        vakken.append(Vak(m.start(1), m.end(1), "spreker"))
    for m in _TEAMS.finditer(tekst):
        vakken.append(Vak(m.start(1), m.end(1), "spreker"))
    for m in _AFSLUITING.finditer(tekst):
        vakken.extend(_handtekening(tekst, m.end()))
    return vakken


def _tabelcellen(tekst: str) -> list[Vak]:
    """Cells under a "Naam" column of a table (";", tab or "|" separated lines)."""
    return [
        Vak(pos, pos + len(cel), "kop", geheel=cel.count(",") == 1)
        for pos, cel in kolomcellen(tekst, _KOLOM_NAAM)
    ]


def _handtekening(tekst: str, pos: int) -> list[Vak]:
    """The name line of a signature: the first line after the closing that is no role line."""
    gezien = 0
    for regel in re.finditer(r"[^\n]*", tekst[pos : pos + 400]):
        inhoud = regel.group()
        if not inhoud.strip():
            continue
        gezien += 1
        if gezien > 4:
            break
        stripped = inhoud.strip()
        if (
            _ROLREGEL.match(stripped)
            or stripped[0].islower()
            and not re.match(r"(?:mr|drs|ir|ing|dr|prof|ds|bc|mw|dhr|mevr)\.", stripped)
        ):
            continue
        eind = len(inhoud)
        for scheiding in ("|", " - ", " – ", ",", "\t"):
            if scheiding in inhoud:
                eind = min(eind, inhoud.index(scheiding))
        start = pos + regel.start()
        return [Vak(start, start + eind, "handtekening")]
    return []
