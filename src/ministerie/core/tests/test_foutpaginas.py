from __future__ import annotations

from django.test import RequestFactory

from ministerie.core.views import fout_500


def test_500_pagina_is_nederlands_en_heeft_geen_database_nodig() -> None:
    antwoord = fout_500(RequestFactory().get("/"))
    html = antwoord.content.decode()
    assert antwoord.status_code == 500
    assert "Er ging iets mis" in html
    assert '<html lang="nl">' in html
