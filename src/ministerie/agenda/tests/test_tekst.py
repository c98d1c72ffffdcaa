"""Text in the agenda's narrow columns (no database)."""

from __future__ import annotations

from django.template import Context, Template

from ministerie.agenda.templatetags.agendatekst import afbreekbaar


def test_lange_woorden_in_een_smalle_kolom() -> None:
    """Soft hyphens where Dutch breaks a long word; short words and markup stay as they are."""
    tekst = afbreekbaar("Bewindspersonenoverleg met de VNG <b>")
    assert tekst.replace("\u00ad", "") == "Bewindspersonenoverleg met de VNG <b>"
    assert tekst.startswith("Bewinds\u00ad") and tekst.count("\u00ad") >= 2
    html = Template("{% load agendatekst %}{{ t|afbreekbaar }}").render(Context({"t": "<Rijksministerraad>"}))
    assert html.startswith("&lt;Rijks") and html.endswith("&gt;")
