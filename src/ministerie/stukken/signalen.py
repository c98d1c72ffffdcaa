"""Signals of the memo part with plain values, for the parts above it (they may import stukken,
stukken imports none of them).

``nota_besloten`` is sent inside the transaction of ``services.beslis``, after its audit record,
when the bewindspersoon has decided a memo: ``nota_id``, ``besluiten`` (the decision per point,
by its number: Beslispunt.Besluit values), ``besloten_op`` (datetime) and ``gebruiker`` (who
decided). The Woo part records a request's decision from it.

``nota_afgedaan`` is sent inside the transaction of ``services.doe_af``, after the memo is
Afgedaan: ``nota_id``, ``soort`` and ``door_id`` (the user who settled it). A receiver that
notifies people calls ``ministerie.meldingen.services.meld`` there, so the notification is part
of the change (and its e-mail leaves on commit). A receiver that fails undoes the settling:
keep receivers to writing notifications and work items.
"""

from __future__ import annotations

from django.dispatch import Signal

nota_besloten = Signal()
nota_afgedaan = Signal()
