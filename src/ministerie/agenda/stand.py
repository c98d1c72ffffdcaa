"""The state of an annotated agenda as a fingerprint: a stored PDF of another state is stale."""

from __future__ import annotations

import hashlib

from .models import Vergadering


def stand_van(vergadering: Vergadering) -> str:
    delen = [vergadering.titel, vergadering.begin.isoformat(), vergadering.status]
    for punt in vergadering.punten.select_related("verzoek__nota").order_by("volgorde"):
        verzoek = getattr(punt, "verzoek", None)
        nota = verzoek.nota if verzoek is not None else None
        delen += [str(punt.pk), punt.onderwerp, punt.ministerie, punt.gevraagd_besluit, punt.stuk]
        if verzoek is not None:
            delen += [verzoek.status, str(verzoek.geleverd_op), nota.kernpunten if nota else ""]
    return hashlib.sha256("\x1f".join(delen).encode()).hexdigest()
