"""Signals of the job workers (plain values only; see contract "signalen").

``taak_afgebroken``: a job's worker died (``werkers.herstel_verweesde_taken``). Sent with
``taak`` (the task path), ``argumenten`` (its positional arguments) and ``mislukt`` (True when the
job was failed, False when it was queued again). A part whose job it is sets back what the job
left half done and returns the object the audit record is about (or None).
"""

from django.dispatch import Signal

taak_afgebroken = Signal()
