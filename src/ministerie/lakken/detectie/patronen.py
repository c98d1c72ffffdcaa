"""Structured personal data: e-mail, phone, BSN, IBAN, licence plate, IP address, birth date.

Every pattern is validated where a validator exists: the 11-proef (python-stdnum) for a BSN,
the checksum and country format (schwifty) for an IBAN, the numbering plan (phonenumbers) for
a phone number and ``ipaddress`` for an IP address.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Sequence

import phonenumbers
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from stdnum.nl import bsn as stdnum_bsn

from .context import erna, ervoor
from .spans import Kandidaat
from .tabel import SCHEIDINGEN, kolomcellen

# --- e-mail -----------------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.%+'-])[A-Za-z0-9](?:[A-Za-z0-9._%+'-]*[A-Za-z0-9_%+-])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
# Functional mailboxes of organisations are not personal data.
_FUNCTIONEEL = frozenset(
    """info woo wob postbus secretariaat servicedesk noreply no-reply donotreply privacy fg
    helpdesk contact communicatie pers press support admin webmaster klantenservice receptie
    post mail team office algemeen bezwaar bezwaren klachten klacht service facturen factuur
    administratie dpo avg inkoop vacatures sales marketing redactie ict it beheer planning
    meldpunt loket balie publieksvoorlichting voorlichting""".split()
)


# Addresses written to dodge harvesters: "p.jansen[at]minbzk.nl", "p.jansen (at) gmail.com",
# "p.jansen @ gmail.com".
_EMAIL_VERHULD = re.compile(
    r"(?<![\w.%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]*"
    r"(?:\s?[\[({]\s?(?:at|AT|apenstaart)\s?[\])}]\s?|\s(?:at|AT)\s|\s@\s?|@\s)"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.|\s?[\[(]dot[\])]\s?))+[A-Za-z]{2,24}(?![\w-])"
)


# Words that are also surnames or given names ("jan.post@"): only as the first part.
_FUNCTIONEEL_ALLEEN_VOORAAN = frozenset(
    "post mail team office algemeen beheer planning service sales".split()
)


def is_functioneel(adres: str) -> bool:
    """Is the e-mail address a functional mailbox ("woo-verzoeken@", "info@", "postbus@",
    "dgo-secretariaat@")?"""
    lokaal = adres.split("@", 1)[0].lower()
    if re.split(r"[._+-]", lokaal, maxsplit=1)[0] in _FUNCTIONEEL:
        return True
    # Not after "+": "s.dewit+woo@gmail.com" is a person's address with a tag.
    delen = re.split(r"[._-]", lokaal.split("+", 1)[0])
    return any(d in _FUNCTIONEEL and d not in _FUNCTIONEEL_ALLEEN_VOORAAN for d in delen[1:])


def vind_email(tekst: str) -> list[Kandidaat]:
    """Personal e-mail addresses (EMAIL) and functional mailboxes (FUNCTIONEEL_ADRES, a signal:
    kept, but shown in the review)."""
    uit = []
    for m in [*_EMAIL.finditer(tekst), *_EMAIL_VERHULD.finditer(tekst)]:
        label = "FUNCTIONEEL_ADRES" if is_functioneel(m.group()) else "EMAIL"
        uit.append(Kandidaat(m.start(), m.end(), label))
    return uit


# --- phone --------------------------------------------------------------------------------------

# A phone number is recognised by its shape, not by the number ranges in use today (the number
# plan changes; "06-98765432" is a phone number to the reader even if no operator has that
# block yet). Dutch: a trunk 0 or +31/0031, then nine digits that do not start with 0, written
# in groups as people write them ("06-12345678", "020 123 4567", "0111 12 34 56", "+31 (0)6 ...").
# International: + or 00 and a country code, as long as the length is possible for that country.
_TELEFOON_NL = re.compile(
    r"(?<![\w+€$/,-])(?<!\d\.)(?:(?:\+|00)31[ \t.-]*(?:\(0\)[ \t.-]*)?|\(0|0)[1-9]"
    r"(?:(?:[ \t./)-]|[ \t]?[-–][ \t]?){0,3}\d){8}(?!\d|[.,-]\d)"
)
_TELEFOON_NA_STREEP = re.compile(
    r"[ \t]?/[ \t]?((?:(?:\+|00)31[ \t.-]*(?:\(0\)[ \t.-]*)?|0)[1-9](?:[ \t.-]{0,2}\d){8})(?!\d)"
)
_TELEFOON_INT = re.compile(r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[\s./()-]{0,3}\d){6,13}(?!\d)")
# "05-08-2021 11:30" is a date; "06.12.34.56.78" goes on after the "year": a phone number.
_DATUMACHTIG = re.compile(r"^\(?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d|[-/.]\d)|^\d{4}-\d{1,2}-\d{1,2}")
# Numbers of organisations (free and paid service numbers): not personal data.
_DIENSTNUMMERS = ("800", "900", "906", "909")
# A reference number, amount or account right before the digits: "kenmerk 0612345678".
_GEEN_TELEFOON_VOOR = re.compile(
    r"(?i)(?:kenmerk|zaak(?:nummer|nr)|dossier(?:nummer|nr)?|factuur(?:nummer|nr)?|order(?:nummer|nr)|"
    r"klant(?:nummer|nr)|polis(?:nummer|nr)?|registratie(?:nummer|nr)|referentie(?:nummer)?|"
    r"artikel(?:nummer|nr)?|relatie(?:nummer|nr)|contract(?:nummer|nr)|verzoek(?:nummer|nr)|"
    r"documentnummer|volgnummer|projectnummer|kvk(?:-nummer)?|btw(?:-nummer)?|rsin|iban|"
    r"sofi(?:nummer)?|paspoort(?:nummer)?|rijbewijs(?:nummer)?|pasnummer|meldnummer|"
    r"ticket(?:nummer)?|incident(?:nummer)?|aanvraagnummer|"
    r"rekening(?:nummer)?|bsn|burgerservicenummer|isbn|bedrag|€|eur|euro|\bnr\.?|\bno\.?)"
    r"(?:[\s:.#]|\b(?:is|was|luidt|wordt)\b)*$"
)
_TELEFOON_VOOR = re.compile(
    r"(?i)\b(?:tel|telefoon|telefoonnummer|telefonisch|mobiel|mob|gsm|fax|bel|bellen|belt|"
    r"bereikbaar|nummer|phone|mobile|whatsapp|sms|t|m|f)[\s:.]*$"
)
_IBAN_VORM = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}(?![A-Za-z0-9])")


def _groepen_nl(ruw: str) -> bool:
    """Are the digit groups of a Dutch number written the way phone numbers are grouped?"""
    groepen = re.findall(r"\d+", ruw)
    if ruw.startswith(("+", "00")):
        # "+31 6 1234 5678": the country code, then the area code (1-3 digits), then groups.
        if groepen[0] in ("0031", "31"):
            groepen = groepen[1:]
        if groepen and groepen[0] == "0":  # "(0)"
            groepen = groepen[1:]
        if len(groepen) == 1:
            return True
        return 1 <= len(groepen[0]) <= 3 and all(len(g) >= 2 for g in groepen[1:]) and len(groepen) <= 5
    if len(groepen) == 1:
        return True
    return 2 <= len(groepen[0]) <= 4 and all(len(g) >= 2 for g in groepen[1:]) and len(groepen) <= 5


def _nl_vorm_ok(ruw: str) -> bool:
    if _DATUMACHTIG.match(ruw):
        return False
    cijfers = re.sub(r"\D", "", ruw)
    nationaal = (
        cijfers[4:] if cijfers.startswith("0031") else cijfers[2:] if cijfers.startswith("31") else cijfers
    )
    nationaal = nationaal.removeprefix("0")
    if len(nationaal) != 9 or nationaal.startswith(_DIENSTNUMMERS):
        return False
    return _groepen_nl(ruw)


def _telefoon_ok(ruw: str) -> bool:
    if _DATUMACHTIG.match(ruw):
        return False  # "05-08-2021 11:30" in a chat export
    cijfers = re.sub(r"\D", "", ruw)
    if ruw.lstrip("(").startswith("0") and not ruw.startswith("00"):
        if cijfers.startswith(tuple("0" + d for d in _DIENSTNUMMERS)):
            return False
        return _nl_vorm_ok(ruw) or _geldig(ruw)
    if cijfers.startswith(("31", "0031")):
        return _nl_vorm_ok(ruw)
    try:
        nummer = phonenumbers.parse(ruw, "NL")
    except phonenumbers.NumberParseException:
        return False
    # Abroad too the shape counts: a length that is possible for the country code.
    return phonenumbers.is_possible_number(nummer) and len(re.findall(r"\d+", ruw)) <= 7


def _geldig(ruw: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(ruw, "NL"))
    except phonenumbers.NumberParseException:
        return False


def _context_ok(tekst: str, begin: int) -> bool:
    """Not a phone number when a reference word or currency stands right before it, unless a
    phone word does ("Tel. 06...", "bel 06...")."""
    voor = ervoor(tekst, begin, 30)
    if _TELEFOON_VOOR.search(voor):
        return True
    return _GEEN_TELEFOON_VOOR.search(voor) is None


def vind_telefoon(tekst: str) -> list[Kandidaat]:
    gezien: list[tuple[int, int]] = []
    uit: list[Kandidaat] = []
    if not any(c.isdigit() for c in tekst):
        return uit
    codes = [(m.start(), m.end()) for m in _IBAN_VORM.finditer(tekst)]

    def neem(begin: int, eind: int) -> None:
        if any(s <= begin and eind <= e for s, e in codes) or not _context_ok(tekst, begin):
            return
        gezien.append((begin, eind))
        uit.append(Kandidaat(begin, eind, "TELEFOON"))

    for treffer in phonenumbers.PhoneNumberMatcher(tekst, "NL", leniency=phonenumbers.Leniency.VALID):
        ruw, begin, eind = treffer.raw_string, treffer.start, treffer.end
        # A number that starts without 0, + or ( is a bare digit string: a BSN, an amount or a
        # case number, not a phone number as people write one.
        if not ruw.startswith(("0", "+", "(")):
            continue
        if begin > 0 and (tekst[begin - 1].isalnum() or tekst[begin - 1] in "-/.,€"):
            continue
        if _telefoon_ok(ruw):
            neem(begin, eind)
    for patroon in (_TELEFOON_NL, _TELEFOON_INT):
        for m in patroon.finditer(tekst):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in gezien):
                continue
            if _telefoon_ok(m.group()):
                neem(m.start(), m.end())
    # "06-98765432/06-12345678": a second number right after a slash.
    for _, eind in list(gezien):
        tweede = _TELEFOON_NA_STREEP.match(tekst, eind)
        if tweede and _telefoon_ok(tweede.group(1)) and not any(s <= tweede.start(1) < e for s, e in gezien):
            gezien.append((tweede.start(1), tweede.end(1)))
            uit.append(Kandidaat(tweede.start(1), tweede.end(1), "TELEFOON"))
    return uit


# --- BSN ----------------------------------------------------------------------------------------

_BSN = re.compile(
    r"(?<![\w.,€$/+-])(?<!\d )"
    r"(\d{9}|\d{3}[. ]\d{3}[. ]\d{3}|\d{4}\.\d{2}\.\d{3}|\d{2}\.\d{3}\.\d{4})"
    r"(?![\w]|[.,/-]\d| \d)"
)
_BSN_JA = re.compile(r"(?i)\b(?:bsn|burgerservicenummer|sofi|sofinummer|burgerservice)\b")
_BSN_NEE = re.compile(
    r"(?i)(?:€|\beur\b|\beuro\b|bedrag|kenmerk|zaaknummer|zaaknr|dossiernummer|dossiernr|"
    r"factuurnummer|factuur|ordernummer|referentie|polisnummer|klantnummer|relatienummer|"
    r"artikelnummer|registratienummer|kvk|btw|rsin|iban|rekening|\bnr\.?|nummer)"
)
_BEDRAG_NA = re.compile(r"(?i)^\s*(?:euro|eur\b|miljoen|mln|,-|,\d)")


_BSN_STREEP = re.compile(r"(?<![\w-])(\d{3}-\d{3}-\d{3}|\d{4}-\d{2}-\d{3})(?![\w-])")


def vind_bsn(tekst: str) -> list[Kandidaat]:
    uit = []
    for m in _BSN_STREEP.finditer(tekst):
        # Dashes are common in case numbers: only with "BSN" or "burgerservicenummer" before.
        cijfers = m.group(1).replace("-", "")
        if stdnum_bsn.is_valid(cijfers) and _BSN_JA.search(ervoor(tekst, m.start(), 40)):
            uit.append(Kandidaat(m.start(1), m.end(1), "BSN"))
    for m in _BSN.finditer(tekst):
        cijfers = re.sub(r"\D", "", m.group(1))
        if len(cijfers) != 9 or not stdnum_bsn.is_valid(cijfers):
            continue
        voor = ervoor(tekst, m.start(), 40)
        ja = _BSN_JA.search(voor) is not None
        if not ja:
            if _BSN_NEE.search(voor[-25:]) or _BEDRAG_NA.match(erna(tekst, m.end(), 12)):
                continue
        uit.append(Kandidaat(m.start(1), m.end(1), "BSN"))
    return uit


# --- IBAN ---------------------------------------------------------------------------------------

_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}(?![A-Za-z0-9])")


def _geldige_iban(kandidaat: str) -> bool:
    try:
        IBAN(kandidaat, validate_bban=True)
    except (SchwiftyException, ValueError):
        return False
    return True


# Lower case, only without spaces ("nl91abna0417164300"), as people type it.
_IBAN_KLEIN = re.compile(r"(?<![A-Za-z0-9])[a-z]{2}\d{2}[a-z0-9]{10,30}(?![A-Za-z0-9])")


def vind_iban(tekst: str) -> list[Kandidaat]:
    uit = [
        Kandidaat(m.start(), m.end(), "IBAN")
        for m in _IBAN_KLEIN.finditer(tekst)
        if _geldige_iban(m.group().upper())
    ]
    for m in _IBAN.finditer(tekst):
        stuk = m.group()
        # The pattern is greedy across spaces; drop trailing groups until the checksum holds.
        while len(stuk.replace(" ", "")) >= 12:
            if _geldige_iban(stuk.replace(" ", "")):
                uit.append(Kandidaat(m.start(), m.start() + len(stuk), "IBAN"))
                break
            if " " not in stuk:
                break
            stuk = stuk.rsplit(" ", 1)[0]
    return uit


# --- licence plate ------------------------------------------------------------------------------

_L, _D = "[A-Z]", r"\d"
_SIDECODES = [
    "LL-DD-DD",
    "DD-DD-LL",
    "DD-LL-DD",
    "LL-DD-LL",
    "LL-LL-DD",
    "DD-LL-LL",
    "DD-LLL-D",
    "D-LLL-DD",
    "LL-DDD-L",
    "L-DDD-LL",
    "LLL-DD-L",
    "L-DD-LLL",
    "D-LL-DDD",
    "DDD-LL-D",
]


def _sidecode_regex(code: str, streepje: str) -> str:
    return streepje.join("".join(_L if c == "L" else _D for c in deel) for deel in code.split("-"))


_KENTEKEN = re.compile(
    r"(?<![\w-])(?:" + "|".join(_sidecode_regex(c, "-") for c in _SIDECODES) + r")(?![\w-])"
)
_KENTEKEN_ZONDER = re.compile(
    r"(?i:kenteken(?:nummer)?|license plate|nummerbord)[\s:]*(?:\w+\s){0,2}?("
    + "|".join(_sidecode_regex(c, "") for c in _SIDECODES)
    + r")(?![\w-])"
)


def vind_kenteken(tekst: str) -> list[Kandidaat]:
    uit = [Kandidaat(m.start(), m.end(), "KENTEKEN") for m in _KENTEKEN.finditer(tekst)]
    uit += [Kandidaat(m.start(1), m.end(1), "KENTEKEN") for m in _KENTEKEN_ZONDER.finditer(tekst)]
    return uit


# --- IP address ---------------------------------------------------------------------------------

_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:.])(?=[0-9A-Fa-f:]*::?[0-9A-Fa-f]*:)[0-9A-Fa-f:]{3,39}(?![\w:])")
_IP_NEE = re.compile(
    r"(?i)(?:artikel|art\.|paragraaf|par\.|§|hoofdstuk|versie|\bv\.?|lid|bijlage|onderdeel|"
    r"\bnr\.?|tabel|figuur|punt|stap|release|build|sectie|afdeling)\s*$"
)
_IP_JA = re.compile(
    r"(?i)\bip\b|ip-adres|ip adres|ipv4|ipv6|adres|host|vanaf|van|from|server|firewall|router|"
    r"proxy|gateway|subnet|netwerk|\bdns\b|\bvpn\b"
)
# Words that refer to a section of a document: "zie 13.2.4.23", "conform 4.10.2.1".
_SECTIE_VERWIJZING = re.compile(
    r"(?i)(?:\bzie(?:\s+ook)?|\bconform|\bvolgens|\bovereenkomstig|\bbedoeld\s+in|\bgenoemd\s+in|"
    r"\bcf\.?|\bvgl\.?|\bt/m|\btot\s+en\s+met|[(,;]\s*zie)\s*$"
)
# A heading: the number alone at the start of a line, followed by a capitalised word.
_KOPTEKST_NA = re.compile(r"^[ \t]+[A-ZÀ-Ý][a-zà-ÿ]")


def _lijkt_sectienummer(tekst: str, m: re.Match[str], voor: str) -> bool:
    """A dotted number with four small parts ("13.2.4.23") that is a section of the document:
    a heading, a cross-reference, or a number whose shorter prefix ("13.2.4") the text uses
    as a number of its own. Not when an IP word stands before it; never with a part of 100
    or more (a section number has no such part)."""
    delen = m.group().split(".")
    if any(int(d) >= 100 for d in delen) or _IP_JA.search(voor):
        return False
    regel = tekst[: m.start()].rsplit("\n", 1)[-1]
    if not regel.strip() and _KOPTEKST_NA.match(tekst[m.end() : m.end() + 3]):
        return True
    if _SECTIE_VERWIJZING.search(voor):
        return True
    for lengte in (3, 2):
        voorvoegsel = re.escape(".".join(delen[:lengte]))
        if re.search(rf"(?<![\w.]){voorvoegsel}(?![\w]|\.\d)", tekst):
            return True
    return False


def vind_ip(tekst: str) -> list[Kandidaat]:
    uit = []
    twijfel: list[re.Match[str]] = []  # small parts, no IP word: a section number of a chapter?
    hoofdstukken: set[str] = set()  # the first two parts of the section numbers found
    for m in _IPV4.finditer(tekst):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        voor = ervoor(tekst, m.start(), 20)
        if _IP_NEE.search(voor):
            continue
        # Version-like numbers with small parts ("3.2.1.4") only count next to an IP word.
        if all(len(d) == 1 for d in m.group().split(".")) and not _IP_JA.search(voor):
            continue
        if _lijkt_sectienummer(tekst, m, voor):
            hoofdstukken.add(".".join(m.group().split(".")[:2]))
            continue
        if all(int(d) < 100 for d in m.group().split(".")) and not _IP_JA.search(voor):
            twijfel.append(m)
            continue
        uit.append(Kandidaat(m.start(), m.end(), "IP_ADRES"))
    # "zie 13.2.4.23 en 13.2.5.1": a number of a chapter whose sections the text numbers
    uit += [
        Kandidaat(m.start(), m.end(), "IP_ADRES")
        for m in twijfel
        if ".".join(m.group().split(".")[:2]) not in hoofdstukken
    ]
    for m in _IPV6.finditer(tekst):
        waarde = m.group()
        if waarde.count(":") < 2:
            continue
        try:
            ipaddress.IPv6Address(waarde)
        except ValueError:
            continue
        if not any(c.isalpha() for c in waarde) and "::" not in waarde and waarde.count(":") < 5:
            continue
        uit.append(Kandidaat(m.start(), m.end(), "IP_ADRES"))
    return uit


# --- birth date ---------------------------------------------------------------------------------

_MAAND = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec|january|february|"
    r"march|may|june|july|october)\.?"
)
_DATUM = (
    r"(?:\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})(?!\d)|\d{4}-\d{1,2}-\d{1,2}(?!\d)"
    r"|\d{1,2}(?:e|ste|de)?\s+" + _MAAND + r"\s+\d{4}(?!\d))"
)
_GEBOORTE = re.compile(
    r"(?i)\b(?:geboren|geb\.?\s*datum|geboortedatum|geboortedag|geb\.|geb(?=\s*:|\s+\d)|"
    r"date\s+of\s+birth|birth\s*date|born|dob|d\.o\.b\.)"
    r"(?:[\s:|,(]|op\b|d\.d\.|per\b|te\s+[\w' -]{1,40}?\s+(?:op\s+)?){0,6}?"
    r"(" + _DATUM + r")"
)


# "op 12 maart 1985 geboren", "12-03-1985 geboren te Utrecht".
_GEBOORTE_NA = re.compile(r"(?i)(" + _DATUM + r")[ \t]+(?:geboren|ter wereld gekomen)\b")
# "De geboortedatum van mevrouw Jansen is 12-03-1985", "Geboortedatum betrokkene: ...": a few
# words between the keyword and the date, within the sentence, none that starts another period.
_GEBOORTE_WOORDEN = re.compile(
    r"(?i)\b(?:geboortedatum|geboren|geb\.|date\s+of\s+birth|birth\s*date|d\.o\.b\.|dob)"
    r"((?:[ \t]+(?!(?:sinds|tot|vanaf|per|na|tijdens|overleden|gestorven|verhuisd|getrouwd|"
    r"gehuwd|in\s+dienst|begonnen|gestart|datum)\b)(?:(?:dhr|mw|mevr|mr|drs|ir|dr|ing)\.|"
    r"[^\W\d_][\w'’-]*),?){1,6})"
    r"[ \t]*(?:is|was|luidt|:)?[ \t]*(" + _DATUM + r")"
)
_DATUM_RE = re.compile(r"(?i)" + _DATUM)
_KOLOM_GEBOORTE = re.compile(
    r"(?i)^(?:geboorte[ -]?datum|geb\.?[ ]?datum|geb\.?[ ]?dat\.?|geb\.|geb|geboren(?:[ ]op)?|"
    r"date[ ]of[ ]birth|birth[ ]?date|d\.?o\.?b\.?|geboortedag)(?:[ ]*\([^)]*\))?[ :]*$"
)


def _tabelkolommen(tekst: str) -> list[Kandidaat]:
    """Dates in a table column headed "Geboortedatum", "Geb. datum", "DOB" (";", tab, "|" or
    "," separated)."""
    uit: list[Kandidaat] = []
    if not re.search(r"(?i)geb(?:oorte|oren|\.|\b)|date of birth|birth|dob|d\.o\.b", tekst):
        return uit
    for pos, cel in kolomcellen(tekst, _KOLOM_GEBOORTE, (*SCHEIDINGEN, ",")):
        m = _DATUM_RE.search(cel)
        if m and not cel[: m.start()].strip() and not cel[m.end() :].strip():
            uit.append(Kandidaat(pos + m.start(), pos + m.end(), "GEBOORTEDATUM"))
    return uit


def vind_geboortedatum(tekst: str) -> list[Kandidaat]:
    uit = [Kandidaat(m.start(1), m.end(1), "GEBOORTEDATUM") for m in _GEBOORTE.finditer(tekst)]
    uit += [Kandidaat(m.start(1), m.end(1), "GEBOORTEDATUM") for m in _GEBOORTE_NA.finditer(tekst)]
    uit += [Kandidaat(m.start(2), m.end(2), "GEBOORTEDATUM") for m in _GEBOORTE_WOORDEN.finditer(tekst)]
    uit += _tabelkolommen(tekst)
    return uit


_DATUM_NA_NAAM = re.compile(r"[ \t]*\((?:\*|geb\.?|geboren)?[ \t]*(" + _DATUM + r")\)")
# "- Jan de Vries, 14-02-1978", "Kees Bakker | 03-07-1990 | Utrecht": a date right after a name,
# as the next item of the line (and nothing but a place or the end of the line after it).
_DATUM_NA_NAAM_LIJST = re.compile(
    r"[ \t]*(?:[,;|–-]|\t)?[ \t]*(" + _DATUM + r")(?=[ \t]*(?:$|[,;|)\t]|[ \t]+(?:te|in|uit)[ \t]))",
    re.MULTILINE,
)
_LIJSTREGEL = re.compile(r"^[ \t]*(?:[-•*–·]|\d{1,3}[.)]|[a-z][.)])[ \t]+")
MINIMALE_LEEFTIJD = 10  # years between a birth date and the other dates of the document


def _jaar(datum: str) -> int | None:
    m = re.search(r"\d{4}", datum)
    if m:
        return int(m.group())
    m = re.search(r"(\d{2})$", datum.strip())
    if not m:
        return None
    twee = int(m.group(1))
    return 1900 + twee if twee > 30 else 2000 + twee


def geboortedatum_na_naam(
    tekst: str, namen: list[Kandidaat], bekend: Sequence[Kandidaat] = (), nu: int | None = None
) -> list[Kandidaat]:
    """Birth dates found through the name before them.

    - "Mevrouw Rijn (18-06-1986)": a date in brackets right after a name.
    - A date as the next item after a name in a list of persons or a table row ("- Jan de Vries,
      14-02-1978"), when it lies at least ``MINIMALE_LEEFTIJD`` years before the document's own
      dates (or, without any, before this year): the date of a meeting, a letter or a
      signature next to a name ("J. Jansen, 12-03-2024") stays.
    """
    uit: list[Kandidaat] = []
    lijst: list[tuple[re.Match[str], int]] = []
    for k in namen:
        m = _DATUM_NA_NAAM.match(tekst, k.end)
        if m:
            uit.append(Kandidaat(m.start(1), m.end(1), "GEBOORTEDATUM"))
            continue
        m = _DATUM_NA_NAAM_LIJST.match(tekst, k.end)
        if m:
            regelbegin = tekst.rfind("\n", 0, k.start) + 1
            lijst.append((m, regelbegin))
    if not lijst:
        return uit
    # A list of persons: a bullet or number before the name, or a table-like line, or two or
    # more such lines.
    regels = {r for _, r in lijst}
    kandidaten = [
        m
        for m, r in lijst
        if len(regels) >= 2 or _LIJSTREGEL.match(tekst, r) or any(c in tekst[r : m.end()] for c in "\t|;")
    ]
    if not kandidaten:
        return uit
    # Dates that are birth dates themselves do not say when the document was written, nor do
    # other dates at the end of list items and table rows (birth dates of people not found).
    eigen = {(m.start(1), m.end(1)) for m, _ in lijst}
    eigen |= {(k.start, k.end) for k in [*uit, *bekend] if k.label == "GEBOORTEDATUM"}
    jaren = []
    for d in _DATUM_RE.finditer(tekst):
        if (d.start(), d.end()) in eigen:
            continue
        regel_begin = tekst.rfind("\n", 0, d.start()) + 1
        regel_eind = tekst.find("\n", d.end())
        regel = tekst[regel_begin : regel_eind if regel_eind >= 0 else len(tekst)]
        if _LIJSTREGEL.match(regel) or any(c in regel for c in "\t|;"):
            continue
        if (j := _jaar(d.group())) is not None:
            jaren.append(j)
    if nu is None:
        from datetime import date

        nu = date.today().year
    referentie = max(jaren) if jaren else nu
    for m in kandidaten:
        jaar = _jaar(m.group(1))
        if jaar is not None and jaar <= referentie - MINIMALE_LEEFTIJD:
            uit.append(Kandidaat(m.start(1), m.end(1), "GEBOORTEDATUM"))
    return uit
