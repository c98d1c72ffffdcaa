"""The pool that works ahead: a result is used only for the same work, and a file that makes a
child process crash cannot take the caller down."""

from __future__ import annotations

from pathlib import Path

from ministerie.lakken.pdf import Controlewerk, Lakpool
from ministerie.lakken.pdf.lakwerk import GESTOPT

from .corpus import GEHEIM, brief
from .hulp import ValtOm


def _pdf() -> bytes:
    import pymupdf

    doc = pymupdf.open()
    brief(doc).insert_text((72, 200), f"Gesprek met {GEHEIM}.", fontsize=11)
    return doc.tobytes()


def test_vooruit_alleen_voor_hetzelfde_werk() -> None:
    pdf = _pdf()
    with Lakpool(1) as pool:
        pool.vooruit("a", Controlewerk(pdf, (GEHEIM,)))
        assert pool.uitkomst("a", Controlewerk(pdf, (GEHEIM,)))  # the secret is there: a problem
        pool.vooruit("b", Controlewerk(pdf, (GEHEIM,)))
        assert pool.uitkomst("b", Controlewerk(pdf, ("iets anders",))) == []  # other work: done anew
        assert (pool.vooraf_gedaan, pool.ter_plekke) == (1, 1)


def test_een_bestand_dat_het_hulpproces_laat_vallen(tmp_path: Path) -> None:
    pdf = _pdf()
    with Lakpool(1) as pool:
        # the first attempt crashes the pool; alone, in a process of its own, it succeeds
        pool.vooruit("later", Controlewerk(pdf, (GEHEIM,)))
        assert pool.uitkomst("x", ValtOm(str(tmp_path / "een"), keer=1)) == "gedaan"
        assert "later" not in pool  # the work ahead went with the broken pool; asked for anew
        # it crashes every time: the file is the cause, said in Dutch
        assert pool.uitkomst("y", ValtOm(str(tmp_path / "twee"), keer=2)) == GESTOPT
        # and the pool goes on with the next files
        assert pool.uitkomst("later", Controlewerk(pdf, (GEHEIM,)))
