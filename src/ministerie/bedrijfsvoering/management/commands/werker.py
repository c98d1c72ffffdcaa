"""``ministerie worker``: django-tasks-db's ``db_worker`` with a heartbeat.

The heartbeat (``bedrijfsvoering.werkers``) lets the other workers see that this one lives, and
lets this one recover the jobs of workers that died. Every option of ``db_worker`` works.
"""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django_tasks_db.management.commands.db_worker import Command as DbWorker

from ministerie.bedrijfsvoering.werkers import Hartslag, nieuw_werker_id


class Command(DbWorker):
    help = (
        "Verwerk achtergrondtaken uit de database (django-tasks-db), met een hartslag: taken van "
        "een verwerker die onverwacht stopte worden opnieuw ingepland of als mislukt gemarkeerd."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(worker_id=nieuw_werker_id())

    def handle(self, *args: Any, **options: Any) -> None:
        hartslag = Hartslag(options["worker_id"])
        hartslag.start()
        try:
            super().handle(*args, **options)
        finally:
            hartslag.stop()
