"""Signals of the memo part with plain values, for the parts above it (they may import stukken,
stukken imports none of them).

``nota_afgedaan`` is sent inside the transaction of ``services.doe_af``, after the memo is
Afgedaan: ``nota_id``, ``soort`` and ``door_id`` (the user who settled it). A receiver that
notifies people calls ``ministerie.meldingen.services.meld`` there, so the notification is part
of the change (and its e-mail leaves on commit). A receiver that fails undoes the settling:
keep receivers to writing notifications and work items.
"""

from __future__ import annotations

from django.dispatch import Signal

nota_afgedaan = Signal()
