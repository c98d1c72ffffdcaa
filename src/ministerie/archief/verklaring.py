"""The verklaring van vernietiging (declaration of destruction) as PDF, by WeasyPrint.

It names the list, the items (number, kind, category, date, SHA-256), the legal basis and the
two approvals (archivist and responsible manager, with date and time). Its own SHA-256 is kept
with the list and in the audit trail, so any later change to the PDF shows."""

from __future__ import annotations

import hashlib
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from .models import Item, Vernietigingslijst


def zegel(items: list[Item]) -> str:
    """The SHA-256 over the destroyed items' numbers and checksums, in order."""
    som = hashlib.sha256()
    for item in sorted(items, key=lambda i: i.pk):
        som.update(f"{item.pk}:{item.sha256}\n".encode())
    return som.hexdigest()


def maak_verklaring(lijst: Vernietigingslijst, items: list[Item]) -> bytes:
    from weasyprint import HTML

    context: dict[str, Any] = {
        "lijst": lijst,
        "items": items,
        "zegel": zegel(items),
        "nu": timezone.localtime(),
    }
    html = render_to_string("archief/verklaring_pdf.html", context)
    return HTML(string=html).write_pdf()
