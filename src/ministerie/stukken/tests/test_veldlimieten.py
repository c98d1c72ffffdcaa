"""A memo's free text is refused past its limit (issue 13 §5); that every text field of the
forms has a limit is checked for all parts in core/tests/test_veldlimieten.py."""

from __future__ import annotations

from ministerie.stukken import formulieren


def test_een_te_lange_toelichting_wordt_geweigerd() -> None:
    formulier = formulieren.NotaFormulier(
        {
            "soort": "informatienota",
            "onderwerp": "x",
            "aan": "de minister",
            "rubricering": "1",
            "toelichting": "a" * (formulieren.MAX_NOTATEKST + 1),
        }
    )
    assert not formulier.is_valid() and "toelichting" in formulier.errors
