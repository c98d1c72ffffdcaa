"""A worker process that renders parts of the inventory PDF: ``python -m
ministerie.lakken.bulk.pdfwerker DEEL.html ...`` writes ``DEEL.pdf`` next to each part (via a
temporary name, so a part that is there is complete). Started by ``inventaris`` to use a
second core; a separate program, so that it never re-runs the caller's main module."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ministerie.lakken.bulk.pdfopmaak import render_deel


def render_bestand(pad: Path) -> Path:
    doel = pad.with_suffix(".pdf")
    tijdelijk = pad.with_suffix(".pdf.deel")
    tijdelijk.write_bytes(render_deel(pad.read_text(encoding="utf-8")))
    os.replace(tijdelijk, doel)
    return doel


def main(argumenten: list[str]) -> int:
    ouder = os.getppid()
    for argument in argumenten:
        if os.getppid() != ouder:
            return 1  # the run that started this worker is gone: stop, render nothing more
        render_bestand(Path(argument))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
