"""The job workers' heartbeat: one row per running ``ministerie worker`` process."""

from __future__ import annotations

from django.db import models


class Werker(models.Model):
    """A worker process that beats while it lives. A job that is running on a worker whose
    heartbeat stopped is recovered by ``werkers.herstel_verweesde_taken``."""

    # the worker id django-tasks-db writes into DBTaskResult.worker_ids when it claims a job
    werker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    gestart_op = models.DateTimeField()
    laatst_gezien = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "werker"
        verbose_name_plural = "werkers"

    def __str__(self) -> str:
        return f"{self.werker_id} ({self.host}, pid {self.pid})"
