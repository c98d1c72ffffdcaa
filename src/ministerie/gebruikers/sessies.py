"""The log-in sessions of each user: a record made at log-in, "last seen" kept up to date by a
light middleware (at most once a minute), and the ending of sessions.

Only a SHA-256 hash of the session key is stored. Ending a session marks its record; the
middleware turns a marked session away on its next request, whatever session store is in use,
and with the database store (Django's default, and ``cached_db``) the session rows are deleted
at once as well. The writes that people ask for (ending sessions) go through ``services``,
which checks the right and writes the audit record; this module only keeps the books."""

from __future__ import annotations

import hashlib
import ipaddress
from collections.abc import Iterable
from datetime import timedelta
from importlib import import_module
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from .models import Sessie

#: The key in the session data that holds the id of its record.
SESSIE_ID = "_ministerie_sessie"
#: "Last seen" is written at most this often per session.
BIJWERKEN_NA = timedelta(minutes=1)
DATABASE_OPSLAG = ("django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db")


def sleutel_hash(sleutel: str) -> str:
    return hashlib.sha256(sleutel.encode()).hexdigest()


def _adres(request: HttpRequest) -> str | None:
    adres = request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(adres))
    except ValueError:
        return None


def _nieuw(request: HttpRequest, gebruiker: Any) -> Sessie:
    if not request.session.session_key:
        request.session.save()
    nu = timezone.now()
    sessie = Sessie.objects.create(
        gebruiker=gebruiker,
        sleutel_hash=sleutel_hash(request.session.session_key or ""),
        begonnen_op=nu,
        laatst_gezien=nu,
        adres=_adres(request),
        browser=request.META.get("HTTP_USER_AGENT", "")[:300],
    )
    request.session[SESSIE_ID] = sessie.pk
    return sessie


def bij_inloggen(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    """``user_logged_in``: a record for the new session (the log-in itself is audited by the core)."""
    if request is not None and hasattr(request, "session"):
        _nieuw(request, user)


def bij_uitloggen(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    """``user_logged_out``: the session's record is closed (sent before the session is flushed)."""
    if request is None or user is None or not hasattr(request, "session"):
        return
    pk = request.session.get(SESSIE_ID)
    if pk is not None:
        Sessie.objects.filter(pk=pk, gebruiker=user, beeindigd_op__isnull=True).update(
            beeindigd_op=timezone.now(), reden="uitgelogd"
        )


def open_sessies(gebruiker: Any) -> QuerySet[Sessie]:
    """The sessions of ``gebruiker`` that are neither ended nor expired, most recent first."""
    grens = timezone.now() - timedelta(seconds=settings.SESSION_COOKIE_AGE)
    return Sessie.objects.filter(gebruiker=gebruiker, beeindigd_op__isnull=True, laatst_gezien__gt=grens)


def huidige_sessie_id(request: HttpRequest) -> int | None:
    return request.session.get(SESSIE_ID) if hasattr(request, "session") else None


def sluit(sessies: Iterable[Sessie], reden: str) -> list[int]:
    """End these sessions: their records are marked and their session rows deleted. Returns
    the ids of the sessions ended. Call it inside the caller's transaction."""
    lijst = [s for s in sessies if s.beeindigd_op is None]
    if not lijst:
        return []
    Sessie.objects.filter(pk__in=[s.pk for s in lijst]).update(beeindigd_op=timezone.now(), reden=reden[:40])
    _verwijder_opgeslagen({s.sleutel_hash for s in lijst})
    return [s.pk for s in lijst]


def _verwijder_opgeslagen(hashes: set[str]) -> None:
    """Delete the session rows whose key hashes to one of ``hashes`` (database store only; any
    other store: the middleware refuses the session on its next request)."""
    if settings.SESSION_ENGINE not in DATABASE_OPSLAG:
        return
    from django.contrib.sessions.models import Session

    opslag = import_module(settings.SESSION_ENGINE).SessionStore
    levend = Session.objects.filter(expire_date__gt=timezone.now()).values_list("session_key", flat=True)
    for sleutel in levend.iterator(chunk_size=5000):
        if sleutel_hash(sleutel) in hashes:
            opslag(session_key=sleutel).delete()


def controleer(request: HttpRequest) -> None:
    """For the middleware: a session whose record was ended is turned away (flushed, the
    request goes on as anonymous); a live one gets its "last seen" at most once a minute."""
    sessie_opslag = getattr(request, "session", None)
    if sessie_opslag is None or not sessie_opslag.session_key:
        return
    gebruiker = getattr(request, "user", None)
    if gebruiker is None or not gebruiker.is_authenticated:
        return
    pk = sessie_opslag.get(SESSIE_ID)
    if pk is None:  # a session from before session tracking: take it into the books
        _nieuw(request, gebruiker)
        return
    rij = (
        Sessie.objects.filter(pk=pk)
        .values("gebruiker_id", "beeindigd_op", "laatst_gezien", "sleutel_hash", "browser")
        .first()
    )
    if rij is None or rij["gebruiker_id"] != gebruiker.pk or rij["beeindigd_op"] is not None:
        sessie_opslag.flush()
        request.user = AnonymousUser()
        messages.info(request, "Deze sessie is beëindigd. Log opnieuw in om verder te gaan.")
        return
    nu = timezone.now()
    wijziging: dict[str, Any] = {}
    if nu - rij["laatst_gezien"] >= BIJWERKEN_NA:
        wijziging["laatst_gezien"] = nu
        huidig = sleutel_hash(sessie_opslag.session_key)
        if huidig != rij["sleutel_hash"]:  # the key was cycled (a password change keeps the session)
            wijziging["sleutel_hash"] = huidig
    if not rij["browser"] and request.META.get("HTTP_USER_AGENT"):
        # a log-in without a browser's request (force_login, some single sign-on flows): the
        # first real request tells where the session lives
        wijziging.update(browser=request.META["HTTP_USER_AGENT"][:300], adres=_adres(request))
    if wijziging:
        Sessie.objects.filter(pk=pk).update(**wijziging)


def browser_omschrijving(browser: str) -> str:
    """A short description of a User-Agent for people ("Firefox op Linux")."""
    tekst = browser or ""
    naam = "Onbekende browser"
    for teken, label in (
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
        ("python-requests", "Script"),
    ):
        if teken in tekst:
            naam = label
            break
    for teken, label in (
        ("iPad", "iPad"),
        ("iPhone", "iPhone"),
        ("Android", "Android"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("Linux", "Linux"),
    ):
        if teken in tekst:
            return f"{naam} op {label}"
    return naam
