"""Structured personal data: e-mail, phone, BSN, IBAN, licence plate, IP address, birth date.

Every pattern is validated where a validator exists: the 11-proef (python-stdnum) for a BSN,
the checksum and country format (schwifty) for an IBAN, the numbering plan (phonenumbers) for
a phone number and ``ipaddress`` for an IP address.
"""

from __future__ import annotations

import ipaddress
import re

import phonenumbers
from schwifty import IBAN
from schwifty.exceptions import SchwiftyException
from stdnum.nl import bsn as stdnum_bsn

from .context import erna, ervoor
from .spans import Kandidaat
from .tabel import kolomcellen

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


def vind_email(tekst: str) -> list[Kandidaat]:
    uit = []
    for m in [*_EMAIL.finditer(tekst), *_EMAIL_VERHULD.finditer(tekst)]:
        lokaal = m.group().split("@", 1)[0].lower()
        if re.split(r"[._+-]", lokaal, maxsplit=1)[0] in _FUNCTIONEEL:
            continue
        uit.append(Kandidaat(m.start(), m.end(), "EMAIL"))
    return uit


# --- phone --------------------------------------------------------------------------------------

# Candidates that phonenumbers' matcher may miss because of unusual separators ("06 - 12 34 56
# 78", "+31 (0)6 ..."): a Dutch number from 0 or +31, or any international number from +.
_TELEFOON_NL = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s.-]*(?:\(0\)[\s.-]*)?|\(0|0)\d(?:[\s./)-]{0,3}\d){8}(?![\d])"
)
_TELEFOON_INT = re.compile(r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[\s./()-]{0,3}\d){6,13}(?!\d)")
_DATUMACHTIG = re.compile(r"^\(?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)|^\d{4}-\d{1,2}-\d{1,2}")


def _telefoon_ok(ruw: str) -> bool:
    if _DATUMACHTIG.match(ruw):
        return False  # "05-08-2021 11:30" in a chat export
    cijfers = re.sub(r"\D", "", ruw)
    if ruw.lstrip("(").startswith("0") and not ruw.startswith("00"):
        if cijfers.startswith(("0800", "0900", "0906", "0909")):
            return False  # free and paid service numbers of organisations
    elif cijfers.startswith(("31800", "31900", "0031800", "0031900")):
        return False
    try:
        nummer = phonenumbers.parse(ruw, "NL")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(nummer)


def vind_telefoon(tekst: str) -> list[Kandidaat]:
    gezien: set[tuple[int, int]] = set()
    uit: list[Kandidaat] = []
    if not any(c.isdigit() for c in tekst):
        return uit
    for treffer in phonenumbers.PhoneNumberMatcher(tekst, "NL", leniency=phonenumbers.Leniency.VALID):
        ruw, begin, eind = treffer.raw_string, treffer.start, treffer.end
        # A number that starts without 0, + or ( is a bare digit string: a BSN, an amount or a
        # case number, not a phone number as people write one.
        if not ruw.startswith(("0", "+", "(")):
            continue
        if begin > 0 and (tekst[begin - 1].isalnum() or tekst[begin - 1] in "-/.,€"):
            continue
        if not _telefoon_ok(ruw):
            continue
        gezien.add((begin, eind))
        uit.append(Kandidaat(begin, eind, "TELEFOON"))
    for patroon in (_TELEFOON_NL, _TELEFOON_INT):
        for m in patroon.finditer(tekst):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in gezien):
                continue
            if _telefoon_ok(m.group()):
                gezien.add((m.start(), m.end()))
                uit.append(Kandidaat(m.start(), m.end(), "TELEFOON"))
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
    r"(?i)\b(?:geboren|geb\.?\s*datum|geboortedatum|geboortedag|geb\.|geb(?=\s*:)|"
    r"date\s+of\s+birth|birth\s*date|dob|d\.o\.b\.)"
    r"(?:[\s:|,(]|op\b|d\.d\.|per\b|te\s+[\w' -]{1,40}?\s+(?:op\s+)?){0,6}?"
    r"(" + _DATUM + r")"
)


# "op 12 maart 1985 geboren", "12-03-1985 geboren te Utrecht".
_GEBOORTE_NA = re.compile(r"(?i)(" + _DATUM + r")[ \t]+(?:geboren|ter wereld gekomen)\b")
_DATUM_RE = re.compile(r"(?i)" + _DATUM)
_KOLOM_GEBOORTE = re.compile(r"(?i)^(?:geboortedatum|geb\.?\s*datum|geboren|date of birth|dob|geboortedag)$")


def _tabelkolommen(tekst: str) -> list[Kandidaat]:
    """Dates in a table column headed "Geboortedatum" (";", tab or "|" separated)."""
    uit: list[Kandidaat] = []
    if not re.search(r"(?i)geb(?:oorte|\.)|date of birth|dob", tekst):
        return uit
    for pos, cel in kolomcellen(tekst, _KOLOM_GEBOORTE):
        m = _DATUM_RE.search(cel)
        if m and not cel[: m.start()].strip() and not cel[m.end() :].strip():
            uit.append(Kandidaat(pos + m.start(), pos + m.end(), "GEBOORTEDATUM"))
    return uit


def vind_geboortedatum(tekst: str) -> list[Kandidaat]:
    uit = [Kandidaat(m.start(1), m.end(1), "GEBOORTEDATUM") for m in _GEBOORTE.finditer(tekst)]
    uit += [Kandidaat(m.start(1), m.end(1), "GEBOORTEDATUM") for m in _GEBOORTE_NA.finditer(tekst)]
    uit += _tabelkolommen(tekst)
    return uit


_DATUM_NA_NAAM = re.compile(r"[ \t]*\((?:\*|geb\.?|geboren)?[ \t]*(" + _DATUM + r")\)")


def geboortedatum_na_naam(tekst: str, namen: list[Kandidaat]) -> list[Kandidaat]:
    """ "Mevrouw Rijn (18-06-1986)": a date in brackets right after a name is a birth date."""
    uit = []
    for k in namen:
        m = _DATUM_NA_NAAM.match(tekst, k.end)
        if m:
            uit.append(Kandidaat(m.start(1), m.end(1), "GEBOORTEDATUM"))
    return uit
