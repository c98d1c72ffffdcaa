"""The demo loader of the complaints: complaints at different stages through the part's own
services, and a second load creates nothing new."""

from __future__ import annotations

import pytest
from django.test import override_settings

from ministerie.core.models import AuditRecord

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bzk")]


@override_settings(DEMO=True)
def test_demo_van_klachten_twee_keer_laden() -> None:
    from ministerie.core.demo import laad_demo
    from ministerie.klachten.models import Brief, Klacht

    laad_demo()
    assert {k.status for k in Klacht.objects.all()} == {"ontvangen", "in_behandeling", "afgehandeld"}
    assert Klacht.objects.filter(termijngebeurtenissen__soort="verdaagd").count() == 1
    assert Klacht.objects.exclude(ombudsman_kenmerk="").count() == 1
    tellingen = (Klacht.objects.count(), Brief.objects.count(), AuditRecord.objects.count())
    laad_demo()
    assert (Klacht.objects.count(), Brief.objects.count(), AuditRecord.objects.count()) == tellingen
