"""A helper of the vormgeving browser tests: axe at the phone size the issue names (390×844),
beside e2e/hulp.py's three sizes."""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe

from e2e.hulp import AXE_REGELS, SCHERMEN

TELEFOON = {"width": 390, "height": 844}


def axe_op_de_telefoon(page: Any) -> None:
    """Zero axe-core violations at 390×844; the page is left at the desktop size."""
    page.set_viewport_size(TELEFOON)
    uitkomst = Axe().run(page, options=AXE_REGELS)
    page.set_viewport_size(SCHERMEN["bureaublad"])
    assert uitkomst.violations_count == 0, f"{page.url} op de telefoon:\n{uitkomst.generate_report()}"
