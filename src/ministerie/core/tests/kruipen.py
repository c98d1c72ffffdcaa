"""A crawler for the generated "no dead link" tests: it walks the pages a user reaches from the
start pages (Mijn werk, the menu) with the Django test client and reports every link or form a
page offers that the user is refused (403) or that leads nowhere (404, no route).

- Pages are opened breadth-first, same-origin only, bounded: at most ``max_paginas`` pages, and of
  one link shape (digits and query values ignored) at most ``per_vorm`` (one or two detail pages
  of a list, one page of a filter).
- A link that is not opened (over the bound, a download, the API) is checked against the matrix:
  the route must exist and the user must have the action its view names; when the matrix says
  no, the request is made (in a savepoint that is rolled back) and counts only when the view
  refuses too (a view may choose its action per method in ``dispatch``).
- A form with method post (and a button to send it) is checked the same way. An action page (the
  core's ``ActiePagina``) is also submitted, with the values the form shows, inside a savepoint
  that is rolled back: when the service refuses (``PermissionDenied``, or a lifecycle's
  ``OngeldigeOvergang``: the action is no longer possible) the page offered a button the user
  may not use. Input the form does not accept as shown (a field left for the user) is not a
  finding.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from unittest import mock
from urllib.parse import parse_qsl, urljoin, urlsplit

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.test import Client
from django.urls import Resolver404, resolve

from ministerie.core import acties
from ministerie.core.acties import ActiePagina, Invoerfout
from ministerie.core.levenscyclus import OngeldigeOvergang
from ministerie.core.navigatie import menu_voor
from ministerie.core.permissies import heeft_recht

from .routes import _view_class

# opened as a page only when the path does not start with one of these (still matrix-checked)
NIET_OPENEN = ("/api/", "/static/", "/media/", "/metrics")
NIET_VOLGEN = ("/uitloggen/",)
DOWNLOAD = re.compile(r"\.(pdf|svg|csv|xlsx|ics|zip|json|png|txt|eml|msg)$|/(download|export|pdf|bestand)/?$")


@dataclass(frozen=True)
class Formulier:
    actie: str
    methode: str
    velden: list[tuple[str, str]]


@dataclass
class Verslag:
    """What one walk found: the problems (one line each) and the figures."""

    naam: str
    problemen: list[str] = field(default_factory=list)
    paginas: dict[str, int] = field(default_factory=dict)
    links: int = 0
    formulieren: int = 0
    ingediend: int = 0

    def regel(self) -> str:
        return (
            f"{self.naam:<16} {len(self.paginas):>4} pagina's  {self.links:>5} links  "
            f"{self.formulieren:>4} formulieren ({self.ingediend} ingediend)"
        )


class _Lezer(HTMLParser):
    """Links (``a href``, ``hx-get``) and forms with the values they would send as shown."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.formulieren: list[Formulier] = []
        self._form: dict[str, Any] | None = None
        self._select: tuple[str, list[str], list[str]] | None = None
        self._textarea: tuple[str, list[str]] | None = None
        self._knoppen: list[tuple[str, str]] = []
        self._knop = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        for hx in ("hx-get",):
            if hx in a:
                self.links.append(a[hx])
        if "hx-post" in a:
            self.formulieren.append(Formulier(a["hx-post"], "post", []))
        if tag == "form":
            self._form = {
                "actie": a.get("action", ""),
                "methode": a.get("method", "get").lower(),
                "velden": [],
            }
            self._knoppen = []
            self._knop = False
            return
        if self._form is None:
            return
        naam = a.get("name", "")
        if tag == "button" and a.get("type", "submit") == "submit" and "disabled" not in a:
            self._knop = True
        elif tag == "input" and a.get("type", "").lower() in ("submit", "image") and "disabled" not in a:
            self._knop = True
        if tag == "input" and naam and "disabled" not in a:
            soort = a.get("type", "text").lower()
            if soort in ("checkbox", "radio"):
                if "checked" in a:
                    self._form["velden"].append((naam, a.get("value", "on")))
            elif soort in ("submit", "image"):
                self._knoppen.append((naam, a.get("value", "")))
                self._knop = True
            elif soort != "file":
                self._form["velden"].append((naam, a.get("value", "")))
        elif tag == "button" and naam and a.get("type", "submit") == "submit":
            self._knoppen.append((naam, a.get("value", "")))
        elif tag == "select" and naam:
            self._select = (naam, [], [])
        elif tag == "option" and self._select is not None:
            waarde = a.get("value", "")
            self._select[1].append(waarde)
            if "selected" in a:
                self._select[2].append(waarde)
        elif tag == "textarea" and naam:
            self._textarea = (naam, [])

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "select" and self._select is not None and self._form is not None:
            naam, opties, gekozen = self._select
            for waarde in gekozen or opties[:1]:
                self._form["velden"].append((naam, waarde))
            self._select = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            self._form["velden"].append((self._textarea[0], "".join(self._textarea[1]).lstrip("\n")))
            self._textarea = None
        elif tag == "form" and self._form is not None:
            if self._knop:  # a form without a button to send it offers nothing
                velden = self._form["velden"] + self._knoppen[:1]
                self.formulieren.append(Formulier(self._form["actie"], self._form["methode"], velden))
            self._form = None


def lees(html: str) -> _Lezer:
    lezer = _Lezer()
    lezer.feed(html)
    return lezer


def _pad(basis: str, href: str) -> str | None:
    """The same-origin path (with query) of a link on page ``basis``, or None for another site,
    a fragment only, mailto: and the like."""
    href = href.replace("&amp;", "&").strip()
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return None
    delen = urlsplit(urljoin(f"http://testserver{basis}", href))
    if delen.scheme not in ("http", "https") or delen.netloc != "testserver":
        return None
    return delen.path + (f"?{delen.query}" if delen.query else "")


def vorm(pad: str) -> str:
    """A link's shape: its route and the names of its query parameters (the 2nd week, page or
    item of one list is the same kind of page)."""
    pad_, _, query = pad.partition("?")
    sleutels = sorted({k for k, _ in parse_qsl(query, keep_blank_values=True)})
    try:
        pad_ = resolve(pad_).route  # the route's pattern: slugs of units as well as numbers
    except Resolver404:
        pad_ = re.sub(r"\d+", "0", pad_)
    return pad_ + ("?" + "&".join(sleutels) if sleutels else "")


def matrix_oordeel(gebruiker: Any, pad: str, methode: str = "get") -> str | None:
    """Why the matrix refuses ``methode`` on ``pad`` to the user (None: it does not). Only the
    gate of the view: what a page decides about one object shows when it is opened."""
    try:
        match = resolve(pad.partition("?")[0])
    except Resolver404:
        return "geen route (404)"
    view = _view_class(match.func)
    if getattr(view, "publiek", False):
        return None
    namen = getattr(view, "http_method_names", None)
    if namen is not None and methode not in namen and hasattr(view, "as_view"):
        return f"{methode.upper()} niet toegestaan (405)"
    per_methode = getattr(view, "acties", None)
    actie = per_methode.get(methode) if per_methode is not None else getattr(view, "actie", None)
    if actie is None:
        return None if not hasattr(view, "as_view") else f"noemt geen actie voor {methode.upper()}"
    if not heeft_recht(gebruiker, actie):
        return f"geen recht '{actie}' (403)"
    return None


def _geweigerd(client: Client, gebruiker: Any, pad: str, methode: str) -> str | None:
    """The matrix's refusal of a link or form that is not opened, confirmed by the view itself:
    a view may choose its action per method or per user (``dispatch``), so a refusal the matrix
    predicts counts only when the request (in a savepoint that is rolled back) gets it too."""
    waarom = matrix_oordeel(gebruiker, pad, methode)
    if waarom is None:
        return None
    koekjes = copy.deepcopy(client.cookies)
    with transaction.atomic():
        antwoord = client.get(pad) if methode == "get" else client.post(pad, {})
        transaction.set_rollback(True)
    client.cookies = koekjes
    naar_inloggen = antwoord.status_code == 302 and antwoord["Location"].startswith("/inloggen")
    if antwoord.status_code in (403, 404, 405) or naar_inloggen:
        return f"{waarom}; antwoordt {antwoord.status_code}"
    return None


def _is_actiepagina(pad: str) -> bool:
    try:
        view = _view_class(resolve(pad.partition("?")[0]).func)
    except Resolver404:
        return False
    return isinstance(view, type) and issubclass(view, ActiePagina)


def _dien_in(client: Client, pad: str, velden: list[tuple[str, str]], referer: str) -> list[str]:
    """Submit a form inside a savepoint that is rolled back; the refusals the service gave."""
    weigeringen: list[str] = []
    echte = acties.fouttekst

    def vang(fout: Any) -> str:
        if not isinstance(fout, Invoerfout) and isinstance(fout, PermissionDenied | OngeldigeOvergang):
            weigeringen.append(f"{type(fout).__name__}: {echte(fout)}")
        return echte(fout)

    koekjes = copy.deepcopy(client.cookies)
    data: dict[str, list[str]] = {}
    for naam, waarde in velden:
        data.setdefault(naam, []).append(waarde)
    with mock.patch.object(acties, "fouttekst", vang), transaction.atomic():
        antwoord = client.post(pad, data, HTTP_REFERER=f"http://testserver{referer}")
        transaction.set_rollback(True)
    client.cookies = koekjes  # a session changed by the action is rolled back with it
    if antwoord.status_code in (403, 404, 405) or antwoord.status_code >= 500:
        weigeringen.append(f"antwoordt {antwoord.status_code}")
    return weigeringen


def kruip(
    client: Client,
    gebruiker: Any,
    naam: str,
    *,
    start: Iterable[str] | None = None,
    volgen: Callable[[str], bool] = lambda pad: True,
    max_paginas: int = 60,
    per_vorm: int = 2,
    indienen: bool = True,
) -> Verslag:
    """Walk the pages of one user; see the module's docstring. ``start``: the first pages (by
    default Mijn werk and the menu); ``volgen(pad)``: whether the links of an opened page are
    followed (a part's own test walks its own pages and only opens the others)."""
    client.force_login(gebruiker)
    verslag = Verslag(naam)
    if start is None:
        start = ["/", *(item.url for item in menu_voor(gebruiker))]
    rij: list[tuple[str, str]] = [(pad, "menu") for pad in start]
    vormen: Counter[str] = Counter(vorm(pad) for pad, _ in rij)
    gecontroleerd: set[tuple[str, str]] = set()
    ingediend: set[str] = set()
    while rij and len(verslag.paginas) < max_paginas:
        pad, van = rij.pop(0)
        if pad in verslag.paginas:
            continue
        antwoord = client.get(pad)
        verslag.paginas[pad] = antwoord.status_code
        if antwoord.status_code in (301, 302, 303):
            doel = _pad(pad, antwoord["Location"])
            if doel is not None and doel.startswith("/inloggen"):
                verslag.problemen.append(f"{naam}: {pad} (link op {van}) stuurt naar het inloggen")
            elif doel is not None and doel not in verslag.paginas:
                rij.append((doel, pad))
            continue
        if antwoord.status_code >= 400:
            verslag.problemen.append(f"{naam}: {pad} (link op {van}) geeft {antwoord.status_code}")
            continue
        if "html" not in antwoord.get("Content-Type", "") or not volgen(pad):
            continue
        lezer = lees(antwoord.content.decode())
        for href in lezer.links:
            doel = _pad(pad, href)
            if doel is None or doel.startswith(NIET_VOLGEN):
                continue
            verslag.links += 1
            if doel in verslag.paginas:
                continue
            if (
                not doel.startswith(NIET_OPENEN)
                and not DOWNLOAD.search(doel.partition("?")[0])
                and vormen[vorm(doel)] < per_vorm
            ):
                vormen[vorm(doel)] += 1
                rij.append((doel, pad))
            elif (doel, "get") not in gecontroleerd:
                gecontroleerd.add((doel, "get"))
                if (waarom := _geweigerd(client, gebruiker, doel, "get")) is not None:
                    verslag.problemen.append(f"{naam}: link {doel} op {pad}: {waarom}")
        for formulier in lezer.formulieren:
            doel = _pad(pad, formulier.actie or pad)
            if doel is None or doel.startswith(NIET_VOLGEN):
                continue
            verslag.formulieren += 1
            methode = "post" if formulier.methode == "post" else "get"
            if (doel, methode) not in gecontroleerd:
                gecontroleerd.add((doel, methode))
                if (waarom := _geweigerd(client, gebruiker, doel, methode)) is not None:
                    verslag.problemen.append(f"{naam}: formulier naar {doel} op {pad}: {waarom}")
                    continue
            if indienen and methode == "post" and doel not in ingediend and _is_actiepagina(doel):
                ingediend.add(doel)
                verslag.ingediend += 1
                for weigering in _dien_in(client, doel, formulier.velden, pad):
                    verslag.problemen.append(
                        f"{naam}: knop naar {doel} op {pad} wordt geweigerd: {weigering}"
                    )
    return verslag
