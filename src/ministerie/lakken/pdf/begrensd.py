"""``lak`` in a child process with a hard time limit: a step that hangs (one pathological page
in MuPDF or Tesseract) cannot hold the caller, which gets ``LakTeLang`` at the limit plus a
margin and kills the child. Plain Python (``multiprocessing`` with fork: the order's detector,
a closure, is inherited, not pickled), so the CLI and a job worker can both use it."""

from __future__ import annotations

import multiprocessing
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import Any

from .fouten import LakMislukt, OnleesbarePdf
from .model import Lakopdracht, Lakresultaat
from .redigeren import lak
from .tijd import te_lang

#: How long past its own budget the child may take to stop by itself before it is killed.
MARGE = 5.0  # seconds


def _werk(zender: Connection, pdf: bytes, opdracht: Lakopdracht) -> None:
    try:
        zender.send(("ok", lak(pdf, opdracht)))
    except (OnleesbarePdf, LakMislukt, ValueError) as fout:
        zender.send(("fout", fout))
    finally:
        zender.close()


def lak_in_eigen_proces(
    pdf: bytes, opdracht: Lakopdracht, *, seconden: float, marge: float = MARGE
) -> Lakresultaat:
    """``lak(pdf, opdracht)`` with at most ``seconden`` for the whole file: the child keeps that
    budget between pages and steps; if it has not answered ``marge`` seconds later it is killed.
    Raises what ``lak`` raises, and ``LakTeLang`` past the limit."""
    context: Any = multiprocessing.get_context("fork")
    ontvanger, zender = context.Pipe(duplex=False)
    proces = context.Process(
        target=_werk, args=(zender, pdf, replace(opdracht, tijdslimiet=seconden)), daemon=True
    )
    proces.start()
    zender.close()
    try:
        if not ontvanger.poll(seconden + marge):
            raise te_lang(seconden)
        try:
            soort, waarde = ontvanger.recv()
        except EOFError:
            raise LakMislukt(
                f"Het lakken stopte onverwacht (code {proces.exitcode}); er is niets geschreven."
            ) from None
    finally:
        ontvanger.close()
        if proces.is_alive():
            proces.kill()
        proces.join(5)
    if soort == "fout":
        raise waarde
    assert isinstance(waarde, Lakresultaat)
    return waarde
