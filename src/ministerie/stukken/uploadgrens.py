"""Limits on uploads, enforced while the request body streams in, before anything is stored.

Three guards, so that no upload is read into memory or written anywhere past its limit:

1. **The request's size, before its body is read.** A page that takes files declares its limits
   with ``begrens_upload`` (per file, per request). A request whose ``Content-Length`` is over
   the limit per request is answered at once with a Dutch page (413); not one byte of the body
   is read. For every other upload in the system ``settings.UPLOAD_MAX_VERZOEK`` is the ceiling
   (``BegrensdeUpload.handle_raw_input`` refuses a larger body unread).
2. **Each file's size, while it streams.** ``BegrensdeUpload`` is the first of
   ``FILE_UPLOAD_HANDLERS``: it counts each file's bytes, and past the page's limit per file it
   passes nothing on (the rest of that file is read off the connection and thrown away, a chunk
   at a time). The file then arrives in ``request.FILES`` as a ``GeweigerdeUpload``: no
   content, its name and the Dutch reason, so the page refuses that file and stores the others.
3. **Over-long file names.** Django refuses a whole multipart request when one part's headers
   exceed 1,024 bytes (a guard against header floods), with an English 400 that loses every
   file. ``_NaamFilter`` shortens a file name of more than ``MAX_NAAMLENGTE`` characters in the
   part headers while the body streams through, so the request parses; the file arrives with
   ``ingekort_van`` (the original length) and the page says so.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import Any, cast

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParser
from django.shortcuts import render
from django.utils.datastructures import MultiValueDict
from django.utils.http import parse_header_parameters
from django.views.decorators.csrf import csrf_protect

from ministerie.bestanden.limieten import getal, megabytes

MB = 1024 * 1024

#: The longest file name kept as sent; a longer one is shortened (a file system allows 255).
MAX_NAAMLENGTE = 255
#: How much of a shortened name's stem is kept.
INGEKORT_TOT = 120
#: Part headers up to this size are looked at for a long name; larger ones pass unchanged (and
#: Django refuses the request as before).
MAX_KOPBLOK = 64 * 1024


@dataclass(frozen=True)
class Uploadgrens:
    """The limits of one page that takes files, in bytes."""

    per_bestand: int
    per_verzoek: int


def _standaard() -> Uploadgrens:
    plafond = int(getattr(settings, "UPLOAD_MAX_VERZOEK", 2048 * MB))
    return Uploadgrens(per_bestand=plafond, per_verzoek=plafond)


def grens_van(request: HttpRequest) -> Uploadgrens:
    """The limits for this request: the page's (``begrens_upload``), else the ceiling."""
    return getattr(request, "upload_grens", None) or _standaard()


def _inhoudslengte(request: HttpRequest) -> int:
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0


# --- the refused file ----------------------------------------------------------------------------


class GeweigerdeUpload(UploadedFile):
    """A file that was not kept because it is over the limit: no content, its name, its size as
    far as it was counted, and the Dutch reason."""

    def __init__(self, naam: str, grootte: int, reden: str) -> None:
        super().__init__(BytesIO(b""), name=naam, content_type="application/octet-stream", size=grootte)
        self.reden = reden


def weigering(bestand: Any) -> str:
    """Why an uploaded file must be refused before it is read ("" when it may be read): over the
    limit while streaming, or (for files that did not pass the stream guard) by its size."""
    from ministerie.bestanden import MAX_BESTANDSGROOTTE

    if isinstance(bestand, GeweigerdeUpload):
        return bestand.reden
    grootte = getattr(bestand, "size", 0) or 0
    if grootte > MAX_BESTANDSGROOTTE:
        return _te_groot(grootte, MAX_BESTANDSGROOTTE, meer_dan=False)
    return ""


def _te_groot(grootte: int, grens: int, *, meer_dan: bool) -> str:
    omvang = f"meer dan {megabytes(grens)} MB" if meer_dan else f"{megabytes(grootte)} MB"
    return (
        f"Het bestand is te groot ({omvang}); de grens is {megabytes(grens)} MB per bestand. "
        "Er is niets opgeslagen."
    )


def opmerking_over_naam(bestand: Any) -> str:
    """A note for the uploader when the file's name was shortened ("" when it was not)."""
    lengte = getattr(bestand, "ingekort_van", 0)
    if not lengte:
        return ""
    return (
        f"De naam van '{bestand.name}' was {getal(lengte)} tekens lang; de grens is "
        f"{MAX_NAAMLENGTE}. Het bestand is opgeslagen onder deze ingekorte naam."
    )


# --- the upload handler --------------------------------------------------------------------------


class BegrensdeUpload(FileUploadHandler):
    """The first upload handler: refuses an oversized body unread, counts each file while it
    streams and keeps nothing of a file past its limit, and shortens over-long file names."""

    def __init__(self, request: Any = None) -> None:
        super().__init__(request)
        self._genest = False
        self._filter: _NaamFilter | None = None
        self._geteld = 0
        self._reden = ""

    @property
    def _verzoek(self) -> HttpRequest:
        assert self.request is not None, "an upload handler always has its request"
        return self.request

    def handle_raw_input(
        self,
        input_data: Any,
        META: dict[str, Any],
        content_length: int,
        boundary: Any,
        encoding: str | None = None,
    ) -> tuple[Any, MultiValueDict] | None:
        if self._genest:
            return None
        grens = grens_van(self._verzoek)
        if content_length > grens.per_verzoek:
            # A page with its own limits answered before reading (begrens_upload); this is the
            # ceiling for every other upload.
            raise RequestDataTooBig(
                f"Het verzoek is te groot ({megabytes(content_length)} MB); "
                f"de grens is {megabytes(grens.per_verzoek)} MB."
            )
        # Parse the body through the name filter, with the same handlers (this one included, so
        # that it still counts each file).
        self._genest = True
        self._filter = _NaamFilter(input_data, boundary)
        handlers = self._verzoek.upload_handlers
        post, bestanden = MultiPartParser(META, cast(Any, self._filter), handlers, encoding).parse()
        for _, lijst in bestanden.lists():
            for bestand in lijst:
                lengte = self._filter.ingekort.get(bestand.name)
                if lengte:
                    bestand.ingekort_van = lengte
        return post, bestanden

    def new_file(self, field_name: str, file_name: str, *args: Any, **kwargs: Any) -> None:
        super().new_file(field_name, file_name, *args, **kwargs)
        self._geteld, self._reden = 0, ""
        aangekondigd = self.content_length
        grens = grens_van(self._verzoek).per_bestand
        if aangekondigd is not None and aangekondigd > grens:
            self._reden = _te_groot(aangekondigd, grens, meer_dan=False)

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if self._reden:
            return None  # past the limit: thrown away, the handlers after this one get nothing
        self._geteld += len(raw_data)
        grens = grens_van(self._verzoek).per_bestand
        if self._geteld > grens:
            if getattr(self._verzoek, "upload_grens", None) is None:
                # only a page that declared its limits knows how to refuse one file
                raise RequestDataTooBig(f"Een bestand is groter dan {megabytes(grens)} MB.")
            self._reden = _te_groot(self._geteld, grens, meer_dan=True)
            self._sluit_de_anderen()
            return None
        return raw_data

    def file_complete(self, file_size: int) -> UploadedFile | None:
        if not self._reden:
            return None  # the next handler (memory or temporary file) has the file
        return GeweigerdeUpload(self.file_name or "bestand", self._geteld, self._reden)

    def _sluit_de_anderen(self) -> None:
        """Drop what the handlers after this one received of the refused file."""
        for handler in self._verzoek.upload_handlers:
            if handler is self:
                continue
            if (bestand := getattr(handler, "file", None)) is not None:
                bestand.close()  # a temporary file is deleted when closed
            if hasattr(handler, "activated"):
                handler.activated = False


# --- over-long file names ------------------------------------------------------------------------


def _ingekorte_naam(naam: str) -> str:
    stam, extensie = os.path.splitext(naam)
    if len(extensie) > 10:
        stam, extensie = naam, ""
    return f"{stam[:INGEKORT_TOT]}…{extensie}"


class _NaamFilter:
    """The request body as a stream, unchanged, except the ``filename`` of a part whose name is
    longer than ``MAX_NAAMLENGTE``: that part's Content-Disposition line is written anew with a
    shortened name. Holds at most one part header and one chunk at a time."""

    def __init__(self, bron: Any, grens: bytes) -> None:
        self.bron = bron
        self.scheiding = b"--" + grens
        self.klaar = bytearray()  # ready to be read
        self.rest = b""  # read from the source, not yet looked at
        self.op = False  # the source is exhausted
        self.ingekort: dict[str, int] = {}

    def read(self, n: int = -1) -> bytes:
        while (n < 0 or len(self.klaar) < n) and not (self.op and not self.rest):
            self._verwerk()
        if n < 0:
            uit, self.klaar = bytes(self.klaar), bytearray()
        else:
            uit, self.klaar = bytes(self.klaar[:n]), self.klaar[n:]
        return uit

    def _lees(self) -> bool:
        stuk = self.bron.read(64 * 1024) if not self.op else b""
        if not stuk:
            self.op = True
            return False
        self.rest += stuk
        return True

    def _verwerk(self) -> None:
        if not self.rest and not self._lees():
            return
        plek = self.rest.find(self.scheiding)
        if plek < 0:
            # keep a tail that may be the start of a boundary
            bewaar = len(self.scheiding) - 1
            if self.op or len(self.rest) > bewaar:
                tot = len(self.rest) if self.op else len(self.rest) - bewaar
                self.klaar += self.rest[:tot]
                self.rest = self.rest[tot:]
            if not self.op:
                self._lees()
            return
        # a boundary: pass it on with its part's header block, rewritten when needed
        self.klaar += self.rest[:plek]
        self.rest = self.rest[plek:]
        while (eind := self.rest.find(b"\r\n\r\n")) < 0 and len(self.rest) <= MAX_KOPBLOK:
            if not self._lees():
                break
        if eind < 0:
            # no header block (the closing boundary) or an oversized one: pass on as is
            deel = self.rest[: len(self.scheiding)]
            self.klaar += deel
            self.rest = self.rest[len(deel) :]
            return
        kop, self.rest = self.rest[: eind + 4], self.rest[eind + 4 :]
        self.klaar += self._herschrijf(kop)

    def _herschrijf(self, kop: bytes) -> bytes:
        regels = kop.split(b"\r\n")
        for i, regel in enumerate(regels):
            if not regel.lower().startswith(b"content-disposition:"):
                continue
            try:
                hoofd, parameters = parse_header_parameters(regel.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                return kop
            naam = parameters.get("filename", "")
            if len(naam) <= MAX_NAAMLENGTE:
                return kop
            kort = _ingekorte_naam(naam)
            self.ingekort[kort] = len(naam)
            veld = parameters.get("name", "").replace('"', "%22")
            bestandsnaam = kort.replace('"', "%22")
            nieuw = f'Content-Disposition: form-data; name="{veld}"; filename="{bestandsnaam}"'
            regels[i] = nieuw.encode("utf-8")
            return b"\r\n".join(regels)
        return kop


# --- the page side -------------------------------------------------------------------------------


def begrens_upload(view: Callable[..., HttpResponse], grens: Uploadgrens) -> Callable[..., HttpResponse]:
    """``view`` with its limits on uploads: a body over ``grens.per_verzoek`` is answered with a
    Dutch page (413) before one byte of it is read; each file over ``grens.per_bestand`` arrives
    as a ``GeweigerdeUpload``. The CSRF check runs after the size check (it reads the body)."""
    beschermd = csrf_protect(view)

    @functools.wraps(view)
    def begrensd(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        request.upload_grens = grens  # type: ignore[attr-defined]
        lengte = _inhoudslengte(request)
        if request.method == "POST" and lengte > grens.per_verzoek:
            return render(
                request,
                "stukken/te_groot.html",
                {
                    "omvang": megabytes(lengte),
                    "per_verzoek": megabytes(grens.per_verzoek),
                    "per_bestand": megabytes(grens.per_bestand),
                    "terug": request.path,
                },
                status=413,
            )
        return beschermd(request, *args, **kwargs)

    begrensd.csrf_exempt = True  # type: ignore[attr-defined]  # checked inside, after the size
    begrensd.upload_grens = grens  # type: ignore[attr-defined]
    return begrensd
