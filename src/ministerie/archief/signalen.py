"""Signals of the archive part with plain values, for the parts that listen (they may import
this module; it imports nothing of the parts).

``archief_naar_woo`` is sent by ``services.voeg_toe_aan_woo_verzoek`` (outside a transaction,
after the hand-over is recorded in the audit trail) when a user adds search hits to a Woo
request in one step: ``verzoek`` (the request's zaaknummer, or its id as text), ``bestanden``
(a list of (path of the stored file, file name) pairs: the original bytes as kept) and
``door_id`` (the user's id). The Woo part's receiver (``woo.uit_archief.bij_archief_naar_woo``)
feeds its bulk pipeline and returns a plain report (a dict); the sender shows it.
"""

from __future__ import annotations

from django.dispatch import Signal

archief_naar_woo = Signal()
