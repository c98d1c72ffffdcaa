"""Background job: release the publications whose date has come (Woo art. 4.4 lid 5)."""

from __future__ import annotations

from typing import Any

from django_tasks import task

from . import vrijgave


@task()
def publiceer_gepland() -> dict[str, Any]:
    gedaan = vrijgave.publiceer_gepland()
    return {"gepubliceerd": [p.verzoek.zaaknummer for p in gedaan]}
