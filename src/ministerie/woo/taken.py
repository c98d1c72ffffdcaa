"""Background job: release the publications whose date has come (Woo art. 4.4 lid 5)."""

from __future__ import annotations

from typing import Any

from django_tasks import task


@task()
def publiceer_gepland() -> dict[str, Any]:
    from .publicatie import publiceer_gepland as publiceer

    gedaan = publiceer()
    return {"gepubliceerd": [p.verzoek.zaaknummer for p in gedaan]}
