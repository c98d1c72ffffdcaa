"""The text progress bar for a terminal."""

from __future__ import annotations

import io

from ministerie.lakken.bulk import Voortgang, toon_voortgang_op_terminal


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_regels_zonder_terminal() -> None:
    uit = io.StringIO()
    teken = toon_voortgang_op_terminal(uit)
    for gedaan in range(0, 101):
        teken(Voortgang("inlezen", gedaan, 100, f"bestand {gedaan}"))
    teken(Voortgang("ontdubbelen", 5, 5, "klaar"))
    regels = uit.getvalue().splitlines()
    assert len(regels) == 12  # a line per tenth, and one for the next phase
    assert regels[0].startswith("Inlezen      [..............................]   0.0% 0/100")
    assert regels[10].startswith("Inlezen      [##############################] 100.0% 100/100")
    assert regels[-1].startswith("Ontdubbelen  [##############################] 100.0% 5/5")


def test_op_een_terminal_op_dezelfde_regel() -> None:
    uit = Terminal()
    teken = toon_voortgang_op_terminal(uit, interval=0.0)
    teken(Voortgang("detectie", 1, 4, ""))
    teken(Voortgang("detectie", 4, 4, "klaar"))
    teken(Voortgang("inventaris", 0, 0, ""))
    tekst = uit.getvalue()
    assert tekst.count("\r") == 3 and tekst.count("\n") == 1
    assert "Detectie     [##############################] 100.0% 4/4  klaar" in tekst
    assert "Inventaris   [##############################] 100.0% 0/0" in tekst
